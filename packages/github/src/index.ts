/**
 * @evident/github: the only package that imports @octokit/*. A client factory with retries,
 * throttling, pagination at 100, a request budget and permission errors a person can act on.
 */
export {
  createGitHubClient,
  type GitHubClient,
  type GitHubClientOptions,
  type GitHubOctokit,
  type NoGitHubToken,
  type RetrySettings,
} from './client.js';
export { type ErrorContext, explainGitHubError, isHttpError, RequestBudgetError } from './errors.js';
export {
  type AcceptedPermission,
  describePermission,
  formatAcceptedPermissions,
  grantableWorkflowLines,
  type PermissionLevel,
  parseAcceptedPermissions,
  toWorkflowPermission,
} from './permissions.js';
export type { RequestUsage } from './request-accounting.js';
export {
  detectReadOnlyToken,
  detectTokenKind,
  type Environment,
  type ReadOnlyReason,
  type ResolvedToken,
  resolveToken,
  type TokenKind,
  type TokenSource,
} from './token.js';
