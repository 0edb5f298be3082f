import { resolve } from 'node:path';
import { canonicalJson } from '@evident/core';
import { summarizeThreatModel } from '@evident/evidence';
import { markedOutput } from '@evident/node';
import { MarkdownString } from '@evident/render';
import { buildReportData, checkThreatModel, renderSvg, toDot, toMermaid } from '@evident/threat-model';
import { openCommandOutput } from './output-directory.js';
import { createWorkspaceRenderer } from './templates.js';
import { readThreatModelInput, type ThreatModelFiles } from './threat-model-files.js';
import type { Workspace } from './workspace.js';

/** What `reportThreatModel` is asked for. */
export interface ThreatModelReportRequest extends ThreatModelFiles {
  /** The directory to write the reports to, relative to the start directory. */
  readonly output: string;
  /** Also replace untracked files an earlier report did not write. */
  readonly force: boolean;
}

/** What `evident threat-model report --json` prints. */
export interface ThreatModelReportReport {
  readonly path: string;
  readonly files: readonly string[];
  readonly passed: boolean;
}

/** The report (what `--json` prints) and how many failures the check found (the reports list them). */
export interface ThreatModelReportResult {
  readonly report: ThreatModelReportReport;
  readonly failures: number;
}

/**
 * Markdown with a Mermaid diagram, HTML with an SVG diagram rendered offline, the
 * traceability matrix, the data-flow diagram as SVG, Mermaid and DOT, and the JSON summary
 * the compliance pack reads. Written atomically; a failed check is reported, not refused
 * (the report shows it; `check` is the gate).
 */
export async function reportThreatModel(
  request: ThreatModelReportRequest,
  workspace: Workspace,
): Promise<ThreatModelReportResult> {
  const output = resolve(workspace.start, request.output);
  const directory = await openCommandOutput(output, {
    kind: reportOutput,
    force: request.force,
    workspace,
  });
  const input = await readThreatModelInput(request, workspace, { config: true });
  const check = checkThreatModel(input.loaded, input.inputs);
  const data = buildReportData(input.loaded, check, input.file);
  const dot = toDot(input.loaded);
  const mermaid = toMermaid(input.loaded);
  const svg = await renderSvg(dot);
  // Templates the user overrides (evident.yml `templates`) are looked up beside that evident.yml.
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
  return {
    report: { path: output, files: [...files.keys()].sort(), passed: check.passed },
    failures: check.failures.length,
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
