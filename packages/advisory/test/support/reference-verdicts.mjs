#!/usr/bin/env node
// The reference verdicts for CSAF documents, computed by @secvisogram/csaf-validator-lib
// itself in a process of its own (so that Evident's precompiled validators play no part):
// the lib's validate() with the basic tests (strict schema + mandatory), CSAF 2.0 or the
// lib's experimental 2.1 set chosen from /document/csaf_version. Reads a JSON array of
// file paths on stdin; writes { [path]: { valid, failing: [test name…], paths } | { unreadable } },
// where paths maps each failing test's name to the JSON paths of its errors.
import { readFileSync } from 'node:fs';
import * as basic20 from '@secvisogram/csaf-validator-lib/basic.js';
import * as mandatory21 from '@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests.js';
import * as schema21 from '@secvisogram/csaf-validator-lib/csaf_2_1/schemaTests.js';
import validate from '@secvisogram/csaf-validator-lib/validate.js';

const tests = (module) => Object.values(module).filter((test) => typeof test === 'function');
// csaf_2_1/basic.js pairs the 2.1 schema with the 2.0 mandatory tests; the corpus README's
// verdicts (6.1.36 on rhsa-2021_5186) are those of the 2.1 mandatory tests. Both basic
// presets leave 6.1.8 (CVSS against its schema) to the schema test.
const basic = {
  '2.0': tests(basic20),
  2.1: [
    schema21.csaf_2_1_strict,
    ...tests(mandatory21).filter((test) => test.name !== 'mandatoryTest_6_1_8'),
  ],
};

const files = JSON.parse(readFileSync(0, 'utf8'));
const verdicts = {};
for (const file of files) {
  let document;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    verdicts[file] = { unreadable: error.message };
    continue;
  }
  const version = document?.document?.csaf_version === '2.1' ? '2.1' : '2.0';
  const result = await validate(basic[version], document);
  const failing = result.tests.filter((test) => !test.isValid).map((test) => test.name);
  const paths = {};
  for (const test of result.tests) {
    for (const error of test.errors) paths[test.name] = [...(paths[test.name] ?? []), error.instancePath];
  }
  verdicts[file] = { valid: result.isValid, failing, paths };
}
process.stdout.write(JSON.stringify(verdicts));
