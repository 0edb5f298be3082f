import {
  ConfigurationError,
  createSchemaChecker,
  type DeclaredComponentConfig,
  DeclaredComponentsFileSchema,
  parseYaml,
  type ResolvedConfig,
  throwIfProblems,
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

const checkComponentsFile = createSchemaChecker(DeclaredComponentsFileSchema);

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
    const source = parseYaml(await workspace.store.readText(file), file);
    throwIfProblems(
      checkComponentsFile(source),
      (message, options) => new ConfigurationError(message, options),
      file,
    );
    const listed = (source.data as { components: DeclaredComponentConfig[] }).components;
    for (const [index, component] of listed.entries())
      entries.push({ component, source, path: ['components', index] });
  }
  return entries;
}
