import type { Clock } from '@evident/core';
import type { RepositoryState } from '@evident/evidence';
import { createClock } from '@evident/node';
import type { Workspace } from './workspace.js';

/** Commit, ref, remote and whether tracked files have uncommitted changes. */
export async function readRepositoryState({ git }: Workspace): Promise<RepositoryState> {
  if (!git || !(await git.hasCommits())) return { dirty: false };
  const [head, url, dirty] = await Promise.all([git.head(), git.remoteUrl(), git.isDirty()]);
  return {
    commit: head.commit,
    dirty,
    ...(head.ref === undefined ? {} : { ref: head.ref }),
    ...(url === undefined ? {} : { url }),
  };
}

/**
 * The run's clock: SOURCE_DATE_EPOCH when set, else the commit time, so that the same
 * input gives the same bytes. Without a commit, the wall clock, with a warning.
 */
export async function runClock(
  workspace: Workspace,
  env: Readonly<Record<string, string | undefined>>,
): Promise<Clock> {
  if (env.SOURCE_DATE_EPOCH) {
    workspace.logger.debug(`time: SOURCE_DATE_EPOCH=${env.SOURCE_DATE_EPOCH}`);
    return createClock({ env, fallback: new Date(0) });
  }
  const committed = await workspace.git?.headCommitTime();
  if (committed) {
    workspace.logger.debug(`time: the commit time of HEAD, ${committed.toISOString()}`);
    return createClock({ env, fallback: committed });
  }
  workspace.logger.warn(
    'no commit and no SOURCE_DATE_EPOCH: outputs carry the current time and are not reproducible',
  );
  return createClock({ env, fallback: new Date(Math.floor(Date.now() / 1000) * 1000) });
}
