import { resolve } from 'node:path';
import {
  type DeferredWorkspace,
  deferWorkspace,
  openWorkspace,
  type Workspace,
  type WorkspaceRequest,
} from '@evident/app';
import { createConsoleLogger } from '@evident/node';
import type { CliIo, GlobalOptions } from './io.js';
import { cliVersion } from './version.js';

/** The directory the command runs in: `-C`, else the working directory. */
export function startDirectory(options: GlobalOptions, io: CliIo): string {
  return resolve(io.cwd, options.cwd ?? '.');
}

/** Opens the workspace from `-C` (or the working directory), logging to the console (stderr). */
export function openCliWorkspace(options: GlobalOptions, io: CliIo): Promise<Workspace> {
  return openWorkspace(workspaceRequest(options, io));
}

/** {@link openCliWorkspace}, deferred until the use case needs the repository. */
export function deferCliWorkspace(options: GlobalOptions, io: CliIo): DeferredWorkspace {
  return deferWorkspace(workspaceRequest(options, io));
}

function workspaceRequest(options: GlobalOptions, io: CliIo): WorkspaceRequest {
  return {
    start: startDirectory(options, io),
    cwd: io.cwd,
    env: io.env,
    logger: createConsoleLogger({
      stream: io.stderr,
      quiet: options.quiet === true,
      verbose: options.verbose === true,
      env: io.env,
    }),
    version: cliVersion(),
  };
}
