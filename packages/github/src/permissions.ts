/**
 * GitHub's `X-Accepted-GitHub-Permissions` header, read into what a person must change:
 * the `permissions:` line of a workflow job, or the permission of a GitHub App or
 * fine-grained token where the workflow's GITHUB_TOKEN cannot be granted it.
 */

/** An access level GitHub names in the header. */
export type PermissionLevel = 'read' | 'write' | 'admin';

/** One permission of the header: `pull_requests=read`. */
export interface AcceptedPermission {
  /** GitHub App permission name, with underscores (`pull_requests`). */
  readonly name: string;
  readonly level: PermissionLevel;
}

/**
 * Parse the header. Each `;`-separated set is one way to be allowed; within a set, every
 * `,`-separated permission is needed.
 */
export function parseAcceptedPermissions(header: string | undefined): AcceptedPermission[][] {
  if (!header) return [];
  const sets: AcceptedPermission[][] = [];
  for (const rawSet of header.split(';')) {
    const set: AcceptedPermission[] = [];
    for (const rawPermission of rawSet.split(',')) {
      const [name, level] = rawPermission.trim().split('=');
      if (name && (level === 'read' || level === 'write' || level === 'admin')) set.push({ name, level });
    }
    if (set.length > 0) sets.push(set);
  }
  return sets;
}

/**
 * GitHub App permission → the workflow `permissions:` key and the levels GITHUB_TOKEN can
 * be granted. Names not listed here (administration, secret_scanning_alerts,
 * repository_advisories, workflows, secrets, members, organization_*) cannot be granted to
 * GITHUB_TOKEN at all. `metadata` is not listed either: every job's token has it, so a
 * refusal naming it means the token cannot see the repository (GITHUB_TOKEN only reaches
 * the repository the workflow runs in).
 */
const WORKFLOW_KEYS: Readonly<
  Record<string, { readonly key: string; readonly levels: readonly PermissionLevel[] }>
> = {
  actions: { key: 'actions', levels: ['read', 'write'] },
  artifact_metadata: { key: 'artifact-metadata', levels: ['read', 'write'] },
  attestations: { key: 'attestations', levels: ['read', 'write'] },
  checks: { key: 'checks', levels: ['read', 'write'] },
  code_quality: { key: 'code-quality', levels: ['read', 'write'] },
  contents: { key: 'contents', levels: ['read', 'write'] },
  deployments: { key: 'deployments', levels: ['read', 'write'] },
  discussions: { key: 'discussions', levels: ['read', 'write'] },
  issues: { key: 'issues', levels: ['read', 'write'] },
  models: { key: 'models', levels: ['read'] },
  packages: { key: 'packages', levels: ['read', 'write'] },
  pages: { key: 'pages', levels: ['read', 'write'] },
  pull_requests: { key: 'pull-requests', levels: ['read', 'write'] },
  repository_projects: { key: 'repository-projects', levels: ['read', 'write'] },
  security_events: { key: 'security-events', levels: ['read', 'write'] },
  statuses: { key: 'statuses', levels: ['read', 'write'] },
  vulnerability_alerts: { key: 'vulnerability-alerts', levels: ['read'] },
};

/** Names as GitHub's settings pages show them, for App and fine-grained token fixes. */
const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  administration: 'Administration',
  contents: 'Contents',
  issues: 'Issues',
  metadata: 'Metadata',
  pull_requests: 'Pull requests',
  repository_advisories: 'Repository security advisories',
  secret_scanning_alerts: 'Secret scanning alerts',
  security_events: 'Code scanning alerts',
  statuses: 'Commit statuses',
  vulnerability_alerts: 'Dependabot alerts',
  repository_hooks: 'Webhooks',
  organization_administration: 'Organization administration',
};

/** The workflow `permissions:` line for a permission, or undefined when GITHUB_TOKEN cannot get it. */
export function toWorkflowPermission(permission: AcceptedPermission): string | undefined {
  const mapping = WORKFLOW_KEYS[permission.name];
  if (!mapping) return undefined;
  // write includes read; admin is never grantable to GITHUB_TOKEN.
  if (!mapping.levels.includes(permission.level)) return undefined;
  return `${mapping.key}: ${permission.level}`;
}

/** `"Pull requests" (read)`: a permission as GitHub's settings pages name it. */
export function describePermission(permission: AcceptedPermission): string {
  const name =
    DISPLAY_NAMES[permission.name] ??
    permission.name.replace(/_/g, ' ').replace(/^./, (first) => first.toUpperCase());
  return `"${name}" (${permission.level})`;
}

/** The first set of permissions GITHUB_TOKEN can be granted in full, as workflow lines. */
export function grantableWorkflowLines(
  sets: readonly (readonly AcceptedPermission[])[],
): string[] | undefined {
  for (const set of sets) {
    const lines = set.map(toWorkflowPermission);
    if (lines.every((line): line is string => line !== undefined)) return [...new Set(lines)];
  }
  return undefined;
}

/** The header text back, `pull_requests=read; contents=read`, for messages. */
export function formatAcceptedPermissions(sets: readonly (readonly AcceptedPermission[])[]): string {
  return sets.map((set) => set.map((p) => `${p.name}=${p.level}`).join(',')).join('; ');
}
