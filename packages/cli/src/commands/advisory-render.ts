import { mkdir } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  csafFileName,
  type RenderFormat,
  renderAdvisory,
  renderExtensions,
  validateCsaf,
} from '@evident/advisory';
import { configFileName, InputError, type ResolvedConfig, UsageError } from '@evident/core';
import { writeFileAtomic } from '@evident/node';
import type { CliIo, CommandResult, GlobalOptions } from '../io.js';
import { createWorkspaceRenderer } from '../templates.js';
import { cliVersion } from '../version.js';
import { loadWorkspaceConfig } from '../workspace.js';
import { openAdvisoryWorkspace } from './advisory-build.js';
import { baseDirectory, readNamedFiles, throwIfAny } from './advisory-files.js';
import { parseCsafFile } from './csaf-input.js';

/** Options of `evident advisory render`. */
export interface AdvisoryRenderOptions extends GlobalOptions {
  readonly files: readonly string[];
  readonly output: string;
  readonly format?: readonly string[];
}

/** What `evident advisory render --json` prints. */
export interface AdvisoryRenderReport {
  readonly files: readonly { readonly source: string; readonly outputs: readonly string[] }[];
}

const formats: readonly RenderFormat[] = ['html', 'markdown'];

/**
 * `evident advisory render FILE.json… -o DIR`: HTML and Markdown of valid CSAF documents,
 * through the built-in templates or the user's (evident.yml `templates`).
 */
export async function runAdvisoryRender(
  options: AdvisoryRenderOptions,
  io: CliIo,
): Promise<CommandResult<AdvisoryRenderReport>> {
  const chosen = parseFormats(options.format);
  const base = baseDirectory(options, io);
  const files = await readNamedFiles(options.files, base);
  const parsed = files.map((file) => ({ file, ...parseCsafFile(file) }));
  throwIfAny(
    parsed.flatMap(({ problem }) => (problem ? [problem] : [])),
    'reading the documents',
  );
  for (const { file, value } of parsed) {
    const report = await validateCsaf(value);
    if (!report.valid) {
      throw new InputError(
        `${file.shown} is not a valid CSAF document (fails ${report.failedTests.join(', ')})`,
        {
          location: { file: file.shown },
          fix: `run \`evident advisory validate ${file.shown}\` for the details; only valid documents are rendered`,
        },
      );
    }
  }
  const workspace = await openAdvisoryWorkspace(options, io);
  const config = (await workspace.store.exists(configFileName))
    ? await loadWorkspaceConfig(workspace)
    : undefined;
  const renderer = createWorkspaceRenderer(workspace, config as ResolvedConfig | undefined);
  const output = resolve(base, options.output);
  const written: { source: string; outputs: string[] }[] = [];
  const pending: [string, string][] = [];
  for (const { file, value } of parsed) {
    const rendered = await renderAdvisory(value, renderer, {
      generator: { name: 'Evident', version: cliVersion() },
      formats: chosen,
    });
    const stem = (csafFileName(value) ?? basename(file.path)).replace(/\.json$/, '');
    const outputs: string[] = [];
    for (const [format, text] of rendered) {
      const path = resolve(output, `${stem}${renderExtensions[format]}`);
      pending.push([path, text]);
      outputs.push(path);
    }
    written.push({ source: file.shown, outputs });
  }
  await mkdir(output, { recursive: true });
  for (const [path, text] of pending) await writeFileAtomic(path, text);
  return {
    report: { files: written },
    text: written.map((entry) => `${entry.source} → ${entry.outputs.join(', ')}`).join('\n'),
  };
}

function parseFormats(requested: readonly string[] | undefined): RenderFormat[] {
  if (requested === undefined || requested.length === 0) return [...formats];
  return requested
    .flatMap((entry) => entry.split(','))
    .map((format) => {
      const known = formats.find((name) => name === format || (name === 'markdown' && format === 'md'));
      if (known === undefined)
        throw new UsageError(`unknown format "${format}"`, { fix: 'use html, markdown or both' });
      return known;
    });
}
