import { createHash } from 'node:crypto';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAction, webhookExample } from './action-harness/index.js';
import { useBundles } from './actions/bundles.js';
import { useGitHubServer } from './github-server/vitest.js';
import { commitRepository, snapshotTree } from './support/cli.js';
import { useTempDirs } from './support/temp-dir.js';

// The bundled `sbom` action under the runner-faithful harness.
const bundles = useBundles();
const makeTempDir = useTempDirs();
const server = useGitHubServer();
const fixtures = new URL('./fixtures/sbom/', import.meta.url);
let action: string;

beforeAll(async () => {
  action = await bundles.named('sbom');
});

/** A checkout of a fixture folder: a git repository with one commit. */
async function checkout(fixture: string, files: Record<string, string> = {}): Promise<string> {
  const workspace = await makeTempDir();
  await cp(new URL(fixture, fixtures), workspace, { recursive: true });
  return commitRepository(workspace, files);
}

describe('the sbom action', () => {
  it('writes a validated SBOM, sets path, component count and SHA-256, and summarizes scopes, licences and gaps', async () => {
    const workspace = await checkout('v2/');
    const result = await runAction({
      action,
      workspace,
      apiUrl: server().url,
      event: webhookExample('pull_request', 'opened'),
    });
    expect(result.outcome).toBe('success');
    const file = path.join(workspace, 'sbom.cdx.json');
    const bytes = await readFile(file);
    expect(result.outputs).toEqual({
      path: file,
      'component-count': '3',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      files: '1',
    });
    expect(result.annotations).toEqual([]);
    const bom = JSON.parse(bytes.toString('utf8'));
    expect(bom.metadata.tools.components).toEqual([
      { type: 'application', name: 'evident', version: '0.1.0' },
    ]);
    expect(result.summary).toContain('## Evident SBOM (CycloneDX 1.6, JSON)');
    expect(result.summary).toContain('| `sbom.cdx.json` |');
    expect(result.summary).toContain('| 3 | 2 | 0 | 1 |');
    expect(result.summary).toContain('| WTFPL | 1 |');
    // offline: nothing from the GitHub API
    expect(server().requests.all()).toEqual([]);
  });

  it('writes one SBOM per npm workspace into the output directory, in CycloneDX 1.7 without dev packages', async () => {
    const workspace = await checkout('v3-workspaces/');
    const result = await runAction({
      action,
      workspace,
      apiUrl: server().url,
      with: { output: 'sboms', 'spec-version': '1.7', 'omit-dev': 'true' },
    });
    expect(result.outcome).toBe('success');
    expect(result.outputs).toMatchObject({ path: path.join(workspace, 'sboms'), files: '3' });
    const product = JSON.parse(await readFile(path.join(workspace, 'sboms/gateway.cdx.json'), 'utf8'));
    expect(product.specVersion).toBe('1.7');
    expect(JSON.stringify(product)).not.toContain('test-runner');
    expect(result.summary).toContain('1 component(s) without a hash (the lockfile records no integrity)');
  });

  it('writes XML validated against the XSDs the bundle carries beside itself', async () => {
    const workspace = await checkout('v2/');
    const result = await runAction({
      action,
      workspace,
      apiUrl: server().url,
      with: { format: 'xml', output: 'sbom.cdx.xml' },
    });
    expect(result.outcome, JSON.stringify(result.annotations)).toBe('success');
    const xml = await readFile(path.join(workspace, 'sbom.cdx.xml'), 'utf8');
    expect(xml).toContain('<bom xmlns="http://cyclonedx.org/schema/bom/1.6"');
    expect(result.outputs).toMatchObject({ 'component-count': '3' });
  });

  it('validates XML inside the bundle: an SBOM its XSD does not allow fails the step, nothing written', async () => {
    // A copy of the bundle whose CycloneDX 1.6 XSD no longer knows the hash algorithm SHA-512.
    const tampered = await bundles.named('sbom');
    const xsd = path.join(tampered, 'dist/cyclonedx-schema/bom-1.6.SNAPSHOT.xsd');
    const text = await readFile(xsd, 'utf8');
    await writeFile(
      xsd,
      text.replace('<xs:enumeration value="SHA-512"/>', '<xs:enumeration value="SHA-999"/>'),
    );
    expect(await readFile(xsd, 'utf8')).not.toBe(text);
    const workspace = await checkout('v2/');
    const before = await snapshotTree(workspace);
    const result = await runAction({
      action: tampered,
      workspace,
      apiUrl: server().url,
      with: { format: 'xml', output: 'sbom.cdx.xml' },
    });
    expect(result.outcome).toBe('failure');
    const message = result.annotations.map((annotation) => annotation.message).join('\n');
    expect(message).toContain('is not valid CycloneDX 1.6');
    expect(message).toMatch(/xml line \d+: .*The value 'SHA-512' is not an element of the set/);
    expect(await snapshotTree(workspace)).toEqual(before);
  });

  it('fails on a declared hash that does not match, annotated at its line, and writes nothing', async () => {
    const config = [
      'version: 1',
      'products:',
      '  - id: plc',
      '    name: PLC',
      '    type: embedded-device',
      '    sbom:',
      '      components:',
      '        - name: FreeRTOS-Kernel',
      '          version: V11.1.0',
      '          type: operating-system',
      '          files:',
      `            - { path: vendor/freertos/tasks.c, sha256: ${'ab'.repeat(32)} }`,
      '',
    ].join('\n');
    const workspace = await checkout('declared/', { 'evident.yml': config });
    const before = await snapshotTree(workspace);
    const result = await runAction({ action, workspace, apiUrl: server().url });
    expect(result.outcome).toBe('failure');
    const errors = result.annotations.filter((annotation) => annotation.severity === 'error');
    expect(errors[0]).toMatchObject({ properties: { file: 'evident.yml', line: '12' } });
    expect(errors[0]?.message).toContain('vendor/freertos/tasks.c has SHA-256 7088ea04');
    expect(errors[1]?.message).toContain('declared hashes do not match 1 file(s): no SBOM written');
    expect(await snapshotTree(workspace)).toEqual(before);
  });

  it('annotates a broken lockfile at its line and column', async () => {
    const workspace = await checkout('v2/', { 'package-lock.json': '{\n  "lockfileVersion": 7\n}\n' });
    const result = await runAction({ action, workspace, apiUrl: server().url });
    expect(result.outcome).toBe('failure');
    expect(result.annotations[0]).toMatchObject({
      severity: 'error',
      properties: { file: 'package-lock.json', line: '2', col: '3' },
    });
    expect(result.annotations[0]?.message).toContain('unknown lockfileVersion 7');
  });
});
