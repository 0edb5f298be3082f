import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  buildReportData,
  checkThreatModel,
  readThreatModelInput,
  renderSvg,
  summarizeForPack,
  toDot,
  toMermaid
} from "./chunk-AOHHE7YD.js";
import {
  refuseForeignDirectory
} from "./chunk-7MKJ4XVS.js";
import {
  MarkdownString,
  createWorkspaceRenderer
} from "./chunk-R2L2M3HF.js";
import {
  baseDirectory
} from "./chunk-FPMXNLYY.js";
import {
  createFileStore,
  openWorkspace,
  writeDirectoryAtomic
} from "./chunk-CRQUU744.js";
import {
  canonicalJson
} from "./chunk-C5P4ZO5R.js";
import "./chunk-ZCQYR5VP.js";
import "./chunk-TQAJVIUW.js";

// packages/cli/src/commands/threat-model-report.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
async function runThreatModelReport(options, io) {
  const base = baseDirectory(options, io);
  const output = resolve(base, options.output);
  await refuseForeignDirectory(output, earlierReport, options.force === true);
  const input = await readThreatModelInput(options, io, { config: true });
  const check = checkThreatModel(input.loaded, input.inputs);
  const data = buildReportData(input.loaded, check, input.file);
  const dot = toDot(input.loaded);
  const mermaid = toMermaid(input.loaded);
  const svg = await renderSvg(dot);
  const workspace = { ...await openWorkspace(options, io), store: createFileStore(base) };
  const renderer = createWorkspaceRenderer(workspace, input.config);
  const diagram = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  const files = /* @__PURE__ */ new Map([
    [
      "threat-model.md",
      await renderer.render("threat-model/report.md", {
        ...data,
        mermaid: (input.loaded.model.flows ?? []).length <= mermaidEdgeLimit ? new MarkdownString(mermaid) : ""
      })
    ],
    ["threat-model.html", await renderer.render("threat-model/report.html", { ...data, diagram })],
    ["traceability.md", await renderer.render("threat-model/traceability.md", data)],
    ["data-flow.svg", svg],
    ["data-flow.mmd", mermaid],
    ["data-flow.dot", dot],
    [summaryName, canonicalJson(summarizeForPack(check))]
  ]);
  await writeDirectoryAtomic(output, files);
  const report = { path: output, files: [...files.keys()].sort(), passed: check.passed };
  return {
    report,
    text: `Threat-model reports written to ${output}
  ${report.files.join(", ")}
  check: ${check.passed ? "passed" : `failed (${check.failures.length} failures; see the report)`}
  classification: internal (lists open threats; do not publish)`
  };
}
var summaryName = "threat-model-summary.json";
var mermaidEdgeLimit = 500;
var earlierReport = {
  name: "threat-model report",
  holds: async (directory) => {
    try {
      const summary = JSON.parse(await readFile(resolve(directory, summaryName), "utf8"));
      return summary.format === "evident-threat-model-summary/1";
    } catch {
      return false;
    }
  }
};
export {
  runThreatModelReport
};
