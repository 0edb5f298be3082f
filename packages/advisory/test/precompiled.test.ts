import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTests } from '../src/lib-tests.js';
import { precompiledCounts } from '../src/precompiled.js';
import { validateCsaf } from '../src/validate-csaf.js';

const fixtures = new URL('../../../test/fixtures/advisory/', import.meta.url);
// The shared CSAF corpus, read in place beside the repository (not in GitHub's CI).
const corpus = new URL('../../../../shared/corpus/csaf/', import.meta.url);
const hasCorpus = existsSync(corpus);
if (!hasCorpus)
  console.log(`corpus negatives skipped: ${fileURLToPath(corpus)} is absent (only ../shared has it)`);

describe('precompiled validators', () => {
  it('serve every schema the reference tests compile, for every preset of CSAF 2.0 and 2.1', async () => {
    for (const version of ['2.0', '2.1'] as const) await loadTests(version, 'full');
    const document = JSON.parse(readFileSync(new URL('golden/exa-sa-2026-001.json', fixtures), 'utf8'));
    await validateCsaf(document, { preset: 'full' });
    const counts = precompiledCounts();
    // A compiled schema means the library changed: run packages/advisory/scripts/precompile.mjs.
    expect(counts.compiled).toBe(0);
    expect(counts.served).toBeGreaterThan(80);
  }, 60_000);

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
