import { lstatSync, type Stats, statSync } from 'node:fs';
import { readlink } from 'node:fs/promises';
import nodePath from 'node:path';
import { InputError, PermissionError, type UserError } from '@evident/core';

/** The errno code of a Node system error, if it is one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** True when the error means "this path (or a parent) does not exist". */
export function isMissing(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** The longest file or directory name Linux, macOS and Windows file systems accept, in bytes. */
export const NAME_MAX_BYTES = 255;

/**
 * Turns the file-system errors a user can act on (permissions, a full disk, a size limit, a
 * read-only file system, a name too long, something in the way) into user errors that name the
 * path, say the reason in words and give a fix; anything else (an I/O error) is returned
 * unchanged because there is no better message.
 */
export function toUserError(error: unknown, action: string, path: string): UserError | unknown {
  const code = errorCode(error);
  const cannot = `cannot ${action} "${path}"`;
  const cause = { cause: error };
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return new PermissionError(`${cannot}: permission denied`, {
        ...cause,
        fix: `grant the current user access to "${path}" or choose another location`,
      });
    case 'EROFS':
      return new PermissionError(`${cannot}: read-only file system`, {
        ...cause,
        fix: 'choose a location on a writable file system, or remount this one read-write',
      });
    case 'ENOSPC':
      return new InputError(`${cannot}: the disk is full (no space left on the file system)`, {
        ...cause,
        fix: 'free space on that file system, or choose a location on another one; nothing was written',
      });
    case 'EDQUOT':
      return new InputError(`${cannot}: the disk quota of the current user is used up`, {
        ...cause,
        fix: 'free space within your quota, or choose a location on another file system; nothing was written',
      });
    case 'EFBIG':
      return new InputError(
        `${cannot}: the file is larger than the file-size limit (ulimit -f) or than the file system allows`,
        {
          ...cause,
          fix: 'raise the limit (`ulimit -f unlimited`) or write to a file system that takes larger files; nothing was written',
        },
      );
    case 'ENAMETOOLONG':
      return nameTooLong(cannot, path, cause);
    case 'ELOOP':
      return new InputError(`${cannot}: its symbolic links form a loop (or a chain too long to follow)`, {
        ...cause,
        fix: 'repair or remove the link, or choose another path',
      });
    case 'ENOENT':
      return new InputError(`${cannot}: not found`, { ...cause, fix: 'check the path' });
    case 'ENOTDIR':
    case 'EEXIST':
      // EEXIST from mkdir: the path itself is taken; ENOTDIR: something above it is a file.
      return inTheWay(cannot, path, code === 'EEXIST', cause) ?? somethingInTheWay(cannot, cause);
    case 'EISDIR':
    case 'ENOTEMPTY':
      return somethingInTheWay(cannot, cause);
    default:
      return error;
  }
}

function somethingInTheWay(cannot: string, cause: { cause: unknown }): InputError {
  return new InputError(`${cannot}: a directory or file is in the way`, {
    ...cause,
    fix: 'remove or rename what is in the way, or choose another path',
  });
}

/** A file (or link, or device) where the path needs a directory: named, so the user knows which. */
function inTheWay(
  cannot: string,
  path: string,
  includeSelf: boolean,
  cause: { cause: unknown },
): InputError | undefined {
  const blocker = nonDirectoryAncestor(path, includeSelf);
  if (blocker === undefined) return undefined;
  return new InputError(
    `${cannot}: "${blocker.path}" is ${describeEntry(blocker.info)}, not a directory, so nothing can be created below it`,
    { ...cause, fix: `choose a path that is not below "${blocker.path}", or move that file away` },
  );
}

/** The nearest ancestor of `path` (or itself) that exists and is not a directory (links followed). */
function nonDirectoryAncestor(path: string, includeSelf: boolean): { path: string; info: Stats } | undefined {
  const start = nodePath.resolve(path);
  for (let current = includeSelf ? start : nodePath.dirname(start); ; current = nodePath.dirname(current)) {
    const info = statQuietly(current);
    if (info !== undefined) return info.isDirectory() ? undefined : { path: current, info };
    if (nodePath.dirname(current) === current) return undefined;
  }
}

function statQuietly(path: string): Stats | undefined {
  try {
    // lstat, then follow: a link to a directory is a directory for the path below it.
    const info = lstatSync(path);
    return info.isSymbolicLink() ? (statSync(path, { throwIfNoEntry: false }) ?? info) : info;
  } catch {
    return undefined;
  }
}

function nameTooLong(cannot: string, path: string, cause: { cause: unknown }): InputError {
  const longest = nodePath
    .resolve(path)
    .split(nodePath.sep)
    .map((name) => Buffer.byteLength(name))
    .reduce((a, b) => Math.max(a, b), 0);
  const reason =
    longest > NAME_MAX_BYTES
      ? `a name in it is ${longest} bytes, longer than the file system allows (${NAME_MAX_BYTES} bytes)`
      : 'the path is longer than the system allows';
  return new InputError(`${cannot}: ${reason}`, {
    ...cause,
    fix: `choose a shorter name: at most ${NAME_MAX_BYTES} bytes for each file or directory name`,
  });
}

/** What a directory entry is, in words: "a regular file", "a device", "a symbolic link". */
export function describeEntry(info: Stats): string {
  if (info.isFile()) return 'a regular file';
  if (info.isDirectory()) return 'a directory';
  if (info.isSymbolicLink()) return 'a symbolic link';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * What an existing entry that is in the way is, in words, for a refusal: "a regular file",
 * "a device", "a symbolic link to "…", which does not exist".
 */
export async function describeInTheWay(path: string, info: Stats): Promise<string> {
  if (!info.isSymbolicLink()) return describeEntry(info);
  const target = await readlink(path).catch(() => undefined);
  const followed = statQuietly(path);
  const to = target === undefined ? '' : ` to "${target}"`;
  if (followed === undefined || followed.isSymbolicLink())
    return `a symbolic link${to}, which does not exist`;
  return `a symbolic link${to} (${describeEntry(followed)})`;
}
