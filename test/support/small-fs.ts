import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, writeSync } from 'node:fs';
import { truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Real small file systems for I/O-fault tests: a tmpfs mounted on a temp directory, filled up
 * or remounted read-only. Mounting needs root (CAP_SYS_ADMIN); CI runs as root, a developer's
 * machine may not, so {@link mountRefusal} says why the tests that need it skip.
 */

/** Why tmpfs cannot be mounted here (printed by the skipping tests), or undefined when it can. */
export const mountRefusal: string | undefined = probeMount();

/** Why `prlimit` (util-linux) cannot lower the file-size limit of a child here, or undefined. */
export const prlimitRefusal: string | undefined = probe(() => {
  execFileSync('prlimit', ['--fsize=1048576', '--', 'true'], { stdio: 'pipe' });
}, 'prlimit --fsize');

/** A mounted tmpfs; `unmount` is idempotent. */
export interface SmallFileSystem {
  readonly path: string;
  /** Fills the free space with the file `filler` at the root, leaving `freeBytes` (a multiple of 4096). */
  fill(freeBytes?: number): Promise<void>;
  readOnly(): void;
  unmount(): void;
}

/** Mounts a tmpfs of `size` (mount's syntax: "4m", "64k") on a fresh temp directory. */
export function mountSmallFileSystem(size: string): SmallFileSystem {
  const directory = mkdtempSync(path.join(tmpdir(), 'evident-fs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', directory], {
    stdio: 'pipe',
  });
  let mounted = true;
  return {
    path: directory,
    fill: (freeBytes = 0) => fill(path.join(directory, 'filler'), freeBytes),
    readOnly: () => {
      execFileSync('mount', ['-o', 'remount,ro', directory], { stdio: 'pipe' });
    },
    unmount: () => {
      if (!mounted) return;
      execFileSync('umount', [directory], { stdio: 'pipe' });
      mounted = false;
      rmdirSync(directory);
    },
  };
}

/** Writes until the file system is full, then gives back `freeBytes` (tmpfs counts whole pages). */
async function fill(file: string, freeBytes: number): Promise<void> {
  const chunk = Buffer.alloc(4096, 0x2e);
  const descriptor = openSync(file, 'w');
  let written = 0;
  try {
    for (;;) written += writeSync(descriptor, chunk);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(descriptor);
  }
  // A partly written last page still takes a whole one: count pages, not bytes.
  const used = Math.ceil(written / 4096) * 4096;
  if (freeBytes > used) throw new Error(`cannot leave ${freeBytes} bytes free: only ${used} were`);
  await truncate(file, used - freeBytes);
}

function probeMount(): string | undefined {
  let directory: string | undefined;
  try {
    directory = mkdtempSync(path.join(tmpdir(), 'evident-probe-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4k', 'tmpfs', directory], { stdio: 'pipe' });
    execFileSync('umount', [directory], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return `mounting a tmpfs is refused here (${stderr || String(error)}); these tests need root`;
  } finally {
    if (directory !== undefined) rmdirSync(directory);
  }
}

function probe(action: () => void, what: string): string | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    return `${what} is not available here (${String(error)})`;
  }
}
