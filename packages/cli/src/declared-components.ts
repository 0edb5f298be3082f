import {
  type DeclaredComponentConfig,
  loadComponentsFile,
  type ResolvedConfig,
  type YamlSource,
} from '@evident/core';
import type { Workspace } from './workspace.js';

/** A component declared in evident.yml or in the file `sbom.componentsFile` names, with where it is written. */
export interface DeclaredEntry {
  readonly component: DeclaredComponentConfig;
  readonly source: YamlSource;
  /** Its place in `source`, to locate messages about it. */
  readonly path: readonly (string | number)[];
}

/**
 * The components a product declares by hand (what no lockfile knows), inline first, then from
 * its componentsFile, which is validated like evident.yml. The SBOM lists them; advisories
 * name them.
 */
export async function listDeclaredComponents(
  workspace: Workspace,
  config: ResolvedConfig,
  productIndex: number,
): Promise<DeclaredEntry[]> {
  const sbom = config.products[productIndex]?.sbom;
  const entries: DeclaredEntry[] = (sbom?.components ?? []).map((component, index) => ({
    component,
    source: config.source,
    path: ['products', productIndex, 'sbom', 'components', index],
  }));
  const file = sbom?.componentsFile;
  if (file !== undefined) {
    const { components, source } = loadComponentsFile(await workspace.store.readText(file), file);
    for (const [index, component] of components.entries())
      entries.push({ component, source, path: ['components', index] });
  }
  return entries;
}
