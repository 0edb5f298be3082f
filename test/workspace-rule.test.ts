import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, repositoryRoot, runCli } from './support/cli.js';
import { useTempDirs } from './support/temp-dir.js';

const makeTempDir = useTempDirs();
const firmware = path.join(repositoryRoot, 'examples/plc-firmware');
const system = path.join(repositoryRoot, 'examples/plc-system');

/**
 * A committed repository: the firmware example's evident.yml (declared components, publisher,
 * advisories) with the system example's threat model at its root, and a deep subdirectory.
 */
async function repository(): Promise<{ root: string; deep: string }> {
  const root = await makeTempDir();
  await cp(firmware, root, { recursive: true });
  await cp(path.join(system, 'threat-model.yml'), path.join(root, 'threat-model.yml'));
  const deep = path.join(root, 'src', 'deep');
  await mkdir(deep, { recursive: true });
  await writeFile(path.join(deep, 'main.c'), 'int main(void) { return 0; }\n');
  await git(root, 'init', '-q', '-b', 'main');
  await git(root, 'add', '-A');
  await git(root, 'commit', '-q', '-m', 'initial');
  return { root, deep };
}

/** Runs one command with --json from `cwd`; returns its report. */
async function report(cwd: string, args: readonly string[]): Promise<Record<string, unknown>> {
  const run = await runCli(['--json', ...args], { cwd });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

describe('the workspace rule', () => {
  it('finds the same evident.yml and model from a subdirectory as from the root, for every command', async () => {
    const { root, deep } = await repository();
    const outputs = await makeTempDir();
    const runs = async (cwd: string, tag: string) => ({
      sbom: await report(cwd, ['sbom', '-o', path.join(outputs, `${tag}.cdx.json`)]),
      pack: await report(cwd, ['pack', '-o', path.join(outputs, `${tag}-pack`)]),
      advisories: await report(cwd, ['advisory', 'build', '-o', path.join(outputs, `${tag}-csaf`)]),
      check: await report(cwd, ['threat-model', 'check']),
    });
    const fromRoot = await runs(root, 'root');
    const fromDeep = await runs(deep, 'deep');

    // The product, its declared components and its version come from the one evident.yml.
    const sbomFile = (tag: string) => readFile(path.join(outputs, `${tag}.cdx.json`), 'utf8');
    expect(fromDeep.sbom).toMatchObject({ files: [{ product: 'plc-3000', components: 1 }] });
    expect(await sbomFile('deep')).toBe(await sbomFile('root'));
    expect(fromDeep.pack.summary).toEqual(fromRoot.pack.summary);
    // The advisories folder evident.yml configures, listed relative to where the user is.
    expect((fromRoot.advisories.advisories as unknown[]).length).toBe(2);
    expect(
      (fromDeep.advisories.advisories as { source: string }[]).map((advisory) =>
        path.resolve(deep, advisory.source),
      ),
    ).toEqual(
      (fromRoot.advisories.advisories as { source: string }[]).map((advisory) =>
        path.resolve(root, advisory.source),
      ),
    );
    // The threat model evident.yml names (paths.threatModel, default threat-model.yml at the root).
    expect(fromDeep.check).toEqual(fromRoot.check);
    expect(fromDeep.check).toMatchObject({ file: 'threat-model.yml', title: 'PLC-3000 control system' });
  });

  it('takes a product set below the git top level with its own evident.yml, from inside it', async () => {
    const { root } = await repository();
    const nested = path.join(root, 'products', 'system');
    await cp(system, nested, { recursive: true });
    const check = await report(path.join(nested, 'test-results'), [
      'threat-model',
      'check',
      '--junit',
      'junit.xml',
    ]);
    expect(check).toMatchObject({ file: 'threat-model.yml', testsChecked: true });
  });

  it('resolves a FILE the user names against the directory the user is in', async () => {
    const { root, deep } = await repository();
    await cp(path.join(root, 'threat-model.yml'), path.join(deep, 'local-model.yml'));
    const check = await report(deep, ['threat-model', 'check', 'local-model.yml']);
    expect(check).toMatchObject({ file: 'local-model.yml' });
  });

  it("reads the root's lockfile from a subdirectory when no PATH is given", async () => {
    const root = await makeTempDir();
    const lock = {
      name: 'app',
      version: '1.0.0',
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', version: '1.0.0', dependencies: { left: '1.0.0' } },
        'node_modules/left': { version: '1.0.0', license: 'MIT' },
      },
    };
    await writeFile(path.join(root, 'package.json'), '{"name":"app","version":"1.0.0"}\n');
    await writeFile(path.join(root, 'package-lock.json'), `${JSON.stringify(lock)}\n`);
    await writeFile(
      path.join(root, 'evident.yml'),
      'version: 1\nproducts:\n  - id: app\n    name: App\n    type: software-application\n',
    );
    const deep = path.join(root, 'src', 'deep');
    await mkdir(deep, { recursive: true });
    await git(root, 'init', '-q', '-b', 'main');
    await git(root, 'add', '-A');
    await git(root, 'commit', '-q', '-m', 'initial');
    const outputs = await makeTempDir();
    const sbom = (cwd: string, name: string) => report(cwd, ['sbom', '-o', path.join(outputs, name)]);
    expect(await sbom(deep, 'deep.cdx.json')).toMatchObject({ files: [{ product: 'app', components: 1 }] });
    await sbom(root, 'root.cdx.json');
    const written = (name: string) => readFile(path.join(outputs, name), 'utf8');
    expect(await written('deep.cdx.json')).toBe(await written('root.cdx.json'));
  });
});
