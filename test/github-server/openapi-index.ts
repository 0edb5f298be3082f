/**
 * A compact index of GitHub's own REST API description (@octokit/openapi,
 * `generated/api.github.com.json` only: the package unpacks to 385 MB).
 *
 * The index keeps what the server needs (operations, parameter and body schemas, the
 * success response's schema and example) and drops prose. It is cached as JSON in the
 * gitignored `.cache/github-server/`, keyed on the package version and a hash of this
 * file, so a change to the extraction rebuilds it. It is not committed: it is ~4 MB and is
 * derived data that a dependency bump must regenerate anyway.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A JSON Schema (draft-07 flavour, as ajv reads it). */
export type JsonSchema = { [key: string]: unknown } | boolean;

/** The id the component schemas are registered under; index refs point into it. */
export const COMPONENTS_ID = 'gh';

/** A path or query parameter of an operation. */
export interface IndexedParameter {
  readonly name: string;
  readonly in: 'path' | 'query';
  readonly required: boolean;
  readonly schema: JsonSchema;
  /** The value may span several path segments (`{path}` of the contents API, `{branch}`). */
  readonly multiSegment: boolean;
}

/** The request body an operation accepts. */
export interface IndexedBody {
  readonly required: boolean;
  readonly mediaType: string;
  readonly schema?: JsonSchema;
}

/** The documented success response of an operation. */
export interface IndexedResponse {
  readonly status: number;
  readonly mediaType?: string;
  readonly schema?: JsonSchema;
  /** Name of a shared example in `examples`, or the example inline. */
  readonly example?: { readonly ref: string } | { readonly value: unknown };
}

/** One documented operation: `GET /repos/{owner}/{repo}` is `repos/get`. */
export interface IndexedOperation {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly docs?: string;
  readonly parameters: readonly IndexedParameter[];
  readonly body?: IndexedBody;
  readonly success?: IndexedResponse;
}

/** The whole index. */
export interface OperationIndex {
  readonly source: { readonly package: string; readonly version: string; readonly file: string };
  readonly operations: readonly IndexedOperation[];
  /** `components.schemas`, converted to JSON Schema. */
  readonly schemas: Readonly<Record<string, JsonSchema>>;
  /** `components.examples`, values only. */
  readonly examples: Readonly<Record<string, unknown>>;
}

const SPEC_FILE = 'generated/api.github.com.json';
const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head'] as const;
/** Prose and vendor keys the validator never reads. */
const DROPPED_KEYS = new Set([
  'description',
  'summary',
  'example',
  'examples',
  'externalDocs',
  'deprecated',
  'title',
  'xml',
  'readOnly',
  'writeOnly',
  'discriminator',
]);

type Node = { [key: string]: unknown };

/** Options for loading the index. */
export interface LoadIndexOptions {
  /** Where to keep the cached index; defaults to `.cache/github-server` at the repository root. */
  readonly cacheDir?: string;
}

let loaded: OperationIndex | undefined;

/** The index, from the process memo, the cache file, or built from @octokit/openapi. */
export function loadOperationIndex(options: LoadIndexOptions = {}): OperationIndex {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const packageFile = require.resolve('@octokit/openapi/package.json');
  const version = (JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string }).version;
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const cacheFile = path.join(cacheDir, `openapi-${version}-${extractorHash()}.json`);
  if (existsSync(cacheFile)) {
    loaded = JSON.parse(readFileSync(cacheFile, 'utf8')) as OperationIndex;
    return loaded;
  }
  const spec = JSON.parse(readFileSync(path.join(path.dirname(packageFile), SPEC_FILE), 'utf8')) as Node;
  loaded = buildOperationIndex(spec, version);
  writeAtomically(cacheFile, JSON.stringify(loaded));
  return loaded;
}

/** The repository's `.cache/github-server`, found from this file (test/github-server/). */
function defaultCacheDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../.cache/github-server');
}

/** A hash of this file, so editing the extraction invalidates old caches without a version bump. */
export function extractorHash(): string {
  // A bundled copy (spawn.ts) is told the source's hash, so both share one cache file.
  const given = process.env.GITHUB_SERVER_INDEX_KEY;
  if (given) return given;
  return createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest('hex')
    .slice(0, 12);
}

/** Write via a temp file and rename, so parallel test workers never read half a cache. */
function writeAtomically(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/** Extract the index from the parsed OpenAPI document. */
export function buildOperationIndex(spec: Node, version: string): OperationIndex {
  const components = (spec.components ?? {}) as Record<string, Node>;
  const resolver = createResolver(components);
  const operations: IndexedOperation[] = [];
  for (const [route, item] of Object.entries(spec.paths as Record<string, Node>)) {
    for (const method of METHODS) {
      const operation = item[method] as Node | undefined;
      if (operation) operations.push(indexOperation(method, route, operation, item, resolver));
    }
  }
  const schemas: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(components.schemas ?? {})) schemas[name] = toJsonSchema(schema);
  const examples: Record<string, unknown> = {};
  const rawExamples = (components.examples ?? {}) as Record<string, Node>;
  for (const name of Object.keys(rawExamples)) examples[name] = exampleValue(rawExamples, name);
  return { source: { package: '@octokit/openapi', version, file: SPEC_FILE }, operations, schemas, examples };
}

/** An example's value, following `value: { $ref }` aliases between examples. */
function exampleValue(examples: Record<string, Node>, name: string): unknown {
  let value: unknown = examples[name]?.value;
  for (let depth = 0; depth < 5; depth++) {
    const ref = (value as Node | null)?.$ref;
    if (typeof ref !== 'string') break;
    value = examples[ref.split('/').pop() ?? '']?.value;
  }
  return value;
}

type Resolve = (node: Node) => Node;

/** Follows `#/components/<kind>/<name>` refs for parameters, responses and the like. */
function createResolver(components: Record<string, Node>): Resolve {
  return (node) => {
    let current = node;
    for (let depth = 0; typeof current.$ref === 'string' && depth < 10; depth++) {
      const [, , kind, name] = current.$ref.split('/');
      current = (components[kind ?? '']?.[name ?? ''] ?? {}) as Node;
    }
    return current;
  };
}

function indexOperation(method: string, route: string, operation: Node, item: Node, resolve: Resolve) {
  const declared = [...((item.parameters as Node[]) ?? []), ...((operation.parameters as Node[]) ?? [])];
  const parameters: IndexedParameter[] = [];
  for (const raw of declared) {
    const parameter = resolve(raw);
    if (parameter.in !== 'path' && parameter.in !== 'query') continue;
    parameters.push({
      name: String(parameter.name),
      in: parameter.in,
      required: parameter.required === true,
      schema: toJsonSchema(parameter.schema ?? {}),
      multiSegment: parameter['x-multi-segment'] === true,
    });
  }
  const docs = (operation.externalDocs as Node | undefined)?.url;
  const body = indexBody(operation.requestBody as Node | undefined, resolve);
  const success = indexSuccess(operation.responses as Record<string, Node> | undefined, resolve);
  return {
    id: String(operation.operationId),
    method: method.toUpperCase(),
    path: route,
    ...(typeof docs === 'string' ? { docs } : {}),
    parameters,
    ...(body ? { body } : {}),
    ...(success ? { success } : {}),
  };
}

function indexBody(raw: Node | undefined, resolve: Resolve): IndexedBody | undefined {
  if (!raw) return undefined;
  const body = resolve(raw);
  const content = (body.content ?? {}) as Record<string, Node>;
  const mediaType = 'application/json' in content ? 'application/json' : Object.keys(content)[0];
  if (mediaType === undefined) return undefined;
  const schema = content[mediaType]?.schema as Node | undefined;
  return { required: body.required === true, mediaType, ...(schema ? { schema: toJsonSchema(schema) } : {}) };
}

/** The first documented 2xx response, with its schema and first example. */
function indexSuccess(responses: Record<string, Node> | undefined, resolve: Resolve) {
  const status = Object.keys(responses ?? {})
    .filter((code) => /^2\d\d$/.test(code))
    .sort()[0];
  if (!responses || status === undefined) return undefined;
  const response = resolve(responses[status] as Node);
  const content = (response.content ?? {}) as Record<string, Node>;
  const mediaType = 'application/json' in content ? 'application/json' : Object.keys(content)[0];
  const media = mediaType === undefined ? undefined : content[mediaType];
  const result: { -readonly [K in keyof IndexedResponse]: IndexedResponse[K] } = { status: Number(status) };
  if (mediaType !== undefined) result.mediaType = mediaType;
  if (media?.schema) result.schema = toJsonSchema(media.schema);
  const example = firstExample(media);
  if (example) result.example = example;
  return result;
}

function firstExample(media: Node | undefined): IndexedResponse['example'] {
  const first = Object.values((media?.examples ?? {}) as Record<string, Node>)[0];
  if (first && typeof first.$ref === 'string') return { ref: first.$ref.split('/').pop() ?? '' };
  // GitHub sometimes writes `value: { $ref }` instead of a ref to the example itself.
  const value = first?.value as Node | undefined;
  if (value && typeof value.$ref === 'string' && Object.keys(value).length === 1) {
    return { ref: value.$ref.split('/').pop() ?? '' };
  }
  if (first && 'value' in first) return { value: first.value };
  return media && 'example' in media ? { value: media.example } : undefined;
}

/**
 * OpenAPI 3.0 schema → JSON Schema: `nullable` becomes a `null` type, refs point into the
 * registered components document, prose is dropped.
 */
export function toJsonSchema(schema: unknown): JsonSchema {
  if (typeof schema === 'boolean') return schema;
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return {};
  const source = schema as Node;
  const result: Node = {};
  for (const [key, value] of Object.entries(source)) {
    if (DROPPED_KEYS.has(key) || key.startsWith('x-') || key === 'nullable') continue;
    result[key] = convertKeyword(key, value);
  }
  return source.nullable === true ? allowNull(result) : result;
}

function convertKeyword(key: string, value: unknown): unknown {
  switch (key) {
    case '$ref':
      return String(value).replace(/^#\/components\/schemas\//, `${COMPONENTS_ID}#/components/schemas/`);
    case 'properties':
    case 'patternProperties': {
      const properties: Node = {};
      for (const [name, property] of Object.entries(value as Node)) properties[name] = toJsonSchema(property);
      return properties;
    }
    case 'items':
    case 'additionalProperties':
    case 'not':
      return typeof value === 'object' ? toJsonSchema(value) : value;
    case 'allOf':
    case 'anyOf':
    case 'oneOf':
      return (value as unknown[]).map(toJsonSchema);
    default:
      return value;
  }
}

function allowNull(schema: Node): Node {
  if (typeof schema.type === 'string') {
    const enumValues = Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {};
    return { ...schema, type: [schema.type, 'null'], ...enumValues };
  }
  return { anyOf: [schema, { type: 'null' }] };
}
