import { type CsafVersion, csafVersions } from '@evident/advisory';
import { type AdvisoryBuildReport, buildAdvisories } from '@evident/app';
import { UsageError } from '@evident/core';
import type { CliIo, CommandResult } from '../io.js';
import type { Input } from '../program.js';
import { openCliWorkspace } from '../workspace.js';
import type { advisoryBuildSpec } from './specs.js';

/** Options and arguments of the command (commands/specs.ts). */
export type AdvisoryBuildOptions = Input<typeof advisoryBuildSpec>;

/** `evident advisory build FILE.yml… -o DIR`: one line per advisory built, then the notices. */
export async function runAdvisoryBuild(
  options: AdvisoryBuildOptions,
  io: CliIo,
): Promise<CommandResult<AdvisoryBuildReport>> {
  const csafVersion = parseCsafVersion(options.csafVersion);
  const workspace = await openCliWorkspace(options, io);
  const report = await buildAdvisories(
    { files: options.files, output: options.output, csafVersion },
    workspace,
  );
  return { report, text: describe(report) };
}

function parseCsafVersion(version: string | undefined): CsafVersion {
  if (version === undefined) return '2.0';
  const known = csafVersions.find((name) => name === version);
  if (known === undefined) {
    throw new UsageError(`unknown CSAF version "${version}"`, {
      fix: 'use --csaf-version 2.0 (default) or 2.1',
    });
  }
  return known;
}

function describe(report: AdvisoryBuildReport): string {
  const lines = report.advisories.map(
    (advisory) =>
      `${advisory.source} → ${advisory.output}\n  ${advisory.id} ${advisory.version} ${advisory.status}, TLP:${advisory.tlp}, valid CSAF ${report.csafVersion} (${advisory.classification}${advisory.status === 'draft' ? ': a draft, not for publication' : ''})`,
  );
  return [...lines, ...report.notices.map((notice) => `note: ${notice}`)].join('\n');
}
