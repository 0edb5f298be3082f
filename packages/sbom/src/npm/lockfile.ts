import { InputError } from '@evident/core';
import type { LicenseDeclaration, Mutable } from '../inventory.js';
import { locateKey, locatePath, parseJsonText, rejectPrototypeKeys } from '../json-source.js';
import { MAX_LOCKFILE_BYTES } from '../limits.js';
import { licenseOfEntry } from './license.js';
import { isObject, type Json, malformed } from './lockfile-shape.js';
import { flattenV1 } from './lockfile-v1.js';

/** How one package depends on another; dev counts only from the project's own packages. */
export type EdgeKind = 'required' | 'optional' | 'dev';

/** One installed package of an npm lockfile, whatever its version, keyed by install path. */
export interface LockPackage {
  /** Install path: '' for the root, `node_modules/a/node_modules/b`, `packages/x` for a workspace. */
  readonly path: string;
  /** The package's own name (an alias is installed under another name). */
  readonly name: string;
  readonly version: string;
  readonly resolved?: string;
  readonly integrity?: string;
  /** The `license` the lockfile records (v2 and v3 only). */
  readonly license?: LicenseDeclaration;
  /** A pointer to another path (a workspace or a `file:` folder), see {@link target}. */
  readonly link: boolean;
  readonly target?: string;
  /** Shipped inside its parent's tarball: no tarball and no integrity of its own. */
  readonly inBundle: boolean;
  /** npm's own scope flags, kept for checks; Evident computes scope from the graph. */
  readonly dev: boolean;
  readonly optional: boolean;
  /** The name the package is installed under, when it is an npm alias (`npm:real@1.0.0`). */
  readonly alias?: string;
  /** Platforms of a platform-specific binary package. */
  readonly os?: readonly string[];
  readonly cpu?: readonly string[];
  /** Dependencies by name; resolved by Node's lookup from {@link path}. */
  readonly dependencies: ReadonlyMap<string, EdgeKind>;
}

/** A package-lock.json or npm-shrinkwrap.json, normalized across lockfile versions 1, 2 and 3. */
export interface NpmLockfile {
  readonly file: string;
  readonly lockfileVersion: 1 | 2 | 3;
  readonly text: string;
  readonly root: LockPackage;
  readonly packages: ReadonlyMap<string, LockPackage>;
  /** Install paths of the workspace packages (npm workspaces), sorted. */
  readonly workspaces: readonly string[];
}

/**
 * Reads an npm lockfile from its text. `manifest` (the root package.json text) gives a v1
 * lockfile its direct dependencies, which v1 does not record. Throws InputError with file,
 * line and column for anything that is not a lockfile Evident can read exactly.
 */
export function readNpmLockfile(text: string, file: string, manifest?: string): NpmLockfile {
  if (text.length > MAX_LOCKFILE_BYTES) {
    throw new InputError(`${file} is larger than the limit of ${MAX_LOCKFILE_BYTES} bytes`, {
      location: { file },
      fix: 'check that this is the intended lockfile',
    });
  }
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const data = parseJsonText(source, file, 'the lockfile');
  rejectPrototypeKeys(source, file);
  if (!isObject(data)) throw malformed(source, file, 'the lockfile is not a JSON object', undefined);
  const version = data.lockfileVersion;
  if (version !== 1 && version !== 2 && version !== 3) {
    throw new InputError(`unknown lockfileVersion ${JSON.stringify(version)}`, {
      location:
        version === undefined ? { file, line: 1, column: 1 } : locateKey(source, 'lockfileVersion', file),
      fix: 'Evident reads npm lockfiles of version 1, 2 and 3; regenerate it with `npm install --package-lock-only`',
    });
  }
  const packages =
    version === 1
      ? flattenV1(data, source, file, parseManifest(manifest, file))
      : readPackages(data, source, file);
  if (version === 2) checkV2Agreement(data, packages, source, file);
  const root = packages.get('');
  if (!root) throw malformed(source, file, 'the lockfile has no root package ("")', 'packages');
  return {
    file,
    lockfileVersion: version,
    text: source,
    root,
    packages,
    workspaces: findWorkspaces(root, packages),
  };
}

function parseManifest(manifest: string | undefined, file: string): Json | undefined {
  if (manifest === undefined) return undefined;
  const manifestFile = file.replace(/[^/]*$/, 'package.json');
  const data = parseJsonText(manifest.replace(/^\uFEFF/, ''), manifestFile, 'package.json');
  rejectPrototypeKeys(manifest, manifestFile);
  return isObject(data) ? data : undefined;
}

/** The `packages` map of lockfile v2 and v3. */
function readPackages(data: Json, text: string, file: string): Map<string, LockPackage> {
  const raw = data.packages;
  if (!isObject(raw)) throw malformed(text, file, '"packages" is missing or not an object', 'packages');
  const packages = new Map<string, LockPackage>();
  for (const [path, entry] of Object.entries(raw)) {
    if (!isObject(entry))
      throw malformed(text, file, `the entry "${path}" is not an object`, ['packages', path]);
    packages.set(path, readEntry(path, entry, text, file));
  }
  if (!packages.has('')) {
    packages.set('', {
      path: '',
      name: stringField(data, 'name') ?? '',
      version: stringField(data, 'version') ?? '',
      link: false,
      inBundle: false,
      dev: false,
      optional: false,
      dependencies: new Map(),
    });
  }
  return packages;
}

// Run once per package of a lockfile of thousands: plain loops and one object per entry.
function readEntry(path: string, entry: Json, text: string, file: string): LockPackage {
  const installedAs = path === '' ? undefined : nameFromPath(path);
  const name =
    stringAt(entry, 'name', path, text, file) ?? installedAs ?? path.slice(path.lastIndexOf('/') + 1);
  const version = stringAt(entry, 'version', path, text, file) ?? '';
  const link = entry.link === true;
  if (path.startsWith('node_modules/') || path.includes('/node_modules/')) {
    if (!link && version === '') throw malformed(text, file, `"${path}" has no version`, ['packages', path]);
    if (installedAs === undefined)
      throw malformed(text, file, `"${path}" is not a valid install path`, ['packages', path]);
  }
  const read: Mutable<LockPackage> = {
    path,
    name,
    version,
    link,
    inBundle: entry.inBundle === true,
    dev: entry.dev === true,
    optional: entry.optional === true || entry.devOptional === true,
    dependencies: readEdges(entry, path, text, file),
  };
  const resolved = stringAt(entry, 'resolved', path, text, file);
  if (resolved !== undefined) read[link ? 'target' : 'resolved'] = resolved;
  const integrity = stringAt(entry, 'integrity', path, text, file);
  if (integrity !== undefined) read.integrity = integrity;
  const license = licenseOfEntry(entry.license);
  if (license !== undefined) read.license = license;
  if (installedAs !== undefined && installedAs !== name) read.alias = installedAs;
  if (Array.isArray(entry.os)) read.os = strings(entry.os);
  if (Array.isArray(entry.cpu)) read.cpu = strings(entry.cpu);
  return read;
}

/** A string field of an entry, or undefined; any other type is a malformed lockfile. */
function stringAt(entry: Json, key: string, path: string, text: string, file: string): string | undefined {
  const value = entry[key];
  if (value === undefined || typeof value === 'string') return value;
  throw malformed(text, file, `"${key}" of "${path}" must be a string`, ['packages', path]);
}

function strings(values: readonly unknown[]): string[] {
  return values.filter((item): item is string => typeof item === 'string');
}

// In the order of precedence, lowest first (see readEdges).
const edgeLists = ['devDependencies', 'peerDependencies', 'dependencies', 'optionalDependencies'] as const;

/** Edges of an entry; a name in several lists takes the last kind: dev < peer < required < optional. */
function readEdges(entry: Json, path: string, text: string, file: string): Map<string, EdgeKind> {
  const edges = new Map<string, EdgeKind>();
  for (const key of edgeLists) {
    const list = entry[key];
    if (list === undefined) continue;
    if (!isObject(list))
      throw malformed(text, file, `"${key}" of "${path}" must be an object`, ['packages', path]);
    for (const name of Object.keys(list)) edges.set(name, edgeKind(key, name, entry));
  }
  return edges;
}

function edgeKind(list: (typeof edgeLists)[number], name: string, entry: Json): EdgeKind {
  switch (list) {
    case 'devDependencies':
      return 'dev';
    case 'peerDependencies': {
      const meta = isObject(entry.peerDependenciesMeta) ? entry.peerDependenciesMeta[name] : undefined;
      return isObject(meta) && meta.optional === true ? 'optional' : 'required';
    }
    case 'dependencies':
      return 'required';
    case 'optionalDependencies':
      return 'optional';
  }
}

/** The package name an install path ends in: `node_modules/@s/a` is `@s/a`. */
export function nameFromPath(path: string): string | undefined {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/@][^/]*)$/.exec(path);
  return match?.[1];
}

/** In v2 the old `dependencies` tree must agree with `packages` on every top-level version. */
function checkV2Agreement(
  data: Json,
  packages: ReadonlyMap<string, LockPackage>,
  text: string,
  file: string,
) {
  if (!isObject(data.dependencies)) return;
  for (const [name, entry] of Object.entries(data.dependencies)) {
    const modern = packages.get(`node_modules/${name}`);
    if (!isObject(entry) || typeof entry.version !== 'string' || !modern || modern.link) continue;
    const legacy = entry.version.startsWith('npm:')
      ? entry.version.slice(entry.version.lastIndexOf('@') + 1)
      : entry.version;
    if (!/^\d/.test(legacy) || legacy === modern.version) continue;
    throw new InputError(
      `the lockfile contradicts itself: "packages" has ${name}@${modern.version}, "dependencies" has ${name}@${legacy}`,
      {
        location: locatePath(text, ['dependencies', name], file),
        fix: 'regenerate the lockfile with `npm install --package-lock-only`',
      },
    );
  }
}

function findWorkspaces(root: LockPackage, packages: ReadonlyMap<string, LockPackage>): string[] {
  const found = new Set<string>();
  for (const entry of packages.values()) {
    if (!entry.link || entry.target === undefined || !/^node_modules\/(?:@[^/]+\/)?[^/]+$/.test(entry.path))
      continue;
    if (entry.target.startsWith('..') || !packages.has(entry.target)) continue;
    if (root.path === '' && isWorkspaceTarget(entry.target, packages)) found.add(entry.target);
  }
  return [...found].sort();
}

/** A link target inside the repository with a package entry is a workspace. */
function isWorkspaceTarget(target: string, packages: ReadonlyMap<string, LockPackage>): boolean {
  return !target.includes('node_modules/') && packages.get(target)?.link === false;
}

function stringField(data: Json, key: string): string | undefined {
  const value = data[key];
  return typeof value === 'string' ? value : undefined;
}
