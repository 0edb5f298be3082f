import { type Logger, matchesGlob, type Product } from '@evident/core';
import { compareBuild, parse as parseSemver } from 'semver';
import { readManifest } from './package-json.js';
import type { Workspace } from './workspace.js';

/** Each product's version, where its source gives one; a missing source is a warning, not an error. */
export async function resolveVersions(
  products: readonly Product[],
  workspace: Pick<Workspace, 'store' | 'git' | 'logger'>,
): Promise<Record<string, string>> {
  const versions: Record<string, string> = {};
  for (const product of products) {
    const version = await resolveVersion(product, workspace);
    if (version === undefined) {
      workspace.logger.warn(`no version found for product ${product.id}`);
      continue;
    }
    workspace.logger.debug(`product ${product.id}: version ${version} (from ${product.version.from})`);
    versions[product.id] = version;
  }
  return versions;
}

async function resolveVersion(
  product: Product,
  { store, git, logger }: Pick<Workspace, 'store' | 'git' | 'logger'>,
): Promise<string | undefined> {
  const source = product.version;
  switch (source.from) {
    case 'fixed':
      return source.value;
    case 'file':
      if (!(await store.exists(source.path))) return undefined;
      return (await store.readText(source.path)).split('\n', 1)[0]?.trim() || undefined;
    case 'package-json': {
      const manifest = await readManifest(store, source.path, {
        fix: 'repair the JSON, or set the product version source in evident.yml',
      });
      return typeof manifest?.version === 'string' ? manifest.version : undefined;
    }
    case 'git-tag': {
      if (!git) return undefined;
      const names = (await git.tags())
        .map((tag) => tag.name)
        .filter((name) => matchesGlob(source.pattern, name));
      return newestVersionTag(names, literalPrefix(source.pattern), logger);
    }
  }
}

/**
 * The tag with the highest semantic version: 1.0.0-rc.1 before 1.0.0, 1.9.0 before 1.10.0.
 * The version is the name (a leading `v` is allowed, as semver allows it), else the name
 * after the pattern's literal prefix (`release-` of `release-*`). Tags that are not semantic versions cannot be
 * placed in that order, so they are ignored (said in the debug log) rather than guessed at.
 */
export function newestVersionTag(
  names: readonly string[],
  prefix: string,
  logger?: Logger,
): string | undefined {
  const versions = names.flatMap((name) => {
    const version =
      parseSemver(name) ?? (name.startsWith(prefix) ? parseSemver(name.slice(prefix.length)) : null);
    return version === null ? [] : [{ name, version }];
  });
  const ignored = names.filter((name) => !versions.some((tag) => tag.name === name));
  if (ignored.length > 0) logger?.debug(`tags ignored, not semantic versions: ${ignored.join(', ')}`);
  // Equal versions (v1.0.0 and 1.0.0, or builds) fall back to the name, so the choice is stable.
  versions.sort(
    (a, b) => compareBuild(a.version, b.version) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return versions.at(-1)?.name;
}

/** The text of a glob before its first wildcard. */
function literalPrefix(glob: string): string {
  const wildcard = glob.search(/[*?]/);
  return wildcard === -1 ? glob : glob.slice(0, wildcard);
}
