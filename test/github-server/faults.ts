/**
 * Faults on demand, each answered the way GitHub answers it: the status, the body text the
 * clients key on ("secondary rate limit", "Resource not accessible by integration") and the
 * headers (`retry-after`, `x-ratelimit-*`, `x-accepted-github-permissions`).
 *
 * A fault matches a route key (`GET /repos/{owner}/{repo}/pulls`), an operationId
 * (`pulls/list`) or `*`, and fires `times` times: once by default for transient faults,
 * forever for conditions (a missing permission, a slow answer).
 */

/** What a fault does to a matching request. */
export type FaultSpec =
  | {
      readonly kind: 'error';
      readonly status: number;
      readonly retryAfter?: number;
      readonly message?: string;
    }
  | { readonly kind: 'secondary-rate-limit'; readonly status: 403 | 429; readonly retryAfter?: number }
  | { readonly kind: 'primary-rate-limit'; readonly status: 403 | 429; readonly resetAfter: number }
  | { readonly kind: 'delay'; readonly ms: number }
  | {
      readonly kind: 'missing-permission';
      readonly status: 403 | 404;
      readonly accepted: string;
      readonly message?: string;
    }
  | { readonly kind: 'bad-credentials' };

interface ActiveFault {
  readonly match: string;
  readonly spec: FaultSpec;
  remaining: number;
}

/** How many times a fault fires. */
export interface Times {
  readonly times?: number;
}

/** The fault controls a test uses. */
export interface Faults {
  /** Add any fault. */
  inject(match: string, spec: FaultSpec, options?: Times): void;
  /** 500 (or another 5xx), optionally with `retry-after`. Fires once by default. */
  serverError(match: string, options?: Times & { status?: number; retryAfter?: number }): void;
  /** GitHub's secondary rate limit: 403 (or 429) with `retry-after` (default 1 s). */
  secondaryRateLimit(match: string, options?: Times & { status?: 403 | 429; retryAfter?: number }): void;
  /** The primary rate limit: `x-ratelimit-remaining: 0` and a reset `resetAfter` seconds ahead. */
  primaryRateLimit(match: string, options?: Times & { status?: 403 | 429; resetAfter?: number }): void;
  /** A bare 429 Too Many Requests with `retry-after` (default 1 s). */
  tooManyRequests(match: string, options?: Times & { retryAfter?: number }): void;
  /** Answer after `ms` milliseconds. Fires on every match by default. */
  slow(match: string, options: Times & { ms: number }): void;
  /** A permission the token lacks: 403 (or 404) with `X-Accepted-GitHub-Permissions`. Persistent by default. */
  missingPermission(
    match: string,
    options: Times & { accepted: string; status?: 403 | 404; message?: string },
  ): void;
  /** 401 Bad credentials. Persistent by default. */
  badCredentials(match?: string, options?: Times): void;
  /** Remove every fault. */
  clear(): void;
  /** The faults that fire for a request, consumed; used by the server. */
  take(route: string, operationId: string): FaultSpec[];
}

/** A fresh fault registry. */
export function createFaults(): Faults {
  let active: ActiveFault[] = [];
  const inject = (match: string, spec: FaultSpec, times: number) => {
    active.push({ match, spec, remaining: times });
  };
  return {
    inject: (match, spec, options = {}) => inject(match, spec, options.times ?? 1),
    serverError: (match, options = {}) =>
      inject(
        match,
        withRetryAfter({ kind: 'error', status: options.status ?? 500 }, options.retryAfter),
        options.times ?? 1,
      ),
    secondaryRateLimit: (match, options = {}) =>
      inject(
        match,
        { kind: 'secondary-rate-limit', status: options.status ?? 403, retryAfter: options.retryAfter ?? 1 },
        options.times ?? 1,
      ),
    primaryRateLimit: (match, options = {}) =>
      inject(
        match,
        { kind: 'primary-rate-limit', status: options.status ?? 403, resetAfter: options.resetAfter ?? 1 },
        options.times ?? 1,
      ),
    tooManyRequests: (match, options = {}) =>
      inject(
        match,
        { kind: 'error', status: 429, retryAfter: options.retryAfter ?? 1, message: 'Too Many Requests' },
        options.times ?? 1,
      ),
    slow: (match, options) => inject(match, { kind: 'delay', ms: options.ms }, options.times ?? Infinity),
    missingPermission: (match, options) =>
      inject(
        match,
        {
          kind: 'missing-permission',
          status: options.status ?? 403,
          accepted: options.accepted,
          ...(options.message ? { message: options.message } : {}),
        },
        options.times ?? Infinity,
      ),
    badCredentials: (match = '*', options = {}) =>
      inject(match, { kind: 'bad-credentials' }, options.times ?? Infinity),
    clear: () => {
      active = [];
    },
    take(route, operationId) {
      const fired: FaultSpec[] = [];
      for (const fault of active) {
        if (fault.remaining <= 0) continue;
        if (fault.match !== '*' && fault.match !== route && fault.match !== operationId) continue;
        fault.remaining--;
        fired.push(fault.spec);
        // One answer per request: only delays combine with the fault that follows them.
        if (fault.spec.kind !== 'delay') break;
      }
      active = active.filter((fault) => fault.remaining > 0);
      return fired;
    },
  };
}

function withRetryAfter(spec: { kind: 'error'; status: number }, retryAfter: number | undefined): FaultSpec {
  return retryAfter === undefined ? spec : { ...spec, retryAfter };
}

/** The reply GitHub sends for a fault (delays have none). */
export interface FaultReply {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.';
const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';

/** The status, headers and body of a fault. */
export function answerFault(
  spec: Exclude<FaultSpec, { kind: 'delay' }>,
  docs: string,
  now: Date,
): FaultReply {
  switch (spec.kind) {
    case 'error': {
      const headers: Record<string, string> =
        spec.retryAfter === undefined ? {} : { 'retry-after': String(spec.retryAfter) };
      const message = spec.message ?? (spec.status >= 500 ? 'Server Error' : 'Error');
      return { status: spec.status, headers, body: { message, status: String(spec.status) } };
    }
    case 'secondary-rate-limit':
      return {
        status: spec.status,
        headers: { 'retry-after': String(spec.retryAfter ?? 60) },
        body: {
          message: SECONDARY_MESSAGE,
          documentation_url: `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`,
          status: String(spec.status),
        },
      };
    case 'primary-rate-limit': {
      const reset = Math.ceil(now.getTime() / 1000) + spec.resetAfter;
      return {
        status: spec.status,
        headers: {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(reset),
          'x-ratelimit-used': '5000',
        },
        body: {
          message: 'API rate limit exceeded for installation ID 1000.',
          documentation_url: `${RATE_LIMIT_DOCS}#about-primary-rate-limits`,
          status: String(spec.status),
        },
      };
    }
    case 'missing-permission':
      return {
        status: spec.status,
        headers: { 'x-accepted-github-permissions': spec.accepted },
        body: {
          message:
            spec.message ?? (spec.status === 404 ? 'Not Found' : 'Resource not accessible by integration'),
          documentation_url: docs,
          status: String(spec.status),
        },
      };
    case 'bad-credentials':
      return {
        status: 401,
        headers: {},
        body: {
          message: 'Bad credentials',
          documentation_url: 'https://docs.github.com/rest',
          status: '401',
        },
      };
  }
}
