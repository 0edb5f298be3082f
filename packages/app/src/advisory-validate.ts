import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import type { CsafValidationReport, SpellChecker, ValidationPreset } from '@evident/advisory';
import { csafFileName, parseWordList, projectDictionaryPath, validateCsaf } from '@evident/advisory';
import { parseCsafFile } from './csaf-input.js';
import { readNamedFiles, throwIfAny } from './named-files.js';
import type { DeferredWorkspace, Environment, Workspace } from './workspace.js';

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
  const words = spellCheck ? await projectWords(await workspace.open()) : [];
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

/** hunspell on PATH as the 6.3.8 spell checker, or undefined (the test is then skipped). */
async function findHunspell(env: Environment): Promise<SpellChecker | undefined> {
  for (const directory of (env.PATH ?? '').split(delimiter)) {
    if (directory === '') continue;
    const candidate = join(directory, 'hunspell');
    if (
      await access(candidate, constants.X_OK).then(
        () => true,
        () => false,
      )
    ) {
      return (params) => runHunspell(candidate, params);
    }
  }
  return undefined;
}

// The library asks for the dictionary of the document's language as written (`en`); Debian's
// packages install regional dictionaries (`en_US`), so a bare language falls back to its main region.
const mainRegions: Readonly<Record<string, string>> = {
  en: 'en_US',
  de: 'de_DE',
  fr: 'fr_FR',
  es: 'es_ES',
  it: 'it_IT',
};

async function runHunspell(binary: string, { dictionary, input }: { dictionary: string; input: string }) {
  try {
    return await spawnHunspell(binary, dictionary, input);
  } catch (error) {
    const fallback = mainRegions[dictionary];
    if (fallback === undefined) throw error;
    return spawnHunspell(binary, fallback, input);
  }
}

function spawnHunspell(binary: string, dictionary: string, input: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = execFile(binary, ['-d', dictionary], { encoding: 'utf8' }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
    // hunspell exits at once without the dictionary; the callback reports that, not this EPIPE.
    child.stdin?.on('error', () => {});
    child.stdin?.end(input);
  });
}
