import { suggest, UsageError } from '@evident/core';
import type { ActionSpec, InputSpec, InputValues } from './spec.js';

/** The process environment, or a test's stand-in for it. */
export type Environment = Readonly<Record<string, string | undefined>>;

// YAML 1.2 core schema booleans, the set `core.getBooleanInput` accepts.
const trueWords = ['true', 'True', 'TRUE'];
const falseWords = ['false', 'False', 'FALSE'];

/** The variable the runner passes an input in: upper case, spaces to `_`, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`;
}

/** The raw value as `core.getInput` reads it: trimmed, empty when absent. */
export function readRawInput(name: string, env: Environment): string {
  return (env[inputVariable(name)] ?? '').trim();
}

/** The values of the inputs declared secret, to mask before anything is logged. */
export function collectSecrets(spec: ActionSpec, env: Environment): string[] {
  return Object.entries(spec.inputs)
    .filter(([, input]) => input.type === 'string' && input.secret === true)
    .map(([name]) => readRawInput(name, env))
    .filter((value) => value !== '');
}

/**
 * Reads and checks every declared input. The runner applies action.yml defaults but does not
 * enforce `required`, and passes an explicit empty value as is; an empty value takes the
 * declared default here too. All problems are reported at once, as a UsageError.
 */
export function parseInputs<S extends ActionSpec>(spec: S, env: Environment): InputValues<S> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, input] of Object.entries(spec.inputs)) {
    const raw = readRawInput(name, env) || input.default || '';
    if (raw === '') {
      if (input.required) problems.push(`Input required and not supplied: ${name}`);
      continue;
    }
    const parsed = parseValue(name, input, raw);
    if (typeof parsed === 'object') problems.push(parsed.problem);
    else values[name] = parsed;
  }
  if (problems.length === 1) throw new UsageError(problems[0] ?? '', { fix: fixFor(problems) });
  if (problems.length > 1) {
    throw new UsageError(`${problems.length} inputs are wrong:\n  ${problems.join('\n  ')}`, {
      fix: fixFor(problems),
    });
  }
  return values as InputValues<S>;
}

function parseValue(name: string, input: InputSpec, raw: string): string | boolean | { problem: string } {
  switch (input.type) {
    case 'string':
      return raw;
    case 'boolean':
      if (trueWords.includes(raw)) return true;
      if (falseWords.includes(raw)) return false;
      return { problem: `Input "${name}" must be true or false, got "${raw}"` };
    case 'enum': {
      if (input.values.includes(raw)) return raw;
      const close = suggest(raw, input.values);
      const hint = close === undefined ? '' : ` (did you mean "${close}"?)`;
      return { problem: `Input "${name}" must be one of ${input.values.join(', ')}, got "${raw}"${hint}` };
    }
  }
}

function fixFor(problems: readonly string[]): string {
  return problems.some((problem) => problem.startsWith('Input required'))
    ? 'set the missing inputs under `with:` in the step that uses this action'
    : 'correct the values under `with:` in the step that uses this action';
}
