import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkflowCommand } from '../action-harness/index.js';
import { git, isolatedEnv, repositoryRoot, runCli, snapshotTree } from '../support/cli.js';
import { useTempDirs } from '../support/temp-dir.js';

/**
 * The hostile-input suite's machinery: a table of rows, each planting a repository and running
 * one CLI command against it. Every row must end within 10 s with its exit code, the file (and
 * place) named, a fix, no stack trace, nothing of the given secret or embargoed text, no
 * workflow command the runner would obey, and the repository unchanged (nothing half-written).
 * Each test/hostile/*.test.ts file holds one table; run them alone with `npx vitest run test/hostile`.
 */

/** What a row plants before it runs, relative to the repository. */
export interface Plant {
  readonly files?: Record<string, string | Uint8Array>;
  readonly fifos?: readonly string[];
  readonly links?: Record<string, string>;
}

/** One hostile case. */
export interface Row {
  readonly plant: Plant;
  readonly args: readonly string[];
  readonly code: 1 | 2;
  /** What the message must name: the file as shown, with line and column where there is one. */
  readonly names: string;
  /** Text that must appear in no output (a secret, an embargoed title). */
  readonly never?: readonly string[];
  /** Environment added to the isolated one. */
  readonly env?: Record<string, string>;
}

/** An evident.yml with one product and the publisher `advisory build` needs. */
export const hostileConfig =
  'version: 1\nmanufacturer: { name: ACME }\npublisher: { namespace: "https://acme.example" }\nproducts:\n  - id: plc\n    name: PLC\n    type: embedded-device\n';

/** A valid threat model: the PLC example's. */
export const hostileModel = readFileSync(
  path.join(repositoryRoot, 'examples/plc-system/threat-model.yml'),
  'utf8',
);

/** Registers one test per row, under `title`. */
export function describeRows(title: string, rows: Record<string, Row>): void {
  const makeTempDir = useTempDirs();
  describe(title, () => {
    it.each(Object.keys(rows))('%s', async (name) => {
      const row = rows[name];
      if (!row) throw new Error(name);
      const repo = await plantRepository(await makeTempDir(), row.plant);
      const before = await snapshotTree(repo);
      // A hang is killed at 10 s and then fails on its exit code.
      const run = await runCli(row.args, { cwd: repo, timeoutMs: 10_000, env: isolatedEnv(row.env) });
      const output = `${run.stdout}${run.stderr}`;
      expect(run.code, run.stderr).toBe(row.code);
      expect(run.stderr).toContain(row.names);
      expect(run.stderr).toMatch(/\n +fix: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      for (const text of row.never ?? []) expect(output).not.toContain(text);
      for (const line of output.split(/\r\n|\r|\n/)) expect(parseWorkflowCommand(line), line).toBeUndefined();
      expect(await snapshotTree(repo)).toEqual(before);
    });
  });
}

/** Writes the plant into `repo`, a fresh git repository. */
export async function plantRepository(repo: string, plant: Plant): Promise<string> {
  await git(repo, 'init', '-q', '-b', 'main');
  for (const [name, content] of Object.entries(plant.files ?? {})) {
    await mkdir(path.dirname(path.join(repo, name)), { recursive: true });
    await writeFile(path.join(repo, name), content);
  }
  for (const name of plant.fifos ?? []) execFileSync('mkfifo', [path.join(repo, name)]);
  for (const [name, target] of Object.entries(plant.links ?? {})) {
    await mkdir(path.dirname(path.join(repo, name)), { recursive: true });
    await symlink(target, path.join(repo, name));
  }
  return repo;
}
