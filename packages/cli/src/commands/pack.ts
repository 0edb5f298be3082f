import { buildPack, type PackReport } from '@evident/app';
import type { CliIo, CommandResult, GlobalOptions } from '../io.js';
import { openCliWorkspace } from '../workspace.js';

/** Options of `evident pack`. */
export interface PackOptions extends GlobalOptions {
  readonly output: string;
  readonly force?: boolean;
}

/** `evident pack`: assesses all 47 requirements and writes the pack atomically. */
export async function runPack(options: PackOptions, io: CliIo): Promise<CommandResult<PackReport>> {
  const workspace = await openCliWorkspace(options, io);
  const report = await buildPack({ output: options.output, force: options.force === true }, workspace);
  return { report, text: describe(report) };
}

function describe(report: PackReport): string {
  const counts = Object.entries(report.summary)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ');
  return `Pack written to ${report.path}\n  47 requirements: ${counts}\n  classification: ${report.classification} (share with the assessor, do not publish)`;
}
