import type { CsafValidationReport, ValidationPreset } from '@evident/advisory';
import { csafFileName, parseWordList, projectDictionaryPath, validateCsaf } from '@evident/advisory';
import { findHunspell } from '@evident/node';
import { parseCsafFile } from './csaf-input.js';
import { usePrecompiledCsafValidators } from './csaf-validators.js';
import { readNamedFiles, throwIfAny } from './named-files.js';
import type { DeferredWorkspace, Workspace } from './workspace.js';

/** What `validateAdvisories` is asked for. */
export interface AdvisoryValidateRequest {
  /** CSAF JSON documents, relative to the start directory. */
  readonly files: readonly string[];
  readonly preset: ValidationPreset;
}

/** One document's outcome in the report. */
export interface DocumentValidation extends CsafValidationReport {
  readonly file: string;
  /** The file name the CSAF standard derives from the tracking id (5.1), when it has one. */
  readonly expectedFileName?: string;
}

/** What `evident advisory validate --json` prints; `valid` is the verdict (the CLI exits 1 when false). */
export interface AdvisoryValidateReport {
  readonly valid: boolean;
  readonly documents: readonly DocumentValidation[];
}

/**
 * Any CSAF document, with the reference validator: an invalid one is a value in the report;
 * one that cannot be read as JSON is an InputError. The repository is opened only for the
 * spell check's dictionary.
 */
export async function validateAdvisories(
  request: AdvisoryValidateRequest,
  workspace: DeferredWorkspace,
): Promise<AdvisoryValidateReport> {
  const { preset } = request;
  const files = await readNamedFiles(request.files, workspace.start);
  const parsed = files.map((file) => ({ file, ...parseCsafFile(file) }));
  throwIfAny(
    parsed.flatMap(({ problem }) => (problem ? [problem] : [])),
    'reading the documents',
  );
  const spellCheck = preset === 'full' ? await findHunspell(workspace.env) : undefined;
  const words =
    spellCheck && !('unavailable' in spellCheck) ? await projectWords(await workspace.open()) : [];
  await usePrecompiledCsafValidators();
  const documents: DocumentValidation[] = [];
  for (const { file, value } of parsed) {
    const report = await validateCsaf(value, { preset, words, ...(spellCheck ? { spellCheck } : {}) });
    const expected = csafFileName(value);
    documents.push({ file: file.shown, ...report, ...(expected ? { expectedFileName: expected } : {}) });
  }
  return { valid: documents.every((document) => document.valid), documents };
}

/** The repository's own words for the spell check (.evident/dictionary.txt), if it has the file. */
async function projectWords(workspace: Workspace): Promise<string[]> {
  if (!(await workspace.store.exists(projectDictionaryPath))) return [];
  return parseWordList(await workspace.store.readText(projectDictionaryPath));
}
