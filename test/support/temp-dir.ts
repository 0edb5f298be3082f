import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/**
 * Registers cleanup and returns a factory of fresh temp directories (real paths, so that
 * comparisons with realpath results hold); every directory is removed after each test.
 */
export function useTempDirs(): () => Promise<string> {
  const created: string[] = [];
  afterEach(async () => {
    await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await realpath(await mkdtemp(path.join(tmpdir(), 'evident-test-')));
    created.push(dir);
    return dir;
  };
}
