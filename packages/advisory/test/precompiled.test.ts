import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTests } from '../src/lib-tests.js';
import { precompiledCounts } from '../src/precompiled.js';
import { validateCsaf } from '../src/validate-csaf.js';

const corpus = new URL('../../../test/fixtures/advisory/corpus/', import.meta.url);

describe('precompiled validators', () => {
  it('serve every schema the reference tests compile, for every preset of CSAF 2.0 and 2.1', async () => {
    for (const version of ['2.0', '2.1'] as const) await loadTests(version, 'full');
    const document = JSON.parse(readFileSync(new URL('oasis/bsi-2022-0001.json', corpus), 'utf8'));
    await validateCsaf(document, { preset: 'full' });
    const counts = precompiledCounts();
    // A compiled schema means the library changed: run packages/advisory/scripts/precompile.mjs.
    expect(counts.compiled).toBe(0);
    expect(counts.served).toBeGreaterThan(80);
  }, 60_000);

  it('give the reference verdicts and paths on the corpus negatives', async () => {
    const expected = JSON.parse(readFileSync(new URL('expected.json', corpus), 'utf8'));
    for (const file of ['cisa/icsa-21-259-01.json', 'oasis/csaf_2.1/rhsa-2021_5186.json']) {
      const report = await validateCsaf(JSON.parse(readFileSync(new URL(file, corpus), 'utf8')));
      const failing: Record<string, string[]> = {};
      for (const error of report.errors) failing[error.name] = [...(failing[error.name] ?? []), error.path];
      expect({ valid: report.valid, failing }).toEqual(expected[file]);
    }
  });
});
