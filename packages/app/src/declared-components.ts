import {
  ConfigurationError,
  type DeclaredComponent,
  formatLocation,
  loadComponentsFile,
  type ResolvedConfig,
  toDeclaredComponent,
} from '@evident/core';
import type { Workspace } from './workspace.js';

/**
 * The components a product declares by hand (what no lockfile knows), inline first, then from
 * its componentsFile, which is validated like evident.yml; in core's one model, located. The
 * SBOM lists them; advisories name them.
 */
export async function listDeclaredComponents(
  workspace: Pick<Workspace, 'store'>,
  config: ResolvedConfig,
  productIndex: number,
): Promise<DeclaredComponent[]> {
  const sbom = config.products[productIndex]?.sbom;
  const components = (sbom?.components ?? []).map((component, index) =>
    toDeclaredComponent(component, config.source, ['products', productIndex, 'sbom', 'components', index]),
  );
  const file = sbom?.componentsFile;
  if (file !== undefined) {
    const loaded = loadComponentsFile(await workspace.store.readText(file), file);
    for (const [index, component] of loaded.components.entries())
      components.push(toDeclaredComponent(component, loaded.source, ['components', index]));
  }
  refuseDuplicates(components);
  return components;
}

/**
 * The same component declared twice (inline and in componentsFile, or twice in one list) would
 * give the SBOM two components with one bom-ref, and an advisory two components of one name:
 * refused at the second declaration. The same name and version, purl or CPE is the same
 * component (the SBOM's bom-ref is the purl, else the CPE, else name@version).
 */
function refuseDuplicates(components: readonly DeclaredComponent[]): void {
  const seen = new Map<string, DeclaredComponent>();
  for (const component of components) {
    const identities = [
      `${component.name}@${component.version}`,
      ...(component.purl === undefined ? [] : [component.purl]),
      ...(component.cpe === undefined ? [] : [component.cpe]),
    ];
    for (const identity of identities) {
      const first = seen.get(identity);
      if (first) {
        const place = first.location ?? { file: 'evident.yml' };
        throw new ConfigurationError(
          `the component ${identity} is declared twice: first at ${formatLocation(place)}`,
          {
            ...(component.location === undefined ? {} : { location: component.location }),
            fix: 'remove one of the two declarations (each component is declared once, inline or in componentsFile)',
          },
        );
      }
    }
    for (const identity of identities) seen.set(identity, component);
  }
}
