import { existsSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CliRun,
  commitRepository,
  isolatedEnv,
  repositoryRoot,
  runCli,
  snapshotTree,
} from './support/cli.js';
import { useTempDirs } from './support/temp-dir.js';

// Issue 11 item 1 and issue 12 item 4: a command that replaces a directory never deletes the
// repository, the working directory, the home directory, the file-system root or a tracked
// file, whatever the flags; --force only replaces untracked files the user named, and says
// what it deletes; an earlier output is recognised by more than a file anyone can write.

const makeTempDir = useTempDirs();
const example = path.join(repositoryRoot, 'examples/plc-system');

/**
 * A temp directory holding `home/` (with a file of its own) and `repo/`, a git checkout of the
 * PLC example with a commit, so that `..` and $HOME have something to lose too.
 */
async function makeWorld() {
  const top = await makeTempDir();
  const home = path.join(top, 'home');
  const repo = path.join(top, 'repo');
  await mkdir(home);
  await writeFile(path.join(home, 'diary.txt'), 'mine\n');
  await cp(example, repo, { recursive: true });
  await mkdir(path.join(repo, 'docs'));
  await writeFile(path.join(repo, 'docs/design.md'), '# Design\n');
  await commitRepository(repo);
  const env = isolatedEnv({ HOME: home });
  return { top, home, repo, env };
}

/** The commands that replace a directory, as the user types them. */
const commands = {
  pack: (output: string, ...flags: string[]) => ['pack', '-o', output, ...flags],
  'threat-model report': (output: string, ...flags: string[]) => [
    'threat-model',
    'report',
    '-o',
    output,
    ...flags,
  ],
};

/** A refusal: exit 2, the reason and a fix on stderr, no stack trace, nothing written. */
function expectRefused(run: CliRun, reason: RegExp) {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toMatch(/^evident: error: /);
  expect(run.stderr).toMatch(reason);
  expect(run.stderr).toMatch(/\n {2}fix: choose a new or empty directory for -o\/--output, e\.g\. /);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe.each(Object.entries(commands))('evident %s never deletes what is not its own', (_name, args) => {
  it('refuses -o . --force in the repository root', async () => {
    const { top, repo, env } = await makeWorld();
    const before = await snapshotTree(top);
    const run = await runCli(args('.', '--force'), { cwd: repo, env });
    expectRefused(
      run,
      /\. \(.*\) is the repository root: replacing it would delete the repository with its history \(\.git\)/,
    );
    expect(run.stderr).toContain('e.g. ');
    expect(run.stderr).not.toContain('--force to');
    expect(await snapshotTree(top)).toEqual(before);
    expect(existsSync(path.join(repo, '.git/HEAD'))).toBe(true);
  });

  it('refuses -o .. --force, which contains the repository', async () => {
    const { top, repo, env } = await makeWorld();
    const before = await snapshotTree(top);
    const run = await runCli(args('..', '--force'), { cwd: repo, env });
    expectRefused(run, /contains the repository root \(.*repo\)/);
    expect(await snapshotTree(top)).toEqual(before);
    expect(existsSync(path.join(repo, '.git/HEAD'))).toBe(true);
  });

  it('refuses the repository root named from a subdirectory, and the working directory itself', async () => {
    const { top, repo, env } = await makeWorld();
    const before = await snapshotTree(top);
    const cwd = path.join(repo, 'test-results');
    expectRefused(await runCli(args('..', '--force'), { cwd, env }), /is the repository root/);
    // test-results holds tracked files; the working directory is refused before they are looked at
    expectRefused(await runCli(args('.', '--force'), { cwd, env }), /is the working directory/);
    expect(await snapshotTree(top)).toEqual(before);
  });

  it('refuses the directory -C names, with --force, though it holds only untracked files', async () => {
    const { top, repo, env } = await makeWorld();
    const product = path.join(repo, 'product');
    await mkdir(product);
    await cp(path.join(repo, 'evident.yml'), path.join(product, 'evident.yml'));
    await cp(path.join(repo, 'threat-model.yml'), path.join(product, 'threat-model.yml'));
    const before = await snapshotTree(top);
    const run = await runCli(['-C', 'product', ...args('.', '--force')], { cwd: repo, env });
    expectRefused(run, /is the directory the command works in: replacing it would delete that directory/);
    expect(await snapshotTree(top)).toEqual(before);
  });

  it('refuses $HOME with --force', async () => {
    const { top, home, repo, env } = await makeWorld();
    const before = await snapshotTree(top);
    expectRefused(await runCli(args(home, '--force'), { cwd: repo, env }), /is your home directory/);
    expect(await snapshotTree(top)).toEqual(before);
  });

  it('refuses the file-system root with --force', async () => {
    const { top, repo, env } = await makeWorld();
    const before = await snapshotTree(top);
    expectRefused(
      await runCli(args('/', '--force'), { cwd: repo, env }),
      /^evident: error: \/ (is|contains) /,
    );
    expect(await snapshotTree(top)).toEqual(before);
  });

  it('refuses a directory holding a tracked file, with --force', async () => {
    const { top, repo, env } = await makeWorld();
    const before = await snapshotTree(top);
    const run = await runCli(args('docs', '--force'), { cwd: repo, env });
    expectRefused(run, /docs holds 1 file tracked by git \(design\.md\): replacing it would delete it/);
    expect(run.stderr).toContain('fix: choose a new or empty directory for -o/--output, e.g. docs/');
    expect(await snapshotTree(top)).toEqual(before);
  });

  it('refuses a foreign directory without --force, naming what would be lost, and replaces it with --force', async () => {
    const { top, repo, env } = await makeWorld();
    await mkdir(path.join(repo, 'notes/old'), { recursive: true });
    await writeFile(path.join(repo, 'notes/old/todo.txt'), 'keep\n');
    await writeFile(path.join(repo, 'notes/idea.txt'), 'keep\n');
    const before = await snapshotTree(top);
    const refused = await runCli(args('notes'), { cwd: repo, env });
    expectRefused(
      refused,
      /notes holds 2 files that are not an earlier .*: idea\.txt, old\/todo\.txt; replacing the directory would delete them/,
    );
    expect(refused.stderr).toContain('or pass --force to delete those files and replace the directory');
    expect(await snapshotTree(top)).toEqual(before);

    const forced = await runCli(args('notes', '--force'), { cwd: repo, env });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toMatch(
      /warning: notes: force was given, so replacing it deletes 2 files .*: idea\.txt, old\/todo\.txt/,
    );
    // only notes/ changed
    const outside = (entries: string[]) => entries.filter((entry) => !entry.startsWith('repo/notes/'));
    expect(outside(await snapshotTree(top))).toEqual(outside(before));
  });
});

describe('evident pack and its earlier output', () => {
  it('replaces an earlier pack, but not one with a file the user added or changed (unless --force)', async () => {
    const { top, repo, env } = await makeWorld();
    expect((await runCli(['pack', '-o', 'out'], { cwd: repo, env })).code).toBe(0);
    expect((await runCli(['pack', '-o', 'out'], { cwd: repo, env })).code).toBe(0);
    await writeFile(path.join(repo, 'out/assessor-notes.md'), 'ours\n');
    await writeFile(path.join(repo, 'out/summary.md'), 'edited\n');
    const before = await snapshotTree(top);
    const refused = await runCli(['pack', '-o', 'out'], { cwd: repo, env });
    expectRefused(
      refused,
      /out holds 2 files that are not an earlier Evident pack's as written \(added or changed since\): assessor-notes\.md, summary\.md/,
    );
    expect(await snapshotTree(top)).toEqual(before);
    const forced = await runCli(['pack', '-o', 'out', '--force'], { cwd: repo, env });
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain(
      'deletes 2 files not written by an earlier Evident pack: assessor-notes.md, summary.md',
    );
    expect(existsSync(path.join(repo, 'out/assessor-notes.md'))).toBe(false);
  });

  it.each([
    ['the forged manifest of the issue', '{"formatVersion":1,"algorithm":"sha256","files":[]}'],
    [
      'a canonical manifest listing no pack.json',
      '{\n  "algorithm": "sha256",\n  "files": [],\n  "formatVersion": 1\n}\n',
    ],
  ])('does not take %s for an earlier pack: nothing is deleted', async (_name, manifest) => {
    const { top, repo, env } = await makeWorld();
    await mkdir(path.join(repo, 'out'));
    await writeFile(path.join(repo, 'out/manifest.json'), manifest);
    await writeFile(path.join(repo, 'out/thesis.tex'), 'years of work\n');
    const before = await snapshotTree(top);
    const run = await runCli(['pack', '-o', 'out'], { cwd: repo, env });
    expectRefused(run, /out holds 2 files .*: manifest\.json, thesis\.tex/);
    expect(await snapshotTree(top)).toEqual(before);
  });

  it('does not delete a file the manifest does not list, even when the listed ones match', async () => {
    const { top, repo, env } = await makeWorld();
    expect((await runCli(['pack', '-o', 'out'], { cwd: repo, env })).code).toBe(0);
    await mkdir(path.join(repo, 'out/extra'));
    await writeFile(path.join(repo, 'out/extra/pack.json'), '{}');
    const before = await snapshotTree(top);
    expectRefused(
      await runCli(['pack', '-o', 'out'], { cwd: repo, env }),
      /out holds 1 file .*: extra\/pack\.json/,
    );
    expect(await snapshotTree(top)).toEqual(before);
  });
});
