import { createRequire } from 'node:module';

/** A webhook event as the runner hands it to a step: its name and its payload. */
export interface WebhookEvent {
  readonly name: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

interface ExampleSet {
  readonly name: string;
  readonly examples: readonly Record<string, unknown>[];
}

let examples: readonly ExampleSet[] | undefined;

/**
 * A real payload from @octokit/webhooks-examples (payloads GitHub sent, contributed to the
 * octokit/webhooks project): the first example of the event, with that `action` if given.
 */
export function webhookExample(name: string, action?: string): WebhookEvent {
  examples ??= createRequire(import.meta.url)('@octokit/webhooks-examples') as ExampleSet[];
  const set = examples.find((candidate) => candidate.name === name);
  const payload = set?.examples.find((example) => action === undefined || example.action === action);
  if (!payload) {
    throw new Error(`@octokit/webhooks-examples has no ${name}${action ? `.${action}` : ''} payload`);
  }
  return { name, payload: structuredClone(payload) };
}

/** The GITHUB_* variables the runner derives from an event for a step. */
export function eventVariables(event: WebhookEvent, sha: string | undefined): Record<string, string> {
  const payload = event.payload as {
    repository?: {
      full_name?: string;
      id?: number;
      owner?: { login?: string; id?: number };
      default_branch?: string;
    };
    sender?: { login?: string; id?: number };
    ref?: string;
    after?: string;
    number?: number;
    pull_request?: {
      head?: { ref?: string; sha?: string };
      base?: { ref?: string };
      merge_commit_sha?: string | null;
    };
  };
  const repository = payload.repository;
  const variables: Record<string, string> = {
    GITHUB_EVENT_NAME: event.name,
    GITHUB_REPOSITORY: repository?.full_name ?? 'octo-org/octo-repo',
    GITHUB_REPOSITORY_ID: String(repository?.id ?? 1),
    GITHUB_REPOSITORY_OWNER: repository?.owner?.login ?? 'octo-org',
    GITHUB_REPOSITORY_OWNER_ID: String(repository?.owner?.id ?? 1),
    GITHUB_ACTOR: payload.sender?.login ?? 'octocat',
    GITHUB_ACTOR_ID: String(payload.sender?.id ?? 1),
    GITHUB_TRIGGERING_ACTOR: payload.sender?.login ?? 'octocat',
  };
  const pull = payload.pull_request;
  if (event.name.startsWith('pull_request') && pull) {
    // A pull_request run checks out the merge commit of refs/pull/N/merge.
    const number = payload.number ?? 1;
    return {
      ...variables,
      GITHUB_REF: `refs/pull/${number}/merge`,
      GITHUB_REF_NAME: `${number}/merge`,
      GITHUB_REF_TYPE: 'branch',
      GITHUB_HEAD_REF: pull.head?.ref ?? '',
      GITHUB_BASE_REF: pull.base?.ref ?? '',
      GITHUB_SHA: sha ?? pull.merge_commit_sha ?? pull.head?.sha ?? '0'.repeat(40),
    };
  }
  const ref = payload.ref ?? `refs/heads/${repository?.default_branch ?? 'main'}`;
  return {
    ...variables,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_HEAD_REF: '',
    GITHUB_BASE_REF: '',
    GITHUB_SHA: sha ?? payload.after ?? '0'.repeat(40),
  };
}
