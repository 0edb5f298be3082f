/**
 * Recorded real GitHub traffic from @octokit/fixtures (api.github.com scenarios), indexed by
 * the operation each recorded request matches. The server replays a recorded reply for an
 * operation the state model does not own, and uses recorded objects (a repository, an
 * issue, a release) as the most realistic starting point for state it builds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Router } from './router.js';

/** One recorded exchange, matched to an operation. */
export interface Recording {
  readonly scenario: string;
  readonly route: string;
  readonly operationId: string;
  readonly params: Readonly<Record<string, string>>;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** Recordings by route key and by operationId. */
export interface RecordedTraffic {
  /** The first successful recording for an operation (route key or operationId). */
  success(routeOrId: string): Recording | undefined;
  all(): readonly Recording[];
}

interface RawRecording {
  method: string;
  path: string;
  status: number;
  response: unknown;
  headers?: Record<string, string | number>;
  responseIsBinary?: boolean;
}

/** Headers that describe one recorded transfer, not the API; the server sets its own. */
const TRANSFER_HEADERS = new Set([
  'content-length',
  'connection',
  'date',
  'transfer-encoding',
  'link',
  'etag',
]);

/** Load and index every api.github.com scenario. */
export function loadRecordedTraffic(router: Router): RecordedTraffic {
  const require = createRequire(import.meta.url);
  const root = path.join(
    path.dirname(require.resolve('@octokit/fixtures/package.json')),
    'scenarios/api.github.com',
  );
  const recordings: Recording[] = [];
  for (const scenario of readdirSync(root).sort()) {
    const file = path.join(root, scenario, 'normalized-fixture.json');
    const raw = JSON.parse(readFileSync(file, 'utf8')) as RawRecording[];
    for (const entry of raw) {
      const recording = toRecording(scenario, entry, router);
      if (recording) recordings.push(recording);
    }
  }
  return {
    success(routeOrId) {
      return recordings.find(
        (r) => (r.route === routeOrId || r.operationId === routeOrId) && r.status >= 200 && r.status < 300,
      );
    },
    all: () => recordings,
  };
}

function toRecording(scenario: string, entry: RawRecording, router: Router): Recording | undefined {
  if (entry.responseIsBinary) return undefined;
  const pathname = entry.path.split('?')[0] ?? '';
  const match = router.match(entry.method, pathname);
  if (!match) return undefined;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(entry.headers ?? {})) {
    if (!TRANSFER_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = String(value);
  }
  return {
    scenario,
    route: match.route,
    operationId: match.operation.id,
    params: match.params,
    status: entry.status,
    headers,
    body: entry.response,
  };
}

/**
 * Replace the recorded owner and repository in every string of a recorded value, so a reply
 * recorded for `octokit-fixture-org/hello-world` describes the repository asked about.
 */
export function retarget(
  value: unknown,
  from: Readonly<Record<string, string>>,
  to: Readonly<Record<string, string>>,
) {
  const pairs: [string, string][] = [];
  const fromOwner = from.owner ?? from.org;
  const toOwner = to.owner ?? to.org;
  if (fromOwner && toOwner && from.repo && to.repo)
    pairs.push([`${fromOwner}/${from.repo}`, `${toOwner}/${to.repo}`]);
  if (fromOwner && toOwner) pairs.push([fromOwner, toOwner]);
  if (pairs.length === 0) return value;
  return replaceStrings(value, (text) => pairs.reduce((acc, [a, b]) => acc.split(a).join(b), text));
}

/** Apply a rewrite to every string in a JSON value. */
export function replaceStrings(value: unknown, rewrite: (text: string) => string): unknown {
  if (typeof value === 'string') return rewrite(value);
  if (Array.isArray(value)) return value.map((item) => replaceStrings(item, rewrite));
  if (value && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) result[key] = replaceStrings(item, rewrite);
    return result;
  }
  return value;
}
