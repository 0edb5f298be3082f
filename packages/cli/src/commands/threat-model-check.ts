import { checkThreatModelFile, type ThreatModelCheckReport } from '@evident/app';
import type { ThreatModelCheck } from '@evident/threat-model';
import type { CliIo, CommandResult } from '../io.js';
import { openCliWorkspace } from '../workspace.js';
import type { ThreatModelOptions, ThreatModelReportOptions } from './threat-model-options.js';

/**
 * `evident threat-model check [FILE] [--junit FILE…]`: exit 0 when the model passes, 1 when it
 * fails (see checkThreatModel for what fails), 2 when it cannot be read.
 */
export async function runThreatModelCheck(
  options: ThreatModelOptions,
  io: CliIo,
): Promise<CommandResult<ThreatModelCheckReport>> {
  const workspace = await openCliWorkspace(options, io);
  const report = await checkThreatModelFile(threatModelFiles(options), workspace);
  return { report, text: describe(report), exitCode: report.passed ? 0 : 1 };
}

/** The files of the threat-model options, as the use cases take them. */
export function threatModelFiles(options: ThreatModelOptions | ThreatModelReportOptions) {
  return {
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(options.junit === undefined ? {} : { junit: options.junit }),
    ...(options.sbom === undefined ? {} : { sbom: options.sbom }),
  };
}

// Text output lists this many findings of each kind; --json lists them all.
const shown = 20;
function describe(report: ThreatModelCheckReport): string {
  const count = (key: string) => report.counts[key] ?? 0;
  const lines = [
    `${report.file}: ${report.title}: ${report.passed ? 'passed' : `FAILED (${report.failures.length} failure${report.failures.length === 1 ? '' : 's'})`}`,
    `  ${count('components')} components, ${count('elements')} elements, ${count('flows')} flows in ${count('zones')} assumed zones`,
    `  ${count('threats')} threats (tolerable risk ${report.tolerableRisk}), ${count('suggestions')} rule suggestions (${count('untriagedSuggestions')} untriaged), ${count('strideGaps')} STRIDE gaps`,
    `  SL-C/SL-T: ${levels(report)}`,
    `  tests: ${report.testsChecked ? traceSummary(report) : 'not checked (pass --junit FILE)'}`,
  ];
  const list = (title: string, mark: string, findings: ThreatModelCheck['failures']) => {
    if (findings.length === 0) return;
    lines.push(`${title}:`);
    for (const finding of findings.slice(0, shown)) lines.push(`  ${mark} ${finding.message}`);
    if (findings.length > shown) lines.push(`  … and ${findings.length - shown} more (--json lists all)`);
  };
  list('failures', '✗', report.failures);
  list('warnings', '!', report.warnings);
  return lines.join('\n');
}

function levels(report: ThreatModelCheckReport): string {
  const parts = report.securityLevels.slice(0, 6).map((component) => {
    const gaps = component.levels.filter((level) => level.gap);
    const open = gaps.filter((level) => level.countermeasure === undefined).length;
    return `${component.component} ${gaps.length === 0 ? 'no gap' : `${gaps.length} gap${gaps.length === 1 ? '' : 's'} (${open} uncovered)`}`;
  });
  const more = report.securityLevels.length > 6 ? `, … ${report.securityLevels.length - 6} more` : '';
  return `${parts.join(', ')}${more}`;
}

function traceSummary(report: ThreatModelCheckReport): string {
  const tally = new Map<string, number>();
  for (const entry of report.traceability) tally.set(entry.result, (tally.get(entry.result) ?? 0) + 1);
  return [...tally].map(([result, number]) => `${number} ${result}`).join(', ');
}
