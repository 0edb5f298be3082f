/**
 * Faults on demand, answered with GitHub's own status, headers and words; and the server in
 * a separate process, driven over its control API.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startGitHubServerProcess } from './index.js';
import { useGitHubServer } from './vitest.js';

const server = useGitHubServer();

async function get(path: string, init: RequestInit = {}) {
  const response = await fetch(`${server().url}${path}`, init);
  const body = (await response.json()) as { message?: string };
  return { status: response.status, headers: response.headers, body };
}

describe('faults', () => {
  it('answers 500 once, then normally', async () => {
    server().faults.serverError('repos/get');
    expect((await get('/repos/acme/widget')).status).toBe(500);
    expect((await get('/repos/acme/widget')).status).toBe(200);
  });

  it('answers 502 with retry-after as many times as asked', async () => {
    server().faults.serverError('GET /repos/{owner}/{repo}', { status: 502, retryAfter: 2, times: 2 });
    const first = await get('/repos/acme/widget');
    expect([first.status, first.headers.get('retry-after')]).toEqual([502, '2']);
    expect((await get('/repos/acme/widget')).status).toBe(502);
    expect((await get('/repos/acme/widget')).status).toBe(200);
  });

  it("answers a secondary rate limit as GitHub does: 403, retry-after, GitHub's message", async () => {
    server().faults.secondaryRateLimit('*', { retryAfter: 30 });
    const limited = await get('/repos/acme/widget/issues');
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('30');
    expect(limited.body.message).toMatch(/^You have exceeded a secondary rate limit/);
  });

  it('answers 429, bare or as a secondary limit', async () => {
    server().faults.tooManyRequests('repos/get', { retryAfter: 5 });
    server().faults.secondaryRateLimit('repos/get', { status: 429 });
    const bare = await get('/repos/acme/widget');
    expect([bare.status, bare.headers.get('retry-after'), bare.body.message]).toEqual([
      429,
      '5',
      'Too Many Requests',
    ]);
    const secondary = await get('/repos/acme/widget');
    expect([secondary.status, secondary.body.message?.includes('secondary rate limit')]).toEqual([429, true]);
  });

  it('answers the primary rate limit with x-ratelimit-remaining 0 and a reset time', async () => {
    server().faults.primaryRateLimit('repos/get', { resetAfter: 60 });
    const limited = await get('/repos/acme/widget');
    expect(limited.status).toBe(403);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(limited.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000 + 30);
  });

  it('answers a missing permission with the real header, every time', async () => {
    server().faults.missingPermission('pulls/list-reviews', { accepted: 'pull_requests=read' });
    server().state.add('pull', 'acme/widget');
    for (let i = 0; i < 2; i++) {
      const refused = await get('/repos/acme/widget/pulls/1/reviews');
      expect(refused.status).toBe(403);
      expect(refused.headers.get('x-accepted-github-permissions')).toBe('pull_requests=read');
      expect(refused.body.message).toBe('Resource not accessible by integration');
    }
    expect((await get('/repos/acme/widget/pulls/1')).status).toBe(200);
  });

  it('answers slowly when asked', async () => {
    server().faults.slow('repos/get', { ms: 5_000, times: 1 });
    await expect(get('/repos/acme/widget', { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    expect((await get('/repos/acme/widget')).status).toBe(200);
  });

  it('answers 401 for bad credentials', async () => {
    server().faults.badCredentials();
    expect((await get('/user')).body.message).toBe('Bad credentials');
  });

  it('reports rate-limit headers that count down with each request', async () => {
    const first = await get('/repos/acme/widget');
    const second = await get('/repos/acme/widget');
    expect(first.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(Number(first.headers.get('x-ratelimit-remaining')) - 1).toBe(
      Number(second.headers.get('x-ratelimit-remaining')),
    );
  });
});

describe('in a separate process', () => {
  it('starts from a seed file, takes more state over HTTP and reports its requests', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'github-server-'));
    const seedFile = path.join(dir, 'seed.json');
    writeFileSync(seedFile, JSON.stringify({ repositories: [{ fullName: 'acme/widget' }] }));
    const child = await startGitHubServerProcess({ seedFile, basePath: '/api/v3' });
    try {
      await child.seed({
        items: [{ kind: 'release', fullName: 'acme/widget', overrides: { tag_name: 'v2.0.0' } }],
      });
      const releases = (await (await fetch(`${child.url}/repos/acme/widget/releases`)).json()) as {
        tag_name: string;
      }[];
      expect(releases.map((release) => release.tag_name)).toEqual(['v2.0.0']);
      expect((await child.requests()).map((request) => request.operationId)).toEqual(['repos/list-releases']);
    } finally {
      await child.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
