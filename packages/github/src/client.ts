/**
 * The GitHub client factory: Octokit with retries (5xx), throttling (rate limits, with
 * `retry-after` honoured), pagination at 100 items, a request budget, and permission errors
 * a person can act on. The same code talks to github.com, to GitHub Enterprise Server and to
 * the local test server: only GITHUB_API_URL (or `baseUrl`) differs.
 */
import { ConfigurationError, type Logger } from '@evident/core';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import { explainGitHubError } from './errors.js';
import { createRequestAccounting, type Ledger, type RequestUsage } from './request-accounting.js';
import {
  detectReadOnlyToken,
  type Environment,
  type ReadOnlyReason,
  resolveToken,
  type TokenKind,
  type TokenSource,
} from './token.js';

/** Retry and pacing settings; the defaults suit github.com, tests shrink the waits. */
export interface RetrySettings {
  /** Retries after the first attempt, for 5xx answers and rate limits (default 3). */
  readonly retries?: number;
  /** Backoff base in ms: attempt n waits base × n² (default 1000). `retry-after` is always honoured in full. */
  readonly backoffMs?: number;
  /** Longest wait for a rate-limit reset or `retry-after` before giving up (default 300 s). */
  readonly maxWaitSeconds?: number;
  /** Pause between writes; GitHub asks for 1 s to avoid secondary rate limits (default 1000). */
  readonly writeSpacingMs?: number;
}

/** Options of {@link createGitHubClient}. */
export interface GitHubClientOptions {
  /** The environment: GITHUB_TOKEN, GH_TOKEN, GITHUB_API_URL, GITHUB_ACTIONS, GITHUB_EVENT_NAME. */
  readonly env: Environment;
  /** A token given explicitly (an action input, a CLI flag); wins over the environment. */
  readonly token?: string | undefined;
  /** The API root; wins over GITHUB_API_URL (default https://api.github.com). */
  readonly baseUrl?: string | undefined;
  readonly userAgent?: string;
  /** Where retries and rate-limit waits are reported; silent by default. The token is never logged. */
  readonly logger?: Logger;
  readonly retry?: RetrySettings;
  /** Requests allowed in this run (default 1000, what GITHUB_TOKEN allows per hour per repository). */
  readonly budget?: number;
  /** Per-attempt timeout (default 30 s); a timed-out attempt is retried like a 5xx. */
  readonly timeoutMs?: number;
  /** Override the token kind detected from its prefix. */
  readonly tokenKind?: TokenKind;
  /** The parsed GITHUB_EVENT_PATH payload, to recognise read-only fork pull request tokens. */
  readonly eventPayload?: unknown;
}

/** Octokit with the plugins Evident uses. */
export type GitHubOctokit = InstanceType<ReturnType<typeof octokitClass>>;

/** A client ready to call GitHub. */
export interface GitHubClient {
  readonly available: true;
  readonly baseUrl: string;
  /** Where the token came from and its kind; never its value. */
  readonly token: { readonly source: TokenSource; readonly kind: TokenKind };
  /** Set when the workflow's token is read-only whatever `permissions:` says. */
  readonly readOnly: ReadOnlyReason | undefined;
  readonly octokit: GitHubOctokit;
  /** `octokit.request`: typed routes, errors explained. */
  readonly request: GitHubOctokit['request'];
  /** `octokit.paginate` with `per_page: 100` unless the caller sets it. */
  readonly paginate: GitHubOctokit['paginate'];
  /** Requests made so far (retries included), the budget, and GitHub's rate-limit view. */
  usage(): RequestUsage;
}

/** No token was found: GitHub features are skipped, everything offline still works. */
export interface NoGitHubToken {
  readonly available: false;
  readonly reason: string;
}

const SILENT: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function octokitClass(accounting: (octokit: Octokit) => void) {
  // Plugin order is hook order: accounting first is innermost and sees every attempt.
  return Octokit.plugin(accounting, retry, throttling, paginateRest);
}

/** Create a client, or say why there is none. Throws ConfigurationError for a bad API URL. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient | NoGitHubToken {
  const token = resolveToken(options.token, options.env);
  if (!token) {
    return {
      available: false,
      reason: 'No GitHub token: pass one, or set GITHUB_TOKEN or GH_TOKEN. GitHub features are skipped.',
    };
  }
  const baseUrl = checkBaseUrl(options.baseUrl ?? options.env.GITHUB_API_URL ?? 'https://api.github.com');
  const logger = redacting(options.logger ?? SILENT, token.value);
  const settings = {
    retries: options.retry?.retries ?? 3,
    backoffMs: options.retry?.backoffMs ?? 1000,
    maxWaitSeconds: options.retry?.maxWaitSeconds ?? 300,
  };
  const { plugin, ledger } = createRequestAccounting({
    ...settings,
    budget: options.budget ?? 1000,
    timeoutMs: options.timeoutMs ?? 30_000,
    logger,
  });
  const kind = options.tokenKind ?? token.kind;
  const readOnly = detectReadOnlyToken(options.env, options.eventPayload);
  const octokit = new (octokitClass(plugin))({
    auth: token.value,
    baseUrl,
    userAgent: options.userAgent ?? 'evident',
    // Octokit passes extra objects as a second argument; our Logger reads that as a location.
    log: {
      debug: (message: string) => logger.debug(message),
      info: (message: string) => logger.info(message),
      warn: (message: string) => logger.warn(message),
      error: (message: string) => logger.error(message),
    },
    retry: { retries: settings.retries, retryAfterBaseValue: settings.backoffMs, doNotRetry: DO_NOT_RETRY },
    throttle: throttleOptions(settings, options.retry?.writeSpacingMs, logger),
  });
  // Registered last, so outermost: it sees the error after every retry has been spent.
  octokit.hook.error('request', (error) => {
    throw explainGitHubError(error, { tokenKind: kind, readOnly });
  });
  return describeClient(octokit, baseUrl, { source: token.source, kind }, readOnly, ledger);
}

/** 429 is left to the throttling plugin and the accounting plugin, which honour retry-after. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

function describeClient(
  octokit: GitHubOctokit,
  baseUrl: string,
  token: GitHubClient['token'],
  readOnly: ReadOnlyReason | undefined,
  ledger: Ledger,
): GitHubClient {
  return {
    available: true,
    baseUrl,
    token,
    readOnly,
    octokit,
    request: octokit.request,
    paginate: withFullPages(octokit.paginate),
    usage: () => ledger.usage(),
  };
}

/** GitHub's default page is 30 items; 100 is its maximum and cuts the request count by 3. */
function withFullPages(paginate: GitHubOctokit['paginate']): GitHubOctokit['paginate'] {
  const withPerPage = (routeOrOptions: unknown, parameters?: unknown) =>
    typeof routeOrOptions === 'string'
      ? [routeOrOptions, { per_page: 100, ...(parameters as object | undefined) }]
      : [{ per_page: 100, ...(routeOrOptions as object) }, parameters];
  const wrapped = (routeOrOptions: unknown, parameters?: unknown, mapFn?: unknown) => {
    // paginate(route, mapFn) is allowed: the map function may come second.
    if (typeof parameters === 'function') return wrapped(routeOrOptions, {}, parameters);
    const [first, second] = withPerPage(routeOrOptions, parameters);
    return (paginate as unknown as (...args: unknown[]) => unknown)(first, second, mapFn);
  };
  const iterator = (routeOrOptions: unknown, parameters?: unknown) => {
    const [first, second] = withPerPage(routeOrOptions, parameters);
    return (paginate.iterator as unknown as (...args: unknown[]) => unknown)(first, second);
  };
  return Object.assign(wrapped, { iterator }) as unknown as GitHubOctokit['paginate'];
}

function throttleOptions(
  settings: { retries: number; maxWaitSeconds: number },
  writeSpacingMs: number | undefined,
  logger: Logger,
) {
  const decide =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _o: unknown, count: number) => {
      const route = `${options.method} ${options.url}`;
      if (count < settings.retries && retryAfter <= settings.maxWaitSeconds) {
        logger.warn(`GitHub ${kind} on ${route}; retrying after ${retryAfter} s.`);
        return true;
      }
      logger.warn(`GitHub ${kind} on ${route}; giving up after ${count + 1} attempts.`);
      return false;
    };
  const spacing = writeSpacingMs === undefined ? {} : spacedGroups(writeSpacingMs);
  return {
    onRateLimit: decide('rate limit'),
    onSecondaryRateLimit: decide('secondary rate limit'),
    ...spacing,
  };
}

/** Write, notification and search pacing at the plugin's 1:3:2 ratio, scaled to `writeMs`. */
function spacedGroups(writeMs: number) {
  const group = (minTime: number) => new Bottleneck.Group({ maxConcurrent: 1, minTime });
  return { write: group(writeMs), notifications: group(writeMs * 3), search: group(writeMs * 2) };
}

/** An http(s) URL without a trailing slash; plain http only to the local machine, never to a remote host. */
function checkBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(`GITHUB_API_URL "${raw}" is not a URL.`, {
      fix: 'Set it to the API root, e.g. https://api.github.com or https://github.example.com/api/v3.',
    });
  }
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new ConfigurationError(
      `GITHUB_API_URL "${raw}" does not use https; the token would travel in clear text.`,
      {
        fix: 'Use the https:// address of the GitHub API.',
      },
    );
  }
  return raw.replace(/\/+$/, '');
}

/** A logger that can never print the token, whatever a message contains. */
function redacting(logger: Logger, secret: string): Logger {
  const clean = (message: unknown) => String(message).split(secret).join('***');
  return {
    debug: (message) => logger.debug(clean(message)),
    info: (message) => logger.info(clean(message)),
    warn: (message, location) => logger.warn(clean(message), location),
    error: (message, location) => logger.error(clean(message), location),
  };
}
