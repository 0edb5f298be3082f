/**
 * The local GitHub API server for tests. See README.md for how to write a GitHub-backed test.
 */
export { applySeed, CONTROL_PREFIX, type ServerSeed } from './control.js';
export type { FaultSpec, Faults, Times } from './faults.js';
export type { RecordedRequest, RequestLog } from './request-log.js';
export type { ResourceKind } from './resources.js';
export { type GitHubServer, type GitHubServerOptions, startGitHubServer } from './server.js';
export { type GitHubServerProcess, type ProcessOptions, startGitHubServerProcess } from './spawn.js';
export type { AddOptions, GitHubState } from './state.js';
