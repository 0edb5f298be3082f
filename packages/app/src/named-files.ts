import { relative, resolve } from 'node:path';
import { InputError, isUserError, type Problem, throwIfProblems } from '@evident/core';
import { decodeUtf8, readRegularFile } from '@evident/node';
import { parseJsonText } from '@evident/sbom';

/** A file the user named (a CLI argument, an action input): where it is, how to show it, its text. */
export interface NamedFile {
  readonly path: string;
  /** The path as the user should see it: relative to the working directory. */
  readonly shown: string;
  /** The text, without a byte order mark. */
  readonly text: string;
  /** True when the file starts with a UTF-8 byte order mark, which a rewrite must keep. */
  readonly byteOrderMark: boolean;
}

/**
 * Reads every named file as UTF-8; any that cannot be read (missing, not a regular file, too
 * large, not UTF-8) are reported together as one InputError (exit 2), before any work is done.
 * Relative names resolve against `base`, the directory the user works in.
 */
export async function readNamedFiles(files: readonly string[], base: string): Promise<NamedFile[]> {
  const problems: Problem[] = [];
  const read: NamedFile[] = [];
  for (const file of files) {
    const path = resolve(base, file);
    const shown = relative(base, path) || path;
    try {
      const bytes = await readRegularFile(path, shown, { relativeTo: 'the working directory' });
      read.push({ path, shown, text: decodeUtf8(bytes, shown), byteOrderMark: startsWithBom(bytes) });
    } catch (error) {
      problems.push(readProblem(error, shown));
    }
  }
  throwIfAny(problems, 'reading the files');
  return read;
}

function startsWithBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * Parses JSON text; a syntax error becomes a located problem. The reason comes from the
 * shared JSON reader's scanner, never from JSON.parse, whose message quotes the text
 * (`"root:x:0:0"... is not valid JSON`): the file may be embargoed, or not meant to be read.
 */
export function parseJsonFile(file: NamedFile): { value?: unknown; problem?: Problem } {
  try {
    return { value: parseJsonText(file.text, file.shown, 'the document') };
  } catch (error) {
    if (!isUserError(error)) throw error;
    return {
      problem: {
        message: error.message,
        location: error.location ?? { file: file.shown },
        fix: 'a CSAF document is a JSON file; repair the syntax at this position',
      },
    };
  }
}

/** Throws one InputError listing every problem, if there are any. */
export function throwIfAny(problems: readonly Problem[], what: string): void {
  throwIfProblems(problems, (message, options) => new InputError(message, options), what);
}

function readProblem(error: unknown, shown: string): Problem {
  if (isUserError(error)) {
    return {
      message: error.message,
      location: error.location ?? { file: shown },
      ...(error.fix === undefined ? {} : { fix: error.fix }),
    };
  }
  return {
    message: `cannot read the file: ${error instanceof Error ? error.message : String(error)}`,
    location: { file: shown },
    fix: 'check the path and that the file is readable UTF-8 text',
  };
}
