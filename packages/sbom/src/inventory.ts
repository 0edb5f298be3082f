import { declaredComponentTypes } from '@evident/core';
/**
 * The inventory: what a product is made of, independent of any SBOM format. Readers
 * (npm lockfiles, declared components) produce it; the CycloneDX builders consume it.
 */

/** Hash algorithms Evident records, named as CycloneDX names them. */
export type HashAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

/** One digest, lower-case hex. */
export interface Hash {
  readonly alg: HashAlgorithm;
  readonly content: string;
}

/** Whether a component ships: required, optional (may be absent), excluded (dev-only). */
export type Scope = 'required' | 'optional' | 'excluded';

/** The kinds of component Evident writes (a subset of CycloneDX's component types): the ones evident.yml can declare. */
export const componentKinds = declaredComponentTypes;
/** One of {@link componentKinds}. */
export type ComponentKind = (typeof componentKinds)[number];

/** An organisation, as evident.yml writes one. */
export interface Organization {
  readonly name: string;
  readonly url?: string;
}

/**
 * A component's licence: an SPDX expression, or one free licence name when it is none; a
 * list of licences (each an SPDX id or a name) when a package names several that form no
 * SPDX expression (npm's legacy `["MIT", "Apache2"]`).
 */
export type LicenseDeclaration = string | readonly string[];

/** One component of the inventory. */
export interface InventoryComponent {
  /** Unique within one SBOM: the purl where there is one. */
  readonly ref: string;
  readonly kind: ComponentKind;
  /** For npm: the scope (`@angular`) without the name. */
  readonly group?: string;
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly purl?: string;
  readonly cpe?: string;
  readonly scope?: Scope;
  readonly hashes: readonly Hash[];
  readonly license?: LicenseDeclaration;
  readonly supplier?: Organization;
  /** Where the package was downloaded from (npm `resolved`). */
  readonly distribution?: string;
  readonly vcs?: string;
  /** Name-value pairs, sorted by name then value. */
  readonly properties: readonly (readonly [string, string])[];
  /** Refs of the components this one depends on, sorted. */
  readonly dependsOn: readonly string[];
  /** Nested components: a product's workspace packages, a declared component's files. */
  readonly components: readonly InventoryComponent[];
}

/** What one SBOM describes: its subject and the components, in canonical (ref) order. */
export interface Inventory {
  readonly subject: InventoryComponent;
  readonly components: readonly InventoryComponent[];
  /** What the inputs could not say, for the report and the job summary. */
  readonly gaps: readonly string[];
}

/** SRI integrity (`sha512-<base64> sha1-<base64>`) as hex digests, strongest first. */
export function hashesFromIntegrity(integrity: string | undefined): Hash[] {
  if (integrity === undefined) return [];
  const hashes: Hash[] = [];
  for (const part of integrity.trim().split(/\s+/)) {
    const match = integrityPart.exec(part);
    if (!match) continue;
    const alg = algorithms[match[1] as keyof typeof algorithms];
    const content = Buffer.from(match[2] ?? '', 'base64').toString('hex');
    if (content.length === hexLength[alg] && !hashes.some((hash) => hash.alg === alg))
      hashes.push({ alg, content });
  }
  return hashes.length < 2 ? hashes : hashes.sort((a, b) => hexLength[b.alg] - hexLength[a.alg]);
}

const integrityPart = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/=]+)(?:\?.*)?$/;
const algorithms = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' } as const;
const hexLength: Record<HashAlgorithm, number> = {
  'SHA-1': 40,
  'SHA-256': 64,
  'SHA-384': 96,
  'SHA-512': 128,
};

/** A readonly record while it is being built: readers fill their records field by field. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
