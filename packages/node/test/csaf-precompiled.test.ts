import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateCsaf } from '@evident/advisory';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
// The corpus comparison of packages/advisory/test/reference-corpus.test.ts, here with the adapter installed.
import { compareWithReference } from '../../advisory/test/support/reference-corpus.js';
import { precompiledCsafCounts, usePrecompiledCsafValidators } from '../src/csaf-precompiled.js';

const fixtures = new URL('../../../test/fixtures/advisory/', import.meta.url);
// The shared CSAF corpus, read in place beside the repository (not in GitHub's CI).
const corpus = new URL('../../../../shared/corpus/csaf/', import.meta.url);
const hasCorpus = existsSync(corpus);
if (!hasCorpus)
  console.log(`corpus negatives skipped: ${fileURLToPath(corpus)} is absent (only ../shared has it)`);

// Installed as a composition root installs it: before the first validation of the process.
usePrecompiledCsafValidators();

describe('precompiled CSAF validators', () => {
  it('serve every schema the reference tests compile, for every preset of CSAF 2.0 and 2.1', async () => {
    const document = JSON.parse(readFileSync(new URL('golden/exa-sa-2026-001.json', fixtures), 'utf8'));
    // Every test of both versions loads and runs (a 2.1 claim loads the 2.1 tests, whatever else it fails).
    await validateCsaf(document, { preset: 'full' });
    const claims21 = { ...document, document: { ...document.document, csaf_version: '2.1' } };
    await validateCsaf(claims21, { preset: 'full' });
    const counts = precompiledCsafCounts();
    // A compiled schema means the library changed: run packages/node/scripts/precompile-csaf.mjs.
    expect(counts.compiled).toBe(0);
    expect(counts.served).toBeGreaterThan(80);
  }, 60_000);

  it('install once, however often a composition root asks, and compile what the table lacks', () => {
    usePrecompiledCsafValidators();
    const before = precompiledCsafCounts();
    const validate = new Ajv().compile({ type: 'string', title: 'not in the table' });
    expect(validate('text')).toBe(true);
    expect(validate(1)).toBe(false);
    // Wrapped twice, one compilation would count twice.
    expect(precompiledCsafCounts()).toEqual({ ...before, compiled: before.compiled + 1 });
  });

  it.skipIf(!hasCorpus)(
    'give the reference verdict and the same failing tests for every corpus document',
    async () => {
      const { files, disagreements } = await compareWithReference();
      expect(files).toBeGreaterThanOrEqual(330);
      expect(disagreements).toEqual([]);
    },
    180_000,
  );

  it.skipIf(!hasCorpus)('give the reference verdicts and paths on the corpus negatives', async () => {
    const expected = JSON.parse(readFileSync(new URL('csaf-corpus-expected.json', fixtures), 'utf8'));
    for (const file of ['cisa/icsa-21-259-01.json', 'oasis/csaf_2.1/rhsa-2021_5186.json']) {
      const report = await validateCsaf(JSON.parse(readFileSync(new URL(file, corpus), 'utf8')));
      const failing: Record<string, string[]> = {};
      for (const error of report.errors) failing[error.name] = [...(failing[error.name] ?? []), error.path];
      expect({ valid: report.valid, failing }).toEqual(expected[file]);
    }
  });
});
