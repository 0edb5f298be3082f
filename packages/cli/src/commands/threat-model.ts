import { type Command, Option } from 'commander';
import type { Dispatch } from '../program.js';

/**
 * `evident threat-model …`: check an IEC 62443 threat model and write its reports. Only the
 * descriptions live here; each handler loads when it runs.
 */
export function addThreatModelCommands(program: Command, dispatch: Dispatch): void {
  const threatModel = program
    .command('threat-model')
    .description('Threat models: IEC 62443 rules, SL-C against SL-T, requirement and test traceability.')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'Show the help of a command.');

  threatModel
    .command('check')
    .description('Validate the model, run the rules, compute SL-C per FR and trace requirements to tests.')
    .argument('[file]', 'the model (default: paths.threatModel of evident.yml, else threat-model.yml)')
    .addOption(
      new Option('--junit <file...>', 'JUnit XML results from CI; later files win for the same test'),
    )
    .addOption(new Option('--sbom <file...>', 'CycloneDX or SPDX JSON SBOMs to link the dependencies to'))
    .addHelpText(
      'after',
      '\nExit 1 when an open threat is above the tolerable risk, a mitigated threat has an unimplemented\nmitigation, an SL-C < SL-T gap has no compensating countermeasure, a rule suggestion is untriaged,\na test failed, or (with --junit) a met requirement has no test or a named test has no result.\nExit 2 when the model cannot be read.',
    )
    .action(async (file: string | undefined, _options, command: Command) => {
      await dispatch(async () => (await import('./threat-model-check.js')).runThreatModelCheck, {
        ...command.optsWithGlobals(),
        ...(file === undefined ? {} : { file }),
      });
    });

  threatModel
    .command('report')
    .description(
      'Write the reports: Markdown with Mermaid, HTML with an SVG diagram, traceability, JSON summary.',
    )
    .argument('[file]', 'the model (default: paths.threatModel of evident.yml, else threat-model.yml)')
    .addOption(new Option('-o, --output <dir>', 'directory to write the reports to').makeOptionMandatory())
    .option(
      '-f, --force',
      'also delete untracked files in the output directory that an earlier report did not write (never tracked files, the repository, the working or home directory)',
    )
    .addOption(new Option('--junit <file...>', 'JUnit XML results from CI'))
    .addOption(new Option('--sbom <file...>', 'CycloneDX or SPDX JSON SBOMs to link the dependencies to'))
    .addHelpText(
      'after',
      '\nThe reports are internal: they list open threats. Same input, same bytes.\nThe output directory is replaced as a whole; an earlier report is replaced without --force.',
    )
    .action(async (file: string | undefined, _options, command: Command) => {
      await dispatch(async () => (await import('./threat-model-report.js')).runThreatModelReport, {
        ...command.optsWithGlobals(),
        ...(file === undefined ? {} : { file }),
      });
    });
}
