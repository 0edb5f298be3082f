import type { TrackingStatus } from '@evident/advisory';
import { type AdvisoryReviseReport, reviseAdvisoryFile } from '@evident/app';
import { UsageError } from '@evident/core';
import type { CliIo, CommandResult } from '../io.js';
import type { Input } from '../program.js';
import { openCliWorkspace } from '../workspace.js';
import type { advisoryReviseSpec } from './specs.js';

/** Options and arguments of the command (commands/specs.ts). */
export type AdvisoryReviseOptions = Input<typeof advisoryReviseSpec>;

const statuses: readonly TrackingStatus[] = ['draft', 'interim', 'final'];

/** `evident advisory revise FILE.yml`: `FILE: old version → new version`. */
export async function runAdvisoryRevise(
  options: AdvisoryReviseOptions,
  io: CliIo,
): Promise<CommandResult<AdvisoryReviseReport>> {
  const status = parseStatus(options.status);
  const workspace = await openCliWorkspace(options, io);
  const report = await reviseAdvisoryFile(
    {
      file: options.file,
      major: options.major === true,
      ...(options.summary === undefined ? {} : { summary: options.summary }),
      ...(status === undefined ? {} : { status }),
    },
    workspace,
  );
  const from = report.from ? `${report.from.version} ${report.from.status}` : 'no history';
  return { report, text: `${report.file}: ${from} → ${report.to.version} ${report.to.status}` };
}

function parseStatus(status: string | undefined): TrackingStatus | undefined {
  if (status === undefined) return undefined;
  const known = statuses.find((name) => name === status);
  if (known === undefined)
    throw new UsageError(`unknown status "${status}"`, { fix: 'use draft, interim or final' });
  return known;
}
