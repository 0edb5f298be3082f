/**
 * Reading GitHub's permission header and the token into what a person must change.
 */
import { describe, expect, it } from 'vitest';
import {
  detectReadOnlyToken,
  detectTokenKind,
  grantableWorkflowLines,
  parseAcceptedPermissions,
  resolveToken,
  toWorkflowPermission,
} from '../src/index.js';

describe('X-Accepted-GitHub-Permissions', () => {
  it('reads sets separated by semicolons and permissions by commas', () => {
    expect(parseAcceptedPermissions('repository_projects=write; organization_projects=admin')).toEqual([
      [{ name: 'repository_projects', level: 'write' }],
      [{ name: 'organization_projects', level: 'admin' }],
    ]);
    expect(parseAcceptedPermissions('contents=read,pull_requests=write')).toEqual([
      [
        { name: 'contents', level: 'read' },
        { name: 'pull_requests', level: 'write' },
      ],
    ]);
    expect(parseAcceptedPermissions(undefined)).toEqual([]);
    expect(parseAcceptedPermissions('garbage')).toEqual([]);
  });

  it('maps App permission names to workflow keys, with hyphens', () => {
    expect(toWorkflowPermission({ name: 'pull_requests', level: 'read' })).toBe('pull-requests: read');
    expect(toWorkflowPermission({ name: 'security_events', level: 'write' })).toBe('security-events: write');
    expect(toWorkflowPermission({ name: 'vulnerability_alerts', level: 'read' })).toBe(
      'vulnerability-alerts: read',
    );
  });

  it('knows what GITHUB_TOKEN can never be granted', () => {
    expect(toWorkflowPermission({ name: 'administration', level: 'read' })).toBeUndefined();
    expect(toWorkflowPermission({ name: 'secret_scanning_alerts', level: 'read' })).toBeUndefined();
    expect(toWorkflowPermission({ name: 'repository_advisories', level: 'write' })).toBeUndefined();
    expect(toWorkflowPermission({ name: 'vulnerability_alerts', level: 'write' })).toBeUndefined();
    expect(toWorkflowPermission({ name: 'contents', level: 'admin' })).toBeUndefined();
  });

  it('picks the first set GITHUB_TOKEN can be granted in full', () => {
    const sets = parseAcceptedPermissions('administration=read; contents=read,statuses=read');
    expect(grantableWorkflowLines(sets)).toEqual(['contents: read', 'statuses: read']);
    expect(grantableWorkflowLines(parseAcceptedPermissions('administration=read'))).toBeUndefined();
  });
});

describe('tokens', () => {
  it('takes the explicit token first, then GITHUB_TOKEN, then GH_TOKEN, ignoring blanks', () => {
    const env = { GITHUB_TOKEN: 'ghp_env', GH_TOKEN: 'gho_cli' };
    expect(resolveToken('github_pat_input', env)).toMatchObject({ source: 'input', kind: 'fine-grained' });
    expect(resolveToken('  ', env)).toMatchObject({ source: 'GITHUB_TOKEN', kind: 'classic' });
    expect(resolveToken(undefined, { GH_TOKEN: 'gho_cli' })).toMatchObject({
      source: 'GH_TOKEN',
      kind: 'oauth',
    });
    expect(resolveToken('', { GITHUB_TOKEN: '' })).toBeUndefined();
  });

  it('recognises the workflow token by its prefix inside GitHub Actions', () => {
    expect(detectTokenKind('ghs_abc', { GITHUB_ACTIONS: 'true' })).toBe('workflow');
    expect(detectTokenKind('ghs_abc', {})).toBe('app');
    expect(detectTokenKind('v1.0123456789abcdef', {})).toBe('unknown');
  });

  it('recognises the read-only token of a pull request from a fork, and of Dependabot', () => {
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'acme/widget',
    };
    const fromFork = {
      pull_request: { head: { repo: { full_name: 'mallory/widget' } } },
      repository: { full_name: 'acme/widget' },
    };
    const sameRepo = {
      pull_request: { head: { repo: { full_name: 'acme/widget' } } },
      repository: { full_name: 'acme/widget' },
    };
    expect(detectReadOnlyToken(env, fromFork)).toBe('fork-pull-request');
    expect(detectReadOnlyToken(env, sameRepo)).toBeUndefined();
    expect(detectReadOnlyToken({ ...env, GITHUB_EVENT_NAME: 'push' }, fromFork)).toBeUndefined();
    expect(detectReadOnlyToken({ ...env, GITHUB_ACTOR: 'dependabot[bot]' })).toBe('dependabot');
    expect(detectReadOnlyToken({ GITHUB_EVENT_NAME: 'pull_request' }, fromFork)).toBeUndefined();
  });
});
