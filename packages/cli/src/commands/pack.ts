import { buildPack, type PackReport } from '@evident/app';
import type { CliIo, CommandResult } from '../io.js';
import type { Input } from '../program.js';
import { openCliWorkspace } from '../workspace.js';
import type { packSpec } from './specs.js';

/** Options and arguments of the command (commands/specs.ts). */
export type PackOptions = Input<typeof packSpec>;

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
