/**
 * The real client against the local GitHub server: configuration from the environment,
 * retries that honour retry-after, permission errors with the exact fix, schema rejections,
 * pagination and the request budget.
 */
import { ConfigurationError, type Logger, PermissionError } from '@evident/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../../test/github-server/index.js';
import { useGitHubServer } from '../../../test/github-server/vitest.js';
import {
  createGitHubClient,
  type Environment,
  type GitHubClient,
  type GitHubClientOptions,
  RequestBudgetError,
} from '../src/index.js';

const TOKEN = 'ghs_EvidentTestToken0123456789abcdef';

const server = useGitHubServer();

/** A client as an action would make it, with test-scale backoff (retry-after stays real). */
function connect(options: Partial<GitHubClientOptions> = {}, env: Environment = {}): GitHubClient {
  const client = createGitHubClient({
    env: { GITHUB_ACTIONS: 'true', GITHUB_TOKEN: TOKEN, GITHUB_API_URL: server().url, ...env },
    retry: { backoffMs: 10, writeSpacingMs: 0 },
    ...options,
  });
  if (!client.available) throw new Error(client.reason);
  return client;
}

const repo = { owner: 'acme', repo: 'widget' } as const;

/** The rejection of a promise, for assertions on its fields. */
async function rejectionOf(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}

describe('configuration', () => {
  it('needs nothing but GITHUB_API_URL to talk to another GitHub', async () => {
    const client = createGitHubClient({ env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: server().url } });
    if (!client.available) throw new Error(client.reason);
    const { data } = await client.request('GET /repos/{owner}/{repo}', repo);
    expect(data.full_name).toBe('acme/widget');
    expect(server().requests.all()[0]?.headers.authorization).toBe(`token ${TOKEN}`);
    expect(client.token).toEqual({ source: 'GITHUB_TOKEN', kind: 'app' });
  });

  it('works against a GitHub Enterprise Server layout (/api/v3)', async () => {
    const ghes = await startGitHubServer({ basePath: '/api/v3' });
    try {
      ghes.state.addRepository('acme/widget');
      ghes.state.addMany('release', 'acme/widget', 120, (i) => ({ tag_name: `v1.0.${i}` }));
      const client = connect({}, { GITHUB_API_URL: ghes.url });
      expect(await client.paginate('GET /repos/{owner}/{repo}/releases', repo)).toHaveLength(120);
      expect(ghes.requests.count('repos/list-releases')).toBe(2);
    } finally {
      await ghes.close();
    }
  });

  it('reports a missing token as a state, not an error', () => {
    const client = createGitHubClient({ env: { GITHUB_TOKEN: '  ' } });
    expect(client).toEqual({ available: false, reason: expect.stringContaining('GITHUB_TOKEN') });
  });

  it('refuses an API URL that is not one, or that would send the token in clear text', () => {
    expect(() => connect({}, { GITHUB_API_URL: 'not a url' })).toThrow(ConfigurationError);
    expect(() => connect({}, { GITHUB_API_URL: 'http://github.example.com/api/v3' })).toThrow(/https/);
  });
});

describe('retries', () => {
  it('retries a 500 and a 502 and succeeds', async () => {
    server().faults.serverError('repos/get');
    server().faults.serverError('repos/get', { status: 502 });
    const { data } = await connect().request('GET /repos/{owner}/{repo}', repo);
    expect(data.name).toBe('widget');
    expect(
      server()
        .requests.filter('repos/get')
        .map((request) => request.status),
    ).toEqual([500, 502, 200]);
  });

  it('gives up after the configured retries', async () => {
    server().faults.serverError('repos/get', { times: 10 });
    const error = await rejectionOf(
      connect({ retry: { retries: 2, backoffMs: 1 } }).request('GET /repos/{owner}/{repo}', repo),
    );
    expect(error.status).toBe(500);
    expect(server().requests.count('repos/get')).toBe(3);
  });

  it('retries an attempt that times out', async () => {
    server().faults.slow('repos/get', { ms: 3_000, times: 1 });
    const { data } = await connect({ timeoutMs: 200 }).request('GET /repos/{owner}/{repo}', repo);
    expect(data.name).toBe('widget');
    expect(server().requests.count('repos/get')).toBe(2);
  });

  it('does not retry a client error', async () => {
    server().faults.serverError('repos/get', { status: 400 });
    expect((await rejectionOf(connect().request('GET /repos/{owner}/{repo}', repo))).status).toBe(400);
    expect(server().requests.count('repos/get')).toBe(1);
  });
});

describe('waiting for retry-after', () => {
  // One server and concurrent cases: each waits a real second, so they wait together.
  let limited: GitHubServer;
  beforeAll(async () => {
    limited = await startGitHubServer();
    limited.state.addRepository('acme/widget');
  });
  afterAll(() => limited.close());

  /** Milliseconds between the first two requests the server saw for an operation. */
  const gap = (operationId: string) => {
    const [first, second] = limited.requests.filter(operationId);
    return (second?.receivedAt ?? 0) - (first?.receivedAt ?? 0);
  };
  const client = () => connect({}, { GITHUB_API_URL: limited.url });

  it.concurrent('waits retry-after on a 503 before retrying', async () => {
    limited.faults.serverError('repos/list-releases', { status: 503, retryAfter: 1 });
    await client().request('GET /repos/{owner}/{repo}/releases', repo);
    expect(limited.requests.count('repos/list-releases')).toBe(2);
    expect(gap('repos/list-releases')).toBeGreaterThanOrEqual(1000);
  });

  it.concurrent('waits retry-after on a 403 secondary rate limit', async () => {
    limited.faults.secondaryRateLimit('issues/list-for-repo', { retryAfter: 1 });
    await client().request('GET /repos/{owner}/{repo}/issues', repo);
    expect(limited.requests.count('issues/list-for-repo')).toBe(2);
    expect(gap('issues/list-for-repo')).toBeGreaterThanOrEqual(1000);
  });

  it.concurrent('waits retry-after on a 429 secondary rate limit, without a second retry schedule', async () => {
    limited.faults.secondaryRateLimit('pulls/list', { status: 429, retryAfter: 1 });
    await client().request('GET /repos/{owner}/{repo}/pulls', repo);
    expect(limited.requests.count('pulls/list')).toBe(2);
    expect(gap('pulls/list')).toBeGreaterThanOrEqual(1000);
  });

  it.concurrent('waits retry-after on a bare 429', async () => {
    limited.faults.tooManyRequests('repos/get-repo-rulesets', { retryAfter: 1 });
    await client().request('GET /repos/{owner}/{repo}/rulesets', repo);
    expect(limited.requests.count('repos/get-repo-rulesets')).toBe(2);
    expect(gap('repos/get-repo-rulesets')).toBeGreaterThanOrEqual(1000);
  });

  it.concurrent('waits for the primary rate limit to reset', async () => {
    limited.faults.primaryRateLimit('dependabot/list-alerts-for-repo', { resetAfter: 1 });
    await client().request('GET /repos/{owner}/{repo}/dependabot/alerts', repo);
    expect(limited.requests.count('dependabot/list-alerts-for-repo')).toBe(2);
    expect(gap('dependabot/list-alerts-for-repo')).toBeGreaterThanOrEqual(1000);
  });

  it.concurrent('gives up when GitHub asks for a longer wait than allowed', async () => {
    limited.faults.secondaryRateLimit('secret-scanning/list-alerts-for-repo', { retryAfter: 600 });
    const error = await rejectionOf(
      connect({ retry: { maxWaitSeconds: 60 } }, { GITHUB_API_URL: limited.url }).request(
        'GET /repos/{owner}/{repo}/secret-scanning/alerts',
        repo,
      ),
    );
    expect(error.status).toBe(403);
    expect(limited.requests.count('secret-scanning/list-alerts-for-repo')).toBe(1);
  });
});

describe('permission errors a person can act on', () => {
  it('names the workflow permissions line to add', async () => {
    server().state.add('pull', 'acme/widget');
    server().faults.missingPermission('pulls/list-reviews', { accepted: 'pull_requests=read' });
    const error = await rejectionOf(
      connect().request('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { ...repo, pull_number: 1 }),
    );
    expect(error).toBeInstanceOf(PermissionError);
    expect(error.message).toBe(
      "GitHub refused GET /repos/acme/widget/pulls/1/reviews: the workflow's GITHUB_TOKEN lacks the permission " +
        '"Pull requests" (read) [pull_requests=read].',
    );
    expect(error.fix).toBe('add `permissions:\n  pull-requests: read` to the workflow job');
    expect(server().requests.count('pulls/list-reviews')).toBe(1);
  });

  it('says when GITHUB_TOKEN cannot get the permission at all', async () => {
    server().faults.missingPermission('secret-scanning/list-alerts-for-repo', {
      accepted: 'secret_scanning_alerts=read',
    });
    const error = await rejectionOf(
      connect().request('GET /repos/{owner}/{repo}/secret-scanning/alerts', repo),
    );
    expect(error).toBeInstanceOf(PermissionError);
    expect(error.message).toContain('which GITHUB_TOKEN cannot be granted');
    expect(error.fix).toContain('GitHub App installation token or a fine-grained personal access token');
    expect(error.fix).toContain('"Secret scanning alerts" (read)');
  });

  it('explains the 404 GitHub gives GITHUB_TOKEN for classic branch protection', async () => {
    server().faults.missingPermission('repos/get-branch-protection', {
      accepted: 'administration=read',
      status: 404,
    });
    const error = await rejectionOf(
      connect().request('GET /repos/{owner}/{repo}/branches/{branch}/protection', {
        ...repo,
        branch: 'main',
      }),
    );
    expect(error).toBeInstanceOf(PermissionError);
    expect(error.fix).toContain('"Administration" (read)');
  });

  it('leaves a 404 alone when the token could hold the permission: the thing may just be missing', async () => {
    const error = await rejectionOf(
      connect().request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...repo, tag: 'v9' }),
    );
    expect(error).not.toBeInstanceOf(PermissionError);
    expect(error.status).toBe(404);
  });

  it('tells a fine-grained token which permission to add', async () => {
    server().faults.missingPermission('repos/create-release', { accepted: 'contents=write' });
    const client = connect({ token: 'github_pat_0123456789' });
    const error = await rejectionOf(
      client.request('POST /repos/{owner}/{repo}/releases', { ...repo, tag_name: 'v1' }),
    );
    expect(error.fix).toBe(
      'give the fine-grained token the permission "Contents" (write) for this repository',
    );
  });

  it('says a pull request from a fork has a read-only token', async () => {
    server().state.add('issue', 'acme/widget');
    server().faults.missingPermission('issues/create-comment', { accepted: 'issues=write' });
    const payload = {
      pull_request: { head: { repo: { full_name: 'mallory/widget' } } },
      repository: { full_name: 'acme/widget' },
    };
    const client = connect({ eventPayload: payload }, { GITHUB_EVENT_NAME: 'pull_request' });
    const error = await rejectionOf(
      client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: 1,
        body: 'x',
      }),
    );
    expect(error).toBeInstanceOf(PermissionError);
    expect(error.message).toContain('pull request from a fork get a read-only GITHUB_TOKEN');
  });

  it('says when GitHub rejects the token itself', async () => {
    server().faults.badCredentials();
    const error = await rejectionOf(connect().request('GET /repos/{owner}/{repo}', repo));
    expect(error).toBeInstanceOf(PermissionError);
    expect(error.message).toContain('401 Bad credentials');
  });
});

describe("GitHub's schema catches our mistakes", () => {
  it('gets a 422 for a body GitHub would reject, and does not retry it', async () => {
    const wrong = { ...repo, tag_name: 'v1', draft: 'yes' as unknown as boolean };
    const error = await rejectionOf(connect().request('POST /repos/{owner}/{repo}/releases', wrong));
    expect(error.status).toBe(422);
    expect(error.message).toContain('For \'properties/draft\', "yes" is not a boolean.');
    expect(server().requests.count('repos/create-release')).toBe(1);
  });

  it('sees its own create in the next list, with exactly one POST', async () => {
    const client = connect();
    await client.request('POST /repos/{owner}/{repo}/issues', { ...repo, title: 'SR-2 threat model review' });
    const issues = await client.paginate('GET /repos/{owner}/{repo}/issues', repo);
    expect(issues.map((issue) => issue.title)).toEqual(['SR-2 threat model review']);
    expect(server().requests.count('POST /repos/{owner}/{repo}/issues')).toBe(1);
  });
});

describe('pagination and the request budget', () => {
  it('reads 5,000 items in 50 requests of 100', async () => {
    server().state.addMany('issue', 'acme/widget', 5000);
    const client = connect();
    const issues = await client.paginate('GET /repos/{owner}/{repo}/issues', repo);
    expect(issues).toHaveLength(5000);
    expect(new Set(issues.map((issue) => issue.number)).size).toBe(5000);
    expect(server().requests.count('issues/list-for-repo')).toBe(50);
    expect(server().requests.filter('issues/list-for-repo')[0]?.query.per_page).toBe('100');
    expect(client.usage()).toMatchObject({ requests: 50, budget: 1000, remaining: 950 });
    expect(client.usage().rateLimit).toMatchObject({ limit: 5000, resource: 'core' });
  });

  it('keeps pages of 100 with a map function, even in second place, and lets callers choose', async () => {
    server().state.addMany('release', 'acme/widget', 150, (i) => ({ tag_name: `v${i}` }));
    const client = connect();
    // Octokit's types only allow this form for routes without parameters; the runtime allows any.
    const paginate = client.paginate as unknown as (
      route: string,
      map: (response: { data: { tag_name: string }[] }) => string[],
    ) => Promise<string[]>;
    const tags = await paginate('GET /repos/acme/widget/releases', (response) =>
      response.data.map((r) => r.tag_name),
    );
    expect(tags).toHaveLength(150);
    expect(tags.slice(0, 2)).toEqual(['v149', 'v148']);
    await client.paginate('GET /repos/{owner}/{repo}/releases', { ...repo, per_page: 50 });
    expect(
      server()
        .requests.filter('repos/list-releases')
        .map((request) => request.query.per_page),
    ).toEqual(['100', '100', '50', '50', '50']);
  });

  it('stops at the budget instead of spending more requests', async () => {
    server().state.addMany('release', 'acme/widget', 350);
    const client = connect({ budget: 3 });
    const error = await rejectionOf(client.paginate('GET /repos/{owner}/{repo}/releases', repo));
    expect(error).toBeInstanceOf(RequestBudgetError);
    expect(server().requests.count('repos/list-releases')).toBe(3);
    expect(client.usage()).toMatchObject({ requests: 3, remaining: 0 });
  });

  it('counts retries against the budget', async () => {
    server().faults.serverError('repos/get');
    const client = connect();
    await client.request('GET /repos/{owner}/{repo}', repo);
    expect(client.usage().requests).toBe(2);
  });
});

describe('the token stays secret', () => {
  it('never appears in what the client logs or throws', async () => {
    const lines: string[] = [];
    const logger: Logger = {
      debug: (message) => lines.push(message),
      info: (message) => lines.push(message),
      warn: (message) => lines.push(message),
      error: (message) => lines.push(message),
    };
    server().faults.serverError('repos/get', { retryAfter: 0 });
    server().faults.tooManyRequests('repos/get', { retryAfter: 0 });
    server().faults.missingPermission('repos/list-releases', { accepted: 'contents=read' });
    const client = connect({ logger });
    await client.request('GET /repos/{owner}/{repo}', repo);
    const error = await rejectionOf(client.request('GET /repos/{owner}/{repo}/releases', repo));
    expect(lines.length).toBeGreaterThan(0);
    const cause = error.cause as { request?: unknown; response?: unknown } | undefined;
    const thrown = [
      String(error.message),
      String(error.fix),
      JSON.stringify(cause?.request),
      JSON.stringify(cause?.response),
    ];
    const seen = [...lines, ...thrown].join('\n');
    expect(seen).not.toContain(TOKEN);
    expect(seen).not.toContain(TOKEN.slice(4));
  });
});
