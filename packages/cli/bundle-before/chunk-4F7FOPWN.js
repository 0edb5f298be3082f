import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  loadComponentsFile
} from "./chunk-C5P4ZO5R.js";

// packages/cli/src/declared-components.ts
async function listDeclaredComponents(workspace, config, productIndex) {
  const sbom = config.products[productIndex]?.sbom;
  const entries = (sbom?.components ?? []).map((component, index) => ({
    component,
    source: config.source,
    path: ["products", productIndex, "sbom", "components", index]
  }));
  const file = sbom?.componentsFile;
  if (file !== void 0) {
    const { components, source } = loadComponentsFile(await workspace.store.readText(file), file);
    for (const [index, component] of components.entries())
      entries.push({ component, source, path: ["components", index] });
  }
  return entries;
}

export {
  listDeclaredComponents
};
