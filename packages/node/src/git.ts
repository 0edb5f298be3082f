import { execFile } from 'node:child_process';
import { ConfigurationError, InputError, InternalError, PermissionError, UsageError } from '@evident/core';

/** One commit, as history operations return it. */
export interface GitCommit {
  /** Full object name (40 or 64 hex digits). */
  readonly sha: string;
  /** First line of the message (git joins a multi-line subject paragraph with spaces). */
  readonly subject: string;
  readonly author: { readonly name: string; readonly email: string };
  /** Committer time: when the commit entered the branch, which follows history order. */
  readonly date: Date;
}

/** What HEAD points at; `ref` is absent on a detached HEAD (as in pull-request checkouts). */
export interface GitHead {
  readonly commit: string;
  readonly ref?: string;
}

/** A tag and the commit it names (annotated tags peeled). */
export interface GitTag {
  readonly name: string;
  readonly commit: string;
}

/** Read-only questions to one git repository, answered by the `git` CLI. */
export interface Git {
  /** True when `cwd` is inside a git repository (false for a missing directory too). */
  isRepository(): Promise<boolean>;
  /** Absolute path of the working tree's top directory. */
  root(): Promise<string>;
  /** The top directory, or undefined outside a repository: isRepository and root in one git call. */
  topLevel(): Promise<string | undefined>;
  head(): Promise<GitHead>;
  /** False in a repository where nothing has been committed yet (head() would fail). */
  hasCommits(): Promise<boolean>;
  /** True when tracked files differ from HEAD (untracked files do not count). */
  isDirty(): Promise<boolean>;
  /**
   * Paths (relative to the top directory, sorted) that differ from HEAD: changed, staged,
   * deleted, renamed (both names), and untracked files that are not ignored, each listed.
   */
  uncommittedPaths(): Promise<string[]>;
  /** Tracked files at or below `path` (relative to `cwd`), relative to `cwd`, sorted. */
  trackedFiles(path: string): Promise<string[]>;
  /** Committer time of a revision. */
  commitTime(rev?: string): Promise<Date>;
  /** Committer time of HEAD, or undefined before the first commit: hasCommits and commitTime in one call. */
  headCommitTime(): Promise<Date | undefined>;
  /** Tags sorted by name. */
  tags(): Promise<GitTag[]>;
  /** Commits reachable from `to` but not from `from` (all of them without `from`), newest first. */
  commitsBetween(from: string | undefined, to?: string): Promise<GitCommit[]>;
  /** Paths (relative to the top directory) that differ between two trees, sorted; renames count as delete + add. */
  changedFiles(from: string, to?: string): Promise<string[]>;
  /** Commits touching a file (relative to `cwd`), newest first, following renames. */
  fileHistory(path: string): Promise<GitCommit[]>;
  /** The fetch URL of a remote with any user name and password removed, or undefined without it. */
  remoteUrl(name?: string): Promise<string | undefined>;
  isShallow(): Promise<boolean>;
}

/** Options of {@link createGit}; the defaults suit the CLI and the actions. */
export interface GitOptions {
  /** Environment for git; default `process.env`. */
  readonly env?: NodeJS.ProcessEnv;
  /** The git executable; default `git` from the PATH. */
  readonly executable?: string;
}

interface RunResult {
  readonly stdout: string;
  readonly exitCode: number;
}

// Commit fields separated by NUL; with -z each record ends with NUL too.
const COMMIT_FORMAT = '--format=%H%x00%s%x00%an%x00%ae%x00%ct';
const COMMIT_FIELDS = 5;
// Outputs of a big repository's log can be large; the default 1 MiB is not enough.
const MAX_BUFFER = 256 * 1024 * 1024;
const UNKNOWN_REVISION =
  /bad revision|bad object|unknown revision|Invalid revision range|Needed a single revision|invalid object name/i;

/** A git client for the repository containing `cwd`, using the CLI without a shell. */
export function createGit(cwd: string, options: GitOptions = {}): Git {
  const run = createRunner(cwd, options);
  const requireFullHistory = async (operation: string) => {
    if (await isShallow(run)) throw shallowError(cwd, operation);
  };
  const withRevisions = async <T>(operation: string, revisions: string[], work: () => Promise<T>) => {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof UnknownRevision)) throw error;
      if (await isShallow(run)) throw shallowError(cwd, operation);
      throw unknownRevisionError(revisions, error);
    }
  };
  return {
    isRepository: () => isRepository(run),
    root: async () => (await run(['rev-parse', '--show-toplevel'])).stdout.trim(),
    topLevel: () => readTopLevel(run),
    head: () => readHead(run, cwd),
    hasCommits: async () => (await run(['rev-parse', '--verify', '--quiet', 'HEAD'], [0, 1])).exitCode === 0,
    isDirty: async () => (await run(['status', '--porcelain', '--untracked-files=no'])).stdout !== '',
    uncommittedPaths: () => readUncommittedPaths(run),
    trackedFiles: async (path) => {
      const { stdout } = await run(['ls-files', '-z', '--', path]);
      return splitNul(stdout).sort(compareText);
    },
    commitTime: (rev = 'HEAD') =>
      withRevisions('reading the commit time', [rev], () => readCommitTime(run, rev)),
    headCommitTime: () => readHeadCommitTime(run),
    tags: () => readTags(run),
    commitsBetween: async (from, to = 'HEAD') => {
      await requireFullHistory('listing the commits between two revisions');
      const range = from === undefined ? to : `${from}..${to}`;
      const revisions = from === undefined ? [to] : [from, to];
      return withRevisions('listing commits', revisions, () => readLog(run, [], [range, '--']));
    },
    changedFiles: (from, to = 'HEAD') =>
      withRevisions('comparing two revisions', [from, to], () => readChangedFiles(run, from, to)),
    fileHistory: async (path) => {
      const operation = `reading the history of "${path}"`;
      await requireFullHistory(operation);
      return withRevisions(operation, ['HEAD'], () => readLog(run, ['--follow'], ['HEAD', '--', path]));
    },
    remoteUrl: (name = 'origin') => readRemoteUrl(run, name),
    isShallow: () => isShallow(run),
  };
}

type Runner = (args: string[], okExitCodes?: readonly number[]) => Promise<RunResult>;

/** Signals a revision git does not know; turned into a user error by the caller, who knows which. */
class UnknownRevision extends Error {}

function createRunner(cwd: string, options: GitOptions): Runner {
  const env = gitEnvironment(options.env ?? process.env);
  const executable = options.executable ?? 'git';
  return (args, okExitCodes = [0]) =>
    new Promise((resolve, reject) => {
      const fullArgs = ['-C', cwd, ...GLOBAL_OPTIONS, ...args];
      execFile(
        executable,
        fullArgs,
        { env, maxBuffer: MAX_BUFFER, encoding: 'utf8' },
        (error, stdout, stderr) => {
          const exitCode = error === null ? 0 : error.code;
          if (typeof exitCode === 'number' && okExitCodes.includes(exitCode)) resolve({ stdout, exitCode });
          else reject(classifyFailure(cwd, args, error, stderr));
        },
      );
    });
}

// quotepath=off: non-ASCII paths as they are, not octal escapes. The rest keep user and
// repository settings from changing our output or running programs (fsmonitor is a hook).
const GLOBAL_OPTIONS = [
  '--literal-pathspecs',
  '-c',
  'core.quotepath=off',
  '-c',
  'color.ui=never',
  '-c',
  'log.showSignature=false',
  '-c',
  'core.fsmonitor=false',
];

/**
 * The environment git runs in: never prompt (there is nobody to answer), messages in English
 * so they can be recognized, no optional index locks for read-only work. Variables that would
 * point git at another repository than `cwd` (as set inside a git hook) are dropped.
 */
function gitEnvironment(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR']) delete env[name];
  return env;
}

/** Maps a failed git run to an error a person can act on; git's stderr is summarized, not dumped. */
function classifyFailure(cwd: string, args: string[], error: unknown, stderr: string): Error {
  const summary = summarizeStderr(stderr);
  const cause = { cause: error };
  if (isSpawnFailure(error)) {
    return new UsageError('git is not installed or not on the PATH', {
      ...cause,
      fix: 'install git and make sure the `git` command is on the PATH',
    });
  }
  if (/not a git repository/i.test(stderr)) {
    return markNotRepository(
      new UsageError(`"${cwd}" is not inside a git repository`, {
        ...cause,
        fix: 'run this inside a git checkout of the project (or create one with `git init`)',
      }),
    );
  }
  if (/cannot change to/i.test(stderr)) {
    return markNotRepository(
      new UsageError(`directory "${cwd}" does not exist`, { ...cause, fix: 'pass an existing directory' }),
    );
  }
  if (/dubious ownership/i.test(stderr)) {
    return new PermissionError(`git refuses to read "${cwd}": the repository belongs to another user`, {
      ...cause,
      fix: `if you trust it, run: git config --global --add safe.directory ${cwd}`,
    });
  }
  if (/does not have any commits yet/i.test(stderr)) {
    return new InputError(`the git repository at "${cwd}" has no commits yet`, {
      ...cause,
      fix: 'commit something first',
    });
  }
  if (UNKNOWN_REVISION.test(stderr)) return new UnknownRevision(summary, cause);
  return new InternalError(`git ${args[0] ?? ''} failed in "${cwd}": ${summary}`, cause);
}

// The errors that answer isRepository() with "no" rather than failing it.
const notRepositoryErrors = new WeakSet<Error>();

function markNotRepository(error: UsageError): UsageError {
  notRepositoryErrors.add(error);
  return error;
}

function isSpawnFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

/** git's own complaint without the "fatal:" prefixes, one line, bounded in length. */
function summarizeStderr(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.replace(/^(fatal|error|warning):\s*/i, '').trim())
    .filter((line) => line !== '' && !line.startsWith('hint:'));
  const text = lines.join('; ') || 'no message';
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}

function shallowError(cwd: string, operation: string): ConfigurationError {
  return new ConfigurationError(
    `the git repository at "${cwd}" is a shallow clone; ${operation} needs its full history`,
    {
      fix: 'set `fetch-depth: 0` on actions/checkout (`with: { fetch-depth: 0 }`), or run `git fetch --unshallow`',
    },
  );
}

function unknownRevisionError(revisions: string[], error: UnknownRevision): InputError {
  const names = revisions.map((revision) => `"${revision}"`).join(' or ');
  return new InputError(`git does not know the revision ${names} (${error.message})`, {
    cause: error,
    fix: 'check the tag, branch or commit name (`git tag --list`, `git log --oneline`) and that it was fetched',
  });
}

async function isRepository(run: Runner): Promise<boolean> {
  try {
    await run(['rev-parse', '--git-dir']);
    return true;
  } catch (error) {
    if (error instanceof Error && notRepositoryErrors.has(error)) return false;
    throw error;
  }
}

async function readTopLevel(run: Runner): Promise<string | undefined> {
  try {
    return (await run(['rev-parse', '--show-toplevel'])).stdout.trim();
  } catch (error) {
    if (error instanceof Error && notRepositoryErrors.has(error)) return undefined;
    throw error;
  }
}

async function isShallow(run: Runner): Promise<boolean> {
  return (await run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
}

async function readHead(run: Runner, cwd: string): Promise<GitHead> {
  const commit = await run(['rev-parse', '--verify', '--quiet', 'HEAD'], [0, 1]);
  if (commit.exitCode !== 0) {
    throw new InputError(`the git repository at "${cwd}" has no commits yet`, {
      fix: 'commit something first',
    });
  }
  // symbolic-ref exits 1 on a detached HEAD, which is an answer, not a failure.
  const ref = await run(['symbolic-ref', '--quiet', 'HEAD'], [0, 1]);
  const head = { commit: commit.stdout.trim() };
  return ref.exitCode === 0 ? { ...head, ref: ref.stdout.trim() } : head;
}

async function readUncommittedPaths(run: Runner): Promise<string[]> {
  const { stdout } = await run(['status', '--porcelain=v1', '-z', '--untracked-files=all']);
  // Each record is "XY path"; a rename or copy is followed by its source path as a record of its own.
  const paths: string[] = [];
  const records = splitNul(stdout);
  for (let index = 0; index < records.length; index++) {
    const record = records[index] ?? '';
    paths.push(record.slice(3));
    if (/^[RC]|^.[RC]/.test(record)) paths.push(records[++index] ?? '');
  }
  return [...new Set(paths.filter((path) => path !== ''))].sort(compareText);
}

function splitNul(stdout: string): string[] {
  return stdout.split('\0').filter((entry) => entry !== '');
}

async function readCommitTime(run: Runner, rev: string): Promise<Date> {
  const { stdout } = await run(['log', '-1', '--format=%ct', '--end-of-options', rev, '--']);
  return secondsToDate(stdout.trim());
}

async function readHeadCommitTime(run: Runner): Promise<Date | undefined> {
  // An unborn HEAD is ignored: nothing printed, exit 0.
  const { stdout } = await run(['log', '-1', '--format=%ct', '--ignore-missing', 'HEAD', '--']);
  return stdout.trim() === '' ? undefined : secondsToDate(stdout.trim());
}

function secondsToDate(text: string): Date {
  if (!/^\d+$/.test(text)) throw new InternalError(`git printed "${text}" where a commit time was expected`);
  return new Date(Number(text) * 1000);
}

async function readTags(run: Runner): Promise<GitTag[]> {
  const format = '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)';
  const { stdout } = await run(['for-each-ref', format, 'refs/tags']);
  const tags = stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [name = '', object = '', peeled = ''] = line.split('\0');
      // An annotated tag points at a tag object; the commit is the peeled object.
      return { name, commit: peeled || object };
    });
  return tags.sort((a, b) => compareText(a.name, b.name));
}

async function readLog(run: Runner, options: string[], revisionsAndPaths: string[]): Promise<GitCommit[]> {
  const { stdout } = await run([
    'log',
    '-z',
    COMMIT_FORMAT,
    ...options,
    '--end-of-options',
    ...revisionsAndPaths,
  ]);
  return parseCommits(stdout);
}

/** Parses NUL-separated commit records; an empty subject is an empty field, not a missing one. */
function parseCommits(stdout: string): GitCommit[] {
  if (stdout === '') return [];
  const fields = (stdout.endsWith('\0') ? stdout.slice(0, -1) : stdout).split('\0');
  if (fields.length % COMMIT_FIELDS !== 0) {
    throw new InternalError(`git log printed ${fields.length} fields, not a multiple of ${COMMIT_FIELDS}`);
  }
  const commits: GitCommit[] = [];
  for (let index = 0; index < fields.length; index += COMMIT_FIELDS) {
    const [sha = '', subject = '', name = '', email = '', time = ''] = fields.slice(
      index,
      index + COMMIT_FIELDS,
    );
    commits.push({ sha, subject, author: { name, email }, date: secondsToDate(time) });
  }
  return commits;
}

async function readChangedFiles(run: Runner, from: string, to: string): Promise<string[]> {
  const args = ['diff', '--name-only', '-z', '--no-renames', '--end-of-options', from, to, '--'];
  const { stdout } = await run(args);
  const paths = stdout.split('\0').filter((path) => path !== '');
  return [...new Set(paths)].sort(compareText);
}

async function readRemoteUrl(run: Runner, name: string): Promise<string | undefined> {
  // Exit code 2 means "no such remote": an answer, not a failure.
  const result = await run(['remote', 'get-url', '--', name], [0, 2]);
  return result.exitCode === 0 ? redactCredentials(result.stdout.trim()) : undefined;
}

/**
 * Removes credentials from a remote URL: remote URLs end up in reports, tokens must not. HTTP(S)
 * user info goes entirely (a token is often the user name); elsewhere only a password goes,
 * because `ssh://git@host/...` needs its user. A query or fragment goes too
 * (`?access_token=…`): no remote needs one to name the repository.
 */
export function redactCredentials(url: string): string {
  const http = /^(https?:\/\/)[^/@]*@/i;
  const withoutUser = http.test(url)
    ? url.replace(http, '$1')
    : url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/:@]*):[^/@]*@/i, '$1@');
  // Only where a URL or git's scp-like form has them: in a local path, ? and # are letters.
  return isUrlLike(withoutUser) ? withoutUser.replace(/[?#].*$/s, '') : withoutUser;
}

function isUrlLike(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^(?:[^@/\s]+@)?[^@/:\s]{2,}:/.test(url);
}

// Schemes that name a place on the network; file:// and local paths name one machine's disk.
const NETWORK_SCHEMES = new Set(['http', 'https', 'ssh', 'git', 'git+ssh', 'ssh+git']);

/**
 * A remote URL fit for a report read elsewhere: without credentials (HTTP(S) user info
 * entirely, as in {@link redactCredentials}; elsewhere the password), query or fragment.
 * Undefined for a local path or a `file://` URL, which name nothing outside this machine and
 * would only disclose its layout.
 */
export function publicRemoteUrl(url: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (!NETWORK_SCHEMES.has(scheme)) return undefined;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return undefined;
    }
    if (parsed.hostname === '') return undefined;
    if (scheme === 'http' || scheme === 'https') parsed.username = '';
    parsed.password = '';
    parsed.search = '';
    parsed.hash = '';
    return parsed.href;
  }
  // git's scp-like form, [user@]host:path: a colon before any slash (and not a drive letter).
  return isUrlLike(url) ? redactCredentials(url) : undefined;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
