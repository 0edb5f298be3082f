/**
 * The resources the server keeps state for, declared as data: which operations list, read,
 * create, update and delete them, how an item is keyed, and how a request body maps onto
 * the item GitHub would return. Everything else about an item (the fields a body does not
 * set) comes from a template: GitHub's OpenAPI example, overlaid with recorded real traffic
 * where it exists, repaired to match the schema.
 */

type Node = { [key: string]: unknown };

/** The kinds of state a test can set up. */
export type ResourceKind =
  | 'issue'
  | 'issue-comment'
  | 'pull'
  | 'review'
  | 'ruleset'
  | 'code-scanning-alert'
  | 'dependabot-alert'
  | 'secret-scanning-alert'
  | 'release'
  | 'advisory'
  | 'check-run';

/** What a mapper knows about the item being built. */
export interface BuildContext {
  readonly owner: string;
  readonly repo: string;
  readonly fullName: string;
  /** The API root items link to (the server's own URL, GHES-style). */
  readonly apiUrl: string;
  readonly now: string;
  /** Build a user object (from the template's user) for a login. */
  readonly user: (login: string) => Node;
}

/** One stateful resource. */
export interface ResourceDefinition {
  readonly kind: ResourceKind;
  /** The operation whose success schema and example describe one item. */
  readonly item: string;
  /** An operation whose recorded real reply is one item, overlaid on the example. */
  readonly recorded?: string;
  readonly routes: {
    readonly list?: string;
    readonly get?: string;
    readonly create?: string;
    readonly update?: string;
    readonly remove?: string;
  };
  /** The path parameter naming one item and the item field it equals. */
  readonly key: { readonly param: string; readonly field: string };
  /** The path parameter of the owning item (a review's pull request). */
  readonly parentParam?: string;
  /** `issue`: shares the repository's issue/PR numbers; `own`: numbers per kind; `id`: keyed by id. */
  readonly numbering: 'issue' | 'own' | 'id' | 'ghsa';
  /** Default list order. */
  readonly order: 'newest' | 'oldest';
  /** List replies wrap items in an object under this key (`{ total_count, check_runs }`). */
  readonly listKey?: string;
  /** Set the URL fields of a new item. */
  readonly urls: (item: Node, key: string | number, context: BuildContext) => Node;
  /** Copy a create or update body onto the item. */
  readonly applyBody?: (item: Node, body: Node, context: BuildContext) => void;
  /** Keep the items a list query asks for. */
  readonly filter?: (
    items: Node[],
    query: Readonly<Record<string, string>>,
    params: Readonly<Record<string, string>>,
  ) => Node[];
}

const repoApi = (c: BuildContext) => `${c.apiUrl}/repos/${c.fullName}`;
const repoHtml = (c: BuildContext) => `https://github.com/${c.fullName}`;

/** Copy scalar body fields onto same-named item fields; objects are handled by each mapper. */
function copyScalars(item: Node, body: Node, fields: readonly string[]): void {
  for (const field of fields) {
    const value = body[field];
    if (value !== undefined && (value === null || typeof value !== 'object')) item[field] = value;
  }
}

function listOf(query: Readonly<Record<string, string>>, name: string): string[] | undefined {
  const value = query[name];
  return value === undefined || value === '' ? undefined : value.split(',').map((part) => part.trim());
}

/** `state=open|closed|all` with GitHub's default of open. */
function byOpenState(items: Node[], query: Readonly<Record<string, string>>): Node[] {
  const state = query.state ?? 'open';
  return state === 'all' ? items : items.filter((item) => item.state === state);
}

/** `state=a,b` filters where no value means all. */
function byStates(items: Node[], query: Readonly<Record<string, string>>): Node[] {
  const states = listOf(query, 'state');
  return states ? items.filter((item) => states.includes(String(item.state))) : items;
}

function labelsFrom(value: unknown, template: Node | undefined, context: BuildContext): Node[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry, index) => {
    const name = typeof entry === 'string' ? entry : String((entry as Node).name ?? '');
    return {
      ...(template ?? {}),
      id: 1000 + index,
      name,
      url: `${repoApi(context)}/labels/${encodeURIComponent(name)}`,
      ...(typeof entry === 'object' ? (entry as Node) : {}),
    };
  });
}

function applyIssueBody(item: Node, body: Node, context: BuildContext): void {
  copyScalars(item, body, ['body', 'state', 'state_reason']);
  if (body.title !== undefined) item.title = String(body.title);
  if (body.labels !== undefined) {
    const template = (item.labels as Node[] | undefined)?.find((label) => typeof label === 'object');
    item.labels = labelsFrom(body.labels, template, context);
  }
  const logins = Array.isArray(body.assignees)
    ? (body.assignees as string[])
    : typeof body.assignee === 'string'
      ? [body.assignee]
      : undefined;
  if (logins) {
    const assignees = logins.map(context.user);
    item.assignees = assignees;
    item.assignee = assignees[0] ?? null;
  }
  if (body.state === 'closed') item.closed_at ??= context.now;
  if (body.state === 'open') item.closed_at = null;
}

/** `head: "branch"` or `"owner:branch"` in a request; an object in the reply. */
function applyRef(item: Node, side: 'head' | 'base', value: unknown, context: BuildContext): void {
  if (typeof value !== 'string') return;
  const [owner, ref] = value.includes(':') ? value.split(':', 2) : [context.owner, value];
  const current = (item[side] ?? {}) as Node;
  item[side] = { ...current, ref, label: `${owner}:${ref}` };
}

function applyPullBody(item: Node, body: Node, context: BuildContext): void {
  copyScalars(item, body, ['title', 'body', 'state', 'draft', 'maintainer_can_modify']);
  applyRef(item, 'head', body.head, context);
  applyRef(item, 'base', body.base, context);
  if (body.state === 'closed') item.closed_at ??= context.now;
}

const REVIEW_EVENTS: Readonly<Record<string, string>> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED',
};

function applyReviewBody(item: Node, body: Node): void {
  copyScalars(item, body, ['body', 'commit_id']);
  if (typeof body.event === 'string') item.state = REVIEW_EVENTS[body.event] ?? 'PENDING';
  else if (body.body !== undefined && item.state === undefined) item.state = 'PENDING';
}

function applyRulesetBody(item: Node, body: Node): void {
  copyScalars(item, body, ['name', 'target', 'enforcement']);
  for (const field of ['bypass_actors', 'conditions', 'rules'] as const) {
    if (body[field] !== undefined) item[field] = structuredClone(body[field]);
  }
}

function applyAlertUpdate(item: Node, body: Node, context: BuildContext): void {
  copyScalars(item, body, [
    'state',
    'dismissed_reason',
    'dismissed_comment',
    'resolution',
    'resolution_comment',
  ]);
  if (body.state === 'dismissed') item.dismissed_at = context.now;
  if (body.state === 'resolved') item.resolved_at = context.now;
  if (body.state === 'open') {
    for (const field of [
      'dismissed_at',
      'dismissed_reason',
      'dismissed_comment',
      'resolved_at',
      'resolution',
    ]) {
      if (field in item) item[field] = null;
    }
  }
}

function applyReleaseBody(item: Node, body: Node): void {
  copyScalars(item, body, ['tag_name', 'target_commitish', 'name', 'body', 'draft', 'prerelease']);
}

function applyAdvisoryBody(item: Node, body: Node): void {
  copyScalars(item, body, ['summary', 'description', 'severity', 'cve_id', 'state']);
  if (Array.isArray(body.vulnerabilities)) item.vulnerabilities = structuredClone(body.vulnerabilities);
  if (Array.isArray(body.cwe_ids)) item.cwe_ids = [...body.cwe_ids];
  if (Array.isArray(body.cwe_ids)) item.cwes = body.cwe_ids.map((id) => ({ cwe_id: id, name: String(id) }));
  if (Array.isArray(body.credits)) item.credits = structuredClone(body.credits);
  if (typeof body.cvss_vector_string === 'string') {
    item.cvss = { vector_string: body.cvss_vector_string, score: null };
  }
}

function applyCheckRunBody(item: Node, body: Node, context: BuildContext): void {
  copyScalars(item, body, ['name', 'head_sha', 'status', 'conclusion', 'details_url', 'external_id']);
  copyScalars(item, body, ['started_at', 'completed_at']);
  if (body.conclusion !== undefined && body.status === undefined) item.status = 'completed';
  if (item.status === 'completed') item.completed_at ??= context.now;
  const output = body.output as Node | undefined;
  if (output) {
    const annotations = Array.isArray(output.annotations) ? output.annotations.length : 0;
    item.output = {
      ...((item.output as Node | undefined) ?? {}),
      title: output.title ?? null,
      summary: output.summary ?? null,
      text: output.text ?? null,
      annotations_count: annotations,
    };
  }
}

/** Every stateful resource. */
export const RESOURCES: readonly ResourceDefinition[] = [
  {
    kind: 'issue',
    item: 'issues/get',
    recorded: 'issues/create',
    routes: {
      list: 'issues/list-for-repo',
      get: 'issues/get',
      create: 'issues/create',
      update: 'issues/update',
    },
    key: { param: 'issue_number', field: 'number' },
    numbering: 'issue',
    order: 'newest',
    urls: (_item, n, c) => ({
      url: `${repoApi(c)}/issues/${n}`,
      html_url: `${repoHtml(c)}/issues/${n}`,
      repository_url: repoApi(c),
      comments_url: `${repoApi(c)}/issues/${n}/comments`,
    }),
    applyBody: applyIssueBody,
    filter: (items, query) => {
      const labels = listOf(query, 'labels');
      const open = byOpenState(items, query);
      if (!labels) return open;
      return open.filter((item) => {
        const names = ((item.labels ?? []) as Node[]).map((label) => label.name);
        return labels.every((label) => names.includes(label));
      });
    },
  },
  {
    kind: 'issue-comment',
    item: 'issues/get-comment',
    routes: {
      list: 'issues/list-comments',
      get: 'issues/get-comment',
      create: 'issues/create-comment',
      update: 'issues/update-comment',
      remove: 'issues/delete-comment',
    },
    key: { param: 'comment_id', field: 'id' },
    parentParam: 'issue_number',
    numbering: 'id',
    order: 'oldest',
    urls: (_item, id, c) => ({
      url: `${repoApi(c)}/issues/comments/${id}`,
      html_url: `${repoHtml(c)}/issues#issuecomment-${id}`,
    }),
    applyBody: (item, body) => copyScalars(item, body, ['body']),
  },
  {
    kind: 'pull',
    item: 'pulls/get',
    routes: { list: 'pulls/list', get: 'pulls/get', create: 'pulls/create', update: 'pulls/update' },
    key: { param: 'pull_number', field: 'number' },
    numbering: 'issue',
    order: 'newest',
    urls: (_item, n, c) => ({
      url: `${repoApi(c)}/pulls/${n}`,
      html_url: `${repoHtml(c)}/pull/${n}`,
      issue_url: `${repoApi(c)}/issues/${n}`,
      review_comments_url: `${repoApi(c)}/pulls/${n}/comments`,
    }),
    applyBody: applyPullBody,
    filter: (items, query) => {
      const open = byOpenState(items, query);
      return open.filter(
        (item) =>
          (query.base === undefined || (item.base as Node | undefined)?.ref === query.base) &&
          (query.head === undefined || (item.head as Node | undefined)?.label === query.head),
      );
    },
  },
  {
    kind: 'review',
    item: 'pulls/get-review',
    routes: {
      list: 'pulls/list-reviews',
      get: 'pulls/get-review',
      create: 'pulls/create-review',
      update: 'pulls/update-review',
    },
    key: { param: 'review_id', field: 'id' },
    parentParam: 'pull_number',
    numbering: 'id',
    order: 'oldest',
    urls: (_item, id, c) => ({ html_url: `${repoHtml(c)}/pull#pullrequestreview-${id}` }),
    applyBody: applyReviewBody,
  },
  {
    kind: 'ruleset',
    item: 'repos/get-repo-ruleset',
    routes: {
      list: 'repos/get-repo-rulesets',
      get: 'repos/get-repo-ruleset',
      create: 'repos/create-repo-ruleset',
      update: 'repos/update-repo-ruleset',
      remove: 'repos/delete-repo-ruleset',
    },
    key: { param: 'ruleset_id', field: 'id' },
    numbering: 'id',
    order: 'oldest',
    urls: (item, id, c) => {
      item.source = c.fullName;
      item.source_type = 'Repository';
      return {
        _links: {
          self: { href: `${repoApi(c)}/rulesets/${id}` },
          html: { href: `${repoHtml(c)}/rules/${id}` },
        },
      };
    },
    applyBody: applyRulesetBody,
  },
  {
    kind: 'code-scanning-alert',
    item: 'code-scanning/get-alert',
    routes: {
      list: 'code-scanning/list-alerts-for-repo',
      get: 'code-scanning/get-alert',
      update: 'code-scanning/update-alert',
    },
    key: { param: 'alert_number', field: 'number' },
    numbering: 'own',
    order: 'newest',
    urls: (_item, n, c) => ({
      url: `${repoApi(c)}/code-scanning/alerts/${n}`,
      html_url: `${repoHtml(c)}/security/code-scanning/${n}`,
      instances_url: `${repoApi(c)}/code-scanning/alerts/${n}/instances`,
    }),
    applyBody: applyAlertUpdate,
    filter: (items, query) =>
      byStates(items, query).filter(
        (item) => query.tool_name === undefined || (item.tool as Node | undefined)?.name === query.tool_name,
      ),
  },
  {
    kind: 'dependabot-alert',
    item: 'dependabot/get-alert',
    routes: {
      list: 'dependabot/list-alerts-for-repo',
      get: 'dependabot/get-alert',
      update: 'dependabot/update-alert',
    },
    key: { param: 'alert_number', field: 'number' },
    numbering: 'own',
    order: 'newest',
    urls: (_item, n, c) => ({
      url: `${repoApi(c)}/dependabot/alerts/${n}`,
      html_url: `${repoHtml(c)}/security/dependabot/${n}`,
    }),
    applyBody: applyAlertUpdate,
    filter: (items, query) => {
      const severities = listOf(query, 'severity');
      return byStates(items, query).filter(
        (item) =>
          !severities ||
          severities.includes(String((item.security_advisory as Node | undefined)?.severity ?? '')),
      );
    },
  },
  {
    kind: 'secret-scanning-alert',
    item: 'secret-scanning/get-alert',
    routes: {
      list: 'secret-scanning/list-alerts-for-repo',
      get: 'secret-scanning/get-alert',
      update: 'secret-scanning/update-alert',
    },
    key: { param: 'alert_number', field: 'number' },
    numbering: 'own',
    order: 'newest',
    urls: (_item, n, c) => ({
      url: `${repoApi(c)}/secret-scanning/alerts/${n}`,
      html_url: `${repoHtml(c)}/security/secret-scanning/${n}`,
      locations_url: `${repoApi(c)}/secret-scanning/alerts/${n}/locations`,
    }),
    applyBody: applyAlertUpdate,
    filter: byStates,
  },
  {
    kind: 'release',
    item: 'repos/get-release',
    recorded: 'repos/get-release-by-tag',
    routes: {
      list: 'repos/list-releases',
      get: 'repos/get-release',
      create: 'repos/create-release',
      update: 'repos/update-release',
      remove: 'repos/delete-release',
    },
    key: { param: 'release_id', field: 'id' },
    numbering: 'id',
    order: 'newest',
    urls: (item, id, c) => ({
      url: `${repoApi(c)}/releases/${id}`,
      assets_url: `${repoApi(c)}/releases/${id}/assets`,
      html_url: `${repoHtml(c)}/releases/tag/${String(item.tag_name ?? '')}`,
      upload_url: `${c.apiUrl}/repos/${c.fullName}/releases/${id}/assets{?name,label}`,
    }),
    applyBody: applyReleaseBody,
  },
  {
    kind: 'advisory',
    item: 'security-advisories/get-repository-advisory',
    routes: {
      list: 'security-advisories/list-repository-advisories',
      get: 'security-advisories/get-repository-advisory',
      create: 'security-advisories/create-repository-advisory',
      update: 'security-advisories/update-repository-advisory',
    },
    key: { param: 'ghsa_id', field: 'ghsa_id' },
    numbering: 'ghsa',
    order: 'newest',
    urls: (_item, ghsa, c) => ({
      url: `${repoApi(c)}/security-advisories/${ghsa}`,
      html_url: `${repoHtml(c)}/security/advisories/${ghsa}`,
    }),
    applyBody: applyAdvisoryBody,
    filter: byStates,
  },
  {
    kind: 'check-run',
    item: 'checks/get',
    routes: {
      list: 'checks/list-for-ref',
      get: 'checks/get',
      create: 'checks/create',
      update: 'checks/update',
    },
    key: { param: 'check_run_id', field: 'id' },
    numbering: 'id',
    order: 'newest',
    listKey: 'check_runs',
    urls: (_item, id, c) => ({
      url: `${repoApi(c)}/check-runs/${id}`,
      html_url: `${repoHtml(c)}/runs/${id}`,
    }),
    applyBody: applyCheckRunBody,
    filter: (items, query, params) =>
      items.filter(
        (item) =>
          (params.ref === undefined || item.head_sha === params.ref) &&
          (query.check_name === undefined || item.name === query.check_name) &&
          (query.status === undefined || item.status === query.status),
      ),
  },
];
