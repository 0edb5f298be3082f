import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkspace, type Workspace } from '@evident/app';
import { UsageError } from '@evident/core';
import type { ActionsLogger } from './logger.js';
import { resolveInputPath } from './paths.js';
import { evidentVersion } from './version.js';

// A bundle carries the built-in templates beside itself (dist/templates); from source, the
// app finds the repository's.
const bundledTemplates = fileURLToPath(new URL('./templates/', import.meta.url));

/** What an action opens its workspace from. */
export interface ActionWorkspaceRequest {
  /** The absolute GITHUB_WORKSPACE. */
  readonly workspace: string;
  /** The `working-directory` input, relative to the workspace. */
  readonly workingDirectory: string;
  readonly logger: ActionsLogger;
  /** What the folder should hold, for the fix of a missing one: "evident.yml", "the lockfile". */
  readonly holds: string;
}

/**
 * The app's workspace, from the workspace joined with `working-directory`: the same rule the
 * CLI applies from its working directory or -C.
 */
export async function openActionWorkspace(request: ActionWorkspaceRequest): Promise<Workspace> {
  // working-directory stays inside the workspace (symbolic links included): see resolveInputPath.
  await resolveInputPath(request.workspace, 'working-directory', request.workingDirectory);
  const start = path.resolve(request.workspace, request.workingDirectory);
  if (!existsSync(start)) {
    throw new UsageError(`working-directory ${request.workingDirectory} is not in the workspace`, {
      fix: `set working-directory to the folder of the checkout that holds ${request.holds}`,
      hint: { parameter: 'cwd' },
    });
  }
  return openWorkspace({
    start,
    cwd: request.workspace,
    env: process.env,
    logger: request.logger,
    version: evidentVersion(),
    ...(existsSync(bundledTemplates) ? { templateDirectory: bundledTemplates } : {}),
  });
}
