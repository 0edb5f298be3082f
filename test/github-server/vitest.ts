import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type GitHubServer, startGitHubServer } from './server.js';

/**
 * One server per test file (loading GitHub's description costs about half a second), reset
 * before each test with the repository `acme/widget` in place. Returns the running server.
 */
export function useGitHubServer(): () => GitHubServer {
  let server: GitHubServer | undefined;
  beforeAll(async () => {
    server = await startGitHubServer();
  });
  afterAll(() => server?.close());
  beforeEach(() => {
    server?.reset();
    server?.state.addRepository('acme/widget');
  });
  return () => {
    if (!server) throw new Error('useGitHubServer: the server is not started yet (call it inside a test)');
    return server;
  };
}
