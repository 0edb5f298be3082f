import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateValidator } from '../scripts/precompile-validator.mjs';

describe('the precompiled validator', () => {
  it('is generated from the current schema (else run scripts/precompile-validator.mjs)', async () => {
    const current = readFileSync(new URL('../generated/validate-threat-model.js', import.meta.url), 'utf8');
    expect(current).toBe(await generateValidator());
  });
});
