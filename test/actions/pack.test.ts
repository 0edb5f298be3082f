import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAction, webhookExample } from '../action-harness/index.js';
import { useGitHubServer } from '../github-server/vitest.js';
import { commitRepository, snapshotTree } from '../support/cli.js';
import { useTempDirs } from '../support/temp-dir.js';
import { useBundles } from './bundles.js';

// The bundled `pack` action under the harness, with a real pull_request payload.
const bundles = useBundles();
const makeTempDir = useTempDirs();
const server = useGitHubServer();
let action: string;

beforeAll(async () => {
  action = await bundles.named('pack');
});

const validConfig =
  'version: 1\nproducts:\n  - id: plc\n    name: PLC-3000 firmware\n    type: embedded-device\n';

/** A checkout: a git repository with one commit, at `subdirectory` of the workspace when given. */
async function checkout(files: Record<string, string>, subdirectory = '.') {
  const workspace = await makeTempDir();
  const repository = path.join(workspace, subdirectory);
  await mkdir(repository, { recursive: true });
  await commitRepository(repository, files);
  return { workspace, repository };
}

describe('the pack action', () => {
  it('writes the pack, sets its outputs and summarizes counts only, on a pull request', async () => {
    const { workspace } = await checkout({
      'evident.yml': validConfig,
      'package.json': '{"version":"4.2.0"}',
    });
    const event = webhookExample('pull_request', 'opened');
    const result = await runAction({ action, workspace, apiUrl: server().url, event });

    expect(result.outcome).toBe('success');
    const packPath = path.join(workspace, 'evident-pack');
    expect(result.outputs).toEqual({
      path: packPath,
      complete: '0',
      partial: '0',
      none: '47',
      'not-collected': '0',
      'not-applicable': '0',
    });
    expect(result.undeclaredOutputs).toEqual([]);
    expect(
      await snapshotTree(packPath).then((entries) => entries.map((entry) => entry.split(' ')[0])),
    ).toEqual(['manifest.json', 'pack.json', 'summary.md']);
    expect(result.annotations).toEqual([]);

    const main = result.phases[0];
    expect(main?.stdout.split('\n')[0]).toMatch(/^Evident pack action 0\.1\.0 on Node v/);
    expect(main?.firstOutputMs).toBeGreaterThan(0);
    // the summary: the counts and the classification, never the evidence
    expect(result.summary).toContain('| none | 47 |');
    expect(result.summary).toContain('| **total** | **47** |');
    expect(result.summary).toContain(
      '**Classification: customer.** Share the pack with your assessor; do not publish it.',
    );
    expect(result.summary).toContain('The pack (3 files) is in `evident-pack`');
    expect(result.summary).toContain(
      `[The run (with the pack, if uploaded as an artifact)](https://github.com/${event.payload.repository && (event.payload.repository as { full_name: string }).full_name}/actions/runs/1658821493)`,
    );
    const pack = JSON.parse(await readFile(path.join(packPath, 'pack.json'), 'utf8'));
    for (const requirement of pack.requirements) expect(result.summary).not.toContain(requirement.reason);
    expect(pack.generator).toEqual({ name: 'evident', version: '0.1.0' });
    // offline first: the pack needs nothing from the GitHub API
    expect(server().requests.all()).toEqual([]);
  });

  it('honours working-directory and output, and annotates a broken evident.yml at its place in the checkout', async () => {
    const { workspace } = await checkout(
      { 'evident.yml': 'version: 1\nproducts:\n  - id: plc\n    name: PLC\n    type: toaster\n' },
      'product',
    );
    const result = await runAction({
      action,
      workspace,
      apiUrl: server().url,
      event: webhookExample('pull_request', 'synchronize'),
      with: { 'working-directory': 'product', output: 'out/pack' },
    });
    expect(result.outcome).toBe('failure');
    const [error] = result.annotations;
    expect(error).toMatchObject({
      severity: 'error',
      properties: { file: 'product/evident.yml', line: '5' },
    });
    expect(error?.message).toMatch(/toaster/);
    expect(existsSync(path.join(workspace, 'product/out/pack'))).toBe(false);
  });

  it('writes where output says, relative to working-directory', async () => {
    const { workspace } = await checkout({ 'evident.yml': validConfig }, 'product');
    const result = await runAction({
      action,
      workspace,
      apiUrl: server().url,
      with: { 'working-directory': 'product', output: 'out/pack' },
    });
    expect(result.outcome).toBe('success');
    expect(result.outputs.path).toBe(path.join(workspace, 'product/out/pack'));
    // no version source: a warning annotation, as the CLI warns
    expect(result.annotations.map((a) => `${a.severity}: ${a.message}`)).toEqual([
      'warning: no version found for product plc',
    ]);
  });

  it('refuses to replace a directory that is not a pack unless force is true', async () => {
    const { workspace } = await checkout({ 'evident.yml': validConfig });
    // untracked: a tracked file is refused whatever force says
    await mkdir(path.join(workspace, 'notes'));
    await writeFile(path.join(workspace, 'notes/keep.txt'), 'keep me\n');
    const refused = await runAction({ action, workspace, apiUrl: server().url, with: { output: 'notes' } });
    expect(refused.outcome).toBe('failure');
    expect(refused.annotations[0]?.message).toMatch(
      /^notes holds 1 file that is not an earlier Evident pack's as written \(added or changed since\): keep\.txt; replacing the directory would delete it\n/,
    );
    // the fix in the action's terms, not the CLI's flags
    expect(refused.annotations[0]?.message).toContain(
      'fix: choose a new or empty directory for the `output` input, e.g. notes/evident-pack, or set `force: true` to delete that file and replace the directory',
    );
    const forced = await runAction({
      action,
      workspace,
      apiUrl: server().url,
      with: { output: 'notes', force: 'true' },
    });
    expect(forced.outcome).toBe('success');
  });

  it('says which input to change when there is no evident.yml or no such working-directory', async () => {
    const { workspace } = await checkout({ 'README.md': '# PLC\n' });
    const missing = await runAction({ action, workspace, apiUrl: server().url });
    expect(missing.outcome).toBe('failure');
    expect(missing.annotations[0]?.message).toMatch(
      /^no evident\.yml in .*\n {2}fix: run `evident init` to create one, or set `working-directory` to the folder that holds evident\.yml$/,
    );
    const nowhere = await runAction({
      action,
      workspace,
      apiUrl: server().url,
      with: { 'working-directory': 'nope' },
    });
    expect(nowhere.annotations[0]?.message).toBe(
      'working-directory nope is not in the workspace\n  fix: set working-directory to the folder of the checkout that holds evident.yml',
    );
  });
});

describe('the pack action and the checkout', () => {
  it('refuses output: . with force: true, and leaves every file of the checkout in place', async () => {
    const { workspace } = await checkout({ 'evident.yml': validConfig, 'src/main.c': 'int main(void);\n' });
    const before = await snapshotTree(workspace);
    const result = await runAction({
      action,
      workspace,
      apiUrl: server().url,
      with: { output: '.', force: 'true' },
    });
    expect(result.outcome).toBe('failure');
    expect(result.annotations[0]?.message).toMatch(
      /^\. \(.*\) is the repository root: replacing it would delete the repository with its history \(\.git\) and every file in it\n {2}fix: choose a new or empty directory for the `output` input, e\.g\. evident-pack$/,
    );
    expect(await snapshotTree(workspace)).toEqual(before);
    expect(existsSync(path.join(workspace, '.git/HEAD'))).toBe(true);
  });

  it('refuses a directory of tracked files with force: true', async () => {
    const { workspace } = await checkout({ 'evident.yml': validConfig, 'docs/design.md': '# Design\n' });
    const before = await snapshotTree(workspace);
    const result = await runAction({
      action,
      workspace,
      apiUrl: server().url,
      with: { output: 'docs', force: 'true' },
    });
    expect(result.outcome).toBe('failure');
    expect(result.annotations[0]?.message).toMatch(/^docs holds 1 file tracked by git \(design\.md\)/);
    expect(await snapshotTree(workspace)).toEqual(before);
  });
});

describe('the bundles', () => {
  it.each(['pack', 'sbom', 'advisory'])(
    '%s is self-contained and reproducible: two builds give the same bytes',
    async (name) => {
      const [one, two] = await Promise.all([bundles.named(name), bundles.named(name)]);
      const first = await snapshotTree(one);
      expect(first).toEqual(await snapshotTree(two));
      expect(first.map((entry) => entry.split(' ')[0])).toEqual(
        expect.arrayContaining(['action.yml', 'dist/', 'dist/index.mjs', 'dist/templates/']),
      );
      const bundle = await readFile(path.join(one, 'dist/index.mjs'), 'utf8');
      expect(bundle).toMatch(/^import \{ createRequire as __evidentCreateRequire \} from 'node:module';/);
      // no import of anything but Node's own modules and its own chunks: it runs from its folder alone
      const files = first.map((entry) => entry.split(' ')[0] ?? '');
      for (const module of files.filter((file) => file.endsWith('.mjs'))) {
        const text = await readFile(path.join(one, module), 'utf8');
        // static imports, and the lazily loaded chunks (e.g. the XML validator's libxml2)
        const imports = [
          ...text.matchAll(/^(?:import|export) .*from ["']([^"']+)["'];?$/gm),
          ...text.matchAll(/\bimport\(["'](\.\/[^"']+\.mjs)["']\)/g),
        ];
        for (const [, specifier = ''] of imports) {
          if (specifier.startsWith('./')) expect(files).toContain(`dist/${specifier.slice(2)}`);
          else expect(isBuiltin(specifier), specifier).toBe(true);
        }
      }
    },
  );
});
