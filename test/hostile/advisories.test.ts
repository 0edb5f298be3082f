import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseWorkflowCommand, runAction, webhookExample } from '../action-harness/index.js';
import { useBundles } from '../actions/bundles.js';
import { useGitHubServer } from '../github-server/vitest.js';
import { cliPath, git, isolatedEnv, repositoryRoot, runCli } from '../support/cli.js';
import { useTempDirs } from '../support/temp-dir.js';
import {
  describeRows,
  hostileConfig,
  plantRepository,
  type Row,
  redAdvisory,
  redAdvisorySecrets,
} from './rows.js';

// Advisories that must not leak (embargoed text in errors and logs), files that are not
// advisories, CSAF documents Evident does not expect, and revisions run at once.

const never = redAdvisorySecrets;
const config = hostileConfig;

/** A valid third-party CSAF document (CISA's, from the shared corpus) to change, or undefined. */
const corpusDocument = path.join(repositoryRoot, '../shared/corpus/csaf/cisa/icsa-24-030-03.json');

/** A CSAF 2.0 document whose product tree nests `depth` branches; built as text (JSON.stringify would overflow). */
function deepCsaf(depth: number): string {
  const open = '{"category":"product_family","name":"family","branches":['.repeat(depth);
  const leaf = '{"category":"product_name","name":"p","product":{"product_id":"P1","name":"p"}}';
  return `{"document":{"category":"csaf_base","csaf_version":"2.0","title":"t","publisher":{"category":"vendor","name":"x","namespace":"https://x.example"},"tracking":{"id":"X-1","status":"final","version":"1","initial_release_date":"2026-01-01T00:00:00Z","current_release_date":"2026-01-01T00:00:00Z","revision_history":[{"number":"1","date":"2026-01-01T00:00:00Z","summary":"s"}]}},"product_tree":{"branches":[${open}${leaf}${']}'.repeat(depth)}]}}`;
}

const passwd =
  'root:x:0:0:SECRET-LINE:/root:/bin/bash\ndaemon:x:1:1:SECRET-TWO:/usr/sbin:/usr/sbin/nologin\n';

const rows: Record<string, Row> = {
  'build a TLP:RED advisory whose typo is the secret itself': {
    plant: { files: { 'evident.yml': config, 'advisories/a.yml': redAdvisory({ category: 'SECRET-fix' }) } },
    args: ['advisory', 'build', 'advisories/a.yml', '-o', 'out'],
    code: 2,
    names: 'advisories/a.yml:16:19',
    never,
  },
  'build a TLP:AMBER advisory with a secret unknown key': {
    plant: {
      files: {
        'evident.yml': config,
        'advisories/a.yml': redAdvisory({ tlp: 'AMBER', extra: 'SECRET-KEY: 1\n' }),
      },
    },
    args: ['advisory', 'build', 'advisories/a.yml', '-o', 'out'],
    code: 2,
    names: 'advisories/a.yml:18:1',
    never,
  },
  'build a WHITE draft (no tracking) naming a secret product id': {
    plant: {
      files: {
        'evident.yml': config,
        'advisories/a.yml': redAdvisory({ tlp: 'WHITE', tracking: false }).replace(
          'known_affected: [plc-1]',
          'known_affected: [SECRET-PRODUCT]',
        ),
      },
    },
    args: ['advisory', 'build', 'advisories/a.yml', '-o', 'out'],
    code: 2,
    names: 'advisories/a.yml:14:24',
    never,
  },
  'build an advisory whose misspelt TLP is the secret, with a secret date': {
    plant: {
      files: {
        'evident.yml': config,
        'advisories/a.yml': redAdvisory({ tlp: 'SECRET-WHITE' }).replace(
          '    status:\n',
          '    discovered: SECRET-DATE\n    status:\n',
        ),
      },
    },
    args: ['advisory', 'build', 'advisories/a.yml', '-o', 'out'],
    code: 2,
    names: 'advisories/a.yml:3:6',
    never,
  },
  'build an advisory with a YAML error that would quote its line': {
    plant: { files: { 'evident.yml': config, 'advisories/a.yml': `title: |SECRET-HEADER\n  text\n` } },
    args: ['advisory', 'build', 'advisories/a.yml', '-o', 'out'],
    code: 2,
    names: 'advisories/a.yml:1:9',
    never,
  },
  'build an advisory with a secret key given twice': {
    plant: { files: { 'evident.yml': config, 'advisories/a.yml': 'SECRET-KEY: 1\nSECRET-KEY: 2\n' } },
    args: ['advisory', 'build', 'advisories/a.yml', '-o', 'out'],
    code: 2,
    names: 'advisories/a.yml:2:1',
    never,
  },
  'build a passwd file named on the command line': {
    plant: { files: { 'evident.yml': config, passwd } },
    args: ['advisory', 'build', 'passwd', '-o', 'out'],
    code: 2,
    names: 'passwd:1:1',
    never,
  },
  'validate a passwd file named on the command line': {
    plant: { files: { passwd } },
    args: ['advisory', 'validate', 'passwd'],
    code: 2,
    names: 'passwd:1:1',
    never,
  },
  'validate JSON whose syntax error is a secret word': {
    plant: { files: { 'doc.json': '{"document": SECRET-WORD}' } },
    args: ['advisory', 'validate', 'doc.json'],
    code: 2,
    names: 'doc.json:1:14',
    never,
  },
  'render null': {
    plant: { files: { 'null.json': 'null\n' } },
    args: ['advisory', 'render', 'null.json', '-o', 'out'],
    code: 2,
    names: 'null.json',
  },
  'render a product tree nested 5,000 branches deep': {
    plant: { files: { 'deep.json': deepCsaf(5000) } },
    args: ['advisory', 'render', 'deep.json', '-o', 'out'],
    code: 2,
    names: 'deep.json',
  },
  'revise with a lock left by a run that ended': {
    plant: {
      files: {
        'evident.yml': config,
        'advisories/a.yml': redAdvisory(),
        'advisories/a.yml.lock': '999999999\n',
      },
    },
    args: ['advisory', 'revise', 'advisories/a.yml', '--summary', 'Fixed.'],
    code: 2,
    names: 'advisories/a.yml.lock',
  },
};

describeRows('hostile input to the advisory commands: embargoed text, non-advisories, odd CSAF', rows);

const makeTempDir = useTempDirs();

/** Plants files in a fresh repository and runs the CLI there. */
async function run(files: Record<string, string>, args: readonly string[]) {
  const repo = await plantRepository(await makeTempDir(), { files });
  return { repo, ...(await runCli(args, { cwd: repo, timeoutMs: 10_000 })) };
}

describe('advisory validate of CSAF documents Evident does not expect', () => {
  const invalid: Record<string, { text: () => Promise<string>; reason: string; fix: string }> = {
    null: {
      text: async () => 'null\n',
      reason: 'must be a JSON object, not null',
      fix: 'fix: a CSAF document is a JSON object',
    },
    'a product tree nested 5,000 branches deep': {
      text: async () => deepCsaf(5000),
      reason: 'nested more than 100 levels deep',
      fix: 'fix: flatten the product tree',
    },
    'a CPE that is not a CPE': {
      text: async () =>
        changed((document) => {
          const tree = document.product_tree as { branches: { product?: unknown; branches?: unknown[] }[] };
          const product = firstProduct(tree.branches);
          product.product_identification_helper = { cpe: 'not a cpe at all' };
        }),
      reason: 'must be a CPE name',
      fix: 'fix: write the CPE 2.3 formatted string',
    },
    'a TLP label of TLP 2.0 in a CSAF 2.0 document': {
      text: async () =>
        changed((document) => {
          (document.document as Record<string, unknown>).distribution = { tlp: { label: 'CLEAR' } };
        }),
      reason: '/document/distribution/tlp/label: must be one of AMBER, GREEN, RED, WHITE',
      fix: 'fix: use one of AMBER, GREEN, RED, WHITE',
    },
  };
  it.each(Object.keys(invalid))('%s: exit 1 with the reason and a fix', async (name) => {
    const entry = invalid[name];
    if (!entry) throw new Error(name);
    if (name.includes('CPE') || name.includes('TLP')) {
      if (!existsSync(corpusDocument)) {
        console.log(`skipped: ${corpusDocument} is missing (the shared CSAF corpus)`);
        return;
      }
    }
    const result = await run({ 'doc.json': await entry.text() }, ['advisory', 'validate', 'doc.json']);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('doc.json: INVALID');
    expect(result.stdout).toContain(entry.reason);
    expect(result.stdout).toContain(entry.fix);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
  });

  it('says an advisory nested 5,000 lists deep is nested too deeply (exit 2, no stack)', async () => {
    const text = `id: X\ntitle: t\ntlp: WHITE\nproducts: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const result = await run({ 'evident.yml': config, 'advisories/a.yml': text }, [
      'advisory',
      'build',
      'advisories/a.yml',
      '-o',
      'out',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/advisories\/a\.yml:4:\d+: invalid YAML: nested too deeply/);
    expect(result.stderr).not.toMatch(/call stack|\n\s+at /);
  });

  it('renders a document whose tracking id is 300 characters long to a file name that fits', async () => {
    if (!existsSync(corpusDocument)) {
      console.log(`skipped: ${corpusDocument} is missing (the shared CSAF corpus)`);
      return;
    }
    const text = await changed((document) => {
      (document.document as { tracking: { id: string } }).tracking.id = 'X'.repeat(300);
    });
    const first = await run({ 'doc.json': text }, ['advisory', 'render', 'doc.json', '-o', 'out']);
    expect(first.code, first.stderr).toBe(0);
    const names = await readdir(path.join(first.repo, 'out'));
    expect(names).toHaveLength(2);
    for (const name of names) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(170);
    const second = await run({ 'doc.json': text }, ['advisory', 'render', 'doc.json', '-o', 'out']);
    expect(await readdir(path.join(second.repo, 'out'))).toEqual(names);
  });

  it('renders a CPE that is not a CPE as exit 2 naming the field and the fix', async () => {
    if (!existsSync(corpusDocument)) {
      console.log(`skipped: ${corpusDocument} is missing (the shared CSAF corpus)`);
      return;
    }
    const text = await changed((document) => {
      const tree = document.product_tree as { branches: { product?: unknown; branches?: unknown[] }[] };
      firstProduct(tree.branches).product_identification_helper = { cpe: 'not a cpe at all' };
    });
    const result = await run({ 'doc.json': text }, ['advisory', 'render', 'doc.json', '-o', 'out']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cpe must be a CPE name');
    expect(result.stderr).toContain('fix: write the CPE 2.3 formatted string');
    expect(existsSync(path.join(result.repo, 'out'))).toBe(false);
  });
});

async function changed(change: (document: Record<string, unknown>) => void): Promise<string> {
  const document = JSON.parse(await readFile(corpusDocument, 'utf8')) as Record<string, unknown>;
  change(document);
  return JSON.stringify(document, null, 2);
}

/** The first product of a branch list, depth first. */
function firstProduct(
  branches: readonly { product?: unknown; branches?: unknown[] }[],
): Record<string, unknown> {
  for (const branch of branches) {
    if (branch.product) return branch.product as Record<string, unknown>;
    const found = branch.branches && firstProduct(branch.branches as typeof branches);
    if (found) return found;
  }
  throw new Error('the corpus document has no product in its branches');
}

describe('advisory revise keeps the file as it was', () => {
  const advisory = redAdvisory({ tlp: 'WHITE' });
  it.each([
    ['a byte order mark', `\uFEFF${advisory}`],
    ['CRLF line endings', advisory.replaceAll('\n', '\r\n')],
    ['a byte order mark and CRLF', `\uFEFF${advisory.replaceAll('\n', '\r\n')}`],
  ])('%s', async (_name, text) => {
    const result = await run({ 'evident.yml': config, 'advisories/a.yml': text }, [
      'advisory',
      'revise',
      'advisories/a.yml',
      '--summary',
      'Mitigation added.',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const after = await readFile(path.join(result.repo, 'advisories/a.yml'), 'utf8');
    expect(after.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
    const crlf = text.includes('\r\n');
    // Every line ends as the file's did: no bare LF in a CRLF file, no CR in an LF one.
    expect(/(^|[^\r])\n/.test(after)).toBe(!crlf);
    expect(after.includes('\r')).toBe(crlf);
    expect(after).toContain('Mitigation added.');
    expect(after.slice(0, after.indexOf('tracking:'))).toBe(text.slice(0, text.indexOf('tracking:')));
  });
});

describe('advisory revise run four times at once', () => {
  it('adds the revision of every run that succeeds; the others exit 2 saying to run again', async () => {
    const repo = await plantRepository(await makeTempDir(), {
      files: { 'evident.yml': config, 'advisories/a.yml': redAdvisory({ tlp: 'WHITE' }) },
    });
    const runs = await Promise.all(
      [1, 2, 3, 4].map((index) =>
        spawnCli(repo, ['advisory', 'revise', 'advisories/a.yml', '--summary', `Run ${index}.`]),
      ),
    );
    const text = await readFile(path.join(repo, 'advisories/a.yml'), 'utf8');
    const succeeded = runs.filter((result) => result.code === 0);
    for (const result of runs.filter((entry) => entry.code !== 0)) {
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain('advisories/a.yml: another evident run');
      expect(result.stderr).toContain('fix: run again when it has finished');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(succeeded.length).toBeGreaterThanOrEqual(1);
    // The initial release plus one revision per run that said it revised.
    expect(text.match(/- number: /g)).toHaveLength(1 + succeeded.length);
    for (const result of succeeded) expect(text).toContain(result.summary);
    expect(await readdir(path.join(repo, 'advisories'))).toEqual(['a.yml']);
  });
});

/** Starts the CLI at once (runCli's execFile would too; this keeps the summary with the result). */
function spawnCli(cwd: string, args: readonly string[]) {
  return new Promise<{ code: number | null; stderr: string; summary: string }>((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd, env: isolatedEnv() });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (code) => resolve({ code, stderr, summary: args.at(-1) ?? '' }));
  });
}

describe('the advisory action with hostile input', () => {
  const bundles = useBundles();
  const server = useGitHubServer();
  let action: string;
  beforeAll(async () => {
    action = await bundles.named('advisory');
  }, 120_000);

  /** A committed checkout with evident.yml and the given advisories. */
  async function checkout(files: Record<string, string>): Promise<string> {
    const workspace = await plantRepository(await makeTempDir(), {
      files: { 'evident.yml': config, ...files },
    });
    await git(workspace, 'add', '-A');
    await git(workspace, 'commit', '-q', '-m', 'Advisories');
    return workspace;
  }

  function everythingOf(result: Awaited<ReturnType<typeof runAction>>): string {
    return [
      result.log,
      result.summary,
      ...result.annotations.map((annotation) => annotation.message),
      ...result.phases.flatMap((phase) => [phase.stdout, phase.stderr]),
    ].join('\n');
  }

  function expectNoWorkflowCommandIn(text: string): void {
    for (const line of text.split(/\r\n|\r|\n/)) {
      // Lines the runner has already applied show as log text; the command syntax must not survive.
      expect(parseWorkflowCommand(line.replace(/^##\[[a-z]+\]/, '')), line).toBeUndefined();
    }
  }

  it('never writes a TLP:RED advisory title to the log, an annotation or the summary', async () => {
    // Built as CSAF 2.0, the CVSS v4 vector is left out with a notice: the notice named the vulnerability.
    const workspace = await checkout({ 'advisories/a.yml': redAdvisory() });
    const result = await runAction({
      action,
      workspace,
      apiUrl: server().url,
      event: webhookExample('pull_request', 'opened'),
    });
    expect(result.outcome).toBe('success');
    expect(result.annotations.map((annotation) => annotation.severity)).toEqual(['warning']);
    expect(result.annotations[0]?.message).toContain('vulnerabilities[0]: CSAF 2.0 cannot carry CVSS v4');
    for (const text of never) expect(everythingOf(result)).not.toContain(text);
  });

  it('never quotes a TLP:RED advisory whose typo is the secret', async () => {
    const workspace = await checkout({ 'advisories/a.yml': redAdvisory({ category: 'SECRET-fix' }) });
    const result = await runAction({
      action,
      workspace,
      apiUrl: server().url,
      event: webhookExample('pull_request', 'opened'),
    });
    expect(result.outcome).toBe('failure');
    const errors = result.annotations.filter((annotation) => annotation.severity === 'error');
    expect(errors[0]?.properties.file).toBe('advisories/a.yml');
    expect(errors[0]?.properties.line).toBe('16');
    expect(errors[0]?.message).toContain('is not one of the allowed values: vendor_fix');
    for (const text of never) expect(everythingOf(result)).not.toContain(text);
  });

  it.each([
    ['an absolute path', () => '/etc/passwd'],
    [
      'a path that climbs out with ..',
      (outside: string, workspace: string) => path.relative(workspace, outside),
    ],
    ['a symbolic link in the checkout that leads out', () => 'advisories/link.yml'],
  ])('refuses files: %s, quoting nothing of it', async (_name, name) => {
    const outsideDirectory = await makeTempDir();
    const outside = path.join(outsideDirectory, 'secret.txt');
    await writeFile(outside, passwd);
    const workspace = await checkout({});
    await mkdir(path.join(workspace, 'advisories'), { recursive: true });
    await symlink(outside, path.join(workspace, 'advisories/link.yml'));
    const file = name(outside, workspace);
    const result = await runAction({
      action,
      workspace,
      apiUrl: server().url,
      event: webhookExample('pull_request', 'opened'),
      with: { files: file },
    });
    expect(result.outcome).toBe('failure');
    const all = everythingOf(result);
    expect(all).toContain(`input files: ${JSON.stringify(file)} is outside the workspace`);
    expect(all).toContain('fix: name paths inside the checkout');
    for (const text of ['SECRET', 'root:x:0:0', 'daemon']) expect(all).not.toContain(text);
    expect(all).not.toMatch(/\n\s+at /);
    expectNoWorkflowCommandIn(result.summary);
    expect(existsSync(path.join(workspace, 'evident-advisories'))).toBe(false);
  });

  it('refuses an output directory outside the workspace', async () => {
    const outsideDirectory = await makeTempDir();
    const workspace = await checkout({ 'advisories/a.yml': redAdvisory({ tlp: 'WHITE' }) });
    const output = path.join(outsideDirectory, 'csaf');
    const result = await runAction({
      action,
      workspace,
      apiUrl: server().url,
      event: webhookExample('pull_request', 'opened'),
      with: { output },
    });
    expect(result.outcome).toBe('failure');
    expect(everythingOf(result)).toContain(
      `input output: ${JSON.stringify(output)} is outside the workspace`,
    );
    expect(existsSync(output)).toBe(false);
  });
});
