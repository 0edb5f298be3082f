import { readdir, stat } from 'node:fs/promises';
import { UsageError } from '@evident/core';

/** How a command recognises its own earlier output in a directory it is about to replace. */
export interface EarlierOutput {
  /** What the command writes, for the message: "Evident pack". */
  readonly name: string;
  /** True when the directory holds an earlier output of the command. */
  holds(directory: string): Promise<boolean>;
}

/**
 * A command that writes a directory replaces it whole: that is fine for a new or empty
 * directory or the command's own earlier output, and needs --force for anything else,
 * which would otherwise be lost.
 */
export async function refuseForeignDirectory(
  output: string,
  earlier: EarlierOutput,
  force: boolean,
): Promise<void> {
  const info = await stat(output).catch(() => undefined);
  if (!info || force) return;
  if (!info.isDirectory()) {
    throw new UsageError(`${output} exists and is not a directory`, {
      fix: 'choose another -o/--output path',
    });
  }
  if ((await readdir(output)).length === 0 || (await earlier.holds(output))) return;
  throw new UsageError(`${output} is not empty and holds no ${earlier.name}`, {
    fix: 'choose an empty or new directory for -o/--output, or pass --force to replace it',
  });
}
