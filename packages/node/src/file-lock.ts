import { unlinkSync } from 'node:fs';
import { open, readFile, unlink } from 'node:fs/promises';
import { InputError } from '@evident/core';
import { errorCode, toUserError } from './fs-errors.js';

/** A lock held on a file; release it when done (the process's exit releases it too). */
export interface FileLock {
  /** Where the lock file is. */
  readonly path: string;
  release(): Promise<void>;
}

/**
 * Takes an exclusive lock on `target` for a read-modify-write: a lock file `<target>.lock`
 * beside it, created with O_EXCL (exactly one process can create it) and holding the owner's
 * pid. Two runs that would each add a revision to what they read therefore never both write:
 * the second is refused (InputError, exit 2) while the first holds the lock. A lock whose
 * owner is gone (killed) is reported with its removal as the fix, never removed silently:
 * its owner may be on another machine sharing the directory. `shown` names the file in messages.
 */
export async function lockFile(target: string, shown: string): Promise<FileLock> {
  const path = `${target}.lock`;
  const shownLock = `${shown}.lock`;
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') throw await heldError(path, shown, shownLock);
    throw toUserError(error, 'create the lock file', shownLock);
  }
  try {
    await handle.writeFile(`${process.pid}\n`);
  } catch (error) {
    // A full disk can take the name but not the pid: leave no lock behind.
    await handle.close();
    await unlink(path).catch(() => {});
    throw toUserError(error, 'write the lock file', shownLock);
  }
  await handle.close();
  // A process.exit() skips `finally` blocks; the lock must not outlive the run.
  const onExit = () => removeQuietly(path);
  process.once('exit', onExit);
  return {
    path,
    release: async () => {
      process.off('exit', onExit);
      await unlink(path).catch(() => {});
    },
  };
}

async function heldError(path: string, shown: string, shownLock: string): Promise<InputError> {
  const owner = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
  // An empty lock is one being created right now: its owner is alive.
  if (Number.isInteger(owner) && owner > 0 && !isAlive(owner)) {
    return new InputError(`${shownLock} is left from a run that ended without removing it (pid ${owner})`, {
      location: { file: shown },
      fix: `make sure no evident run is changing ${shown}, then delete ${shownLock} and run again`,
    });
  }
  return new InputError(
    `another evident run${Number.isInteger(owner) ? ` (pid ${owner})` : ''} is changing this file`,
    {
      location: { file: shown },
      fix: 'run again when it has finished: each run adds its revision to what the other one wrote',
    },
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, it is someone else's.
    return errorCode(error) === 'EPERM';
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone: nothing to release.
  }
}
