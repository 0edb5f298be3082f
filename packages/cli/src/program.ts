import { Command, Option, type OutputConfiguration } from 'commander';
import { addAdvisoryCommands } from './commands/advisory.js';
import { addThreatModelCommands } from './commands/threat-model.js';
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
    .helpCommand(false);

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
    .option(
      '-f, --force',
      'also delete untracked files in the output directory that an earlier pack did not write (never tracked files, the repository, the working or home directory)',
    )
    .addHelpText(
      'after',
      '\nTimestamps come from SOURCE_DATE_EPOCH, else the commit: two runs give identical bytes.',
    )
    .action(async (_options, command: Command) => {
      await dispatch(async () => (await import('./commands/pack.js')).runPack, command.optsWithGlobals());
    });

  addAdvisoryCommands(program, dispatch);
  addThreatModelCommands(program, dispatch);

  program
    .command('sbom')
    .description('Write a CycloneDX SBOM from the npm lockfile and the declared components, validated.')
    .argument('[path]', 'the lockfile, or the folder that holds it (default: the repository)')
    .option(
      '-o, --output <file>',
      'file to write (a directory when there are several products or workspaces)',
    )
    .addOption(
      new Option('--spec <version>', 'CycloneDX version').choices(['1.5', '1.6', '1.7']).default('1.6'),
    )
    .addOption(new Option('--format <format>', 'document format').choices(['json', 'xml']).default('json'))
    .addOption(
      new Option('--omit <type>', 'leave out dev-only packages instead of listing them as excluded').choices([
        'dev',
      ]),
    )
    .addHelpText(
      'after',
      '\nWithout -o a single SBOM goes to stdout. Timestamps come from SOURCE_DATE_EPOCH, else the commit:\ntwo runs give identical bytes. A declared hash that does not match its file exits 1.',
    )
    .action(async (lockPath: string | undefined, _options, command: Command) => {
      await dispatch(async () => (await import('./commands/sbom.js')).runSbom, {
        ...command.optsWithGlobals(),
        ...(lockPath === undefined ? {} : { path: lockPath }),
      });
    });

  program
    .command('help')
    .description('Show the help of a command: `evident help advisory build`.')
    .argument('[command...]', 'the command')
    .action((names: string[]) => showHelp(program, names));

  return program;
}

/** Prints the help of the command the names lead to; an unknown name is a usage error. */
function showHelp(program: Command, names: readonly string[]): void {
  let target: Command = program;
  for (const name of names) {
    const sub = target.commands.find(
      (command) => command.name() === name || command.aliases().includes(name),
    );
    if (!sub) {
      target.error(`unknown command '${name}'`, { code: 'commander.unknownCommand', exitCode: 2 });
    }
    target = sub;
  }
  target.outputHelp();
}

/** The options every handler receives. */
export type WithGlobals<T> = T & GlobalOptions;
