import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  ConfigurationError,
  configFileName,
  type FileStore,
  isUserError,
  type Logger,
  loadConfig,
  matchesGlob,
  type Product,
  type ResolvedConfig,
  UsageError,
} from '@evident/core';
import { createConsoleLogger, createFileStore, createGit, type Git } from '@evident/node';
import { compareBuild, parse as parseSemver } from 'semver';
import type { CliIo, GlobalOptions } from './io.js';

/** The repository a command works on, with its adapters. */
export interface Workspace {
  /** Absolute root: the git top directory, else the working directory. */
  readonly root: string;
  readonly store: FileStore;
  /** Undefined outside a git repository. */
  readonly git: Git | undefined;
  readonly logger: Logger;
}

/**
 * Opens the workspace at `-C` (or the current directory). The logger defaults to the console;
 * the actions pass their own, which turns located messages into annotations.
 */
export async function openWorkspace(options: GlobalOptions, io: CliIo, logger?: Logger): Promise<Workspace> {
  const start = resolve(io.cwd, options.cwd ?? '.');
  const info = await stat(start).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new UsageError(`${start} is not a directory`, { fix: 'pass an existing directory to -C/--cwd' });
  }
  const git = createGit(start, { env: { ...io.env } as NodeJS.ProcessEnv });
  const topLevel = await git.topLevel();
  const root = topLevel ?? start;
  const workspace = {
    root,
    store: createFileStore(root),
    git: topLevel === undefined ? undefined : git,
    logger: logger ?? createConsoleLogger(consoleOptions(options, io)),
  };
  workspace.logger.debug(
    topLevel === undefined ? `workspace ${root} (not a git repository)` : `workspace ${root} (git top level)`,
  );
  return workspace;
}

function consoleOptions(options: GlobalOptions, io: CliIo) {
  return { stream: io.stderr, quiet: options.quiet === true, verbose: options.verbose === true, env: io.env };
}

/**
 * Loads evident.yml and checks, on disk, that every configured path that exists stays
 * inside the repository (a symlink out of it is refused at the line that names it).
 */
export async function loadWorkspaceConfig(workspace: Workspace): Promise<ResolvedConfig> {
  if (!(await workspace.store.exists(configFileName))) {
    throw new ConfigurationError(`no ${configFileName} in ${workspace.root}`, {
      fix: 'run `evident init` to create one, or pass -C with the repository directory',
    });
  }
  const config = loadConfig(await workspace.store.readText(configFileName), configFileName);
  workspace.logger.debug(
    `${configFileName}: ${config.products.length} product(s): ${config.products.map((product) => product.id).join(', ')}`,
  );
  const paths = new Set([
    ...config.locations.keys(),
    ...config.products.flatMap((product) => Object.values(product.paths)),
  ]);
  for (const path of paths) {
    try {
      await workspace.store.exists(path);
    } catch (error) {
      if (!isUserError(error)) throw error;
      throw new ConfigurationError(`${path}: ${error.message}`, {
        location: config.locations.get(path) ?? { file: configFileName },
        fix: 'point the setting at a path inside the repository, or replace the symlink with the real files',
        cause: error,
      });
    }
  }
  return config;
}

/** Each product's version, where its source gives one; a missing source is a warning, not an error. */
export async function resolveVersions(
  products: readonly Product[],
  workspace: Workspace,
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
  { store, git, logger }: Workspace,
): Promise<string | undefined> {
  const source = product.version;
  switch (source.from) {
    case 'fixed':
      return source.value;
    case 'file':
      if (!(await store.exists(source.path))) return undefined;
      return (await store.readText(source.path)).split('\n', 1)[0]?.trim() || undefined;
    case 'package-json': {
      if (!(await store.exists(source.path))) return undefined;
      const manifest = parseJson(await store.readText(source.path), source.path);
      return typeof manifest.version === 'string' ? manifest.version : undefined;
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

function parseJson(text: string, file: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch (error) {
    throw new ConfigurationError(`${file} is not valid JSON: ${(error as Error).message}`, {
      location: { file },
      fix: 'repair the JSON, or set the product version source in evident.yml',
    });
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
