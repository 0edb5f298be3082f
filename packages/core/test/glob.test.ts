import { describe, expect, it } from 'vitest';
import { matchesGlob } from '../src/index.js';

describe('matchesGlob', () => {
  it.each([
    ['v*', 'v1.2.3', true],
    ['v*', 'x1.2.3', false],
    ['v*', 'v', true],
    ['release-*', 'release-1.0.0', true],
    ['release/*', 'release/v1', true],
    ['*-rc?', '1.0.0-rc1', true],
    ['*-rc?', '1.0.0-rc10', false],
    ['v?.*', 'v1.2', true],
    ['a.b', 'axb', false],
    ['[v]*', '[v]1', true],
    ['(x)+', '(x)+', true],
    ['**', '', true],
    ['*a*b', 'xaybzb', true],
    ['*a*b', 'xaybz', false],
    ['ü*', 'üb', true],
    ['?', '😀', true],
  ])('%s against %s: %s', (glob, text, expected) => {
    expect(matchesGlob(glob, text)).toBe(expected);
  });

  it('matches many stars against a long tag without backtracking (a regex takes minutes here)', () => {
    const glob = `v${'*a'.repeat(30)}b`;
    // A regular expression for this glob does not finish; the matcher takes at most glob × text steps.
    expect(matchesGlob(glob, `v${'a'.repeat(10_000)}`)).toBe(false);
    expect(matchesGlob(glob, `v${'a'.repeat(10_000)}b`)).toBe(true);
  });
});
