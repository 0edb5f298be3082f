import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  readRepositoryState,
  runClock
} from "./chunk-3A2T3FW3.js";
import {
  refuseForeignDirectory
} from "./chunk-7MKJ4XVS.js";
import {
  createWorkspaceRenderer
} from "./chunk-R2L2M3HF.js";
import {
  loadWorkspaceConfig,
  openWorkspace,
  resolveVersions,
  writeDirectoryAtomic
} from "./chunk-CRQUU744.js";
import {
  attestations,
  canonicalJson,
  evidenceStatuses,
  practices,
  requirements,
  sha256Hex,
  sortedBy
} from "./chunk-C5P4ZO5R.js";
import {
  cliVersion
} from "./chunk-5TFXESZS.js";
import "./chunk-ZCQYR5VP.js";
import "./chunk-TQAJVIUW.js";

// packages/cli/src/commands/pack.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

// packages/evidence/src/assess.ts
function assessRequirements(input) {
  const results = requirements.map(
    (requirement) => ({
      id: requirement.id,
      practice: requirement.practice,
      title: requirement.title,
      status: "none",
      reason: "no collector yet",
      evidence: [],
      attestations: (attestations[requirement.id] ?? []).map((statement) => ({
        statement,
        status: "missing"
      }))
    })
  );
  return {
    formatVersion: 1,
    standard: "IEC 62443-4-1:2018",
    // Shared with an assessor, never published: at least customer, more if an item is.
    classification: "customer",
    generatedAt: input.generatedAt.toISOString(),
    generator: { ...input.generator },
    repository: { ...input.repository },
    products: input.products.map((product) => ({
      id: product.id,
      name: product.name,
      type: product.type,
      ...input.versions[product.id] === void 0 ? {} : { version: input.versions[product.id] }
    })),
    summary: countByStatus(results),
    requirements: results
  };
}
function countByStatus(results) {
  const counts = Object.fromEntries(evidenceStatuses.map((status) => [status, 0]));
  for (const result of results) counts[result.status]++;
  return counts;
}

// packages/evidence/src/pack.ts
var manifestName = "manifest.json";
async function layOutPack(pack, renderer) {
  const files = /* @__PURE__ */ new Map();
  files.set("pack.json", canonicalJson(pack));
  files.set("summary.md", await renderer.render("pack/summary.md", summaryView(pack)));
  files.set(manifestName, canonicalJson(buildManifest(files)));
  return files;
}
function buildManifest(files) {
  const entries = [...files].map(([path, text]) => {
    const bytes = new TextEncoder().encode(text);
    return { path, sha256: sha256Hex(bytes), size: bytes.byteLength };
  });
  return { formatVersion: 1, algorithm: "sha256", files: sortedBy(entries, (entry) => entry.path) };
}
function summaryView(pack) {
  return {
    pack,
    practices: practices.map((practice) => ({
      ...practice,
      requirements: pack.requirements.filter((requirement) => requirement.practice === practice.id)
    }))
  };
}

// packages/cli/src/commands/pack.ts
async function runPack(options, io, services = {}) {
  const workspace = await openWorkspace(options, io, services.logger);
  const config = await loadWorkspaceConfig(workspace);
  const output = resolve(io.cwd, options.cwd ?? ".", options.output);
  await refuseForeignDirectory(output, earlierPack, options.force === true);
  const repository = await readRepositoryState(workspace);
  const pack = assessRequirements({
    products: config.products,
    versions: await resolveVersions(config.products, workspace),
    repository,
    generatedAt: (await runClock(workspace, io.env)).now(),
    generator: { name: "evident", version: services.version ?? cliVersion() }
  });
  const files = await layOutPack(
    pack,
    createWorkspaceRenderer(workspace, config, services.templateDirectory)
  );
  await writeDirectoryAtomic(output, files);
  const report = {
    path: output,
    files: [...files.keys()].sort(),
    classification: pack.classification,
    summary: pack.summary
  };
  return { report, text: describe(report) };
}
var earlierPack = {
  name: "Evident pack",
  holds: async (directory) => {
    try {
      const text = await readFile(resolve(directory, manifestName), "utf8");
      const manifest = JSON.parse(text);
      return manifest.formatVersion === 1 && manifest.algorithm === "sha256" && Array.isArray(manifest.files);
    } catch {
      return false;
    }
  }
};
function describe(report) {
  const counts = Object.entries(report.summary).map(([status, count]) => `${count} ${status}`).join(", ");
  return `Pack written to ${report.path}
  47 requirements: ${counts}
  classification: ${report.classification} (share with the assessor, do not publish)`;
}
export {
  runPack
};
