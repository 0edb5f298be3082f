import { isAlias, isMap, isNode, isScalar, LineCounter, type Node, parseDocument, visit } from 'yaml';
import { InputError, type SourceLocation } from './errors.js';

/** A parsed YAML file that can point back at the source of any value in it. */
export interface YamlSource {
  readonly file: string;
  /** The plain data (no YAML types, no shared references). */
  readonly data: unknown;
  /** Where the value at `path` (or, when `key` is set, its key) starts in the file. */
  locate(path: readonly (string | number)[], options?: { key?: boolean }): SourceLocation;
}

/**
 * Alias expansion budget. An alias bomb (nested anchors that expand exponentially) trips
 * it long before it costs memory or time; honest files never come near it.
 */
const maxAliasCount = 100;

/** Keys that would reach an object's prototype in careless consumers: refused outright. */
const forbiddenKeys = new Set(['__proto__']);

/**
 * Parses one YAML document safely: syntax errors, duplicate keys, alias bombs and
 * prototype keys are InputErrors naming file:line:column.
 */
export function parseYaml(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  // The library's own duplicate-key check compares every key with every earlier one: a
  // 100,000-key mapping would take minutes. rejectDuplicateKeys does it in one pass.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };

  const firstError = document.errors[0];
  if (firstError) {
    throw new InputError(`invalid YAML: ${syntaxMessage(firstError.message)}`, {
      location: at(firstError.pos[0]),
      fix: 'correct the YAML syntax at this position',
    });
  }
  rejectDuplicateKeys(document, at);
  rejectSelfReferences(document, at);
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount });
  } catch (error) {
    throw new InputError('YAML aliases expand too far (an alias bomb?)', {
      location: { file },
      fix: `use fewer anchors and aliases (*name); at most ${maxAliasCount} alias expansions are allowed`,
      cause: error,
    });
  }
  const locate: YamlSource['locate'] = (path, options = {}) => {
    const offset = offsetOf(document, path, options.key ?? false);
    return offset === undefined ? { file } : at(offset);
  };
  rejectForbiddenKeys(data, [], (path) => locate(path, { key: true }));
  return { file, data, locate };
}

/**
 * A key given twice in one mapping is an error: the data would silently keep one of them.
 * Keys compare as the strings they become in the data, so `1` and `"1"` are the same key.
 */
function rejectDuplicateKeys(
  document: ReturnType<typeof parseDocument>,
  at: (offset: number) => SourceLocation,
) {
  visit(document, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Map<string, number>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        const name = String(key.value);
        const first = seen.get(name);
        // The key itself is not quoted: it is the file's content, and the file may be embargoed.
        if (first !== undefined) {
          throw new InputError(
            `invalid YAML: this key is given twice in one mapping (first at line ${at(first).line})`,
            {
              location: at(key.range?.[0] ?? 0),
              fix: 'remove one of the two, or merge their values',
            },
          );
        }
        seen.set(name, key.range?.[0] ?? 0);
      }
    },
  });
}

/**
 * An alias inside the node its anchor names (`a: &a [*a]`) makes the data contain itself: no
 * JSON value can hold it, and every walk over it would never end. Anchors are tracked in
 * document order, as YAML resolves them (an alias names the nearest anchor before it).
 */
function rejectSelfReferences(
  document: ReturnType<typeof parseDocument>,
  at: (offset: number) => SourceLocation,
) {
  const anchors = new Map<string, Node>();
  visit(document, {
    Node(_, node, path) {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target !== undefined && path.includes(target)) {
          throw new InputError(
            `invalid YAML: the alias *${node.source} refers to the value that contains it`,
            {
              location: at(node.range?.[0] ?? 0),
              fix: `replace *${node.source} with a value; an alias may only repeat a value defined before and outside it`,
            },
          );
        }
      } else if (node.anchor !== undefined) anchors.set(node.anchor, node);
    },
  });
}

/**
 * The parser's message without the text it quotes from the file (`Unresolved tag: !x`, `Block
 * scalar header includes extra characters: …`): a parse error names the place, never the
 * content, which may be embargoed or not YAML at all (a file named by mistake).
 */
function syntaxMessage(message: string): string {
  if (message.includes('Maximum call stack size exceeded')) {
    return 'nested too deeply (thousands of levels of lists or mappings)';
  }
  const line = message.split('\n', 1)[0] ?? message;
  const quoted = line.indexOf(': ');
  return quoted === -1 ? line : line.slice(0, quoted);
}

interface PendingValue {
  readonly value: unknown;
  readonly parent?: PendingValue;
  readonly key?: string | number;
}

function rejectForbiddenKeys(
  value: unknown,
  path: (string | number)[],
  locate: (path: (string | number)[]) => SourceLocation,
): void {
  // A work list, not recursion: a deeply nested document must not overflow the stack. Each
  // entry knows its parent, so a path is built only for the message; children go on in
  // reverse, so the first offending key in the document is the one reported.
  const pending: PendingValue[] = [{ value }];
  const pathOf = (entry: PendingValue): (string | number)[] => {
    const keys: (string | number)[] = [];
    for (let at: PendingValue | undefined = entry; at?.key !== undefined; at = at.parent) keys.push(at.key);
    return [...path, ...keys.reverse()];
  };
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const current = next.value;
    const children: PendingValue[] = [];
    if (Array.isArray(current)) {
      for (const [index, item] of current.entries()) children.push({ value: item, parent: next, key: index });
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        if (forbiddenKeys.has(key)) {
          throw new InputError(`the key "${key}" is not allowed`, {
            location: locate([...pathOf(next), key]),
            fix: `remove or rename the key "${key}"`,
          });
        }
        children.push({ value: item, parent: next, key });
      }
    }
    for (let index = children.length - 1; index >= 0; index--) pending.push(children[index] as PendingValue);
  }
}

/** Offset of a value (or its key) in the source; the nearest existing ancestor when absent. */
function offsetOf(
  document: ReturnType<typeof parseDocument>,
  path: readonly (string | number)[],
  key: boolean,
): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    if (key && depth === path.length && depth > 0) {
      const parent = document.getIn(prefix.slice(0, -1), true);
      const pair = keyOffset(parent, prefix[prefix.length - 1]);
      if (pair !== undefined) return pair;
    }
    const node = prefix.length === 0 ? document.contents : document.getIn(prefix, true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return undefined;
}

// Each mapping's key offsets, indexed once: a document with many unknown keys is located
// key by key, and a scan per key would make that quadratic.
const keyOffsets = new WeakMap<object, Map<string, number | undefined>>();

function keyOffset(parent: unknown, key: string | number | undefined): number | undefined {
  if (!isMap(parent)) return undefined;
  let offsets = keyOffsets.get(parent);
  if (!offsets) {
    offsets = new Map();
    for (const item of parent.items) {
      if (isScalar(item.key) && !offsets.has(String(item.key.value))) {
        offsets.set(String(item.key.value), item.key.range?.[0]);
      }
    }
    keyOffsets.set(parent, offsets);
  }
  return offsets.get(String(key));
}
