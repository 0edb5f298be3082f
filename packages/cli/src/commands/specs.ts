// Every command's name, help, arguments and options, as data: program.ts builds the commander
// tree from it and each handler's input type is derived from it (command-spec.ts).
import type { CommandSpec } from '../command-spec.js';

const force = (what: string) =>
  ({
    flags: '-f, --force',
    description: `also delete untracked files in the output directory that an earlier ${what} did not write (never tracked files, the repository, the working or home directory)`,
  }) as const;

const modelArgument = {
  name: 'file',
  syntax: '[file]',
  description: 'the model (default: paths.threatModel of evident.yml, else threat-model.yml)',
} as const;

const sbomsOption = {
  flags: '--sbom <file...>',
  description: 'CycloneDX or SPDX JSON SBOMs to link the dependencies to',
} as const;

/** `evident init`. */
export const initSpec = {
  name: 'init',
  description:
    'Write evident.yml, SECURITY.md and the record folders, filled from what the repository shows.',
  options: { force: { flags: '-f, --force', description: 'overwrite files that already exist' } },
  helpAfter: '\nA second run changes nothing unless --force is given.',
} as const satisfies CommandSpec;

/** `evident pack`. */
export const packSpec = {
  name: 'pack',
  description: 'Build the IEC 62443-4-1 compliance pack: evidence status for all 47 requirements.',
  options: {
    output: { flags: '-o, --output <dir>', description: 'directory to write the pack to', mandatory: true },
    force: force('pack'),
  },
  helpAfter: '\nTimestamps come from SOURCE_DATE_EPOCH, else the commit: two runs give identical bytes.',
} as const satisfies CommandSpec;

/** `evident advisory build`. */
export const advisoryBuildSpec = {
  name: 'build',
  description: 'Build CSAF from advisory YAML files; every document is validated before it is written.',
  arguments: [
    {
      name: 'files',
      syntax: '[files...]',
      description: 'advisory YAML files; default: every .yml in the advisories folder of evident.yml',
    },
  ],
  options: {
    output: {
      flags: '-o, --output <dir>',
      description: 'directory to write the CSAF files to',
      mandatory: true,
    },
    csafVersion: {
      flags: '--csaf-version <version>',
      description: 'CSAF 2.0, or the 2.1 draft standard',
      choices: ['2.0', '2.1'],
      default: '2.0',
    },
  },
  helpAfter: '\nFile names follow the CSAF rule (tracking id, lower case); same input, same bytes.',
} as const satisfies CommandSpec;

/** `evident advisory render`. */
export const advisoryRenderSpec = {
  name: 'render',
  description: 'Render valid CSAF documents as HTML (self-contained, printable) and Markdown.',
  arguments: [{ name: 'files', syntax: '<files...>', description: 'CSAF JSON documents' }],
  options: {
    output: {
      flags: '-o, --output <dir>',
      description: 'directory to write the renderings to',
      mandatory: true,
    },
    format: { flags: '--format <formats...>', description: 'html, markdown, or both (default)' },
  },
  helpAfter:
    '\nTemplates: advisory/advisory.html.hbs and advisory/advisory.md.hbs; override them in evident.yml `templates`.',
} as const satisfies CommandSpec;

/** `evident advisory revise`. */
export const advisoryReviseSpec = {
  name: 'revise',
  description:
    'Start or continue the revision history: bump the version, add the entry, draft → interim → final.',
  arguments: [{ name: 'file', syntax: '<file>', description: 'the advisory YAML file' }],
  options: {
    summary: { flags: '-m, --summary <text>', description: 'what changed (required once released)' },
    status: {
      flags: '--status <status>',
      description: 'move to this status',
      choices: ['draft', 'interim', 'final'],
    },
    major: { flags: '--major', description: 'a major revision (2.0.0) instead of a minor one (1.1.0)' },
  },
  helpAfter:
    '\nA draft is 0.x; publishing (--status final) makes it 1.0.0 and drops the draft entries (CSAF 6.1.16–6.1.20).\nDated by SOURCE_DATE_EPOCH when set, else the current time. Only the tracking: block changes.',
} as const satisfies CommandSpec;

/** `evident advisory validate`. */
export const advisoryValidateSpec = {
  name: 'validate',
  description: 'Validate CSAF documents (ours or anyone’s) with the reference validator.',
  arguments: [{ name: 'files', syntax: '<files...>', description: 'CSAF JSON documents' }],
  options: {
    preset: {
      flags: '--preset <preset>',
      description: 'mandatory tests only, + optional tests, + offline informative tests',
      choices: ['mandatory', 'extended', 'full'],
      default: 'mandatory',
    },
  },
  helpAfter:
    "\nThe spell check (6.3.8, preset full, needs hunspell) accepts Evident's domain words and the repository's own, one a line, in .evident/dictionary.txt.\nExit 0: all valid; 1: one is invalid; 2: one cannot be read as JSON.",
} as const satisfies CommandSpec;

/** `evident threat-model check`. */
export const threatModelCheckSpec = {
  name: 'check',
  description: 'Validate the model, run the rules, compute SL-C per FR and trace requirements to tests.',
  arguments: [modelArgument],
  options: {
    junit: {
      flags: '--junit <file...>',
      description: 'JUnit XML results from CI; later files win for the same test',
    },
    sbom: sbomsOption,
  },
  helpAfter:
    '\nExit 1 when an open threat is above the tolerable risk, a mitigated threat has an unimplemented\nmitigation, an SL-C < SL-T gap has no compensating countermeasure, a rule suggestion is untriaged,\na test failed, or (with --junit) a met requirement has no test or a named test has no result.\nExit 2 when the model cannot be read.',
} as const satisfies CommandSpec;

/** `evident threat-model report`. */
export const threatModelReportSpec = {
  name: 'report',
  description:
    'Write the reports: Markdown with Mermaid, HTML with an SVG diagram, traceability, JSON summary.',
  arguments: [modelArgument],
  options: {
    output: {
      flags: '-o, --output <dir>',
      description: 'directory to write the reports to',
      mandatory: true,
    },
    force: force('report'),
    junit: { flags: '--junit <file...>', description: 'JUnit XML results from CI' },
    sbom: sbomsOption,
  },
  helpAfter:
    '\nThe reports are internal: they list open threats. Same input, same bytes.\nThe output directory is replaced as a whole; an earlier report is replaced without --force.',
} as const satisfies CommandSpec;

/** `evident sbom`. */
export const sbomSpec = {
  name: 'sbom',
  description: 'Write a CycloneDX SBOM from the npm lockfile and the declared components, validated.',
  arguments: [
    {
      name: 'path',
      syntax: '[path]',
      description: 'the lockfile, or the folder that holds it (default: the repository)',
    },
  ],
  options: {
    output: {
      flags: '-o, --output <file>',
      description: 'file to write (a directory when there are several products or workspaces)',
    },
    spec: {
      flags: '--spec <version>',
      description: 'CycloneDX version',
      choices: ['1.5', '1.6', '1.7'],
      default: '1.6',
    },
    format: {
      flags: '--format <format>',
      description: 'document format',
      choices: ['json', 'xml'],
      default: 'json',
    },
    omit: {
      flags: '--omit <type>',
      description: 'leave out dev-only packages instead of listing them as excluded',
      choices: ['dev'],
    },
  },
  helpAfter:
    '\nWithout -o a single SBOM goes to stdout. Timestamps come from SOURCE_DATE_EPOCH, else the commit:\ntwo runs give identical bytes. A declared hash that does not match its file exits 1.',
} as const satisfies CommandSpec;

/** The options every command accepts, before the command name. */
export const globalOptions = {
  cwd: { flags: '-C, --cwd <dir>', description: 'run as if started in <dir>' },
  json: { flags: '--json', description: "print the command's report as JSON on stdout" },
  quiet: { flags: '-q, --quiet', description: 'print only errors' },
  verbose: { flags: '-v, --verbose', description: 'print debug messages' },
} as const satisfies CommandSpec['options'];
