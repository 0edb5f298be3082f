import type { EdgeKind, LockPackage } from './lockfile.js';
import { isObject, type Json, malformed } from './lockfile-shape.js';

/**
 * Flattens the nested `dependencies` tree of lockfile v1 into install paths, as v2 and v3
 * record them. v1 does not record the root's direct dependencies: they come from the root
 * package.json when given, else every top-level entry is taken as one (by its dev flag).
 */
export function flattenV1(
  data: Json,
  text: string,
  file: string,
  manifest: Json | undefined,
): Map<string, LockPackage> {
  const packages = new Map<string, LockPackage>();
  const top = data.dependencies ?? {};
  if (!isObject(top)) throw malformed(text, file, '"dependencies" must be an object', 'dependencies');
  const walk = (tree: Json, prefix: string) => {
    for (const [installedAs, entry] of Object.entries(tree)) {
      const path = `${prefix}node_modules/${installedAs}`;
      if (!isObject(entry))
        throw malformed(text, file, `the entry "${installedAs}" is not an object`, installedAs);
      packages.set(path, readV1Entry(path, installedAs, entry, text, file));
      if (entry.dependencies !== undefined) {
        if (!isObject(entry.dependencies)) {
          throw malformed(text, file, `"dependencies" of "${installedAs}" must be an object`, installedAs);
        }
        walk(entry.dependencies, `${path}/`);
      }
    }
  };
  walk(top, '');
  packages.set('', {
    path: '',
    name: typeof data.name === 'string' ? data.name : '',
    version: typeof data.version === 'string' ? data.version : '',
    link: false,
    inBundle: false,
    dev: false,
    optional: false,
    dependencies: manifest ? manifestEdges(manifest) : topLevelEdges(top),
  });
  return packages;
}

function readV1Entry(
  path: string,
  installedAs: string,
  entry: Json,
  text: string,
  file: string,
): LockPackage {
  const spec = entry.version;
  if (typeof spec !== 'string' || spec === '') {
    throw malformed(text, file, `"${installedAs}" has no version`, installedAs);
  }
  const edges = new Map<string, EdgeKind>();
  if (entry.requires !== undefined) {
    if (!isObject(entry.requires))
      throw malformed(text, file, `"requires" of "${installedAs}" must be an object`, installedAs);
    for (const name of Object.keys(entry.requires)) edges.set(name, 'required');
  }
  const { name, version, resolved, target } = interpretVersion(installedAs, spec, entry);
  const integrity = typeof entry.integrity === 'string' ? entry.integrity : undefined;
  return {
    path,
    name,
    version,
    link: target !== undefined,
    inBundle: entry.bundled === true,
    dev: entry.dev === true,
    optional: entry.optional === true,
    dependencies: edges,
    ...(resolved === undefined ? {} : { resolved }),
    ...(target === undefined ? {} : { target }),
    ...(integrity === undefined ? {} : { integrity }),
    ...(name === installedAs ? {} : { alias: installedAs }),
  };
}

/**
 * v1 writes a version spec: `1.2.3`, `npm:real@1.2.3` (alias), `github:u/r#sha` or
 * `git+https://…#sha` (git: the version is the commit), `file:../x` (a link).
 */
function interpretVersion(
  installedAs: string,
  spec: string,
  entry: Json,
): { name: string; version: string; resolved?: string; target?: string } {
  const resolved = typeof entry.resolved === 'string' ? entry.resolved : undefined;
  const withResolved = (name: string, version: string) =>
    resolved === undefined ? { name, version } : { name, version, resolved };
  if (spec.startsWith('npm:')) {
    const at = spec.lastIndexOf('@');
    return withResolved(spec.slice(4, at), spec.slice(at + 1));
  }
  if (spec.startsWith('file:'))
    return { name: installedAs, version: '', target: spec.slice(5).replace(/^\.\//, '') };
  const git = /^(?:github:|gitlab:|bitbucket:|git\+|git:)/.test(spec);
  if (git) {
    const commit = spec.slice(spec.lastIndexOf('#') + 1);
    return { name: installedAs, version: commit, resolved: gitUrl(spec) };
  }
  return withResolved(installedAs, spec);
}

/** A hosted-git shortcut as the URL npm v2+ would record. */
function gitUrl(spec: string): string {
  const hosted = /^(github|gitlab|bitbucket):(.+)$/.exec(spec);
  if (!hosted) return spec;
  const host = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' }[
    hosted[1] as 'github'
  ];
  const [repo, commit] = (hosted[2] ?? '').split('#');
  return `git+ssh://git@${host}/${repo}.git${commit ? `#${commit}` : ''}`;
}

function manifestEdges(manifest: Json): Map<string, EdgeKind> {
  const edges = new Map<string, EdgeKind>();
  const add = (key: string, kind: EdgeKind) => {
    const list = manifest[key];
    if (isObject(list)) for (const name of Object.keys(list)) edges.set(name, kind);
  };
  add('devDependencies', 'dev');
  add('dependencies', 'required');
  add('optionalDependencies', 'optional');
  return edges;
}

function topLevelEdges(top: Json): Map<string, EdgeKind> {
  const edges = new Map<string, EdgeKind>();
  for (const [name, entry] of Object.entries(top)) {
    if (!isObject(entry)) continue;
    edges.set(name, entry.dev === true ? 'dev' : entry.optional === true ? 'optional' : 'required');
  }
  return edges;
}
