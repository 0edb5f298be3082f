import { createHash } from 'node:crypto';
import { compareStrings, type DeclaredComponent, type SourceLocation, sha256Hex } from '@evident/core';
import type { Hash, InventoryComponent } from './inventory.js';

/** The declared-component model is core's (one model for the SBOM and the advisories). */
export type { DeclaredComponent, DeclaredFile } from '@evident/core';

/** A declared hash that the file on disk does not have: a failed verification (exit 1). */
export interface HashMismatch {
  readonly component: string;
  readonly path: string;
  readonly declared: string;
  readonly actual: string;
  readonly location?: SourceLocation;
}

/** Declared components as inventory components, and every declared hash that does not match. */
export interface DeclaredInventory {
  readonly components: readonly InventoryComponent[];
  readonly mismatches: readonly HashMismatch[];
}

/**
 * Turns declared components into inventory components, hashing their files (SHA-256 and
 * SHA-512): one file's hashes go on the component, several files become nested `file`
 * components. `files` holds the bytes of every declared path.
 */
export function buildDeclaredInventory(
  declared: readonly DeclaredComponent[],
  files: ReadonlyMap<string, Uint8Array>,
): DeclaredInventory {
  const mismatches: HashMismatch[] = [];
  const components = declared.map((component): InventoryComponent => {
    const ref = declaredRef(component);
    const hashed = component.files.map((file) => {
      const bytes = files.get(file.path) ?? new Uint8Array();
      const hashes = hashFile(bytes);
      const actual = hashes[1]?.content ?? '';
      if (file.sha256 !== undefined && file.sha256.toLowerCase() !== actual) {
        mismatches.push({
          component: `${component.name}@${component.version}`,
          path: file.path,
          declared: file.sha256.toLowerCase(),
          actual,
          ...(file.location === undefined ? {} : { location: file.location }),
        });
      }
      return { file, hashes };
    });
    const single = hashed.length === 1 ? hashed[0] : undefined;
    const nested = single
      ? []
      : hashed
          .map(({ file, hashes }) => fileComponent(`${ref}#${file.path}`, file.path, hashes))
          .sort((a, b) => compareStrings(a.ref, b.ref));
    return {
      ref,
      kind: component.kind,
      name: component.name,
      version: component.version,
      scope: 'required',
      hashes: single?.hashes ?? [],
      properties: component.files.map((file) => ['evident:file', file.path] as const),
      dependsOn: [],
      components: nested,
      ...optional('description', component.description),
      ...optional('supplier', component.supplier),
      ...optional('license', component.license),
      ...optional('cpe', component.cpe),
      ...optional('purl', component.purl),
    };
  });
  return { components: components.sort((a, b) => compareStrings(a.ref, b.ref)), mismatches };
}

/** A declared component's bom-ref: its purl, else its CPE, else name@version. */
export function declaredRef(component: DeclaredComponent): string {
  return component.purl ?? component.cpe ?? `${component.name}@${component.version}`;
}

function hashFile(bytes: Uint8Array): Hash[] {
  return [
    { alg: 'SHA-512', content: createHash('sha512').update(bytes).digest('hex') },
    { alg: 'SHA-256', content: sha256Hex(bytes) },
  ];
}

function fileComponent(ref: string, path: string, hashes: Hash[]): InventoryComponent {
  return {
    ref,
    kind: 'file',
    name: path,
    version: '',
    hashes,
    properties: [],
    dependsOn: [],
    components: [],
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
