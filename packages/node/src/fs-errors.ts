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

/**
 * Turns the file-system errors a user can act on into user errors that name the path; anything
 * else (a full disk, an I/O error) is returned unchanged because there is no better message.
 */
export function toUserError(error: unknown, action: string, path: string): UserError | unknown {
  const code = errorCode(error);
  const cause = { cause: error };
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return new PermissionError(`cannot ${action} "${path}": permission denied`, {
        ...cause,
        fix: `grant the current user access to "${path}" or choose another location`,
      });
    case 'EROFS':
      return new PermissionError(`cannot ${action} "${path}": the file system is read-only`, {
        ...cause,
        fix: 'choose a location on a writable file system',
      });
    case 'ENOENT':
      return new InputError(`cannot ${action} "${path}": not found`, { ...cause, fix: 'check the path' });
    case 'ENOTDIR':
      return new InputError(`cannot ${action} "${path}": a parent of it is a file, not a directory`, {
        ...cause,
        fix: 'remove or rename the file that is in the way, or choose another path',
      });
    case 'EISDIR':
    case 'EEXIST':
    case 'ENOTEMPTY':
      return new InputError(`cannot ${action} "${path}": a directory or file is in the way`, {
        ...cause,
        fix: 'remove or rename what is in the way, or choose another path',
      });
    default:
      return error;
  }
}
