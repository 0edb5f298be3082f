import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PackSchema } from '@evident/core';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { commitRepository, git, repositoryRoot, runCli } from './support/cli.js';
import { useTempDirs } from './support/temp-dir.js';

// `evident pack` reads the threat model evident.yml names: its first evidence collector.

const makeTempDir = useTempDirs();
const example = path.join(repositoryRoot, 'examples/plc-system');
const exampleModel = await readFile(path.join(example, 'threat-model.yml'), 'utf8');
const exampleConfig = await readFile(path.join(example, 'evident.yml'), 'utf8');

async function makeRepository(files: Record<string, string>): Promise<string> {
  return commitRepository(await makeTempDir(), files);
}

interface PackedRequirement {
  id: string;
  status: string;
  reason?: string;
  evidence: { path: string; sha256: string; commit?: string; classification: string; title: string }[];
}

async function readPack(directory: string) {
  const pack = JSON.parse(await readFile(path.join(directory, 'pack.json'), 'utf8'));
  const byId = Object.fromEntries(
    (pack.requirements as PackedRequirement[]).map((requirement) => [requirement.id, requirement]),
  );
  return { pack, byId, summary: await readFile(path.join(directory, 'summary.md'), 'utf8') };
}

const modelled = ['SR-1', 'SR-2', 'SR-3', 'SR-4', 'SR-5', 'SD-1', 'SD-2', 'SD-3', 'SVV-1', 'SVV-2'];
const statusesOf = (byId: Record<string, PackedRequirement>) => modelled.map((id) => [id, byId[id]?.status]);

describe('evident pack with a threat model', () => {
  it("reports the PLC example's statuses and points to the model, which it does not copy", async () => {
    const repo = await makeRepository({ 'evident.yml': exampleConfig, 'threat-model.yml': exampleModel });
    const run = await runCli(['pack', '-o', 'pack', '--json'], { cwd: repo });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      classification: 'customer',
      summary: { complete: 7, partial: 1, none: 37, 'not-collected': 2, 'not-applicable': 0 },
    });

    const { pack, byId, summary } = await readPack(path.join(repo, 'pack'));
    const ajv = new Ajv({ strict: true, allErrors: true });
    (addFormats as unknown as (ajv: Ajv) => void)(ajv);
    const validate = ajv.compile(PackSchema);
    expect(validate(pack), JSON.stringify(validate.errors)).toBe(true);
    expect(statusesOf(byId)).toEqual([
      ['SR-1', 'complete'],
      ['SR-2', 'complete'],
      ['SR-3', 'complete'],
      ['SR-4', 'complete'],
      ['SR-5', 'complete'],
      ['SD-1', 'complete'],
      ['SD-2', 'partial'],
      ['SD-3', 'complete'],
      ['SVV-1', 'not-collected'],
      ['SVV-2', 'not-collected'],
    ]);
    expect(byId['SD-2']?.reason).toBe('threat-model.yml: 1 mitigation(s) not implemented');
    expect(byId['SVV-1']?.reason).toBe(
      'threat-model.yml: no JUnit results were given to the threat-model check',
    );
    expect(byId['SM-1']).toMatchObject({ status: 'none', reason: 'no collector yet', evidence: [] });

    const head = (await git(repo, 'rev-parse', 'HEAD')).trim();
    const sha256 = createHash('sha256').update(exampleModel).digest('hex');
    expect(byId['SR-3']?.evidence).toEqual([
      {
        id: expect.stringMatching(/^threat-model-[0-9a-f]{16}$/),
        kind: 'threat-model',
        title: '26 security requirements in the register',
        path: 'threat-model.yml',
        sha256,
        commit: head,
        collectedAt: '2026-01-15T10:00:00.000Z',
        collector: { name: 'evident threat-model', version: expect.any(String) },
        classification: 'internal',
      },
    ]);
    expect(summary).toContain('| SR-1 Product security context | complete |  |');
    expect(summary).toContain(
      `- SR-3: 26 security requirements in the register (\`threat-model.yml\`, internal, SHA-256 \`${sha256}\`)\n`,
    );
    // Only pack.json and summary.md: the internal model is sampled where it is, never copied.
    const manifest = JSON.parse(await readFile(path.join(repo, 'pack/manifest.json'), 'utf8'));
    expect(manifest.files.map((file: { path: string }) => file.path)).toEqual(['pack.json', 'summary.md']);
  });

  it('says a failing check fails without naming the open threat, and still writes the pack (exit 0)', async () => {
    // Tolerable risk 1: the open T-02 (2×2) is above it.
    const failing = exampleModel.replace('tolerableRisk: 6', 'tolerableRisk: 1');
    const repo = await makeRepository({ 'evident.yml': exampleConfig, 'threat-model.yml': failing });
    const run = await runCli(['pack', '-o', 'pack'], { cwd: repo });
    expect(run.code, run.stderr).toBe(0);
    const { byId, summary } = await readPack(path.join(repo, 'pack'));
    expect(byId['SR-2']).toMatchObject({
      status: 'partial',
      reason:
        'threat-model.yml: the threat-model check fails; its failures are in the threat-model report (internal)',
    });
    expect(byId['SD-2']?.status).toBe('partial');
    const written = `${await readFile(path.join(repo, 'pack/pack.json'), 'utf8')}${summary}${run.stdout}${run.stderr}`;
    for (const secret of ['T-02', 'T-03', 'Plant time source', 'f-ntp-gw', 'above the tolerable', 'TM-1']) {
      expect(written).not.toContain(secret);
    }
  });

  it('reads the model evident.yml names, from a subdirectory too', async () => {
    const config = `${exampleConfig}defaults:\n  paths:\n    threatModel: security/plc.yml\n`;
    const repo = await makeRepository({
      'evident.yml': config,
      'security/plc.yml': exampleModel,
      // Not the one evident.yml names: not read.
      'threat-model.yml': 'not: a model\n',
      'src/README.md': '# Sources\n',
    });
    const run = await runCli(['pack', '-o', '../pack'], { cwd: path.join(repo, 'src') });
    expect(run.code, run.stderr).toBe(0);
    const { byId } = await readPack(path.join(repo, 'pack'));
    expect(byId['SR-1']?.evidence.map((item) => item.path)).toEqual(['security/plc.yml']);
    expect(byId['SVV-2']?.reason).toBe(
      'security/plc.yml: no JUnit results were given to the threat-model check',
    );
  });

  it('stops at a model that does not load, located, exit 2, nothing written', async () => {
    const repo = await makeRepository({
      'evident.yml': exampleConfig,
      'threat-model.yml': exampleModel.replace('tolerableRisk: 6', 'tolerableRisk: high'),
    });
    const run = await runCli(['pack', '-o', 'pack'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^evident: error: .*threat-model\.yml:17:/m);
    await expect(readFile(path.join(repo, 'pack/pack.json'), 'utf8')).rejects.toThrow(/ENOENT/);
  });
});
