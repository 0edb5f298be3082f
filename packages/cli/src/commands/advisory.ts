import { type Command, Option } from 'commander';
import type { Dispatch } from '../program.js';

/**
 * `evident advisory …`: build, validate, render and revise security advisories. Only the
 * descriptions live here; each handler (and the validator behind it) loads when it runs.
 */
export function addAdvisoryCommands(program: Command, dispatch: Dispatch): void {
  const advisory = program
    .command('advisory')
    .description('Security advisories: YAML in, CSAF 2.0, HTML and Markdown out, validated.')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'Show the help of a command.');

  advisory
    .command('build')
    .description('Build CSAF from advisory YAML files; every document is validated before it is written.')
    .argument(
      '[files...]',
      'advisory YAML files; default: every .yml in the advisories folder of evident.yml',
    )
    .addOption(new Option('-o, --output <dir>', 'directory to write the CSAF files to').makeOptionMandatory())
    .addOption(
      new Option('--csaf-version <version>', 'CSAF 2.0, or the 2.1 draft standard')
        .choices(['2.0', '2.1'])
        .default('2.0'),
    )
    .addHelpText(
      'after',
      '\nFile names follow the CSAF rule (tracking id, lower case); same input, same bytes.',
    )
    .action(async (files: string[], _options, command: Command) => {
      await dispatch(async () => (await import('./advisory-build.js')).runAdvisoryBuild, {
        ...command.optsWithGlobals(),
        files,
      });
    });

  advisory
    .command('render')
    .description('Render valid CSAF documents as HTML (self-contained, printable) and Markdown.')
    .argument('<files...>', 'CSAF JSON documents')
    .addOption(new Option('-o, --output <dir>', 'directory to write the renderings to').makeOptionMandatory())
    .option('--format <formats...>', 'html, markdown, or both (default)')
    .addHelpText(
      'after',
      '\nTemplates: advisory/advisory.html.hbs and advisory/advisory.md.hbs; override them in evident.yml `templates`.',
    )
    .action(async (files: string[], _options, command: Command) => {
      await dispatch(async () => (await import('./advisory-render.js')).runAdvisoryRender, {
        ...command.optsWithGlobals(),
        files,
      });
    });

  advisory
    .command('revise')
    .description(
      'Start or continue the revision history: bump the version, add the entry, draft → interim → final.',
    )
    .argument('<file>', 'the advisory YAML file')
    .option('-m, --summary <text>', 'what changed (required once released)')
    .addOption(new Option('--status <status>', 'move to this status').choices(['draft', 'interim', 'final']))
    .option('--major', 'a major revision (2.0.0) instead of a minor one (1.1.0)')
    .addHelpText(
      'after',
      '\nA draft is 0.x; publishing (--status final) makes it 1.0.0 and drops the draft entries (CSAF 6.1.16–6.1.20).\nDated by SOURCE_DATE_EPOCH when set, else the current time. Only the tracking: block changes.',
    )
    .action(async (file: string, _options, command: Command) => {
      await dispatch(async () => (await import('./advisory-revise.js')).runAdvisoryRevise, {
        ...command.optsWithGlobals(),
        file,
      });
    });

  advisory
    .command('validate')
    .description('Validate CSAF documents (ours or anyone’s) with the reference validator.')
    .argument('<files...>', 'CSAF JSON documents')
    .addOption(
      new Option('--preset <preset>', 'mandatory tests only, + optional tests, + offline informative tests')
        .choices(['mandatory', 'extended', 'full'])
        .default('mandatory'),
    )
    .addHelpText(
      'after',
      "\nThe spell check (6.3.8, preset full, needs hunspell) accepts Evident's domain words and the repository's own, one a line, in .evident/dictionary.txt.\nExit 0: all valid; 1: one is invalid; 2: one cannot be read as JSON.",
    )
    .action(async (files: string[], _options, command: Command) => {
      await dispatch(async () => (await import('./advisory-validate.js')).runAdvisoryValidate, {
        ...command.optsWithGlobals(),
        files,
      });
    });
}
