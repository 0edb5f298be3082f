import { describe, expect, it } from 'vitest';
import { compareWithReference, corpusDirectory, hasCorpus } from './support/reference-corpus.js';

// Plain ajv here: the precompiled validators are an adapter of @evident/node that only a
// composition root installs (packages/node/test/csaf-precompiled.test.ts runs this with them).
const present = hasCorpus();
if (!present)
  console.log(`skipping the reference comparison: ${corpusDirectory} is absent (only ../shared has it)`);

describe.skipIf(!present)('validateCsaf against the reference library on the shared corpus', () => {
  it('gives the reference verdict and the same failing tests for every document', async () => {
    const { files, invalid, unreadable, disagreements } = await compareWithReference();
    expect(files).toBeGreaterThanOrEqual(330);
    console.log(
      `CSAF corpus: ${files} documents, ${invalid} invalid by the reference, ${unreadable.length} not JSON`,
      ...unreadable,
    );
    expect(disagreements).toEqual([]);
    // The corpus holds negatives that fail the schema test only (README of more/).
    expect(invalid).toBeGreaterThan(50);
  }, 180_000);
});
