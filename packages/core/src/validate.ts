import type { ErrorObject } from 'ajv';
import { type Disclosure, quoteValue } from './confidentiality.js';
import type { Problem } from './errors.js';
import { suggest } from './suggest.js';
import type { YamlSource } from './yaml.js';

type Path = (string | number)[];

/** A schema's validator precompiled with every error and its schema (scripts/precompile-validator.mjs). */
export type PrecompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * Returns a checker that reports every violation in a YAML source as a located problem a
 * person can act on, in file order. The validator is precompiled: no process compiles a
 * schema or loads ajv's compiler. With `withhold`, no message or fix shows a value or an
 * unknown key of the document (nor a suggestion derived from one): only where, what kind of
 * problem and what the schema allows.
 */
export function createSchemaChecker(
  validate: PrecompiledValidator,
): (source: YamlSource, disclosure?: Disclosure) => Problem[] {
  return (source, disclosure = 'quote') => {
    if (validate(source.data)) return [];
    const problems = withoutOtherUnionBranches(withoutRedundantTypeErrors(validate.errors ?? [])).map(
      (error) => toProblem(error, source, disclosure),
    );
    return sortByPosition(dedupe(problems));
  };
}

/** A wrong-typed value outside an enum fails both; the enum's message (with the choices) says more. */
function withoutRedundantTypeErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const enumPaths = new Set(
    errors.filter((error) => error.keyword === 'enum').map((error) => error.instancePath),
  );
  return errors.filter((error) => error.keyword !== 'type' || !enumPaths.has(error.instancePath));
}

/**
 * A value that fails an anyOf fails every branch. The branch of the value's own type (a string
 * for the string form, a mapping for the mapping form) says what is wrong with it; when no
 * branch has that type, the anyOf's own error (answered with every form) does.
 */
function withoutOtherUnionBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const unions = errors.filter((error) => error.keyword === 'anyOf');
  if (unions.length === 0) return [...errors];
  const dropped = new Set<ErrorObject>();
  for (const union of unions) {
    const branches = (union.parentSchema as { anyOf?: readonly unknown[] } | undefined)?.anyOf ?? [];
    const own = branches.findIndex((branch) => typeMatches(branch, union.data));
    if (own !== -1) dropped.add(union);
    for (const error of errors) {
      const branch = error.schemaPath.startsWith(`${union.schemaPath}/`)
        ? Number(error.schemaPath.slice(union.schemaPath.length + 1).split('/')[0])
        : undefined;
      // No branch of its type: every branch says only "wrong type"; the anyOf says it once.
      if (branch !== undefined && branch !== own) dropped.add(error);
    }
  }
  return errors.filter((error) => !dropped.has(error));
}

function typeMatches(schema: unknown, value: unknown): boolean {
  const type = (schema as { type?: unknown } | undefined)?.type;
  const types = Array.isArray(type) ? type : [type];
  const actual = jsonType(value);
  return types.some((candidate) => candidate === actual || (candidate === 'number' && actual === 'integer'));
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

function toProblem(error: ErrorObject, source: YamlSource, disclosure: Disclosure): Problem {
  const path = toPath(error.instancePath, source.data);
  const name = describePath(path);
  const params = error.params as Record<string, unknown>;
  const quote = (value: unknown) => quoteValue(value, disclosure);
  const kind = (value: unknown) => kindOf(value, disclosure);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      return {
        message: `unknown key ${quote(key)}${name ? ` in ${name}` : ''}`,
        location: source.locate([...path, key], { key: true }),
        fix:
          disclosure === 'quote' ? fixFor(key, known, 'key') : `remove it; known keys: ${known.join(', ')}`,
      };
    }
    case 'required':
      return {
        message: `${name || 'the document'} is missing the required key "${String(params.missingProperty)}"`,
        location: source.locate(path),
        fix: `add "${String(params.missingProperty)}"`,
      };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      if (disclosure === 'withhold') {
        return {
          message: `${name} is not one of the allowed values: ${describeChoices(allowed, error.parentSchema).replace(/^one of /, '')}`,
          location: source.locate(path),
          fix: `use one of ${allowed.join(', ')}`,
        };
      }
      return {
        message: `${name} must be ${describeChoices(allowed, error.parentSchema)}; it is ${JSON.stringify(error.data)}`,
        location: source.locate(path),
        fix: fixFor(String(error.data), allowed, 'value'),
      };
    }
    case 'const':
      return {
        message: `${name} must be ${JSON.stringify(params.allowedValue)}`,
        location: source.locate(path),
        fix: `set ${name} to ${JSON.stringify(params.allowedValue)}`,
      };
    case 'format': {
      const format = String(params.format);
      return {
        message: `${name} must be ${formatNames[format] ?? `in the format "${format}"`}${disclosure === 'quote' ? `; it is ${JSON.stringify(error.data)}` : ''}`,
        location: source.locate(path),
        fix: constraintFix(error, name),
      };
    }
    case 'type':
      if (path.length === 0 && (error.data === null || error.data === undefined)) {
        return {
          message: 'the document is empty',
          location: source.locate(path),
          fix: 'write the settings as a YAML mapping',
        };
      }
      return {
        message: `${name || 'the document'} must be ${article(String(params.type))}, not ${kind(error.data)}`,
        location: source.locate(path),
        fix: typeFix(String(params.type), error.data, error.parentSchema),
      };
    case 'anyOf': {
      const branches = (error.parentSchema as { anyOf?: readonly unknown[] } | undefined)?.anyOf ?? [];
      return {
        message: `${name || 'the document'} must be ${branches.map(formOf).join(' or ')}, not ${kind(error.data)}`,
        location: source.locate(path),
        fix: `write ${branches.map(exampleOfForm).join(', or ')}`,
      };
    }
    case 'pattern':
    case 'minLength':
    case 'minItems':
    case 'maxItems':
    case 'uniqueItems':
    case 'minimum':
    case 'maximum':
      return {
        message: `${name || 'the document'} ${error.message ?? 'is invalid'}`,
        location: source.locate(path),
        fix: constraintFix(error, name),
      };
    default:
      return {
        message: `${name || 'the document'} ${error.message ?? 'is invalid'}`,
        location: source.locate(path),
        fix: describeSchema(error.parentSchema, 'see the JSON Schema for the expected form'),
      };
  }
}

/** What a value of each format our schemas use looks like, for messages. */
const formatNames: Readonly<Record<string, string>> = {
  date: 'a calendar date written YYYY-MM-DD',
  'date-time': 'a date and time with a zone, e.g. 2026-01-15T10:00:00Z',
  uri: 'an absolute URL',
  email: 'an e-mail address',
};

/** Past this many, a message names the kind of value instead of listing every choice. */
const maxListedChoices = 20;

/** `one of a, b, c`, or for a long list (the 47 requirement ids) its description and size. */
function describeChoices(allowed: readonly string[], schema: unknown): string {
  if (allowed.length <= maxListedChoices) return `one of ${allowed.join(', ')}`;
  const description = (schema as { description?: unknown } | undefined)?.description;
  const kind = typeof description === 'string' ? ` (${description.replace(/\.$/, '')})` : '';
  return `one of ${allowed.length} known values${kind}`;
}

function fixFor(given: string, known: readonly string[], what: 'key' | 'value'): string {
  const nearest = suggest(given, known);
  if (nearest) return `did you mean "${nearest}"?`;
  return what === 'key' ? `remove it; known keys: ${known.join(', ')}` : `use one of ${known.join(', ')}`;
}

/**
 * What to write instead, for a value that breaks a constraint: the rule in words and the
 * schema's examples, never only its description (which says what the value is, not what to do).
 */
function constraintFix(error: ErrorObject, name: string): string {
  const params = error.params as Record<string, unknown>;
  const like = examplesOf(error.parentSchema);
  const withExamples = (rule: string) => (like ? `write it like ${like} (${rule})` : `write ${rule}`);
  switch (error.keyword) {
    case 'pattern':
      if (like) return `write it like ${like}${describedAs(error.parentSchema)}`;
      return `write a value that matches ${String(params.pattern)}${describedAs(error.parentSchema)}`;
    case 'format': {
      const [what, example] = formatHints[String(params.format)] ?? [
        `a value in the ${String(params.format)} format`,
        '',
      ];
      const shown = like ?? example;
      return `write ${what}${shown ? `, e.g. ${shown}` : ''}`;
    }
    case 'minLength': {
      const limit = Number(params.limit);
      return withExamples(limit <= 1 ? 'a non-empty value' : `at least ${limit} characters`);
    }
    case 'minItems':
      return `list at least ${entries(Number(params.limit))} under ${name || 'it'}, one "- …" line each`;
    case 'maxItems':
      return `list at most ${entries(Number(params.limit))} under ${name || 'it'}`;
    case 'uniqueItems': {
      const [first, repeat] = [Number(params.i), Number(params.j)].toSorted((a, b) => a - b);
      return `remove ${name}[${repeat}]: it repeats ${name}[${first}]`;
    }
    default:
      return `use a number ${String(params.comparison)} ${String(params.limit)}`;
  }
}

// What each string format the schemas use means, with an example of it.
const formatHints: Readonly<Record<string, readonly [string, string]>> = {
  uri: ['an absolute URL, scheme included', 'https://example.com'],
  email: ['an e-mail address', 'psirt@example.com'],
  date: ['a date as YYYY-MM-DD', '2031-12-31'],
  'date-time': ['a date and time with a zone (RFC 3339)', '2026-03-10T09:00:00Z'],
};

function typeFix(type: string, value: unknown, schema: unknown): string {
  if (type === 'array') return 'write a list: one "- …" line per entry';
  if (type === 'object') return 'write a mapping: one "key: value" line per setting, indented under it';
  const like = examplesOf(schema);
  const fix = `write ${article(type)}${like ? ` like ${like}` : ''}`;
  // YAML reads 2026, 1.10 or true as a number or a boolean; quotes keep it text.
  if (type === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `${fix}, in quotes: unquoted, YAML reads it as a ${typeof value}`;
  }
  return fix;
}

/** A union branch as words: `a string`, `a mapping`. */
function formOf(branch: unknown): string {
  const type = String((branch as { type?: unknown } | undefined)?.type ?? 'value');
  return type === 'object' ? 'a mapping' : type === 'array' ? 'a list' : article(type);
}

/** A union branch as what to write: its example, or a mapping with its required keys. */
function exampleOfForm(branch: unknown): string {
  const like = examplesOf(branch);
  if (like) return `${formOf(branch)} like ${like}`;
  const required = (branch as { required?: unknown } | undefined)?.required;
  if (Array.isArray(required) && required.length > 0) {
    return `${formOf(branch)} with ${required.map(String).join(' and ')}`;
  }
  return formOf(branch);
}

/** The schema's examples as `A or B`, if it has any. */
function examplesOf(schema: unknown): string | undefined {
  const examples = (schema as { examples?: unknown } | undefined)?.examples;
  return Array.isArray(examples) && examples.length > 0 ? examples.map(String).join(' or ') : undefined;
}

/** The schema's description as context after a fix, without its examples: ` (the CVE id)`. */
function describedAs(schema: unknown): string {
  const description = (schema as { description?: unknown } | undefined)?.description;
  if (typeof description !== 'string') return '';
  const words = description.replace(/,? e\.g\. [^;]*$/, '').replace(/\.$/, '');
  // Lower-case the first letter of a sentence, not of an acronym (CPE, SHA-256).
  const context = /^[A-Z]([a-z]|\s)/.test(words) ? `${words[0]?.toLowerCase()}${words.slice(1)}` : words;
  return context ? ` (${context})` : '';
}

function entries(count: number): string {
  return count === 1 ? '1 entry' : `${count} entries`;
}

/** The schema's own description as the fix, when it has one. */
function describeSchema(schema: unknown, otherwise: string): string {
  const description = (schema as { description?: unknown } | undefined)?.description;
  return typeof description === 'string' ? description : otherwise;
}

/** Converts an ajv instance path to YAML path segments (array indices as numbers). */
function toPath(pointer: string, data: unknown): Path {
  const path: Path = [];
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    const key = Array.isArray(node) ? Number(segment) : segment;
    path.push(key);
    node = (node as Record<string | number, unknown> | undefined)?.[key];
  }
  return path;
}

/** `products[0].type` */
export function describePath(path: readonly (string | number)[]): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index ? `.${segment}` : segment))
    .join('');
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** What a value is: `a list`, `string "x"`; withheld, only its kind (`a string`). */
function kindOf(value: unknown, disclosure: Disclosure): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return disclosure === 'quote' ? `${typeof value} ${JSON.stringify(value)}` : article(typeof value);
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.location.line}:${problem.location.column}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sortByPosition(problems: Problem[]): Problem[] {
  return problems.toSorted(
    (a, b) =>
      (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0),
  );
}
