/**
 * The innermost Octokit plugin: it sees every HTTP attempt, retries included. It keeps the
 * request budget (GITHUB_TOKEN allows 1,000 requests per hour per repository), remembers the
 * last rate-limit headers, puts a timeout on each attempt, and makes sure a `retry-after`
 * header is honoured where the retry and throttling plugins would not: on 5xx answers and
 * on a 429 that names neither limit.
 */

import type { Logger } from '@evident/core';
import type { Octokit } from '@octokit/core';
import { RequestBudgetError } from './errors.js';

/** What a run has used so far. */
export interface RequestUsage {
  /** HTTP requests sent, retries included. */
  readonly requests: number;
  readonly budget: number;
  readonly remaining: number;
  /** GitHub's own view, from the last `x-ratelimit-*` headers. */
  readonly rateLimit?: {
    readonly limit: number;
    readonly remaining: number;
    readonly used: number;
    readonly resetAt: Date;
    readonly resource: string;
  };
}

/** Settings of the plugin. */
export interface AccountingSettings {
  readonly budget: number;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly backoffMs: number;
  readonly maxWaitSeconds: number;
  readonly logger: Logger;
}

/** The mutable ledger behind `usage()`. */
export interface Ledger {
  usage(): RequestUsage;
}

type OctokitPlugin = (octokit: Octokit) => void;
type Headers = Readonly<Record<string, unknown>>;

/** Create the plugin and the ledger it writes to. */
export function createRequestAccounting(settings: AccountingSettings): {
  plugin: OctokitPlugin;
  ledger: Ledger;
} {
  let requests = 0;
  let rateLimit: RequestUsage['rateLimit'];
  const remember = (headers: Headers | undefined) => {
    rateLimit = readRateLimit(headers) ?? rateLimit;
  };
  /** Timeout signals we made, so a retry does not mistake the last one for the caller's. */
  const ours = new WeakSet<AbortSignal>();
  /** One HTTP attempt: budget first, then the request with a fresh timeout. */
  const attempt = async <R extends { headers?: unknown }>(send: () => Promise<R>): Promise<R> => {
    if (requests >= settings.budget) throw new RequestBudgetError(settings.budget);
    requests++;
    try {
      const response = await send();
      remember(response.headers as Headers | undefined);
      return response;
    } catch (error) {
      remember((error as { response?: { headers?: Headers } }).response?.headers);
      throw error;
    }
  };
  const plugin: OctokitPlugin = (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      const label = `${options.method} ${options.url}`;
      const callerSignal =
        options.request?.signal && !ours.has(options.request.signal) ? options.request.signal : undefined;
      for (let retry = 0; ; retry++) {
        try {
          // Hooks pass one options object down the chain: replace (never mutate) its
          // `request`, which may be the client's shared defaults. A caller's signal wins.
          const timeout = AbortSignal.timeout(settings.timeoutMs);
          ours.add(timeout);
          options.request = { ...options.request, signal: callerSignal ?? timeout };
          return await attempt(async () => request(options));
        } catch (error) {
          const wait = retryAfterSeconds(error);
          if (isUnexplained429(error) && retry < settings.retries) {
            const seconds = Math.min(
              wait ?? ((retry + 1) ** 2 * settings.backoffMs) / 1000,
              settings.maxWaitSeconds,
            );
            settings.logger.warn(`GitHub answered 429 to ${label}; retrying in ${seconds} s.`);
            await sleep(seconds * 1000);
            continue;
          }
          if (wait !== undefined && statusOf(error) >= 500 && wait <= settings.maxWaitSeconds) {
            // The retry plugin backs off on its own schedule; make it start after retry-after.
            settings.logger.debug(
              `GitHub answered ${statusOf(error)} to ${label} with retry-after ${wait} s.`,
            );
            await sleep(wait * 1000);
          }
          throw error;
        }
      }
    });
  };
  return {
    plugin,
    ledger: {
      usage: () => ({
        requests,
        budget: settings.budget,
        remaining: Math.max(0, settings.budget - requests),
        ...(rateLimit ? { rateLimit } : {}),
      }),
    },
  };
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : 0;
}

function headersOf(error: unknown): Headers {
  return (error as { response?: { headers?: Headers } }).response?.headers ?? {};
}

/** `retry-after` in seconds (GitHub sends seconds, never an HTTP date). */
function retryAfterSeconds(error: unknown): number | undefined {
  const value = Number(headersOf(error)['retry-after']);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** A 429 that is neither the primary nor the secondary limit the throttling plugin handles. */
function isUnexplained429(error: unknown): boolean {
  if (statusOf(error) !== 429) return false;
  const message = error instanceof Error ? error.message : '';
  return headersOf(error)['x-ratelimit-remaining'] !== '0' && !/\bsecondary rate\b/i.test(message);
}

function readRateLimit(headers: Headers | undefined): RequestUsage['rateLimit'] {
  const limit = Number(headers?.['x-ratelimit-limit']);
  if (!headers || !Number.isFinite(limit)) return undefined;
  return {
    limit,
    remaining: Number(headers['x-ratelimit-remaining'] ?? 0),
    used: Number(headers['x-ratelimit-used'] ?? 0),
    resetAt: new Date(Number(headers['x-ratelimit-reset'] ?? 0) * 1000),
    resource: String(headers['x-ratelimit-resource'] ?? 'core'),
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
