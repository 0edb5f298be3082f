import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAction, webhookExample } from './action-harness/index.js';
import { useBundles } from './actions/bundles.js';
import { useGitHubServer } from './github-server/vitest.js';
import { git, repositoryRoot } from './support/cli.js';
import { useTempDirs } from './support/temp-dir.js';

// The bundled `advisory` action under the runner-faithful harness, on a pull request.
const bundles = useBundles();
const makeTempDir = useTempDirs();
const server = useGitHubServer();
const example = path.join(repositoryRoot, 'examples/plc-firmware');
let action: string;

beforeAll(async () => {
  action = await bundles.named('advisory');
}, 120_000);

/** A checkout holding the example advisory set in `psirt/`, with changes applied to its files. */
async function checkout(change: (files: Map<string, string>) => void = () => {}): Promise<string> {
  const workspace = await makeTempDir();
  const root = path.join(workspace, 'psirt');
  await cp(example, root, { recursive: true });
  const files = new Map<string, string>();
  for (const name of [
    'evident.yml',
    ...(await readdir(path.join(root, 'advisories'))).map((file) => `advisories/${file}`),
  ]) {
    files.set(name, await readFile(path.join(root, name), 'utf8'));
  }
  change(files);
  for (const [name, text] of files) await writeFile(path.join(root, name), text);
  await git(workspace, 'init', '-q', '-b', 'main');
  await git(workspace, 'add', '-A');
  await git(workspace, 'commit', '-q', '-m', 'Advisories');
  return workspace;
}

function edit(name: string, from: string, to: string) {
  return (files: Map<string, string>) => {
    const text = files.get(name) ?? '';
    if (!text.includes(from)) throw new Error(`${name} lacks ${from}`);
    files.set(name, text.replace(from, to));
  };
}

const event = () => webhookExample('pull_request', 'opened');

describe('the advisory action', () => {
  it('builds and validates every advisory and summarizes the public ones', async () => {
    const workspace = await checkout();
    const result = await runAction({
      action,
      workspace,
      apiUrl: server().url,
      event: event(),
      with: { 'working-directory': 'psirt' },
    });
    expect(result.outcome).toBe('success');
    expect(result.outputs).toEqual({
      path: path.join(workspace, 'psirt/evident-advisories'),
      count: '2',
      public: '2',
    });
    expect(await readdir(path.join(workspace, 'psirt/evident-advisories'))).toEqual([
      'exa-sa-2026-001.json',
      'exa-vex-2026-002.json',
    ]);
    expect(result.annotations).toEqual([]);
    expect(result.summary).toContain('2 advisories built as valid CSAF 2.0 into `psirt/evident-advisories`.');
    expect(result.summary).toContain(
      '| EXA-SA-2026-001 | 1.1.0 | Authentication bypass and denial of service',
    );
    expect(server().requests.all()).toEqual([]);
  });

  it('never names a draft or a TLP:AMBER advisory in the summary', async () => {
    const workspace = await checkout((files) => {
      edit('advisories/exa-sa-2026-001.yml', 'tlp: WHITE', 'tlp: AMBER')(files);
      edit('advisories/exa-vex-2026-002.yml', 'tlp: WHITE', 'tlp: GREEN')(files);
    });
    const result = await runAction({
      action,
      workspace,
      apiUrl: server().url,
      event: event(),
      with: { 'working-directory': 'psirt' },
    });
    expect(result.outcome).toBe('success');
    expect(result.outputs.public).toBe('0');
    expect(result.summary).toContain('2 not listed: drafts and advisories with a TLP other than WHITE/CLEAR');
    expect(result.summary).not.toContain('EXA-');
    expect(result.summary).not.toContain('PLC-3000');
  });

  it('annotates each problem on its YAML line and fails the step', async () => {
    const workspace = await checkout((files) => {
      edit('advisories/exa-sa-2026-001.yml', 'C:N/I:N/A:H', 'C:N/I:N/A:X')(files);
      edit(
        'advisories/exa-sa-2026-001.yml',
        'known_affected: [plc-3000-fw-1, ',
        'known_affected: [plc-3000-fw-9, ',
      )(files);
    });
    const result = await runAction({
      action,
      workspace,
      apiUrl: server().url,
      event: event(),
      with: { 'working-directory': 'psirt' },
    });
    expect(result.outcome).toBe('failure');
    const text = await readFile(path.join(workspace, 'psirt/advisories/exa-sa-2026-001.yml'), 'utf8');
    const lineOf = (needle: string) =>
      String(text.split('\n').findIndex((line) => line.includes(needle)) + 1);
    const errors = result.annotations.filter((annotation) => annotation.properties.file !== undefined);
    expect(
      errors.map((annotation) => [
        annotation.severity,
        annotation.properties.file,
        annotation.properties.line,
      ]),
    ).toEqual([
      ['error', 'psirt/advisories/exa-sa-2026-001.yml', lineOf('A:X')],
      ['error', 'psirt/advisories/exa-sa-2026-001.yml', lineOf('plc-3000-fw-9')],
    ]);
    expect(errors[0]?.message).toContain('invalid CVSS v3.1 vector: A must be one of H, L, N, not X');
    expect(errors[1]?.message).toContain('unknown product id "plc-3000-fw-9"');
  });
});
