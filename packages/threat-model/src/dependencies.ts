import { InputError } from '@evident/core';
import type { ThreatModel } from './schema.js';

/** A model dependency and the SBOM component it was found as. */
export interface DependencyLink {
  readonly id: string;
  readonly purl: string;
  readonly elements: readonly string[];
  /** The SBOM purl it matched; undefined when it is not in the SBOM (or no SBOM was given). */
  readonly sbomPurl?: string;
  readonly inSbom?: boolean;
}

/** A purl without its qualifiers and subpath, and without its version when `withVersion` is false. */
function purlKey(purl: string, withVersion: boolean): string {
  const base = purl.split(/[?#]/, 1)[0] ?? purl;
  if (withVersion) return base;
  const at = base.lastIndexOf('@');
  return at > base.indexOf('/') ? base.slice(0, at) : base;
}

/**
 * Links the model's external dependencies to SBOM components by purl: an exact match (ignoring
 * qualifiers), else, for a purl without a version, any version of the package.
 */
export function linkDependencies(model: ThreatModel, sbomPurls?: readonly string[]): DependencyLink[] {
  const exact = new Map<string, string>();
  const anyVersion = new Map<string, string>();
  for (const purl of sbomPurls ?? []) {
    exact.set(decodeURIComponent(purlKey(purl, true)), purl);
    anyVersion.set(decodeURIComponent(purlKey(purl, false)), purl);
  }
  return (model.dependencies ?? []).map((dependency) => {
    const row = { id: dependency.id, purl: dependency.purl, elements: dependency.elements };
    if (sbomPurls === undefined) return row;
    const wanted = decodeURIComponent(purlKey(dependency.purl, true));
    const versioned = wanted !== decodeURIComponent(purlKey(dependency.purl, false));
    const found = exact.get(wanted) ?? (versioned ? undefined : anyVersion.get(wanted));
    return found === undefined ? { ...row, inSbom: false } : { ...row, inSbom: true, sbomPurl: found };
  });
}

/**
 * The purls of an SBOM: CycloneDX JSON (metadata.component and components, nested) or SPDX
 * JSON (packages[].externalRefs of type purl). Throws InputError for anything else.
 */
export function readSbomPurls(text: string, file: string): string[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not a JSON SBOM: ${error instanceof Error ? error.message : String(error)}`, {
      location: { file },
      fix: 'pass a CycloneDX or SPDX JSON SBOM (evident sbom writes one)',
    });
  }
  const record = document as Record<string, unknown> | null;
  const purls: string[] = [];
  if (record?.bomFormat === 'CycloneDX') {
    const visit = (component: unknown) => {
      const item = component as { purl?: unknown; components?: unknown } | null;
      if (typeof item?.purl === 'string') purls.push(item.purl);
      if (Array.isArray(item?.components)) item.components.forEach(visit);
    };
    visit((record.metadata as { component?: unknown } | undefined)?.component);
    if (Array.isArray(record.components)) record.components.forEach(visit);
    return purls;
  }
  if (typeof record?.spdxVersion === 'string' && Array.isArray(record.packages)) {
    for (const item of record.packages as {
      externalRefs?: { referenceType?: string; referenceLocator?: string }[];
    }[]) {
      for (const ref of item.externalRefs ?? []) {
        if (ref.referenceType === 'purl' && typeof ref.referenceLocator === 'string')
          purls.push(ref.referenceLocator);
      }
    }
    return purls;
  }
  throw new InputError('not a CycloneDX or SPDX JSON SBOM', {
    location: { file },
    fix: 'pass a CycloneDX JSON (bomFormat: CycloneDX) or SPDX 2.x JSON SBOM',
  });
}
