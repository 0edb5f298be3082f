import { compareStrings, InputError } from '@evident/core';
import { PackageURL } from 'packageurl-js';
import {
  hashesFromIntegrity,
  type Inventory,
  type InventoryComponent,
  type LicenseDeclaration,
  type Mutable,
  type Scope,
} from '../inventory.js';
import { locateKey } from '../json-source.js';
import { computeNeeds, type DependencyGraph, type Need, resolveGraph } from './graph.js';
import type { LockPackage, NpmLockfile } from './lockfile.js';

/** Options of {@link buildNpmInventories}. */
export interface NpmInventoryOptions {
  /** Leave dev-only packages out instead of listing them with scope `excluded`. */
  readonly omitDev: boolean;
  /** The product the aggregate SBOM describes (from evident.yml or the root package.json). */
  readonly product: InventoryComponent;
}

/** The aggregate inventory of a lockfile and one per workspace (npm workspaces). */
export interface NpmInventories {
  readonly aggregate: Inventory;
  readonly workspaces: readonly { readonly path: string; readonly inventory: Inventory }[];
}

const scopes: Record<Need, Scope> = { 0: 'required', 1: 'optional', 2: 'excluded' };

/**
 * Builds inventories from a lockfile: components deduplicated by purl (name@version), each
 * with the best scope over its install paths, hashes from `integrity`, licence, and the
 * dependency graph. The aggregate describes the product (root and every workspace, the
 * workspace packages nested in the product); each workspace also gets its own.
 */
export function buildNpmInventories(lock: NpmLockfile, options: NpmInventoryOptions): NpmInventories {
  const graph = resolveGraph(lock);
  const aggregate = buildInventory(lock, graph, ['', ...lock.workspaces], options, options.product);
  const workspaces = lock.workspaces.map((path) => {
    const entry = lock.packages.get(path) as LockPackage;
    const subject = componentOf(entry, [], new Set([`evident:npm:workspace\0${path}`]));
    return { path, inventory: buildInventory(lock, graph, [path], options, subject) };
  });
  return { aggregate, workspaces };
}

/**
 * One name@version while its install paths are read: npm writes the integrity and licence
 * of a package at some of its paths only (a bundled or deduplicated copy has none), so the
 * component takes each from whichever path records it.
 */
interface Accumulator {
  readonly first: LockPackage;
  need: Need;
  readonly paths: string[];
  readonly properties: Set<string>;
  /** The first entry (lockfile order) with an integrity: its hashes and tarball URL are the component's. */
  hashed?: LockPackage;
  /** The first entry with a licence. */
  licensed?: LockPackage;
}

function buildInventory(
  lock: NpmLockfile,
  graph: DependencyGraph,
  starts: readonly string[],
  options: NpmInventoryOptions,
  subject: InventoryComponent,
): Inventory {
  const needs = computeNeeds(graph, starts);
  const workspaces = new Set(lock.workspaces);
  const propertiesOf = (entry: LockPackage) => packageProperties(entry, workspaces);
  const refOfPath = new Map<string, string>();
  const accumulators = new Map<string, Accumulator>();
  const [main, ...nested] = starts;
  refOfPath.set(main ?? '', subject.ref);
  for (const [path, need] of needs) {
    if (path === main || (options.omitDev && need === 2)) continue;
    const entry = lock.packages.get(path) as LockPackage;
    const ref = purlOf(entry);
    refOfPath.set(path, ref);
    const known = accumulators.get(ref);
    if (!known) {
      const accumulator: Accumulator = {
        first: entry,
        need,
        paths: [path],
        properties: new Set(propertiesOf(entry)),
      };
      if (entry.integrity !== undefined) accumulator.hashed = entry;
      if (entry.license !== undefined) accumulator.licensed = entry;
      accumulators.set(ref, accumulator);
      continue;
    }
    mergeEntry(lock, known, entry, need, propertiesOf(entry));
  }
  const dependsOn = (paths: readonly string[]) => {
    const refs = new Set<string>();
    for (const path of paths) {
      for (const edge of graph.edges.get(path) ?? []) {
        const ref = refOfPath.get(edge.to);
        if (ref !== undefined && (edge.kind !== 'dev' || starts.includes(path))) refs.add(ref);
      }
    }
    return [...refs].sort(); // UTF-16 code-unit order, as compareStrings
  };
  const nestedRefs = new Set(nested.map((path) => refOfPath.get(path)));
  const components: InventoryComponent[] = [];
  const workspaceComponents: InventoryComponent[] = [];
  for (const [ref, accumulator] of accumulators) {
    const component = componentOf(
      accumulator.hashed ?? accumulator.first,
      dependsOn(accumulator.paths),
      accumulator.properties,
      accumulator.need,
      accumulator.licensed?.license,
    );
    if (nestedRefs.has(ref)) workspaceComponents.push(component);
    else components.push(component);
  }
  const product: InventoryComponent = {
    ...subject,
    dependsOn: dependsOn([main ?? '']),
    components: [...subject.components, ...workspaceComponents].sort(byRef),
  };
  return { subject: product, components: components.sort(byRef), gaps: gapsOf(components, graph, needs) };
}

/** Adds one more install path of a name@version to what is known of it. */
function mergeEntry(
  lock: NpmLockfile,
  known: Accumulator,
  entry: LockPackage,
  need: Need,
  properties: readonly string[],
): void {
  if (entry.integrity !== undefined) {
    if (known.hashed === undefined) known.hashed = entry;
    else checkAgreement(lock, known.hashed, entry);
  }
  if (known.licensed === undefined && entry.license !== undefined) known.licensed = entry;
  known.need = Math.min(known.need, need) as Need;
  known.paths.push(entry.path);
  for (const property of properties) known.properties.add(property);
}

/**
 * The same name@version installed twice must be the same tarball. A registry never serves two
 * tarballs for one version, so two integrities that disagree on a digest of the same algorithm
 * mean two sources: a hand-edited lock, or two registries that each have a package of that
 * name and version (a private package shadowing a public one: dependency confusion). Evident
 * cannot tell which one ships, so it refuses instead of picking one. Integrities without a
 * common algorithm (sha1 at one path, sha512 at another) cannot disagree and are not compared.
 */
function checkAgreement(lock: NpmLockfile, first: LockPackage, second: LockPackage): void {
  if (first.integrity === second.integrity) return;
  const [a, b] = [hashesFromIntegrity(first.integrity), hashesFromIntegrity(second.integrity)];
  const disagree = a.some((hash) =>
    b.some((other) => other.alg === hash.alg && other.content !== hash.content),
  );
  if (!disagree) return;
  const from = (entry: LockPackage) => (entry.resolved === undefined ? '' : ` (from ${entry.resolved})`);
  const twoSources = registryOf(first.resolved) !== registryOf(second.resolved);
  throw new InputError(
    `the lockfile contradicts itself: ${second.name}@${second.version} has the integrity ${second.integrity} at "${second.path}"${from(second)} but ${first.integrity} at "${first.path}"${from(first)}`,
    {
      location: locateKey(lock.text, second.path, lock.file),
      fix: twoSources
        ? 'two registries serve different tarballs under this name and version: make the lockfile resolve the package from one registry (a scope or the registry setting in .npmrc), then regenerate it with `npm install --package-lock-only`'
        : 'regenerate the lockfile with `npm install --package-lock-only`; if it persists, check where that tarball came from',
    },
  );
}

/** The origin of a tarball URL (`https://registry.npmjs.org`), or the URL itself when it is none. */
function registryOf(resolved: string | undefined): string | undefined {
  if (resolved === undefined) return undefined;
  try {
    return new URL(resolved).origin;
  } catch {
    return resolved;
  }
}

function byRef(a: InventoryComponent, b: InventoryComponent): number {
  return compareStrings(a.ref, b.ref);
}

/** `@scope/name` as CycloneDX group and name. */
function splitName(fullName: string): { group?: string; name: string } {
  if (!fullName.startsWith('@')) return { name: fullName };
  const slash = fullName.indexOf('/');
  return slash === -1
    ? { name: fullName }
    : { group: fullName.slice(0, slash), name: fullName.slice(slash + 1) };
}

function isGit(resolved: string | undefined): boolean {
  return resolved !== undefined && /^(?:git\+|git:|github:|gitlab:|bitbucket:)/.test(resolved);
}

/** pkg:npm/%40scope/name@version, with `vcs_url` for a package from git. */
// The purl of an entry, computed once: the aggregate and every workspace ask for it again.
const purls = new WeakMap<LockPackage, string>();

function purlOf(entry: LockPackage): string {
  const known = purls.get(entry);
  if (known !== undefined) return known;
  const purl = buildPurl(entry);
  purls.set(entry, purl);
  return purl;
}

function buildPurl(entry: LockPackage): string {
  const { group, name } = splitName(entry.name);
  const qualifiers = isGit(entry.resolved) ? { vcs_url: entry.resolved as string } : undefined;
  return new PackageURL('npm', group, name, entry.version || undefined, qualifiers, undefined).toString();
}

/** Properties as `name\0value` strings (sortable, deduplicated in a Set). */
function packageProperties(entry: LockPackage, workspaces: ReadonlySet<string>): string[] {
  const properties: string[] = [];
  // A workspace package is source in this repository: no tarball, so no hash to expect.
  if (workspaces.has(entry.path)) properties.push(`evident:npm:workspace\0${entry.path}`);
  if (entry.inBundle) properties.push('cdx:npm:package:bundled\0true');
  if (entry.alias !== undefined) properties.push(`evident:npm:alias\0${entry.alias}`);
  for (const os of entry.os ?? []) properties.push(`evident:npm:os\0${os}`);
  for (const cpu of entry.cpu ?? []) properties.push(`evident:npm:cpu\0${cpu}`);
  return properties;
}

// Run once per component of thousands: one object, no intermediate spreads.
function componentOf(
  entry: LockPackage,
  dependsOn: readonly string[],
  propertySet: ReadonlySet<string>,
  need?: Need,
  license: LicenseDeclaration | undefined = entry.license,
): InventoryComponent {
  const ref = purlOf(entry);
  const { group, name } = splitName(entry.name);
  const component: Mutable<InventoryComponent> = {
    ref,
    kind: 'library',
    name,
    version: entry.version,
    purl: ref,
    hashes: hashesFromIntegrity(entry.integrity),
    properties: propertySet.size === 0 ? [] : [...propertySet].sort(compareStrings).map(splitPair),
    dependsOn,
    components: [],
  };
  if (group !== undefined) component.group = group;
  if (need !== undefined) component.scope = scopes[need];
  if (license !== undefined) component.license = license;
  if (isGit(entry.resolved)) component.vcs = entry.resolved as string;
  else if (entry.resolved !== undefined && /^https?:\/\//.test(entry.resolved))
    component.distribution = entry.resolved;
  return component;
}

function splitPair(pair: string): [string, string] {
  const zero = pair.indexOf('\0');
  return [pair.slice(0, zero), pair.slice(zero + 1)];
}

function gapsOf(
  components: readonly InventoryComponent[],
  graph: DependencyGraph,
  needs: ReadonlyMap<string, Need>,
): string[] {
  const gaps: string[] = [];
  // Bundled packages are covered by their parent's tarball; workspaces are local source.
  const exempt = (component: InventoryComponent) =>
    component.properties.some(
      ([name]) => name === 'cdx:npm:package:bundled' || name === 'evident:npm:workspace',
    );
  const hashless = components.filter((component) => component.hashes.length === 0 && !exempt(component));
  if (hashless.length > 0)
    gaps.push(`${hashless.length} component(s) without a hash (the lockfile records no integrity)`);
  const unlicensed = components.filter((component) => component.license === undefined);
  if (unlicensed.length > 0) gaps.push(`${unlicensed.length} component(s) without a licence in the lockfile`);
  const missing = graph.unresolved.filter((edge) => edge.kind === 'required' && needs.has(edge.from));
  if (missing.length > 0) {
    const names = [...new Set(missing.map((edge) => edge.name))].sort(compareStrings);
    gaps.push(
      `${missing.length} required dependency(ies) not in the lockfile: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`,
    );
  }
  return gaps;
}
