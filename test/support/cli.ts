import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
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

/** Runs `evident ARGS` as a whole process, as a user would; never throws on a non-zero exit. */
export function runCli(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<CliRun> {
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
