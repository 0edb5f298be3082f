import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

/** The repository root and the built CLI the end-to-end tests run. */
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
// The shipped binary: the bundle `npm run build` writes (packages/cli/scripts/bundle.mjs).
export const cliPath = path.join(repositoryRoot, 'packages/cli/bundle/evident.js');

/** What a finished CLI process left behind. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly milliseconds: number;
}

/** An environment free of the machine's git settings and CI variables, with fixed identities. */
export function isolatedEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Ada Lovelace',
    GIT_AUTHOR_EMAIL: 'ada@example.com',
    GIT_COMMITTER_NAME: 'Ada Lovelace',
    GIT_COMMITTER_EMAIL: 'ada@example.com',
    GIT_AUTHOR_DATE: '2026-01-15T10:00:00Z',
    GIT_COMMITTER_DATE: '2026-01-15T10:00:00Z',
    NO_COLOR: '1',
  };
  return { ...env, ...extra };
}

/** How {@link runCli} runs the CLI. */
export interface CliRunOptions {
  readonly cwd: string;
  readonly env?: Record<string, string>;
  /** Kill the process after this long; implies `spawn` (only a process can be killed). */
  readonly timeoutMs?: number;
  /**
   * Run the shipped bundle as a whole process (the bundle smoke tests, and what depends on
   * the process: signals, limits, timeouts). Default: the CLI core in-process, with its
   * arguments, directory, environment and streams injected: the same `main(io)` the bundle
   * runs, without a Node start and module load per run.
   */
  readonly spawn?: boolean;
}

/** Runs `evident ARGS` as a user would (in-process unless asked to spawn); never throws on a non-zero exit. */
export function runCli(args: readonly string[], options: CliRunOptions): Promise<CliRun> {
  return options.spawn === true || options.timeoutMs !== undefined
    ? spawnCli(args, options)
    : runCliInProcess(args, options);
}

/** Runs the CLI core (packages/cli/src/main.ts) in this process with captured streams. */
async function runCliInProcess(args: readonly string[], options: CliRunOptions): Promise<CliRun> {
  const started = performance.now();
  const { main } = await import('../../packages/cli/src/main.js');
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await main({
    argv: args,
    cwd: options.cwd,
    env: options.env ?? isolatedEnv(),
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text(), milliseconds: performance.now() - started };
}

/** A writable stream that keeps what is written, decoded as UTF-8 at the end. */
function captureStream(): { stream: Writable; text(): string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      callback();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Runs the shipped bundle (packages/cli/bundle/evident.js) as a whole process. */
function spawnCli(args: readonly string[], options: CliRunOptions): Promise<CliRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cliPath, ...args],
      {
        cwd: options.cwd,
        env: options.env ?? isolatedEnv(),
        timeout: options.timeoutMs ?? 20_000,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr, milliseconds: performance.now() - started });
      },
    );
  });
}

/** Runs git in a directory with the isolated environment. */
export function git(cwd: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env: isolatedEnv(), encoding: 'utf8' }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
  });
}

/**
 * Makes `repo` a git repository on `main` holding what it already holds and `files` (parent
 * folders created), in one commit; a repository left empty gets no commit.
 */
export async function commitRepository(
  repo: string,
  files: Record<string, string | Uint8Array> = {},
  message = 'Initial commit',
): Promise<string> {
  await git(repo, 'init', '-q', '-b', 'main');
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(repo, name)), { recursive: true });
    await writeFile(path.join(repo, name), content);
  }
  if ((await readdir(repo)).some((name) => name !== '.git')) {
    await git(repo, 'add', '-A');
    await git(repo, 'commit', '-q', '-m', message);
  }
  return repo;
}

/**
 * Every entry below a directory with its SHA-256 (files) or target (links), sorted: two
 * equal snapshots mean nothing was created, changed or removed.
 */
export async function snapshotTree(root: string): Promise<string[]> {
  const entries: string[] = [];
  async function walk(directory: string): Promise<void> {
    for (const name of (await readdir(directory)).sort()) {
      if (name === '.git') continue;
      const full = path.join(directory, name);
      const relative = path.relative(root, full);
      const info = await lstat(full);
      if (info.isSymbolicLink()) entries.push(`${relative} -> ${await readlink(full)}`);
      else if (info.isDirectory()) {
        entries.push(`${relative}/`);
        await walk(full);
      } else if (!info.isFile()) {
        // A FIFO or device planted by a hostile-input test: reading it would block.
        entries.push(`${relative} (not a regular file)`);
      } else
        entries.push(
          `${relative} ${createHash('sha256')
            .update(await readFile(full))
            .digest('hex')}`,
        );
    }
  }
  await walk(root);
  return entries;
}
