import type { Problem } from '../errors.js';
import { describePath } from '../validate.js';
import type { ResolvedConfig } from './load.js';

/**
 * What `evident init` writes where it found nothing real (no git remote, no e-mail in
 * package.json). `.invalid` is reserved (RFC 2606): such an address or URL can reach no one,
 * so `evident pack` warns for as long as one is left.
 */
export const placeholders = Object.freeze({
  email: 'security@example.invalid',
  url: 'https://example.invalid',
  name: 'TODO: manufacturer name',
});

/** True for a value init wrote as a placeholder, or one the user left marked TODO. */
export function isPlaceholder(value: string): boolean {
  return value.includes('example.invalid') || value.startsWith('TODO');
}

/** Every setting of evident.yml that still holds a placeholder, located, with the fix. */
export function findPlaceholders(config: ResolvedConfig): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      if (isPlaceholder(value)) {
        problems.push({
          message: `${describePath(path)} is still a placeholder (${JSON.stringify(value)})`,
          location: config.source.locate(path),
          fix: 'replace it with the real value (evident init found none to fill in)',
        });
      }
    } else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, [...path, index]);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(config.source.data, []);
  return problems;
}
