import parseSpdxExpression from 'spdx-expression-parse';
import type { LicenseDeclaration } from '../inventory.js';

/**
 * The `license` of a lockfile entry as the inventory records it. npm copies it from the
 * package's package.json: a string (an SPDX expression, or any text), or in old packages
 * `{ type, url }`, or an array of either (`["MIT", "Apache2"]`, meaning the user may choose).
 * An array whose every element is an SPDX licence id becomes one expression joined with OR
 * (`MIT OR Apache-2.0`): that is what the array means. When an element is no SPDX id
 * (`Apache2`), no expression can say it without inventing an id, so the names are kept as
 * they are, in their order, each to be written as its own licence.
 */
export function licenseOfEntry(value: unknown): LicenseDeclaration | undefined {
  // Run once per entry of a lockfile of thousands: the common string form allocates nothing.
  if (!Array.isArray(value)) return licenseName(value);
  const names = [...new Set(value.map(licenseName))].filter((name): name is string => name !== undefined);
  if (names.length < 2) return names[0];
  return names.every(isSpdxId) ? names.join(' OR ') : names;
}

/** One element: a string, or `{ type }` of the old object form. */
function licenseName(value: unknown): string | undefined {
  const text =
    typeof value === 'string'
      ? value
      : value !== null && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string'
        ? (value as { type: string }).type
        : undefined;
  return text?.trim() || undefined;
}

/** One SPDX licence id (with `+` or `WITH exception`), not a compound expression. */
function isSpdxId(name: string): boolean {
  try {
    const parsed = parseSpdxExpression(name) as { conjunction?: unknown };
    return parsed.conjunction === undefined;
  } catch {
    return false;
  }
}
