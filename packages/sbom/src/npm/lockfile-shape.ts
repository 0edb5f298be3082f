/**
 * The JSON shape helpers both lockfile readers share (lockfile.ts for v2 and v3,
 * lockfile-v1.ts for v1), in their own module so the two readers do not import each other.
 */
import { InputError } from '@evident/core';
import { locateKey, locatePath } from '../json-source.js';

/** A JSON object as parsed, before its fields are checked. */
export type Json = Record<string, unknown>;

/** A located "this is not a lockfile Evident understands" error. */
export function malformed(
  text: string,
  file: string,
  message: string,
  key: string | readonly string[] | undefined,
): InputError {
  const location =
    key === undefined
      ? { file, line: 1, column: 1 }
      : typeof key === 'string'
        ? locateKey(text, key, file)
        : locatePath(text, key, file);
  return new InputError(message, {
    location,
    fix: 'regenerate the lockfile with `npm install --package-lock-only`, or restore it from version control',
  });
}

/** True for a plain JSON object. */
export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
