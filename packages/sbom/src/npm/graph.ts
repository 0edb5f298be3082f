import type { EdgeKind, LockPackage, NpmLockfile } from './lockfile.js';

/** How a package is needed from the start packages: 0 required, 1 optional, 2 dev only. */
export type Need = 0 | 1 | 2;

const needOf: Record<EdgeKind, Need> = { required: 0, optional: 1, dev: 2 };

/** One resolved dependency edge. */
export interface Edge {
  readonly to: string;
  readonly kind: EdgeKind;
}

/** A dependency the lockfile names but does not install (an unmet optional peer, a broken lock). */
export interface UnresolvedDependency {
  readonly from: string;
  readonly name: string;
  readonly kind: EdgeKind;
}

/** The install tree as a graph over install paths, links followed to their targets. */
export interface DependencyGraph {
  readonly edges: ReadonlyMap<string, readonly Edge[]>;
  readonly unresolved: readonly UnresolvedDependency[];
}

/**
 * Resolves every dependency the way Node does: `<path>/node_modules/<name>`, then each
 * parent directory's node_modules up to the root; a link resolves to its target.
 */
export function resolveGraph(lock: NpmLockfile): DependencyGraph {
  const installed = installedByDirectory(lock.packages);
  const edges = new Map<string, Edge[]>();
  const unresolved: UnresolvedDependency[] = [];
  const kindOf = lock.lockfileVersion === 1 ? v1EdgeKind(lock.packages) : (kind: EdgeKind) => kind;
  for (const entry of lock.packages.values()) {
    if (entry.link) continue;
    const directories = selfAndParents(entry.path);
    const list: Edge[] = [];
    for (const [name, kind] of entry.dependencies) {
      const found = findInstalled(installed, directories, name);
      const to = found && followLink(lock.packages, found);
      if (to === undefined) unresolved.push({ from: entry.path, name, kind });
      else list.push({ to, kind: kindOf(kind, to) });
    }
    edges.set(entry.path, list);
  }
  return { edges, unresolved };
}

/**
 * Lockfile v1 lists a package's dependencies in `requires` without saying which of them are
 * optionalDependencies. npm's `optional` flag on the installed package says it instead: npm
 * sets it when only optional dependencies lead there. So in v1 an edge to a package flagged
 * optional counts as optional; the needs then come out as npm's flags (fsevents under
 * chokidar, parse5 under @angular/cdk).
 */
function v1EdgeKind(packages: ReadonlyMap<string, LockPackage>): (kind: EdgeKind, to: string) => EdgeKind {
  return (kind, to) => (kind === 'required' && packages.get(to)?.optional === true ? 'optional' : kind);
}

/** Each directory's node_modules as a map from package name to entry: `a/node_modules/@s/b` is `@s/b` in `a`. */
function installedByDirectory(
  packages: ReadonlyMap<string, LockPackage>,
): Map<string, Map<string, LockPackage>> {
  const installed = new Map<string, Map<string, LockPackage>>();
  for (const entry of packages.values()) {
    const at = entry.path.lastIndexOf('node_modules/');
    if (at === -1 || (at > 0 && entry.path[at - 1] !== '/')) continue;
    const directory = at === 0 ? '' : entry.path.slice(0, at - 1);
    const names = installed.get(directory) ?? new Map<string, LockPackage>();
    names.set(entry.path.slice(at + 'node_modules/'.length), entry);
    installed.set(directory, names);
  }
  return installed;
}

/** `a/b/c`, `a/b`, `a`, then the root `''`: where Node looks for a node_modules, nearest first. */
function selfAndParents(path: string): string[] {
  const directories = [path];
  for (let slash = path.lastIndexOf('/'); slash !== -1; slash = path.lastIndexOf('/', slash - 1))
    directories.push(path.slice(0, slash));
  if (path !== '') directories.push('');
  return directories;
}

function findInstalled(
  installed: ReadonlyMap<string, ReadonlyMap<string, LockPackage>>,
  directories: readonly string[],
  name: string,
): LockPackage | undefined {
  for (const directory of directories) {
    const found = installed.get(directory)?.get(name);
    if (found) return found;
  }
  return undefined;
}

function followLink(packages: ReadonlyMap<string, LockPackage>, entry: LockPackage): string | undefined {
  let current = entry;
  for (let hops = 0; current.link; hops++) {
    if (current.target === undefined || hops > 8) return undefined;
    const next = packages.get(current.target);
    if (!next) return current.path;
    current = next;
  }
  return current.path;
}

/**
 * How each package is needed from `starts` (the project's own packages): required when a
 * path of required edges leads to it, optional when every path has an optional edge, dev
 * when only a start's devDependencies lead to it. A package needed in production wins
 * over its dev occurrence. Dev edges count only from the starts, as in npm.
 */
export function computeNeeds(graph: DependencyGraph, starts: readonly string[]): Map<string, Need> {
  const needs = new Map<string, Need>();
  const buckets: string[][] = [[], [], []];
  const reach = (path: string, need: Need) => {
    const known = needs.get(path);
    if (known !== undefined && known <= need) return;
    needs.set(path, need);
    buckets[need]?.push(path);
  };
  const startSet = new Set(starts);
  for (const start of starts) reach(start, 0);
  for (let level = 0; level < 3; level++) {
    const bucket = buckets[level] ?? [];
    for (let index = 0; index < bucket.length; index++) {
      const path = bucket[index] as string;
      if (needs.get(path) !== level) continue;
      for (const edge of graph.edges.get(path) ?? []) {
        if (edge.kind === 'dev' && !startSet.has(path)) continue;
        reach(edge.to, Math.max(level, needOf[edge.kind]) as Need);
      }
    }
  }
  return needs;
}
