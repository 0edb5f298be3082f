import { describe, expect, it } from 'vitest';
import { locateOffset } from '../src/index.js';

describe('locateOffset', () => {
  it('gives 1-based lines and UTF-16 columns', () => {
    expect(locateOffset('ab\ncd', 0, 'f')).toEqual({ file: 'f', line: 1, column: 1 });
    expect(locateOffset('ab\ncd', 4, 'f')).toEqual({ file: 'f', line: 2, column: 2 });
    expect(locateOffset('ab\n', 3, 'f')).toEqual({ file: 'f', line: 2, column: 1 });
    expect(locateOffset('\u{1F600}x', 2, 'f')).toEqual({ file: 'f', line: 1, column: 3 });
  });
});
