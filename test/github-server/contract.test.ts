/**
 * The server keeps GitHub's contract: it knows exactly the documented operations, routes
 * them as GitHub does, and rejects what GitHub's schema rejects, in GitHub's words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOperationIndex, toJsonSchema } from './openapi-index.js';
import { createRouter } from './router.js';
import { conformToSchema, getSchemaRegistry } from './schema.js';
import { type GitHubServer, startGitHubServer } from './server.js';

const index = loadOperationIndex();
const router = createRouter(index);

describe('the operation index', () => {
  it('holds every documented operation of api.github.com with its success schema', () => {
    expect(index.source.file).toBe('generated/api.github.com.json');
    expect(index.operations.length).toBeGreaterThan(1000);
    const getRepository = router.find('GET /repos/{owner}/{repo}');
    expect(getRepository?.id).toBe('repos/get');
    expect(getRepository?.success?.schema).toEqual({ $ref: 'gh#/components/schemas/full-repository' });
  });

  it('turns OpenAPI nullable into a JSON Schema null type', () => {
    expect(toJsonSchema({ type: 'string', nullable: true, description: 'x' })).toEqual({
      type: ['string', 'null'],
    });
    expect(toJsonSchema({ type: 'string', enum: ['a'], nullable: true })).toEqual({
      type: ['string', 'null'],
      enum: ['a', null],
    });
    expect(toJsonSchema({ allOf: [{ $ref: '#/components/schemas/x' }], nullable: true })).toEqual({
      anyOf: [{ allOf: [{ $ref: 'gh#/components/schemas/x' }] }, { type: 'null' }],
    });
  });

  it("repairs GitHub's own examples where they break its schema", () => {
    const registry = getSchemaRegistry(index);
    const schema = router.find('dependabot/get-alert')?.success?.schema ?? {};
    const broken = { number: '7' };
    expect(registry.validate(schema, broken)).not.toEqual([]);
    expect(registry.validate(schema, conformToSchema(broken, schema, registry))).toEqual([]);
  });
});

describe('routing', () => {
  it('prefers literal segments over parameters', () => {
    expect(router.match('GET', '/repos/acme/widget/issues/comments')?.operation.id).toBe(
      'issues/list-comments-for-repo',
    );
    expect(router.match('GET', '/repos/acme/widget/issues/12')?.params).toMatchObject({ issue_number: '12' });
  });

  it('lets only x-multi-segment parameters span slashes', () => {
    const content = router.match('GET', '/repos/acme/widget/contents/docs/guide/README.md');
    expect(content?.operation.id).toBe('repos/get-content');
    expect(content?.params.path).toBe('docs/guide/README.md');
    expect(router.match('GET', '/repos/acme/widget/releases/tags/v1/extra')?.params.tag).toBe('v1/extra');
    expect(router.match('GET', '/repos/acme/widget/pulls/1/reviews/2/extra')).toBeUndefined();
  });

  it('decodes encoded parameters', () => {
    expect(router.match('GET', '/repos/acme/widget/contents/a%2Fb.md')?.params.path).toBe('a/b.md');
  });
});

describe('request validation over HTTP', () => {
  let server: GitHubServer;
  beforeAll(async () => {
    server = await startGitHubServer();
    server.state.addRepository('acme/widget');
  });
  afterAll(() => server.close());

  const send = async (method: string, path: string, body?: unknown) => {
    const init: RequestInit = { method, headers: { 'content-type': 'application/json' } };
    if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
    const response = await fetch(`${server.url}${path}`, init);
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as { message?: string }) : undefined };
  };

  it('answers 404 for an undocumented operation, as GitHub does', async () => {
    expect((await send('GET', '/repos/acme/widget/no-such-thing')).status).toBe(404);
    expect((await send('DELETE', '/repos/acme/widget/issues/1')).status).toBe(404);
    expect((await send('GET', '/repos/acme/widget/issues/not-a-number')).status).toBe(404);
  });

  it("answers 422 with GitHub's wording for a body its schema rejects", async () => {
    const missing = await send('POST', '/repos/acme/widget/issues', { body: 'no title' });
    expect(missing.status).toBe(422);
    expect(missing.body?.message).toBe('Invalid request.\n\n"title" wasn\'t supplied.');
    const wrongType = await send('POST', '/repos/acme/widget/releases', { tag_name: 'v1', draft: 'yes' });
    expect(wrongType.status).toBe(422);
    expect(wrongType.body?.message).toContain('For \'properties/draft\', "yes" is not a boolean.');
    const badEnum = await send('PATCH', '/repos/acme/widget/issues/1', { state: 'finished' });
    expect(badEnum.status).toBe(422);
    expect(badEnum.body?.message).toContain('is not a member of enum');
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await send('POST', '/repos/acme/widget/issues', '{"title": ');
    expect(response).toMatchObject({ status: 400, body: { message: 'Problems parsing JSON' } });
  });

  it('answers 422 for a query parameter outside its enum, and accepts documented ones', async () => {
    expect((await send('GET', '/repos/acme/widget/issues?state=finished')).status).toBe(422);
    expect((await send('GET', '/repos/acme/widget/issues?state=all&per_page=100')).status).toBe(200);
  });

  it('counts every request per operation, valid or not', () => {
    expect(server.requests.count('issues/create')).toBe(2);
    expect(server.requests.count('POST /repos/{owner}/{repo}/issues')).toBe(2);
    const undocumented = server.requests.all().filter((request) => request.route === undefined);
    expect(undocumented.map((request) => request.status)).toEqual([404, 404]);
  });
});
