import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '@evident/core';
import { describe, expect, it } from 'vitest';
import { mountRefusal, mountSmallFileSystem } from '../../../test/support/small-fs.js';
import { useTempDirs } from '../../../test/support/temp-dir.js';
import { lockFile } from '../src/index.js';

const makeTempDir = useTempDirs();

describe('lockFile', () => {
  it('lets one holder at a time in, and leaves nothing behind on release', async () => {
    const directory = await makeTempDir();
    const target = path.join(directory, 'a.yml');
    await writeFile(target, 'id: X\n');
    const lock = await lockFile(target, 'a.yml');
    expect(await readFile(lock.path, 'utf8')).toBe(`${process.pid}\n`);
    const refused = await lockFile(target, 'a.yml').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InputError);
    expect((refused as InputError).message).toBe(
      `another evident run (pid ${process.pid}) is changing this file`,
    );
    expect((refused as InputError).location).toEqual({ file: 'a.yml' });
    await lock.release();
    expect(await readdir(directory)).toEqual(['a.yml']);
    await (await lockFile(target, 'a.yml')).release();
  });

  it('reports a lock whose owner is gone, with its removal as the fix, and keeps it', async () => {
    const directory = await makeTempDir();
    const target = path.join(directory, 'a.yml');
    await writeFile(`${target}.lock`, '999999999\n');
    const error = (await lockFile(target, 'a.yml').catch((caught: unknown) => caught)) as InputError;
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      'a.yml.lock is left from a run that ended without removing it (pid 999999999)',
    );
    expect(error.fix).toBe(
      'make sure no evident run is changing a.yml, then delete a.yml.lock and run again',
    );
    expect(await readFile(`${target}.lock`, 'utf8')).toBe('999999999\n');
  });

  it('on a disk with no room for the pid, says so and leaves no lock behind', async () => {
    if (mountRefusal !== undefined) {
      console.log(`skipped: ${mountRefusal}`);
      return;
    }
    const disk = mountSmallFileSystem('64k');
    try {
      const target = path.join(disk.path, 'a.yml');
      await writeFile(target, 'id: X\n');
      await disk.fill(0);
      const error = (await lockFile(target, 'a.yml').catch((caught: unknown) => caught)) as InputError;
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toContain('a.yml.lock');
      expect(error.message).toContain('no space left');
      expect((await readdir(disk.path)).sort()).toEqual(['a.yml', 'filler']);
    } finally {
      disk.unmount();
    }
  });
});
