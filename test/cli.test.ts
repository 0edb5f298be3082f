import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ManifestSchema, PackSchema } from '@evident/core';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { commitRepository, git, isolatedEnv, repositoryRoot, runCli, snapshotTree } from './support/cli.js';
import { useTempDirs } from './support/temp-dir.js';

const makeTempDir = useTempDirs();

/** A git repository with one commit holding the given files. */
async function makeRepository(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  return commitRepository(await makeTempDir(), files);
}

const validConfig =
  'version: 1\nproducts:\n  - id: plc\n    name: PLC-3000 firmware\n    type: embedded-device\n';

function validator(schema: object) {
  const ajv = new Ajv({ strict: true, allErrors: true });
  (addFormats as unknown as (ajv: Ajv) => void)(ajv);
  return ajv.compile(schema);
}

describe('evident --help and --version', () => {
  it('lists only the commands that work', async () => {
    const run = await runCli(['--help'], { cwd: repositoryRoot, spawn: true });
    expect(run.code).toBe(0);
    const commands = [...run.stdout.matchAll(/^ {2}(\w[\w-]*) /gm)].map((match) => match[1]);
    expect(commands).toEqual(['init', 'pack', 'advisory', 'threat-model', 'sbom', 'help']);
  });

  it('prints the version of the CLI package', async () => {
    const manifest = JSON.parse(
      await readFile(path.join(repositoryRoot, 'packages/cli/package.json'), 'utf8'),
    );
    const run = await runCli(['--version'], { cwd: repositoryRoot, spawn: true });
    expect(run).toMatchObject({ code: 0, stdout: `${manifest.version}\n` });
  });

  it('answers a usage mistake with exit 2 and a suggestion', async () => {
    const run = await runCli(['pakc'], { cwd: repositoryRoot });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('(Did you mean pack?)');
    const missing = await runCli(['pack'], { cwd: repositoryRoot });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '-o, --output <dir>' not specified");
  });
});

describe('evident init', () => {
  it('scaffolds an empty git repository so that pack accepts it, and a second run changes nothing', async () => {
    const repo = await makeRepository();
    const first = await runCli(['init'], { cwd: repo });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/created {5}evident\.yml/);
    const afterFirst = await snapshotTree(repo);
    expect(afterFirst.map((entry) => entry.split(' ')[0])).toEqual([
      'SECURITY.md',
      'advisories/',
      'advisories/README.md',
      'docs/',
      'docs/security/',
      'docs/security/README.md',
      'evident.yml',
    ]);

    const second = await runCli(['init', '--json'], { cwd: repo });
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).files.map((file: { action: string }) => file.action)).toEqual([
      'kept',
      'kept',
      'kept',
      'kept',
    ]);
    expect(await snapshotTree(repo)).toEqual(afterFirst);

    const pack = await runCli(['pack', '-o', 'out'], {
      cwd: repo,
      env: isolatedEnv({ SOURCE_DATE_EPOCH: '1767225600' }),
    });
    expect(pack.stderr).not.toMatch(/error/);
    expect(pack.code).toBe(0);
  });

  it('fills evident.yml from package.json and the GitHub remote, and respects an existing .github/SECURITY.md', async () => {
    const repo = await makeRepository({
      'package.json': JSON.stringify({
        name: '@acme/gateway-fw',
        description: 'Edge gateway',
        version: '3.1.0',
      }),
      '.github/SECURITY.md': '# Our policy\n',
    });
    await git(repo, 'remote', 'add', 'origin', 'https://x-access-token:secret@github.com/acme/gateway.git');
    const run = await runCli(['init'], { cwd: repo });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/kept {8}\.github\/SECURITY\.md/);
    const config = await readFile(path.join(repo, 'evident.yml'), 'utf8');
    expect(config).toContain('id: "gateway-fw"');
    expect(config).toContain('name: "acme"');
    expect(config).toContain('url: "https://github.com/acme/gateway/security/advisories/new"');
    expect(config).not.toContain('secret');
    expect(existsSync(path.join(repo, 'SECURITY.md'))).toBe(false);
  });

  it('writes only what is true without a remote or package.json: marked placeholders pack warns about, no promised response time, no gates', async () => {
    const repo = await makeRepository();
    expect((await runCli(['init'], { cwd: repo })).code).toBe(0);
    const config = await readFile(path.join(repo, 'evident.yml'), 'utf8');
    expect(config).toContain('name: "TODO: manufacturer name"');
    expect(config).toContain('email: "security@example.invalid"');
    expect(config).toContain('namespace: "https://example.invalid"');
    expect(config).not.toContain('gatePolicy');
    const policy = await readFile(path.join(repo, 'SECURITY.md'), 'utf8');
    expect(policy).toContain('- by e-mail to security@example.invalid (TODO: this address is a placeholder');
    expect(policy).not.toMatch(/within|working days/);
    const advisories = await readFile(path.join(repo, 'advisories/README.md'), 'utf8');
    expect(advisories).toContain('Not built yet: OSV and VEX exports');
    expect(advisories).not.toMatch(/builds? CSAF, HTML, Markdown, OSV and VEX/);
    const documents = await readFile(path.join(repo, 'docs/security/README.md'), 'utf8');
    const productId = /id: "([^"]+)"/.exec(config)?.[1] ?? '';
    expect(documents).toContain(`applies-to: [${productId}]`);
    expect(documents).toContain('`evident pack` checks the front matter');

    const pack = await runCli(['pack', '-o', 'out'], { cwd: repo });
    expect(pack.code).toBe(0);
    expect(pack.stderr).toContain('evident.yml:7:9: warning: manufacturer.name is still a placeholder');
    expect(pack.stderr).toContain('evident.yml:9:10: warning: securityContact.email is still a placeholder');
    expect(pack.stderr).toContain('evident.yml:13:14: warning: publisher.namespace is still a placeholder');
    expect(pack.stderr).toContain(
      'SECURITY.md:9:16: warning: the security policy still names a placeholder contact',
    );

    // The publisher advisory build needs is there: a minimal advisory builds.
    await writeAdvisory(repo, productId);
    const build = await runCli(['advisory', 'build', '-o', 'csaf', '--json'], {
      cwd: repo,
      env: isolatedEnv(),
    });
    expect(build.stderr).toContain('publisher.namespace is still a placeholder');
    expect(build.code).toBe(0);
  });

  it('takes the security contact from package.json and the GitHub remote, and the publisher from the remote', async () => {
    const repo = await makeRepository({
      'package.json': JSON.stringify({
        name: 'gateway-fw',
        version: '3.1.0',
        author: 'Acme PSIRT <psirt@acme.example> (https://acme.example)',
      }),
    });
    await git(repo, 'remote', 'add', 'origin', 'git@github.com:acme/gateway.git');
    expect((await runCli(['init'], { cwd: repo })).code).toBe(0);
    const config = await readFile(path.join(repo, 'evident.yml'), 'utf8');
    expect(config).toContain('email: "psirt@acme.example"');
    expect(config).toContain('namespace: "https://github.com/acme"');
    expect(config).not.toMatch(/TODO|example\.invalid/);
    const policy = await readFile(path.join(repo, 'SECURITY.md'), 'utf8');
    expect(policy).toContain('- by e-mail to [psirt@acme.example](mailto:psirt@acme.example)');
    expect(policy).not.toMatch(/TODO|within/);

    const second = await runCli(['init', '--json'], { cwd: repo });
    expect(JSON.parse(second.stdout).files.map((file: { action: string }) => file.action)).toEqual([
      'kept',
      'kept',
      'kept',
      'kept',
    ]);
    const pack = await runCli(['pack', '-o', 'out'], { cwd: repo });
    expect(pack.code).toBe(0);
    expect(pack.stderr).not.toContain('placeholder');
    await writeAdvisory(repo, 'gateway-fw');
    const build = await runCli(['advisory', 'build', '-o', 'csaf'], { cwd: repo, env: isolatedEnv() });
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    const csaf = JSON.parse(await readFile(path.join(repo, 'csaf/test-2026-001.json'), 'utf8'));
    expect(csaf.document.publisher).toEqual({
      category: 'vendor',
      name: 'acme',
      namespace: 'https://github.com/acme',
    });
  });

  it('links the GitHub reporting form when nothing names an e-mail, and promises a response time only when evident.yml sets one', async () => {
    const repo = await makeRepository({
      'evident.yml': `${validConfig}securityContact:\n  url: https://acme.example/psirt\n  responseDays: 5\n`,
    });
    await git(repo, 'remote', 'add', 'origin', 'https://github.com/acme/plc.git');
    expect((await runCli(['init'], { cwd: repo })).code).toBe(0);
    const policy = await readFile(path.join(repo, 'SECURITY.md'), 'utf8');
    expect(policy).toContain('- through [https://acme.example/psirt](https://acme.example/psirt)');
    expect(policy).toContain('We\nacknowledge a report within 5 days.');

    const bare = await makeRepository();
    await git(bare, 'remote', 'add', 'origin', 'https://github.com/acme/plc.git');
    expect((await runCli(['init'], { cwd: bare })).code).toBe(0);
    const github = await readFile(path.join(bare, 'SECURITY.md'), 'utf8');
    expect(github).toContain(
      "- through [GitHub's private vulnerability reporting](https://github.com/acme/plc/security/advisories/new)",
    );
    expect(github).not.toMatch(/TODO|within/);
  });

  it('overwrites only with --force', async () => {
    const repo = await makeRepository({ 'SECURITY.md': '# Mine\n' });
    await runCli(['init'], { cwd: repo });
    expect(await readFile(path.join(repo, 'SECURITY.md'), 'utf8')).toBe('# Mine\n');
    const forced = await runCli(['init', '--force'], { cwd: repo });
    expect(forced.stdout).toMatch(/overwritten SECURITY\.md/);
    expect(forced.stdout).toMatch(/unchanged {3}evident\.yml/);
  });
});

/** A minimal advisory for product `productId`, started as a draft with `advisory revise`. */
async function writeAdvisory(repo: string, productId: string): Promise<void> {
  const advisory = [
    'id: TEST-2026-001',
    'title: Example vulnerability',
    'tlp: WHITE',
    'products:',
    `  - ref: ${productId}`,
    '    versions:',
    '      - { id: v1, version: 1.0.0 }',
    'vulnerabilities:',
    '  - cve: CVE-2026-0001',
    '    title: Example',
    '    description: An example weakness.',
    '    status: { known_affected: [v1] }',
    '',
  ].join('\n');
  await writeFile(path.join(repo, 'advisories/test-2026-001.yml'), advisory);
  const env = isolatedEnv({ SOURCE_DATE_EPOCH: '1767225600' });
  const revise = await runCli(['advisory', 'revise', 'advisories/test-2026-001.yml'], { cwd: repo, env });
  expect(revise.code, revise.stderr).toBe(0);
}

describe('evident pack documents', () => {
  it('stops at every front-matter problem of the documents folder, located with a fix, exit 2, nothing written', async () => {
    const valid =
      '---\nowner: Head of Engineering\napprover: PSO\napproved-on: 2026-01-15\nnext-review: 2027-01-15\n---\n# Process\n';
    const repo = await makeRepository({
      'evident.yml': validConfig,
      'docs/security/process.md': valid,
      'docs/security/notes.md': '# Notes without front matter\n',
      'docs/security/reviews/design-review.md': valid
        .replace('approved-on: 2026-01-15', 'approved-on: yesterday')
        .replace('---\n# Process', 'requirements: [SM-99]\napplies-to: [plcc]\n---\n# Review'),
      'docs/security/guide.md': valid.replace('approver: PSO\n', ''),
    });
    const before = await snapshotTree(repo);
    const run = await runCli(['pack', '-o', 'pack'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      [
        'evident: error: docs/security has 4 problems:',
        '  docs/security/guide.md:2:1: the document is missing the required key "approver"',
        '    fix: add "approver"',
        '  docs/security/reviews/design-review.md:4:14: approved-on must be a calendar date written YYYY-MM-DD; it is "yesterday"',
        '    fix: write a date as YYYY-MM-DD, e.g. 2031-12-31',
        '  docs/security/reviews/design-review.md:6:16: requirements[0] must be one of 47 known values (An IEC 62443-4-1 requirement id, SM-1 to SG-6); it is "SM-99"',
        '    fix: did you mean "SM-9"?',
        '  docs/security/reviews/design-review.md:7:14: applies-to[0] "plcc" is not a product of evident.yml',
        '    fix: did you mean "plc"?',
        '',
      ].join('\n'),
    );
    expect(await snapshotTree(repo)).toEqual(before);
  });

  it('reads the documents folder evident.yml names, and passes valid documents', async () => {
    const repo = await makeRepository({
      'evident.yml': `${validConfig}defaults:\n  paths:\n    documents: records\n`,
      'records/process.md':
        '---\nowner: Eng\napprover: PSO\napproved-on: 2026-01-15\nnext-review: 2027-01-15\napplies-to: [plc]\nrequirements: [SM-1]\n---\n',
      'docs/security/ignored.md': '---\nowner: [unclosed\n---\n',
    });
    expect((await runCli(['pack', '-o', 'pack'], { cwd: repo })).code).toBe(0);
    await writeFile(path.join(repo, 'records/process.md'), '---\nowner: Eng\n---\n');
    const run = await runCli(['pack', '-o', 'pack'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'records/process.md:2:1: the document is missing the required key "approver"',
    );
  });
});

describe('evident pack', () => {
  it('writes all 47 requirements, valid against the published schemas, with a manifest of every file', async () => {
    const repo = await makeRepository({ 'evident.yml': validConfig, 'package.json': '{"version":"4.2.0"}' });
    const run = await runCli(['pack', '-o', 'pack', '--json'], { cwd: repo, spawn: true });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.summary).toEqual({
      complete: 0,
      partial: 0,
      none: 47,
      'not-collected': 0,
      'not-applicable': 0,
    });

    const pack = JSON.parse(await readFile(path.join(repo, 'pack/pack.json'), 'utf8'));
    const validatePack = validator(PackSchema);
    expect(validatePack(pack), JSON.stringify(validatePack.errors)).toBe(true);
    expect(pack.requirements).toHaveLength(47);
    expect(
      pack.requirements.every(
        (r: { status: string; reason: string }) => r.status === 'none' && r.reason === 'no collector yet',
      ),
    ).toBe(true);
    expect(pack.products).toEqual([
      { id: 'plc', name: 'PLC-3000 firmware', type: 'embedded-device', version: '4.2.0' },
    ]);
    expect(pack.generatedAt).toBe('2026-01-15T10:00:00.000Z'); // the commit time
    expect(pack.repository.commit).toMatch(/^[0-9a-f]{40}$/);

    const manifest = JSON.parse(await readFile(path.join(repo, 'pack/manifest.json'), 'utf8'));
    expect(validator(ManifestSchema)(manifest)).toBe(true);
    expect(manifest.files.map((file: { path: string }) => file.path)).toEqual(['pack.json', 'summary.md']);
    for (const file of manifest.files) {
      const bytes = await readFile(path.join(repo, 'pack', file.path));
      const { createHash } = await import('node:crypto');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
      expect(bytes.byteLength).toBe(file.size);
    }
  });

  it('gives identical bytes on a second run', async () => {
    // The packs are ignored: an untracked pack would (truthfully) make the other run's tree dirty.
    const repo = await makeRepository({ 'evident.yml': validConfig, '.gitignore': '/one/\n/two/\n' });
    await runCli(['pack', '-o', 'one'], { cwd: repo });
    await runCli(['pack', '-o', 'two'], { cwd: repo });
    const one = await snapshotTree(path.join(repo, 'one'));
    expect(one).toHaveLength(3);
    expect(await snapshotTree(path.join(repo, 'two'))).toEqual(one);
    // and replacing the first pack in place gives the same bytes again
    expect((await runCli(['pack', '-o', 'one'], { cwd: repo })).code).toBe(0);
    expect(await snapshotTree(path.join(repo, 'one'))).toEqual(one);
  });

  it('uses the user template override directory', async () => {
    const repo = await makeRepository({
      'evident.yml': `${validConfig}templates: my-templates\n`,
      'my-templates/pack/summary.md.hbs': '# Custom summary for {{#each pack.products}}{{name}}{{/each}}\n',
    });
    expect((await runCli(['pack', '-o', 'out'], { cwd: repo })).code).toBe(0);
    expect(await readFile(path.join(repo, 'out/summary.md'), 'utf8')).toBe(
      '# Custom summary for PLC-3000 firmware\n',
    );
  });

  it('refuses to replace a directory that is not a pack', async () => {
    const repo = await makeRepository({ 'evident.yml': validConfig, 'precious/notes.txt': 'keep me\n' });
    const before = await snapshotTree(repo);
    const run = await runCli(['pack', '-o', 'precious'], { cwd: repo });
    expect(run.code).toBe(2);
    // committed files: refused whatever the flags (test/output-safety.test.ts has the rest)
    expect(run.stderr).toContain('precious holds 1 file tracked by git (notes.txt)');
    expect(await snapshotTree(repo)).toEqual(before);
  });
});
