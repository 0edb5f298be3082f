import { safeLogText } from '@evident/core';
import type { Command, CommanderError } from 'commander';
import type { CliIo, CommandResult } from './io.js';
import { explainParseError } from './parse-error.js';
import { createProgram, type Dispatch } from './program.js';

/** A parser error, with the command it came from, so the fix can name that command's help. */
class ParseFailure extends Error {
  readonly error: CommanderError;
  readonly command: Command;

  constructor(error: CommanderError, command: Command) {
    super(error.message);
    this.error = error;
    this.command = command;
  }
}

/**
 * Runs the CLI and returns the exit code; the one place where errors become messages and
 * exit codes (0 success, 1 a gate or verification failed, 2 usage or input error, 3 bug).
 */
export async function main(io: CliIo): Promise<number> {
  let result: CommandResult | undefined;
  // Known before parsing, so a parser error can be reported as JSON too.
  let json = wantsJson(io.argv);
  let quiet = false;
  const dispatch: Dispatch = async (options, run) => {
    json = options.json === true;
    quiet = options.quiet === true;
    result = await run(io);
  };
  const program = createProgram(dispatch, {
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    // Parser errors are reported below, with a fix, like every other usage error.
    outputError: () => {},
  });
  reportParseErrorsFrom(program);
  try {
    await program.parseAsync([...io.argv], { from: 'user' });
  } catch (error) {
    // --help and --version end here too, with exit code 0.
    if (error instanceof ParseFailure && error.error.exitCode === 0) return 0;
    // Loaded only on failure: it pulls in @evident/core, which --version and --help never need.
    const { reportError, usageErrorOf } = await import('./report-error.js');
    if (error instanceof ParseFailure) {
      return reportError(usageErrorOf(explainParseError(error.error, error.command)), io, json);
    }
    return reportError(error, io, json);
  }
  if (!result) return 0;
  if (json) io.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
  else if (result.text && !quiet) io.stdout.write(`${safeLogText(result.text)}\n`);
  return result.exitCode ?? 0;
}

/** Every command of the tree throws its parser errors tagged with itself. */
function reportParseErrorsFrom(command: Command): void {
  command.exitOverride((error) => {
    throw new ParseFailure(error, command);
  });
  for (const sub of command.commands) reportParseErrorsFrom(sub);
}

function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}
