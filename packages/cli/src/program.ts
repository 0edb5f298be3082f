import { Command, Option, type OutputConfiguration } from 'commander';
import type { CliIo, CommandResult, GlobalOptions } from './io.js';
import { cliVersion } from './version.js';

/** Runs one command's handler; set by main so the program stays a plain description. */
export type Dispatch = (
  load: () => Promise<(options: never, io: CliIo) => Promise<CommandResult>>,
  options: Record<string, unknown>,
) => Promise<void>;

/**
 * The `evident` command tree: names, options and help. Handlers load lazily, so
 * `evident --version` and `--help` import nothing but commander.
 */
export function createProgram(dispatch: Dispatch, output?: OutputConfiguration): Command {
  // Set before the subcommands exist: commander copies these settings into each one.
  const program = new Command('evident').exitOverride();
  if (output) program.configureOutput(output);
  program
    .description('The IEC 62443-4-1 secure development lifecycle as code.')
    .version(cliVersion(), '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show help')
    .option('-C, --cwd <dir>', 'run as if started in <dir>')
    .option('--json', "print the command's report as JSON on stdout")
    .option('-q, --quiet', 'print only errors')
    .option('-v, --verbose', 'print debug messages')
    .showSuggestionAfterError(true)
    .addHelpCommand(false);

  program
    .command('init')
    .description(
      'Write evident.yml, SECURITY.md and the record folders, filled from what the repository shows.',
    )
    .option('-f, --force', 'overwrite files that already exist')
    .addHelpText('after', '\nA second run changes nothing unless --force is given.')
    .action(async (_options, command: Command) => {
      await dispatch(async () => (await import('./commands/init.js')).runInit, command.optsWithGlobals());
    });

  program
    .command('pack')
    .description('Build the IEC 62443-4-1 compliance pack: evidence status for all 47 requirements.')
    .addOption(new Option('-o, --output <dir>', 'directory to write the pack to').makeOptionMandatory())
    .option('-f, --force', 'replace an existing directory that is not an Evident pack')
    .addHelpText(
      'after',
      '\nTimestamps come from SOURCE_DATE_EPOCH, else the commit: two runs give identical bytes.',
    )
    .action(async (_options, command: Command) => {
      await dispatch(async () => (await import('./commands/pack.js')).runPack, command.optsWithGlobals());
    });

  return program;
}

/** The options every handler receives. */
export type WithGlobals<T> = T & GlobalOptions;
