import type { SourceLocation } from '../errors.js';
import type { YamlSource } from '../yaml.js';
import { optional } from './load.js';
import type { DeclaredComponentConfig } from './schema.js';
import type { declaredComponentTypes } from './vocabulary.js';

/** A file of a declared component, with the hash the user expects, if they wrote one. */
export interface DeclaredFile {
  readonly path: string;
  readonly sha256?: string;
  /** Where the path was declared, for mismatch messages. */
  readonly location?: SourceLocation;
}

/**
 * The one model of a component declared by hand (a vendored C library, an RTOS, a bootloader,
 * a firmware blob, a hardware module: what no lockfile knows), as evident.yml or the file its
 * `sbom.componentsFile` names declares it, located. The SBOM lists it; advisories name it.
 */
export interface DeclaredComponent {
  readonly name: string;
  readonly version: string;
  /** The CycloneDX component type. */
  readonly kind: (typeof declaredComponentTypes)[number];
  readonly description?: string;
  readonly supplier?: { readonly name: string; readonly url?: string };
  /** An SPDX expression. */
  readonly license?: string;
  readonly cpe?: string;
  readonly purl?: string;
  readonly files: readonly DeclaredFile[];
  /** Where it is declared, for messages about it. */
  readonly location?: SourceLocation;
}

/** What identifies a declared component to an advisory: its name, version, supplier, CPE and purl. */
export type DeclaredIdentity = Pick<DeclaredComponent, 'name' | 'version' | 'supplier' | 'cpe' | 'purl'>;

/** A declared component as written at `path` in `source`, located for the messages about it. */
export function toDeclaredComponent(
  component: DeclaredComponentConfig,
  source: YamlSource,
  path: readonly (string | number)[],
): DeclaredComponent {
  return {
    name: component.name,
    version: component.version,
    kind: component.type,
    files: (component.files ?? []).map((file, index) => ({
      path: file.path,
      location: source.locate([...path, 'files', index, 'path']),
      ...optional('sha256', file.sha256),
    })),
    location: source.locate(path),
    ...optional('description', component.description),
    ...optional('supplier', component.supplier),
    ...optional('license', component.license),
    ...optional('cpe', component.cpe),
    ...optional('purl', component.purl),
  };
}
