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
 * JSON (packages[].externalRefs of type purl). Throws InputError for anything else, and for a
 * value the check would otherwise skip without a word, naming its place (`components[2].purl`):
 * `components` or a component that is not what CycloneDX says (an object instead of a list, a
 * list instead of a component), a purl that is not a string. Skipping it could report a
 * dependency "not in the SBOM" that is. A component without a purl, an external reference of
 * another type and fields Evident does not read are ignored: the SBOM may carry them.
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
  const record = isObject(document) ? document : undefined;
  if (record?.bomFormat === 'CycloneDX') return cycloneDxPurls(record, file);
  if (typeof record?.spdxVersion === 'string' && record.packages !== undefined)
    return spdxPurls(record, file);
  throw new InputError('not a CycloneDX or SPDX JSON SBOM', {
    location: { file },
    fix: 'pass a CycloneDX JSON (bomFormat: CycloneDX) or SPDX 2.x JSON SBOM',
  });
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A place in the SBOM, built only when a message needs it (a parent chain, not a copied path). */
interface Place {
  readonly parent?: Place;
  readonly key: string | number;
}

function describePlace(place: Place): string {
  const parts: string[] = [];
  for (let at: Place | undefined = place; at !== undefined; at = at.parent)
    parts.push(typeof at.key === 'number' ? `[${at.key}]` : `.${at.key}`);
  return parts.reverse().join('').replace(/^\./, '');
}

function malformedSbom(file: string, place: Place, what: string, format: string): InputError {
  return new InputError(`malformed SBOM: ${describePlace(place)} ${what}`, {
    location: { file },
    fix: `correct ${describePlace(place)} as the ${format} specification says, or regenerate the SBOM with the tool that wrote it`,
  });
}

/** The value at `key` of `parent` when it is a list, [] when absent; anything else is refused. */
function listAt(parent: JsonObject, key: string, place: Place, file: string, format: string): unknown[] {
  const value = parent[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw malformedSbom(file, place, `is ${kindOf(value)}, not a list`, format);
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function cycloneDxPurls(record: JsonObject, file: string): string[] {
  const format = 'CycloneDX';
  const pending: { value: unknown; place: Place }[] = [];
  const metadata = record.metadata;
  if (metadata !== undefined) {
    if (!isObject(metadata))
      throw malformedSbom(file, { key: 'metadata' }, `is ${kindOf(metadata)}, not an object`, format);
    if (metadata.component !== undefined)
      pending.push({ value: metadata.component, place: { parent: { key: 'metadata' }, key: 'component' } });
  }
  const top = { key: 'components' };
  for (const [index, value] of listAt(record, 'components', top, file, format).entries())
    pending.push({ value, place: { parent: top, key: index } });
  // A work list, not recursion: components nest without bound in a hostile SBOM. Reversed
  // pushes keep the document's order.
  pending.reverse();
  const purls: string[] = [];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value: component, place } = next;
    if (!isObject(component))
      throw malformedSbom(file, place, `is ${kindOf(component)}, not a component object`, format);
    if (component.purl !== undefined) {
      if (typeof component.purl !== 'string')
        throw malformedSbom(
          file,
          { parent: place, key: 'purl' },
          `is ${kindOf(component.purl)}, not a string`,
          format,
        );
      purls.push(component.purl);
    }
    const nested = { parent: place, key: 'components' };
    const children = listAt(component, 'components', nested, file, format);
    for (let index = children.length - 1; index >= 0; index--)
      pending.push({ value: children[index], place: { parent: nested, key: index } });
  }
  return purls;
}

function spdxPurls(record: JsonObject, file: string): string[] {
  const format = 'SPDX';
  const purls: string[] = [];
  const packages = { key: 'packages' };
  for (const [index, item] of listAt(record, 'packages', packages, file, format).entries()) {
    const place = { parent: packages, key: index };
    if (!isObject(item)) throw malformedSbom(file, place, `is ${kindOf(item)}, not a package object`, format);
    const refs = { parent: place, key: 'externalRefs' };
    for (const [refIndex, ref] of listAt(item, 'externalRefs', refs, file, format).entries()) {
      const refPlace = { parent: refs, key: refIndex };
      if (!isObject(ref))
        throw malformedSbom(file, refPlace, `is ${kindOf(ref)}, not an external reference object`, format);
      if (ref.referenceType !== 'purl') continue;
      if (typeof ref.referenceLocator !== 'string') {
        const at = { parent: refPlace, key: 'referenceLocator' };
        throw malformedSbom(file, at, `is ${kindOf(ref.referenceLocator)}, not a string`, format);
      }
      purls.push(ref.referenceLocator);
    }
  }
  return purls;
}
