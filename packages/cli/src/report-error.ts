import { ExitCode, exitCodeOf, formatUserError, isUserError, safeLogText, UsageError } from '@evident/core';
import type { CliIo } from './io.js';
import type { ParseMistake } from './parse-error.js';
import { cliTerms } from './terms.js';

/**
 * Prints an error for a person (stderr) and, with --json, for a machine (stdout); a user
 * error without a stack trace (its fix worded in the CLI's flags), a bug with one and a request
 * to report it.
 */
export function reportError(error: unknown, io: CliIo, json: boolean): number {
  if (isUserError(error)) {
    error.inTerms(cliTerms);
    io.stderr.write(`evident: error: ${safeLogText(formatUserError(error))}\n`);
    if (json) {
      const report = {
        error: { kind: error.kind, message: error.message, fix: error.fix, problems: error.problems },
      };
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    }
    return exitCodeOf(error);
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(
    `evident: internal error (a bug in Evident; please report it with this output):\n${safeLogText(detail)}\n`,
  );
  if (json)
    io.stdout.write(`${JSON.stringify({ error: { kind: 'internal', message: String(error) } }, null, 2)}\n`);
  return ExitCode.internal;
}

/** A mistake on the command line, as the usage error every face reports the same way. */
export function usageErrorOf(mistake: ParseMistake): UsageError {
  return new UsageError(mistake.message, { fix: mistake.fix });
}
