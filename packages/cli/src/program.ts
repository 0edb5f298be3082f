import { Command, Option, type OutputConfiguration } from 'commander';
import { type CommandSpec, defineCommand, type InputOf } from './command-spec.js';
import {
  advisoryBuildSpec,
  advisoryRenderSpec,
  advisoryReviseSpec,
  advisoryValidateSpec,
  globalOptions,
  initSpec,
  packSpec,
  sbomSpec,
  threatModelCheckSpec,
  threatModelReportSpec,
} from './commands/specs.js';
import type { CliIo, CommandResult, GlobalOptions } from './io.js';
import { cliVersion } from './version.js';

/** Runs one command's handler; set by main so the program stays a plain description. */
export type Dispatch = (options: GlobalOptions, run: (io: CliIo) => Promise<CommandResult>) => Promise<void>;

/** A command's handler: what the command line gave (typed by its spec) and the process's io. */
export type Handler<S extends CommandSpec> = (input: Input<S>, io: CliIo) => Promise<CommandResult>;

/** What a handler of the command `S` receives: its arguments and options, and the global ones. */
export type Input<S extends CommandSpec> = InputOf<S> & GlobalOptions;

/**
 * The `evident` command tree: names, options and help, from the specs in commands/specs.ts.
 * Handlers load lazily, so `evident --version` and `--help` import nothing but commander.
 */
export function createProgram(dispatch: Dispatch, output?: OutputConfiguration): Command {
  // Set before the subcommands exist: commander copies these settings into each one.
  const program = new Command('evident').exitOverride();
  if (output) program.configureOutput(output);
  program
    .description('The IEC 62443-4-1 secure development lifecycle as code.')
    .version(cliVersion(), '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show help');
  for (const option of Object.values(globalOptions))
    program.addOption(new Option(option.flags, option.description));
  program.showSuggestionAfterError(true).helpCommand(false);

  const add = <S extends CommandSpec>(parent: Command, spec: S, load: () => Promise<Handler<S>>) =>
    defineCommand(parent, spec, async (input) => {
      // commander filled `input` from this very spec, so it has the type the spec derives.
      const typed = input as Input<S>;
      await dispatch(typed, async (io) => (await load())(typed, io));
    });

  add(program, initSpec, async () => (await import('./commands/init.js')).runInit);
  add(program, packSpec, async () => (await import('./commands/pack.js')).runPack);

  const advisory = group(
    program,
    'advisory',
    'Security advisories: YAML in, CSAF 2.0, HTML and Markdown out, validated.',
  );
  add(
    advisory,
    advisoryBuildSpec,
    async () => (await import('./commands/advisory-build.js')).runAdvisoryBuild,
  );
  add(
    advisory,
    advisoryRenderSpec,
    async () => (await import('./commands/advisory-render.js')).runAdvisoryRender,
  );
  add(
    advisory,
    advisoryReviseSpec,
    async () => (await import('./commands/advisory-revise.js')).runAdvisoryRevise,
  );
  add(
    advisory,
    advisoryValidateSpec,
    async () => (await import('./commands/advisory-validate.js')).runAdvisoryValidate,
  );

  const threatModel = group(
    program,
    'threat-model',
    'Threat models: IEC 62443 rules, SL-C against SL-T, requirement and test traceability.',
  );
  add(
    threatModel,
    threatModelCheckSpec,
    async () => (await import('./commands/threat-model-check.js')).runThreatModelCheck,
  );
  add(
    threatModel,
    threatModelReportSpec,
    async () => (await import('./commands/threat-model-report.js')).runThreatModelReport,
  );

  add(program, sbomSpec, async () => (await import('./commands/sbom.js')).runSbom);

  program
    .command('help')
    .description('Show the help of a command: `evident help advisory build`.')
    .argument('[command...]', 'the command')
    .action((names: string[]) => showHelp(program, names));

  return program;
}

/** A command that only groups subcommands (`evident advisory …`), with its own help command. */
function group(program: Command, name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'Show the help of a command.');
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
