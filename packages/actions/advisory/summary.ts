import type { AdvisoryBuildReport } from '@evident/app';
import { escapeMarkdownLine } from '@evident/core';

/**
 * The step summary of a build. A summary can be seen by anyone who can see the run, so it
 * lists only advisories classified public (released, TLP:WHITE/CLEAR); drafts and restricted
 * advisories are counted, never named (DESIGN.md: confidentiality).
 */
export function renderAdvisorySummary(report: AdvisoryBuildReport, shownPath: string): string {
  const published = report.advisories.filter((advisory) => advisory.classification === 'public');
  const withheld = report.advisories.length - published.length;
  const rows = published.map(
    (advisory) =>
      `| ${escapeMarkdownLine(advisory.id)} | ${escapeMarkdownLine(advisory.version)} | ${escapeMarkdownLine(advisory.title)} |`,
  );
  return [
    '## Evident advisories',
    '',
    `${report.advisories.length} ${report.advisories.length === 1 ? 'advisory' : 'advisories'} built as valid CSAF ${report.csafVersion} into \`${shownPath}\`.`,
    '',
    ...(published.length ? ['| Advisory | Version | Title |', '| --- | --- | --- |', ...rows, ''] : []),
    ...(withheld
      ? [
          `${withheld} not listed: drafts and advisories with a TLP other than WHITE/CLEAR are never written to a summary.`,
          '',
        ]
      : []),
  ].join('\n');
}
