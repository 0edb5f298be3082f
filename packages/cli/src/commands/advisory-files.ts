import { relative, resolve } from 'node:path';
import { InputError, isUserError, type Problem, throwIfProblems } from '@evident/core';
import { readRegularText } from '@evident/node';
import type { CliIo, GlobalOptions } from '../io.js';

/** A file named on the command line: where it is, how to show it, its text. */
export interface NamedFile {
  readonly path: string;
  /** The path as the user should see it: relative to the working directory. */
  readonly shown: string;
  readonly text: string;
}

/** The directory commands resolve relative paths against (`-C` or the working directory). */
export function baseDirectory(options: GlobalOptions, io: CliIo): string {
  return resolve(io.cwd, options.cwd ?? '.');
}

/**
 * Reads every named file as UTF-8; any that cannot be read (missing, not a regular file, too
 * large, not UTF-8) are reported together as one InputError (exit 2), before any work is done.
 */
export async function readNamedFiles(files: readonly string[], base: string): Promise<NamedFile[]> {
  const problems: Problem[] = [];
  const read: NamedFile[] = [];
  for (const file of files) {
    const path = resolve(base, file);
    const shown = relative(base, path) || path;
    try {
      read.push({
        path,
        shown,
        text: await readRegularText(path, shown, { relativeTo: 'the working directory' }),
      });
    } catch (error) {
      problems.push(readProblem(error, shown));
    }
  }
  throwIfAny(problems, 'reading the files');
  return read;
}

/** Parses JSON text; a syntax error becomes a located problem. */
export function parseJsonFile(file: NamedFile): { value?: unknown; problem?: Problem } {
  try {
    return { value: JSON.parse(file.text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const before = Number.isNaN(position) ? undefined : file.text.slice(0, position).split('\n');
    const location =
      before === undefined
        ? { file: file.shown }
        : { file: file.shown, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
    return {
      problem: {
        message: `not JSON: ${message.replace(/ in JSON at position \d+.*$/s, '')}`,
        location,
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
