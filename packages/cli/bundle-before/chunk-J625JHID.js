import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  listDeclaredComponents
} from "./chunk-4F7FOPWN.js";
import {
  buildCsaf,
  csaf20,
  csaf21,
  loadAdvisory,
  locateInAdvisory,
  validateCsaf
} from "./chunk-N6ADPBXU.js";
import {
  baseDirectory,
  readNamedFiles,
  throwIfAny
} from "./chunk-FPMXNLYY.js";
import {
  createFileStore,
  loadWorkspaceConfig,
  openWorkspace,
  writeFileAtomic
} from "./chunk-CRQUU744.js";
import {
  ConfigurationError,
  InputError,
  UsageError,
  canonicalJson,
  configFileName,
  optional
} from "./chunk-C5P4ZO5R.js";
import {
  cliVersion
} from "./chunk-5TFXESZS.js";

// packages/cli/src/commands/advisory-build.ts
import { mkdir, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
async function runAdvisoryBuild(options, io, services = {}) {
  const spec = specOption(options.csafVersion);
  const workspace = await openAdvisoryWorkspace(options, io);
  const config = await loadWorkspaceConfig(workspace);
  const publisher = readPublisher(config);
  const components = await readComponents(workspace, config);
  const base = baseDirectory(options, io);
  const names = options.files.length > 0 ? options.files : await configuredAdvisories(workspace, config, base);
  const files = await readNamedFiles(names, base);
  const output = resolve(base, options.output);
  const problems = [];
  const built = [];
  const notices = [];
  for (const file of files) {
    const advisory = loadAdvisory(file.text, file.shown, config.products, components);
    const result = buildCsaf(advisory, {
      products: config.products,
      components,
      publisher,
      generator: { name: "Evident", version: services.version ?? cliVersion() },
      spec
    });
    const report2 = await validateCsaf(result.document);
    for (const error of report2.errors) {
      problems.push({
        message: `the CSAF built from this fails ${error.test} at ${error.path || "/"}: ${error.message}`,
        location: locateInAdvisory(advisory, error.path),
        fix: "correct the advisory here; run `evident advisory validate` on the output for the full report"
      });
    }
    notices.push(...result.notices.map((notice) => `${file.shown}: ${notice}`));
    const version = advisory.input.tracking?.version ?? "";
    built.push({
      json: canonicalJson(result.document),
      advisory: {
        source: file.shown,
        output: resolve(output, result.fileName),
        id: advisory.input.id,
        title: advisory.input.title,
        status: result.status,
        tlp: result.tlp,
        version,
        classification: classify(result.status, result.tlp, spec)
      }
    });
  }
  throwIfAny(problems, "the built CSAF");
  refuseDuplicateNames(built.map((entry) => entry.advisory));
  await mkdir(output, { recursive: true });
  for (const { advisory, json } of built) await writeFileAtomic(advisory.output, json);
  const report = { csafVersion: spec.version, advisories: built.map((entry) => entry.advisory), notices };
  return { report, text: describe(report, spec) };
}
async function openAdvisoryWorkspace(options, io) {
  const workspace = await openWorkspace(options, io);
  const base = baseDirectory(options, io);
  if (base === workspace.root) return workspace;
  const own = await stat(join(base, configFileName)).catch(() => void 0);
  return own?.isFile() ? { ...workspace, root: base, store: createFileStore(base) } : workspace;
}
async function configuredAdvisories(workspace, config, base) {
  const folders = [...new Set(config.products.map((product) => product.paths.advisories))];
  const files = [];
  for (const folder of folders) {
    if (!await workspace.store.exists(folder)) continue;
    for (const file of await workspace.store.list(folder)) {
      if (/\.ya?ml$/.test(file)) files.push(relative(base, join(workspace.root, file)));
    }
  }
  if (files.length === 0) {
    throw new UsageError(`no advisory files in ${folders.join(", ")}`, {
      fix: "name the advisory files, or put them in the advisories folder (evident.yml paths.advisories)"
    });
  }
  return files.sort();
}
function specOption(version) {
  if (version === void 0 || version === "2.0") return csaf20;
  if (version === "2.1") return csaf21;
  throw new UsageError(`unknown CSAF version "${version}"`, {
    fix: "use --csaf-version 2.0 (default) or 2.1"
  });
}
async function readComponents(workspace, config) {
  const catalog = /* @__PURE__ */ new Map();
  for (const [index, product] of config.products.entries()) {
    const entries = await listDeclaredComponents(workspace, config, index);
    catalog.set(
      product.id,
      entries.map(({ component }) => toComponent(component))
    );
  }
  return catalog;
}
function toComponent(component) {
  return {
    name: component.name,
    version: component.version,
    ...optional("supplier", component.supplier?.name),
    ...optional("cpe", component.cpe),
    ...optional("purl", component.purl)
  };
}
function readPublisher(config) {
  const publisher = config.publisher;
  const name = publisher?.name ?? config.manufacturer?.name;
  if (publisher === void 0 || name === void 0) {
    throw new ConfigurationError("advisories need a publisher, and evident.yml names none", {
      location: { file: config.file },
      fix: "add publisher: { namespace: https://your-company.example } (and manufacturer: { name: … } or publisher.name)"
    });
  }
  return {
    name,
    namespace: publisher.namespace,
    ...publisher.category ? { category: publisher.category } : {},
    ...publisher.contactDetails ? { contactDetails: publisher.contactDetails } : {},
    ...publisher.issuingAuthority ? { issuingAuthority: publisher.issuingAuthority } : {},
    ...publisher.advisoriesUrl ? { advisoriesUrl: publisher.advisoriesUrl } : {}
  };
}
function classify(status, tlp, spec) {
  if (status === "draft" || tlp === "RED") return "internal";
  return tlp === spec.tlpUnlimited ? "public" : "customer";
}
function refuseDuplicateNames(advisories) {
  const seen = /* @__PURE__ */ new Map();
  for (const advisory of advisories) {
    const other = seen.get(advisory.output);
    if (other !== void 0) {
      throw new InputError(`${advisory.source} and ${other} have the same tracking id ${advisory.id}`, {
        location: { file: advisory.source },
        fix: "give every advisory its own id"
      });
    }
    seen.set(advisory.output, advisory.source);
  }
}
function describe(report, spec) {
  const lines = report.advisories.map(
    (advisory) => `${advisory.source} → ${advisory.output}
  ${advisory.id} ${advisory.version} ${advisory.status}, TLP:${advisory.tlp}, valid CSAF ${spec.version} (${advisory.classification}${advisory.status === "draft" ? ": a draft, not for publication" : ""})`
  );
  return [...lines, ...report.notices.map((notice) => `note: ${notice}`)].join("\n");
}

export {
  runAdvisoryBuild,
  openAdvisoryWorkspace,
  readComponents
};
