/**
 * Finds the documented operation for a method and path, as GitHub's router would: literal
 * segments win over parameters (`/issues/comments` is not issue "comments"), and only
 * parameters GitHub marks `x-multi-segment` (`{path}`, `{branch}`, `{ref}`) span slashes.
 */
import type { IndexedOperation, OperationIndex } from './openapi-index.js';

/** A matched operation with its decoded path parameters. */
export interface RouteMatch {
  readonly operation: IndexedOperation;
  readonly params: Readonly<Record<string, string>>;
  /** `GET /repos/{owner}/{repo}`: the key tests count and inject faults by. */
  readonly route: string;
}

type Segment =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'param'; readonly name: string; readonly multi: boolean };

interface CompiledRoute {
  readonly operation: IndexedOperation;
  readonly segments: readonly Segment[];
}

/** A router over every operation of the index. */
export interface Router {
  match(method: string, pathname: string): RouteMatch | undefined;
  /** The operation for a route key (`GET /repos/{owner}/{repo}`) or an operationId (`repos/get`). */
  find(routeOrId: string): IndexedOperation | undefined;
}

/** Build the router once per index. */
export function createRouter(index: OperationIndex): Router {
  const byMethod = new Map<string, CompiledRoute[]>();
  const byKey = new Map<string, IndexedOperation>();
  for (const operation of index.operations) {
    const routes = byMethod.get(operation.method) ?? [];
    routes.push({ operation, segments: compileSegments(operation) });
    byMethod.set(operation.method, routes);
    byKey.set(routeKey(operation), operation);
    byKey.set(operation.id, operation);
  }
  return {
    match(method, pathname) {
      const parts = pathname.split('/').slice(1);
      if (parts.length > 1 && parts.at(-1) === '') parts.pop();
      let best: { route: CompiledRoute; params: Record<string, string>; score: number } | undefined;
      for (const route of byMethod.get(method.toUpperCase()) ?? []) {
        const params: Record<string, string> = {};
        const score = matchSegments(route.segments, 0, parts, 0, params);
        if (score >= 0 && (!best || score > best.score)) best = { route, params, score };
      }
      if (!best) return undefined;
      return { operation: best.route.operation, params: best.params, route: routeKey(best.route.operation) };
    },
    find(routeOrId) {
      return byKey.get(routeOrId) ?? byKey.get(normalizeRouteKey(routeOrId));
    },
  };
}

/** `GET /repos/{owner}/{repo}` for an operation. */
export function routeKey(operation: IndexedOperation): string {
  return `${operation.method} ${operation.path}`;
}

/** Upper-cases the method and trims, so `get /user` finds `GET /user`. */
function normalizeRouteKey(key: string): string {
  const [method = '', ...rest] = key.trim().split(/\s+/);
  return `${method.toUpperCase()} ${rest.join(' ')}`;
}

function compileSegments(operation: IndexedOperation): Segment[] {
  const multi = new Set(operation.parameters.filter((p) => p.multiSegment).map((p) => p.name));
  return operation.path
    .split('/')
    .slice(1)
    .map((text): Segment => {
      const param = /^\{([^}]+)\}$/.exec(text);
      if (!param?.[1]) return { kind: 'literal', text };
      return { kind: 'param', name: param[1], multi: multi.has(param[1]) };
    });
}

/**
 * Match segments from position `at` on; returns the number of literal segments matched
 * (higher is more specific) or -1. Multi-segment parameters try the shortest span first.
 */
function matchSegments(
  segments: readonly Segment[],
  index: number,
  parts: readonly string[],
  at: number,
  params: Record<string, string>,
): number {
  const segment = segments[index];
  if (!segment) return at === parts.length ? 0 : -1;
  if (at >= parts.length) return -1;
  const part = parts[at] ?? '';
  if (segment.kind === 'literal') {
    if (segment.text !== part) return -1;
    const rest = matchSegments(segments, index + 1, parts, at + 1, params);
    return rest < 0 ? -1 : rest + 1;
  }
  if (part === '') return -1;
  const longest = segment.multi ? parts.length - at : 1;
  for (let span = 1; span <= longest; span++) {
    const rest = matchSegments(segments, index + 1, parts, at + span, params);
    if (rest >= 0) {
      params[segment.name] = decodeSegment(parts.slice(at, at + span).join('/'));
      return rest;
    }
  }
  return -1;
}

function decodeSegment(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
