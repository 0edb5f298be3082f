import { createHash } from 'node:crypto';
import { InternalError } from './errors.js';

/**
 * Deterministic serialization: the same data gives the same bytes. Object keys are sorted;
 * array order is the caller's (sort sets before serializing, keep meaningful lists as they are).
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value, '$'), null, 2)}\n`;
}

function sortKeys(value: unknown, at: string): unknown {
  if (Array.isArray(value)) return value.map((item, index) => sortKeys(item, `${at}[${index}]`));
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new InternalError(`canonicalJson: ${at} is ${value}, which JSON cannot hold`);
  }
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) {
      Object.defineProperty(sorted, key, {
        value: sortKeys(item, `${at}.${key}`),
        enumerable: true,
        writable: true,
      });
    }
  }
  return sorted;
}

/** Lower-case hex SHA-256 of bytes or UTF-8 text. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A UUID derived from content (RFC 9562 version 8, from SHA-256): the same content always
 * gets the same id, so serial numbers and document ids are reproducible.
 */
export function contentUuid(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  const bytes = hash.digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Code-point order: locale-independent, so the same on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy sorted by a string key, in code-point order. */
export function sortedBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return items.toSorted((a, b) => compareStrings(key(a), key(b)));
}
