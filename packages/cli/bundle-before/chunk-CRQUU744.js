import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  ConfigurationError,
  InputError,
  InternalError,
  PermissionError,
  UsageError,
  configFileName,
  formatLocation,
  isUserError,
  loadConfig
} from "./chunk-C5P4ZO5R.js";

// packages/node/src/atomic-write.ts
import { randomBytes } from "node:crypto";
import { lstat, mkdir, mkdtemp, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";

// packages/node/src/fs-errors.ts
function errorCode(error) {
  if (typeof error !== "object" || error === null || !("code" in error)) return void 0;
  return typeof error.code === "string" ? error.code : void 0;
}
function isMissing(error) {
  const code = errorCode(error);
  return code === "ENOENT" || code === "ENOTDIR";
}
function toUserError(error, action, path3) {
  const code = errorCode(error);
  const cause = { cause: error };
  switch (code) {
    case "EACCES":
    case "EPERM":
      return new PermissionError(`cannot ${action} "${path3}": permission denied`, {
        ...cause,
        fix: `grant the current user access to "${path3}" or choose another location`
      });
    case "EROFS":
      return new PermissionError(`cannot ${action} "${path3}": the file system is read-only`, {
        ...cause,
        fix: "choose a location on a writable file system"
      });
    case "ENOENT":
      return new InputError(`cannot ${action} "${path3}": not found`, { ...cause, fix: "check the path" });
    case "ENOTDIR":
      return new InputError(`cannot ${action} "${path3}": a parent of it is a file, not a directory`, {
        ...cause,
        fix: "remove or rename the file that is in the way, or choose another path"
      });
    case "EISDIR":
    case "EEXIST":
    case "ENOTEMPTY":
      return new InputError(`cannot ${action} "${path3}": a directory or file is in the way`, {
        ...cause,
        fix: "remove or rename what is in the way, or choose another path"
      });
    default:
      return error;
  }
}

// packages/node/src/atomic-write.ts
async function writeFileAtomic(absPath, data) {
  requireAbsolute(absPath);
  const temp = path.join(path.dirname(absPath), `.${path.basename(absPath)}.${uniqueSuffix()}.tmp`);
  try {
    await writeSynced(temp, data, await existingMode(absPath));
    await rename(temp, absPath);
  } catch (error) {
    await removeQuietly(temp);
    throw toUserError(error, "write", absPath);
  }
  await syncDirectory(path.dirname(absPath));
}
async function writeDirectoryAtomic(absDir, files) {
  requireAbsolute(absDir);
  const entries = normalizeEntries(files);
  await requireDirectoryOrNothing(absDir);
  const parent = path.dirname(absDir);
  await mkdir(parent, { recursive: true }).catch((error) => {
    throw toUserError(error, "create", parent);
  });
  const staging = await mkdtemp(path.join(parent, `.${path.basename(absDir)}.staging-`)).catch(
    (error) => {
      throw toUserError(error, "create a directory in", parent);
    }
  );
  try {
    for (const [relative, data] of entries) await writeStaged(staging, relative, data);
    await syncDirectory(staging);
    await swapInto(staging, absDir);
  } catch (error) {
    await removeQuietly(staging);
    throw toUserError(error, "write", absDir);
  }
}
function requireAbsolute(absolute) {
  if (!path.isAbsolute(absolute)) throw new InternalError(`expected an absolute path, got "${absolute}"`);
}
function normalizeEntries(files) {
  const entries = files instanceof Map ? [...files.entries()] : Object.entries(files);
  for (const [relative] of entries) requireSafeRelative(relative);
  requireNoFileAsDirectory(entries.map(([relative]) => relative));
  return entries.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
}
function requireSafeRelative(relative) {
  const segments = relative.split("/");
  const bad = relative === "" || relative.includes("\0") || relative.includes("\\") || path.posix.isAbsolute(relative) || path.win32.isAbsolute(relative) || segments.some((segment) => segment === "" || segment === "." || segment === "..");
  if (bad) throw new InternalError(`unsafe relative path "${relative}" in a directory write`);
}
function requireNoFileAsDirectory(paths) {
  const files = new Set(paths);
  for (const relative of paths) {
    const segments = relative.split("/");
    for (let end = 1; end < segments.length; end++) {
      const ancestor = segments.slice(0, end).join("/");
      if (files.has(ancestor)) {
        throw new InternalError(`"${ancestor}" is both a file and the directory of "${relative}"`);
      }
    }
  }
}
async function requireDirectoryOrNothing(absDir) {
  try {
    if ((await lstat(absDir)).isDirectory()) return;
  } catch (error) {
    if (isMissing(error)) return;
    throw toUserError(error, "inspect", absDir);
  }
  throw new InputError(`"${absDir}" exists and is not a directory`, {
    fix: "remove it or choose another output directory"
  });
}
async function writeStaged(staging, relative, data) {
  const target = path.join(staging, ...relative.split("/"));
  await mkdir(path.dirname(target), { recursive: true });
  await writeSynced(target, data, void 0);
}
async function swapInto(staging, absDir) {
  const backup = `${staging}.old`;
  const hadOld = await rename(absDir, backup).then(
    () => true,
    (error) => {
      if (errorCode(error) === "ENOENT") return false;
      throw error;
    }
  );
  try {
    await rename(staging, absDir);
  } catch (error) {
    if (hadOld) await rename(backup, absDir);
    throw error;
  }
  await syncDirectory(path.dirname(absDir));
  if (hadOld) await rm(backup, { recursive: true, force: true });
}
async function writeSynced(file, data, mode) {
  const handle = await open(file, "wx");
  try {
    if (mode !== void 0) await handle.chmod(mode);
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function existingMode(absPath) {
  try {
    return (await stat(absPath)).mode & 4095;
  } catch {
    return void 0;
  }
}
async function syncDirectory(directory) {
  try {
    const handle = await open(directory, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
  }
}
async function removeQuietly(target) {
  await rm(target, { recursive: true, force: true }).catch(() => void 0);
}
function uniqueSuffix() {
  return `${process.pid}.${randomBytes(6).toString("hex")}`;
}

// packages/node/src/clock.ts
var MAX_EPOCH_SECONDS = 864e10;
function createClock(options) {
  const env = options.env ?? process.env;
  const raw = env.SOURCE_DATE_EPOCH;
  const fromEnv = raw !== void 0 && raw !== "";
  const millis = fromEnv ? parseSourceDateEpoch(raw) * 1e3 : options.fallback.getTime();
  if (Number.isNaN(millis)) throw new InternalError("the fallback time of the clock is an invalid Date");
  return {
    source: fromEnv ? "SOURCE_DATE_EPOCH" : "fallback",
    // A new Date each call: Date is mutable, and one caller's setTime must not move the clock.
    now: () => new Date(millis)
  };
}
function parseSourceDateEpoch(raw) {
  const seconds = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(seconds <= MAX_EPOCH_SECONDS)) {
    throw new ConfigurationError(
      `SOURCE_DATE_EPOCH is "${raw}", which is not a whole number of seconds since 1970-01-01 UTC`,
      {
        fix: "set SOURCE_DATE_EPOCH to an integer such as the commit time (`git log -1 --format=%ct`), or unset it"
      }
    );
  }
  return seconds;
}

// packages/node/src/file-store.ts
import { constants } from "node:fs";
import { lstat as lstat2, mkdir as mkdir2, open as open2, readdir, readlink, realpath, stat as stat2 } from "node:fs/promises";
import path2 from "node:path";

// packages/node/src/utf8.ts
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function decodeUtf8(bytes, file) {
  try {
    return decoder.decode(bytes);
  } catch (error) {
    const offset = findInvalidUtf8(bytes);
    if (offset < 0) throw error;
    const { line, column } = locateOffset(bytes, offset);
    return throwInvalid(file, offset, line, column);
  }
}
function throwInvalid(file, offset, line, column) {
  throw new InputError(`invalid UTF-8 at byte offset ${offset}`, {
    location: { file, line, column },
    fix: "save the file as UTF-8"
  });
}
function findInvalidUtf8(bytes) {
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return -1;
}
function sequenceLength(bytes, index) {
  const lead = bytes[index] ?? 0;
  if (lead < 128) return 1;
  const shape = leadShape(lead);
  if (shape === void 0) return 0;
  for (let k = 1; k <= shape.continuation; k++) {
    const byte = bytes[index + k];
    const lower = k === 1 ? shape.lower : 128;
    const upper = k === 1 ? shape.upper : 191;
    if (byte === void 0 || byte < lower || byte > upper) return 0;
  }
  return shape.continuation + 1;
}
function leadShape(lead) {
  if (lead >= 194 && lead <= 223) return { continuation: 1, lower: 128, upper: 191 };
  if (lead === 224) return { continuation: 2, lower: 160, upper: 191 };
  if (lead === 237) return { continuation: 2, lower: 128, upper: 159 };
  if (lead >= 225 && lead <= 239) return { continuation: 2, lower: 128, upper: 191 };
  if (lead === 240) return { continuation: 3, lower: 144, upper: 191 };
  if (lead >= 241 && lead <= 243) return { continuation: 3, lower: 128, upper: 191 };
  if (lead === 244) return { continuation: 3, lower: 128, upper: 143 };
  return void 0;
}
function locateOffset(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  const hasBom = lineStart === 0 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  let column = 1;
  for (let index = hasBom ? 3 : lineStart; index < offset; index++) {
    if (((bytes[index] ?? 0) & 192) !== 128) column++;
  }
  return { line, column };
}

// packages/node/src/file-store.ts
var DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
var MAX_LINK_DEPTH = 40;
function createFileStore(root, options = {}) {
  const absoluteRoot = path2.resolve(root);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const inside = (relative) => resolveInside(absoluteRoot, relative);
  const readBytes = async (relative) => readLimited(await inside(relative), relative, maxBytes);
  return {
    root: absoluteRoot,
    exists: async (relative) => existsAt(await inside(relative)),
    readBytes,
    readText: async (relative) => decodeUtf8(await readBytes(relative), relative),
    list: (directory) => listFiles(absoluteRoot, directory),
    writeFile: async (relative, data) => writeInside(await inside(relative), relative, data)
  };
}
async function resolveInside(root, relative) {
  const realRoot = await realRootOf(root);
  const lexical = lexicalInside(realRoot, relative);
  const real = await realPathOf(lexical, relative, 0);
  if (!isWithin(realRoot, real)) {
    throw new InputError(
      `path "${relative}" is a symbolic link (or is below one) that leads outside the repository, to ${real}`,
      {
        fix: `use a path inside the repository ${realRoot}, or replace the link with the file itself`
      }
    );
  }
  return real;
}
async function realRootOf(root) {
  try {
    return await realpath(path2.resolve(root));
  } catch (error) {
    throw new InputError(`repository root "${root}" does not exist or cannot be read`, {
      cause: error,
      fix: "run Evident inside the repository, or pass an existing directory"
    });
  }
}
function lexicalInside(realRoot, relative) {
  const fix = `use a path inside the repository ${realRoot}`;
  if (relative.includes("\0")) throw new InputError(`path "${relative}" contains a NUL byte`, { fix });
  if (path2.isAbsolute(relative) || path2.win32.isAbsolute(relative)) {
    throw new InputError(`path "${relative}" is absolute; paths are relative to the repository root`, {
      fix
    });
  }
  const joined = path2.resolve(realRoot, relative);
  if (!isWithin(realRoot, joined)) {
    throw new InputError(`path "${relative}" leaves the repository through ".."`, { fix });
  }
  return joined;
}
function isWithin(root, candidate) {
  const relative = path2.relative(root, candidate);
  if (relative === "") return true;
  return relative !== ".." && !relative.startsWith(`..${path2.sep}`) && !path2.isAbsolute(relative);
}
async function realPathOf(absolute, shown, depth) {
  if (depth > MAX_LINK_DEPTH) throw loopError(shown);
  try {
    return await realpath(absolute);
  } catch (error) {
    if (errorCode(error) === "ELOOP") throw loopError(shown);
    if (!isMissing(error)) throw toUserError(error, "resolve", shown);
  }
  const parent = path2.dirname(absolute);
  if (parent === absolute) return absolute;
  const candidate = path2.join(await realPathOf(parent, shown, depth), path2.basename(absolute));
  const target = await readLinkOrUndefined(candidate);
  if (target === void 0) return candidate;
  return realPathOf(path2.resolve(path2.dirname(candidate), target), shown, depth + 1);
}
function loopError(shown) {
  return new InputError(`path "${shown}" goes through too many symbolic links`, {
    fix: "remove the symbolic link loop"
  });
}
async function readLinkOrUndefined(absolute) {
  try {
    return await readlink(absolute);
  } catch {
    return void 0;
  }
}
async function existsAt(absolute) {
  try {
    await stat2(absolute);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw toUserError(error, "check", absolute);
  }
}
async function readLimited(absolute, shown, maxBytes) {
  let handle;
  try {
    handle = await open2(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (info.isDirectory()) throw directoryError(shown);
    if (!info.isFile())
      throw new InputError(`"${shown}" is not a regular file`, { fix: "name a regular file" });
    if (info.size > maxBytes) throw tooLargeError(shown, info.size, maxBytes);
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes) throw tooLargeError(shown, bytes.length, maxBytes);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  } catch (error) {
    throw readError(error, shown);
  } finally {
    await handle?.close();
  }
}
function readError(error, shown) {
  if (errorCode(error) === "EISDIR") return directoryError(shown);
  if (isMissing(error)) {
    return new InputError(`"${shown}" not found`, {
      cause: error,
      fix: "check the path; it is relative to the repository root"
    });
  }
  return toUserError(error, "read", shown);
}
function directoryError(shown) {
  return new InputError(`"${shown}" is a directory, not a file`, { fix: "name a file" });
}
function tooLargeError(shown, size, maxBytes) {
  return new InputError(`"${shown}" is ${size} bytes, more than the limit of ${maxBytes} bytes`, {
    location: { file: shown },
    fix: "check that this is the intended file; Evident does not read files this large"
  });
}
async function writeInside(absolute, shown, data) {
  try {
    await mkdir2(path2.dirname(absolute), { recursive: true });
  } catch (error) {
    throw toUserError(error, "create the directory of", shown);
  }
  await writeFileAtomic(absolute, data);
}
async function listFiles(root, directory) {
  const realRoot = await realRootOf(root);
  const start = await resolveInside(realRoot, directory);
  const info = await stat2(start).catch((error) => {
    throw readError(error, directory);
  });
  if (!info.isDirectory())
    throw new InputError(`"${directory}" is not a directory`, { fix: "name a directory" });
  const found = [];
  await walk(realRoot, start, found);
  return found.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
async function walk(realRoot, directory, found) {
  const entries = await readdir(directory, { withFileTypes: true });
  for (const entry of entries) {
    const absolute = path2.join(directory, entry.name);
    if (entry.isDirectory()) await walk(realRoot, absolute, found);
    else if (await isListedFile(realRoot, entry, absolute))
      found.push(toPosix(path2.relative(realRoot, absolute)));
  }
}
async function isListedFile(realRoot, entry, absolute) {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    const target = await realpath(absolute);
    return isWithin(realRoot, target) && (await lstat2(target)).isFile();
  } catch {
    return false;
  }
}
function toPosix(relative) {
  return path2.sep === "/" ? relative : relative.split(path2.sep).join("/");
}

// packages/node/src/console-logger.ts
var ansi = {
  bold: ["\x1B[1m", "\x1B[22m"],
  dim: ["\x1B[2m", "\x1B[22m"],
  red: ["\x1B[31m", "\x1B[39m"],
  yellow: ["\x1B[33m", "\x1B[39m"]
};
var CLEAR_LINE = "\r\x1B[K";
var liveLines = /* @__PURE__ */ new WeakMap();
function isColorEnabled(options = {}) {
  const stream = options.stream ?? process.stderr;
  const env = options.env ?? process.env;
  const isTTY = options.isTTY ?? stream.isTTY === true;
  return isTTY && !env.NO_COLOR;
}
function createConsoleLogger(options = {}) {
  const stream = options.stream ?? process.stderr;
  const color = isColorEnabled(options);
  const paint = (style, text) => color ? `${ansi[style][0]}${text}${ansi[style][1]}` : text;
  const write = (text) => writeAboveProgress(stream, `${text}
`);
  const located = (label, message, location) => `${location ? `${paint("bold", formatLocation(location))}: ` : ""}${label} ${message}`;
  return {
    debug: (message) => {
      if (options.verbose) write(paint("dim", `debug: ${message}`));
    },
    info: (message) => {
      if (!options.quiet) write(message);
    },
    warn: (message, location) => write(located(paint("yellow", "warning:"), message, location)),
    error: (message, location) => write(located(paint("red", "error:"), message, location))
  };
}
function writeAboveProgress(stream, text) {
  const live = liveLines.get(stream);
  stream.write(live ? `${CLEAR_LINE}${text}${live.text}` : text);
}

// packages/node/src/git.ts
import { execFile } from "node:child_process";
var COMMIT_FORMAT = "--format=%H%x00%s%x00%an%x00%ae%x00%ct";
var COMMIT_FIELDS = 5;
var MAX_BUFFER = 256 * 1024 * 1024;
var UNKNOWN_REVISION = /bad revision|bad object|unknown revision|Invalid revision range|Needed a single revision|invalid object name/i;
function createGit(cwd, options = {}) {
  const run = createRunner(cwd, options);
  const requireFullHistory = async (operation) => {
    if (await isShallow(run)) throw shallowError(cwd, operation);
  };
  const withRevisions = async (operation, revisions, work) => {
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
    root: async () => (await run(["rev-parse", "--show-toplevel"])).stdout.trim(),
    head: () => readHead(run, cwd),
    hasCommits: async () => (await run(["rev-parse", "--verify", "--quiet", "HEAD"], [0, 1])).exitCode === 0,
    isDirty: async () => (await run(["status", "--porcelain", "--untracked-files=no"])).stdout !== "",
    commitTime: (rev = "HEAD") => withRevisions("reading the commit time", [rev], () => readCommitTime(run, rev)),
    tags: () => readTags(run),
    commitsBetween: async (from, to = "HEAD") => {
      await requireFullHistory("listing the commits between two revisions");
      const range = from === void 0 ? to : `${from}..${to}`;
      const revisions = from === void 0 ? [to] : [from, to];
      return withRevisions("listing commits", revisions, () => readLog(run, [], [range, "--"]));
    },
    changedFiles: (from, to = "HEAD") => withRevisions("comparing two revisions", [from, to], () => readChangedFiles(run, from, to)),
    fileHistory: async (path3) => {
      const operation = `reading the history of "${path3}"`;
      await requireFullHistory(operation);
      return withRevisions(operation, ["HEAD"], () => readLog(run, ["--follow"], ["HEAD", "--", path3]));
    },
    remoteUrl: (name = "origin") => readRemoteUrl(run, name),
    isShallow: () => isShallow(run)
  };
}
var UnknownRevision = class extends Error {
};
function createRunner(cwd, options) {
  const env = gitEnvironment(options.env ?? process.env);
  const executable = options.executable ?? "git";
  return (args, okExitCodes = [0]) => new Promise((resolve2, reject) => {
    const fullArgs = ["-C", cwd, ...GLOBAL_OPTIONS, ...args];
    execFile(
      executable,
      fullArgs,
      { env, maxBuffer: MAX_BUFFER, encoding: "utf8" },
      (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : error.code;
        if (typeof exitCode === "number" && okExitCodes.includes(exitCode)) resolve2({ stdout, exitCode });
        else reject(classifyFailure(cwd, args, error, stderr));
      }
    );
  });
}
var GLOBAL_OPTIONS = [
  "--literal-pathspecs",
  "-c",
  "core.quotepath=off",
  "-c",
  "color.ui=never",
  "-c",
  "log.showSignature=false",
  "-c",
  "core.fsmonitor=false"
];
function gitEnvironment(base) {
  const env = { ...base, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", GIT_OPTIONAL_LOCKS: "0" };
  for (const name of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR"]) delete env[name];
  return env;
}
function classifyFailure(cwd, args, error, stderr) {
  const summary = summarizeStderr(stderr);
  const cause = { cause: error };
  if (isSpawnFailure(error)) {
    return new UsageError("git is not installed or not on the PATH", {
      ...cause,
      fix: "install git and make sure the `git` command is on the PATH"
    });
  }
  if (/not a git repository/i.test(stderr)) {
    return markNotRepository(
      new UsageError(`"${cwd}" is not inside a git repository`, {
        ...cause,
        fix: "run this inside a git checkout of the project (or create one with `git init`)"
      })
    );
  }
  if (/cannot change to/i.test(stderr)) {
    return markNotRepository(
      new UsageError(`directory "${cwd}" does not exist`, { ...cause, fix: "pass an existing directory" })
    );
  }
  if (/dubious ownership/i.test(stderr)) {
    return new PermissionError(`git refuses to read "${cwd}": the repository belongs to another user`, {
      ...cause,
      fix: `if you trust it, run: git config --global --add safe.directory ${cwd}`
    });
  }
  if (/does not have any commits yet/i.test(stderr)) {
    return new InputError(`the git repository at "${cwd}" has no commits yet`, {
      ...cause,
      fix: "commit something first"
    });
  }
  if (UNKNOWN_REVISION.test(stderr)) return new UnknownRevision(summary, cause);
  return new InternalError(`git ${args[0] ?? ""} failed in "${cwd}": ${summary}`, cause);
}
var notRepositoryErrors = /* @__PURE__ */ new WeakSet();
function markNotRepository(error) {
  notRepositoryErrors.add(error);
  return error;
}
function isSpawnFailure(error) {
  return typeof error === "object" && error !== null && "code" in error && error.code === "ENOENT";
}
function summarizeStderr(stderr) {
  const lines = stderr.split("\n").map((line) => line.replace(/^(fatal|error|warning):\s*/i, "").trim()).filter((line) => line !== "" && !line.startsWith("hint:"));
  const text = lines.join("; ") || "no message";
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
function shallowError(cwd, operation) {
  return new ConfigurationError(
    `the git repository at "${cwd}" is a shallow clone; ${operation} needs its full history`,
    {
      fix: "set `fetch-depth: 0` on actions/checkout (`with: { fetch-depth: 0 }`), or run `git fetch --unshallow`"
    }
  );
}
function unknownRevisionError(revisions, error) {
  const names = revisions.map((revision) => `"${revision}"`).join(" or ");
  return new InputError(`git does not know the revision ${names} (${error.message})`, {
    cause: error,
    fix: "check the tag, branch or commit name (`git tag --list`, `git log --oneline`) and that it was fetched"
  });
}
async function isRepository(run) {
  try {
    await run(["rev-parse", "--git-dir"]);
    return true;
  } catch (error) {
    if (error instanceof Error && notRepositoryErrors.has(error)) return false;
    throw error;
  }
}
async function isShallow(run) {
  return (await run(["rev-parse", "--is-shallow-repository"])).stdout.trim() === "true";
}
async function readHead(run, cwd) {
  const commit = await run(["rev-parse", "--verify", "--quiet", "HEAD"], [0, 1]);
  if (commit.exitCode !== 0) {
    throw new InputError(`the git repository at "${cwd}" has no commits yet`, {
      fix: "commit something first"
    });
  }
  const ref = await run(["symbolic-ref", "--quiet", "HEAD"], [0, 1]);
  const head = { commit: commit.stdout.trim() };
  return ref.exitCode === 0 ? { ...head, ref: ref.stdout.trim() } : head;
}
async function readCommitTime(run, rev) {
  const { stdout } = await run(["log", "-1", "--format=%ct", "--end-of-options", rev, "--"]);
  return secondsToDate(stdout.trim());
}
function secondsToDate(text) {
  if (!/^\d+$/.test(text)) throw new InternalError(`git printed "${text}" where a commit time was expected`);
  return new Date(Number(text) * 1e3);
}
async function readTags(run) {
  const format = "--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)";
  const { stdout } = await run(["for-each-ref", format, "refs/tags"]);
  const tags = stdout.split("\n").filter((line) => line !== "").map((line) => {
    const [name = "", object = "", peeled = ""] = line.split("\0");
    return { name, commit: peeled || object };
  });
  return tags.sort((a, b) => compareText(a.name, b.name));
}
async function readLog(run, options, revisionsAndPaths) {
  const { stdout } = await run([
    "log",
    "-z",
    COMMIT_FORMAT,
    ...options,
    "--end-of-options",
    ...revisionsAndPaths
  ]);
  return parseCommits(stdout);
}
function parseCommits(stdout) {
  if (stdout === "") return [];
  const fields = (stdout.endsWith("\0") ? stdout.slice(0, -1) : stdout).split("\0");
  if (fields.length % COMMIT_FIELDS !== 0) {
    throw new InternalError(`git log printed ${fields.length} fields, not a multiple of ${COMMIT_FIELDS}`);
  }
  const commits = [];
  for (let index = 0; index < fields.length; index += COMMIT_FIELDS) {
    const [sha = "", subject = "", name = "", email = "", time = ""] = fields.slice(
      index,
      index + COMMIT_FIELDS
    );
    commits.push({ sha, subject, author: { name, email }, date: secondsToDate(time) });
  }
  return commits;
}
async function readChangedFiles(run, from, to) {
  const args = ["diff", "--name-only", "-z", "--no-renames", "--end-of-options", from, to, "--"];
  const { stdout } = await run(args);
  const paths = stdout.split("\0").filter((path3) => path3 !== "");
  return [...new Set(paths)].sort(compareText);
}
async function readRemoteUrl(run, name) {
  const result = await run(["remote", "get-url", "--", name], [0, 2]);
  return result.exitCode === 0 ? redactCredentials(result.stdout.trim()) : void 0;
}
function redactCredentials(url) {
  const http = /^(https?:\/\/)[^/@]*@/i;
  if (http.test(url)) return url.replace(http, "$1");
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/:@]*):[^/@]*@/i, "$1@");
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// packages/cli/src/workspace.ts
import { stat as stat3 } from "node:fs/promises";
import { resolve } from "node:path";
async function openWorkspace(options, io, logger) {
  const start = resolve(io.cwd, options.cwd ?? ".");
  const info = await stat3(start).catch(() => void 0);
  if (!info?.isDirectory()) {
    throw new UsageError(`${start} is not a directory`, { fix: "pass an existing directory to -C/--cwd" });
  }
  const git = createGit(start, { env: { ...io.env } });
  const inRepository = await git.isRepository();
  const root = inRepository ? await git.root() : start;
  return {
    root,
    store: createFileStore(root),
    git: inRepository ? git : void 0,
    logger: logger ?? createConsoleLogger(consoleOptions(options, io))
  };
}
function consoleOptions(options, io) {
  return { stream: io.stderr, quiet: options.quiet === true, verbose: options.verbose === true, env: io.env };
}
async function loadWorkspaceConfig(workspace) {
  if (!await workspace.store.exists(configFileName)) {
    throw new ConfigurationError(`no ${configFileName} in ${workspace.root}`, {
      fix: "run `evident init` to create one, or pass -C with the repository directory"
    });
  }
  const config = loadConfig(await workspace.store.readText(configFileName), configFileName);
  const paths = /* @__PURE__ */ new Set([
    ...config.locations.keys(),
    ...config.products.flatMap((product) => Object.values(product.paths))
  ]);
  for (const path3 of paths) {
    try {
      await workspace.store.exists(path3);
    } catch (error) {
      if (!isUserError(error)) throw error;
      throw new ConfigurationError(`${path3}: ${error.message}`, {
        location: config.locations.get(path3) ?? { file: configFileName },
        fix: "point the setting at a path inside the repository, or replace the symlink with the real files",
        cause: error
      });
    }
  }
  return config;
}
async function resolveVersions(products, workspace) {
  const versions = {};
  for (const product of products) {
    const version = await resolveVersion(product, workspace);
    if (version === void 0) workspace.logger.warn(`no version found for product ${product.id}`);
    else versions[product.id] = version;
  }
  return versions;
}
async function resolveVersion(product, { store, git }) {
  const source = product.version;
  switch (source.from) {
    case "fixed":
      return source.value;
    case "file":
      if (!await store.exists(source.path)) return void 0;
      return (await store.readText(source.path)).split("\n", 1)[0]?.trim() || void 0;
    case "package-json": {
      if (!await store.exists(source.path)) return void 0;
      const manifest = parseJson(await store.readText(source.path), source.path);
      return typeof manifest.version === "string" ? manifest.version : void 0;
    }
    case "git-tag": {
      if (!git) return void 0;
      const pattern = globToRegExp(source.pattern);
      const names = (await git.tags()).map((tag) => tag.name).filter((name) => pattern.test(name));
      return names.sort(versionOrder.compare).at(-1);
    }
  }
}
function parseJson(text, file) {
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === "object" ? value : {};
  } catch (error) {
    throw new ConfigurationError(`${file} is not valid JSON: ${error.message}`, {
      location: { file },
      fix: "repair the JSON, or set the product version source in evident.yml"
    });
  }
}
var versionOrder = new Intl.Collator("en", { numeric: true });
function globToRegExp(glob) {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*").replaceAll("?", ".");
  return new RegExp(`^${escaped}$`);
}

export {
  writeFileAtomic,
  writeDirectoryAtomic,
  createClock,
  createFileStore,
  openWorkspace,
  loadWorkspaceConfig,
  resolveVersions
};
