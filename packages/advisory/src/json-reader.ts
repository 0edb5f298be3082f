/**
 * Lenient readers of a parsed JSON document for the views: a renderer shows what a CSAF
 * document holds, valid or not, so a field of the wrong type reads as absent instead of throwing.
 */

/** A JSON object. */
export type Json = Record<string, unknown>;

/** The value if it is an object, else an empty one. */
export function record(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

/** The value's items as objects, if it is an array; else none. */
export function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.map(record) : [];
}

/** The value's string items, if it is an array; else none. */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The value if it is a string, else null. */
export function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
