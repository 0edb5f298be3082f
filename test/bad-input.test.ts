import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, runCli, snapshotTree } from './support/cli.js';
import { useTempDirs } from './support/temp-dir.js';

const makeTempDir = useTempDirs();
const goldenDirectory = new URL('./golden/errors/', import.meta.url);
const product = '  - id: plc\n    name: PLC\n    type: embedded-device\n';

function aliasBomb(): string {
  const lines = ['version: 1', 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 12; level++) {
    lines.push(
      `a${level}: &a${level} [${Array(9)
        .fill(`*a${level - 1}`)
        .join(',')}]`,
    );
  }
  return `${lines.join('\n')}\nproducts:\n${product}`;
}

/** Each bad input: the files of the repository, then what `evident pack` must say. */
const cases: Record<string, { files: Record<string, string | Uint8Array>; link?: [string, string] }> = {
  'broken-yaml': { files: { 'evident.yml': 'version: 1\nproducts:\n  - id: plc\n   name: PLC\n' } },
  'wrong-type': {
    files: { 'evident.yml': 'version: 1\nproducts:\n  - id: plc\n    name: PLC\n    type: 42\n' },
  },
  'unknown-key': {
    files: {
      'evident.yml': `version: 1\nprodutcs: []\nproducts:\n${product}    supprot: { until: 2030-01-01 }\n`,
    },
  },
  'alias-bomb': { files: { 'evident.yml': aliasBomb() } },
  'path-escape': {
    files: {
      'evident.yml': `version: 1\nproducts:\n${product}    paths:\n      threatModel: ../../etc/passwd\n`,
    },
  },
  'symlink-out': {
    files: { 'evident.yml': `version: 1\nproducts:\n${product}    paths:\n      threatModel: model.yml\n` },
    link: ['model.yml', '/etc/passwd'],
  },
  'non-utf8': {
    files: {
      'evident.yml': Buffer.concat([
        Buffer.from('version: 1\nproducts:\n  - id: plc\n    name: "PLC '),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('"\n    type: embedded-device\n'),
      ]),
    },
  },
  'missing-config': { files: { 'README.md': '# nothing here\n' } },
};

describe('bad input to evident pack', () => {
  it.each(Object.keys(cases))('%s: exit 2, the golden message, nothing written', async (name) => {
    const spec = cases[name];
    if (!spec) throw new Error(name);
    const repo = await makeTempDir();
    await git(repo, 'init', '-q', '-b', 'main');
    for (const [file, content] of Object.entries(spec.files)) {
      await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
      await writeFile(path.join(repo, file), content);
    }
    if (spec.link) await symlink(spec.link[1], path.join(repo, spec.link[0]));
    const before = await snapshotTree(repo);

    const run = await runCli(['pack', '-o', 'out'], { cwd: repo });

    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(run.stdout).toBe('');
    const message = run.stderr.replaceAll(repo, '<repo>');
    const golden = new URL(`${name}.txt`, goldenDirectory);
    if (process.env.UPDATE_GOLDEN) await writeFile(golden, message);
    expect(message).toBe(await readFile(golden, 'utf8'));
    expect(message).toMatch(/fix: /);
    expect(await snapshotTree(repo)).toEqual(before);
  });

  it('answers a missing -C directory with exit 2', async () => {
    const run = await runCli(['-C', '/nonexistent/evident', 'pack', '-o', 'out'], {
      cwd: await makeTempDir(),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'evident: error: /nonexistent/evident is not a directory\n  fix: pass an existing directory to -C/--cwd\n',
    );
  });

  it('prints the error as JSON on stdout with --json', async () => {
    const repo = await makeTempDir();
    await writeFile(path.join(repo, 'evident.yml'), 'version: 2\nproducts: []\n');
    const run = await runCli(['--json', 'pack', '-o', 'out'], { cwd: repo });
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.error.kind).toBe('configuration');
    expect(
      report.error.problems.map((problem: { location: { line: number } }) => problem.location.line),
    ).toEqual([1, 2]);
  });
});
