import { InputError, locateOffset, type SourceLocation } from '@evident/core';

/**
 * JSON read for people: a syntax error names file:line:column (Node 20's JSON.parse often
 * names no position at all), and keys that reach an object's prototype are refused.
 */

/**
 * Where an object key first occurs in JSON text, for messages about its entry; the file
 * alone when it cannot be found (never wrong, at worst imprecise).
 */
export function locateKey(text: string, key: string, file: string, from = 0): SourceLocation {
  const quoted = JSON.stringify(key);
  for (let index = text.indexOf(quoted, from); index !== -1; index = text.indexOf(quoted, index + 1)) {
    const after = text.slice(index + quoted.length, index + quoted.length + 8).trimStart();
    if (after.startsWith(':')) return locateOffset(text, index, file);
  }
  return { file };
}

// Lockfile v1 nests one level per dependency depth; nothing honest comes near this.
const maxDepth = 1000;

/**
 * Where the value at a path of object keys starts (the position of its key), found by a
 * structural scan of already-valid JSON; the file alone when the path is absent.
 */
export function locatePath(text: string, path: readonly string[], file: string): SourceLocation {
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] ?? '')) at++;
  };
  const skipString = () => {
    at++;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at++;
  };
  // Returns the offset of the key at path[depth..] inside the value at `at`, or -1.
  const find = (depth: number): number => {
    space();
    const char = text[at];
    if (char === '{' || char === '[') {
      at++;
      for (;;) {
        space();
        if (text[at] === '}' || text[at] === ']') {
          at++;
          return -1;
        }
        if (text[at] === ',') at++;
        space();
        let matches = false;
        let keyAt = at;
        if (char === '{') {
          keyAt = at;
          const start = at;
          skipString();
          matches = depth < path.length && JSON.parse(text.slice(start, at)) === path[depth];
          space();
          at++; // the colon
        }
        if (matches && depth + 1 === path.length) return keyAt;
        if (!matches || depth > maxDepth) skipValue();
        else {
          const found = find(depth + 1);
          if (found !== -1) return found;
        }
      }
    }
    skipValue();
    return -1;
  };
  const skipValue = () => {
    space();
    const char = text[at];
    if (char === '"') return skipString();
    if (char !== '{' && char !== '[') {
      while (at < text.length && !',}]'.includes(text[at] ?? '')) at++;
      return;
    }
    let depth = 0;
    while (at < text.length) {
      const current = text[at];
      if (current === '"') {
        skipString();
        continue;
      }
      if (current === '{' || current === '[') depth++;
      else if (current === '}' || current === ']') depth--;
      at++;
      if (depth === 0) return;
    }
  };
  const offset = find(0);
  return offset === -1 ? { file } : locateOffset(text, offset, file);
}

/** Parses JSON text; a syntax error is an InputError at its line and column. */
export function parseJsonText(text: string, file: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const { offset, reason } = findSyntaxError(text);
    throw new InputError(`${what} is not valid JSON: ${reason}`, {
      location: locateOffset(text, offset, file),
      fix:
        offset >= text.trimEnd().length
          ? 'the file ends too early (truncated?): restore it, e.g. with `npm install --package-lock-only`'
          : 'repair the JSON at this position, or regenerate the file',
      cause: error,
    });
  }
}

/**
 * Refuses `__proto__` as a key or as the last segment of one (`node_modules/__proto__`),
 * at its position: such names reach an object's prototype in careless consumers.
 */
export function rejectPrototypeKeys(text: string, file: string): void {
  if (!text.includes('__proto__')) return; // the common case, without a regex over the whole text
  const match = /"((?:[^"\\]*\/)?__proto__)"\s*:/.exec(text);
  if (!match) return;
  throw new InputError(`the key "${match[1]}" is not allowed: no package can be named __proto__`, {
    location: locateOffset(text, match.index, file),
    fix: 'remove the entry, then regenerate the lockfile with `npm install --package-lock-only`',
  });
}

/**
 * A minimal JSON scanner, run only after JSON.parse failed, to find where and why. It
 * accepts exactly what JSON.parse accepts.
 */
function findSyntaxError(text: string): { offset: number; reason: string } {
  let at = 0;
  const fail: (reason: string) => never = (reason) => {
    throw new ScanError(at, reason);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] ?? '')) at++;
  };
  const expect = (char: string) => {
    if (text[at] !== char) fail(`expected ${describeExpected(char)}, found ${describeChar(text[at])}`);
    at++;
  };
  const string = () => {
    expect('"');
    for (;;) {
      const char = text[at];
      if (char === undefined) fail('unterminated string');
      if (char === '"') {
        at++;
        return;
      }
      if (char === '\\') {
        at++;
        const escaped = text[at];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail('invalid \\u escape');
          at += 5;
        } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) at++;
        else fail('invalid escape in string');
      } else if (char.charCodeAt(0) < 0x20) fail('control character in string');
      else at++;
    }
  };
  const value = (depth: number): void => {
    if (depth > maxDepth) fail(`nested more than ${maxDepth} levels deep`);
    space();
    const char = text[at];
    if (char === '{') {
      at++;
      space();
      if (text[at] === '}') {
        at++;
        return;
      }
      for (;;) {
        space();
        string();
        space();
        expect(':');
        value(depth + 1);
        space();
        if (text[at] === ',') at++;
        else {
          expect('}');
          return;
        }
      }
    }
    if (char === '[') {
      at++;
      space();
      if (text[at] === ']') {
        at++;
        return;
      }
      for (;;) {
        value(depth + 1);
        space();
        if (text[at] === ',') at++;
        else {
          expect(']');
          return;
        }
      }
    }
    if (char === '"') {
      string();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(at, at + 400),
    );
    if (!literal)
      fail(char === undefined ? 'unexpected end of the file' : `unexpected ${describeChar(char)}`);
    at += literal?.[0].length ?? 0;
  };
  try {
    value(0);
    space();
    if (at < text.length) fail(`unexpected ${describeChar(text[at])} after the end of the document`);
    return { offset: at, reason: 'unparseable' };
  } catch (error) {
    if (error instanceof ScanError) return { offset: error.offset, reason: error.message };
    throw error;
  }
}

class ScanError extends Error {
  readonly offset: number;
  constructor(offset: number, message: string) {
    super(message);
    this.offset = offset;
  }
}

function describeExpected(char: string): string {
  return char === '"' ? 'a double quote (a key)' : `"${char}"`;
}

function describeChar(char: string | undefined): string {
  if (char === undefined) return 'the end of the file';
  if (char === '\uFEFF') return 'a byte order mark';
  return JSON.stringify(char);
}
