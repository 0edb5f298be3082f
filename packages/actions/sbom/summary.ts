import type { SbomReport } from '@evident/app';
import { escapeMarkdownLine } from '@evident/core';

const scopes = ['required', 'optional', 'excluded'] as const;

/**
 * The step summary of an SBOM run: per SBOM its components by scope and what the inputs did
 * not say; for the product's SBOM the licences, most frequent first. An SBOM is public
 * information about the product's parts, so the summary may show all of this.
 */
export function renderSbomSummary(report: SbomReport, shownPath: (file: string) => string): string {
  const rows = report.files.map((file) => {
    const counts = scopes.map((scope) => file.byScope[scope] ?? 0);
    return `| \`${escapeMarkdownLine(shownPath(file.path ?? ''))}\` | ${escapeMarkdownLine(file.subject)} | ${file.components} | ${counts.join(' | ')} |`;
  });
  const [product] = report.files;
  const licences = Object.entries(product?.byLicense ?? {})
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, 15)
    .map(([licence, count]) => `| ${escapeMarkdownLine(licence)} | ${count} |`);
  const gaps = report.files.flatMap((file) =>
    file.gaps.map((gap) => `- ${escapeMarkdownLine(file.subject)}: ${escapeMarkdownLine(gap)}`),
  );
  return [
    `## Evident SBOM (CycloneDX ${report.spec}, ${report.format.toUpperCase()})`,
    '',
    'Validated against the official schema before it was written; the same commit gives the same bytes.',
    '',
    '| File | Describes | Components | Required | Optional | Excluded (dev) |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    ...(licences.length > 0
      ? ['### Licences of the product', '', '| Licence | Components |', '| --- | ---: |', ...licences, '']
      : []),
    '### Incomplete',
    '',
    ...(gaps.length > 0 ? gaps : ['Nothing: every component has a hash, a licence, and its dependencies.']),
    '',
  ].join('\n');
}
