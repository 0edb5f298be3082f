import { type InitReport, initRepository } from '@evident/app';
import type { CliIo, CommandResult, GlobalOptions } from '../io.js';
import { openCliWorkspace } from '../workspace.js';

/** Options of `evident init`. */
export interface InitOptions extends GlobalOptions {
  readonly force?: boolean;
}

/** `evident init`: one line per scaffolded file, with what happened to it. */
export async function runInit(options: InitOptions, io: CliIo): Promise<CommandResult<InitReport>> {
  const workspace = await openCliWorkspace(options, io);
  const report = await initRepository({ force: options.force === true }, workspace);
  return { report, text: report.files.map((file) => `${file.action.padEnd(11)} ${file.path}`).join('\n') };
}
