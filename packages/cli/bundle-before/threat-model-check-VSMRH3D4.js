import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  checkThreatModel,
  readThreatModelInput
} from "./chunk-AOHHE7YD.js";
import "./chunk-FPMXNLYY.js";
import "./chunk-C5P4ZO5R.js";
import "./chunk-ZCQYR5VP.js";
import "./chunk-TQAJVIUW.js";

// packages/cli/src/commands/threat-model-check.ts
var shown = 20;
async function runThreatModelCheck(options, io) {
  const input = await readThreatModelInput(options, io);
  const check = checkThreatModel(input.loaded, input.inputs);
  const report = { file: input.file, ...check };
  return { report, text: describe(report), exitCode: check.passed ? 0 : 1 };
}
function describe(report) {
  const count = (key) => report.counts[key] ?? 0;
  const lines = [
    `${report.file}: ${report.title}: ${report.passed ? "passed" : `FAILED (${report.failures.length} failure${report.failures.length === 1 ? "" : "s"})`}`,
    `  ${count("components")} components, ${count("elements")} elements, ${count("flows")} flows in ${count("zones")} assumed zones`,
    `  ${count("threats")} threats (tolerable risk ${report.tolerableRisk}), ${count("suggestions")} rule suggestions (${count("untriagedSuggestions")} untriaged), ${count("strideGaps")} STRIDE gaps`,
    `  SL-C/SL-T: ${levels(report)}`,
    `  tests: ${report.testsChecked ? traceSummary(report) : "not checked (pass --junit FILE)"}`
  ];
  const list = (title, mark, findings) => {
    if (findings.length === 0) return;
    lines.push(`${title}:`);
    for (const finding of findings.slice(0, shown)) lines.push(`  ${mark} ${finding.message}`);
    if (findings.length > shown) lines.push(`  … and ${findings.length - shown} more (--json lists all)`);
  };
  list("failures", "✗", report.failures);
  list("warnings", "!", report.warnings);
  return lines.join("\n");
}
function levels(report) {
  const parts = report.securityLevels.slice(0, 6).map((component) => {
    const gaps = component.levels.filter((level) => level.gap);
    const open = gaps.filter((level) => level.countermeasure === void 0).length;
    return `${component.component} ${gaps.length === 0 ? "no gap" : `${gaps.length} gap${gaps.length === 1 ? "" : "s"} (${open} uncovered)`}`;
  });
  const more = report.securityLevels.length > 6 ? `, … ${report.securityLevels.length - 6} more` : "";
  return `${parts.join(", ")}${more}`;
}
function traceSummary(report) {
  const tally = /* @__PURE__ */ new Map();
  for (const entry of report.traceability) tally.set(entry.result, (tally.get(entry.result) ?? 0) + 1);
  return [...tally].map(([result, number]) => `${number} ${result}`).join(", ");
}
export {
  runThreatModelCheck
};
