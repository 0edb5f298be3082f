import { reportThreatModel, type ThreatModelReportReport } from '@evident/app';
import type { CliIo, CommandResult } from '../io.js';
import { openCliWorkspace } from '../workspace.js';
import { threatModelFiles } from './threat-model-check.js';
import type { ThreatModelReportOptions } from './threat-model-options.js';

/**
 * `evident threat-model report [FILE] -o DIR`: exit 0 even when the check fails (the report
 * shows it; `check` is the gate).
 */
export async function runThreatModelReport(
  options: ThreatModelReportOptions,
  io: CliIo,
): Promise<CommandResult<ThreatModelReportReport>> {
  const workspace = await openCliWorkspace(options, io);
  const { report, failures } = await reportThreatModel(
    { ...threatModelFiles(options), output: options.output, force: options.force === true },
    workspace,
  );
  return {
    report,
    text: `Threat-model reports written to ${report.path}\n  ${report.files.join(', ')}\n  check: ${report.passed ? 'passed' : `failed (${failures} failures; see the report)`}\n  classification: internal (lists open threats; do not publish)`,
  };
}
