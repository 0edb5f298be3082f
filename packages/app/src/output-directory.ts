import { homedir } from 'node:os';
import { type OutputDirectory, type OutputKind, openOutputDirectory } from '@evident/node';
import type { Workspace } from './workspace.js';

/** What a directory-writing use case tells {@link openCommandOutput}. */
export interface CommandOutput {
  readonly kind: OutputKind;
  readonly force: boolean;
  readonly workspace: Workspace;
  /** The use case has a force parameter, so a refusal may offer it; default true. */
  readonly forceOption?: boolean;
}

/**
 * Checks the directory a use case replaces against the one rule of `@evident/node`'s
 * openOutputDirectory, with the places this run must never delete: the repository, the
 * working and start directories and the home directory.
 */
export function openCommandOutput(output: string, request: CommandOutput): Promise<OutputDirectory> {
  const { workspace } = request;
  // The home directory the run's environment names, else the account's.
  const home = workspace.env.HOME || homedir();
  return openOutputDirectory({
    path: output,
    kind: request.kind,
    force: request.force,
    cwd: workspace.cwd,
    start: workspace.start,
    home,
    ...(workspace.repositoryRoot === undefined ? {} : { repositoryRoot: workspace.repositoryRoot }),
    ...(request.forceOption === undefined ? {} : { forceOption: request.forceOption }),
    logger: workspace.logger,
    env: { ...workspace.env } as NodeJS.ProcessEnv,
  });
}
