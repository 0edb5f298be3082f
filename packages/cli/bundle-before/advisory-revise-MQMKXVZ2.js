import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  openAdvisoryWorkspace,
  readComponents
} from "./chunk-J625JHID.js";
import "./chunk-4F7FOPWN.js";
import {
  loadAdvisory,
  reviseAdvisory
} from "./chunk-N6ADPBXU.js";
import {
  baseDirectory,
  readNamedFiles
} from "./chunk-FPMXNLYY.js";
import {
  createClock,
  loadWorkspaceConfig,
  writeFileAtomic
} from "./chunk-CRQUU744.js";
import {
  UsageError
} from "./chunk-C5P4ZO5R.js";
import "./chunk-5TFXESZS.js";
import "./chunk-5SEHQTM4.js";
import "./chunk-6B77QBQ6.js";
import "./chunk-ZCQYR5VP.js";
import "./chunk-TQAJVIUW.js";

// packages/cli/src/commands/advisory-revise.ts
var statuses = ["draft", "interim", "final"];
async function runAdvisoryRevise(options, io) {
  const status = parseStatus(options.status);
  const workspace = await openAdvisoryWorkspace(options, io);
  const config = await loadWorkspaceConfig(workspace);
  const [file] = await readNamedFiles([options.file], baseDirectory(options, io));
  if (file === void 0) throw new UsageError("name the advisory file to revise");
  const components = await readComponents(workspace, config);
  const advisory = loadAdvisory(file.text, file.shown, config.products, components);
  const clock = createClock({ env: io.env, fallback: new Date(Math.floor(Date.now() / 1e3) * 1e3) });
  const revised = reviseAdvisory(advisory, file.text, {
    now: clock.now(),
    ...options.summary === void 0 ? {} : { summary: options.summary },
    ...status === void 0 ? {} : { status },
    ...options.major ? { major: true } : {}
  });
  loadAdvisory(revised.text, file.shown, config.products, components);
  await writeFileAtomic(file.path, revised.text);
  const report = { file: file.shown, from: revised.from ?? null, to: revised.to };
  const from = revised.from ? `${revised.from.version} ${revised.from.status}` : "no history";
  return { report, text: `${file.shown}: ${from} → ${revised.to.version} ${revised.to.status}` };
}
function parseStatus(status) {
  if (status === void 0) return void 0;
  const known = statuses.find((name) => name === status);
  if (known === void 0)
    throw new UsageError(`unknown status "${status}"`, { fix: "use draft, interim or final" });
  return known;
}
export {
  runAdvisoryRevise
};
