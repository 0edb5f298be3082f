import { basename } from 'node:path';
import type { CsafFinding, CsafValidationReport, ValidationPreset } from '@evident/advisory';
import { csafFileName, parseWordList, projectDictionaryPath, validateCsaf } from '@evident/advisory';
import { UsageError } from '@evident/core';
import { findHunspell } from '@evident/node';
import type { CliIo, CommandResult, GlobalOptions } from '../io.js';
import { openAdvisoryWorkspace } from './advisory-build.js';
import { baseDirectory, readNamedFiles, throwIfAny } from './advisory-files.js';
import { parseCsafFile } from './csaf-input.js';

/** Options of `evident advisory validate`. */
export interface AdvisoryValidateOptions extends GlobalOptions {
  readonly files: readonly string[];
  readonly preset?: string;
}

/** One document's outcome in the report. */
export interface DocumentValidation extends CsafValidationReport {
  readonly file: string;
  /** The file name the CSAF standard derives from the tracking id (5.1), when it has one. */
  readonly expectedFileName?: string;
}

/** What `evident advisory validate --json` prints. */
export interface AdvisoryValidateReport {
  readonly valid: boolean;
  readonly documents: readonly DocumentValidation[];
}

const presets: readonly ValidationPreset[] = ['mandatory', 'extended', 'full'];
// Text output lists this many findings per test and document; --json lists them all.
const shownPerTest = 10;

/**
 * `evident advisory validate FILE…`: any CSAF document, with the reference validator. Exit 0
 * when all are valid, 1 when one is not, 2 when one cannot be read as JSON.
 */
export async function runAdvisoryValidate(
  options: AdvisoryValidateOptions,
  io: CliIo,
): Promise<CommandResult<AdvisoryValidateReport>> {
  const preset = parsePreset(options.preset);
  const files = await readNamedFiles(options.files, baseDirectory(options, io));
  const parsed = files.map((file) => ({ file, ...parseCsafFile(file) }));
  throwIfAny(
    parsed.flatMap(({ problem }) => (problem ? [problem] : [])),
    'reading the documents',
  );
  const spellCheck = preset === 'full' ? await findHunspell(io.env) : undefined;
  const words = spellCheck && !('unavailable' in spellCheck) ? await projectWords(options, io) : [];
  // The ajv adapter, installed before the first validation (imported here: its table is 2 MB).
  (await import('@evident/node/csaf-precompiled')).usePrecompiledCsafValidators();
  const documents: DocumentValidation[] = [];
  for (const { file, value } of parsed) {
    const report = await validateCsaf(value, { preset, words, ...(spellCheck ? { spellCheck } : {}) });
    const expected = csafFileName(value);
    documents.push({ file: file.shown, ...report, ...(expected ? { expectedFileName: expected } : {}) });
  }
  const valid = documents.every((document) => document.valid);
  return {
    report: { valid, documents },
    text: documents.map(describe).join('\n'),
    exitCode: valid ? 0 : 1,
  };
}

function parsePreset(preset: string | undefined): ValidationPreset {
  if (preset === undefined) return 'mandatory';
  const known = presets.find((name) => name === preset);
  if (known === undefined) {
    throw new UsageError(`unknown preset "${preset}"`, { fix: `use one of ${presets.join(', ')}` });
  }
  return known;
}

/** The repository's own words for the spell check (.evident/dictionary.txt), if it has the file. */
async function projectWords(options: AdvisoryValidateOptions, io: CliIo): Promise<string[]> {
  const workspace = await openAdvisoryWorkspace(options, io);
  if (!(await workspace.store.exists(projectDictionaryPath))) return [];
  return parseWordList(await workspace.store.readText(projectDictionaryPath));
}

function describe(document: DocumentValidation): string {
  const verdict = document.valid ? 'valid' : `INVALID (fails ${document.failedTests.join(', ')})`;
  const lines = [
    `${document.file}: ${verdict} — CSAF ${document.csafVersion}, preset ${document.preset}, ${document.testCount} tests`,
  ];
  lines.push(...listFindings('error', document.errors));
  lines.push(...listFindings('warning', document.warnings));
  lines.push(...listFindings('info', document.infos));
  for (const skipped of document.skipped) lines.push(`  skipped ${skipped.test}: ${skipped.reason}`);
  if (document.expectedFileName !== undefined && basename(document.file) !== document.expectedFileName) {
    lines.push(`  note: the tracking id gives the file name ${document.expectedFileName} (CSAF 5.1)`);
  }
  return lines.join('\n');
}

function listFindings(severity: string, findings: readonly CsafFinding[]): string[] {
  const lines: string[] = [];
  const perTest = new Map<string, number>();
  for (const finding of findings) {
    const count = (perTest.get(finding.test) ?? 0) + 1;
    perTest.set(finding.test, count);
    if (count <= shownPerTest) {
      lines.push(`  ${severity} ${finding.test} ${finding.path || '/'}: ${finding.message}`);
      if (finding.fix !== undefined) lines.push(`    fix: ${finding.fix}`);
    }
  }
  for (const [test, count] of perTest) {
    if (count > shownPerTest)
      lines.push(`  … ${count - shownPerTest} more ${severity}s of ${test} (--json lists all)`);
  }
  return lines;
}
