import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  ConfigurationError,
  configFileName,
  type DeclaredComponent,
  type FileStore,
  isUserError,
  type Logger,
  loadConfig,
  type ResolvedConfig,
  UsageError,
} from '@evident/core';
import { createFileStore, createGit, type Git } from '@evident/node';
import { listDeclaredComponents } from './declared-components.js';
import { type RunTime, runTime } from './repository.js';
import { builtinTemplateDirectory } from './templates.js';
import { resolveVersions } from './versions.js';

/** The environment a run sees (the process's, or a test's). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** Where a face opens the workspace from, and the services it brings. */
export interface WorkspaceRequest {
  /**
   * The directory the user works in, absolute: the CLI's working directory or `-C`, an
   * action's workspace joined with `working-directory`. The user's relative file names
   * resolve against it.
   */
  readonly start: string;
  /** The process's working directory: outputs never replace it; messages show paths relative to it. */
  readonly cwd: string;
  readonly env: Environment;
  /** The console in the CLI; annotations in an action. */
  readonly logger: Logger;
  /** Evident's version, written into what the use cases generate. */
  readonly version: string;
  /** Where the built-in templates are (a bundle copies them beside itself); default the repository's. */
  readonly templateDirectory?: string;
}

/**
 * The repository a use case works on, found one way for every command (see
 * {@link openWorkspace}), with its adapters and the product context, each loaded once.
 */
export interface Workspace {
  /** The directory that holds evident.yml; without one, the git top level, else {@link start}. */
  readonly root: string;
  /** See {@link WorkspaceRequest.start}. */
  readonly start: string;
  /** See {@link WorkspaceRequest.cwd}. */
  readonly cwd: string;
  readonly env: Environment;
  /** Files below {@link root}, refusing links out of it. */
  readonly store: FileStore;
  /** Undefined outside a git repository. */
  readonly git: Git | undefined;
  /** The git top level; undefined outside a git repository. */
  readonly repositoryRoot: string | undefined;
  readonly logger: Logger;
  readonly version: string;
  readonly templateDirectory: string;
  /** evident.yml, loaded and checked once; undefined when the root holds none. */
  config(): Promise<ResolvedConfig | undefined>;
  /** evident.yml; a ConfigurationError when there is none. */
  requireConfig(): Promise<ResolvedConfig>;
  /** Each configured product's version, where its source gives one (resolved once). */
  versions(): Promise<Record<string, string>>;
  /** The components a configured product declares, inline and from its componentsFile (read once). */
  declaredComponents(productIndex: number): Promise<DeclaredComponent[]>;
  /** The run's clock and where its time comes from (asked once). */
  time(): Promise<RunTime>;
}

/**
 * The one workspace rule: from the start directory, the nearest directory holding evident.yml,
 * looking up to the git top level (outside git, up to the file-system root); without one, the
 * git top level, else the start. So every command finds the same evident.yml, and the model it
 * names, from any subdirectory, and a repository may still hold several product sets below its
 * root (examples, product lines), each with its own evident.yml.
 */
export async function openWorkspace(request: WorkspaceRequest): Promise<Workspace> {
  const { start, logger } = request;
  const info = await stat(start).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new UsageError(`${start} is not a directory`, {
      fix: (terms) => `pass an existing directory to ${terms.name('cwd')}`,
      hint: { parameter: 'cwd' },
    });
  }
  const git = createGit(start, { env: { ...request.env } as NodeJS.ProcessEnv });
  const topLevel = await git.topLevel();
  const configured = await findConfigDirectory(start, topLevel);
  const root = configured ?? topLevel ?? start;
  logger.debug(describeRoot(root, topLevel));
  return createWorkspace(request, root, topLevel === undefined ? undefined : git, topLevel);
}

/**
 * A workspace opened only when the use case needs the repository: `advisory validate` reads
 * the files the user names and needs the repository (its dictionary) only for the spell
 * check, so it runs where git is missing or refuses the directory.
 */
export interface DeferredWorkspace {
  readonly start: string;
  readonly env: Environment;
  /** Opens the workspace (once). */
  open(): Promise<Workspace>;
}

/** Defers {@link openWorkspace} until {@link DeferredWorkspace.open} is called. */
export function deferWorkspace(request: WorkspaceRequest): DeferredWorkspace {
  let opened: Promise<Workspace> | undefined;
  return {
    start: request.start,
    env: request.env,
    open: () => {
      opened ??= openWorkspace(request);
      return opened;
    },
  };
}

function describeRoot(root: string, topLevel: string | undefined): string {
  if (topLevel === undefined) return `workspace ${root} (not a git repository)`;
  return root === topLevel
    ? `workspace ${root} (git top level)`
    : `workspace ${root} (its ${configFileName}, below the git top level ${topLevel})`;
}

/** The nearest directory from `start` up to `topLevel` (or the file-system root) that holds evident.yml. */
async function findConfigDirectory(start: string, topLevel: string | undefined): Promise<string | undefined> {
  let directory = start;
  for (;;) {
    const config = await stat(path.join(directory, configFileName)).catch(() => undefined);
    if (config?.isFile()) return directory;
    if (topLevel !== undefined && (directory === topLevel || (await realpath(directory)) === topLevel)) {
      return undefined;
    }
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

function createWorkspace(
  request: WorkspaceRequest,
  root: string,
  git: Git | undefined,
  topLevel: string | undefined,
): Workspace {
  const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
    let loaded: Promise<T> | undefined;
    return () => {
      loaded ??= load();
      return loaded;
    };
  };
  const declared = new Map<number, Promise<DeclaredComponent[]>>();
  const workspace: Workspace = {
    root,
    start: request.start,
    cwd: request.cwd,
    env: request.env,
    store: createFileStore(root),
    git,
    repositoryRoot: topLevel,
    logger: request.logger,
    version: request.version,
    templateDirectory: request.templateDirectory ?? builtinTemplateDirectory,
    config: once(async () =>
      (await workspace.store.exists(configFileName)) ? loadWorkspaceConfig(workspace) : undefined,
    ),
    requireConfig: async () => {
      const config = await workspace.config();
      if (config === undefined) {
        throw new ConfigurationError(`no ${configFileName} in ${root}`, {
          fix: (terms) => `run \`evident init\` to create one, or ${terms.instruct('cwd')}`,
          hint: { parameter: 'cwd' },
        });
      }
      return config;
    },
    versions: once(async () => resolveVersions((await workspace.requireConfig()).products, workspace)),
    declaredComponents: (index) => {
      let entries = declared.get(index);
      if (entries === undefined) {
        entries = workspace
          .requireConfig()
          .then((config) => listDeclaredComponents(workspace, config, index));
        declared.set(index, entries);
      }
      return entries;
    },
    time: once(() => runTime(workspace, request.env)),
  };
  return workspace;
}

/**
 * Loads evident.yml and checks, on disk, that every configured path that exists stays
 * inside the repository (a symlink out of it is refused at the line that names it).
 */
async function loadWorkspaceConfig(workspace: Workspace): Promise<ResolvedConfig> {
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
