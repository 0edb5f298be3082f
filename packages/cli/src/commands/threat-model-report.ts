import { resolve } from 'node:path';
import { canonicalJson } from '@evident/core';
import { summarizeThreatModel } from '@evident/evidence';
import { createFileStore, markedOutput } from '@evident/node';
import { MarkdownString } from '@evident/render';
import { buildReportData, checkThreatModel, renderSvg, toDot, toMermaid } from '@evident/threat-model';
import type { CliIo, CommandResult } from '../io.js';
import { openCommandOutput } from '../output-directory.js';
import { createWorkspaceRenderer } from '../templates.js';
import { openWorkspace } from '../workspace.js';
import { baseDirectory } from './advisory-files.js';
import { readThreatModelInput, type ThreatModelOptions } from './threat-model-files.js';

/** Options of `evident threat-model report`. */
export interface ThreatModelReportOptions extends ThreatModelOptions {
  readonly output: string;
  readonly force?: boolean;
}

/** What `evident threat-model report --json` prints. */
export interface ThreatModelReportReport {
  readonly path: string;
  readonly files: readonly string[];
  readonly passed: boolean;
}

/**
 * `evident threat-model report [FILE] -o DIR`: Markdown with a Mermaid diagram, HTML with an
 * SVG diagram rendered offline, the traceability matrix, the data-flow diagram as SVG, Mermaid
 * and DOT, and the JSON summary the compliance pack reads. Written atomically; exit 0 even when
 * the check fails (the report shows it; `check` is the gate).
 */
export async function runThreatModelReport(
  options: ThreatModelReportOptions,
  io: CliIo,
): Promise<CommandResult<ThreatModelReportReport>> {
  const base = baseDirectory(options, io);
  const output = resolve(base, options.output);
  const opened = await openWorkspace(options, io);
  const directory = await openCommandOutput(output, {
    kind: reportOutput,
    force: options.force === true,
    io,
    start: base,
    workspace: opened,
  });
  const input = await readThreatModelInput(options, io, { config: true });
  const check = checkThreatModel(input.loaded, input.inputs);
  const data = buildReportData(input.loaded, check, input.file);
  const dot = toDot(input.loaded);
  const mermaid = toMermaid(input.loaded);
  const svg = await renderSvg(dot);
  // Templates the user overrides (evident.yml `templates`) are looked up beside that evident.yml.
  const workspace = { ...opened, store: createFileStore(base) };
  const renderer = createWorkspaceRenderer(workspace, input.config);
  const diagram = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const files = new Map<string, string>([
    [
      'threat-model.md',
      await renderer.render('threat-model/report.md', {
        ...data,
        mermaid:
          (input.loaded.model.flows ?? []).length <= mermaidEdgeLimit ? new MarkdownString(mermaid) : '',
      }),
    ],
    ['threat-model.html', await renderer.render('threat-model/report.html', { ...data, diagram })],
    ['traceability.md', await renderer.render('threat-model/traceability.md', data)],
    ['data-flow.svg', svg],
    ['data-flow.mmd', mermaid],
    ['data-flow.dot', dot],
    [summaryName, canonicalJson(summarizeThreatModel(check))],
  ]);
  await directory.write(files);
  const report = { path: output, files: [...files.keys()].sort(), passed: check.passed };
  return {
    report,
    text: `Threat-model reports written to ${output}\n  ${report.files.join(', ')}\n  check: ${check.passed ? 'passed' : `failed (${check.failures.length} failures; see the report)`}\n  classification: internal (lists open threats; do not publish)`,
  };
}

const summaryName = 'threat-model-summary.json';
// Mermaid (and so GitHub) refuses to draw more edges than this by default.
const mermaidEdgeLimit = 500;

/** An earlier report: its pack summary, in this format, beside the files a report has. */
const reportOutput = markedOutput({
  name: 'threat-model report',
  suggestedName: 'threat-model-report',
  files: [
    'threat-model.md',
    'threat-model.html',
    'traceability.md',
    'data-flow.svg',
    'data-flow.mmd',
    'data-flow.dot',
    summaryName,
  ],
  marker: summaryName,
  isMarker: (text) => {
    try {
      return (JSON.parse(text) as { format?: unknown }).format === 'evident-threat-model-summary/1';
    } catch {
      return false;
    }
  },
});
