/**
 * The server's memory: repositories and, inside each, the resources of resources.ts. Tests
 * set it up directly (`state.addRepository`, `state.add`) and the server changes it when a
 * client creates or updates something, so a create followed by a list sees the new item.
 * Every item is schema-valid for the operation that returns it.
 */
import type { RecordedTraffic } from './fixtures.js';
import { replaceStrings, retarget } from './fixtures.js';
import type { IndexedOperation, JsonSchema, OperationIndex } from './openapi-index.js';
import { type BuildContext, RESOURCES, type ResourceDefinition, type ResourceKind } from './resources.js';
import type { Router } from './router.js';
import { conformToSchema, type SchemaRegistry } from './schema.js';

export type { ResourceKind } from './resources.js';

type Node = { [key: string]: unknown };

/** Options for one item added by a test. */
export interface AddOptions {
  /** The owning item (a review's pull request number, a comment's issue number). */
  readonly parent?: number | string;
}

/** What tests see of the state. */
export interface GitHubState {
  /** Add a repository (`owner/name`); fields of `overrides` replace the template's. */
  addRepository(fullName: string, overrides?: Node): Node;
  /** The stored repository, or undefined. */
  repository(fullName: string): Node | undefined;
  /** Add one item; `overrides` is deep-merged onto a schema-valid template. */
  add(kind: ResourceKind, fullName: string, overrides?: Node, options?: AddOptions): Node;
  /** Add `count` items, `make(i)` giving each one's overrides. */
  addMany(
    kind: ResourceKind,
    fullName: string,
    count: number,
    make?: (i: number) => Node,
    options?: AddOptions,
  ): void;
  /** The stored items of a kind, oldest first. */
  list(kind: ResourceKind, fullName: string, options?: AddOptions): Node[];
  /** Forget everything. */
  reset(): void;
}

interface Entry {
  readonly item: Node;
  readonly parent: string | undefined;
}

/** A stored repository and its resources. */
export interface RepositoryEntry {
  readonly node: Node;
  readonly collections: Map<ResourceKind, Map<string, Entry>>;
  nextIssueNumber: number;
  readonly nextOwnNumber: Map<ResourceKind, number>;
}

/** The dependencies the state needs from the server. */
export interface StateDependencies {
  readonly index: OperationIndex;
  readonly router: Router;
  readonly registry: SchemaRegistry;
  readonly traffic: RecordedTraffic;
  /** Time stamped on created items; default: 2026-01-01T00:00:00Z, one second per change. */
  readonly now?: (() => Date) | undefined;
  /** The API root items link to. */
  readonly apiUrl: () => string;
}

/** The internal face of the state, used by the request handler. */
export interface StateStore extends GitHubState {
  findRepository(owner: string, repo: string): RepositoryEntry | undefined;
  allRepositories(): RepositoryEntry[];
  entries(repository: RepositoryEntry, kind: ResourceKind): Map<string, Entry>;
  createItem(
    repository: RepositoryEntry,
    definition: ResourceDefinition,
    apply: (item: Node, context: BuildContext) => void,
    parent?: string,
  ): Node;
  /** Re-validate an item after a change, repairing what the change broke. */
  conformItem(definition: ResourceDefinition, item: Node): Node;
  context(repository: RepositoryEntry): BuildContext;
  itemOperation(definition: ResourceDefinition): IndexedOperation;
  storeRepository(node: Node): RepositoryEntry;
  repositoryTemplate(fullName: string, overrides?: Node): Node;
}

/** Templates name their repository as GitHub's examples do; recordings are renamed to match. */
const EXAMPLE_REPOSITORY = 'octocat/Hello-World';
const EXAMPLE_REPOSITORIES = /octocat\/Hello-World/g;
const GHSA_ALPHABET = '23456789cfghjmpqrvwx';

/** Create an empty state. */
export function createStateStore(deps: StateDependencies): StateStore {
  const repositories = new Map<string, RepositoryEntry>();
  const templates = new Map<string, Node>();
  const itemSchemas = new Map<ResourceKind, JsonSchema[]>();
  let nextId = 1000;
  let tick = 0;
  // Deterministic time: same setup, same bytes. Each change moves the clock one second.
  const now = () => deps.now?.() ?? new Date(Date.UTC(2026, 0, 1) + 1000 * tick++);
  const isoNow = () =>
    now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');

  const operation = (id: string): IndexedOperation => {
    const found = deps.router.find(id);
    if (!found?.success?.schema) throw new Error(`github-server: no success schema for ${id}`);
    return found;
  };
  const exampleOf = (op: IndexedOperation): unknown => {
    const example = op.success?.example;
    if (!example) return undefined;
    return structuredClone('ref' in example ? deps.index.examples[example.ref] : example.value);
  };
  /** Example overlaid with a recorded real reply, repaired against the item schema; cached. */
  const templateFor = (itemId: string, recordedId?: string): Node => {
    const cached = templates.get(itemId);
    if (cached) return structuredClone(cached);
    const op = operation(itemId);
    const recording = recordedId ? deps.traffic.success(recordedId) : undefined;
    const [owner = 'octocat', repo = 'Hello-World'] = EXAMPLE_REPOSITORY.split('/');
    const recorded = recording ? retarget(recording.body, recording.params, { owner, repo }) : undefined;
    const base = mergeDeep((exampleOf(op) ?? {}) as Node, (recorded ?? {}) as Node);
    const template = conformToSchema(base, op.success?.schema ?? {}, deps.registry) as Node;
    templates.set(itemId, template);
    return structuredClone(template);
  };
  const context = (repository: RepositoryEntry): BuildContext => {
    const owner = String((repository.node.owner as Node).login);
    const repo = String(repository.node.name);
    const user = templateFor('users/get-authenticated');
    return {
      owner,
      repo,
      fullName: `${owner}/${repo}`,
      apiUrl: deps.apiUrl(),
      now: isoNow(),
      user: (login) => ({ ...userFields(user, login) }),
    };
  };
  /** The item schema, and the list's item schema where it differs (pulls list simple pulls). */
  const schemasOf = (definition: ResourceDefinition): JsonSchema[] => {
    const cached = itemSchemas.get(definition.kind);
    if (cached) return cached;
    const schemas = [operation(definition.item).success?.schema ?? {}];
    const listSchema = definition.routes.list
      ? deps.router.find(definition.routes.list)?.success?.schema
      : undefined;
    const listItem = listItemSchema(listSchema, definition.listKey, deps.registry);
    if (listItem && JSON.stringify(listItem) !== JSON.stringify(schemas[0])) schemas.push(listItem);
    itemSchemas.set(definition.kind, schemas);
    return schemas;
  };
  const stamp = (item: Node, now: string) => {
    for (const field of ['created_at', 'updated_at']) if (field in item) item[field] = now;
  };

  const store: StateStore = {
    addRepository(fullName, overrides = {}) {
      return store.storeRepository(store.repositoryTemplate(fullName, overrides)).node;
    },
    repositoryTemplate(fullName, overrides = {}) {
      const [owner = '', name = ''] = fullName.split('/');
      const template = templateFor('repos/get', 'repos/get');
      const retargeted = replaceStrings(template, (text) =>
        text.replace(EXAMPLE_REPOSITORIES, fullName),
      ) as Node;
      const id = nextId++;
      const node = mergeDeep(retargeted, {
        id,
        node_id: nodeId('Repository', id),
        name,
        full_name: fullName,
        owner: { ...userFields(retargeted.owner as Node, owner), type: 'Organization' },
        url: `${deps.apiUrl()}/repos/${fullName}`,
        html_url: `https://github.com/${fullName}`,
        default_branch: 'main',
        private: false,
        visibility: 'public',
        fork: false,
        archived: false,
        disabled: false,
        created_at: isoNow(),
      });
      delete node.parent;
      delete node.source;
      return conformToSchema(
        mergeDeep(node, overrides),
        operation('repos/get').success?.schema ?? {},
        deps.registry,
      ) as Node;
    },
    storeRepository(node) {
      const entry: RepositoryEntry = {
        node,
        collections: new Map(),
        nextIssueNumber: 1,
        nextOwnNumber: new Map(),
      };
      repositories.set(String(node.full_name).toLowerCase(), entry);
      return entry;
    },
    repository(fullName) {
      return repositories.get(fullName.toLowerCase())?.node;
    },
    findRepository(owner, repo) {
      return repositories.get(`${owner}/${repo}`.toLowerCase());
    },
    allRepositories: () => [...repositories.values()],
    entries(repository, kind) {
      let entries = repository.collections.get(kind);
      if (!entries) {
        entries = new Map();
        repository.collections.set(kind, entries);
      }
      return entries;
    },
    context,
    itemOperation: (definition) => operation(definition.item),
    createItem(repository, definition, apply, parent) {
      const c = context(repository);
      const item = replaceStrings(templateFor(definition.item, definition.recorded), (text) =>
        text.replace(EXAMPLE_REPOSITORIES, c.fullName),
      ) as Node;
      const key = assignIdentity(definition, repository, item);
      stamp(item, c.now);
      Object.assign(item, DEFAULTS[definition.kind] ?? {}, definition.urls(item, key, c));
      apply(item, c);
      const conformed = store.conformItem(definition, item);
      store.entries(repository, definition.kind).set(String(key), { item: conformed, parent });
      return conformed;
    },
    conformItem(definition, item) {
      for (const [field, value] of Object.entries(item)) if (value === undefined) delete item[field];
      let conformed: unknown = item;
      for (const schema of schemasOf(definition))
        conformed = conformToSchema(conformed, schema, deps.registry);
      return conformed as Node;
    },
    add(kind, fullName, overrides = {}, options = {}) {
      const repository = repositories.get(fullName.toLowerCase());
      if (!repository) throw new Error(`github-server: add the repository ${fullName} first`);
      const definition = definitionOf(kind);
      const parent = options.parent === undefined ? undefined : String(options.parent);
      return store.createItem(repository, definition, (item) => mergeInto(item, overrides), parent);
    },
    addMany(kind, fullName, count, make = () => ({}), options = {}) {
      for (let i = 0; i < count; i++) store.add(kind, fullName, make(i), options);
    },
    list(kind, fullName, options = {}) {
      const repository = repositories.get(fullName.toLowerCase());
      if (!repository) return [];
      const parent = options.parent === undefined ? undefined : String(options.parent);
      return [...store.entries(repository, kind).values()]
        .filter((entry) => parent === undefined || entry.parent === parent)
        .map((entry) => entry.item);
    },
    reset() {
      repositories.clear();
      nextId = 1000;
      tick = 0;
    },
  };

  function assignIdentity(
    definition: ResourceDefinition,
    repository: RepositoryEntry,
    item: Node,
  ): string | number {
    const id = nextId++;
    if ('id' in item || definition.numbering === 'id') item.id = id;
    if ('node_id' in item) item.node_id = nodeId(definition.kind, id);
    switch (definition.numbering) {
      case 'issue':
        item.number = repository.nextIssueNumber++;
        return item.number as number;
      case 'own': {
        const number = repository.nextOwnNumber.get(definition.kind) ?? 1;
        repository.nextOwnNumber.set(definition.kind, number + 1);
        item.number = number;
        return number;
      }
      case 'ghsa':
        item.ghsa_id = ghsaId(id);
        return item.ghsa_id as string;
      default:
        return id;
    }
  }

  return store;
}

/** Fields every new item of a kind starts with, whatever the example showed. */
const DEFAULTS: Partial<Record<ResourceKind, Node>> = {
  issue: {
    state: 'open',
    closed_at: null,
    labels: [],
    assignees: [],
    assignee: null,
    comments: 0,
    pull_request: undefined,
  },
  pull: { state: 'open', closed_at: null, merged_at: null, merged: false, draft: false, labels: [] },
  review: { state: 'COMMENTED' },
  release: { draft: false, prerelease: false, assets: [] },
  advisory: { state: 'draft', published_at: null, closed_at: null, withdrawn_at: null, cve_id: null },
  'check-run': { status: 'queued', conclusion: null, completed_at: null, pull_requests: [] },
  'code-scanning-alert': { state: 'open', dismissed_at: null, dismissed_by: null, dismissed_reason: null },
  'dependabot-alert': { state: 'open', dismissed_at: null, dismissed_by: null, dismissed_reason: null },
  'secret-scanning-alert': { state: 'open', resolution: null, resolved_at: null, resolved_by: null },
};

/** The schema of one entry of a list reply (`items`, or `<listKey>.items`). */
function listItemSchema(
  schema: JsonSchema | undefined,
  listKey: string | undefined,
  registry: SchemaRegistry,
) {
  let current = schema;
  for (
    let depth = 0;
    depth < 5 && current && typeof current === 'object' && typeof current.$ref === 'string';
    depth++
  ) {
    current = registry.resolve(current.$ref);
  }
  if (!current || typeof current !== 'object') return undefined;
  const list = listKey
    ? ((current.properties as Record<string, JsonSchema> | undefined)?.[listKey] as Node)
    : current;
  return list?.items as JsonSchema | undefined;
}

/** The definition of a kind. */
export function definitionOf(kind: ResourceKind): ResourceDefinition {
  const definition = RESOURCES.find((candidate) => candidate.kind === kind);
  if (!definition) throw new Error(`github-server: unknown resource kind ${kind}`);
  return definition;
}

/** A user (or organisation) object for `login`, its URLs rewritten from the template's login. */
function userFields(template: Node, login: string): Node {
  const from = String(template.login ?? 'octocat');
  const pattern = new RegExp(`/${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[/{?]|$)`, 'g');
  const user = replaceStrings(template, (text) => text.replace(pattern, `/${login}`)) as Node;
  return { ...user, login };
}

function nodeId(kind: string, id: number): string {
  return Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '');
}

/** A GHSA id in GitHub's alphabet, derived from the numeric id (deterministic). */
function ghsaId(id: number): string {
  let value = id * 7919;
  let text = '';
  for (let i = 0; i < 12; i++) {
    text += GHSA_ALPHABET[value % GHSA_ALPHABET.length];
    value = Math.floor(value / GHSA_ALPHABET.length) + i * 13;
  }
  return `GHSA-${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8, 12)}`;
}

/**
 * Deep merge: objects merge key by key; an array of objects merges each entry onto the
 * target's first entry (so `labels: [{ name }]` keeps a label's other fields); other values
 * replace.
 */
export function mergeDeep(target: Node, source: Node): Node {
  const result = structuredClone(target);
  mergeInto(result, source);
  return result;
}

function mergeInto(target: Node, source: Node): void {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (isPlainObject(value) && isPlainObject(current)) {
      // A user given by login gets that login's URLs too.
      const renamed =
        typeof value.login === 'string' && typeof current.login === 'string'
          ? userFields(current, value.login)
          : current;
      const merged = structuredClone(renamed);
      mergeInto(merged, value);
      target[key] = merged;
    } else if (Array.isArray(value) && Array.isArray(current) && isPlainObject(current[0])) {
      const first = current[0];
      target[key] = value.map((entry) => (isPlainObject(entry) ? mergeDeep(first, entry) : entry));
    } else {
      target[key] = structuredClone(value);
    }
  }
}

function isPlainObject(value: unknown): value is Node {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
