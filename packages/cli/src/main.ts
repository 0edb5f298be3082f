import { CommanderError } from 'commander';
import type { CliIo, CommandResult } from './io.js';
import { createProgram } from './program.js';
import { reportError } from './report-error.js';

/**
 * Runs the CLI and returns the exit code; the one place where errors become messages and
 * exit codes (0 success, 1 a gate or verification failed, 2 usage or input error, 3 bug).
 */
export async function main(io: CliIo): Promise<number> {
  let result: CommandResult | undefined;
  let json = false;
  const program = createProgram(async (load, options) => {
    json = options.json === true;
    const handler = await load();
    result = await handler(options as never, io);
  });
  program.exitOverride().configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    outputError: (text, write) => write(`evident: ${text.replace(/^error: /, 'error: ')}`),
  });
  try {
    await program.parseAsync([...io.argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    return reportError(error, io, json);
  }
  if (!result) return 0;
  if (json) io.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
  else if (result.text) io.stdout.write(`${result.text}\n`);
  return result.exitCode ?? 0;
}
