/**
 * How deep a parsed JSON or YAML value nests, measured without recursion: a hostile file can
 * nest thousands of levels, and every recursive consumer (schema validators, view builders,
 * templates) would overflow the stack on it. Callers refuse such a value up front.
 */

/** Where a value first nests deeper than a limit: the path to that point. */
export interface TooDeep {
  /** The keys and indices leading to the first value past the limit. */
  readonly path: readonly (string | number)[];
}

/**
 * The path to the first value nested more than `limit` levels deep (the top-level value is
 * level 1 when it is an object or an array), or undefined when none is.
 */
export function findTooDeep(value: unknown, limit: number): TooDeep | undefined {
  // Each entry links to its parent, so the path is built once, for the value found only.
  const stack: Entry[] = [{ value, depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth >= limit) return { path: pathOf(next) };
    const entries: [string | number, unknown][] = Array.isArray(next.value)
      ? next.value.map((item, index) => [index, item])
      : Object.entries(next.value);
    for (const [key, item] of entries) stack.push({ value: item, depth: next.depth + 1, key, parent: next });
  }
  return undefined;
}

interface Entry {
  readonly value: unknown;
  readonly depth: number;
  readonly key?: string | number;
  readonly parent?: Entry;
}

function pathOf(entry: Entry): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Entry | undefined = entry; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}
