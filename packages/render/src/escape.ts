import { escapeMarkdown } from '@evident/core';

/**
 * Escaping policy. A template's output format follows from its name's extension and decides
 * how `{{value}}` is escaped: HTML entities for HTML/SVG, Markdown escapes for Markdown, and
 * nothing for other formats (plain text, JSON: there the template is responsible, and JSON
 * templates should emit values through the `json` helper).
 */

/** How `{{value}}` is escaped in a template's output. */
export type OutputFormat = 'html' | 'markdown' | 'text';

const FORMAT_BY_EXTENSION: Readonly<Record<string, OutputFormat>> = {
  html: 'html',
  htm: 'html',
  svg: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
};

/** The output format of a template, from its name's extension (`pack/summary.md` → markdown). */
export function outputFormatOf(name: string): OutputFormat {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  const extension = dot < 0 ? '' : base.slice(dot + 1).toLowerCase();
  return Object.hasOwn(FORMAT_BY_EXTENSION, extension) ? (FORMAT_BY_EXTENSION[extension] ?? 'text') : 'text';
}

/**
 * Markdown that is already escaped (from the `md`/`mdCell` helpers or a caller's own helper):
 * Markdown templates output it as is. Anywhere else it is ordinary text and escaped again,
 * so it can never carry raw markup into HTML.
 */
export class MarkdownString {
  readonly markdown: string;
  constructor(markdown: string) {
    this.markdown = markdown;
  }
  toString(): string {
    return this.markdown;
  }
}

/** True for a Handlebars SafeString (or anything else that vouches for its own markup). */
function isSafeString(value: unknown): value is { toHTML(): string } {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'toHTML') === 'function';
}

/**
 * What `{{value}}` writes in a Markdown template: nothing for null/undefined, escaped Markdown
 * and SafeStrings as they are, everything else converted to text and escaped.
 */
export function markdownOutputOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof MarkdownString) return value.markdown;
  if (isSafeString(value)) return value.toHTML();
  return escapeMarkdown(String(value));
}
