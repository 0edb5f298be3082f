import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, InternalError } from '@evident/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../test/support/temp-dir.js';
import { writeDirectoryAtomic, writeFileAtomic } from '../src/index.js';

const makeTempDir = useTempDirs();
let dir: string;

beforeEach(async () => {
  dir = await makeTempDir();
});

/** Every file below `root` with its text, keyed by `/`-separated relative path. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const absolute = path.join(entry.parentPath, entry.name);
    files[path.relative(root, absolute).split(path.sep).join('/')] = await readFile(absolute, 'utf8');
  }
  return files;
}

describe('writeFileAtomic', () => {
  it('writes and replaces a file, leaving nothing else behind', async () => {
    const target = path.join(dir, 'out.json');
    await writeFileAtomic(target, '{"a":1}');
    await writeFileAtomic(target, new TextEncoder().encode('{"a":2}'));
    expect(await snapshot(dir)).toEqual({ 'out.json': '{"a":2}' });
  });

  it('keeps the permission bits of the file it replaces', async () => {
    const target = path.join(dir, 'script.sh');
    await writeFile(target, 'old');
    await chmod(target, 0o751);
    await writeFileAtomic(target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o751);
  });

  it('fails with an input error when the parent is a file, creating nothing', async () => {
    await writeFile(path.join(dir, 'plain'), 'x');
    await expect(writeFileAtomic(path.join(dir, 'plain', 'child.txt'), 'data')).rejects.toBeInstanceOf(
      InputError,
    );
    expect(await snapshot(dir)).toEqual({ plain: 'x' });
  });

  it('removes its temp file when the final rename fails', async () => {
    // A non-empty directory at the target makes rename fail after the temp file is written.
    const target = path.join(dir, 'taken');
    await mkdir(target);
    await writeFile(path.join(target, 'keep.txt'), 'kept');
    await expect(writeFileAtomic(target, 'data')).rejects.toBeInstanceOf(InputError);
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await snapshot(dir)).toEqual({ 'taken/keep.txt': 'kept' });
  });

  it('rejects a relative path as a bug', async () => {
    await expect(writeFileAtomic('relative.txt', 'x')).rejects.toBeInstanceOf(InternalError);
  });
});

describe('writeDirectoryAtomic', () => {
  it('creates a directory with nested files from a Map or a record', async () => {
    const target = path.join(dir, 'pack');
    await writeDirectoryAtomic(
      target,
      new Map([
        ['index.html', '<p>'],
        ['data/evidence.json', '{}'],
      ]),
    );
    expect(await snapshot(target)).toEqual({ 'index.html': '<p>', 'data/evidence.json': '{}' });
    const other = path.join(dir, 'nested', 'deeper', 'pack');
    await writeDirectoryAtomic(other, { 'a.txt': new TextEncoder().encode('bytes') });
    expect(await snapshot(other)).toEqual({ 'a.txt': 'bytes' });
  });

  it('gives a new directory the mode mkdir gives (the umask respected), not the 0700 of mkdtemp', async () => {
    const reference = path.join(dir, 'reference');
    await mkdir(reference);
    await writeFile(path.join(reference, 'file'), '');
    const target = path.join(dir, 'pack');
    await writeDirectoryAtomic(target, { 'a.txt': 'a', 'data/b.txt': 'b' });
    const mode = async (file: string) => (await stat(file)).mode & 0o777;
    expect(await mode(target)).toBe(await mode(reference));
    expect(await mode(path.join(target, 'data'))).toBe(await mode(reference));
    expect(await mode(path.join(target, 'a.txt'))).toBe(await mode(path.join(reference, 'file')));
  });

  it('keeps the mode of the directory it replaces, as files keep theirs', async () => {
    const target = path.join(dir, 'pack');
    await mkdir(target);
    await chmod(target, 0o750);
    await writeDirectoryAtomic(target, { 'a.txt': 'a' });
    expect((await stat(target)).mode & 0o777).toBe(0o750);
  });

  it('replaces an existing directory entirely and leaves no staging or backup behind', async () => {
    const target = path.join(dir, 'pack');
    await mkdir(path.join(target, 'stale'), { recursive: true });
    await writeFile(path.join(target, 'stale', 'old.txt'), 'old');
    await writeDirectoryAtomic(target, { 'new.txt': 'new' });
    expect(await snapshot(target)).toEqual({ 'new.txt': 'new' });
    expect(await readdir(dir)).toEqual(['pack']);
  });

  it('keeps the old directory when writing a file fails, and removes the staging directory', async () => {
    const target = path.join(dir, 'pack');
    await mkdir(target);
    await writeFile(path.join(target, 'old.txt'), 'old');
    // A 300-byte name exceeds NAME_MAX on every common file system: a real failure mid-way.
    const files = { 'a-first.txt': 'written before the failure', [`z-${'x'.repeat(300)}.txt`]: 'too long' };
    await expect(writeDirectoryAtomic(target, files)).rejects.toThrow();
    expect(await snapshot(target)).toEqual({ 'old.txt': 'old' });
    expect(await readdir(dir)).toEqual(['pack']);
  });

  it.each([
    ['a ".." segment', '../escape.txt'],
    ['a ".." in the middle', 'a/../../escape.txt'],
    ['an absolute path', '/etc/escape.txt'],
    ['an empty segment', 'a//b.txt'],
    ['a backslash', 'a\\b.txt'],
  ])('rejects %s as a bug before writing anything', async (_name, unsafe) => {
    const target = path.join(dir, 'pack');
    await expect(writeDirectoryAtomic(target, { 'ok.txt': 'ok', [unsafe]: 'x' })).rejects.toBeInstanceOf(
      InternalError,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('rejects a path that is both a file and a directory as a bug', async () => {
    const error = await writeDirectoryAtomic(path.join(dir, 'pack'), { a: '1', 'a/b': '2' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InternalError);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses to replace a file with a directory', async () => {
    const target = path.join(dir, 'pack');
    await writeFile(target, 'a file');
    await expect(writeDirectoryAtomic(target, { 'a.txt': 'x' })).rejects.toBeInstanceOf(InputError);
    expect(await snapshot(dir)).toEqual({ pack: 'a file' });
  });
});
