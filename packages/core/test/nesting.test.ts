import { describe, expect, it } from 'vitest';
import { findTooDeep } from '../src/nesting.js';

describe('findTooDeep', () => {
  it('finds the first value past the limit, with its path', () => {
    expect(findTooDeep({ a: [{ b: {} }] }, 3)).toEqual({ path: ['a', 0, 'b'] });
    expect(findTooDeep({ a: [{ b: {} }] }, 4)).toBeUndefined();
    expect(findTooDeep('text', 0)).toBeUndefined();
  });

  it('measures 100,000 levels without overflowing the stack', () => {
    let value: unknown = {};
    for (let level = 0; level < 100_000; level++) value = { branches: [value] };
    const found = findTooDeep(value, 100);
    expect(found?.path).toHaveLength(100);
    expect(found?.path.slice(0, 2)).toEqual(['branches', 0]);
    expect(findTooDeep(value, 300_000)).toBeUndefined();
  });
});
