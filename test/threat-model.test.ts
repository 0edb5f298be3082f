import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, runCli } from './support/cli.js';
import { useTempDirs } from './support/temp-dir.js';

const makeTempDir = useTempDirs();
const example = path.join(repositoryRoot, 'examples/plc-system');

/** A copy of the PLC example in a temp directory, to change without touching the repository. */
async function copyExample(): Promise<string> {
  const directory = await makeTempDir();
  await cp(example, directory, { recursive: true });
  return directory;
}

describe('evident threat-model check', () => {
  it('passes the PLC example with its CI results, tracing every tested requirement', async () => {
    const run = await runCli(
      [
        '--json',
        '-C',
        example,
        'threat-model',
        'check',
        '--junit',
        'test-results/junit.xml',
        '--sbom',
        'sbom.cdx.json',
      ],
      {
        cwd: repositoryRoot,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      file: 'threat-model.yml',
      passed: true,
      testsChecked: true,
      failures: [],
    });
    expect(report.counts.elements).toBeGreaterThanOrEqual(40);
    expect(report.counts.untriagedSuggestions).toBe(0);
    expect(report.dependencies.map((dependency: { inSbom: boolean }) => dependency.inSbom)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    const results = new Set(report.traceability.map((entry: { result: string }) => entry.result));
    expect([...results].sort()).toEqual(['not-applicable', 'not-met', 'passed', 'verified-otherwise']);
  });

  it('fails (exit 1) on a failing test and on a new cleartext Modbus flow across a boundary', async () => {
    const directory = await copyExample();
    const junit = path.join(directory, 'test-results/junit.xml');
    const results = await readFile(junit, 'utf8');
    await writeFile(
      junit,
      results.replace(
        /(name="accounts &gt; locks the account after 5 failed logins"[^>]*>)/,
        '$1<failure message="account not locked"/>',
      ),
    );
    const model = path.join(directory, 'threat-model.yml');
    await writeFile(
      model,
      (await readFile(model, 'utf8')).replace(
        '\nflows:\n',
        '\nflows:\n  - { id: f-new, from: mes, to: plc-runtime, protocol: modbus-tcp, data: { confidentiality: internal, integrity: high } }\n',
      ),
    );
    const run = await runCli(
      ['-C', directory, 'threat-model', 'check', '--junit', 'test-results/junit.xml'],
      {
        cwd: repositoryRoot,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('FAILED');
    expect(run.stdout).toContain(
      '✗ requirement SR-01: test accounts > locks the account after 5 failed logins failed',
    );
    expect(run.stdout).toContain('✗ cleartext-modbus@f-new: Modbus/TCP');
    expect(run.stdout).toContain('✗ flow-outside-conduit@f-new');
  });

  it.each([
    [
      'a dangling reference',
      'to: plc-runtime, protocol: s7comm-plus-tls',
      'to: plc-runtme, protocol: s7comm-plus-tls',
      /threat-model\.yml:\d+:\d+: element "plc-runtme" does not exist\n {2}fix: did you mean "plc-runtime"\?/,
    ],
    [
      'a duplicate id',
      '{ id: plc-web,',
      '{ id: plc-runtime,',
      /threat-model\.yml:\d+:\d+: id "plc-runtime" is used twice/,
    ],
    [
      'a conduit joining an unknown zone',
      'zones: [control, field] }',
      'zones: [control, feld] }',
      /threat-model\.yml:\d+:\d+: conduit "c-control-field" joins the unknown zone "feld"\n\s+fix: did you mean "field"\?/,
    ],
    [
      'a YAML alias bomb',
      'version: 1\n',
      `version: 1\n${aliasBomb()}`,
      /threat-model\.yml:7:10: YAML aliases expand too far/,
    ],
  ])('answers %s with exit 2 and the line', async (_name, find, replace, expected) => {
    const directory = await copyExample();
    const model = path.join(directory, 'threat-model.yml');
    const text = await readFile(model, 'utf8');
    expect(text).toContain(find);
    await writeFile(model, text.replace(find, replace));
    const run = await runCli(['-C', directory, 'threat-model', 'check'], { cwd: repositoryRoot });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(expected);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('warns when the model names a product evident.yml does not know', async () => {
    const directory = await copyExample();
    const config = path.join(directory, 'evident.yml');
    await writeFile(config, (await readFile(config, 'utf8')).replace('- id: plc-3000', '- id: plc-4000'));
    const run = await runCli(['-C', directory, 'threat-model', 'check'], { cwd: repositoryRoot });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('! product plc-3000 is not in evident.yml (products: plc-4000)');
  });

  it.each([
    ['the model evident.yml names', 'threat-model.yml'],
    ['evident.yml itself', 'evident.yml'],
  ])('refuses %s when it is a link out of the repository, without reading it', async (_what, name) => {
    const directory = await copyExample();
    const outside = path.join(await makeTempDir(), 'secret.yml');
    await writeFile(outside, 'db-password-of-the-build-host: hunter2\n');
    await rm(path.join(directory, name));
    await symlink(outside, path.join(directory, name));
    const run = await runCli(['-C', directory, 'threat-model', 'check'], { cwd: repositoryRoot });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`path "${name}" is a symbolic link`);
    expect(run.stderr + run.stdout).not.toMatch(/hunter2|db-password/);
  });

  it("checks Evident's own threat model, found through evident.yml", async () => {
    const run = await runCli(['threat-model', 'check'], { cwd: repositoryRoot });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^threat-model\.yml: Evident \(CLI and GitHub Actions\): passed/);
    expect(run.code).toBe(0);
  });
});

describe('evident threat-model report', () => {
  it('writes Markdown with Mermaid, HTML with an offline SVG, the matrix and the pack summary; same bytes twice', async () => {
    const output = await makeTempDir();
    const args = [
      '-C',
      example,
      'threat-model',
      'report',
      '--junit',
      'test-results/junit.xml',
      '--sbom',
      'sbom.cdx.json',
      '-o',
    ];
    const first = await runCli([...args, path.join(output, 'a')], { cwd: repositoryRoot, spawn: true });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const second = await runCli([...args, path.join(output, 'b')], { cwd: repositoryRoot });
    expect(second.code).toBe(0);
    const files = [
      'data-flow.dot',
      'data-flow.mmd',
      'data-flow.svg',
      'threat-model-summary.json',
      'threat-model.html',
      'threat-model.md',
      'traceability.md',
    ];
    for (const file of files) {
      expect(await readFile(path.join(output, 'b', file), 'utf8'), file).toBe(
        await readFile(path.join(output, 'a', file), 'utf8'),
      );
    }
    const markdown = await readFile(path.join(output, 'a/threat-model.md'), 'utf8');
    const golden = new URL('./fixtures/threat-model/golden/plc-system.md', import.meta.url);
    if (process.env.UPDATE_GOLDEN) await writeFile(golden, markdown);
    expect(markdown).toBe(await readFile(golden, 'utf8'));
    expect(markdown).toContain('```mermaid\nflowchart LR\n');
    expect(markdown).toContain('| T-01: I/O values and outputs manipulated on the Modbus field bus |');
    const html = await readFile(path.join(output, 'a/threat-model.html'), 'utf8');
    expect(html).toMatch(
      /<img alt="Data-flow diagram of PLC-3000 control system" src="data:image\/svg\+xml;base64,/,
    );
    expect(html).not.toContain('<script');
    expect(await readFile(path.join(output, 'a/data-flow.svg'), 'utf8')).toMatch(
      /<svg[\s\S]*PLC Studio[\s\S]*<\/svg>/,
    );
    const summary = JSON.parse(await readFile(path.join(output, 'a/threat-model-summary.json'), 'utf8'));
    expect(Object.keys(summary.requirements)).toEqual([
      'SD-1',
      'SD-2',
      'SD-3',
      'SR-1',
      'SR-2',
      'SR-3',
      'SR-4',
      'SR-5',
      'SVV-1',
      'SVV-2',
    ]);
    expect(summary).toMatchObject({ classification: 'internal', passed: true });
  });
});

describe('evident threat-model report dates', () => {
  it('shows every review date of the PLC example, as written, in the Markdown and the HTML report', async () => {
    const output = await makeTempDir();
    const run = await runCli(['-C', example, 'threat-model', 'report', '-o', output], {
      cwd: repositoryRoot,
    });
    expect(run.code).toBe(0);
    const markdown = await readFile(path.join(output, 'threat-model.md'), 'utf8');
    const html = await readFile(path.join(output, 'threat-model.html'), 'utf8');
    for (const [kind, date] of [
      ['security-requirements', '2026-09-30'],
      ['design', '2026-10-05'],
      ['threat-model', '2026-10-12'],
    ]) {
      expect(markdown).toContain(`| ${kind} | ${date} |`);
      expect(html).toContain(`<tr><td>${kind}</td><td>${date}</td>`);
    }
  });
});

describe('evident threat-model report output', () => {
  it('refuses to replace a directory that holds no report, and touches nothing in it', async () => {
    const directory = await makeTempDir();
    await writeFile(path.join(directory, 'keep.txt'), 'mine');
    const args = ['-C', example, 'threat-model', 'report', '-o', directory];
    const refused = await runCli(args, { cwd: repositoryRoot });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("holds 1 file that is not an earlier threat-model report's as written");
    expect(await readFile(path.join(directory, 'keep.txt'), 'utf8')).toBe('mine');
  });
});

describe('evident threat-model report templates', () => {
  it("uses the user's template override from evident.yml", async () => {
    const directory = await copyExample();
    await writeFile(
      path.join(directory, 'evident.yml'),
      `${await readFile(path.join(directory, 'evident.yml'), 'utf8')}templates: my-templates\n`,
    );
    await mkdir(path.join(directory, 'my-templates/threat-model'), { recursive: true });
    await writeFile(
      path.join(directory, 'my-templates/threat-model/report.md.hbs'),
      '# Our own threat-model report: {{title}}\n',
    );
    const run = await runCli(['-C', directory, 'threat-model', 'report', '-o', 'out'], {
      cwd: repositoryRoot,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await readFile(path.join(directory, 'out/threat-model.md'), 'utf8')).toBe(
      '# Our own threat-model report: PLC-3000 control system\n',
    );
    // The templates it does not override are the built-in ones.
    expect(await readFile(path.join(directory, 'out/traceability.md'), 'utf8')).toMatch(
      /^# Traceability matrix/,
    );
  });
});

function aliasBomb(): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
  for (let level = 1; level < 12; level++) {
    lines.push(
      `a${level}: &a${level} [${Array(9)
        .fill(`*a${level - 1}`)
        .join(', ')}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}
