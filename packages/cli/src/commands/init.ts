import { type InitReport, initRepository } from '@evident/app';
import type { CliIo, CommandResult } from '../io.js';
import type { Input } from '../program.js';
import { openCliWorkspace } from '../workspace.js';
import type { initSpec } from './specs.js';

/** Options and arguments of the command (commands/specs.ts). */
export type InitOptions = Input<typeof initSpec>;

/** `evident init`: one line per scaffolded file, with what happened to it. */
export async function runInit(options: InitOptions, io: CliIo): Promise<CommandResult<InitReport>> {
  const workspace = await openCliWorkspace(options, io);
  const report = await initRepository({ force: options.force === true }, workspace);
  return { report, text: report.files.map((file) => `${file.action.padEnd(11)} ${file.path}`).join('\n') };
}
