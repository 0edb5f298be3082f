import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateCsaf } from '../src/validate-csaf.js';

// The shared CSAF corpus, read in place beside the repository: the 30 documents at its top
// (without the distribution artefacts, which are not CSAF documents) and the 300 in more/.
// It sits beside the repository on the developers' machines, not in GitHub's CI.
const corpus = fileURLToPath(new URL('../../../../shared/corpus/csaf/', import.meta.url));
const referenceScript = fileURLToPath(new URL('support/reference-verdicts.mjs', import.meta.url));

type Verdict = { valid: boolean; failing: string[] } | { unreadable: string };

function csafDocumentsUnder(directory: string): string[] {
  return readdirSync(directory)
    .toSorted()
    .flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return name === 'distribution' ? [] : csafDocumentsUnder(path);
      return name.endsWith('.json') ? [path] : [];
    });
}

/** The reference library's test name as an Evident test id: `mandatoryTest_6_1_27_1` → `6.1.27.1`. */
function idOf(referenceName: string): string {
  if (/^csaf_2_\d_strict$/.test(referenceName)) return 'schema';
  return referenceName.replace(/^mandatoryTest_/, '').replaceAll('_', '.');
}

/** Runs the reference once for every file, in one process of its own (no precompiled validators). */
function referenceVerdicts(files: readonly string[]): Record<string, Verdict> {
  const output = execFileSync(process.execPath, [referenceScript], {
    input: JSON.stringify(files),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as Record<string, Verdict>;
}

const present = existsSync(corpus);
if (!present) console.log(`skipping the reference comparison: ${corpus} is absent (only ../shared has it)`);

describe.skipIf(!present)('validateCsaf against the reference library on the shared corpus', () => {
  it('gives the reference verdict and the same failing tests for every document', async () => {
    const files = csafDocumentsUnder(corpus);
    expect(files.length).toBeGreaterThanOrEqual(330);
    const reference = referenceVerdicts(files);
    const disagreements: string[] = [];
    const unreadable: string[] = [];
    let invalid = 0;
    for (const file of files) {
      const name = relative(corpus, file);
      const expected = reference[file];
      if (expected === undefined) throw new Error(`no reference verdict for ${name}`);
      // Not JSON: neither side has a document to judge (the CLI reports it as an input error).
      if ('unreadable' in expected) {
        unreadable.push(`${name}: ${expected.unreadable}`);
        continue;
      }
      const report = await validateCsaf(JSON.parse(readFileSync(file, 'utf8')));
      const wanted = expected.failing.map(idOf).toSorted();
      const got = report.failedTests.toSorted();
      if (report.valid !== expected.valid || JSON.stringify(got) !== JSON.stringify(wanted)) {
        disagreements.push(
          `${name}: reference ${wanted.join(',') || 'valid'}, Evident ${got.join(',') || 'valid'}`,
        );
      }
      if (!expected.valid) invalid++;
    }
    console.log(
      `CSAF corpus: ${files.length} documents, ${invalid} invalid by the reference, ${unreadable.length} not JSON`,
      ...unreadable,
    );
    expect(disagreements).toEqual([]);
    // The corpus holds negatives that fail the schema test only (README of more/).
    expect(invalid).toBeGreaterThan(50);
  }, 180_000);
});
