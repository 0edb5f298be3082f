/**
 * Where the token comes from and what kind it is. The kind decides what a permission error
 * can tell the user: a workflow's GITHUB_TOKEN is fixed with a `permissions:` line, a
 * GitHub App or a fine-grained token in its settings. The token value never leaves here
 * except into the client's authorization header.
 */

/** The environment variables the client reads; pass `process.env` at the edge. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** Where the token was found. */
export type TokenSource = 'input' | 'GITHUB_TOKEN' | 'GH_TOKEN';

/**
 * What kind of token it is, from GitHub's documented prefixes: `ghs_` is an installation
 * token (inside GitHub Actions, the workflow's GITHUB_TOKEN or an App token), `github_pat_`
 * a fine-grained personal token, `ghp_` a classic one, `gho_`/`ghu_` OAuth user tokens.
 */
export type TokenKind = 'workflow' | 'app' | 'fine-grained' | 'classic' | 'oauth' | 'unknown';

/** A token and what is known about it. */
export interface ResolvedToken {
  readonly value: string;
  readonly source: TokenSource;
  readonly kind: TokenKind;
}

/** The explicit token, else GITHUB_TOKEN, else GH_TOKEN; blank values count as missing. */
export function resolveToken(explicit: string | undefined, env: Environment): ResolvedToken | undefined {
  const candidates: [TokenSource, string | undefined][] = [
    ['input', explicit],
    ['GITHUB_TOKEN', env.GITHUB_TOKEN],
    ['GH_TOKEN', env.GH_TOKEN],
  ];
  for (const [source, raw] of candidates) {
    const value = raw?.trim();
    if (value) return { value, source, kind: detectTokenKind(value, env) };
  }
  return undefined;
}

/** The kind of a token, from its prefix and whether we run inside GitHub Actions. */
export function detectTokenKind(token: string, env: Environment): TokenKind {
  if (token.startsWith('ghs_')) return env.GITHUB_ACTIONS === 'true' ? 'workflow' : 'app';
  if (token.startsWith('github_pat_')) return 'fine-grained';
  if (token.startsWith('ghp_')) return 'classic';
  if (token.startsWith('gho_') || token.startsWith('ghu_')) return 'oauth';
  return 'unknown';
}

/** Why a workflow's token is read-only whatever `permissions:` says. */
export type ReadOnlyReason = 'fork-pull-request' | 'dependabot';

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

/**
 * Workflows triggered by a pull request from a fork, and runs triggered by Dependabot, get
 * a read-only GITHUB_TOKEN. `payload` is the parsed GITHUB_EVENT_PATH file, which the
 * caller reads.
 */
export function detectReadOnlyToken(env: Environment, payload?: unknown): ReadOnlyReason | undefined {
  if (env.GITHUB_ACTIONS !== 'true') return undefined;
  if (env.GITHUB_ACTOR === 'dependabot[bot]' || env.GITHUB_TRIGGERING_ACTOR === 'dependabot[bot]') {
    return 'dependabot';
  }
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) return undefined;
  const event = payload as
    | {
        pull_request?: { head?: { repo?: { full_name?: string } | null } };
        repository?: { full_name?: string };
      }
    | undefined;
  const head = event?.pull_request?.head?.repo?.full_name;
  const base = event?.repository?.full_name ?? env.GITHUB_REPOSITORY;
  return head !== undefined && base !== undefined && head.toLowerCase() !== base.toLowerCase()
    ? 'fork-pull-request'
    : undefined;
}
