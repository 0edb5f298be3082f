import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, type WritableFileStore } from '@evident/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../test/support/temp-dir.js';
import {
  createFileStore,
  DEFAULT_MAX_BYTES,
  readRegularFile,
  readRegularText,
  resolveInside,
} from '../src/index.js';
import { findInvalidUtf8 } from '../src/utf8.js';

const makeTempDir = useTempDirs();

let root: string;
let outside: string;
let store: WritableFileStore;

beforeEach(async () => {
  root = await makeTempDir();
  outside = await makeTempDir();
  await writeFile(path.join(outside, 'secret.txt'), 'secret');
  await mkdir(path.join(root, 'docs', 'deep'), { recursive: true });
  await writeFile(path.join(root, 'docs', 'a.txt'), 'alpha');
  await writeFile(path.join(root, 'docs', 'deep', 'b.txt'), 'beta');
  store = createFileStore(root);
});

/** Runs `action`, expects an InputError, and returns it for closer checks. */
async function expectInputError(action: () => Promise<unknown>): Promise<InputError> {
  const error = await action().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('createFileStore: reading inside the root', () => {
  it('reads text and bytes by root-relative path', async () => {
    expect(await store.readText('docs/a.txt')).toBe('alpha');
    expect(new TextDecoder().decode(await store.readBytes('docs/deep/b.txt'))).toBe('beta');
    expect(store.root).toBe(root);
  });

  it('accepts ".." that stays inside the root', async () => {
    expect(await store.readText('docs/deep/../a.txt')).toBe('alpha');
  });

  it('answers exists for present and missing files', async () => {
    expect(await store.exists('docs/a.txt')).toBe(true);
    expect(await store.exists('docs/missing.txt')).toBe(false);
    expect(await store.exists('missing-dir/missing.txt')).toBe(false);
  });

  it('reports a missing file as "not found"', async () => {
    const error = await expectInputError(() => store.readText('docs/missing.txt'));
    expect(error.message).toBe('not found');
    expect(error.location).toEqual({ file: 'docs/missing.txt' });
    expect(error.fix).toBe('check the path; it is relative to the repository root');
  });

  it('refuses to read a directory', async () => {
    const error = await expectInputError(() => store.readBytes('docs'));
    expect(error.message).toBe('a directory, not a file');
  });

  it('refuses a FIFO without blocking on it', async () => {
    execFileSync('mkfifo', [path.join(root, 'pipe')]);
    const error = await expectInputError(() => store.readText('pipe'));
    expect(error.message).toContain('not a regular file');
    expect(error.location).toEqual({ file: 'pipe' });
  });
});

describe('readRegularFile: a file named by the user, wherever it is', () => {
  it.each(['/dev/zero', '/dev/urandom', '/dev/null'])(
    'refuses the device %s at once, naming it',
    async (device) => {
      const error = await expectInputError(() => readRegularFile(device, device));
      expect(error.message).toBe('not a regular file (a device, pipe or socket)');
      expect(error.location).toEqual({ file: device });
    },
  );

  it('refuses a FIFO with no writer, and a link to one, without blocking', async () => {
    const dir = await makeTempDir();
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    await symlink(path.join(dir, 'pipe'), path.join(dir, 'link'));
    for (const name of ['pipe', 'link']) {
      const error = await expectInputError(() => readRegularText(path.join(dir, name), name));
      expect(error.location).toEqual({ file: name });
    }
  });

  it('refuses a file above the limit before reading it, and locates invalid UTF-8', async () => {
    const dir = await makeTempDir();
    await writeFile(path.join(dir, 'big'), 'x'.repeat(11));
    const big = await expectInputError(() => readRegularFile(path.join(dir, 'big'), 'big', { maxBytes: 10 }));
    expect(big.message).toBe('11 bytes, more than the limit of 10 bytes');
    await writeFile(path.join(dir, 'bad'), Buffer.from([0x61, 0x0a, 0x62, 0xff]));
    const bad = await expectInputError(() => readRegularText(path.join(dir, 'bad'), 'bad'));
    expect(bad.location).toEqual({ file: 'bad', line: 2, column: 2 });
  });
});

describe('createFileStore: paths escaping the root', () => {
  it.each(['../secret.txt', 'docs/../../secret.txt', '..', 'docs/deep/../../..'])(
    'refuses %s',
    async (escaping) => {
      const error = await expectInputError(() => store.readText(escaping));
      expect(error.message).toContain(`"${escaping}"`);
      expect(error.fix).toBe(`use a path inside the repository ${root}`);
    },
  );

  it('refuses absolute paths, even ones inside the root', async () => {
    for (const absolute of ['/etc/passwd', path.join(root, 'docs', 'a.txt')]) {
      const error = await expectInputError(() => store.readText(absolute));
      expect(error.message).toContain(`"${absolute}" is absolute`);
      expect(error.fix).toContain(root);
    }
  });

  it('refuses a symlinked file whose target is outside', async () => {
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'leak.txt'));
    for (const action of [() => store.readText('leak.txt'), () => store.exists('leak.txt')]) {
      const error = await expectInputError(action);
      expect(error.message).toContain('"leak.txt"');
      expect(error.message).toContain(path.join(outside, 'secret.txt'));
      expect(error.fix).toContain(`use a path inside the repository ${root}`);
    }
  });

  it('refuses a path below a symlinked directory that leads outside', async () => {
    await symlink(outside, path.join(root, 'docs', 'linked'));
    const error = await expectInputError(() => store.readText('docs/linked/secret.txt'));
    expect(error.message).toContain('"docs/linked/secret.txt"');
  });

  it('does not write through a symlinked directory that leads outside', async () => {
    await symlink(outside, path.join(root, 'out'));
    await expectInputError(() => store.writeFile('out/new.txt', 'x'));
    expect(await readdir(outside)).toEqual(['secret.txt']);
  });

  it('does not write through a dangling symlink whose target would be outside', async () => {
    await symlink(path.join(outside, 'planted.txt'), path.join(root, 'dangling'));
    await expectInputError(() => store.writeFile('dangling', 'x'));
    await expectInputError(() => store.exists('dangling'));
    expect(await readdir(outside)).toEqual(['secret.txt']);
  });

  it('refuses a symbolic link loop', async () => {
    await symlink('loop-b', path.join(root, 'loop-a'));
    await symlink('loop-a', path.join(root, 'loop-b'));
    const error = await expectInputError(() => store.readText('loop-a'));
    expect(error.message).toContain('too many symbolic links');
  });

  it('follows symlinks that stay inside the root', async () => {
    await symlink(path.join(root, 'docs', 'a.txt'), path.join(root, 'alias.txt'));
    await symlink('docs/deep', path.join(root, 'deep-alias'));
    expect(await store.readText('alias.txt')).toBe('alpha');
    expect(await store.readText('deep-alias/b.txt')).toBe('beta');
    expect(await resolveInside(root, 'deep-alias/b.txt')).toBe(path.join(root, 'docs', 'deep', 'b.txt'));
  });

  it('resolveInside returns absolute paths, also for files that do not exist yet', async () => {
    expect(await resolveInside(root, 'docs/new/file.txt')).toBe(path.join(root, 'docs', 'new', 'file.txt'));
    expect(await resolveInside(root, '')).toBe(root);
    await expect(resolveInside(root, '../x')).rejects.toBeInstanceOf(InputError);
  });
});

describe('createFileStore: encoding and size', () => {
  it('locates the first invalid UTF-8 byte by line and column', async () => {
    await writeFile(
      path.join(root, 'bad.txt'),
      Buffer.from([0x6f, 0x6b, 0x0a, 0xc3, 0xa9, 0x62, 0xff, 0x63]),
    );
    const error = await expectInputError(() => store.readText('bad.txt'));
    expect(error.location).toEqual({ file: 'bad.txt', line: 2, column: 3 });
    expect(error.message).toContain('byte offset 6');
    expect(error.fix).toBe('save the file as UTF-8');
  });

  it('strips a byte order mark and does not count it as a column', async () => {
    await writeFile(path.join(root, 'bom.txt'), Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]));
    expect(await store.readText('bom.txt')).toBe('hi');
    await writeFile(path.join(root, 'bom-bad.txt'), Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0xc0, 0x80]));
    const error = await expectInputError(() => store.readText('bom-bad.txt'));
    expect(error.location).toEqual({ file: 'bom-bad.txt', line: 1, column: 2 });
  });

  it('reads a file at the limit and refuses one byte more, naming both sizes', async () => {
    const small = createFileStore(root, { maxBytes: 10 });
    await writeFile(path.join(root, 'ten.txt'), '0123456789');
    await writeFile(path.join(root, 'eleven.txt'), '0123456789A');
    expect(await small.readText('ten.txt')).toBe('0123456789');
    const error = await expectInputError(() => small.readBytes('eleven.txt'));
    expect(error.message).toContain('11 bytes');
    expect(error.message).toContain('limit of 10 bytes');
    expect(DEFAULT_MAX_BYTES).toBe(16 * 1024 * 1024);
  });
});

describe('findInvalidUtf8', () => {
  it.each([
    ['overlong two-byte form', [0x41, 0xc0, 0x80], 1],
    ['UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['truncated at the end', [0x41, 0x42, 0xe2, 0x82], 2],
    ['stray continuation byte', [0x80], 0],
    ['valid four-byte form', [0xf0, 0x9f, 0x98, 0x80], -1],
  ])('%s', (_name, bytes, expected) => {
    expect(findInvalidUtf8(Uint8Array.from(bytes))).toBe(expected);
  });

  it('agrees with the fatal TextDecoder on random bytes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    // A fixed-seed generator keeps the test reproducible; bytes lean towards multi-byte leads.
    let seed = 62443;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let round = 0; round < 5000; round++) {
      const bytes = Uint8Array.from({ length: 1 + (next() % 8) }, () =>
        next() % 2 === 0 ? 0x80 + (next() % 0x80) : next() % 256,
      );
      let decoderAccepts = true;
      try {
        decoder.decode(bytes);
      } catch {
        decoderAccepts = false;
      }
      expect(findInvalidUtf8(bytes) === -1, `bytes ${[...bytes].join(',')}`).toBe(decoderAccepts);
    }
  });
});

describe('createFileStore: list', () => {
  it('lists files recursively as sorted root-relative paths, without links that leave the root', async () => {
    await writeFile(path.join(root, 'Z.txt'), 'z');
    await symlink(path.join(root, 'docs', 'a.txt'), path.join(root, 'docs', 'inside-link.txt'));
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'docs', 'outside-link.txt'));
    await symlink(outside, path.join(root, 'docs', 'outside-dir'));
    await symlink(root, path.join(root, 'docs', 'cycle'));
    expect(await store.list('')).toEqual(['Z.txt', 'docs/a.txt', 'docs/deep/b.txt', 'docs/inside-link.txt']);
    expect(await store.list('docs/deep')).toEqual(['docs/deep/b.txt']);
  });

  it('refuses to list outside the root, a file, or a missing directory', async () => {
    await expectInputError(() => store.list('..'));
    expect((await expectInputError(() => store.list('docs/a.txt'))).message).toContain('not a directory');
    expect((await expectInputError(() => store.list('nowhere'))).message).toContain('not found');
  });
});

describe('createFileStore: writeFile', () => {
  it('creates parent directories and leaves no temp file', async () => {
    await store.writeFile('out/report/summary.md', '# ok\n');
    await store.writeFile('out/report/summary.md', '# replaced\n');
    expect(await readFile(path.join(root, 'out', 'report', 'summary.md'), 'utf8')).toBe('# replaced\n');
    expect(await readdir(path.join(root, 'out', 'report'))).toEqual(['summary.md']);
  });

  it('refuses to write outside the root', async () => {
    const error = await expectInputError(() => store.writeFile('../evil.txt', 'x'));
    expect(error.message).toContain('"../evil.txt"');
    expect(await readdir(path.dirname(root))).not.toContain('evil.txt');
  });

  it('reports a parent that is a file as an input error', async () => {
    const error = await expectInputError(() => store.writeFile('docs/a.txt/child.txt', 'x'));
    expect(error.message).toContain('docs/a.txt/child.txt');
  });
});

describe('createFileStore: NUL bytes', () => {
  it('refuses a NUL byte as binary, at its line and column, in every text read', async () => {
    // "é" before the NUL: the column counts characters, not bytes.
    await writeFile(path.join(root, 'nul.yml'), Buffer.from('a: 1\nb: "\u00e9\u0000"\n', 'utf8'));
    const error = await expectInputError(() => store.readText('nul.yml'));
    expect(error.location).toEqual({ file: 'nul.yml', line: 2, column: 6 });
    expect(error.message).toContain('NUL byte');
    expect(error.fix).toContain('remove the NUL byte');
    const named = await expectInputError(() => readRegularText(path.join(root, 'nul.yml'), 'shown.yml'));
    expect(named.location).toEqual({ file: 'shown.yml', line: 2, column: 6 });
  });

  it('still reads the same bytes as binary', async () => {
    await writeFile(path.join(root, 'blob.bin'), Buffer.from([0x00, 0x01]));
    expect([...(await store.readBytes('blob.bin'))]).toEqual([0, 1]);
  });
});
