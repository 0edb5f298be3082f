import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  createWorkspaceRenderer
} from "./chunk-R2L2M3HF.js";
import {
  openAdvisoryWorkspace
} from "./chunk-J625JHID.js";
import "./chunk-4F7FOPWN.js";
import {
  csafFileName,
  renderAdvisory,
  renderExtensions,
  validateCsaf
} from "./chunk-N6ADPBXU.js";
import {
  baseDirectory,
  parseJsonFile,
  readNamedFiles,
  throwIfAny
} from "./chunk-FPMXNLYY.js";
import {
  loadWorkspaceConfig,
  writeFileAtomic
} from "./chunk-CRQUU744.js";
import {
  InputError,
  UsageError,
  configFileName
} from "./chunk-C5P4ZO5R.js";
import {
  cliVersion
} from "./chunk-5TFXESZS.js";
import "./chunk-5SEHQTM4.js";
import "./chunk-6B77QBQ6.js";
import "./chunk-ZCQYR5VP.js";
import "./chunk-TQAJVIUW.js";

// packages/cli/src/commands/advisory-render.ts
import { mkdir } from "node:fs/promises";
import { basename, resolve } from "node:path";
var formats = ["html", "markdown"];
async function runAdvisoryRender(options, io) {
  const chosen = parseFormats(options.format);
  const base = baseDirectory(options, io);
  const files = await readNamedFiles(options.files, base);
  const parsed = files.map((file) => ({ file, ...parseJsonFile(file) }));
  throwIfAny(
    parsed.flatMap(({ problem }) => problem ? [problem] : []),
    "reading the documents"
  );
  for (const { file, value } of parsed) {
    const report = await validateCsaf(value);
    if (!report.valid) {
      throw new InputError(
        `${file.shown} is not a valid CSAF document (fails ${report.failedTests.join(", ")})`,
        {
          location: { file: file.shown },
          fix: `run \`evident advisory validate ${file.shown}\` for the details; only valid documents are rendered`
        }
      );
    }
  }
  const workspace = await openAdvisoryWorkspace(options, io);
  const config = await workspace.store.exists(configFileName) ? await loadWorkspaceConfig(workspace) : void 0;
  const renderer = createWorkspaceRenderer(workspace, config);
  const output = resolve(base, options.output);
  const written = [];
  const pending = [];
  for (const { file, value } of parsed) {
    const rendered = await renderAdvisory(value, renderer, {
      generator: { name: "Evident", version: cliVersion() },
      formats: chosen
    });
    const stem = (csafFileName(value) ?? basename(file.path)).replace(/\.json$/, "");
    const outputs = [];
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
    text: written.map((entry) => `${entry.source} → ${entry.outputs.join(", ")}`).join("\n")
  };
}
function parseFormats(requested) {
  if (requested === void 0 || requested.length === 0) return [...formats];
  return requested.flatMap((entry) => entry.split(",")).map((format) => {
    const known = formats.find((name) => name === format || name === "markdown" && format === "md");
    if (known === void 0)
      throw new UsageError(`unknown format "${format}"`, { fix: "use html, markdown or both" });
    return known;
  });
}
export {
  runAdvisoryRender
};
