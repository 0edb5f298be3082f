import { constants, type Dirent } from 'node:fs';
import { lstat, mkdir, open, readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, type WritableFileStore } from '@evident/core';
import { writeFileAtomic } from './atomic-write.js';
import { errorCode, isMissing, toUserError } from './fs-errors.js';
import { decodeUtf8 } from './utf8.js';

/** The default largest file a store reads: 16 MiB, far above any lockfile or SBOM we expect. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/** Options of {@link createFileStore}. */
export interface FileStoreOptions {
  /** Largest file readBytes/readText accept, in bytes; default {@link DEFAULT_MAX_BYTES}. */
  readonly maxBytes?: number;
}

// Linux gives up after 40 links (ELOOP); so do we when resolving dangling chains ourselves.
const MAX_LINK_DEPTH = 40;

/**
 * A file store rooted at `root` (the workspace). Every path is relative to the root and is
 * refused when it leaves it: through `..`, as an absolute path, or through a symbolic link
 * whose real path is outside. `list` returns root-relative paths, so its results can be read
 * back directly.
 */
export function createFileStore(root: string, options: FileStoreOptions = {}): WritableFileStore {
  const absoluteRoot = path.resolve(root);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const inside = (relative: string) => resolveInside(absoluteRoot, relative);
  const readBytes = async (relative: string) =>
    readRegularFile(await inside(relative), relative, { maxBytes, relativeTo: 'the repository root' });
  return {
    root: absoluteRoot,
    exists: async (relative) => existsAt(await inside(relative)),
    readBytes,
    readText: async (relative) => decodeUtf8(await readBytes(relative), relative),
    list: (directory) => listFiles(absoluteRoot, directory),
    writeFile: async (relative, data) => writeInside(await inside(relative), relative, data),
  };
}

/**
 * The absolute, symlink-free path of `relative` below `root`; throws InputError when it is
 * absolute, leaves the root through `..`, or resolves through a symbolic link to a place
 * outside the root. The path need not exist (a missing tail is kept as written).
 */
export async function resolveInside(root: string, relative: string): Promise<string> {
  const realRoot = await realRootOf(root);
  const lexical = lexicalInside(realRoot, relative);
  const real = await realPathOf(lexical, relative, 0);
  if (!isWithin(realRoot, real)) {
    throw new InputError(
      `path "${relative}" is a symbolic link (or is below one) that leads outside the repository, to ${real}`,
      {
        fix: `use a path inside the repository ${realRoot}, or replace the link with the file itself`,
      },
    );
  }
  return real;
}

async function realRootOf(root: string): Promise<string> {
  try {
    return await realpath(path.resolve(root));
  } catch (error) {
    throw new InputError(`repository root "${root}" does not exist or cannot be read`, {
      cause: error,
      fix: 'run Evident inside the repository, or pass an existing directory',
    });
  }
}

/** Joins without touching the disk, refusing absolute paths and `..` that climbs out. */
function lexicalInside(realRoot: string, relative: string): string {
  const fix = `use a path inside the repository ${realRoot}`;
  if (relative.includes('\0')) throw new InputError(`path "${relative}" contains a NUL byte`, { fix });
  if (path.isAbsolute(relative) || path.win32.isAbsolute(relative)) {
    throw new InputError(`path "${relative}" is absolute; paths are relative to the repository root`, {
      fix,
    });
  }
  const joined = path.resolve(realRoot, relative);
  if (!isWithin(realRoot, joined)) {
    throw new InputError(`path "${relative}" leaves the repository through ".."`, { fix });
  }
  return joined;
}

/** True when `candidate` is `root` or below it (both absolute and normalized). */
function isWithin(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  if (relative === '') return true;
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/**
 * The real path of `absolute`, following every symbolic link, where a missing tail is
 * appended to the real path of its deepest existing ancestor. Dangling links are followed
 * by hand, because realpath cannot, and a write through one would land at their target.
 */
async function realPathOf(absolute: string, shown: string, depth: number): Promise<string> {
  if (depth > MAX_LINK_DEPTH) throw loopError(shown);
  try {
    return await realpath(absolute);
  } catch (error) {
    if (errorCode(error) === 'ELOOP') throw loopError(shown);
    if (!isMissing(error)) throw toUserError(error, 'resolve', shown);
  }
  const parent = path.dirname(absolute);
  if (parent === absolute) return absolute;
  const candidate = path.join(await realPathOf(parent, shown, depth), path.basename(absolute));
  const target = await readLinkOrUndefined(candidate);
  if (target === undefined) return candidate;
  return realPathOf(path.resolve(path.dirname(candidate), target), shown, depth + 1);
}

function loopError(shown: string): InputError {
  return new InputError(`path "${shown}" goes through too many symbolic links`, {
    fix: 'remove the symbolic link loop',
  });
}

async function readLinkOrUndefined(absolute: string): Promise<string | undefined> {
  try {
    return await readlink(absolute);
  } catch {
    // Not a link, or not there: either way the path stands for itself.
    return undefined;
  }
}

async function existsAt(absolute: string): Promise<boolean> {
  try {
    await stat(absolute);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw toUserError(error, 'check', absolute);
  }
}

/** Options of {@link readRegularFile}. */
export interface ReadOptions {
  /** Largest file accepted, in bytes; default {@link DEFAULT_MAX_BYTES}. */
  readonly maxBytes?: number;
  /** What a relative `shown` path is relative to, for the fix of a missing file. */
  readonly relativeTo?: string;
}

/**
 * Reads a regular file, refusing directories, devices, FIFOs and sockets (`/dev/zero`, a pipe
 * with no writer) and files above the limit before reading them. Errors are located at
 * `shown`, the path as the user knows it. For files a user names wherever they are; paths
 * from the repository go through a store, which confines them first.
 */
export async function readRegularFile(
  absolute: string,
  shown: string,
  options: ReadOptions = {},
): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const location = { file: shown };
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    // O_NONBLOCK: opening a FIFO planted in the repository must not hang the run.
    handle = await open(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (info.isDirectory()) throw directoryError(shown);
    if (!info.isFile()) {
      throw new InputError('not a regular file (a device, pipe or socket)', {
        location,
        fix: 'name a regular file; Evident does not read devices or pipes',
      });
    }
    if (info.size > maxBytes) throw tooLargeError(shown, info.size, maxBytes);
    const bytes = await handle.readFile();
    // The file may have grown since stat; the limit protects memory, so check what we got.
    if (bytes.length > maxBytes) throw tooLargeError(shown, bytes.length, maxBytes);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  } catch (error) {
    throw readError(error, shown, options.relativeTo);
  } finally {
    await handle?.close();
  }
}

/** {@link readRegularFile} decoded as strict UTF-8, an invalid byte located by line and column. */
export async function readRegularText(
  absolute: string,
  shown: string,
  options?: ReadOptions,
): Promise<string> {
  return decodeUtf8(await readRegularFile(absolute, shown, options), shown);
}

function readError(error: unknown, shown: string, relativeTo: string | undefined): unknown {
  if (errorCode(error) === 'EISDIR') return directoryError(shown);
  if (isMissing(error)) {
    return new InputError('not found', {
      cause: error,
      location: { file: shown },
      fix: relativeTo === undefined ? 'check the path' : `check the path; it is relative to ${relativeTo}`,
    });
  }
  return toUserError(error, 'read', shown);
}

function directoryError(shown: string): InputError {
  return new InputError('a directory, not a file', { location: { file: shown }, fix: 'name a file' });
}

function tooLargeError(shown: string, size: number, maxBytes: number): InputError {
  return new InputError(`${size} bytes, more than the limit of ${maxBytes} bytes`, {
    location: { file: shown },
    fix: 'check that this is the intended file; Evident does not read files this large',
  });
}

async function writeInside(absolute: string, shown: string, data: string | Uint8Array): Promise<void> {
  try {
    await mkdir(path.dirname(absolute), { recursive: true });
  } catch (error) {
    throw toUserError(error, 'create the directory of', shown);
  }
  await writeFileAtomic(absolute, data);
}

/**
 * Files below `directory`, recursively, as sorted root-relative `/`-separated paths. Symbolic
 * links to files inside the root are listed; links to directories are not followed (no cycles,
 * and their targets are listed where they really are); links leading out are left out.
 */
async function listFiles(root: string, directory: string): Promise<string[]> {
  const realRoot = await realRootOf(root);
  const start = await resolveInside(realRoot, directory);
  const info = await stat(start).catch((error: unknown) => {
    throw readError(error, directory, 'the repository root');
  });
  if (!info.isDirectory())
    throw new InputError(`"${directory}" is not a directory`, { fix: 'name a directory' });
  const found: string[] = [];
  await walk(realRoot, start, found);
  // Sort by code unit, not locale, so every machine lists in the same order.
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function walk(realRoot: string, directory: string, found: string[]): Promise<void> {
  const entries = await readdir(directory, { withFileTypes: true });
  for (const entry of entries) {
    const absolute = path.join(directory, entry.name);
    if (entry.isDirectory()) await walk(realRoot, absolute, found);
    else if (await isListedFile(realRoot, entry, absolute))
      found.push(toPosix(path.relative(realRoot, absolute)));
  }
}

async function isListedFile(realRoot: string, entry: Dirent, absolute: string): Promise<boolean> {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    const target = await realpath(absolute);
    return isWithin(realRoot, target) && (await lstat(target)).isFile();
  } catch {
    // A dangling or looping link names no file.
    return false;
  }
}

function toPosix(relative: string): string {
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}
