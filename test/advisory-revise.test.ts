import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedEnv, repositoryRoot, runCli } from './support/cli.js';
import { useTempDirs } from './support/temp-dir.js';

const makeTempDir = useTempDirs();
const example = path.join(repositoryRoot, 'examples/plc-firmware');

/** The example set with a second advisory that has no revision history yet. */
async function newAdvisory(): Promise<{ dir: string; file: string }> {
  const dir = await makeTempDir();
  await cp(example, dir, { recursive: true });
  const text = await readFile(path.join(dir, 'advisories/exa-sa-2026-001.yml'), 'utf8');
  const file = 'advisories/exa-sa-2026-002.yml';
  const draft = `# A comment the tool keeps.\n${text.slice(0, text.indexOf('tracking:')).replaceAll('EXA-SA-2026-001', 'EXA-SA-2026-002')}`;
  await writeFile(path.join(dir, file), draft);
  return { dir, file };
}

function at(epoch: number) {
  return isolatedEnv({ SOURCE_DATE_EPOCH: String(epoch) });
}

describe('evident advisory revise', () => {
  it('takes an advisory from draft to final to a revision, each build valid and never a published draft', async () => {
    const { dir, file } = await newAdvisory();
    const revise = (epoch: number, ...args: string[]) =>
      runCli(['advisory', 'revise', file, ...args], { cwd: dir, env: at(epoch) });

    expect((await revise(1775000000)).stdout).toBe(`${file}: no history → 0.1.0 draft\n`);
    const draftBuild = await runCli(['advisory', 'build', file, '-o', 'draft', '--json'], { cwd: dir });
    expect(draftBuild.code).toBe(0);
    expect(JSON.parse(draftBuild.stdout).advisories[0]).toMatchObject({
      status: 'draft',
      version: '0.1.0',
      classification: 'internal',
    });

    expect((await revise(1775100000, '-m', 'Scores reviewed.')).stdout).toContain(
      '0.1.0 draft → 0.2.0 draft',
    );
    expect((await revise(1775200000, '--status', 'final')).stdout).toContain('0.2.0 draft → 1.0.0 final');
    expect((await revise(1775300000, '-m', 'Mitigation added.')).stdout).toContain(
      '1.0.0 final → 1.1.0 final',
    );
    expect((await revise(1775400000, '--major', '-m', 'New affected range.')).stdout).toContain(
      '1.1.0 final → 2.0.0 final',
    );

    const text = await readFile(path.join(dir, file), 'utf8');
    expect(text.startsWith('# A comment the tool keeps.\n')).toBe(true);
    expect(text.slice(text.indexOf('tracking:'))).toBe(
      [
        'tracking:',
        '  status: final',
        '  version: 2.0.0',
        '  revisions:',
        '    - number: 1.0.0',
        '      date: 2026-04-03T07:06:40Z',
        '      summary: Initial public release.',
        '    - number: 1.1.0',
        '      date: 2026-04-04T10:53:20Z',
        '      summary: Mitigation added.',
        '    - number: 2.0.0',
        '      date: 2026-04-05T14:40:00Z',
        '      summary: New affected range.',
        '',
      ].join('\n'),
    );
    const build = await runCli(['advisory', 'build', file, '-o', 'final', '--json'], { cwd: dir });
    expect(build.code).toBe(0);
    expect(JSON.parse(build.stdout).advisories[0]).toMatchObject({
      status: 'final',
      version: '2.0.0',
      classification: 'public',
    });
  });

  it('revises several times in the same second (a pinned SOURCE_DATE_EPOCH), each build valid CSAF 2.0 and 2.1', async () => {
    const { dir, file } = await newAdvisory();
    const revise = (...args: string[]) =>
      runCli(['advisory', 'revise', file, ...args], { cwd: dir, env: at(1775000000) });
    const steps = [
      await revise(),
      await revise('-m', 'Scores reviewed.'),
      await revise('--status', 'final'),
      await revise('-m', 'Mitigation added.'),
      await revise('-m', 'Typo fixed.'),
    ];
    expect(steps.map((step) => `${step.code} ${step.stderr}`)).toEqual(steps.map(() => '0 '));
    expect(steps.at(-1)?.stdout).toContain('1.1.0 final → 1.2.0 final');
    const text = await readFile(path.join(dir, file), 'utf8');
    expect(text.match(/date: 2026-03-31T23:33:20Z/g)).toHaveLength(3);
    for (const version of ['2.0', '2.1']) {
      const build = await runCli(
        ['advisory', 'build', file, '-o', `out-${version}`, '--csaf-version', version],
        {
          cwd: dir,
        },
      );
      expect({ version, code: build.code, stderr: build.stderr }).toEqual({ version, code: 0, stderr: '' });
    }
  });

  it('refuses to go back to draft, a release without a summary, and a clock before the last revision', async () => {
    const { dir } = await newAdvisory();
    const file = 'advisories/exa-sa-2026-001.yml';
    const before = await readFile(path.join(dir, file), 'utf8');
    const back = await runCli(['advisory', 'revise', file, '--status', 'draft'], {
      cwd: dir,
      env: at(1800000000),
    });
    expect(back.code).toBe(2);
    expect(back.stderr).toContain('the advisory is final; it cannot go back to draft');
    const silent = await runCli(['advisory', 'revise', file], { cwd: dir, env: at(1800000000) });
    expect(silent.code).toBe(2);
    expect(silent.stderr).toContain('needs a summary of what changed');
    const early = await runCli(['advisory', 'revise', file, '-m', 'x'], { cwd: dir, env: at(1700000000) });
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(/exa-sa-2026-001\.yml:\d+:\d+: the last revision is dated/);
    expect(await readFile(path.join(dir, file), 'utf8')).toBe(before);
  });
});
