/**
 * JSON Schema validation over the operation index with ajv, and the two helpers the state
 * model needs to stay schema-valid: generating a minimal value from a schema, and repairing
 * a template (an OpenAPI example, a recorded reply) until it satisfies the schema. GitHub's
 * own examples do not always match its schemas (about a fifth do not), so templates are
 * repaired, never trusted.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { COMPONENTS_ID, type JsonSchema, type OperationIndex } from './openapi-index.js';

type Node = { [key: string]: unknown };

/** A schema problem, in GitHub's words where GitHub has words for it. */
export interface SchemaProblem {
  readonly path: string;
  readonly message: string;
}

/** Validators compiled on first use and kept for the process. */
export interface SchemaRegistry {
  /** Validate a value; the empty list means valid. */
  validate(schema: JsonSchema, value: unknown): ErrorObject[];
  /** Validate with string-to-number/boolean coercion, for path and query parameters. */
  validateCoerced(schema: JsonSchema, value: Node): ErrorObject[];
  /** The schema a `$ref` or a schema path points at. */
  resolve(pointer: string, root?: JsonSchema): JsonSchema | undefined;
}

const FORMATS = ['date-time', 'date', 'uri', 'email'] as const;
let registry: SchemaRegistry | undefined;

/** The registry for an index; one per process because compiled validators are costly. */
export function getSchemaRegistry(index: OperationIndex): SchemaRegistry {
  registry ??= createSchemaRegistry(index);
  return registry;
}

function createAjv(index: OperationIndex, coerce: boolean): Ajv {
  const options = { strict: false, allErrors: true, verbose: true, logger: false } as const;
  const ajv = new Ajv({ ...options, ...(coerce ? { coerceTypes: 'array' as const } : {}) });
  (addFormats as unknown as (ajv: Ajv, formats: string[]) => void)(ajv, [...FORMATS]);
  ajv.addSchema({ components: { schemas: index.schemas } }, COMPONENTS_ID);
  return ajv;
}

function createSchemaRegistry(index: OperationIndex): SchemaRegistry {
  const plain = createAjv(index, false);
  const coercing = createAjv(index, true);
  const compiled = new WeakMap<object, ValidateFunction>();
  const compiledCoercing = new WeakMap<object, ValidateFunction>();
  const compile = (ajv: Ajv, cache: WeakMap<object, ValidateFunction>, schema: JsonSchema) => {
    if (typeof schema === 'boolean') return ajv.compile(schema);
    let validator = cache.get(schema);
    if (!validator) {
      validator = ajv.compile(schema);
      cache.set(schema, validator);
    }
    return validator;
  };
  return {
    validate(schema, value) {
      const validator = compile(plain, compiled, schema);
      return validator(value) ? [] : [...(validator.errors ?? [])];
    },
    validateCoerced(schema, value) {
      const validator = compile(coercing, compiledCoercing, schema);
      return validator(value) ? [] : [...(validator.errors ?? [])];
    },
    resolve(pointer, root) {
      const [id, fragment = ''] = pointer.split('#');
      const base: unknown = id === COMPONENTS_ID ? { components: { schemas: index.schemas } } : root;
      return followPointer(base, fragment) as JsonSchema | undefined;
    },
  };
}

function followPointer(base: unknown, fragment: string): unknown {
  let current = base;
  for (const raw of fragment.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Node)[key];
  }
  return current;
}

/** GitHub's wording for a request body its schema rejects ("Invalid request.\n\n..."). */
export function describeSchemaErrors(errors: readonly ErrorObject[]): string {
  const lines = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'if' || error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    lines.add(describeSchemaError(error));
  }
  if (lines.size === 0) for (const error of errors) lines.add(describeSchemaError(error));
  return `Invalid request.\n\n${[...lines].slice(0, 5).join('\n')}`;
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath
    .split('/')
    .slice(1)
    .map((key) => (/^\d+$/.test(key) ? `items/${key}` : `properties/${key}`))
    .join('/');
  const params = error.params as Node;
  switch (error.keyword) {
    case 'required':
      return `"${String(params.missingProperty)}" wasn't supplied.`;
    case 'additionalProperties':
      return `"${String(params.additionalProperty)}" is not a permitted key.`;
    case 'type':
      return `For '${where}', ${JSON.stringify(error.data)} is not ${article(String(params.type))}.`;
    case 'enum':
      return `For '${where}', ${JSON.stringify(error.data)} is not a member of enum.`;
    default:
      return `For '${where || 'body'}', ${JSON.stringify(error.data)} ${error.message ?? 'is invalid'}.`;
  }
}

function article(type: string): string {
  const first = type.split(',')[0] ?? type;
  return /^[aeiou]/.test(first) ? `an ${first}` : `a ${first}`;
}

const MAX_DEPTH = 12;

/** A minimal value that satisfies the schema: required properties only, first alternatives. */
export function generateFromSchema(schema: JsonSchema, registry: SchemaRegistry, depth = 0): unknown {
  if (typeof schema === 'boolean' || depth > MAX_DEPTH) return null;
  if (typeof schema.$ref === 'string') {
    const target = registry.resolve(schema.$ref);
    return target === undefined ? null : generateFromSchema(target, registry, depth + 1);
  }
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if ('default' in schema && schema.default !== undefined) return structuredClone(schema.default);
  if (Array.isArray(schema.allOf)) return mergeAll(schema.allOf as JsonSchema[], registry, depth);
  const branches = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (Array.isArray(branches)) {
    const branch = branches.find((candidate) => !isNullSchema(candidate)) ?? branches[0];
    return branch === undefined ? null : generateFromSchema(branch, registry, depth + 1);
  }
  return generateForType(schema, firstType(schema), registry, depth);
}

function mergeAll(parts: readonly JsonSchema[], registry: SchemaRegistry, depth: number): unknown {
  let merged: unknown = {};
  for (const part of parts) {
    const value = generateFromSchema(part, registry, depth + 1);
    merged = isObject(value) && isObject(merged) ? { ...merged, ...value } : value;
  }
  return merged;
}

function generateForType(schema: Node, type: string | undefined, registry: SchemaRegistry, depth: number) {
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return false;
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'string':
      return generateString(schema);
    case 'array': {
      const count = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const items = (schema.items ?? {}) as JsonSchema;
      return Array.from({ length: count }, () => generateFromSchema(items, registry, depth + 1));
    }
    default:
      return generateObject(schema, registry, depth);
  }
}

function generateObject(schema: Node, registry: SchemaRegistry, depth: number): Node {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const result: Node = {};
  for (const name of (schema.required ?? []) as string[]) {
    result[name] = generateFromSchema(properties[name] ?? {}, registry, depth + 1);
  }
  return result;
}

function generateString(schema: Node): string {
  switch (schema.format) {
    case 'date-time':
      return '2026-01-01T00:00:00Z';
    case 'date':
      return '2026-01-01';
    case 'uri':
      return 'https://github.com/';
    case 'email':
      return 'octocat@github.com';
    default:
      return 'x'.repeat(typeof schema.minLength === 'number' ? schema.minLength : 0);
  }
}

function firstType(schema: Node): string | undefined {
  if (Array.isArray(schema.type)) return (schema.type as string[]).find((type) => type !== 'null') ?? 'null';
  if (typeof schema.type === 'string') return schema.type;
  return schema.properties ? 'object' : undefined;
}

function isNullSchema(schema: JsonSchema): boolean {
  return typeof schema === 'object' && schema.type === 'null';
}

function isObject(value: unknown): value is Node {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Repair a value until the schema accepts it: fill missing required properties, replace
 * values of the wrong type or outside an enum, drop keys the schema forbids. Throws when
 * the value cannot be repaired, naming the remaining problems.
 */
export function conformToSchema(value: unknown, schema: JsonSchema, registry: SchemaRegistry): unknown {
  let current = structuredClone(value);
  for (let round = 0; round < 25; round++) {
    const errors = registry.validate(schema, current);
    if (errors.length === 0) return current;
    let changed = false;
    for (const error of errors) {
      const repaired = repairOne(current, error, registry);
      changed ||= repaired.changed;
      current = repaired.value;
    }
    if (!changed) break;
  }
  const left = registry.validate(schema, current);
  if (left.length === 0) return current;
  throw new Error(`github-server: cannot make a schema-valid value: ${describeSchemaErrors(left)}`);
}

function repairOne(root: unknown, error: ErrorObject, registry: SchemaRegistry) {
  const params = error.params as Node;
  // verbose mode gives the schema object holding the failed keyword: no path resolution needed.
  const parentSchema = error.parentSchema as Node | undefined;
  const target = getAt(root, error.instancePath);
  if (error.keyword === 'required' && isObject(target) && parentSchema) {
    const name = String(params.missingProperty);
    const properties = (parentSchema.properties ?? {}) as Record<string, JsonSchema>;
    target[name] = generateFromSchema(properties[name] ?? {}, registry);
    return { value: root, changed: true };
  }
  if (error.keyword === 'additionalProperties' && isObject(target)) {
    delete target[String(params.additionalProperty)];
    return { value: root, changed: true };
  }
  if (REPLACEABLE.has(error.keyword) && parentSchema) {
    return {
      value: setAt(root, error.instancePath, generateFromSchema(parentSchema, registry)),
      changed: true,
    };
  }
  return { value: root, changed: false };
}

const REPLACEABLE = new Set([
  'type',
  'enum',
  'format',
  'const',
  'pattern',
  'minLength',
  'maximum',
  'minimum',
]);

function getAt(root: unknown, pointer: string): unknown {
  return followPointer(root, pointer);
}

function setAt(root: unknown, pointer: string, value: unknown): unknown {
  if (pointer === '') return value;
  const keys = pointer.split('/').slice(1);
  const last = keys.pop() ?? '';
  const parent = followPointer(root, keys.length === 0 ? '' : `/${keys.join('/')}`) as Node | unknown[];
  if (parent && typeof parent === 'object')
    (parent as Node)[last.replaceAll('~1', '/').replaceAll('~0', '~')] = value;
  return root;
}
