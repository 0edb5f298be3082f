/**
 * The error taxonomy. User errors (bad input, bad config, bad usage, a missing permission)
 * carry a message a person can act on; anything else is a bug. An expected negative outcome
 * (a gate fails, a document is invalid) is a value, never one of these.
 */

/** Process exit codes shared by the CLI and the actions. */
export const ExitCode = {
  success: 0,
  /** A gate or a verification failed: the tool worked, the subject did not pass. */
  failed: 1,
  /** Usage or input error: the user can fix it. */
  userError: 2,
  /** A bug in Evident. */
  internal: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Where in a file a problem is; line and column are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/** The kinds of user error, for the handler and for tests. */
export type UserErrorKind = 'usage' | 'input' | 'configuration' | 'permission';

/** One thing wrong with an input, located, with a fix. */
export interface Problem {
  readonly message: string;
  readonly location: SourceLocation;
  readonly fix?: string;
}

/** Options shared by every user error. */
export interface UserErrorOptions {
  /** Every problem found, when there are several (the CLI lists them, actions annotate them). */
  readonly problems?: readonly Problem[];
  /** The file and position the problem is at. */
  readonly location?: SourceLocation;
  /** What the user should do about it, one sentence. */
  readonly fix?: string;
  readonly cause?: unknown;
}

/** An error the user can fix; the CLI prints it without a stack trace and exits 2. */
export abstract class UserError extends Error {
  abstract readonly kind: UserErrorKind;
  readonly location: SourceLocation | undefined;
  readonly fix: string | undefined;
  readonly problems: readonly Problem[];

  constructor(message: string, options: UserErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.location = options.location;
    this.fix = options.fix;
    this.problems =
      options.problems ??
      (options.location ? [{ message, location: options.location, ...fixOf(options) }] : []);
  }
}

function fixOf(options: UserErrorOptions): { fix?: string } {
  return options.fix === undefined ? {} : { fix: options.fix };
}

/** Wrong command-line usage: unknown option, missing argument, conflicting flags. */
export class UsageError extends UserError {
  override readonly name = 'UsageError';
  readonly kind = 'usage';
}

/** A file the user gave us cannot be read as what it should be. */
export class InputError extends UserError {
  override readonly name = 'InputError';
  readonly kind = 'input';
}

/** evident.yml (or another settings file) is wrong. */
export class ConfigurationError extends UserError {
  override readonly name = 'ConfigurationError';
  readonly kind = 'configuration';
}

/** A token or the environment lacks a permission; `fix` names what to grant. */
export class PermissionError extends UserError {
  override readonly name = 'PermissionError';
  readonly kind = 'permission';
}

/** A broken invariant inside Evident: a bug, reported with its stack and exit code 3. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
}

/** True for errors the user can fix. */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** The exit code an error maps to. */
export function exitCodeOf(error: unknown): ExitCode {
  return isUserError(error) ? ExitCode.userError : ExitCode.internal;
}

/** `file:line:column`, as editors and GitHub annotations read it. */
export function formatLocation(location: SourceLocation): string {
  let text = location.file;
  if (location.line !== undefined) {
    text += `:${location.line}`;
    if (location.column !== undefined) text += `:${location.column}`;
  }
  return text;
}

/** How many problems a person is shown; the rest are counted (`--json` reports them all). */
export const shownProblemLimit = 50;

/** The user-facing text of a user error: each problem at its location, each fix on its own line. */
export function formatUserError(error: UserError): string {
  if (error.problems.length > 1) {
    const hidden = error.problems.length - shownProblemLimit;
    return [
      error.message,
      ...error.problems
        .slice(0, shownProblemLimit)
        .map((problem) => `  ${formatProblem(problem).replaceAll('\n', '\n  ')}`),
      ...(hidden > 0 ? [`  … and ${hidden} more (--json lists them all)`] : []),
    ].join('\n');
  }
  const where = error.location ? `${formatLocation(error.location)}: ` : '';
  const fix = error.fix ? `\n  fix: ${error.fix}` : '';
  return `${where}${error.message}${fix}`;
}

/** `file:line:col: message` and the fix on the next line. */
export function formatProblem(problem: Problem): string {
  const fix = problem.fix ? `\n  fix: ${problem.fix}` : '';
  return `${formatLocation(problem.location)}: ${problem.message}${fix}`;
}

/** Throws the error built from a list of problems, if there are any. */
export function throwIfProblems(
  problems: readonly Problem[],
  create: (message: string, options: UserErrorOptions) => UserError,
  what: string,
): void {
  const [first] = problems;
  if (!first) return;
  if (problems.length === 1) {
    throw create(first.message, { location: first.location, ...fixOf(first), problems });
  }
  throw create(`${what} has ${problems.length} problems:`, { location: first.location, problems });
}
