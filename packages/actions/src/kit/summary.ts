import { escapeMarkdownLine, formatLocation } from '@evident/core';
import type { OverflowEntry } from './logger.js';

/** The runner refuses a step summary over 1 MiB (and shows nothing of it). */
export const summaryLimitBytes = 1024 * 1024;

/** Where the whole report is, for when the summary cannot hold it. */
export interface ReportLink {
  readonly label: string;
  readonly url: string;
}

/** Options of {@link composeSummary}. */
export interface SummaryOptions {
  /** Messages the step could not show as annotations. */
  readonly overflow?: readonly OverflowEntry[];
  readonly fullReport?: ReportLink;
  readonly limitBytes?: number;
  /** Maps a location's file to the path people know it by (relative to the workspace). */
  readonly locate?: (file: string) => string;
}

/**
 * The step summary: the action's Markdown, then the messages past the annotation limits, then
 * the link to the full report. Cut at a line boundary so that it stays within the limit, with a
 * closing line that says so and links the full report.
 */
export function composeSummary(markdown: string, options: SummaryOptions = {}): string {
  const limit = options.limitBytes ?? summaryLimitBytes;
  const link = options.fullReport
    ? `\n[${escapeMarkdownLine(options.fullReport.label)}](${options.fullReport.url})\n`
    : '';
  const body = `${ensureNewline(markdown)}${describeOverflow(options.overflow ?? [], options.locate)}`;
  if (byteLength(body) + byteLength(link) <= limit) return `${body}${link}`;
  const where = options.fullReport ? 'the full report is linked below' : 'the full report is in the log';
  const notice = `\n_This summary was cut to fit GitHub's 1 MiB limit; ${where}._\n${link}`;
  return `${cutToBytes(body, limit - byteLength(notice))}${notice}`;
}

function describeOverflow(entries: readonly OverflowEntry[], locate = (file: string) => file): string {
  if (entries.length === 0) return '';
  const lines = entries.map((entry) => {
    const where = entry.location
      ? ` \`${formatLocation({ ...entry.location, file: locate(entry.location.file) })}\``
      : '';
    return `- **${entry.severity}**${where}: ${escapeMarkdownLine(entry.message)}`;
  });
  const heading = `\n### ${entries.length} more ${entries.length === 1 ? 'message' : 'messages'} (GitHub shows 10 annotations of each kind per step)\n\n`;
  return `${heading}${lines.join('\n')}\n`;
}

/** The longest prefix ending at a line break that fits in `bytes` UTF-8 bytes. */
function cutToBytes(text: string, bytes: number): string {
  const encoded = Buffer.from(text, 'utf8');
  if (encoded.byteLength <= bytes) return text;
  const head = encoded.subarray(0, Math.max(0, bytes));
  const lastBreak = head.lastIndexOf(0x0a);
  return head.subarray(0, lastBreak + 1).toString('utf8');
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function ensureNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}
