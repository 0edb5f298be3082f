import type { OptionsOf } from './command-spec.js';
import type { globalOptions } from './commands/specs.js';

/** The process-level things a command may touch, passed in so tests can run the CLI in-process. */
export interface CliIo {
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Options every command accepts (commands/specs.ts `globalOptions`). */
export type GlobalOptions = OptionsOf<typeof globalOptions>;

/** What a command hands back: its report (printed with --json), a line for people, an exit code. */
export interface CommandResult<Report = unknown> {
  readonly report: Report;
  readonly text: string;
  readonly exitCode?: 0 | 1;
}
