import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, repositoryRoot, runCli, snapshotTree } from '../support/cli.js';
import { useTempDirs } from '../support/temp-dir.js';

// Hostile input to the CLI, one row per case: what a pull request's author (or a careless
// user) can put in the repository or on the command line. Every row must end quickly with
// the exit code given, no stack trace, the file named, and the repository unchanged.
// Run alone with `npx vitest run test/hostile`.
const makeTempDir = useTempDirs();

/** What a row plants before it runs: files, FIFOs and symbolic links, relative to the repository. */
interface Plant {
  readonly files?: Record<string, string>;
  readonly fifos?: readonly string[];
  readonly links?: Record<string, string>;
}

interface Row {
  readonly plant: Plant;
  readonly args: readonly string[];
  readonly code: 1 | 2;
  /** The file the message must name, as shown. */
  readonly names: string;
}

const config =
  'version: 1\nmanufacturer: { name: ACME }\npublisher: { namespace: "https://acme.example" }\nproducts:\n  - id: plc\n    name: PLC\n    type: embedded-device\n';
const model = readFileSync(path.join(repositoryRoot, 'examples/plc-system/threat-model.yml'), 'utf8');

/** `count` lines of `key<i>: <i>`, each indented by `indent`. */
function manyKeys(count: number, indent = ''): string {
  return Array.from({ length: count }, (_, index) => `${indent}k${index}: ${index}\n`).join('');
}

const rows: Record<string, Row> = {
  'pack with a 100,000-key evident.yml (1.4 MB)': {
    plant: { files: { 'evident.yml': `version: 1\n${manyKeys(100_000)}` } },
    args: ['pack', '-o', 'out'],
    code: 2,
    names: 'evident.yml:2:1',
  },
  'pack with 60,000 keys under an unknown key': {
    plant: { files: { 'evident.yml': `version: 1\nproducts: []\nunknown:\n${manyKeys(60_000, '  ')}` } },
    args: ['pack', '-o', 'out'],
    code: 2,
    names: 'evident.yml:3:1',
  },
  'pack with a 1 MB line of flow mapping': {
    plant: {
      files: {
        'evident.yml': `version: 1\nx: {${Array.from({ length: 80_000 }, (_, index) => `k${index}: ${index}`).join(', ')}}\n`,
      },
    },
    args: ['pack', '-o', 'out'],
    code: 2,
    names: 'evident.yml:2:1',
  },
  'pack with a key given twice as 1 and "1"': {
    plant: { files: { 'evident.yml': `${config}1: a\n"1": b\n` } },
    args: ['pack', '-o', 'out'],
    code: 2,
    names: 'evident.yml:9:1',
  },
  'advisory validate /dev/zero': {
    plant: {},
    args: ['advisory', 'validate', '/dev/zero'],
    code: 2,
    names: 'dev/zero',
  },
  'advisory validate a FIFO': {
    plant: { fifos: ['doc.json'] },
    args: ['advisory', 'validate', 'doc.json'],
    code: 2,
    names: 'doc.json',
  },
  'advisory render /dev/urandom': {
    plant: {},
    args: ['advisory', 'render', '/dev/urandom', '-o', 'out'],
    code: 2,
    names: 'dev/urandom',
  },
  'advisory build of a committed link to /dev/zero': {
    plant: { files: { 'evident.yml': config }, links: { 'advisories/a.yml': '/dev/zero' } },
    args: ['advisory', 'build', 'advisories/a.yml', '-o', 'out'],
    code: 2,
    names: 'advisories/a.yml',
  },
  'threat-model check --junit a FIFO': {
    plant: { files: { 'threat-model.yml': model }, fifos: ['junit.xml'] },
    args: ['threat-model', 'check', 'threat-model.yml', '--junit', 'junit.xml'],
    code: 2,
    names: 'junit.xml',
  },
  'threat-model check --sbom /dev/zero': {
    plant: { files: { 'threat-model.yml': model } },
    args: ['threat-model', 'check', 'threat-model.yml', '--sbom', '/dev/zero'],
    code: 2,
    names: 'dev/zero',
  },
  'threat-model check of a model that is a FIFO': {
    plant: { fifos: ['threat-model.yml'] },
    args: ['threat-model', 'check'],
    code: 2,
    names: 'threat-model.yml',
  },
  'pack with evident.yml a FIFO': {
    plant: { fifos: ['evident.yml'] },
    args: ['pack', '-o', 'out'],
    code: 2,
    names: 'evident.yml',
  },
  'sbom of a lockfile that is a FIFO': {
    plant: { files: { 'evident.yml': config }, fifos: ['package-lock.json'] },
    args: ['sbom', '-o', 'sbom.json'],
    code: 2,
    names: 'package-lock.json',
  },
};

async function plantRepository(plant: Plant): Promise<string> {
  const repo = await makeTempDir();
  await git(repo, 'init', '-q', '-b', 'main');
  for (const [name, text] of Object.entries(plant.files ?? {})) {
    await mkdir(path.dirname(path.join(repo, name)), { recursive: true });
    await writeFile(path.join(repo, name), text);
  }
  for (const name of plant.fifos ?? []) execFileSync('mkfifo', [path.join(repo, name)]);
  for (const [name, target] of Object.entries(plant.links ?? {})) {
    await mkdir(path.dirname(path.join(repo, name)), { recursive: true });
    await symlink(target, path.join(repo, name));
  }
  return repo;
}

describe('hostile input to the CLI', () => {
  it.each(Object.keys(rows))('%s', async (name) => {
    const row = rows[name];
    if (!row) throw new Error(name);
    const repo = await plantRepository(row.plant);
    const before = await snapshotTree(repo);
    // A hang is killed at 10 s and then fails on its exit code.
    const run = await runCli(row.args, { cwd: repo, timeoutMs: 10_000 });
    expect(run.code, run.stderr).toBe(row.code);
    expect(run.stderr).toContain(row.names);
    expect(run.stderr).toMatch(/\n +fix: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await snapshotTree(repo)).toEqual(before);
  });
});
