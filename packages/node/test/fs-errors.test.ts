import { mkdir, open, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, PermissionError } from '@evident/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../test/support/temp-dir.js';
import { toUserError } from '../src/fs-errors.js';

const makeTempDir = useTempDirs();
let dir: string;

beforeEach(async () => {
  dir = await makeTempDir();
});

/** The error a real file-system call fails with. */
async function failure(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

/**
 * An errno error as Node makes it, for the codes a test cannot cause without a mount or a
 * resource limit (test/hostile/io-faults.test.ts causes them for real, end to end).
 */
function systemError(code: string, syscall: string, file: string): Error {
  return Object.assign(new Error(`${code}: ${syscall} '${file}'`), { code, syscall, path: file });
}

describe('toUserError: the faults a user can act on, in words, with a fix', () => {
  it('says the disk is full (ENOSPC, from writing to /dev/full)', async () => {
    const error = await failure(async () => {
      const handle = await open('/dev/full', 'w');
      try {
        await handle.writeFile('x');
      } finally {
        await handle.close();
      }
    });
    const mapped = toUserError(error, 'write', '/out/pack.json');
    expect(mapped).toBeInstanceOf(InputError);
    expect((mapped as InputError).message).toBe(
      'cannot write "/out/pack.json": the disk is full (no space left on the file system)',
    );
    expect((mapped as InputError).fix).toMatch(/free space/);
  });

  it('says a name is longer than the file system allows, and how long it is', async () => {
    const target = path.join(dir, 'n'.repeat(300));
    const mapped = toUserError(await failure(() => writeFile(target, 'x')), 'write', target) as InputError;
    expect(mapped).toBeInstanceOf(InputError);
    expect(mapped.message).toBe(
      `cannot write "${target}": a name in it is 300 bytes, longer than the file system allows (255 bytes)`,
    );
    expect(mapped.fix).toMatch(/shorter name/);
  });

  it('names the regular file a directory was to be created below (ENOTDIR)', async () => {
    const file = path.join(dir, 'report.json');
    await writeFile(file, '{}');
    const target = path.join(file, 'out', 'pack');
    const mapped = toUserError(
      await failure(() => mkdir(target, { recursive: true })),
      'create the directory',
      target,
    ) as InputError;
    expect(mapped).toBeInstanceOf(InputError);
    expect(mapped.message).toContain(`"${file}" is a regular file, not a directory`);
    expect(mapped.fix).toContain(file);
  });

  it('names the file that takes the place of a directory (EEXIST)', async () => {
    const file = path.join(dir, 'out');
    await writeFile(file, 'the user’s');
    const mapped = toUserError(await failure(() => mkdir(file)), 'create the directory', file) as InputError;
    expect(mapped.message).toContain(`"${file}" is a regular file, not a directory`);
  });

  it('says the links of a path loop (ELOOP)', async () => {
    const loop = path.join(dir, 'loop');
    await symlink('loop', loop);
    const target = path.join(loop, 'pack.json');
    const mapped = toUserError(await failure(() => writeFile(target, 'x')), 'write', target) as InputError;
    expect(mapped).toBeInstanceOf(InputError);
    expect(mapped.message).toContain('symbolic links form a loop');
  });

  it.each([
    ['EFBIG', InputError, 'the file is larger than the file-size limit', /ulimit -f/],
    ['EDQUOT', InputError, 'disk quota', /quota/],
    ['EROFS', PermissionError, 'read-only file system', /writable file system/],
  ] as const)('maps %s', (code, type, reason, fix) => {
    const mapped = toUserError(systemError(code, 'write', '/out/a.json'), 'write', '/out/a.json');
    expect(mapped).toBeInstanceOf(type);
    expect((mapped as InputError).message).toContain('"/out/a.json"');
    expect((mapped as InputError).message).toContain(reason);
    expect((mapped as InputError).fix).toMatch(fix);
  });
});
