import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import {
  csafFileName,
  type RenderFormat,
  renderAdvisory,
  renderExtensions,
  validateCsaf,
} from '@evident/advisory';
import { InputError, type Problem } from '@evident/core';
import { writeFilesAtomic } from '@evident/node';
import { parseCsafFile } from './csaf-input.js';
import { usePrecompiledCsafValidators } from './csaf-validators.js';
import { type NamedFile, readNamedFiles, throwIfAny } from './named-files.js';
import { createWorkspaceRenderer } from './templates.js';
import type { Workspace } from './workspace.js';

/** What `renderAdvisories` is asked for. */
export interface AdvisoryRenderRequest {
  /** CSAF JSON documents, relative to the start directory. */
  readonly files: readonly string[];
  /** The directory to write the renderings to, relative to the start directory. */
  readonly output: string;
  readonly formats: readonly RenderFormat[];
}

/** What `evident advisory render --json` prints. */
export interface AdvisoryRenderReport {
  readonly files: readonly { readonly source: string; readonly outputs: readonly string[] }[];
}

/**
 * HTML and Markdown of valid CSAF documents, through the built-in templates or the user's
 * (evident.yml `templates`). A document that fails only 6.1.11 (an outdated CWE name) is
 * rendered with a warning; two documents that would be written to the same file are refused
 * before anything is written.
 */
export async function renderAdvisories(
  request: AdvisoryRenderRequest,
  workspace: Workspace,
): Promise<AdvisoryRenderReport> {
  const base = workspace.start;
  const files = await readNamedFiles(request.files, base);
  const parsed = files.map((file) => ({ file, ...parseCsafFile(file) }));
  throwIfAny(
    parsed.flatMap(({ problem }) => (problem ? [problem] : [])),
    'reading the documents',
  );
  const stems = outputStems(parsed);
  const warnings = await validateForRendering(parsed);
  const renderer = createWorkspaceRenderer(workspace, await workspace.config());
  for (const warning of warnings) workspace.logger.warn(warning.message, warning.location);
  const output = resolve(base, request.output);
  const written: { source: string; outputs: string[] }[] = [];
  const pending: [string, string][] = [];
  for (const [index, { file, value }] of parsed.entries()) {
    const rendered = await renderAdvisory(value, renderer, {
      generator: { name: 'Evident', version: workspace.version },
      formats: request.formats,
    });
    const stem = stems[index] ?? '';
    const outputs: string[] = [];
    for (const [format, text] of rendered) {
      const path = resolve(output, `${stem}${renderExtensions[format]}`);
      pending.push([path, text]);
      outputs.push(path);
    }
    written.push({ source: file.shown, outputs });
  }
  // All or none: HTML and Markdown of every document, or nothing when one cannot be written.
  await writeFilesAtomic(output, new Map(pending.map(([path, text]) => [basename(path), text])));
  return { files: written };
}

// 6.1.11 checks `cwe.name` against the validator's copy of the CWE list. CWE renames
// weaknesses between releases, so a document that was right when published fails later
// (3 of 2,383 CISA advisories). Rendering shows someone else's document as it is; it is not
// Evident vouching for it, so that one test warns instead of refusing.
const toleratedTests = new Set(['6.1.11']);

type ParsedFile = { readonly file: NamedFile; readonly value?: unknown };

/**
 * Validates every document: a failure other than a tolerated test refuses the whole run
 * (exit 2, nothing written); tolerated failures come back as warnings naming test and place.
 */
async function validateForRendering(parsed: readonly ParsedFile[]): Promise<Problem[]> {
  const warnings: Problem[] = [];
  await usePrecompiledCsafValidators();
  for (const { file, value } of parsed) {
    const report = await validateCsaf(value);
    if (report.valid) continue;
    if (!report.failedTests.every((test) => toleratedTests.has(test))) {
      const [first] = report.errors;
      const reason = first ? `; first: ${first.path || '/'} ${first.message}` : '';
      throw new InputError(
        `${file.shown} is not a valid CSAF document (fails ${report.failedTests.join(', ')})${reason}`,
        {
          location: { file: file.shown },
          fix: `${first?.fix ? `${first.fix}; ` : ''}run \`evident advisory validate ${file.shown}\` for the details; only valid documents are rendered`,
        },
      );
    }
    for (const error of report.errors) {
      warnings.push({
        message: `fails ${error.test} at ${error.path || '/'}: ${error.message}; rendered anyway (CWE renames weaknesses; the document may use a former name)`,
        location: { file: file.shown },
      });
    }
  }
  return warnings;
}

/**
 * The file name (without extension) each document is rendered to: its CSAF file name, from
 * the tracking id, or the input's name. Two documents with the same one (the same tracking
 * id, or ids that differ only in characters the file-name rule replaces) are refused before
 * anything is written, rather than one silently overwriting the other: which one the user
 * wants cannot be guessed. Compared case-insensitively, as macOS and Windows file systems do.
 */
function outputStems(parsed: readonly ParsedFile[]): string[] {
  const stems = parsed.map(({ file, value }) =>
    boundedStem((csafFileName(value) ?? basename(file.path)).replace(/\.json$/, '')),
  );
  const firstWith = new Map<string, string>();
  const problems: Problem[] = [];
  stems.forEach((stem, index) => {
    const shown = parsed[index]?.file.shown ?? '';
    const earlier = firstWith.get(stem.toLowerCase());
    if (earlier === undefined) {
      firstWith.set(stem.toLowerCase(), shown);
      return;
    }
    problems.push({
      message: `${earlier} and ${shown} would both be rendered to ${stem}.* (their tracking ids give the same file name)`,
      location: { file: shown },
      fix: 'render them one at a time into different output directories, or give each document its own tracking id',
    });
  });
  throwIfAny(problems, 'choosing the output files');
  return stems;
}

// File systems allow 255 bytes per name; the atomic write adds a temporary suffix to it.
const maxStemLength = 160;

/**
 * A stem short enough to be a file name: a tracking id is any string (CSAF sets no length),
 * so a long one is cut and given a digest of the whole, which keeps it unique and the same
 * on every run.
 */
function boundedStem(stem: string): string {
  if (Buffer.byteLength(stem) <= maxStemLength) return stem;
  const digest = createHash('sha256').update(stem).digest('hex').slice(0, 16);
  return `${stem.slice(0, maxStemLength - digest.length - 1)}-${digest}`;
}
