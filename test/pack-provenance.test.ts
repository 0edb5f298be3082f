import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitRepository, git, isolatedEnv, repositoryRoot, runCli } from './support/cli.js';
import { useTempDirs } from './support/temp-dir.js';

// Issue 11 items 4 and 7: what a pack says about where it comes from (commit, dirty tree,
// time, remote, product version from tags) is true, and the pack folder has the usual modes.

const makeTempDir = useTempDirs();

const config = (version = '') =>
  `version: 1\nproducts:\n  - id: plc\n    name: PLC-3000 firmware\n    type: embedded-device\n${version}`;

/** A git repository with one commit holding the given files. */
async function makeRepository(files: Record<string, string>): Promise<string> {
  return commitRepository(await makeTempDir(), files);
}

/** Runs `evident pack -o OUTPUT` and returns pack.json and summary.md. */
async function pack(repo: string, output = 'pack', env = isolatedEnv()) {
  const run = await runCli(['pack', '-o', output], { cwd: repo, env });
  expect(run.code, run.stderr).toBe(0);
  const directory = path.resolve(repo, output);
  return {
    json: JSON.parse(await readFile(path.join(directory, 'pack.json'), 'utf8')),
    summary: await readFile(path.join(directory, 'summary.md'), 'utf8'),
    stderr: run.stderr,
  };
}

const dirtyLine = '**The working tree had uncommitted changes**';

describe('the pack says whether the working tree was dirty', () => {
  it('is clean for a clean checkout, and stays clean when its own output lies in the repository', async () => {
    const repo = await makeRepository({ 'evident.yml': config() });
    const first = await pack(repo);
    expect(first.json.repository.dirty).toBe(false);
    expect(first.summary).not.toContain(dirtyLine);
    // The second run finds the first run's pack (untracked, not ignored) and replaces it: not a change.
    const second = await pack(repo);
    expect(second.json.repository.dirty).toBe(false);
  });

  it('is dirty with an untracked threat-model.yml or evident.yml, and says so in summary.md', async () => {
    const repo = await makeRepository({ 'README.md': '# PLC\n' });
    await writeFile(path.join(repo, 'evident.yml'), config());
    const untrackedConfig = await pack(repo);
    expect(untrackedConfig.json.repository.dirty).toBe(true);
    expect(untrackedConfig.summary).toContain(
      `${dirtyLine} (changed, deleted or untracked files): the pack describes files that are not all in that commit.`,
    );
    await git(repo, 'add', 'evident.yml');
    await git(repo, 'commit', '-q', '-m', 'Add evident.yml');
    // A model that loads: the pack reads it (its threat-model collector), and one that does not stops it.
    const model = await readFile(path.join(repositoryRoot, 'examples/plc-system/threat-model.yml'), 'utf8');
    await writeFile(path.join(repo, 'threat-model.yml'), model);
    expect((await pack(repo)).json.repository.dirty).toBe(true);
  });

  it('is dirty with a modified evident.yml, and not with an ignored file', async () => {
    const repo = await makeRepository({ 'evident.yml': config(), '.gitignore': 'build/\n' });
    await mkdir(path.join(repo, 'build'));
    await writeFile(path.join(repo, 'build/firmware.bin'), 'ignored\n');
    expect((await pack(repo)).json.repository.dirty).toBe(false);
    await writeFile(path.join(repo, 'evident.yml'), `${config()}# changed\n`);
    expect((await pack(repo)).json.repository.dirty).toBe(true);
  });
});

describe('the pack says what its time is', () => {
  it('labels the commit time as the commit time', async () => {
    const repo = await makeRepository({ 'evident.yml': config() });
    const { json, summary } = await pack(repo);
    expect(json.generatedAt).toBe('2026-01-15T10:00:00.000Z');
    expect(json.timeSource).toBe('commit');
    expect(summary).toContain(
      'Commit time: 2026-01-15T10:00:00.000Z (the committer time of that commit, not when the pack was made).',
    );
  });

  it('labels SOURCE_DATE_EPOCH as SOURCE_DATE_EPOCH', async () => {
    const repo = await makeRepository({ 'evident.yml': config() });
    const { json, summary } = await pack(repo, 'pack', isolatedEnv({ SOURCE_DATE_EPOCH: '1767225600' }));
    expect(json.timeSource).toBe('SOURCE_DATE_EPOCH');
    expect(summary).toContain('Time: 2026-01-01T00:00:00.000Z, from SOURCE_DATE_EPOCH.');
  });

  it('says when the time is only the time of the run', async () => {
    const repo = await makeTempDir();
    await writeFile(path.join(repo, 'evident.yml'), config());
    const { json, summary } = await pack(repo);
    expect(json.timeSource).toBe('clock');
    expect(summary).toMatch(
      /Time: \S+, when the pack was made \(no commit and no SOURCE_DATE_EPOCH: not reproducible\)/,
    );
  });
});

describe('the pack names the remote, never a local path', () => {
  it('gives the URL of origin without credentials or query', async () => {
    const repo = await makeRepository({ 'evident.yml': config() });
    await git(
      repo,
      'remote',
      'add',
      'origin',
      'https://x-access-token:ghs_secret@example.com/org/plc.git?ref=1',
    );
    const { json, summary } = await pack(repo);
    expect(json.repository.url).toBe('https://example.com/org/plc.git');
    expect(summary).toContain('of https://example.com/org/plc.git.');
    expect(JSON.stringify(json)).not.toContain('ghs_secret');
  });

  it('omits the URL when origin is a local path', async () => {
    const upstream = await makeRepository({ 'evident.yml': config() });
    const repo = await makeTempDir();
    await git(repo, 'clone', '-q', upstream, '.');
    const { json } = await pack(repo);
    expect(json.repository).not.toHaveProperty('url');
    expect(JSON.stringify(json)).not.toContain(upstream);
  });
});

describe('the pack folder', () => {
  it('has the modes mkdir and a new file get (the umask respected), not 0700', async () => {
    const repo = await makeRepository({ 'evident.yml': config() });
    await mkdir(path.join(repo, 'reference'));
    await writeFile(path.join(repo, 'reference/file'), '');
    await pack(repo);
    const mode = async (file: string) => ((await stat(path.join(repo, file))).mode & 0o777).toString(8);
    expect(await mode('pack')).toBe(await mode('reference'));
    expect(await mode('pack/pack.json')).toBe(await mode('reference/file'));
  });
});

describe('version: { from: git-tag }', () => {
  const tagged = async (tags: string[]) => {
    const repo = await makeRepository({
      'evident.yml': config('    version: { from: git-tag, pattern: "v*" }\n'),
    });
    for (const tag of tags) await git(repo, 'tag', tag);
    return (await pack(repo)).json.products[0].version;
  };

  it('orders tags by semantic version: a release after its prerelease, 1.10 after 1.9', async () => {
    expect(await tagged(['v1.0.0', 'v1.0.0-rc.1'])).toBe('v1.0.0');
    expect(await tagged(['v1.0.0-rc.1', 'v1.0.0', 'v1.10.0', 'v1.9.0'])).toBe('v1.10.0');
    expect(await tagged(['v2.0.0-rc.2', 'v2.0.0-rc.10', 'v1.9.0'])).toBe('v2.0.0-rc.10');
  });

  it('ignores a tag matching the pattern that is not a semantic version', async () => {
    expect(await tagged(['v1.0.0-rc.1', 'v1.0.0', 'v1.10.0', 'v1.9.0', 'vnext'])).toBe('v1.10.0');
    expect(await tagged(['vnext'])).toBeUndefined();
  });
});
