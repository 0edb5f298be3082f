/**
 * Start the server in a child process, for tests whose code under test runs elsewhere (the
 * action harness points GITHUB_API_URL at it). cli.ts is bundled with esbuild once per
 * content hash into `.cache/github-server/`, because Node 20 cannot run TypeScript.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CONTROL_PREFIX, type ServerSeed } from './control.js';
import { extractorHash } from './openapi-index.js';
import type { RecordedRequest } from './request-log.js';

/** A server in a child process, driven over its control API. */
export interface GitHubServerProcess {
  readonly url: string;
  readonly process: ChildProcess;
  /** Set up state and faults (see ServerSeed). */
  seed(seed: ServerSeed): Promise<void>;
  /** The requests the server received so far. */
  requests(): Promise<RecordedRequest[]>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** Options of {@link startGitHubServerProcess}. */
export interface ProcessOptions {
  readonly basePath?: string;
  readonly seedFile?: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const cacheDir = path.resolve(here, '../../.cache/github-server');

/** Bundle cli.ts (only when the sources changed) and start it; resolves once it listens. */
export async function startGitHubServerProcess(options: ProcessOptions = {}): Promise<GitHubServerProcess> {
  const bundle = await bundleCli();
  const args = [bundle, '--cache-dir', cacheDir];
  if (options.basePath) args.push('--base-path', options.basePath);
  if (options.seedFile) args.push('--seed', options.seedFile);
  const env = { ...process.env, GITHUB_SERVER_INDEX_KEY: extractorHash() };
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env });
  const url = await readUrl(child);
  const origin = new URL(url).origin;
  const control = async (method: string, action: string, body?: unknown) => {
    const init: RequestInit = { method };
    if (body !== undefined) init.body = JSON.stringify(body);
    const response = await fetch(`${origin}${CONTROL_PREFIX}${action}`, init);
    if (!response.ok)
      throw new Error(`github-server control ${action}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : ((await response.json()) as unknown);
  };
  return {
    url,
    process: child,
    seed: async (seed) => {
      await control('POST', '/seed', seed);
    },
    requests: async () => (await control('GET', '/requests')) as RecordedRequest[],
    reset: async () => {
      await control('POST', '/reset');
    },
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function bundleCli(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of readdirSync(here)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()) {
    hash.update(file).update(readFileSync(path.join(here, file)));
  }
  const outfile = path.join(cacheDir, `cli-${hash.digest('hex').slice(0, 12)}.mjs`);
  if (!existsSync(outfile)) {
    await build({
      entryPoints: [path.join(here, 'cli.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile,
      logLevel: 'warning',
    });
  }
  return outfile;
}

function readUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    child.once('exit', (code) =>
      reject(new Error(`github-server process exited with ${code} before listening`)),
    );
    lines.once('line', (line) => {
      resolve((JSON.parse(line) as { url: string }).url);
    });
  });
}
