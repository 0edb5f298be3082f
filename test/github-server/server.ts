/**
 * A local HTTP server on 127.0.0.1 that speaks GitHub's REST contract, for tests that run
 * the real client. Each request is matched to a documented operation and validated against
 * GitHub's OpenAPI description (undocumented: 404; bad parameters or body: 4xx as GitHub
 * answers), then answered from, in order: an injected fault, the state the test set up,
 * recorded real traffic, the operation's OpenAPI example, a minimal schema-valid value.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleControl } from './control.js';
import { answerFault, createFaults, type Faults } from './faults.js';
import { loadRecordedTraffic, type RecordedTraffic, retarget } from './fixtures.js';
import { type IndexedOperation, loadOperationIndex, type OperationIndex } from './openapi-index.js';
import { createRequestLog, type RecordedRequest, type RequestLog } from './request-log.js';
import { createRouter, type RouteMatch, type Router } from './router.js';
import {
  describeSchemaErrors,
  generateFromSchema,
  getSchemaRegistry,
  type SchemaRegistry,
} from './schema.js';
import { sendJson } from './send.js';
import { createStateStore, type GitHubState, type StateStore } from './state.js';
import { answerFromState, type Reply } from './state-routes.js';

/** Options of {@link startGitHubServer}. */
export interface GitHubServerOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** Serve below a prefix, as GitHub Enterprise Server does (`/api/v3`). */
  readonly basePath?: string;
  /** Where the OpenAPI index cache lives (default: `.cache/github-server`). */
  readonly cacheDir?: string;
  /** Check that replies built from state match GitHub's response schema (default true). */
  readonly validateReplies?: boolean;
  /** `x-ratelimit-limit` to report (default 5000). */
  readonly rateLimit?: number;
  /** Timestamps of created items; default: 2026-01-01T00:00:00Z, one second per change. */
  readonly now?: () => Date;
}

/** A running server. */
export interface GitHubServer {
  /** The API root to give a client (GITHUB_API_URL), e.g. `http://127.0.0.1:43210`. */
  readonly url: string;
  readonly state: GitHubState;
  readonly faults: Faults;
  readonly requests: RequestLog;
  /** Forget state, faults and the request log. */
  reset(): void;
  close(): Promise<void>;
}

interface Shared {
  readonly index: OperationIndex;
  readonly router: Router;
  readonly registry: SchemaRegistry;
  readonly traffic: RecordedTraffic;
}

let shared: Shared | undefined;

/** Index, router, validators and recordings are loaded once per process. */
function loadShared(cacheDir: string | undefined): Shared {
  if (shared) return shared;
  const index = loadOperationIndex(cacheDir ? { cacheDir } : {});
  const router = createRouter(index);
  shared = { index, router, registry: getSchemaRegistry(index), traffic: loadRecordedTraffic(router) };
  return shared;
}

/** Start a server; resolve once it listens. */
export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const deps = loadShared(options.cacheDir);
  const host = options.host ?? '127.0.0.1';
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  let origin = '';
  const store = createStateStore({
    ...deps,
    now: options.now,
    apiUrl: () => `${origin}${basePath}`,
  });
  const faults = createFaults();
  const requests = createRequestLog();
  const context: HandlerContext = {
    ...deps,
    store,
    faults,
    requests,
    basePath,
    origin: () => origin,
    started: performance.now(),
    validateReplies: options.validateReplies ?? true,
    rateLimit: options.rateLimit ?? 5000,
    rateLimitReset: Math.floor(Date.now() / 1000) + 3600,
  };
  const server = createServer((request, response) => {
    handle(context, request, response).catch((error: unknown) => {
      sendJson(response, 500, { message: `github-server: ${String(error)}` }, {});
    });
  });
  const port = await listen(server, options.port ?? 0, host);
  origin = `http://${host}:${port}`;
  return {
    url: `${origin}${basePath}`,
    state: store,
    faults,
    requests,
    reset() {
      store.reset();
      faults.clear();
      requests.clear();
    },
    close: () => closeServer(server),
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // fetch keeps connections alive; without this close() waits for them to time out.
    server.closeAllConnections();
  });
}

/** Everything a request handler needs. */
export interface HandlerContext extends Shared {
  readonly store: StateStore;
  readonly faults: Faults;
  readonly requests: RequestLog;
  readonly basePath: string;
  readonly origin: () => string;
  readonly started: number;
  readonly validateReplies: boolean;
  readonly rateLimit: number;
  readonly rateLimitReset: number;
}

async function handle(
  context: HandlerContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', context.origin());
  const text = await readBody(request);
  if (handleControl(context, url, request.method ?? 'GET', text, response)) return;
  const method = (request.method ?? 'GET').toUpperCase();
  const path = url.pathname.startsWith(context.basePath)
    ? url.pathname.slice(context.basePath.length) || '/'
    : '';
  const match = path ? context.router.match(method, path) : undefined;
  const query = Object.fromEntries(url.searchParams);
  const parsed = parseBody(text);
  const entry: RecordedRequest = {
    method,
    path,
    route: match?.route,
    operationId: match?.operation.id,
    query,
    body: parsed.ok ? parsed.value : text,
    headers: flattenHeaders(request),
    receivedAt: performance.now() - context.started,
    status: 0,
  };
  context.requests.record(entry);
  const reply = await answer(context, match, query, parsed, url);
  entry.status = reply.status;
  sendJson(response, reply.status, reply.body, { ...standardHeaders(context), ...reply.headers });
}

type ParsedBody = { ok: true; value: unknown } | { ok: false };

function parseBody(text: string): ParsedBody {
  if (text === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

async function answer(
  context: HandlerContext,
  match: RouteMatch | undefined,
  query: Record<string, string>,
  body: ParsedBody,
  url: URL,
): Promise<Reply> {
  if (!match) return notFound('https://docs.github.com/rest');
  const { operation } = match;
  const docs = operation.docs ?? 'https://docs.github.com/rest';
  for (const fault of context.faults.take(match.route, operation.id)) {
    if (fault.kind === 'delay') await sleep(fault.ms);
    else return answerFault(fault, docs, new Date());
  }
  const invalid = validateRequest(context, operation, match, query, body);
  if (invalid) return invalid;
  const value = body.ok ? body.value : undefined;
  const pageUrl = (page: number) => {
    const next = new URL(url.href);
    next.searchParams.set('page', String(page));
    return next.href;
  };
  const fromState = answerFromState(context.store, { match, query, body: value, pageUrl });
  if (fromState) return checkReply(context, operation, fromState);
  return answerFromRecordsOrSpec(context, match);
}

function notFound(docs: string): Reply {
  return { status: 404, body: { message: 'Not Found', documentation_url: docs, status: '404' } };
}

/** Path parameters GitHub cannot route are a 404; bad query or body values a 422; bad JSON a 400. */
function validateRequest(
  context: HandlerContext,
  operation: IndexedOperation,
  match: RouteMatch,
  query: Record<string, string>,
  body: ParsedBody,
): Reply | undefined {
  const docs = operation.docs ?? 'https://docs.github.com/rest';
  for (const parameter of operation.parameters) {
    const value = parameter.in === 'path' ? match.params[parameter.name] : query[parameter.name];
    if (value === undefined) {
      if (parameter.required) return invalidRequest(`"${parameter.name}" wasn't supplied.`, docs);
      continue;
    }
    const errors = context.registry.validateCoerced(
      { type: 'object', properties: { [parameter.name]: parameter.schema } },
      { [parameter.name]: value },
    );
    if (errors.length === 0) continue;
    if (parameter.in === 'path') return notFound(docs);
    return {
      status: 422,
      body: { message: describeSchemaErrors(errors), documentation_url: docs, status: '422' },
    };
  }
  if (!body.ok) {
    return {
      status: 400,
      body: { message: 'Problems parsing JSON', documentation_url: docs, status: '400' },
    };
  }
  if (!operation.body?.schema || operation.body.mediaType !== 'application/json') return undefined;
  if (body.value === undefined) {
    return operation.body.required
      ? invalidRequest(`For 'links/0/schema', nil is not an object.`, docs)
      : undefined;
  }
  const errors = context.registry.validate(operation.body.schema, body.value);
  if (errors.length === 0) return undefined;
  return {
    status: 422,
    body: { message: describeSchemaErrors(errors), documentation_url: docs, status: '422' },
  };
}

function invalidRequest(detail: string, docs: string): Reply {
  return {
    status: 422,
    body: { message: `Invalid request.\n\n${detail}`, documentation_url: docs, status: '422' },
  };
}

/** A state reply that does not match GitHub's schema is a bug in the test setup or the server. */
function checkReply(context: HandlerContext, operation: IndexedOperation, reply: Reply): Reply {
  const schema = operation.success?.schema;
  if (
    !context.validateReplies ||
    !schema ||
    reply.status !== operation.success?.status ||
    reply.body === undefined
  ) {
    return reply;
  }
  const errors = context.registry.validate(schema, reply.body);
  if (errors.length === 0) return reply;
  const message = `github-server: the reply to ${operation.id} does not match GitHub's schema: ${describeSchemaErrors(errors)}`;
  console.error(message);
  return { status: 500, body: { message }, headers: { 'x-github-server-error': 'schema' } };
}

/** Recorded real traffic first, then the OpenAPI example, then a minimal schema-valid value. */
function answerFromRecordsOrSpec(context: HandlerContext, match: RouteMatch): Reply {
  const { operation } = match;
  const status = operation.success?.status ?? 204;
  const recorded = context.traffic.success(operation.id);
  if (recorded) {
    return { status: recorded.status, body: retarget(recorded.body, recorded.params, match.params) };
  }
  const example = operation.success?.example;
  if (example) {
    const value = 'ref' in example ? context.index.examples[example.ref] : example.value;
    return { status, body: value };
  }
  if (operation.success?.schema) {
    return { status, body: generateFromSchema(operation.success.schema, context.registry) };
  }
  return { status };
}

function standardHeaders(context: HandlerContext): Record<string, string> {
  const used = context.requests.all().length;
  return {
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': `0000:0000:0000000:0000000:${String(used).padStart(8, '0')}`,
    'x-ratelimit-limit': String(context.rateLimit),
    'x-ratelimit-remaining': String(Math.max(0, context.rateLimit - used)),
    'x-ratelimit-used': String(used),
    'x-ratelimit-reset': String(context.rateLimitReset),
    'x-ratelimit-resource': 'core',
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function flattenHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
