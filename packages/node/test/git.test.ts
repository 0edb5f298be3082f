import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, InputError, UsageError } from '@evident/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../test/support/temp-dir.js';
import { createGit, type Git, publicRemoteUrl, redactCredentials } from '../src/index.js';

const makeTempDir = useTempDirs();

// Isolated from the machine's git configuration, so the fixture is the same everywhere.
const isolatedEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Ada Lovelace',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Release Bot',
  GIT_COMMITTER_EMAIL: 'bot@example.com',
};

/** Runs git in `cwd` for fixture setup; author and committer dates differ on purpose. */
function gitSync(cwd: string, args: string[], day = 1): string {
  const date = (hour: number) => `2024-01-0${day}T${String(hour).padStart(2, '0')}:00:00Z`;
  return execFileSync('git', args, {
    cwd,
    env: { ...isolatedEnv, GIT_AUTHOR_DATE: date(8), GIT_COMMITTER_DATE: date(12) },
    encoding: 'utf8',
  }).trim();
}

interface Fixture {
  repo: string;
  commits: [string, string, string];
}

/**
 * Three commits on main: README (tagged v1.0.0, annotated), a non-ASCII doc, then the doc
 * renamed and README changed (tagged v1.1.0, lightweight).
 */
async function createFixture(): Promise<Fixture> {
  const repo = await makeTempDir();
  gitSync(repo, ['init', '-q', '-b', 'main']);
  await writeFile(path.join(repo, 'README.md'), 'one\n');
  gitSync(repo, ['add', '.']);
  gitSync(repo, ['commit', '-q', '-m', 'Add README'], 1);
  gitSync(repo, ['tag', '-a', 'v1.0.0', '-m', 'First release'], 1);
  await mkdir(path.join(repo, 'docs'));
  await writeFile(path.join(repo, 'docs', 'café.md'), 'A threat model, long enough for rename detection.\n');
  gitSync(repo, ['add', '.']);
  gitSync(repo, ['commit', '-q', '-m', 'Add café doc'], 2);
  await rename(path.join(repo, 'docs', 'café.md'), path.join(repo, 'docs', 'model.md'));
  await writeFile(path.join(repo, 'README.md'), 'two\n');
  gitSync(repo, ['add', '-A']);
  gitSync(repo, ['commit', '-q', '-m', 'Rename doc'], 3);
  gitSync(repo, ['tag', 'v1.1.0'], 3);
  const log = gitSync(repo, ['log', '--format=%H']).split('\n');
  return { repo, commits: [log[2] ?? '', log[1] ?? '', log[0] ?? ''] };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

let fixture: Fixture;
let git: Git;

beforeEach(async () => {
  fixture = await createFixture();
  git = createGit(fixture.repo, { env: isolatedEnv });
});

describe('createGit on a full clone', () => {
  it('knows it is a repository, its root, and that it is not shallow', async () => {
    await mkdir(path.join(fixture.repo, 'sub'));
    const fromSub = createGit(path.join(fixture.repo, 'sub'), { env: isolatedEnv });
    expect(await fromSub.isRepository()).toBe(true);
    expect(await fromSub.root()).toBe(fixture.repo);
    expect(await fromSub.topLevel()).toBe(fixture.repo);
    expect(await git.isShallow()).toBe(false);
  });

  it('reads HEAD with its branch, and without one when detached', async () => {
    expect(await git.head()).toEqual({ commit: fixture.commits[2], ref: 'refs/heads/main' });
    gitSync(fixture.repo, ['switch', '-q', '--detach', 'v1.0.0']);
    expect(await git.head()).toEqual({ commit: fixture.commits[0] });
  });

  it('tells tracked changes from untracked files', async () => {
    expect(await git.hasCommits()).toBe(true);
    expect(await git.isDirty()).toBe(false);
    await writeFile(path.join(fixture.repo, 'untracked.txt'), 'new\n');
    expect(await git.isDirty()).toBe(false);
    await writeFile(path.join(fixture.repo, 'README.md'), 'changed\n');
    expect(await git.isDirty()).toBe(true);
  });

  it('lists uncommitted paths: changed, staged, deleted, renamed, and untracked files not ignored', async () => {
    expect(await git.uncommittedPaths()).toEqual([]);
    await writeFile(path.join(fixture.repo, '.gitignore'), 'build/\n');
    await mkdir(path.join(fixture.repo, 'build'));
    await writeFile(path.join(fixture.repo, 'build/out.txt'), 'ignored\n');
    await mkdir(path.join(fixture.repo, 'new/deep'), { recursive: true });
    await writeFile(path.join(fixture.repo, 'new/deep/file.txt'), 'untracked\n');
    await writeFile(path.join(fixture.repo, 'README.md'), 'changed\n');
    gitSync(fixture.repo, ['mv', 'docs/model.md', 'docs/renamed.md']);
    expect(await git.uncommittedPaths()).toEqual([
      '.gitignore',
      'README.md',
      'docs/model.md',
      'docs/renamed.md',
      'new/deep/file.txt',
    ]);
  });

  it('lists the tracked files below a path, relative to it', async () => {
    expect(await createGit(path.join(fixture.repo, 'docs'), { env: isolatedEnv }).trackedFiles('.')).toEqual([
      'model.md',
    ]);
    await mkdir(path.join(fixture.repo, 'empty'));
    expect(await createGit(path.join(fixture.repo, 'empty'), { env: isolatedEnv }).trackedFiles('.')).toEqual(
      [],
    );
  });

  it('reads committer times, not author times', async () => {
    expect((await git.commitTime()).toISOString()).toBe('2024-01-03T12:00:00.000Z');
    expect((await git.commitTime('v1.0.0')).toISOString()).toBe('2024-01-01T12:00:00.000Z');
    expect((await git.headCommitTime())?.toISOString()).toBe('2024-01-03T12:00:00.000Z');
  });

  it('lists tags with the commits they name, annotated ones peeled', async () => {
    expect(await git.tags()).toEqual([
      { name: 'v1.0.0', commit: fixture.commits[0] },
      { name: 'v1.1.0', commit: fixture.commits[2] },
    ]);
  });

  it('lists commits between two revisions, newest first, and all commits without a start', async () => {
    const commits = await git.commitsBetween('v1.0.0', 'v1.1.0');
    expect(commits).toEqual([
      {
        sha: fixture.commits[2],
        subject: 'Rename doc',
        author: { name: 'Ada Lovelace', email: 'ada@example.com' },
        date: new Date('2024-01-03T12:00:00Z'),
      },
      {
        sha: fixture.commits[1],
        subject: 'Add café doc',
        author: { name: 'Ada Lovelace', email: 'ada@example.com' },
        date: new Date('2024-01-02T12:00:00Z'),
      },
    ]);
    expect((await git.commitsBetween(undefined)).map((commit) => commit.subject)).toEqual([
      'Rename doc',
      'Add café doc',
      'Add README',
    ]);
  });

  it('lists changed files unquoted and sorted, a rename as delete plus add', async () => {
    expect(await git.changedFiles(fixture.commits[1])).toEqual([
      'README.md',
      'docs/café.md',
      'docs/model.md',
    ]);
    expect(await git.changedFiles('v1.0.0', 'v1.1.0')).toEqual(['README.md', 'docs/model.md']);
    expect(await git.changedFiles('HEAD', 'HEAD')).toEqual([]);
  });

  it('follows a file through its rename, newest first', async () => {
    const history = await git.fileHistory('docs/model.md');
    expect(history.map((commit) => commit.sha)).toEqual([fixture.commits[2], fixture.commits[1]]);
  });

  it('reads a path literally, not as a pathspec pattern', async () => {
    expect(await git.fileHistory('docs/*.md')).toEqual([]);
  });

  it('reads the remote URL without credentials, and undefined without a remote', async () => {
    expect(await git.remoteUrl()).toBeUndefined();
    gitSync(fixture.repo, [
      'remote',
      'add',
      'origin',
      'https://x-access-token:ghs_secret@example.com/org/repo.git',
    ]);
    gitSync(fixture.repo, ['remote', 'add', 'mirror', 'ssh://git@example.com/org/repo.git']);
    expect(await git.remoteUrl()).toBe('https://example.com/org/repo.git');
    expect(await git.remoteUrl('mirror')).toBe('ssh://git@example.com/org/repo.git');
    expect(await git.remoteUrl('upstream')).toBeUndefined();
  });

  it('gives a remote URL fit for a report: no credentials, query or fragment, never a local path', () => {
    expect(publicRemoteUrl('https://x-access-token:ghs_secret@example.com/org/repo.git?token=1#top')).toBe(
      'https://example.com/org/repo.git',
    );
    expect(publicRemoteUrl('ssh://git:pw@example.com/org/repo.git')).toBe(
      'ssh://git@example.com/org/repo.git',
    );
    expect(publicRemoteUrl('git@github.com:org/repo.git')).toBe('git@github.com:org/repo.git');
    for (const local of [
      '/srv/git/repo.git',
      '../repo',
      './repo',
      'file:///srv/git/repo.git',
      'C:\\repos\\x',
    ]) {
      expect(publicRemoteUrl(local), local).toBeUndefined();
    }
  });

  it('names an unknown revision in an input error without raw git output', async () => {
    const error = await rejection(git.commitsBetween('v9.9.9', 'HEAD'));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('"v9.9.9"');
    expect(error.message).not.toContain('fatal:');
    expect((error as InputError).fix).toContain('git tag --list');
    await expect(git.changedFiles('no-such-branch')).rejects.toBeInstanceOf(InputError);
  });

  it('treats a revision that looks like an option as a revision', async () => {
    const planted = path.join(fixture.repo, 'planted.txt');
    await expect(git.commitTime(`--output=${planted}`)).rejects.toBeInstanceOf(InputError);
    expect(existsSync(planted)).toBe(false);
  });
});

describe('createGit on a shallow clone', () => {
  let shallow: Git;

  beforeEach(async () => {
    const clone = path.join(await makeTempDir(), 'clone');
    gitSync(path.dirname(clone), ['clone', '-q', '--depth', '1', `file://${fixture.repo}`, clone]);
    shallow = createGit(clone, { env: isolatedEnv });
  });

  it('says it is shallow and still answers what needs no history', async () => {
    expect(await shallow.isShallow()).toBe(true);
    expect((await shallow.head()).commit).toBe(fixture.commits[2]);
    expect((await shallow.commitTime()).toISOString()).toBe('2024-01-03T12:00:00.000Z');
    expect(await shallow.changedFiles('HEAD', 'HEAD')).toEqual([]);
  });

  it.each([
    ['commitsBetween', (g: Git) => g.commitsBetween('v1.0.0', 'HEAD')],
    ['fileHistory', (g: Git) => g.fileHistory('docs/model.md')],
    ['changedFiles with a commit that was not fetched', (g: Git) => g.changedFiles('HEAD~1', 'HEAD')],
    ['commitTime of a commit that was not fetched', (g: Git) => g.commitTime('HEAD~2')],
  ])('%s asks for fetch-depth: 0', async (_name, operation) => {
    const error = await rejection(operation(shallow));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain('shallow clone');
    expect((error as ConfigurationError).fix).toContain('fetch-depth: 0');
  });
});

describe('createGit outside a repository', () => {
  it('answers isRepository with false for a plain or missing directory', async () => {
    const plain = await makeTempDir();
    expect(await createGit(plain, { env: isolatedEnv }).isRepository()).toBe(false);
    expect(await createGit(path.join(plain, 'missing'), { env: isolatedEnv }).isRepository()).toBe(false);
    expect(await createGit(plain, { env: isolatedEnv }).topLevel()).toBeUndefined();
  });

  it('throws a usage error saying so, without git stderr', async () => {
    const plain = await makeTempDir();
    const error = await rejection(createGit(plain, { env: isolatedEnv }).root());
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe(`"${plain}" is not inside a git repository`);
  });

  it('reports a repository without commits as an input error', async () => {
    const empty = await makeTempDir();
    gitSync(empty, ['init', '-q']);
    const unborn = createGit(empty, { env: isolatedEnv });
    expect(await unborn.hasCommits()).toBe(false);
    expect(await unborn.headCommitTime()).toBeUndefined();
    const error = await rejection(unborn.head());
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('no commits yet');
  });

  it('reports a missing git executable as a usage error', async () => {
    const missing = createGit(fixture.repo, { executable: path.join(fixture.repo, 'no-git-here') });
    const error = await rejection(missing.isRepository());
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toContain('git is not installed');
  });

  it('ignores GIT_DIR from the environment, which would point at another repository', async () => {
    const plain = await makeTempDir();
    const env = { ...isolatedEnv, GIT_DIR: path.join(fixture.repo, '.git') };
    expect(await createGit(plain, { env }).isRepository()).toBe(false);
  });
});

describe('redactCredentials', () => {
  it.each([
    ['https://token@github.com/o/r.git', 'https://github.com/o/r.git'],
    ['http://user:pass@host/r', 'http://host/r'],
    ['ssh://git:secret@host/r', 'ssh://git@host/r'],
    ['ssh://git@host/r', 'ssh://git@host/r'],
    ['git@github.com:o/r.git', 'git@github.com:o/r.git'],
    ['/srv/git/r.git', '/srv/git/r.git'],
    ['https://github.com/acme/p.git?access_token=ghp_secret', 'https://github.com/acme/p.git'],
    ['https://github.com/acme/p.git#token=ghp_secret', 'https://github.com/acme/p.git'],
    ['ssh://git@host/r?private_token=glpat-secret', 'ssh://git@host/r'],
    ['git@github.com:o/r.git?token=secret', 'git@github.com:o/r.git'],
    ['/srv/git/what?.git', '/srv/git/what?.git'],
  ])('%s -> %s', (url, expected) => {
    expect(redactCredentials(url)).toBe(expected);
  });
});
