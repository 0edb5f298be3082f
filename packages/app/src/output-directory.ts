import { homedir } from 'node:os';
import {
  type OutputDirectory,
  type OutputKind,
  type OutputOptionNames,
  openOutputDirectory,
} from '@evident/node';
import type { CliIo } from './io.js';
import type { Workspace } from './workspace.js';

/** How the CLI's fixes name its output options; the actions pass their inputs' names instead. */
export const cliOutputOptions: OutputOptionNames = { output: '-o/--output', force: 'pass --force' };

/** What a directory-writing command tells {@link openCommandOutput}. */
export interface CommandOutput {
  readonly kind: OutputKind;
  readonly force: boolean;
  readonly io: CliIo;
  readonly workspace: Workspace;
  /** The directory -C names (or cwd): protected as the working directory is. */
  readonly start: string;
  /** Default {@link cliOutputOptions}; a command without --force passes names without it. */
  readonly names?: OutputOptionNames;
}

/**
 * Checks the directory a command replaces against the one rule of `@evident/node`'s
 * openOutputDirectory, with the places this run must never delete: the repository, the
 * working directory and the home directory.
 */
export function openCommandOutput(output: string, request: CommandOutput): Promise<OutputDirectory> {
  const { workspace, io } = request;
  // The home directory the run's environment names, else the account's.
  const home = io.env.HOME || homedir();
  return openOutputDirectory({
    path: output,
    kind: request.kind,
    force: request.force,
    cwd: io.cwd,
    start: request.start,
    home,
    ...(workspace.git === undefined ? {} : { repositoryRoot: workspace.root }),
    names: request.names ?? cliOutputOptions,
    logger: workspace.logger,
    env: { ...io.env } as NodeJS.ProcessEnv,
  });
}
