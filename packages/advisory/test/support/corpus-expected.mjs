#!/usr/bin/env node
// Regenerates test/fixtures/advisory/csaf-corpus-expected.json: for each document it already
// lists (paths relative to ../shared/corpus/csaf), the reference library's verdict and, per
// failing test, the JSON paths of its errors, as reference-verdicts.mjs computes them. Run
// from the repository root: node packages/advisory/test/support/corpus-expected.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const expectedFile = path.join(repositoryRoot, 'test/fixtures/advisory/csaf-corpus-expected.json');
const corpus = path.join(repositoryRoot, '../shared/corpus/csaf');
const referenceScript = fileURLToPath(new URL('reference-verdicts.mjs', import.meta.url));

if (!existsSync(corpus)) {
  console.error(`${corpus}: not found\n  fix: run this where the shared corpus sits beside the repository`);
  process.exit(2);
}
const names = Object.keys(JSON.parse(readFileSync(expectedFile, 'utf8')));
const files = names.map((name) => path.join(corpus, name));
const verdicts = JSON.parse(
  execFileSync(process.execPath, [referenceScript], {
    input: JSON.stringify(files),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }),
);
const expected = {};
for (const [index, name] of names.entries()) {
  const verdict = verdicts[files[index]];
  if (verdict === undefined || 'unreadable' in verdict) throw new Error(`${name}: no reference verdict`);
  expected[name] = { valid: verdict.valid, failing: verdict.paths };
}
writeFileSync(expectedFile, `${JSON.stringify(expected, null, 2)}\n`);
console.log(`${expectedFile}: ${names.length} documents`);
