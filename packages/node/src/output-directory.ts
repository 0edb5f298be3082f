import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { canonicalJson, type ErrorHint, type FixWording, type Logger, UsageError } from '@evident/core';
import { type DirectoryFiles, writeDirectoryAtomic } from './atomic-write.js';
import { describeInTheWay, isMissing, toUserError } from './fs-errors.js';
import { createGit } from './git.js';

/**
 * The one rule for every command (and action) that replaces a directory with its output:
 * replacing deletes what was there, so it is allowed only where nothing of the user's is lost.
 *
 * - Never, whatever the flags: a directory that is or contains the repository, the working
 *   directory, the home directory or the file-system root, holds a git repository, or holds a
 *   file git tracks.
 * - Without force: only a new or empty directory, or the command's own earlier output, where
 *   every file is one the command wrote, unchanged.
 * - With force: also a directory of untracked files the user named; what is deleted is logged.
 */

/** The files found in an existing output directory, for an {@link OutputKind} to judge. */
export interface FoundFiles {
  /** Regular files, `/`-separated paths relative to the directory, sorted. */
  readonly paths: readonly string[];
  /** The bytes of one of them. */
  read(relative: string): Promise<Uint8Array>;
}

/** What a command writes, and how it recognises its own earlier output. */
export interface OutputKind {
  /** For messages: "Evident pack". */
  readonly name: string;
  /** A directory name the fix can suggest: "evident-pack". */
  readonly suggestedName: string;
  /** Of the files found, those this kind did not write as they are now (added or changed since). */
  notWrittenBy(found: FoundFiles): Promise<string[]>;
}

/** Why an output directory was refused. */
export type OutputRefusal = 'not-a-directory' | 'protected' | 'tracked' | 'foreign';

/**
 * What the user can do about a refusal, as data: the output parameter, a safe choice, whether
 * force would do; {@link OutputDirectoryError.fix} says it in the words of the face.
 */
export interface OutputHint extends ErrorHint {
  readonly parameter: 'output';
  /** A directory that would be accepted instead, as the user would type it. */
  readonly suggestion: string;
  /** True when the force option would allow the write (foreign files only). */
  readonly forceWouldAllow: boolean;
}

/** A refused output directory: exit 2, with what would be lost and a safe choice. */
export class OutputDirectoryError extends UsageError {
  readonly reason: OutputRefusal;
  /** Paths (relative to the output directory) that replacing it would delete; may be a sample. */
  readonly lost: readonly string[];
  override readonly hint: OutputHint;

  constructor(
    message: string,
    details: { reason: OutputRefusal; lost: readonly string[]; hint: OutputHint; fix: FixWording },
  ) {
    // The fix names the output and force parameters: each face words them (CLI flags, action inputs).
    super(message, { fix: details.fix, hint: details.hint });
    this.reason = details.reason;
    this.lost = details.lost;
    this.hint = details.hint;
  }
}

/** What {@link openOutputDirectory} checks and where. */
export interface OutputDirectoryRequest {
  /** Absolute path of the directory to replace. */
  readonly path: string;
  readonly kind: OutputKind;
  /** The user asked to replace foreign (untracked) files too. */
  readonly force: boolean;
  /** The working directory: never replaced, nor anything containing it; paths in messages are relative to it. */
  readonly cwd: string;
  /** The directory the command was told to work in (`-C`, `working-directory`), protected as cwd is. */
  readonly start?: string;
  /** The user's home directory, when known. */
  readonly home?: string;
  /** The root of the repository the command works on, when it is in one. */
  readonly repositoryRoot?: string;
  /** The command has a force parameter, so a fix may offer it; default true. */
  readonly forceOption?: boolean;
  /** Told what a forced replacement deletes. */
  readonly logger?: Logger;
  /** Environment for git; default `process.env`. */
  readonly env?: NodeJS.ProcessEnv;
}

/** A directory checked by {@link openOutputDirectory}, ready to be replaced. */
export interface OutputDirectory {
  readonly path: string;
  /** `path` with its existing part's links resolved, as git and `realpath` name it. */
  readonly realPath: string;
  /** Files of the user's that force allows to be deleted (empty without force). */
  readonly replacing: readonly string[];
  /** Replaces the directory atomically with exactly `files`. */
  write(files: DirectoryFiles): Promise<void>;
}

/**
 * Checks that the output directory may be replaced (see the rules above) before the command
 * does its work, and returns the handle that writes it. Throws {@link OutputDirectoryError}.
 */
export async function openOutputDirectory(request: OutputDirectoryRequest): Promise<OutputDirectory> {
  const target = request.path;
  const replacing = await checkReplaceable(request);
  if (replacing.length > 0) {
    request.logger?.warn(
      `${display(request, target)}: force was given, so replacing it deletes ${count(replacing.length, 'file')} not written by an earlier ${request.kind.name}: ${sample(replacing)}`,
    );
  }
  return {
    path: target,
    realPath: await realpathOfExisting(target),
    replacing,
    write: (files) => writeDirectoryAtomic(target, files),
  };
}

async function checkReplaceable(request: OutputDirectoryRequest): Promise<string[]> {
  const target = request.path;
  const info = await lstat(target).catch((error: unknown) => {
    if (isMissing(error)) return undefined;
    throw toUserError(error, 'inspect', target);
  });
  if (info === undefined) return [];
  if (!info.isDirectory()) {
    throw refusal(
      request,
      'not-a-directory',
      [],
      `${display(request, target)} is ${await describeInTheWay(target, info)}, not a directory`,
      info,
    );
  }
  const real = await realpath(target);
  await refuseProtectedPlace(request, real);
  await refuseTrackedFiles(request, real);
  const found = await listFiles(real);
  if (found.repositories.length > 0) {
    throw refusal(
      request,
      'protected',
      found.repositories,
      `${display(request, target)} holds a git repository (${sample(found.repositories)}): replacing it would delete that repository with its history`,
    );
  }
  const foreign = [
    ...found.others,
    ...(await request.kind.notWrittenBy({
      paths: found.files,
      read: (relative) => readFile(path.join(real, ...relative.split('/'))),
    })),
  ].sort(compareText);
  if (foreign.length === 0 || request.force) return foreign;
  throw refusal(
    request,
    'foreign',
    foreign,
    `${display(request, target)} holds ${count(foreign.length, 'file')} that ${foreign.length === 1 ? 'is' : 'are'} not an earlier ${request.kind.name}'s as written (added or changed since): ${sample(foreign)}; replacing the directory would delete ${foreign.length === 1 ? 'it' : 'them'}`,
  );
}

/** The places whose loss nobody asks for, with how to say it. */
async function refuseProtectedPlace(request: OutputDirectoryRequest, real: string): Promise<void> {
  const places: { path: string | undefined; what: string; loss: string }[] = [
    {
      path: request.repositoryRoot,
      what: 'the repository root',
      loss: 'the repository with its history (.git) and every file in it',
    },
    { path: request.cwd, what: 'the working directory', loss: 'the working directory and everything in it' },
    {
      path: request.start,
      what: 'the directory the command works in',
      loss: 'that directory and everything in it (evident.yml too)',
    },
    { path: request.home, what: 'your home directory', loss: 'your home directory and everything in it' },
    { path: path.parse(real).root, what: 'the file-system root', loss: 'every file on the machine' },
  ];
  for (const place of places) {
    if (place.path === undefined) continue;
    const protectedPath = await realpathOfExisting(place.path);
    if (!isInside(protectedPath, real)) continue;
    const shown = display(request, request.path);
    const where = protectedPath === real ? `is ${place.what}` : `contains ${place.what} (${protectedPath})`;
    const message = `${shown} ${where}: replacing it would delete ${place.loss}`;
    throw refusal(request, 'protected', [], message);
  }
}

/** Files git tracks are the user's work, recoverable or not: never deleted by an output. */
async function refuseTrackedFiles(request: OutputDirectoryRequest, real: string): Promise<void> {
  if (real.split(path.sep).includes('.git')) {
    throw refusal(
      request,
      'protected',
      [],
      `${display(request, request.path)} is inside a git directory: replacing it would damage the repository`,
    );
  }
  const git = createGit(real, request.env === undefined ? {} : { env: request.env });
  const top = await git.topLevel();
  if (top === undefined) return;
  if (top === real) {
    throw refusal(
      request,
      'protected',
      [],
      `${display(request, request.path)} is the root of the git repository ${top}: replacing it would delete the repository with its history (.git) and every file in it`,
    );
  }
  const tracked = await git.trackedFiles('.');
  if (tracked.length === 0) return;
  throw refusal(
    request,
    'tracked',
    tracked,
    `${display(request, request.path)} holds ${count(tracked.length, 'file')} tracked by git (${sample(tracked)}): replacing it would delete ${tracked.length === 1 ? 'it' : 'them'}, with any changes not committed`,
  );
}

function refusal(
  request: OutputDirectoryRequest,
  reason: OutputRefusal,
  lost: readonly string[],
  message: string,
  found?: Stats,
): OutputDirectoryError {
  const forceWouldAllow = reason === 'foreign' && request.forceOption !== false;
  const suggestion = suggestDirectory(request, reason, found);
  const fix: FixWording = (terms) => {
    const choose = `choose a new or empty directory for ${terms.name('output')}, e.g. ${suggestion}`;
    if (forceWouldAllow) {
      return `${choose}, or ${terms.instruct('force')} to delete ${lost.length === 1 ? 'that file' : 'those files'} and replace the directory`;
    }
    return reason === 'foreign' ? `${choose}, or move those files away first` : choose;
  };
  return new OutputDirectoryError(message, {
    reason,
    lost,
    hint: { parameter: 'output', suggestion, forceWouldAllow },
    fix,
  });
}

/**
 * A new directory inside the refused one (a new name is always safe), or beside a file or
 * link; beside a device (/dev/null) is no place for output, so the working directory then.
 */
function suggestDirectory(request: OutputDirectoryRequest, reason: OutputRefusal, found?: Stats): string {
  const special = found !== undefined && !found.isFile() && !found.isSymbolicLink();
  const base =
    reason !== 'not-a-directory' ? request.path : special ? request.cwd : path.dirname(request.path);
  const suggested = path.join(base, request.kind.suggestedName);
  const relative = path.relative(request.cwd, suggested);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? suggested : relative;
}

/** The path as the user sees it: relative to the working directory when below it. */
function display(request: OutputDirectoryRequest, target: string): string {
  const relative = path.relative(request.cwd, target);
  if (relative === '') return `. (${target})`;
  return relative.startsWith('..') || path.isAbsolute(relative) ? target : relative;
}

interface Listing {
  /** Regular files. */
  readonly files: string[];
  /** Symbolic links and special files: never an output of ours. */
  readonly others: string[];
  /** `.git` entries: a repository (or a submodule or worktree's link to one). */
  readonly repositories: string[];
}

/** Every entry below a directory, without following links. */
async function listFiles(root: string): Promise<Listing> {
  const listing: Listing = { files: [], others: [], repositories: [] };
  async function walk(directory: string, prefix: string): Promise<void> {
    for (const entry of await readdir(directory, { withFileTypes: true })) {
      const relative = `${prefix}${entry.name}`;
      if (entry.name === '.git') listing.repositories.push(relative);
      else if (entry.isDirectory()) await walk(path.join(directory, entry.name), `${relative}/`);
      else if (entry.isFile()) listing.files.push(relative);
      else listing.others.push(relative);
    }
  }
  await walk(root, '');
  listing.files.sort(compareText);
  return listing;
}

/** The real path of a path whose end may not exist yet (its existing part resolved). */
async function realpathOfExisting(target: string): Promise<string> {
  const absolute = path.resolve(target);
  try {
    return await realpath(absolute);
  } catch {
    const parent = path.dirname(absolute);
    if (parent === absolute) return absolute;
    return path.join(await realpathOfExisting(parent), path.basename(absolute));
  }
}

/** True when `inner` is `outer` or below it. */
function isInside(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The first few names of a list, and how many more. */
function sample(names: readonly string[], shown = 5): string {
  const head = names.slice(0, shown).join(', ');
  return names.length > shown ? `${head} and ${names.length - shown} more` : head;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * An output with a manifest (the compliance pack): an earlier one is recognised when the
 * manifest is byte for byte what Evident writes (`{formatVersion: 1, algorithm: "sha256",
 * files}` in canonical JSON, listing every `required` file) and every other file is listed
 * with its SHA-256 and size. A file anyone could write is not enough: a forged manifest
 * lists nothing it could make Evident delete.
 */
export function manifestOutput(options: {
  readonly name: string;
  readonly suggestedName: string;
  readonly manifest: string;
  readonly required: readonly string[];
}): OutputKind {
  return {
    name: options.name,
    suggestedName: options.suggestedName,
    notWrittenBy: async (found) => {
      const others = found.paths.filter((file) => file !== options.manifest);
      if (!found.paths.includes(options.manifest)) return others;
      const listed = parseManifest(new TextDecoder().decode(await found.read(options.manifest)));
      if (listed === undefined || options.required.some((file) => !listed.has(file))) return [...found.paths];
      const foreign: string[] = [];
      for (const file of others) {
        const entry = listed.get(file);
        if (entry === undefined || !matches(await found.read(file), entry)) foreign.push(file);
      }
      return foreign;
    },
  };
}

interface ManifestEntry {
  readonly sha256: string;
  readonly size: number;
}

/** The manifest's entries by path, or undefined unless it is exactly the manifest Evident writes. */
function parseManifest(text: string): Map<string, ManifestEntry> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || !hasExactKeys(value, ['algorithm', 'files', 'formatVersion'])) return undefined;
  if (value.formatVersion !== 1 || value.algorithm !== 'sha256' || !Array.isArray(value.files))
    return undefined;
  if (canonicalJson(value) !== text) return undefined;
  const entries = new Map<string, ManifestEntry>();
  for (const file of value.files as unknown[]) {
    if (!isRecord(file) || !hasExactKeys(file, ['path', 'sha256', 'size'])) return undefined;
    const { path: name, sha256, size } = file;
    if (typeof name !== 'string' || typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256))
      return undefined;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 0 || entries.has(name))
      return undefined;
    entries.set(name, { sha256, size });
  }
  return entries;
}

function matches(bytes: Uint8Array, entry: ManifestEntry): boolean {
  if (bytes.byteLength !== entry.size) return false;
  return createHash('sha256').update(bytes).digest('hex') === entry.sha256;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function hasExactKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).sort().join('\0') === keys.join('\0');
}

/**
 * An output of fixed file names with a marker file (the threat-model report): an earlier one
 * is recognised by the marker; any file outside the names is the user's.
 */
export function markedOutput(options: {
  readonly name: string;
  readonly suggestedName: string;
  readonly files: readonly string[];
  readonly marker: string;
  /** True when the marker's text is one the command wrote. */
  readonly isMarker: (text: string) => boolean;
}): OutputKind {
  const names = new Set(options.files);
  return {
    name: options.name,
    suggestedName: options.suggestedName,
    notWrittenBy: async (found) => {
      const marked =
        found.paths.includes(options.marker) &&
        options.isMarker(new TextDecoder().decode(await found.read(options.marker)));
      return marked ? found.paths.filter((file) => !names.has(file)) : [...found.paths];
    },
  };
}

/** An output of files named by a pattern at its top (SBOMs: `*.cdx.json`): anything else is the user's. */
export function patternOutput(options: {
  readonly name: string;
  readonly suggestedName: string;
  readonly pattern: RegExp;
}): OutputKind {
  return {
    name: options.name,
    suggestedName: options.suggestedName,
    notWrittenBy: async (found) =>
      found.paths.filter((file) => file.includes('/') || !options.pattern.test(file)),
  };
}
