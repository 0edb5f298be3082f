import { CommanderError } from 'commander';
import type { CliIo, CommandResult } from './io.js';
import { createProgram, type Dispatch } from './program.js';

/**
 * Runs the CLI and returns the exit code; the one place where errors become messages and
 * exit codes (0 success, 1 a gate or verification failed, 2 usage or input error, 3 bug).
 */
export async function main(io: CliIo): Promise<number> {
  let result: CommandResult | undefined;
  let json = false;
  let quiet = false;
  const dispatch: Dispatch = async (load, options) => {
    json = options.json === true;
    quiet = options.quiet === true;
    const handler = await load();
    result = await handler(options as never, io);
  };
  const program = createProgram(dispatch, {
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    outputError: (text, write) => write(`evident: ${text}`),
  });
  try {
    await program.parseAsync([...io.argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    // Loaded only on failure: it pulls in @evident/core, which --version and --help never need.
    const { reportError } = await import('./report-error.js');
    return reportError(error, io, json);
  }
  if (!result) return 0;
  if (json) io.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
  else if (result.text && !quiet) io.stdout.write(`${result.text}\n`);
  return result.exitCode ?? 0;
}
