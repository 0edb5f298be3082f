import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, InternalError } from '@evident/core';
import { errorCode, isMissing, toUserError } from './fs-errors.js';

/** File contents: text is written as UTF-8. */
export type FileData = string | Uint8Array;

/** The files of a directory: relative `/`-separated path to contents. */
export type DirectoryFiles = ReadonlyMap<string, FileData> | Readonly<Record<string, FileData>>;

/**
 * Writes a file so that readers see either the old or the new contents, never a mix: the
 * data goes to a temp file in the same directory (same file system, so rename is atomic),
 * is fsynced, then renamed over the target. The temp file is removed on failure. An existing
 * target keeps its permission bits.
 */
export async function writeFileAtomic(absPath: string, data: FileData): Promise<void> {
  requireAbsolute(absPath);
  const temp = path.join(path.dirname(absPath), `.${path.basename(absPath)}.${uniqueSuffix()}.tmp`);
  try {
    await writeSynced(temp, data, await existingMode(absPath));
    await rename(temp, absPath);
  } catch (error) {
    await removeQuietly(temp);
    throw toUserError(error, 'write', absPath);
  }
  await syncDirectory(path.dirname(absPath));
}

/**
 * Replaces the directory `absDir` with exactly `files`: they are written into a sibling
 * staging directory, and only when all are complete is it renamed into place (the old
 * directory is moved aside first and deleted after). On any failure `absDir` is left as it
 * was and the staging directory is removed. Between the two renames `absDir` is briefly
 * absent; Node has no portable atomic exchange of directories.
 */
export async function writeDirectoryAtomic(absDir: string, files: DirectoryFiles): Promise<void> {
  requireAbsolute(absDir);
  const entries = normalizeEntries(files);
  await requireDirectoryOrNothing(absDir);
  const parent = path.dirname(absDir);
  await mkdir(parent, { recursive: true }).catch((error: unknown) => {
    throw toUserError(error, 'create', parent);
  });
  const staging = await createStaging(parent, path.basename(absDir), await existingMode(absDir));
  try {
    for (const [relative, data] of entries) await writeStaged(staging, relative, data);
    await syncDirectory(staging);
    await swapInto(staging, absDir);
  } catch (error) {
    await removeQuietly(staging);
    throw toUserError(error, 'write', absDir);
  }
}

/**
 * The staging directory that becomes the output: made with mkdir's mode (0777 less the umask,
 * as `mkdir` makes it; mkdtemp's 0700 would hide the output from the group), or with the
 * mode of the directory it replaces, as files keep theirs.
 */
async function createStaging(parent: string, name: string, mode: number | undefined): Promise<string> {
  const staging = path.join(parent, `.${name}.staging-${uniqueSuffix()}`);
  await mkdir(staging).catch((error: unknown) => {
    throw toUserError(error, 'create a directory in', parent);
  });
  if (mode !== undefined) {
    await chmod(staging, mode).catch(async (error: unknown) => {
      await removeQuietly(staging);
      throw toUserError(error, 'set the mode of', staging);
    });
  }
  return staging;
}

function requireAbsolute(absolute: string): void {
  if (!path.isAbsolute(absolute)) throw new InternalError(`expected an absolute path, got "${absolute}"`);
}

/** Entries sorted by path, with every path checked to stay inside the directory. */
function normalizeEntries(files: DirectoryFiles): Array<[string, FileData]> {
  const entries = files instanceof Map ? [...files.entries()] : Object.entries(files);
  for (const [relative] of entries) requireSafeRelative(relative);
  requireNoFileAsDirectory(entries.map(([relative]) => relative));
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** These paths come from our own code, so a bad one is a bug, not a user error. */
function requireSafeRelative(relative: string): void {
  const segments = relative.split('/');
  const bad =
    relative === '' ||
    relative.includes('\0') ||
    relative.includes('\\') ||
    path.posix.isAbsolute(relative) ||
    path.win32.isAbsolute(relative) ||
    segments.some((segment) => segment === '' || segment === '.' || segment === '..');
  if (bad) throw new InternalError(`unsafe relative path "${relative}" in a directory write`);
}

/** `a` and `a/b` cannot both be files; finding that out halfway through would be later than needed. */
function requireNoFileAsDirectory(paths: string[]): void {
  const files = new Set(paths);
  for (const relative of paths) {
    const segments = relative.split('/');
    for (let end = 1; end < segments.length; end++) {
      const ancestor = segments.slice(0, end).join('/');
      if (files.has(ancestor)) {
        throw new InternalError(`"${ancestor}" is both a file and the directory of "${relative}"`);
      }
    }
  }
}

async function requireDirectoryOrNothing(absDir: string): Promise<void> {
  try {
    if ((await lstat(absDir)).isDirectory()) return;
  } catch (error) {
    if (isMissing(error)) return;
    throw toUserError(error, 'inspect', absDir);
  }
  throw new InputError(`"${absDir}" exists and is not a directory`, {
    fix: 'remove it or choose another output directory',
  });
}

async function writeStaged(staging: string, relative: string, data: FileData): Promise<void> {
  const target = path.join(staging, ...relative.split('/'));
  await mkdir(path.dirname(target), { recursive: true });
  await writeSynced(target, data, undefined);
}

/** Moves the old directory aside, the new one in, and puts the old one back if that fails. */
async function swapInto(staging: string, absDir: string): Promise<void> {
  const backup = `${staging}.old`;
  const hadOld = await rename(absDir, backup).then(
    () => true,
    (error: unknown) => {
      if (errorCode(error) === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await rename(staging, absDir);
  } catch (error) {
    if (hadOld) await rename(backup, absDir);
    throw error;
  }
  await syncDirectory(path.dirname(absDir));
  if (hadOld) await rm(backup, { recursive: true, force: true });
}

/** Creates `file` exclusively, writes and fsyncs it, so a rename after this publishes it whole. */
async function writeSynced(file: string, data: FileData, mode: number | undefined): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    // chmod after open: the mode argument of open is filtered by the umask.
    if (mode !== undefined) await handle.chmod(mode);
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function existingMode(absPath: string): Promise<number | undefined> {
  try {
    return (await stat(absPath)).mode & 0o7777;
  } catch {
    // No target yet (or unreadable): the umask decides, as for any new file.
    return undefined;
  }
}

/** fsync a directory so the rename itself survives a crash; not every platform allows it. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows and some network file systems refuse fsync on directories; durability is best effort there.
  }
}

/** Cleanup after a failure: the original error is the one to report, not a failed cleanup. */
async function removeQuietly(target: string): Promise<void> {
  await rm(target, { recursive: true, force: true }).catch(() => undefined);
}

function uniqueSuffix(): string {
  return `${process.pid}.${randomBytes(6).toString('hex')}`;
}
