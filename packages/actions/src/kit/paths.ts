import path from 'node:path';
import { isUserError, UsageError } from '@evident/core';
import { resolveInside } from '@evident/node';

/**
 * The real path of an input's path inside the workspace, through the file store's rules
 * (no absolute path outside, no `..` out, no symbolic link out). An action reads and writes
 * only the checkout: `files: /etc/passwd` would otherwise print a runner file into the log.
 * `from` is the directory relative paths start at (working-directory); the path need not
 * exist yet. Throws a UsageError naming the input, quoting nothing read from disk.
 */
export async function resolveInputPath(
  workspace: string,
  input: string,
  value: string,
  from: string = workspace,
): Promise<string> {
  const relative = path.relative(workspace, path.resolve(from, value)) || '.';
  try {
    return await resolveInside(workspace, relative);
  } catch (error) {
    if (!isUserError(error)) throw error;
    throw outsideError(input, [value]);
  }
}

/** Every path of a list input resolved inside the workspace; all the refused ones in one error. */
export async function resolveInputPaths(
  workspace: string,
  input: string,
  values: readonly string[],
  from: string = workspace,
): Promise<string[]> {
  const resolved: string[] = [];
  const refused: string[] = [];
  for (const value of values) {
    try {
      resolved.push(await resolveInputPath(workspace, input, value, from));
    } catch (error) {
      if (!isUserError(error)) throw error;
      refused.push(value);
    }
  }
  if (refused.length > 0) throw outsideError(input, refused);
  return resolved;
}

function outsideError(input: string, values: readonly string[]): UsageError {
  const list = values.map((value) => JSON.stringify(value)).join(', ');
  return new UsageError(
    `input ${input}: ${list} ${values.length === 1 ? 'is' : 'are'} outside the workspace (or a symbolic link out of it)`,
    {
      fix: `name paths inside the checkout, relative to working-directory; the action reads and writes nothing outside the workspace`,
    },
  );
}
