/**
 * Replies come from state the test sets up (schema-valid, persistent across requests), from
 * recorded real traffic, or from GitHub's own examples.
 */
import { describe, expect, it } from 'vitest';
import { type ResourceKind, startGitHubServer } from './index.js';
import { useGitHubServer } from './vitest.js';

const server = useGitHubServer();

type Json = Record<string, unknown> & { message?: string };

async function call(method: string, path: string, body?: unknown) {
  const init: RequestInit = { method };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await fetch(`${server().url}${path}`, init);
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: (text ? JSON.parse(text) : undefined) as Json,
  };
}

describe('state that persists', () => {
  it('shows a created issue in the next list, and an update in the one after', async () => {
    const created = await call('POST', '/repos/acme/widget/issues', {
      title: 'Threat model missing',
      labels: ['62443'],
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ number: 1, title: 'Threat model missing', state: 'open' });
    expect(created.headers.get('location')).toBe(`${server().url}/repos/acme/widget/issues/1`);
    const listed = await call('GET', '/repos/acme/widget/issues');
    expect((listed.json as unknown as Json[]).map((issue) => issue.title)).toEqual(['Threat model missing']);
    expect(listed.json).toEqual([
      expect.objectContaining({ labels: [expect.objectContaining({ name: '62443' })] }),
    ]);

    await call('PATCH', '/repos/acme/widget/issues/1', { state: 'closed' });
    expect((await call('GET', '/repos/acme/widget/issues')).json).toEqual([]);
    const all = await call('GET', '/repos/acme/widget/issues?state=all');
    expect((all.json as unknown as Json[])[0]).toMatchObject({
      state: 'closed',
      closed_at: '2026-01-01T00:00:02Z',
    });
  });

  it('answers 404 for a repository the test did not set up', async () => {
    expect((await call('GET', '/repos/acme/other')).status).toBe(404);
    expect((await call('GET', '/repos/acme/other/releases')).status).toBe(404);
  });

  it('keeps reviews under their pull request and refuses one for a missing pull request', async () => {
    server().state.add('pull', 'acme/widget', { title: 'Add SBOM', head: { ref: 'sbom' } });
    server().state.add(
      'review',
      'acme/widget',
      { state: 'APPROVED', user: { login: 'alice' } },
      { parent: 1 },
    );
    const reviews = await call('GET', '/repos/acme/widget/pulls/1/reviews');
    expect(reviews.json).toEqual([
      expect.objectContaining({ state: 'APPROVED', user: expect.objectContaining({ login: 'alice' }) }),
    ]);
    const posted = await call('POST', '/repos/acme/widget/pulls/1/reviews', {
      event: 'REQUEST_CHANGES',
      body: 'No',
    });
    expect(posted.json).toMatchObject({ state: 'CHANGES_REQUESTED', body: 'No' });
    expect((await call('GET', '/repos/acme/widget/pulls/1/reviews')).json).toHaveLength(2);
    expect((await call('POST', '/repos/acme/widget/pulls/9/reviews', { event: 'APPROVE' })).status).toBe(404);
  });

  it('refuses a second release for a tag, and finds releases by tag and the latest', async () => {
    expect((await call('POST', '/repos/acme/widget/releases', { tag_name: 'v1.0.0' })).status).toBe(201);
    await call('POST', '/repos/acme/widget/releases', { tag_name: 'v1.1.0-rc.1', prerelease: true });
    const again = await call('POST', '/repos/acme/widget/releases', { tag_name: 'v1.0.0' });
    expect(again.status).toBe(422);
    expect(again.json.errors).toEqual([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
    expect((await call('GET', '/repos/acme/widget/releases/tags/v1.1.0-rc.1')).json.prerelease).toBe(true);
    expect((await call('GET', '/repos/acme/widget/releases/latest')).json.tag_name).toBe('v1.0.0');
  });

  it("derives a branch's rules from the active rulesets that target it", async () => {
    const ruleset = {
      name: 'protect main',
      target: 'branch',
      enforcement: 'active',
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
      rules: [{ type: 'pull_request', parameters: pullRequestRule }],
    };
    expect((await call('POST', '/repos/acme/widget/rulesets', ruleset)).status).toBe(201);
    await call('POST', '/repos/acme/widget/rulesets', { ...ruleset, name: 'off', enforcement: 'disabled' });
    const onMain = await call('GET', '/repos/acme/widget/rules/branches/main');
    expect(onMain.json).toEqual([
      expect.objectContaining({ type: 'pull_request', ruleset_source: 'acme/widget' }),
    ]);
    expect((await call('GET', '/repos/acme/widget/rules/branches/feature/x')).json).toEqual([]);
  });

  it('moves alerts through their states', async () => {
    server().state.add('dependabot-alert', 'acme/widget');
    const dismissed = await call('PATCH', '/repos/acme/widget/dependabot/alerts/1', {
      state: 'dismissed',
      dismissed_reason: 'tolerable_risk',
    });
    expect(dismissed.json).toMatchObject({ state: 'dismissed', dismissed_reason: 'tolerable_risk' });
    expect((await call('GET', '/repos/acme/widget/dependabot/alerts?state=open')).json).toEqual([]);
  });
});

const pullRequestRule = {
  required_approving_review_count: 1,
  dismiss_stale_reviews_on_push: true,
  require_code_owner_review: false,
  require_last_push_approval: false,
  required_review_thread_resolution: false,
};

/** Kind, list path, get path (from the stored item). */
const KINDS: readonly [ResourceKind, string, (item: Json) => string][] = [
  ['issue', '/issues', (item) => `/issues/${String(item.number)}`],
  ['pull', '/pulls', (item) => `/pulls/${String(item.number)}`],
  ['ruleset', '/rulesets', (item) => `/rulesets/${String(item.id)}`],
  ['code-scanning-alert', '/code-scanning/alerts', (item) => `/code-scanning/alerts/${String(item.number)}`],
  ['dependabot-alert', '/dependabot/alerts', (item) => `/dependabot/alerts/${String(item.number)}`],
  [
    'secret-scanning-alert',
    '/secret-scanning/alerts',
    (item) => `/secret-scanning/alerts/${String(item.number)}`,
  ],
  ['release', '/releases', (item) => `/releases/${String(item.id)}`],
  ['check-run', '/commits/0123456789abcdef/check-runs', (item) => `/check-runs/${String(item.id)}`],
];

describe('schema-valid state', () => {
  it.each(KINDS)(
    'serves a %s the test adds, valid against the list and get schemas',
    async (kind, list, get) => {
      server().reset();
      server().state.addRepository('acme/widget');
      const item = server().state.add(
        kind,
        'acme/widget',
        kind === 'check-run' ? { head_sha: '0123456789abcdef' } : {},
      );
      const listed = await call('GET', `/repos/acme/widget${list}`);
      const single = await call('GET', `/repos/acme/widget${get(item)}`);
      // The server answers 500 when a reply would break GitHub's schema.
      expect([listed.status, single.status]).toEqual([200, 200]);
      const items =
        kind === 'check-run' ? (listed.json.check_runs as Json[]) : (listed.json as unknown as Json[]);
      expect(items).toHaveLength(1);
    },
  );

  it('serves advisories by GHSA id and comments by id', async () => {
    const advisory = server().state.add('advisory', 'acme/widget', { summary: 'Weak default password' });
    expect(advisory.ghsa_id).toMatch(/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/);
    expect(
      (await call('GET', `/repos/acme/widget/security-advisories/${String(advisory.ghsa_id)}`)).json,
    ).toMatchObject({ summary: 'Weak default password', state: 'draft' });
    server().state.add('issue', 'acme/widget');
    const comment = await call('POST', '/repos/acme/widget/issues/1/comments', { body: 'Evidence attached' });
    expect(
      (await call('GET', `/repos/acme/widget/issues/comments/${String(comment.json.id)}`)).json.body,
    ).toBe('Evidence attached');
  });

  it('creates advisories and check runs through the API, as a publishing step would', async () => {
    const advisory = await call('POST', '/repos/acme/widget/security-advisories', {
      summary: 'Hard-coded credentials in the field bus gateway',
      description: 'The gateway accepts a default password.',
      severity: 'high',
      cwe_ids: ['CWE-798'],
      vulnerabilities: [
        {
          package: { ecosystem: 'npm', name: 'widget' },
          vulnerable_version_range: '< 2.0.0',
          patched_versions: '2.0.0',
        },
      ],
    });
    expect(advisory.status).toBe(201);
    expect(advisory.json).toMatchObject({ state: 'draft', severity: 'high', cwe_ids: ['CWE-798'] });
    const listed = await call('GET', '/repos/acme/widget/security-advisories?state=draft');
    expect((listed.json as unknown as Json[]).map((a) => a.ghsa_id)).toEqual([advisory.json.ghsa_id]);

    const run = await call('POST', '/repos/acme/widget/check-runs', {
      name: 'evident/gates',
      head_sha: 'abc123',
      conclusion: 'failure',
      output: { title: '2 gates failed', summary: 'SI-1, SVV-3' },
    });
    expect(run.json).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: '2 gates failed' },
    });
    expect((await call('GET', '/repos/acme/widget/commits/abc123/check-runs')).json.total_count).toBe(1);
  });

  it('builds the same bytes for the same setup', async () => {
    const other = await startGitHubServer();
    try {
      other.state.addRepository('acme/widget');
      server().state.add('issue', 'acme/widget', { title: 'same' });
      other.state.add('issue', 'acme/widget', { title: 'same' });
      const strip = (text: string, url: string) => text.split(url).join('<url>');
      const mine = await (await fetch(`${server().url}/repos/acme/widget/issues/1`)).text();
      const theirs = await (await fetch(`${other.url}/repos/acme/widget/issues/1`)).text();
      expect(strip(mine, server().url)).toBe(strip(theirs, other.url));
    } finally {
      await other.close();
    }
  });
});

describe('pagination', () => {
  it('pages lists as GitHub does, with Link headers', async () => {
    server().state.addMany('issue', 'acme/widget', 250, (i) => ({ title: `issue ${i}` }));
    const first = await call('GET', '/repos/acme/widget/issues?per_page=100');
    expect(first.json).toHaveLength(100);
    expect(first.headers.get('link')).toBe(
      `<${server().url}/repos/acme/widget/issues?per_page=100&page=2>; rel="next", ` +
        `<${server().url}/repos/acme/widget/issues?per_page=100&page=3>; rel="last"`,
    );
    const last = await call('GET', '/repos/acme/widget/issues?per_page=100&page=3');
    expect(last.json).toHaveLength(50);
    expect(last.headers.get('link')).not.toContain('rel="next"');
    expect((await call('GET', '/repos/acme/widget/issues')).json).toHaveLength(30);
  });
});

describe('replies without state', () => {
  it('replays recorded real traffic, retargeted to the organisation asked about', async () => {
    const organisation = await call('GET', '/orgs/acme');
    // id 1000 is the recording's (normalised) id; the OpenAPI example says 1.
    expect(organisation.json).toMatchObject({
      login: 'acme',
      id: 1000,
      url: 'https://api.github.com/orgs/acme',
    });
  });

  it("falls back to the operation's own OpenAPI example", async () => {
    const topics = await call('GET', '/repos/acme/widget/topics');
    expect(topics).toMatchObject({ status: 200, json: { names: expect.any(Array) } });
  });
});

describe('GitHub Enterprise Server layout', () => {
  it('serves below /api/v3 and links pages there', async () => {
    const ghes = await startGitHubServer({ basePath: '/api/v3' });
    try {
      expect(ghes.url).toMatch(/\/api\/v3$/);
      ghes.state.addRepository('acme/widget');
      ghes.state.addMany('release', 'acme/widget', 3, (i) => ({ tag_name: `v${i}` }));
      const response = await fetch(`${ghes.url}/repos/acme/widget/releases?per_page=2`);
      expect(response.headers.get('link')).toContain(
        `${ghes.url}/repos/acme/widget/releases?per_page=2&page=2`,
      );
      expect((await fetch(`${ghes.url.replace('/api/v3', '')}/repos/acme/widget`)).status).toBe(404);
    } finally {
      await ghes.close();
    }
  });
});
