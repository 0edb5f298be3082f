import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  contentUuid,
  mayPublish,
  mostRestricted,
  sha256Hex,
  sortedBy,
  suggest,
} from '../src/index.js';

describe('deterministic serialization', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: undefined, b: null } })).toBe(
      '{\n  "a": {\n    "b": null,\n    "d": [\n      3,\n      1\n    ]\n  },\n  "b": 1\n}\n',
    );
  });

  it('gives the same bytes for objects built in different orders', () => {
    expect(canonicalJson({ x: 1, y: { p: 1, q: 2 } })).toBe(canonicalJson({ y: { q: 2, p: 1 }, x: 1 }));
  });

  it('keeps a __proto__ key as data', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}}');
    expect(canonicalJson(value)).toBe('{\n  "__proto__": {\n    "polluted": true\n  }\n}\n');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses numbers JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/\$\.a is NaN/);
  });

  it('derives ids from content', () => {
    expect(contentUuid('a', 'b')).toBe(contentUuid('a', 'b'));
    expect(contentUuid('a', 'b')).not.toBe(contentUuid('ab'));
    expect(contentUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('sorts by code point, independent of locale', () => {
    expect(sortedBy(['b', 'B', 'a', 'ä'], (s) => s)).toEqual(['B', 'a', 'b', 'ä']);
  });
});

describe('confidentiality', () => {
  it('lets a class through channels at least as restricted', () => {
    expect(mayPublish('public', 'public')).toBe(true);
    expect(mayPublish('internal', 'public')).toBe(false);
    expect(mayPublish('customer', 'internal')).toBe(true);
    expect(mostRestricted('public', 'internal', 'customer')).toBe('internal');
    expect(mostRestricted()).toBe('public');
  });
});

describe('suggest', () => {
  it('finds plausible typos only', () => {
    expect(suggest('prodcts', ['products', 'version'])).toBe('products');
    expect(suggest('zzzzzz', ['products', 'version'])).toBeUndefined();
  });

  it('takes the closest word, in any case, and skips words too long or short to be close', () => {
    expect(suggest('Manufactrer', ['manufacturer', 'manufacturers', 'version'])).toBe('manufacturer');
    expect(suggest('vrsion', ['v', 'version', 'versions-of-everything'])).toBe('version');
    expect(suggest('ab', ['abc', 'abcdef'])).toBe('abc');
    expect(suggest('key12345', ['version', 'defaults', 'products'])).toBeUndefined();
  });
});
