import { basename } from 'node:path';
import type { CsafFinding, ValidationPreset } from '@evident/advisory';
import { type AdvisoryValidateReport, type DocumentValidation, validateAdvisories } from '@evident/app';
import { UsageError } from '@evident/core';
import type { CliIo, CommandResult } from '../io.js';
import type { Input } from '../program.js';
import { deferCliWorkspace } from '../workspace.js';
import type { advisoryValidateSpec } from './specs.js';

/** Options and arguments of the command (commands/specs.ts). */
export type AdvisoryValidateOptions = Input<typeof advisoryValidateSpec>;

const presets: readonly ValidationPreset[] = ['mandatory', 'extended', 'full'];
// Text output lists this many findings per test and document; --json lists them all.
const shownPerTest = 10;

/**
 * `evident advisory validate FILE…`: exit 0 when all are valid, 1 when one is not, 2 when one
 * cannot be read as JSON.
 */
export async function runAdvisoryValidate(
  options: AdvisoryValidateOptions,
  io: CliIo,
): Promise<CommandResult<AdvisoryValidateReport>> {
  const preset = parsePreset(options.preset);
  const report = await validateAdvisories({ files: options.files, preset }, deferCliWorkspace(options, io));
  return { report, text: report.documents.map(describe).join('\n'), exitCode: report.valid ? 0 : 1 };
}

function parsePreset(preset: string | undefined): ValidationPreset {
  if (preset === undefined) return 'mandatory';
  const known = presets.find((name) => name === preset);
  if (known === undefined) {
    throw new UsageError(`unknown preset "${preset}"`, { fix: `use one of ${presets.join(', ')}` });
  }
  return known;
}

function describe(document: DocumentValidation): string {
  const verdict = document.valid ? 'valid' : `INVALID (fails ${document.failedTests.join(', ')})`;
  const lines = [
    `${document.file}: ${verdict} — CSAF ${document.csafVersion}, preset ${document.preset}, ${document.testCount} tests`,
  ];
  lines.push(...listFindings('error', document.errors));
  lines.push(...listFindings('warning', document.warnings));
  lines.push(...listFindings('info', document.infos));
  for (const skipped of document.skipped) lines.push(`  skipped ${skipped.test}: ${skipped.reason}`);
  if (document.expectedFileName !== undefined && basename(document.file) !== document.expectedFileName) {
    lines.push(`  note: the tracking id gives the file name ${document.expectedFileName} (CSAF 5.1)`);
  }
  return lines.join('\n');
}

function listFindings(severity: string, findings: readonly CsafFinding[]): string[] {
  const lines: string[] = [];
  const perTest = new Map<string, number>();
  for (const finding of findings) {
    const count = (perTest.get(finding.test) ?? 0) + 1;
    perTest.set(finding.test, count);
    if (count <= shownPerTest) {
      lines.push(`  ${severity} ${finding.test} ${finding.path || '/'}: ${finding.message}`);
      if (finding.fix !== undefined) lines.push(`    fix: ${finding.fix}`);
    }
  }
  for (const [test, count] of perTest) {
    if (count > shownPerTest)
      lines.push(`  … ${count - shownPerTest} more ${severity}s of ${test} (--json lists all)`);
  }
  return lines;
}
