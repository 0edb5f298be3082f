import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, commitRepository, isolatedEnv, runCli, snapshotTree } from './support/cli.js';
import { useTempDirs } from './support/temp-dir.js';

const makeTempDir = useTempDirs();
const fixtures = new URL('./fixtures/sbom/', import.meta.url);
const goldenErrors = new URL('./golden/sbom-errors/', import.meta.url);

/** A git repository holding a copy of a fixture folder (and extra files), committed. */
async function repositoryWith(
  fixture: string | undefined,
  files: Record<string, string> = {},
): Promise<string> {
  const repo = await makeTempDir();
  if (fixture) await cp(new URL(fixture, fixtures), repo, { recursive: true });
  return commitRepository(repo, files);
}

describe('evident sbom', () => {
  it('writes one SBOM to stdout, stamped with the commit time, and identical bytes twice', async () => {
    const repo = await repositoryWith('v1/');
    const first = await runCli(['sbom'], { cwd: repo, spawn: true });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const bom = JSON.parse(first.stdout);
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6' });
    expect(bom.metadata.timestamp).toBe('2026-01-15T10:00:00.000Z');
    expect(bom.metadata.component).toMatchObject({ name: 'old-plc-tool', version: '0.4.0' });
    expect(bom.components).toHaveLength(6);
    const second = await runCli(['sbom'], { cwd: repo });
    expect(second.stdout).toBe(first.stdout);
  });

  it('stops quietly when the reader of stdout goes away (`evident sbom | head`)', async () => {
    // An SBOM far larger than a pipe's buffer, so writing is still going on when it closes.
    const packages: Record<string, object> = { '': { name: 'big', version: '1.0.0', dependencies: {} } };
    for (let index = 0; index < 2000; index++) {
      (packages[''] as { dependencies: Record<string, string> }).dependencies[`dep-${index}`] = '1.0.0';
      packages[`node_modules/dep-${index}`] = { version: '1.0.0', license: 'MIT' };
    }
    const lock = { name: 'big', version: '1.0.0', lockfileVersion: 3, requires: true, packages };
    const repo = await repositoryWith(undefined, { 'package-lock.json': JSON.stringify(lock) });
    const run = spawnSync('sh', ['-c', `node "${cliPath}" sbom | head -c 1`], {
      cwd: repo,
      env: isolatedEnv(),
      encoding: 'utf8',
    });
    expect(run.stdout).toBe('{');
    expect(run.stderr).toBe('');
  });

  it('writes XML and other versions to -o, reports with --json, and leaves dev packages out with --omit dev', async () => {
    const repo = await repositoryWith('v1/');
    const xml = await runCli(['sbom', '--format', 'xml', '--spec', '1.5', '-o', 'sbom.cdx.xml'], {
      cwd: repo,
      spawn: true,
    });
    // Validated with libxml2 as WebAssembly: no system program, on every machine.
    expect(xml.stderr).toBe('');
    expect(xml.code).toBe(0);
    expect(xml.stdout).toMatch(/CycloneDX 1\.5 XML written and validated/);
    const text = await readFile(path.join(repo, 'sbom.cdx.xml'), 'utf8');
    expect(text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<bom xmlns="http:\/\/cyclonedx.org\/schema\/bom\/1.5"/,
    );

    const json = await runCli(['--json', 'sbom', '--spec', '1.7', '--omit', 'dev', '-o', 'out/prod.json'], {
      cwd: repo,
    });
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ spec: '1.7', format: 'json', mismatches: [] });
    expect(report.files).toEqual([
      expect.objectContaining({
        path: path.join(repo, 'out/prod.json'),
        components: 5,
        byScope: { required: 5 },
      }),
    ]);
    const bom = JSON.parse(await readFile(path.join(repo, 'out/prod.json'), 'utf8'));
    expect(bom.components.map((component: { name: string }) => component.name)).not.toContain('mocha-lite');
  });

  it('writes the product and each workspace into the -o directory', async () => {
    const repo = await repositoryWith('v3-workspaces/');
    const stdout = await runCli(['sbom'], { cwd: repo });
    expect(stdout.code).toBe(2);
    expect(stdout.stderr).toContain('3 SBOMs (products and workspaces) cannot all go to stdout');
    const run = await runCli(['sbom', '-o', 'sboms'], {
      cwd: repo,
      env: isolatedEnv({ SOURCE_DATE_EPOCH: '1767225600' }),
    });
    expect(run.code).toBe(0);
    expect((await readdir(path.join(repo, 'sboms'))).sort()).toEqual([
      'gateway.acme-app.cdx.json',
      'gateway.acme-lib.cdx.json',
      'gateway.cdx.json',
    ]);
    const before = await snapshotTree(repo);
    const refused = await runCli(['sbom', '-o', '.'], { cwd: repo });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/is the repository root: replacing it would delete the repository/);
    expect(await snapshotTree(repo)).toEqual(before);
    const app = JSON.parse(await readFile(path.join(repo, 'sboms/gateway.acme-app.cdx.json'), 'utf8'));
    expect(app.metadata.timestamp).toBe('2026-01-01T00:00:00.000Z');
    expect(app.metadata.component.purl).toBe('pkg:npm/%40acme/app@2.1.0');
  });

  it('takes the product and declared components from evident.yml, and fails with exit 1 on a hash mismatch', async () => {
    const config = (sha: string) =>
      [
        'version: 1',
        'manufacturer: { name: ACME Industrial, url: "https://acme.example" }',
        'products:',
        '  - id: plc',
        '    name: PLC-3000 firmware',
        '    type: embedded-device',
        '    version: { from: fixed, value: 4.2.0 }',
        '    securityContact: { email: psirt@acme.example }',
        '    sbom:',
        '      lockfile: app',
        '      lifecycles: [build]',
        '      components:',
        '        - name: FreeRTOS-Kernel',
        '          version: V11.1.0',
        '          type: operating-system',
        '          license: MIT',
        '          purl: pkg:github/FreeRTOS/FreeRTOS-Kernel@V11.1.0',
        '          files:',
        `            - { path: vendor/freertos/tasks.c, sha256: ${sha} }`,
        '',
      ].join('\n');
    const good = '7088ea044eee3ffc529d095139e809b8290e7b94df27a998720ce907af89a7dc';
    const repo = await repositoryWith('declared/', { 'evident.yml': config(good) });
    await cp(new URL('v2/', fixtures), path.join(repo, 'app'), { recursive: true });
    const run = await runCli(['sbom', '-o', 'plc.cdx.json'], { cwd: repo });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const bom = JSON.parse(await readFile(path.join(repo, 'plc.cdx.json'), 'utf8'));
    expect(bom.metadata.component).toMatchObject({
      type: 'firmware',
      name: 'PLC-3000 firmware',
      version: '4.2.0',
      manufacturer: { name: 'ACME Industrial' },
    });
    expect(bom.metadata.lifecycles).toEqual([{ phase: 'build' }]);
    expect(bom.components.map((component: { name: string }) => component.name)).toEqual([
      'FreeRTOS-Kernel',
      'chart',
      'left-pad',
      'lint-all',
    ]);

    await writeFile(path.join(repo, 'evident.yml'), config('ab'.repeat(32)));
    const before = await snapshotTree(repo);
    const failed = await runCli(['sbom', '-o', 'other.cdx.json'], { cwd: repo });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(
      `evident.yml:19:23: error: FreeRTOS-Kernel@V11.1.0: vendor/freertos/tasks.c has SHA-256 ${good}, but ${'ab'.repeat(32)} is declared`,
    );
    expect(await snapshotTree(repo)).toEqual(before);
  });

  it('reads declared components from the file evident.yml names, and locates its mistakes', async () => {
    const config = [
      'version: 1',
      'products:',
      '  - id: gw',
      '    name: Gateway',
      '    type: network-device',
      '    version: { from: fixed, value: 1.0.0 }',
      '    sbom: { componentsFile: sbom/components.yml }',
      '',
    ].join('\n');
    const components = [
      'components:',
      '  - name: u-boot',
      '    version: "2024.01"',
      '    type: firmware',
      '    license: GPL-2.0-or-later',
      '    cpe: "cpe:2.3:a:denx:u-boot:2024.01:*:*:*:*:*:*:*"',
      '    files: [{ path: bootloader/boot.bin }]',
      '',
    ].join('\n');
    const repo = await repositoryWith('declared/', {
      'evident.yml': config,
      'sbom/components.yml': components,
    });
    const run = await runCli(['sbom'], { cwd: repo });
    expect(run.stderr).toBe('');
    const bom = JSON.parse(run.stdout);
    expect(bom.metadata.component).toMatchObject({ type: 'firmware', name: 'Gateway', version: '1.0.0' });
    expect(bom.components).toEqual([
      expect.objectContaining({
        type: 'firmware',
        name: 'u-boot',
        cpe: 'cpe:2.3:a:denx:u-boot:2024.01:*:*:*:*:*:*:*',
        licenses: [{ license: { id: 'GPL-2.0-or-later' } }],
        hashes: expect.arrayContaining([
          { alg: 'SHA-256', content: '1a392c61d366b3ad361da6d757413fa61ecd732668a0c87f1266604368d48a11' },
        ]),
      }),
    ]);

    await writeFile(
      path.join(repo, 'sbom/components.yml'),
      components.replace('    license:', '    licence:'),
    );
    const bad = await runCli(['sbom'], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('sbom/components.yml:5:5: unknown key "licence" in components[0]');
    expect(bad.stderr).toContain('fix: did you mean "license"?');
  });

  it('prefers npm-shrinkwrap.json to package-lock.json, as npm does', async () => {
    const repo = await repositoryWith('v2/', {
      'npm-shrinkwrap.json': await readFile(new URL('v1/package-lock.json', fixtures), 'utf8'),
    });
    const run = await runCli(['sbom'], { cwd: repo });
    expect(run.code).toBe(0);
    const names = JSON.parse(run.stdout).components.map((component: { name: string }) => component.name);
    expect(names).toContain('mocha-lite');
    expect(names).not.toContain('left-pad');
  });

  it('works outside a git repository and without evident.yml, and refuses wrong usage', async () => {
    const directory = await makeTempDir();
    await cp(new URL('v2/', fixtures), directory, { recursive: true });
    const env = isolatedEnv({ SOURCE_DATE_EPOCH: '1767225600' });
    const run = await runCli(['sbom', 'package-lock.json'], { cwd: directory, env });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).metadata.component.name).toBe(path.basename(directory));
    const version = await runCli(['sbom', '--spec', '1.4'], { cwd: directory, env });
    expect(version.code).toBe(2);
    expect(version.stderr).toContain("argument '1.4' is invalid. Allowed choices are 1.5, 1.6, 1.7.");
    const json = await runCli(['--json', 'sbom'], { cwd: directory, env });
    expect(json.code).toBe(2);
    const empty = await runCli(['sbom'], { cwd: await makeTempDir(), env });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no npm lockfile (package-lock.json or npm-shrinkwrap.json)');
  });
});

const valid = `${JSON.stringify(
  {
    name: 'x',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'x', version: '1.0.0', dependencies: { a: '1' } },
      'node_modules/a': { version: '1.0.0' },
    },
  },
  null,
  2,
)}\n`;

/** Bad lockfiles: exit 2, the file and position, nothing written. */
const badLockfiles: Record<string, string> = {
  truncated: valid.slice(0, 120),
  garbage: '\u0000\u0001binary garbage',
  'unknown-version': valid.replace('"lockfileVersion": 3', '"lockfileVersion": 9'),
  'proto-name': valid.replace(
    '"node_modules/a": {',
    '"node_modules/__proto__": {},\n    "node_modules/a": {',
  ),
  contradiction: valid
    .replace('"lockfileVersion": 3', '"lockfileVersion": 2')
    .replace(/\n}\n$/, ',\n  "dependencies": { "a": { "version": "2.0.0" } }\n}\n'),
  // a@1.0.0 at two paths with two different tarballs (sha512 of "one" and of "two").
  'integrity-conflict': `${JSON.stringify(
    {
      name: 'x',
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'x', version: '1.0.0', dependencies: { a: '1', b: '1' } },
        'node_modules/a': { version: '1.0.0', integrity: sri('one') },
        'node_modules/b': { version: '1.0.0', dependencies: { a: '1' } },
        'node_modules/b/node_modules/a': { version: '1.0.0', integrity: sri('two') },
      },
    },
    null,
    2,
  )}\n`,
};

function sri(text: string): string {
  return `sha512-${createHash('sha512').update(text).digest('base64')}`;
}

describe('bad lockfiles to evident sbom', () => {
  it('refuses a lockfile above the 16 MiB limit before reading it', async () => {
    const repo = await repositoryWith(undefined, { 'package-lock.json': ' '.repeat(17 * 1024 * 1024) });
    const before = await snapshotTree(repo);
    const run = await runCli(['sbom', '-o', 'sbom.json'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('package-lock.json: 17825792 bytes, more than the limit of 16777216 bytes');
    expect(await snapshotTree(repo)).toEqual(before);
  });

  it.each(Object.keys(badLockfiles))(
    '%s: exit 2, file:line:column and a fix, nothing written',
    async (name) => {
      const repo = await repositoryWith(undefined, { 'package-lock.json': badLockfiles[name] ?? '' });
      const before = await snapshotTree(repo);
      const run = await runCli(['sbom', '-o', 'sbom.json'], { cwd: repo });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stderr).toMatch(/^evident: error: package-lock\.json:\d+:\d+: /);
      const golden = new URL(`${name}.txt`, goldenErrors);
      if (process.env.UPDATE_GOLDEN) {
        await mkdir(goldenErrors, { recursive: true });
        await writeFile(golden, run.stderr);
      }
      expect(run.stderr).toBe(await readFile(golden, 'utf8'));
      expect(await snapshotTree(repo)).toEqual(before);
    },
  );
});
