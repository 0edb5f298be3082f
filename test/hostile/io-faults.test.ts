import { execFile, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkflowCommand } from '../action-harness/index.js';
import { type CliRun, cliPath, isolatedEnv, repositoryRoot, snapshotTree } from '../support/cli.js';
import {
  mountRefusal,
  mountSmallFileSystem,
  prlimitRefusal,
  type SmallFileSystem,
} from '../support/small-fs.js';
import { useTempDirs } from '../support/temp-dir.js';
import { type Plant, plantRepository } from './rows.js';

// Ordinary I/O faults where the outputs go: a full disk, a file-size limit, a read-only file
// system, an -o that is a file, a link, a device or a name too long. Each ends with exit 2,
// the file, the reason in words and a fix, and leaves nothing behind (a set of files lands
// whole or not at all). The rows follow rows.ts's, with the reason and the place added.

/** Where a row's repository lives and what is wrong with it. */
type Place =
  | { readonly disk: 'full' }
  /** Room for this many bytes (whole 4 KiB pages) and no more. */
  | { readonly disk: 'room'; readonly bytes: number }
  | { readonly disk: 'read-only' };

interface FaultRow {
  readonly plant: Plant;
  readonly args: readonly string[];
  /** The file the message names, as shown. */
  readonly names: string;
  /** The reason, in the message's words. */
  readonly reason: string;
  /** The repository on a small tmpfs (needs mount). */
  readonly place?: Place;
  /** RLIMIT_FSIZE of the process, in bytes (prlimit --fsize). */
  readonly fileSizeLimit?: number;
  /** Character devices like /dev/null planted in the repository (needs mknod, so root). */
  readonly devices?: readonly string[];
}

const example = path.join(repositoryRoot, 'examples/plc-firmware');
const golden = path.join(repositoryRoot, 'test/fixtures/advisory/golden');
const workspaces = path.join(repositoryRoot, 'test/fixtures/sbom/v3-workspaces');

/** Every file below `directory`, as plant files under `prefix`. */
function filesOf(directory: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    files[`${prefix}${path.relative(directory, absolute)}`] = readFileSync(absolute, 'utf8');
  }
  return files;
}

const lockfile = JSON.stringify({
  name: 'firmware-tools',
  version: '1.0.0',
  lockfileVersion: 3,
  packages: {
    '': { name: 'firmware-tools', version: '1.0.0', dependencies: { lodash: '4.17.21' } },
    'node_modules/lodash': { version: '4.17.21', license: 'MIT' },
  },
});

/** The PLC firmware example (evident.yml and two advisories), its two CSAF documents, a lockfile. */
const firmware: Plant = {
  files: {
    ...filesOf(example),
    'csaf/exa-sa-2026-001.json': readFileSync(path.join(golden, 'exa-sa-2026-001.json'), 'utf8'),
    'csaf/exa-vex-2026-002.json': readFileSync(path.join(golden, 'exa-vex-2026-002.json'), 'utf8'),
    'package-lock.json': lockfile,
    'threat-model.yml': readFileSync(
      path.join(repositoryRoot, 'examples/plc-system/threat-model.yml'),
      'utf8',
    ),
  },
};
const twoWorkspaces: Plant = { files: filesOf(workspaces) };
const withFile: Plant = { files: { ...firmware.files, 'taken.json': 'the user’s\n' } };
const withDanglingLink: Plant = { ...firmware, links: { 'dangling-out': 'nowhere/at/all' } };
const longName = 'n'.repeat(300);

const build = ['advisory', 'build', 'advisories/exa-sa-2026-001.yml', 'advisories/exa-vex-2026-002.yml'];
const render = ['advisory', 'render', 'csaf/exa-sa-2026-001.json', 'csaf/exa-vex-2026-002.json'];
const revise = ['advisory', 'revise', 'advisories/exa-sa-2026-001.yml', '--summary', 'Clarified.'];
const report = ['threat-model', 'report', 'threat-model.yml'];

const full: Place = { disk: 'full' };
const readOnly: Place = { disk: 'read-only' };
const diskFull = 'the disk is full';
const tooLarge = 'the file is larger than the file-size limit';
const readOnlyFs = 'read-only file system';
const nameTooLong = 'longer than the file system allows (255 bytes)';

const rows: Record<string, FaultRow> = {
  'pack on a full disk': {
    plant: firmware,
    args: ['pack', '-o', 'pack'],
    names: 'repo/pack',
    reason: diskFull,
    place: full,
  },
  'sbom -o FILE on a full disk': {
    plant: firmware,
    args: ['sbom', '-o', 'sbom.cdx.json'],
    names: 'sbom.cdx.json',
    reason: diskFull,
    place: full,
  },
  'sbom -o DIR on a full disk': {
    plant: twoWorkspaces,
    args: ['sbom', '-o', 'sboms'],
    names: 'repo/sboms',
    reason: diskFull,
    place: full,
  },
  'threat-model report on a full disk': {
    plant: firmware,
    args: [...report, '-o', 'report'],
    names: 'repo/report',
    reason: diskFull,
    place: full,
  },
  'advisory build on a full disk': {
    plant: firmware,
    args: [...build, '-o', 'out'],
    names: 'out/exa-sa-2026-001.json',
    reason: diskFull,
    place: full,
  },
  'advisory build of two advisories on a disk with room for one': {
    plant: firmware,
    args: [...build, '-o', 'out'],
    names: 'out/exa-vex-2026-002.json',
    reason: diskFull,
    // exa-sa-2026-001.json takes 3 pages of 4 KiB, exa-vex-2026-002.json 2.
    place: { disk: 'room', bytes: 3 * 4096 },
  },
  'advisory render on a full disk': {
    plant: firmware,
    args: [...render, '-o', 'html'],
    names: 'html/exa-sa-2026-001.html',
    reason: diskFull,
    place: full,
  },
  'advisory render of two documents on a disk with room for one': {
    plant: firmware,
    args: [...render, '-o', 'html'],
    names: 'html/exa-vex-2026-002.html',
    reason: diskFull,
    // The first document's HTML and Markdown take 5 + 2 pages, the second's HTML 3.
    place: { disk: 'room', bytes: 7 * 4096 },
  },
  'advisory revise on a full disk': {
    plant: firmware,
    args: revise,
    names: 'advisories/exa-sa-2026-001.yml',
    reason: diskFull,
    place: full,
  },
  'pack over the file-size limit': {
    plant: firmware,
    args: ['pack', '-o', 'pack'],
    names: 'repo/pack',
    reason: tooLarge,
    fileSizeLimit: 1024,
  },
  'sbom -o FILE over the file-size limit': {
    plant: firmware,
    args: ['sbom', '-o', 'sbom.cdx.json'],
    names: 'sbom.cdx.json',
    reason: tooLarge,
    fileSizeLimit: 1024,
  },
  'sbom -o DIR over the file-size limit': {
    plant: twoWorkspaces,
    args: ['sbom', '-o', 'sboms'],
    names: 'repo/sboms',
    reason: tooLarge,
    fileSizeLimit: 1024,
  },
  'threat-model report over the file-size limit': {
    plant: firmware,
    args: [...report, '-o', 'report'],
    names: 'repo/report',
    reason: tooLarge,
    fileSizeLimit: 1024,
  },
  'advisory build over the file-size limit, with room for the smaller one': {
    plant: firmware,
    args: [...build, '-o', 'out'],
    names: 'out/exa-sa-2026-001.json',
    reason: tooLarge,
    fileSizeLimit: 8192,
  },
  'advisory render over the file-size limit, with room for the smaller files': {
    plant: firmware,
    args: [...render, '-o', 'html'],
    names: 'html/exa-sa-2026-001.html',
    reason: tooLarge,
    fileSizeLimit: 8192,
  },
  'advisory revise over the file-size limit': {
    plant: firmware,
    args: revise,
    names: 'advisories/exa-sa-2026-001.yml',
    reason: tooLarge,
    fileSizeLimit: 1024,
  },
  'pack -o a new directory on a read-only file system': {
    plant: firmware,
    args: ['pack', '-o', 'new/pack'],
    names: 'repo/new',
    reason: readOnlyFs,
    place: readOnly,
  },
  'sbom -o a new FILE on a read-only file system': {
    plant: firmware,
    args: ['sbom', '-o', 'new/sbom.cdx.json'],
    names: 'repo/new',
    reason: readOnlyFs,
    place: readOnly,
  },
  'sbom -o a new DIR on a read-only file system': {
    plant: twoWorkspaces,
    args: ['sbom', '-o', 'new/sboms'],
    names: 'repo/new',
    reason: readOnlyFs,
    place: readOnly,
  },
  'threat-model report -o a new directory on a read-only file system': {
    plant: firmware,
    args: [...report, '-o', 'new/report'],
    names: 'repo/new',
    reason: readOnlyFs,
    place: readOnly,
  },
  'advisory build on a read-only file system': {
    plant: firmware,
    args: [...build, '-o', 'out'],
    names: 'repo/out',
    reason: readOnlyFs,
    place: readOnly,
  },
  'advisory render on a read-only file system': {
    plant: firmware,
    args: [...render, '-o', 'html'],
    names: 'repo/html',
    reason: readOnlyFs,
    place: readOnly,
  },
  'advisory build -o an existing file': {
    plant: withFile,
    args: [...build, '-o', 'taken.json'],
    names: 'taken.json',
    reason: 'is a regular file, not a directory',
  },
  'advisory render -o an existing file': {
    plant: withFile,
    args: [...render, '-o', 'taken.json'],
    names: 'taken.json',
    reason: 'is a regular file, not a directory',
  },
  'sbom -o FILE below a regular file': {
    plant: withFile,
    args: ['sbom', '-o', 'taken.json/sbom.cdx.json'],
    names: 'taken.json',
    reason: 'is a regular file, not a directory',
  },
  'advisory build -o below a regular file': {
    plant: withFile,
    args: [...build, '-o', 'taken.json/out'],
    names: 'taken.json',
    reason: 'is a regular file, not a directory',
  },
  'advisory render -o below a regular file': {
    plant: withFile,
    args: [...render, '-o', 'taken.json/out'],
    names: 'taken.json',
    reason: 'is a regular file, not a directory',
  },
  'sbom -o FILE a dangling symlink': {
    plant: withDanglingLink,
    args: ['sbom', '-o', 'dangling-out'],
    names: 'dangling-out',
    reason: 'a symbolic link to "nowhere/at/all", which does not exist',
  },
  'advisory build -o a dangling symlink': {
    plant: withDanglingLink,
    args: [...build, '-o', 'dangling-out'],
    names: 'dangling-out',
    reason: 'a symbolic link to "nowhere/at/all", which does not exist',
  },
  'advisory render -o a dangling symlink': {
    plant: withDanglingLink,
    args: [...render, '-o', 'dangling-out'],
    names: 'dangling-out',
    reason: 'a symbolic link to "nowhere/at/all", which does not exist',
  },
  // Not /dev/null itself: before the fix, root's sbom replaced /dev/null with a regular file.
  'sbom -o FILE a device like /dev/null': {
    plant: firmware,
    args: ['sbom', '-o', 'null'],
    names: 'null',
    reason: 'a device, not a regular file',
    devices: ['null'],
  },
  'advisory build -o /dev/null': {
    plant: firmware,
    args: [...build, '-o', '/dev/null'],
    names: '/dev/null',
    reason: 'a device, not a directory',
  },
  'advisory render -o /dev/null': {
    plant: firmware,
    args: [...render, '-o', '/dev/null'],
    names: '/dev/null',
    reason: 'a device, not a directory',
  },
  'pack -o a 300-character name': {
    plant: firmware,
    args: ['pack', '-o', longName],
    names: longName,
    reason: nameTooLong,
  },
  'sbom -o FILE a 300-character name': {
    plant: firmware,
    args: ['sbom', '-o', longName],
    names: longName,
    reason: nameTooLong,
  },
  'sbom -o DIR a 300-character directory name': {
    plant: twoWorkspaces,
    args: ['sbom', '-o', `${longName}/sboms`],
    names: longName,
    reason: nameTooLong,
  },
  'threat-model report -o a 300-character name': {
    plant: firmware,
    args: [...report, '-o', longName],
    names: longName,
    reason: nameTooLong,
  },
  'advisory build -o a 300-character directory name': {
    plant: firmware,
    args: [...build, '-o', `${longName}/out`],
    names: longName,
    reason: nameTooLong,
  },
  'advisory render -o a 300-character name': {
    plant: firmware,
    args: [...render, '-o', longName],
    names: longName,
    reason: nameTooLong,
  },
};

const isRoot = process.getuid?.() === 0;
const needsMount = (row: FaultRow) => row.place !== undefined;
for (const [name, row] of Object.entries(rows)) {
  const refusal =
    needsMount(row) && mountRefusal !== undefined
      ? mountRefusal
      : row.fileSizeLimit !== undefined && prlimitRefusal !== undefined
        ? prlimitRefusal
        : row.devices !== undefined && !isRoot
          ? 'planting a device node (mknod) needs root'
          : undefined;
  if (refusal !== undefined) console.log(`skipped "${name}": ${refusal}`);
}

const makeTempDir = useTempDirs();

describe('I/O faults where the outputs go: exit 2, the file, the reason and a fix, nothing half-written', () => {
  it.each(Object.keys(rows))('%s', async (name) => {
    const row = rows[name];
    if (!row) throw new Error(name);
    if (needsMount(row) && mountRefusal !== undefined) return;
    if (row.fileSizeLimit !== undefined && prlimitRefusal !== undefined) return;
    if (row.devices !== undefined && !isRoot) return;
    const disk = row.place === undefined ? undefined : mountSmallFileSystem('4m');
    try {
      const root = disk?.path ?? (await makeTempDir());
      const repo = await plantRepository(await ensureDirectory(path.join(root, 'repo')), row.plant);
      for (const device of row.devices ?? []) execFileSync('mknod', [path.join(repo, device), 'c', '1', '3']);
      await prepare(disk, row.place);
      const before = await snapshotTree(root);
      const run = await runLimited(row.args, repo, row.fileSizeLimit);
      const output = `${run.stdout}${run.stderr}`;
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain(row.names);
      expect(run.stderr).toContain(row.reason);
      expect(run.stderr).toMatch(/\n +fix: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      for (const line of output.split(/\r\n|\r|\n/)) expect(parseWorkflowCommand(line), line).toBeUndefined();
      expect(await snapshotTree(root)).toEqual(before);
    } finally {
      disk?.unmount();
    }
  });
});

async function ensureDirectory(directory: string): Promise<string> {
  await mkdir(directory, { recursive: true });
  return directory;
}

async function prepare(disk: SmallFileSystem | undefined, place: Place | undefined): Promise<void> {
  if (disk === undefined || place === undefined) return;
  if (place.disk === 'read-only') disk.readOnly();
  else await disk.fill(place.disk === 'room' ? place.bytes : 0);
}

/**
 * The built CLI, as runCli runs it, under `prlimit --fsize` when a limit is given: the kernel
 * then refuses writes past it with EFBIG (Node ignores the SIGXFSZ that comes with it).
 */
function runLimited(
  args: readonly string[],
  cwd: string,
  fileSizeLimit: number | undefined,
): Promise<CliRun> {
  const command = [process.execPath, cliPath, ...args];
  const [file, ...rest] =
    fileSizeLimit === undefined ? command : ['prlimit', `--fsize=${fileSizeLimit}`, '--', ...command];
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      file as string,
      rest,
      {
        cwd,
        // After the example's last revision (2026-03-24), so revise has a date to write.
        env: isolatedEnv({ SOURCE_DATE_EPOCH: '1780000000' }),
        timeout: 10_000,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr, milliseconds: performance.now() - started });
      },
    );
  });
}
