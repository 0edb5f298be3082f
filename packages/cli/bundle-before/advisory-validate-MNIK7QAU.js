import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  csafFileName,
  validateCsaf
} from "./chunk-N6ADPBXU.js";
import {
  baseDirectory,
  parseJsonFile,
  readNamedFiles,
  throwIfAny
} from "./chunk-FPMXNLYY.js";
import {
  UsageError
} from "./chunk-C5P4ZO5R.js";
import "./chunk-5SEHQTM4.js";
import "./chunk-6B77QBQ6.js";
import "./chunk-ZCQYR5VP.js";
import "./chunk-TQAJVIUW.js";

// packages/cli/src/commands/advisory-validate.ts
import { execFile } from "node:child_process";
import { access, constants } from "node:fs/promises";
import { basename, delimiter, join } from "node:path";
var presets = ["mandatory", "extended", "full"];
var shownPerTest = 10;
async function runAdvisoryValidate(options, io) {
  const preset = parsePreset(options.preset);
  const files = await readNamedFiles(options.files, baseDirectory(options, io));
  const parsed = files.map((file) => ({ file, ...parseJsonFile(file) }));
  throwIfAny(
    parsed.flatMap(({ problem }) => problem ? [problem] : []),
    "reading the documents"
  );
  const spellCheck = preset === "full" ? await findHunspell(io.env) : void 0;
  const documents = [];
  for (const { file, value } of parsed) {
    const report = await validateCsaf(value, { preset, ...spellCheck ? { spellCheck } : {} });
    const expected = csafFileName(value);
    documents.push({ file: file.shown, ...report, ...expected ? { expectedFileName: expected } : {} });
  }
  const valid = documents.every((document) => document.valid);
  return {
    report: { valid, documents },
    text: documents.map(describe).join("\n"),
    exitCode: valid ? 0 : 1
  };
}
function parsePreset(preset) {
  if (preset === void 0) return "mandatory";
  const known = presets.find((name) => name === preset);
  if (known === void 0) {
    throw new UsageError(`unknown preset "${preset}"`, { fix: `use one of ${presets.join(", ")}` });
  }
  return known;
}
async function findHunspell(env) {
  for (const directory of (env.PATH ?? "").split(delimiter)) {
    if (directory === "") continue;
    const candidate = join(directory, "hunspell");
    if (await access(candidate, constants.X_OK).then(
      () => true,
      () => false
    )) {
      return (params) => runHunspell(candidate, params);
    }
  }
  return void 0;
}
var mainRegions = {
  en: "en_US",
  de: "de_DE",
  fr: "fr_FR",
  es: "es_ES",
  it: "it_IT"
};
async function runHunspell(binary, { dictionary, input }) {
  try {
    return await spawnHunspell(binary, dictionary, input);
  } catch (error) {
    const fallback = mainRegions[dictionary];
    if (fallback === void 0) throw error;
    return spawnHunspell(binary, fallback, input);
  }
}
function spawnHunspell(binary, dictionary, input) {
  return new Promise((resolve, reject) => {
    const child = execFile(
      binary,
      ["-d", dictionary],
      { encoding: "utf8" },
      (error, stdout) => error ? reject(error) : resolve(stdout)
    );
    child.stdin?.on("error", () => {
    });
    child.stdin?.end(input);
  });
}
function describe(document) {
  const verdict = document.valid ? "valid" : `INVALID (fails ${document.failedTests.join(", ")})`;
  const lines = [
    `${document.file}: ${verdict} — CSAF ${document.csafVersion}, preset ${document.preset}, ${document.testCount} tests`
  ];
  lines.push(...listFindings("error", document.errors));
  lines.push(...listFindings("warning", document.warnings));
  lines.push(...listFindings("info", document.infos));
  for (const skipped of document.skipped) lines.push(`  skipped ${skipped.test}: ${skipped.reason}`);
  if (document.expectedFileName !== void 0 && basename(document.file) !== document.expectedFileName) {
    lines.push(`  note: the tracking id gives the file name ${document.expectedFileName} (CSAF 5.1)`);
  }
  return lines.join("\n");
}
function listFindings(severity, findings) {
  const lines = [];
  const perTest = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const count = (perTest.get(finding.test) ?? 0) + 1;
    perTest.set(finding.test, count);
    if (count <= shownPerTest) {
      lines.push(`  ${severity} ${finding.test} ${finding.path || "/"}: ${finding.message}`);
    }
  }
  for (const [test, count] of perTest) {
    if (count > shownPerTest)
      lines.push(`  … ${count - shownPerTest} more ${severity}s of ${test} (--json lists all)`);
  }
  return lines;
}
export {
  runAdvisoryValidate
};
