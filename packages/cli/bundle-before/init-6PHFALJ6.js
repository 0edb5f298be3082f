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
  openWorkspace,
  writeFileAtomic
} from "./chunk-CRQUU744.js";
import {
  configFileName,
  loadConfig,
  optional
} from "./chunk-C5P4ZO5R.js";
import "./chunk-ZCQYR5VP.js";
import "./chunk-TQAJVIUW.js";

// packages/cli/src/commands/init.ts
import { mkdir } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
var scaffold = [
  { path: configFileName, template: "init/evident.yml" },
  { path: "SECURITY.md", template: "init/SECURITY.md" },
  { path: "docs/security/README.md", template: "init/docs-security-README.md" },
  { path: "advisories/README.md", template: "init/advisories-README.md" }
];
var securityPolicyLocations = ["SECURITY.md", ".github/SECURITY.md", "docs/SECURITY.md"];
async function runInit(options, io) {
  const workspace = await openWorkspace(options, io);
  const facts = await gatherFacts(workspace);
  const renderer = createWorkspaceRenderer(workspace);
  const existingPolicy = await findExisting(workspace, securityPolicyLocations);
  const files = [];
  const writes = [];
  for (const { path, template } of scaffold) {
    const current = await workspace.store.exists(path) ? await workspace.store.readText(path) : void 0;
    const keepPolicy = path === "SECURITY.md" && existingPolicy !== void 0 && existingPolicy !== "SECURITY.md";
    if (keepPolicy || current !== void 0 && options.force !== true) {
      files.push({ path: keepPolicy ? existingPolicy ?? path : path, action: "kept" });
      continue;
    }
    const text = await renderer.render(template, facts);
    if (path === configFileName) loadConfig(text, path);
    if (text === current) {
      files.push({ path, action: "unchanged" });
    } else {
      writes.push({ path, text });
      files.push({ path, action: current === void 0 ? "created" : "overwritten" });
    }
  }
  for (const { path, text } of writes) {
    const target = resolve(workspace.root, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, text);
  }
  const report = { root: workspace.root, files };
  return { report, text: files.map((file) => `${file.action.padEnd(11)} ${file.path}`).join("\n") };
}
async function gatherFacts(workspace) {
  const manifest = await readPackageJson(workspace);
  const remote = await workspace.git?.remoteUrl();
  const github = remote ? parseGitHubRemote(remote) : void 0;
  const name = stringField(manifest, "name") ?? github?.repo ?? basename(workspace.root);
  return {
    productId: toId(name),
    productName: name,
    hasPackageJson: manifest !== void 0,
    ...optional("description", stringField(manifest, "description")),
    ...optional("manufacturer", github?.owner),
    ...optional("repositoryUrl", github?.url),
    ...optional("reportUrl", github ? `${github.url}/security/advisories/new` : void 0)
  };
}
async function readPackageJson(workspace) {
  if (!await workspace.store.exists("package.json")) return void 0;
  try {
    const value = JSON.parse(await workspace.store.readText("package.json"));
    return value !== null && typeof value === "object" ? value : void 0;
  } catch {
    workspace.logger.warn("package.json is not valid JSON; init fills in what it can without it");
    return void 0;
  }
}
function stringField(object, key) {
  const value = object?.[key];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function toId(name) {
  const id = name.replace(/^@[^/]+\//, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return id || "product";
}
function parseGitHubRemote(remote) {
  const match = /github\.com[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(remote);
  if (!match?.[1] || !match[2]) return void 0;
  return { owner: match[1], repo: match[2], url: `https://github.com/${match[1]}/${match[2]}` };
}
async function findExisting(workspace, paths) {
  for (const path of paths) {
    if (await workspace.store.exists(path)) return path;
  }
  return void 0;
}
export {
  parseGitHubRemote,
  runInit
};
