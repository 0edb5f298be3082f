import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseWorkflowCommand, runAction, webhookExample } from '../action-harness/index.js';
import { useBundles } from '../actions/bundles.js';
import { useGitHubServer } from '../github-server/vitest.js';
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

// Secrets of the TLP:RED advisory below: none may reach any output.
const secretTitle = 'SECRET-TITLE-7f3a';
const secretVulnerability = 'SECRET-VULN-9b2c';
const secretDescription = 'SECRET-DESCRIPTION-41d0';

/** A TLP:RED advisory, released, that builds: every text in it is a secret. */
export function redAdvisory(
  options: { tlp?: string; category?: string; tracking?: boolean; extra?: string } = {},
): string {
  const tracking =
    options.tracking === false
      ? ''
      : 'tracking:\n  status: final\n  version: 1.0.0\n  revisions:\n    - number: 1.0.0\n      date: 2026-01-15T10:00:00Z\n      summary: Initial public release.\n';
  return `id: ACME-SA-2026-001
title: ${secretTitle} remote takeover
tlp: ${options.tlp ?? 'RED'}
products:
  - ref: plc
    versions:
      - id: plc-1
        version: 1.0.0
vulnerabilities:
  - title: ${secretVulnerability}
    description: ${secretDescription}
    cvssV4: CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N
    status:
      known_affected: [plc-1]
    remediations:
      - category: ${options.category ?? 'vendor_fix'}
        details: Update.
${options.extra ?? ''}${tracking}`;
}

/** Every secret of {@link redAdvisory}. */
export const redAdvisorySecrets = [secretTitle, secretVulnerability, secretDescription, 'SECRET'];

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
  for (const name of plant.fifos ?? []) {
    await mkdir(path.dirname(path.join(repo, name)), { recursive: true });
    execFileSync('mkfifo', [path.join(repo, name)]);
  }
  for (const [name, target] of Object.entries(plant.links ?? {})) {
    await mkdir(path.dirname(path.join(repo, name)), { recursive: true });
    await symlink(target, path.join(repo, name));
  }
  return repo;
}

/** One hostile case for a bundled action: the inputs a pull request's author can steer. */
export interface ActionRow {
  readonly action: 'pack' | 'sbom' | 'advisory';
  /** Planted at the workspace root (the checkout). */
  readonly plant: Plant;
  readonly with?: Record<string, string>;
  /** The file the error annotation must point at, as the runner shows it (`file` property). */
  readonly file?: string;
  /** Text an error annotation's message must contain; without it, the step must succeed. */
  readonly says?: string;
  readonly never?: readonly string[];
}

/** Commands Evident itself writes: annotations, debug lines, log groups. */
const evidentCommands = new Set(['error', 'warning', 'notice', 'debug', 'group', 'endgroup']);

/**
 * Registers one test per action row: the bundled action runs under the runner-faithful harness
 * on a pull request and must fail the step within 10 s with an error annotation at the file, no
 * stack trace, no planted workflow command obeyed, nothing of `never` in any output, and the
 * checkout unchanged. A row without `says` is one the action must get through (a ReDoS
 * pattern, say): it must succeed in that time with the same guarantees.
 */
export function describeActionRows(title: string, rows: Record<string, ActionRow>): void {
  const makeTempDir = useTempDirs();
  const bundles = useBundles();
  const server = useGitHubServer();
  const actions = new Map<string, string>();
  beforeAll(async () => {
    const names = [...new Set(Object.values(rows).map((row) => row.action))];
    for (const name of names) actions.set(name, await bundles.named(name));
  }, 180_000);
  describe(title, () => {
    it.each(Object.keys(rows))('%s', async (name) => {
      const row = rows[name];
      if (!row) throw new Error(name);
      const workspace = await plantRepository(await makeTempDir(), row.plant);
      const before = await snapshotTree(workspace);
      const result = await runAction({
        action: actions.get(row.action) ?? '',
        workspace,
        apiUrl: server().url,
        event: webhookExample('pull_request', 'opened'),
        with: row.with ?? {},
        timeoutMs: 10_000,
      });
      const errors = result.annotations.filter((annotation) => annotation.severity === 'error');
      const shown = JSON.stringify(errors);
      expect(result.outcome, result.log).toBe(row.says === undefined ? 'success' : 'failure');
      const says = row.says;
      if (says !== undefined)
        expect(
          errors.some((error) => error.message.includes(says)),
          shown,
        ).toBe(true);
      if (row.file !== undefined) {
        expect(
          errors.some((error) => error.properties.file === row.file),
          shown,
        ).toBe(true);
      }
      expect(result.log).not.toMatch(/\n\s+at /);
      const everything = [result.log, result.summary, shown, ...Object.values(result.outputs)].join('\n');
      for (const text of row.never ?? []) expect(everything).not.toContain(text);
      for (const phase of result.phases) {
        for (const command of phase.commands) {
          expect(evidentCommands.has(command.command), JSON.stringify(command)).toBe(true);
        }
      }
      // A failed step writes nothing; a passing one only its output.
      if (says !== undefined) expect(await snapshotTree(workspace)).toEqual(before);
    });
  });
}
