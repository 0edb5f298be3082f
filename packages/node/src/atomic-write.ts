import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { chmod, lstat, mkdir, open, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { InputError, InternalError } from '@evident/core';
import { describeInTheWay, errorCode, isMissing, toUserError } from './fs-errors.js';

/** File contents: text is written as UTF-8. */
export type FileData = string | Uint8Array;

/** The files of a directory: relative `/`-separated path to contents. */
export type DirectoryFiles = ReadonlyMap<string, FileData> | Readonly<Record<string, FileData>>;

/** Options of {@link writeFileAtomic}. */
export interface WriteFileOptions {
  /**
   * Create the missing directories above the file; those it created are removed again when
   * the write fails, so a failed write leaves nothing behind.
   */
  readonly createParents?: boolean;
}

/**
 * Writes a file so that readers see either the old or the new contents, never a mix: the
 * data goes to a temp file in the same directory (same file system, so rename is atomic),
 * is fsynced, then renamed over the target. The temp file is removed on failure. An existing
 * target keeps its permission bits; a target that is anything but a regular file (a link, a
 * device such as /dev/null, a directory) is refused before anything is written, as renaming
 * over it would replace it.
 */
export async function writeFileAtomic(
  absPath: string,
  data: FileData,
  options: WriteFileOptions = {},
): Promise<void> {
  requireAbsolute(absPath);
  await requireRegularFileOrNothing(absPath);
  const created = options.createParents ? await createDirectories(path.dirname(absPath)) : undefined;
  const temp = tempPathFor(absPath);
  try {
    await writeSynced(temp, data, await existingMode(absPath));
    await rename(temp, absPath);
  } catch (error) {
    await removeQuietly(temp);
    if (created !== undefined) await removeQuietly(created);
    throw toUserError(error, 'write', absPath);
  }
  await syncDirectory(path.dirname(absPath));
}

/**
 * Writes several files into the directory `absDir` (created when missing) as one change:
 * every file is written to a temp file beside its target first, and only when all are
 * complete are they renamed into place. When a rename fails, the ones already renamed are
 * rolled back (a replaced file gets its old contents back), so either every file lands or
 * none does. Other files in the directory are never touched: unlike
 * {@link writeDirectoryAtomic}, this adds to a directory rather than replacing it. A target
 * that is not a regular file is refused before anything is written.
 */
export async function writeFilesAtomic(absDir: string, files: DirectoryFiles): Promise<void> {
  requireAbsolute(absDir);
  const entries = normalizeEntries(files).map(([relative, data]) => ({
    target: path.join(absDir, ...relative.split('/')),
    data,
  }));
  await requireDirectoryOrNothing(absDir, { followLinks: true });
  for (const { target } of entries) await requireRegularFileOrNothing(target);
  const created = await createDirectories(absDir);
  const staged: StagedFile[] = [];
  try {
    for (const { target, data } of entries) {
      const directory = await createDirectories(path.dirname(target));
      const file: StagedFile = { target, temp: tempPathFor(target), landed: false, created: directory };
      staged.push(file);
      await writeSynced(file.temp, data, await existingMode(target));
    }
    await commitStaged(staged);
  } catch (error) {
    await Promise.all(staged.map((file) => removeQuietly(file.temp)));
    for (const file of [...staged].reverse())
      if (file.created !== undefined) await removeQuietly(file.created);
    if (created !== undefined) await removeQuietly(created);
    throw toUserError(error, 'write', failedTarget(staged, error) ?? absDir);
  }
  await syncDirectory(absDir);
}

/** A file of {@link writeFilesAtomic} between its temp file and its target. */
interface StagedFile {
  readonly target: string;
  readonly temp: string;
  /** The old file moved aside by the commit, to put back on a rollback. */
  backup?: string;
  /** Renamed into place (so a rollback must undo it). */
  landed: boolean;
  /** The first directory created for it, removed again on failure. */
  readonly created: string | undefined;
}

/**
 * Renames every temp file into place, moving an old target aside first; on a failure, puts
 * back what was renamed and rethrows. The old files are deleted only once all have landed.
 */
async function commitStaged(staged: StagedFile[]): Promise<void> {
  const done: StagedFile[] = [];
  try {
    for (const file of staged) {
      if (await exists(file.target)) {
        file.backup = tempPathFor(file.target, 'old');
        await rename(file.target, file.backup);
      }
      done.push(file);
      await rename(file.temp, file.target);
      file.landed = true;
    }
  } catch (error) {
    for (const file of [...done].reverse()) await rollBack(file);
    throw error;
  }
  for (const file of staged) if (file.backup !== undefined) await removeQuietly(file.backup);
}

/** Undoes one file's commit: its old contents back, or no file where there was none. */
async function rollBack(file: StagedFile): Promise<void> {
  if (file.landed && file.backup === undefined) await unlink(file.target).catch(() => undefined);
  if (file.backup !== undefined) await rename(file.backup, file.target).catch(() => undefined);
}

/** The file the error happened on, for the message; `undefined` when it is the directory's. */
function failedTarget(staged: readonly StagedFile[], error: unknown): string | undefined {
  const failedPath = typeof error === 'object' && error !== null && 'path' in error ? error.path : undefined;
  const file =
    staged.find((entry) => entry.temp === failedPath || entry.target === failedPath) ?? staged.at(-1);
  return file?.target;
}

async function exists(target: string): Promise<boolean> {
  return lstat(target).then(
    () => true,
    (error: unknown) => {
      if (isMissing(error)) return false;
      throw error;
    },
  );
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
  const created = await createDirectories(parent);
  let staging: string | undefined;
  try {
    staging = await createStaging(parent, path.basename(absDir), await existingMode(absDir));
    for (const [relative, data] of entries) await writeStaged(staging, relative, data);
    await syncDirectory(staging);
    await swapInto(staging, absDir);
  } catch (error) {
    if (staging !== undefined) await removeQuietly(staging);
    if (created !== undefined) await removeQuietly(created);
    throw toUserError(error, 'write', absDir);
  }
}

/**
 * The staging directory that becomes the output: made with mkdir's mode (0777 less the umask,
 * as `mkdir` makes it; mkdtemp's 0700 would hide the output from the group), or with the
 * mode of the directory it replaces, as files keep theirs.
 */
async function createStaging(parent: string, name: string, mode: number | undefined): Promise<string> {
  const staging = path.join(parent, `.${shortened(name)}.staging-${uniqueSuffix()}`);
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

/**
 * The output directory must be a directory or not exist yet: a regular file, a device such as
 * /dev/null or a dangling link named as one is refused before anything is written. A link to a
 * directory counts as the directory when `followLinks` (the files go into it).
 */
async function requireDirectoryOrNothing(
  absDir: string,
  options: { followLinks?: boolean } = {},
): Promise<void> {
  const info = await inspect(absDir);
  if (info === undefined || info.isDirectory()) return;
  if (
    options.followLinks &&
    info.isSymbolicLink() &&
    (await stat(absDir).catch(() => undefined))?.isDirectory()
  )
    return;
  throw new InputError(`"${absDir}" is ${await describeInTheWay(absDir, info)}, not a directory`, {
    fix: 'name a new or existing directory for the output, or move that one away',
  });
}

/**
 * A single output file may replace only a regular file: renaming over a link would replace the
 * link (not write where it points), over /dev/null would replace the device.
 */
async function requireRegularFileOrNothing(absPath: string): Promise<void> {
  const info = await inspect(absPath);
  if (info === undefined || info.isFile()) return;
  const what = await describeInTheWay(absPath, info);
  const fix = info.isSymbolicLink()
    ? 'name the file the link points to, or another path; Evident does not replace links'
    : 'choose a path that is a regular file or does not exist yet';
  throw new InputError(`cannot write "${absPath}": it is ${what}, not a regular file`, { fix });
}

async function inspect(target: string): Promise<Stats | undefined> {
  try {
    return await lstat(target);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw toUserError(error, 'inspect', target);
  }
}

/**
 * `mkdir -p`, returning the first directory it created (to remove on a failure) and with the
 * real reason when it fails: Node's recursive mkdir reports ENOENT for a parent it could not
 * create, whatever the cause (read-only, permission), so the first missing directory is tried
 * alone to learn it.
 */
async function createDirectories(directory: string): Promise<string | undefined> {
  try {
    return await mkdir(directory, { recursive: true });
  } catch (error) {
    throw toUserError(await realMkdirError(directory, error), 'create the directory', directory);
  }
}

async function realMkdirError(directory: string, error: unknown): Promise<unknown> {
  if (errorCode(error) !== 'ENOENT') return error;
  let missing = directory;
  while (
    path.dirname(missing) !== missing &&
    (await inspect(path.dirname(missing)).catch(() => undefined)) === undefined
  )
    missing = path.dirname(missing);
  try {
    await mkdir(missing);
  } catch (cause) {
    return cause;
  }
  await removeQuietly(missing);
  return error;
}

async function writeStaged(staging: string, relative: string, data: FileData): Promise<void> {
  const target = path.join(staging, ...relative.split('/'));
  await mkdir(path.dirname(target), { recursive: true });
  await writeSynced(target, data, undefined);
}

/** Moves the old directory aside, the new one in, and puts the old one back if that fails. */
async function swapInto(staging: string, absDir: string): Promise<void> {
  const backup = `${staging}.old`; // staging's name is short, so this one is too
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

/** A temp file beside `target`, its name short enough for any target name the file system takes. */
function tempPathFor(target: string, kind = 'tmp'): string {
  return path.join(path.dirname(target), `.${shortened(path.basename(target))}.${uniqueSuffix()}.${kind}`);
}

/**
 * The start of a name, at most 64 bytes: enough to recognise a leftover temp file, and short
 * enough that the suffix keeps it below the 255-byte limit of a file name.
 */
function shortened(name: string): string {
  let bytes = 0;
  let end = 0;
  for (const character of name) {
    bytes += Buffer.byteLength(character);
    if (bytes > 64) break;
    end += character.length;
  }
  return name.slice(0, end);
}

function uniqueSuffix(): string {
  return `${process.pid}.${randomBytes(6).toString('hex')}`;
}
