#!/usr/bin/env node
// Precompiles the JSON Schemas that @secvisogram/csaf-validator-lib compiles when its test
// modules are imported (seconds of ajv code generation per process: see the header of
// src/csaf-precompiled.ts), as ajv standalone code keyed by what was compiled.
// src/csaf-precompiled.ts serves them at run time; anything not found here is compiled as
// before. Run after updating the library (and a build):
//   npx tsc -b packages/node && node packages/node/scripts/precompile-csaf.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { _ } from 'ajv';
import Core from 'ajv/dist/core.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compileKey } from '../dist/csaf-precompiled.js';

const output = fileURLToPath(new URL('../src/csaf-precompiled-validators.json', import.meta.url));
const entries = new Map();
const original = Core.default.prototype.compile;

Core.default.prototype.compile = function compile(schema, meta) {
  const key = compileKey(this, schema);
  // Standalone code needs the source kept; formats are read from the instance at run time.
  this.opts.code.source = true;
  this.opts.code.formats = _`formats`;
  const validate = original.call(this, schema, meta);
  if (!entries.has(key)) entries.set(key, standaloneCode.default(this, validate));
  return validate;
};

const lib = '@secvisogram/csaf-validator-lib';
for (const module of [
  'mandatoryTests.js',
  'optionalTests.js',
  'informativeTests.js',
  'csaf_2_1/schemaTests.js',
  'csaf_2_1/mandatoryTests.js',
  'csaf_2_1/recommendedTests.js',
  'csaf_2_1/informativeTests.js',
  // The strict CSAF 2.0 schema test of the basic preset, last: the modules above share ajv instances.
  'basic.js',
]) {
  await import(`${lib}/${module}`);
}

const sorted = Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(output, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`wrote ${entries.size} validators to ${output}`);
