// Compares validateCsaf with the reference library on the shared CSAF corpus: the 30
// documents at its top (without the distribution artefacts, which are not CSAF documents) and
// the 300 in more/. Shared by reference-corpus.test.ts (plain ajv) and
// packages/node/test/csaf-precompiled.test.ts (the precompiled validators installed), so the
// verdicts are shown to be the same with and without them.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateCsaf } from '../../src/validate-csaf.js';

/** The corpus, beside the repository on the developers' machines, not in GitHub's CI. */
export const corpusDirectory = fileURLToPath(new URL('../../../../../shared/corpus/csaf/', import.meta.url));
const referenceScript = fileURLToPath(new URL('reference-verdicts.mjs', import.meta.url));

type Verdict = { valid: boolean; failing: string[] } | { unreadable: string };

/** What the comparison found. */
export interface CorpusComparison {
  readonly files: number;
  /** Documents the reference finds invalid. */
  readonly invalid: number;
  /** `file: reason` for each that is not JSON (neither side judges it). */
  readonly unreadable: readonly string[];
  /** `file: reference …, Evident …` for each verdict or failing test set that differs. */
  readonly disagreements: readonly string[];
}

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

/** Runs the reference once for every file, in one process of its own (plain ajv, no precompiled validators). */
function referenceVerdicts(files: readonly string[]): Record<string, Verdict> {
  const output = execFileSync(process.execPath, [referenceScript], {
    input: JSON.stringify(files),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as Record<string, Verdict>;
}

/** True when the corpus is there to compare on. */
export function hasCorpus(): boolean {
  return existsSync(corpusDirectory);
}

/** Validates every corpus document in this process and compares with the reference's verdicts. */
export async function compareWithReference(): Promise<CorpusComparison> {
  const files = csafDocumentsUnder(corpusDirectory);
  const reference = referenceVerdicts(files);
  const disagreements: string[] = [];
  const unreadable: string[] = [];
  let invalid = 0;
  for (const file of files) {
    const name = relative(corpusDirectory, file);
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
  return { files: files.length, invalid, unreadable, disagreements };
}
