import type { PackReport } from '@evident/app';
import { type EvidenceStatus, evidenceStatuses } from '@evident/core';

/**
 * The step summary of a pack: counts per status and the classification note. The pack is
 * classified customer, and a summary can be seen by anyone who can see the run, so it
 * never shows evidence, only how many requirements have which status.
 */
export function renderPackSummary(report: PackReport, shownPath: string): string {
  const rows = evidenceStatuses.map((status) => `| ${status} | ${count(report.summary, status)} |`);
  const total = evidenceStatuses.reduce((sum, status) => sum + count(report.summary, status), 0);
  return [
    '## Evident compliance pack',
    '',
    `Evidence status of the ${total} requirements of IEC 62443-4-1.`,
    '',
    '| Status | Requirements |',
    '| --- | ---: |',
    ...rows,
    `| **total** | **${total}** |`,
    '',
    `**Classification: ${report.classification}.** Share the pack with your assessor; do not publish it. This summary shows counts only.`,
    '',
    `The pack (${report.files.length} files) is in \`${shownPath}\`: upload it as an artifact to keep it.`,
    '',
  ].join('\n');
}

/** The run's page, where an uploaded pack is found; undefined outside a runner. */
export function runLink(env: Readonly<Record<string, string | undefined>> = process.env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = env;
  if (!server || !repository || !run) return undefined;
  return {
    label: 'The run (with the pack, if uploaded as an artifact)',
    url: `${server}/${repository}/actions/runs/${run}`,
  };
}

function count(summary: Readonly<Record<EvidenceStatus, number>>, status: EvidenceStatus): number {
  return summary[status] ?? 0;
}
