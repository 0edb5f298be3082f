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

/**
 * A parameter of a use case that the user sets, named the same way by every face: the CLI
 * calls `output` `-o/--output`, an action calls it the `output` input.
 */
export type Parameter = 'output' | 'force' | 'cwd' | 'path';

/** How a face (the CLI, an action) says a {@link Parameter} in a fix. */
export interface ParameterTerms {
  /** The parameter as a noun: "-o/--output", "the `output` input". */
  name(parameter: Parameter): string;
  /** The instruction that sets it: "pass --force", "set `force: true`". */
  instruct(parameter: Parameter): string;
}

/** A fix that names parameters, worded by the face that shows it. */
export type FixWording = (terms: ParameterTerms) => string;

/** The structured part of a fix: the parameter involved, for the face to name and to act on. */
export interface ErrorHint {
  readonly parameter: Parameter;
}

/**
 * The terms an error is worded in until a face words it: the parameter's own name. Used by
 * code that shows an error outside a face (tests, libraries).
 */
export const neutralTerms: ParameterTerms = {
  name: (parameter) => `\`${parameter}\``,
  instruct: (parameter) => (parameter === 'force' ? 'set `force`' : `set \`${parameter}\``),
};

/** Options shared by every user error. */
export interface UserErrorOptions {
  /** Every problem found, when there are several (the CLI lists them, actions annotate them). */
  readonly problems?: readonly Problem[];
  /** The file and position the problem is at. */
  readonly location?: SourceLocation;
  /**
   * What the user should do about it, one sentence. A fix that names a parameter is a
   * {@link FixWording}, so that each face says the parameter in its own terms.
   */
  readonly fix?: string | FixWording;
  /** The parameter the error is about, when it is one the user sets. */
  readonly hint?: ErrorHint;
  readonly cause?: unknown;
}

/** An error the user can fix; the CLI prints it without a stack trace and exits 2. */
export abstract class UserError extends Error {
  abstract readonly kind: UserErrorKind;
  readonly location: SourceLocation | undefined;
  readonly hint: ErrorHint | undefined;
  #fix: string | FixWording | undefined;
  #terms: ParameterTerms = neutralTerms;
  readonly #problems: readonly Problem[] | undefined;

  constructor(message: string, options: UserErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.location = options.location;
    this.hint = options.hint;
    this.#fix = options.fix;
    this.#problems = options.problems;
  }

  /** What the user should do, in the terms of the face that shows the error. */
  get fix(): string | undefined {
    return typeof this.#fix === 'function' ? this.#fix(this.#terms) : this.#fix;
  }

  /** Every problem; one at the error's location when none were given. */
  get problems(): readonly Problem[] {
    if (this.#problems) return this.#problems;
    const fix = this.fix;
    return this.location
      ? [{ message: this.message, location: this.location, ...(fix === undefined ? {} : { fix }) }]
      : [];
  }

  /** Words the fix in a face's terms (the CLI's flags, an action's inputs); returns the error. */
  inTerms(terms: ParameterTerms): this {
    this.#terms = terms;
    return this;
  }
}

function fixOf(options: { readonly fix?: string }): { fix?: string } {
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
