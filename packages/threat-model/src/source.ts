import { InputError, parseYaml, type SourceLocation, type YamlSource } from '@evident/core';
import jsYaml from 'js-yaml';

/**
 * Reads a threat model's text quickly and locates lazily. The careful parser of
 * @evident/core (alias budget, line counting) costs seconds on a model of thousands of
 * elements, so plain documents are read with js-yaml's YAML 1.2 core schema (or JSON.parse)
 * and the careful parser runs only when something must be located or looks risky: anchors
 * and aliases (an alias bomb), syntax errors, `__proto__` keys.
 * Measured on bench/run.mjs's generated model (1.2 MB, 2,000 elements, 5,000 flows) in one
 * process: the yaml library's CST parser 0.77 s, composing 0.33 s, toJS 0.05 s (1.15 s before
 * any check; its per-token read of process.env.LOG_TOKENS is only ~0.1 s of that) against
 * js-yaml's 0.3 s. The bench's target for the whole check is 1.0 s over a bare node process:
 * met with js-yaml (0.8 s), missed with the yaml library alone (3.3–4.1 s). So two readers
 * stay, each for what it does best: js-yaml reads, the yaml library locates and edits.
 */
export function parseModelText(text: string, file: string): YamlSource {
  if (mayHoldAliases(text)) return parseWithAliases(text, file);
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch (error) {
    parseYaml(text, file); // throws the located error in Evident's words
    throw new InputError(`invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${firstLine(error)}`, {
      location: { file },
      fix: 'correct the syntax',
      cause: error,
    });
  }
  if (hasForbiddenKey(data)) return parseYaml(text, file);
  let careful: YamlSource | undefined;
  return {
    file,
    data,
    locate(path, options): SourceLocation {
      careful ??= parseYaml(text, file);
      return careful.locate(path, options);
    },
  };
}

/** The careful parser; an alias bomb is reported at the first alias, so the user sees a line. */
function parseWithAliases(text: string, file: string): YamlSource {
  try {
    return parseYaml(text, file);
  } catch (error) {
    if (!(error instanceof InputError) || error.location?.line !== undefined || !/alias/.test(error.message))
      throw error;
    const offset = text.search(ALIAS);
    const before = text.slice(0, Math.max(offset, 0)).split('\n');
    throw new InputError(error.message, {
      location: { file, line: before.length, column: (before.at(-1)?.length ?? 0) + 2 },
      ...(error.fix === undefined ? {} : { fix: error.fix }),
      cause: error,
    });
  }
}

const ALIAS = /(?:^|[\s:,[{-])\*[^\s,\]}]/m;

// An anchor (&a) or alias (*a) where YAML allows one: after a key, a dash, a bracket or a comma.
const ANCHOR_OR_ALIAS = /(?:^|[\s:,[{-])[&*][^\s,\]}]/m;

function mayHoldAliases(text: string): boolean {
  return ANCHOR_OR_ALIAS.test(text);
}

function hasForbiddenKey(value: unknown): boolean {
  // A work list, not recursion: a deeply nested model must not overflow the stack.
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (current === null || typeof current !== 'object') continue;
    if (!Array.isArray(current) && Object.hasOwn(current, '__proto__')) return true;
    for (const item of Object.values(current)) pending.push(item);
  }
  return false;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? message;
}
