import {
  ConfigurationError,
  type DeclaredComponentConfig,
  formatLocation,
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
  refuseDuplicates(entries);
  return entries;
}

/**
 * The same component declared twice (inline and in componentsFile, or twice in one list) would
 * give the SBOM two components with one bom-ref, and an advisory two components of one name:
 * refused at the second declaration. The same name and version, purl or CPE is the same
 * component (the SBOM's bom-ref is the purl, else the CPE, else name@version).
 */
function refuseDuplicates(entries: readonly DeclaredEntry[]): void {
  const seen = new Map<string, DeclaredEntry>();
  for (const entry of entries) {
    const { component } = entry;
    const identities = [
      `${component.name}@${component.version}`,
      ...(component.purl === undefined ? [] : [component.purl]),
      ...(component.cpe === undefined ? [] : [component.cpe]),
    ];
    for (const identity of identities) {
      const first = seen.get(identity);
      if (first) {
        const place = first.source.locate(first.path);
        throw new ConfigurationError(
          `the component ${identity} is declared twice: first at ${formatLocation(place)}`,
          {
            location: entry.source.locate(entry.path),
            fix: 'remove one of the two declarations (each component is declared once, inline or in componentsFile)',
          },
        );
      }
    }
    for (const identity of identities) seen.set(identity, entry);
  }
}
