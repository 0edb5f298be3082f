import { execFileSync } from 'node:child_process';
import { chmod, lstat, mkdir, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, InternalError, PermissionError } from '@evident/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mountRefusal, mountSmallFileSystem, type SmallFileSystem } from '../../../test/support/small-fs.js';
import { useTempDirs } from '../../../test/support/temp-dir.js';
import { writeDirectoryAtomic, writeFileAtomic, writeFilesAtomic } from '../src/index.js';

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

/** A full (or nearly full) tmpfs for the test, unmounted after it; needs root (see small-fs.ts). */
let disk: SmallFileSystem | undefined;
afterEach(() => {
  disk?.unmount();
  disk = undefined;
});
async function smallDisk(freeBytes: number): Promise<string> {
  disk = mountSmallFileSystem('1m');
  await disk.fill(freeBytes);
  return disk.path;
}
if (mountRefusal !== undefined) console.log(`skipped the full-disk tests of atomic-write: ${mountRefusal}`);
const withMount = it.skipIf(mountRefusal !== undefined);

describe('writeFileAtomic and the faults where it writes', () => {
  it('writes a file whose name is 250 bytes: its temp file keeps a short name', async () => {
    const target = path.join(dir, `${'é'.repeat(120)}.json`);
    await writeFileAtomic(target, '{}');
    expect(await readdir(dir)).toEqual([path.basename(target)]);
  });

  it('refuses a dangling link as the target, leaving the link', async () => {
    const link = path.join(dir, 'sbom.json');
    await symlink('missing/target.json', link);
    const error = await writeFileAtomic(link, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      `cannot write "${link}": it is a symbolic link to "missing/target.json", which does not exist, not a regular file`,
    );
    expect(await readlink(link)).toBe('missing/target.json');
    expect(await readdir(dir)).toEqual(['sbom.json']);
  });

  it('refuses a FIFO and a device (like /dev/null) as the target, leaving them', async () => {
    const fifo = path.join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(writeFileAtomic(fifo, 'x')).rejects.toThrow('it is a FIFO (named pipe), not a regular file');
    expect((await lstat(fifo)).isFIFO()).toBe(true);
    if (process.getuid?.() !== 0) {
      console.log('skipped the device half: mknod needs root');
      return;
    }
    const device = path.join(dir, 'null');
    execFileSync('mknod', [device, 'c', '1', '3']);
    await expect(writeFileAtomic(device, 'x')).rejects.toThrow('it is a device, not a regular file');
    expect((await lstat(device)).isCharacterDevice()).toBe(true);
  });

  withMount(
    'on a full disk says so, and leaves neither its temp file nor the directories it created',
    async () => {
      const root = await smallDisk(0);
      const target = path.join(root, 'new', 'deeper', 'sbom.json');
      const error = await writeFileAtomic(target, 'x'.repeat(10_000), { createParents: true }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toBe(
        `cannot write "${target}": the disk is full (no space left on the file system)`,
      );
      expect(await readdir(root)).toEqual(['filler']);
    },
  );
});

describe('writeFilesAtomic: a set of files into a directory, all or none', () => {
  it('adds the files to a directory, replacing same-named ones and leaving the others', async () => {
    const target = path.join(dir, 'csaf');
    await mkdir(target);
    await writeFile(path.join(target, 'a.json'), 'old a');
    await writeFile(path.join(target, 'keep.txt'), 'the user’s');
    await writeFilesAtomic(target, { 'a.json': 'new a', 'b.json': 'new b' });
    expect(await snapshot(target)).toEqual({
      'a.json': 'new a',
      'b.json': 'new b',
      'keep.txt': 'the user’s',
    });
    await writeFilesAtomic(path.join(dir, 'new', 'html'), { 'a.html': '<p>' });
    expect(await snapshot(path.join(dir, 'new'))).toEqual({ 'html/a.html': '<p>' });
  });

  it('refuses a directory that is a file or a dangling link, and a target that is a link, writing nothing', async () => {
    await writeFile(path.join(dir, 'taken'), 'the user’s');
    await expect(writeFilesAtomic(path.join(dir, 'taken'), { 'a.json': 'x' })).rejects.toThrow(
      `"${path.join(dir, 'taken')}" is a regular file, not a directory`,
    );
    await symlink('nowhere', path.join(dir, 'dangling'));
    await expect(writeFilesAtomic(path.join(dir, 'dangling'), { 'a.json': 'x' })).rejects.toThrow(
      'is a symbolic link to "nowhere", which does not exist, not a directory',
    );
    await mkdir(path.join(dir, 'out'));
    await symlink('/etc/passwd', path.join(dir, 'out', 'b.json'));
    await expect(writeFilesAtomic(path.join(dir, 'out'), { 'a.json': 'x', 'b.json': 'y' })).rejects.toThrow(
      'it is a symbolic link to "/etc/passwd"',
    );
    expect((await readdir(dir)).sort()).toEqual(['dangling', 'out', 'taken']);
    expect(await readdir(path.join(dir, 'out'))).toEqual(['b.json']);
  });

  withMount(
    'with room for one of two files writes neither, and removes the directory it created',
    async () => {
      // Three pages free: the first file (3 pages) fits, the second (2 pages) does not.
      const root = await smallDisk(3 * 4096);
      const target = path.join(root, 'csaf');
      const error = await writeFilesAtomic(target, {
        'a.json': 'a'.repeat(10_416),
        'b.json': 'b'.repeat(6_495),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toBe(
        `cannot write "${path.join(target, 'b.json')}": the disk is full (no space left on the file system)`,
      );
      expect(await readdir(root)).toEqual(['filler']);
    },
  );

  it('rolls back the files already renamed when a later rename fails: the old contents come back', async (context) => {
    const target = path.join(dir, 'csaf');
    await mkdir(target);
    await writeFile(path.join(target, 'a.json'), 'old a');
    await writeFile(path.join(target, 'b.json'), 'old b');
    // An immutable b.json cannot be moved aside, even by root: the commit fails after a.json landed.
    try {
      execFileSync('chattr', ['+i', path.join(target, 'b.json')], { stdio: 'pipe' });
    } catch (error) {
      console.log(`skipped the rollback test: chattr +i is refused here (${String(error)})`);
      context.skip();
    }
    try {
      await expect(
        writeFilesAtomic(target, { 'a.json': 'new a', 'b.json': 'new b', 'c.json': 'new c' }),
      ).rejects.toBeInstanceOf(PermissionError);
    } finally {
      execFileSync('chattr', ['-i', path.join(target, 'b.json')]);
    }
    expect(await snapshot(target)).toEqual({ 'a.json': 'old a', 'b.json': 'old b' });
    expect(await readdir(target)).toEqual(['a.json', 'b.json']);
  });
});

describe('writeDirectoryAtomic', () => {
  withMount('on a full disk removes its staging directory and the parents it created', async () => {
    const root = await smallDisk(0);
    const target = path.join(root, 'new', 'pack');
    await expect(writeDirectoryAtomic(target, { 'pack.json': 'x'.repeat(10_000) })).rejects.toThrow(
      `cannot write "${target}": the disk is full`,
    );
    expect(await readdir(root)).toEqual(['filler']);
  });

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
