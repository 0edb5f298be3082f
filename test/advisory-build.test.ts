import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, runCli, snapshotTree } from './support/cli.js';
import { useTempDirs } from './support/temp-dir.js';

const makeTempDir = useTempDirs();
const example = path.join(repositoryRoot, 'examples/plc-firmware');
const golden = path.join(repositoryRoot, 'test/fixtures/advisory/golden');
const advisory = 'advisories/exa-sa-2026-001.yml';

/** A copy of the example advisory set in a temp directory (not a git repository). */
async function copyExample(): Promise<string> {
  const dir = await makeTempDir();
  await cp(example, dir, { recursive: true });
  return dir;
}

describe('evident advisory build on the PLC firmware example', () => {
  it('builds every advisory of the folder as valid CSAF 2.0 and renders it, byte for byte the golden files, twice', async () => {
    const dir = await copyExample();
    const first = await runCli(['advisory', 'build', '-o', 'out/a', '--json'], { cwd: dir, spawn: true });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).advisories).toEqual([
      expect.objectContaining({
        id: 'EXA-SA-2026-001',
        status: 'final',
        tlp: 'WHITE',
        classification: 'public',
      }),
      expect.objectContaining({
        id: 'EXA-VEX-2026-002',
        status: 'final',
        tlp: 'WHITE',
        classification: 'public',
      }),
    ]);
    const names = ['exa-sa-2026-001.json', 'exa-vex-2026-002.json'];
    expect(await readdir(path.join(dir, 'out/a'))).toEqual(names);

    const second = await runCli(
      ['advisory', 'build', advisory, 'advisories/exa-vex-2026-002.yml', '-o', 'out/b'],
      {
        cwd: dir,
      },
    );
    expect(second.code).toBe(0);
    const rendered = await runCli(
      ['advisory', 'render', '-o', 'out/html', ...names.map((name) => `out/a/${name}`)],
      {
        cwd: dir,
      },
    );
    expect(rendered.code).toBe(0);

    const outputs = [
      ...names.map((name) => `out/a/${name}`),
      ...names.flatMap((name) =>
        ['.html', '.md'].map((extension) => `out/html/${name.replace('.json', extension)}`),
      ),
    ];
    for (const output of outputs) {
      const bytes = await readFile(path.join(dir, output), 'utf8');
      const goldenFile = path.join(golden, path.basename(output));
      if (process.env.UPDATE_GOLDEN) await writeFile(goldenFile, bytes);
      expect(bytes, output).toBe(await readFile(goldenFile, 'utf8'));
    }
    for (const name of names) {
      expect(await readFile(path.join(dir, 'out/b', name), 'utf8')).toBe(
        await readFile(path.join(dir, 'out/a', name), 'utf8'),
      );
    }

    const validated = await runCli(
      ['advisory', 'validate', '--preset', 'extended', ...names.map((name) => `out/a/${name}`)],
      {
        cwd: dir,
      },
    );
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain('out/a/exa-sa-2026-001.json: valid — CSAF 2.0, preset extended');
    expect(validated.stdout).not.toContain('warning');
  });
});

describe('evident advisory build --csaf-version 2.1 (draft standard)', () => {
  it('carries CVSS v4 in metrics with TLP 2.0 labels; CSAF 2.0 leaves v4 out and says so', async () => {
    const dir = await copyExample();
    const file = path.join(dir, advisory);
    const v4 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('    cwe: CWE-306\n', `    cwe: CWE-306\n    cvssV4: ${v4}\n`),
    );

    const draft = await runCli(
      ['advisory', 'build', advisory, '-o', 'v21', '--csaf-version', '2.1', '--json'],
      { cwd: dir },
    );
    expect(draft.code).toBe(0);
    expect(JSON.parse(draft.stdout).advisories[0]).toMatchObject({ tlp: 'CLEAR', classification: 'public' });
    const document = JSON.parse(await readFile(path.join(dir, 'v21/exa-sa-2026-001.json'), 'utf8'));
    expect(document.document.csaf_version).toBe('2.1');
    expect(document.vulnerabilities[0].metrics[0].content.cvss_v4).toEqual({
      version: '4.0',
      vectorString: v4,
      baseScore: 9.3,
      baseSeverity: 'CRITICAL',
    });
    expect(document.vulnerabilities[0].cwes).toEqual([
      { id: 'CWE-306', name: 'Missing Authentication for Critical Function', version: '4.17' },
    ]);

    const standard = await runCli(['advisory', 'build', advisory, '-o', 'v20'], { cwd: dir });
    expect(standard.code).toBe(0);
    expect(standard.stdout).toContain('CSAF 2.0 cannot carry CVSS v4; the v4 vector is left out');
  });
});

const badInput: Record<string, [from: string, to: string]> = {
  'invalid-cvss': ['C:H/I:H/A:H', 'C:H/I:H/A:Q'],
  'unknown-product': ['[plc-3000-fw-1, plc-3000', '[plc-3000-fw-7, plc-3000'],
  'duplicate-cve': ['cve: CVE-2026-41002', 'cve: CVE-2026-41001'],
  'impossible-date': ['discovered: 2026-01-12', 'discovered: 2026-04-31'],
  'broken-yaml': ['    title: Missing authentication', '   title: Missing authentication'],
};

describe('bad advisories', () => {
  it.each(Object.keys(badInput))('%s: exit 2, the YAML line, nothing written', async (name) => {
    const [from, to] = badInput[name] ?? ['', ''];
    const dir = await copyExample();
    const file = path.join(dir, advisory);
    const text = await readFile(file, 'utf8');
    expect(text).toContain(from);
    await writeFile(file, text.replace(from, to));
    const before = await snapshotTree(dir);
    const run = await runCli(['advisory', 'build', advisory, '-o', 'out'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const goldenFile = path.join(golden, 'build-errors', `${name}.txt`);
    if (process.env.UPDATE_GOLDEN) await writeFile(goldenFile, run.stderr);
    expect(run.stderr).toBe(await readFile(goldenFile, 'utf8'));
    expect(run.stderr).toMatch(/advisories\/exa-sa-2026-001\.yml:\d+:\d+: /);
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it('a missing publisher is a configuration error naming evident.yml', async () => {
    const dir = await copyExample();
    const config = await readFile(path.join(dir, 'evident.yml'), 'utf8');
    await writeFile(path.join(dir, 'evident.yml'), config.replace(/^publisher:\n(?: {2}.*\n)+/m, ''));
    const run = await runCli(['advisory', 'build', advisory, '-o', 'out'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('evident.yml: advisories need a publisher');
  });
});
