/**
 * Answers the operations the state owns: the CRUD routes of resources.ts, repositories, and
 * a few derived reads (a branch's rules from the rulesets, a release by tag, the latest
 * release). Anything else returns undefined and the server falls back to recorded traffic
 * or the OpenAPI example.
 */
import { RESOURCES, type ResourceDefinition } from './resources.js';
import type { RouteMatch } from './router.js';
import type { RepositoryEntry, StateStore } from './state.js';

type Node = { [key: string]: unknown };

/** A reply the server sends as JSON. */
export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The parts of a request the state looks at. */
export interface StateRequest {
  readonly match: RouteMatch;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** The absolute URL of this request without its query, for Link headers. */
  readonly pageUrl: (page: number) => string;
}

type Action = 'list' | 'get' | 'create' | 'update' | 'remove';

const ROUTE_ACTIONS = new Map<string, { definition: ResourceDefinition; action: Action }>();
for (const definition of RESOURCES) {
  for (const [action, id] of Object.entries(definition.routes)) {
    if (id) ROUTE_ACTIONS.set(id, { definition, action: action as Action });
  }
}

const NOT_FOUND: Reply = { status: 404, body: { message: 'Not Found', status: '404' } };

/** A reply from the state, or undefined when the state does not own the operation. */
export function answerFromState(store: StateStore, request: StateRequest): Reply | undefined {
  const { operation, params } = request.match;
  const special = SPECIAL_ROUTES[operation.id];
  if (special) return special(store, request);
  const owned = ROUTE_ACTIONS.get(operation.id);
  if (!owned) return undefined;
  const repository = store.findRepository(params.owner ?? '', params.repo ?? '');
  if (!repository) return NOT_FOUND;
  const { definition, action } = owned;
  const entries = store.entries(repository, definition.kind);
  const parent = definition.parentParam ? params[definition.parentParam] : undefined;
  const successStatus = operation.success?.status ?? 200;
  switch (action) {
    case 'list': {
      const items = [...entries.values()]
        .filter((e) => parent === undefined || e.parent === parent)
        .map((e) => e.item);
      const filtered = definition.filter ? definition.filter(items, request.query, params) : items;
      const ordered = definition.order === 'newest' ? [...filtered].reverse() : filtered;
      return paginate(ordered, request, definition.listKey);
    }
    case 'get':
    case 'update':
    case 'remove': {
      const key = params[definition.key.param] ?? '';
      const entry = entries.get(key);
      if (!entry || (parent !== undefined && entry.parent !== parent)) return NOT_FOUND;
      if (action === 'get') return { status: successStatus, body: entry.item };
      if (action === 'remove') {
        entries.delete(key);
        return { status: 204 };
      }
      const updated = structuredClone(entry.item);
      const context = store.context(repository);
      definition.applyBody?.(updated, (request.body ?? {}) as Node, context);
      if ('updated_at' in updated) updated.updated_at = context.now;
      const item = store.conformItem(definition, updated);
      entries.set(key, { item, parent: entry.parent });
      return { status: successStatus, body: item };
    }
    case 'create': {
      if (parent !== undefined && !parentExists(store, repository, definition, parent)) return NOT_FOUND;
      const conflict = findConflict(
        definition,
        [...entries.values()].map((e) => e.item),
        request.body as Node,
      );
      if (conflict) return conflict;
      const item = store.createItem(
        repository,
        definition,
        (created, context) => definition.applyBody?.(created, (request.body ?? {}) as Node, context),
        parent,
      );
      const location = typeof item.url === 'string' ? { location: item.url } : undefined;
      return { status: successStatus, body: item, ...(location ? { headers: location } : {}) };
    }
  }
}

/** Comments belong to an issue or a pull request; reviews to a pull request. */
function parentExists(
  store: StateStore,
  repository: RepositoryEntry,
  definition: ResourceDefinition,
  parent: string,
): boolean {
  const kinds = definition.kind === 'issue-comment' ? (['issue', 'pull'] as const) : (['pull'] as const);
  return kinds.some((kind) => store.entries(repository, kind).has(parent));
}

/** GitHub refuses a second release for a tag with a 422, as recorded in @octokit/fixtures. */
function findConflict(
  definition: ResourceDefinition,
  items: Node[],
  body: Node | undefined,
): Reply | undefined {
  if (definition.kind !== 'release' || !body) return undefined;
  if (!items.some((item) => item.tag_name === body.tag_name)) return undefined;
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
      status: '422',
    },
  };
}

/** Page `items` as GitHub does: `per_page` (default 30, at most 100), `page`, and a Link header. */
export function paginate(items: readonly unknown[], request: StateRequest, listKey?: string): Reply {
  const perPage = Math.min(100, Math.max(1, Number(request.query.per_page ?? 30) || 30));
  const page = Math.max(1, Number(request.query.page ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const links: string[] = [];
  if (page > 1) links.push(`<${request.pageUrl(page - 1)}>; rel="prev"`);
  if (page < last)
    links.push(`<${request.pageUrl(page + 1)}>; rel="next"`, `<${request.pageUrl(last)}>; rel="last"`);
  if (page > 1) links.push(`<${request.pageUrl(1)}>; rel="first"`);
  const body = listKey ? { total_count: items.length, [listKey]: slice } : slice;
  return { status: 200, body, ...(links.length > 0 ? { headers: { link: links.join(', ') } } : {}) };
}

type SpecialRoute = (store: StateStore, request: StateRequest) => Reply | undefined;

const SPECIAL_ROUTES: Readonly<Record<string, SpecialRoute>> = {
  'repos/get': (store, { match }) => {
    const repository = store.findRepository(match.params.owner ?? '', match.params.repo ?? '');
    return repository ? { status: 200, body: repository.node } : NOT_FOUND;
  },
  'repos/update': (store, { match, body }) => {
    const repository = store.findRepository(match.params.owner ?? '', match.params.repo ?? '');
    if (!repository) return NOT_FOUND;
    const changes: Node = {};
    for (const [key, value] of Object.entries((body ?? {}) as Node)) {
      if (key !== 'name' && key in repository.node && (value === null || typeof value !== 'object'))
        changes[key] = value;
    }
    const fullName = String(repository.node.full_name);
    const updated = store.repositoryTemplate(fullName, { ...repository.node, ...changes });
    Object.assign(repository.node, updated);
    return { status: 200, body: repository.node };
  },
  'repos/create-in-org': (store, { match, body }) => {
    const name = String((body as Node | undefined)?.name ?? '');
    const fullName = `${match.params.org ?? ''}/${name}`;
    if (store.repository(fullName)) {
      return {
        status: 422,
        body: {
          message: 'Repository creation failed.',
          errors: [
            {
              resource: 'Repository',
              code: 'custom',
              field: 'name',
              message: 'name already exists on this account',
            },
          ],
          status: '422',
        },
      };
    }
    const overrides: Node = {};
    for (const key of ['description', 'private', 'visibility', 'homepage'] as const) {
      const value = (body as Node | undefined)?.[key];
      if (value !== undefined) overrides[key] = value;
    }
    if (overrides.private === true && overrides.visibility === undefined) overrides.visibility = 'private';
    return { status: 201, body: store.addRepository(fullName, overrides) };
  },
  'repos/list-for-org': (store, request) => {
    const org = (request.match.params.org ?? '').toLowerCase();
    const all = store
      .allRepositories()
      .map((entry) => entry.node)
      .filter((node) => String((node.owner as Node).login).toLowerCase() === org);
    return paginate(all, request);
  },
  'repos/get-release-by-tag': (store, { match }) => {
    const release = findItem(store, match, 'release', (item) => item.tag_name === match.params.tag);
    return release ? { status: 200, body: release } : NOT_FOUND;
  },
  'repos/get-latest-release': (store, { match }) => {
    const releases = listItems(store, match, 'release').filter(
      (item) => item.draft !== true && item.prerelease !== true,
    );
    const latest = releases.at(-1);
    return latest ? { status: 200, body: latest } : NOT_FOUND;
  },
  'repos/get-branch-rules': (store, request) => {
    const { match } = request;
    const repository = store.findRepository(match.params.owner ?? '', match.params.repo ?? '');
    if (!repository) return NOT_FOUND;
    const branch = match.params.branch ?? '';
    const defaultBranch = String(repository.node.default_branch);
    const rules: Node[] = [];
    for (const ruleset of listItems(store, match, 'ruleset')) {
      if (ruleset.enforcement !== 'active' || (ruleset.target ?? 'branch') !== 'branch') continue;
      if (!refMatches(ruleset.conditions as Node | undefined, branch, defaultBranch)) continue;
      for (const rule of (ruleset.rules ?? []) as Node[]) {
        rules.push({
          ...rule,
          ruleset_source_type: 'Repository',
          ruleset_source: repository.node.full_name,
          ruleset_id: ruleset.id,
        });
      }
    }
    return paginate(rules, request);
  },
};

function listItems(store: StateStore, match: RouteMatch, kind: ResourceDefinition['kind']): Node[] {
  const repository = store.findRepository(match.params.owner ?? '', match.params.repo ?? '');
  return repository ? [...store.entries(repository, kind).values()].map((entry) => entry.item) : [];
}

function findItem(
  store: StateStore,
  match: RouteMatch,
  kind: ResourceDefinition['kind'],
  test: (item: Node) => boolean,
) {
  return listItems(store, match, kind).find(test);
}

/** GitHub's ref conditions: `~ALL`, `~DEFAULT_BRANCH`, `refs/heads/<fnmatch pattern>`. */
function refMatches(conditions: Node | undefined, branch: string, defaultBranch: string): boolean {
  const refName = (conditions?.ref_name ?? {}) as { include?: string[]; exclude?: string[] };
  const matches = (pattern: string) =>
    pattern === '~ALL' ||
    (pattern === '~DEFAULT_BRANCH' && branch === defaultBranch) ||
    globToRegExp(pattern.replace(/^refs\/heads\//, '')).test(branch);
  const included = (refName.include ?? []).some(matches);
  return included && !(refName.exclude ?? []).some(matches);
}

function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] ?? '';
    if (char === '*' && pattern[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
