/**
 * Turning GitHub's refusals into errors a person can act on. A 403 (or a 404 GitHub uses to
 * hide what a token cannot see) that is a permission problem becomes a PermissionError whose
 * `fix` is the exact change: the workflow `permissions:` line, or the App / fine-grained
 * token permission where GITHUB_TOKEN cannot get it, or the reason the token is read-only.
 */
import { ConfigurationError, PermissionError } from '@evident/core';
import {
  type AcceptedPermission,
  describePermission,
  formatAcceptedPermissions,
  grantableWorkflowLines,
  parseAcceptedPermissions,
} from './permissions.js';
import type { ReadOnlyReason, TokenKind } from './token.js';

/** What the explanation needs to know about the token. */
export interface ErrorContext {
  readonly tokenKind: TokenKind;
  readonly readOnly?: ReadOnlyReason | undefined;
}

/** The shape of an Octokit RequestError that we read; avoids depending on its class identity. */
interface HttpError {
  readonly status: number;
  readonly message: string;
  readonly request?: { readonly method?: string; readonly url?: string };
  readonly response?: { readonly headers?: Readonly<Record<string, unknown>>; readonly data?: unknown };
}

/** The run spent its request budget. */
export class RequestBudgetError extends ConfigurationError {
  constructor(budget: number) {
    super(`This run has made ${budget} GitHub API requests, its whole request budget.`, {
      fix:
        'Narrow what the run reads, or raise the request budget if the token allows more ' +
        '(GITHUB_TOKEN allows 1,000 requests per hour per repository; a GitHub App or personal token 5,000).',
    });
  }
}

/** True for an HTTP error from Octokit (it carries a status and the request). */
export function isHttpError(error: unknown): error is HttpError {
  return (
    error instanceof Error && typeof (error as { status?: unknown }).status === 'number' && 'request' in error
  );
}

/** The error to give callers: a PermissionError where the refusal is about permissions, else `error`. */
export function explainGitHubError(error: unknown, context: ErrorContext): unknown {
  if (!isHttpError(error)) return error;
  const what = describeRequest(error);
  if (error.status === 401) {
    return new PermissionError(`GitHub rejected the token (401 Bad credentials) for ${what}.`, {
      fix: 'The token is expired, revoked or mistyped: create a new one, or check the secret the workflow passes.',
      cause: error,
    });
  }
  if ((error.status !== 403 && error.status !== 404) || isRateLimit(error)) return error;
  const readOnly = explainReadOnly(error, what, context);
  if (readOnly) return readOnly;
  const sets = parseAcceptedPermissions(header(error, 'x-accepted-github-permissions'));
  if (sets.length === 0) return explainUnnamed(error, what, context);
  return explainNamed(error, what, sets, context);
}

function describeRequest(error: HttpError): string {
  const method = (error.request?.method ?? 'GET').toUpperCase();
  const url = error.request?.url ?? '';
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // keep the raw text
  }
  return `${method} ${path}`;
}

function header(error: HttpError, name: string): string | undefined {
  const value = error.response?.headers?.[name];
  return value === undefined || value === null ? undefined : String(value);
}

function gitHubMessage(error: HttpError): string {
  const data = error.response?.data as { message?: unknown } | undefined;
  return typeof data?.message === 'string' ? data.message : error.message;
}

/** Rate limits are the throttling plugin's business, not a permission problem. */
function isRateLimit(error: HttpError): boolean {
  return header(error, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(gitHubMessage(error));
}

function isWrite(error: HttpError): boolean {
  const method = (error.request?.method ?? 'GET').toUpperCase();
  return method !== 'GET' && method !== 'HEAD';
}

function explainReadOnly(error: HttpError, what: string, context: ErrorContext): PermissionError | undefined {
  if (!context.readOnly || error.status !== 403 || !isWrite(error)) return undefined;
  const who =
    context.readOnly === 'dependabot'
      ? 'Workflow runs triggered by Dependabot get a read-only GITHUB_TOKEN'
      : 'Workflows triggered by a pull request from a fork get a read-only GITHUB_TOKEN';
  return new PermissionError(
    `GitHub refused ${what}: ${who}, whatever the workflow's \`permissions:\` say.`,
    {
      fix:
        'Skip this step for such runs, or move the write to a `workflow_run` workflow ' +
        "(or `pull_request_target`, without checking out the pull request's code).",
      cause: error,
    },
  );
}

/** A refusal without the header: a permission problem only when GitHub's words say so. */
function explainUnnamed(error: HttpError, what: string, context: ErrorContext): unknown {
  const message = gitHubMessage(error);
  if (error.status !== 403 || !/not accessible by|must have admin|permission/i.test(message)) return error;
  const fix =
    context.tokenKind === 'workflow'
      ? 'Check the `permissions:` of the workflow job; if the endpoint needs a permission GITHUB_TOKEN cannot have, pass a GitHub App or fine-grained token instead.'
      : "Check the token's permissions for this repository.";
  return new PermissionError(`GitHub refused ${what} (403 ${message}).`, { fix, cause: error });
}

function explainNamed(
  error: HttpError,
  what: string,
  sets: AcceptedPermission[][],
  context: ErrorContext,
): unknown {
  const needed = formatAcceptedPermissions(sets);
  const described = describeAlternatives(sets);
  if (sets.every((set) => set.every((p) => p.name === 'metadata'))) {
    return new PermissionError(`GitHub refused ${what}: the token cannot see this repository (${needed}).`, {
      fix:
        context.tokenKind === 'workflow'
          ? 'GITHUB_TOKEN only reaches the repository the workflow runs in: pass a GitHub App or fine-grained token that can see this one.'
          : 'Give the token access to this repository.',
      cause: error,
    });
  }
  const lines = grantableWorkflowLines(sets);
  // A 404 for a permission the token could have may just be a missing resource: leave it.
  if (error.status === 404 && (lines !== undefined || context.tokenKind !== 'workflow')) return error;
  const fix = fixFor(context, lines, described, error);
  const who = context.tokenKind === 'workflow' ? "the workflow's GITHUB_TOKEN" : 'the token';
  const cannot =
    lines === undefined && context.tokenKind === 'workflow' ? ', which GITHUB_TOKEN cannot be granted' : '';
  return new PermissionError(
    `GitHub refused ${what}: ${who} lacks the permission ${described} [${needed}]${cannot}.`,
    {
      fix,
      cause: error,
    },
  );
}

function fixFor(
  context: ErrorContext,
  lines: string[] | undefined,
  described: string,
  error: HttpError,
): string {
  const permissionsLine = lines
    ? `add \`permissions:\n  ${lines.join('\n  ')}\` to the workflow job`
    : undefined;
  switch (context.tokenKind) {
    case 'workflow':
      return (
        permissionsLine ??
        `pass a GitHub App installation token or a fine-grained personal access token with the permission ${described} instead of GITHUB_TOKEN`
      );
    case 'app':
      return `give the GitHub App the permission ${described}, then accept the new permission on its installation`;
    case 'fine-grained':
      return `give the fine-grained token the permission ${described} for this repository`;
    case 'classic': {
      const scopes = header(error, 'x-accepted-oauth-scopes');
      return `give the classic token the ${scopes ? `\`${scopes}\`` : '`repo`'} scope, or use a fine-grained token with the permission ${described}`;
    }
    default:
      return permissionsLine
        ? `${permissionsLine}, or give the token the permission ${described}`
        : `give the token the permission ${described} (GITHUB_TOKEN cannot be granted it)`;
  }
}

function describeAlternatives(sets: readonly (readonly AcceptedPermission[])[]): string {
  return sets.map((set) => set.map(describePermission).join(' and ')).join(', or ');
}
