import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/index.js';

describe('README', () => {
  it('lists every industrial rule with its FR and 62443-4-2 requirement', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const rule of rules) {
      expect(readme).toContain(
        `| \`${rule.id}\` | ${rule.subject} | ${rule.frs.join(', ')} | ${rule.requirement} | ${rule.title} |`,
      );
    }
  });
});
