import path from 'node:path';
import type { Clock, TimeSource } from '@evident/core';
import type { RepositoryState } from '@evident/evidence';
import { createClock, publicRemoteUrl } from '@evident/node';
import type { Workspace } from './workspace.js';

/**
 * Commit, ref, the remote's public URL and whether the working tree differs from the commit.
 * `output`, the directory the command is about to replace, does not count as a change: the
 * pack's own earlier output inside the repository would otherwise make every second run dirty,
 * and it is not an input of the pack.
 */
export async function readRepositoryState(
  { git, repositoryRoot }: Pick<Workspace, 'git' | 'repositoryRoot'>,
  output?: string,
): Promise<RepositoryState> {
  if (!git || repositoryRoot === undefined || !(await git.hasCommits())) return { dirty: false };
  const root = repositoryRoot;
  const [head, url, changed] = await Promise.all([git.head(), git.remoteUrl(), git.uncommittedPaths()]);
  const excluded = output === undefined ? undefined : path.relative(root, output).split(path.sep).join('/');
  const dirty = changed.some((file) => !isAtOrBelow(file, excluded));
  const publicUrl = url === undefined ? undefined : publicRemoteUrl(url);
  return {
    commit: head.commit,
    dirty,
    ...(head.ref === undefined ? {} : { ref: head.ref }),
    ...(publicUrl === undefined ? {} : { url: publicUrl }),
  };
}

/** True when `file` (`/`-separated, relative to the root) is `directory` or inside it. */
function isAtOrBelow(file: string, directory: string | undefined): boolean {
  if (directory === undefined || directory === '' || directory.startsWith('..')) return false;
  return file === directory || file.startsWith(`${directory}/`);
}

/** The run's clock and where its time comes from (see {@link runTime}). */
export interface RunTime {
  readonly clock: Clock;
  readonly source: TimeSource;
}

/**
 * The run's clock: SOURCE_DATE_EPOCH when set, else the commit time, so that the same
 * input gives the same bytes. Without a commit, the wall clock, with a warning. Asked once
 * per run, through {@link Workspace.time}.
 */
export async function runTime(
  workspace: Pick<Workspace, 'git' | 'logger'>,
  env: Readonly<Record<string, string | undefined>>,
): Promise<RunTime> {
  if (env.SOURCE_DATE_EPOCH) {
    workspace.logger.debug(`time: SOURCE_DATE_EPOCH=${env.SOURCE_DATE_EPOCH}`);
    return { clock: createClock({ env, fallback: new Date(0) }), source: 'SOURCE_DATE_EPOCH' };
  }
  const committed = await workspace.git?.headCommitTime();
  if (committed) {
    workspace.logger.debug(`time: the commit time of HEAD, ${committed.toISOString()}`);
    return { clock: createClock({ env, fallback: committed }), source: 'commit' };
  }
  workspace.logger.warn(
    'no commit and no SOURCE_DATE_EPOCH: outputs carry the current time and are not reproducible',
  );
  return {
    clock: createClock({ env, fallback: new Date(Math.floor(Date.now() / 1000) * 1000) }),
    source: 'clock',
  };
}
