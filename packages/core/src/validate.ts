import type { ErrorObject } from 'ajv';
import type { Problem } from './errors.js';
import { suggest } from './suggest.js';
import type { YamlSource } from './yaml.js';

type Path = (string | number)[];

/** A schema's validator precompiled with every error and its schema (scripts/precompile-validator.mjs). */
export type PrecompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * Returns a checker that reports every violation in a YAML source as a located problem a
 * person can act on, in file order. The validator is precompiled: no process compiles a
 * schema or loads ajv's compiler.
 */
export function createSchemaChecker(validate: PrecompiledValidator): (source: YamlSource) => Problem[] {
  return (source) => {
    if (validate(source.data)) return [];
    const problems = withoutRedundantTypeErrors(validate.errors ?? []).map((error) =>
      toProblem(error, source),
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

function toProblem(error: ErrorObject, source: YamlSource): Problem {
  const path = toPath(error.instancePath, source.data);
  const name = describePath(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      return {
        message: `unknown key "${key}"${name ? ` in ${name}` : ''}`,
        location: source.locate([...path, key], { key: true }),
        fix: fixFor(key, known, 'key'),
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
        message: `${name} must be ${formatNames[format] ?? `in the format "${format}"`}; it is ${JSON.stringify(error.data)}`,
        location: source.locate(path),
        fix: describeSchema(error.parentSchema, 'see the JSON Schema for the expected form'),
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
        message: `${name || 'the document'} must be ${article(String(params.type))}, not ${kindOf(error.data)}`,
        location: source.locate(path),
        fix: describeSchema(error.parentSchema, `write ${article(String(params.type))}`),
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

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
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
