/**
 * The built-in template helpers. Each is a plain function of its arguments (Handlebars'
 * trailing `options` argument is stripped before they are called), deterministic, and treats
 * null/undefined as "nothing" so optional fields render empty instead of failing.
 */
import {
  canonicalJson,
  escapeMarkdown,
  escapeMarkdownCell,
  escapeMarkdownItem,
  escapeMarkdownLine,
  escapeMarkdownUrl,
  InputError,
} from '@evident/core';
import { MarkdownString } from './escape.js';

/** A template helper as callers write it: positional arguments in, a value out. */
export type TemplateHelper = (...args: never[]) => unknown;

/** Truthiness as Handlebars' `{{#if}}` sees it: empty lists are false too. */
function isTruthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOf(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

const ISO_DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// A time needs an explicit zone: without one JavaScript reads it as local time, and the
// output would depend on the machine's time zone.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** `YYYY-MM-DD` in UTC from a Date or an ISO 8601 string; empty for null/undefined. */
export function formatIsoDate(value: unknown): string {
  if (value === null || value === undefined) return '';
  let date: Date | undefined;
  if (value instanceof Date) date = value;
  else if (typeof value === 'string' && (ISO_DATE_ONLY.test(value) || ISO_DATE_TIME.test(value))) {
    date = new Date(value);
  }
  const day =
    date !== undefined && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : undefined;
  // A date-only string must survive the round trip, or it named a day that does not exist (02-30).
  if (day === undefined || (typeof value === 'string' && ISO_DATE_ONLY.test(value) && day !== value)) {
    throw new InputError(`date: ${JSON.stringify(String(value))} is not an ISO 8601 date`, {
      fix: 'use YYYY-MM-DD or a date-time with a zone, e.g. 2024-05-01T12:00:00Z',
    });
  }
  return day;
}

/** A GitHub-style heading anchor: lower case, punctuation removed, spaces as `-`. */
export function slugify(value: unknown): string {
  return textOf(value)
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

// Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
const isUrlIgnored = (char: string): boolean => char <= ' ' || char === '\u007f';
const URL_SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The URL if it is relative or http(s)/mailto; anything else (`javascript:`, `data:`, `vbscript:`)
 * prefixed with `unsafe:` so a link built from data cannot run script. HTML escaping alone
 * leaves `javascript:alert(1)` intact, because it contains nothing to escape.
 */
export function safeUrl(value: unknown): string {
  const text = textOf(value);
  const scheme = URL_SCHEME.exec(
    [...text].filter((char) => !isUrlIgnored(char)).join(''),
  )?.[1]?.toLowerCase();
  return scheme === undefined || SAFE_SCHEMES.has(scheme) ? text : `unsafe:${text}`;
}

function countOf(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (Array.isArray(value)) return value.length;
  if (isPlainRecord(value)) return Object.keys(value).length;
  throw new InputError(`count: expected a list or an object, got ${typeof value}`);
}

function joinList(list: unknown, separator: unknown = ', '): string {
  if (list === null || list === undefined) return '';
  if (!Array.isArray(list)) throw new InputError(`join: expected a list, got ${typeof list}`);
  return list.map(textOf).join(textOf(separator));
}

function pluralize(count: unknown, singular: unknown, plural?: unknown): string {
  const n = Array.isArray(count) ? count.length : Number(count);
  if (n === 1) return textOf(singular);
  return plural === undefined ? `${textOf(singular)}s` : textOf(plural);
}

/**
 * The built-in helpers, by name.
 * - `eq a b`, `ne a b`: strict (in)equality.
 * - `and a b …`, `or a b …`, `not a`: booleans, with `{{#if}}` truthiness (an empty list is false).
 * - `json value`: canonical JSON (sorted keys, 2-space indent).
 * - `join list [separator=", "]`, `count listOrObject`.
 * - `date value`: `YYYY-MM-DD` (UTC) from a Date or ISO string.
 * - `upper s`, `lower s`, `default value fallback` (fallback for null, undefined, "").
 * - `pluralize n singular [plural]`: the word only; n may be a number or a list.
 * - `md s`: escaped Markdown; `mdCell s`: escaped for a table cell (`|` escaped, newlines `<br>`).
 * - `mdItem s`: escaped for a list item (continuation lines indented); `mdLine s`: for one line
 *   (line breaks as spaces); `mdUrl s`: a `url` for a `(<…>)` link destination.
 * - `slug s`: a heading anchor.
 * - `url s`: the URL, or `unsafe:`-prefixed unless relative, http(s) or mailto (for href/src).
 */
export const builtInHelpers: Readonly<Record<string, TemplateHelper>> = Object.freeze({
  eq: (a: unknown, b: unknown) => a === b,
  ne: (a: unknown, b: unknown) => a !== b,
  and: (...values: unknown[]) => values.every(isTruthy),
  or: (...values: unknown[]) => values.some(isTruthy),
  not: (value: unknown) => !isTruthy(value),
  // Core's canonical form (sorted keys), without the trailing newline a file gets.
  json: (value: unknown) => canonicalJson(value ?? null).trimEnd(),
  join: joinList,
  count: countOf,
  date: formatIsoDate,
  upper: (value: unknown) => textOf(value).toUpperCase(),
  lower: (value: unknown) => textOf(value).toLowerCase(),
  default: (value: unknown, fallback: unknown) =>
    value === null || value === undefined || value === '' ? fallback : value,
  pluralize,
  md: (value: unknown) => new MarkdownString(escapeMarkdown(textOf(value))),
  mdCell: (value: unknown) => new MarkdownString(escapeMarkdownCell(textOf(value))),
  mdItem: (value: unknown) => new MarkdownString(escapeMarkdownItem(textOf(value))),
  mdLine: (value: unknown) => new MarkdownString(escapeMarkdownLine(textOf(value))),
  mdUrl: (value: unknown) => new MarkdownString(escapeMarkdownUrl(safeUrl(value))),
  slug: slugify,
  url: safeUrl,
});
