// The generated files and their expected content, computed from the built packages.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  formatsDeclaration,
  formatsModule,
  generateValidator,
  validatorDeclaration,
} from './precompile-validator.mjs';

const schemaHeader = (source, schema) => ({
  $schema: 'http://json-schema.org/draft-07/schema#',
  $comment: `Generated from ${source}; do not edit. Regenerate with npm run generate.`,
  ...schema,
});

/** Every generated file as { path, content }. */
export async function generatedFiles(root) {
  const core = await import(`${root}packages/core/dist/index.js`);
  const threatModel = await import(`${root}packages/threat-model/dist/index.js`);
  const advisory = await import(`${root}packages/advisory/dist/index.js`);
  const schemas = [
    ['schemas/evident.schema.json', '@evident/core (ConfigSchema)', core.ConfigSchema],
    ['schemas/pack.schema.json', '@evident/core (PackSchema)', core.PackSchema],
    ['schemas/manifest.schema.json', '@evident/core (ManifestSchema)', core.ManifestSchema],
    ['schemas/front-matter.schema.json', '@evident/core (FrontMatterSchema)', core.FrontMatterSchema],
    [
      'schemas/threat-model.schema.json',
      '@evident/threat-model (ThreatModelSchema)',
      threatModel.ThreatModelSchema,
    ],
    ['schemas/advisory.schema.json', '@evident/advisory (AdvisorySchema)', advisory.AdvisorySchema],
  ].map(([path, name, schema]) => ({ path, content: core.canonicalJson(schemaHeader(name, schema)) }));
  // Precompiled validators (see precompile-validator.mjs). Writing them loads the current
  // ones through the package indexes, so a broken one must be fixed by hand first.
  const validators = [
    ['packages/core/generated', 'validate-config', 'ConfigSchema', core.ConfigSchema],
    [
      'packages/core/generated',
      'validate-components-file',
      'DeclaredComponentsFileSchema',
      core.DeclaredComponentsFileSchema,
    ],
    ['packages/core/generated', 'validate-front-matter', 'FrontMatterSchema', core.FrontMatterSchema],
    [
      'packages/threat-model/generated',
      'validate-threat-model',
      'ThreatModelSchema',
      threatModel.ThreatModelSchema,
    ],
    ['packages/advisory/generated', 'validate-advisory', 'AdvisorySchema', advisory.AdvisorySchema],
  ].flatMap(([directory, file, name, schema]) => [
    { path: `${directory}/${file}.js`, content: generateValidator(schema, name) },
    { path: `${directory}/${file}.d.ts`, content: validatorDeclaration(name) },
    { path: `${directory}/formats.js`, content: formatsModule },
    { path: `${directory}/formats.d.ts`, content: formatsDeclaration },
  ]);
  // One formats module per directory, however many validators share it.
  const unique = [...new Map(validators.map((file) => [file.path, file])).values()];
  return [...schemas, ...unique, { path: 'README.md', content: await readmeWithCliReference(root) }];
}

const begin = '<!-- cli-reference:begin (generated from `evident --help`; npm run generate) -->';
const end = '<!-- cli-reference:end -->';

async function readmeWithCliReference(root) {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the markers ${begin} … ${end}`);
  return `${readme.slice(0, from + begin.length)}\n${await cliReference(root)}${readme.slice(to)}`;
}

async function cliReference(root) {
  const help = (...args) =>
    execFileSync(process.execPath, [`${root}packages/cli/bundle/evident.js`, ...args, '--help'], {
      encoding: 'utf8',
      env: { ...process.env, COLUMNS: '100', NO_COLOR: '1' },
    });
  // The same command tree the binary builds; handlers are never called here.
  const cli = await import(`${root}packages/cli/dist/index.js`);
  const commands = cli.createProgram(async () => {}).commands.map((command) => command.name());
  const sections = [
    `### \`evident\`\n\n\`\`\`text\n${help()}\`\`\`\n`,
    ...commands.map((command) => `### \`evident ${command}\`\n\n\`\`\`text\n${help(command)}\`\`\`\n`),
  ];
  return `${sections.join('\n')}`;
}
