import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { loadXmlSchema } from '@evident/node';
import { describe, expect, it } from 'vitest';
import {
  buildSboms,
  type DeclaredComponent,
  type InventoryComponent,
  type SbomFormat,
  type SbomRequest,
  type SpecVersion,
  specVersions,
  validateCycloneDxJson,
} from '../src/index.js';
import { fixtureRoot, hasSharedLockfiles, lockfileOf, sharedLockfiles } from './fixtures.js';

const golden = new URL('../../../test/golden/sbom/', import.meta.url);
const hasShared = hasSharedLockfiles('the SBOMs of the real socket.io and sigstore-js lockfiles');

const product: InventoryComponent = {
  ref: 'urn:evident:product:plc',
  kind: 'firmware',
  name: 'PLC-3000 firmware',
  version: '4.2.0',
  hashes: [],
  properties: [['evident:product:id', 'plc']],
  dependsOn: [],
  components: [],
};

const declared: DeclaredComponent[] = [
  {
    name: 'FreeRTOS-Kernel',
    version: 'V11.1.0',
    kind: 'operating-system',
    supplier: { name: 'Amazon Web Services', url: 'https://www.freertos.org' },
    license: 'MIT',
    cpe: 'cpe:2.3:o:amazon:freertos:11.1.0:*:*:*:*:*:*:*',
    purl: 'pkg:github/FreeRTOS/FreeRTOS-Kernel@V11.1.0',
    files: [
      {
        path: 'vendor/freertos/tasks.c',
        sha256: '7088ea044eee3ffc529d095139e809b8290e7b94df27a998720ce907af89a7dc',
      },
    ],
  },
  {
    name: 'acme-bootloader',
    version: '2.0.3',
    kind: 'firmware',
    license: 'LicenseRef-ACME-Proprietary',
    files: [{ path: 'bootloader/boot.bin' }, { path: 'bootloader/boot.cfg' }],
  },
];

function declaredFiles(): Map<string, Uint8Array> {
  const paths = declared.flatMap((component) => component.files.map((file) => file.path));
  return new Map(paths.map((path) => [path, readFileSync(new URL(`declared/${path}`, fixtureRoot))]));
}

const fixtures: Record<string, Partial<SbomRequest>> = {
  v1: { lockfile: lockfileOf('v1') },
  v2: { lockfile: lockfileOf('v2') },
  'v3-workspaces': { lockfile: lockfileOf('v3-workspaces') },
  declared: { declared, declaredFiles: declaredFiles() },
};

function request(fixture: string, spec: SpecVersion, format: SbomFormat, omitDev = false): SbomRequest {
  return {
    product,
    metadata: {
      timestamp: new Date('2026-01-01T00:00:00Z'),
      tool: { name: 'evident', version: '0.0.0-test' },
      manufacturer: { name: 'ACME Industrial', url: 'https://acme.example' },
      securityContact: { email: 'psirt@acme.example', url: 'https://acme.example/security' },
      lifecycles: ['build'],
    },
    spec,
    format,
    omitDev,
    validateXml: xsdValidate,
    ...fixtures[fixture],
  };
}

/** The XSDs the CycloneDX library ships for a version (the CLI's lookup lives at its edge). */
function cycloneDxXsd(version: SpecVersion) {
  const manifest = createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json');
  const folder = path.join(path.dirname(manifest), 'res', 'schema');
  return [path.join(folder, `bom-${version}.SNAPSHOT.xsd`), path.join(folder, 'spdx.SNAPSHOT.xsd')] as const;
}

/** The validator the CLI uses (libxml2 as WebAssembly, the @evident/node adapter). */
async function xsdValidate(text: string, version: SpecVersion) {
  const [schema, spdx] = cycloneDxXsd(version);
  const violations = (await loadXmlSchema(schema, [spdx])).validate(text);
  return violations.map((violation) => ({ at: `xml line ${violation.line}`, message: violation.message }));
}

const strictValidators = new Map<SpecVersion, Validation.JsonStrictValidator>();
async function libraryValidate(text: string, version: SpecVersion) {
  const library = { '1.5': Spec.Version.v1dot5, '1.6': Spec.Version.v1dot6, '1.7': Spec.Version.v1dot7 }[
    version
  ];
  if (!strictValidators.has(version))
    strictValidators.set(version, new Validation.JsonStrictValidator(library));
  return strictValidators.get(version)?.validate(text);
}

const cases = Object.keys(fixtures).flatMap((fixture) =>
  specVersions.flatMap((spec) =>
    (['json', 'xml'] as const).map((format) => [fixture, spec, format] as const),
  ),
);

describe('CycloneDX output: fixtures × versions × formats', () => {
  it.each(cases)('%s, CycloneDX %s %s: valid and equal to its golden file', async (fixture, spec, format) => {
    const result = await buildSboms(request(fixture, spec, format));
    const [document] = result.documents;
    if (!document) throw new Error('no document');
    if (format === 'json') expect(await libraryValidate(document.text, spec)).toBeNull();
    else expect(await xsdValidate(document.text, spec)).toEqual([]);
    const file = new URL(`${fixture}.${spec}.cdx.${format}`, golden);
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, document.text);
    expect(document.text).toBe(readFileSync(file, 'utf8'));
  });
});

describe('CycloneDX content', () => {
  async function json(fixture: string, spec: SpecVersion = '1.6', omitDev = false) {
    const result = await buildSboms(request(fixture, spec, 'json', omitDev));
    return result.documents.map((document) => JSON.parse(document.text));
  }
  const byRef = (bom: { components: { 'bom-ref': string }[] }, ref: string) =>
    bom.components.find((component) => component['bom-ref'] === ref) as Record<string, unknown>;

  it('writes licences as SPDX ids, expressions or names, and SHA-512 from integrity on the distribution too', async () => {
    const [bom] = await json('v3-workspaces');
    expect(byRef(bom, 'pkg:npm/express-lite@4.2.0').licenses).toEqual([{ expression: 'MIT OR Apache-2.0' }]);
    expect(byRef(bom, 'pkg:npm/shared-util@1.2.3').licenses).toEqual([{ license: { id: 'MIT' } }]);
    expect(byRef(bom, 'pkg:npm/real-client@1.4.0').licenses).toEqual([
      { license: { name: 'Custom licence text' } },
    ]);
    const hashes = byRef(bom, 'pkg:npm/shared-util@1.2.3').hashes as { alg: string; content: string }[];
    expect(hashes).toEqual([{ alg: 'SHA-512', content: expect.stringMatching(/^[0-9a-f]{128}$/) }]);
    expect(byRef(bom, 'pkg:npm/shared-util@1.2.3').externalReferences).toEqual([
      { type: 'distribution', url: 'https://registry.npmjs.org/shared-util/-/shared-util-1.2.3.tgz', hashes },
    ]);
  });

  it('lets production win over dev, lists dev-only as excluded, and --omit dev drops them and their edges', async () => {
    const [bom] = await json('v3-workspaces');
    expect(byRef(bom, 'pkg:npm/shared-util@1.2.3').scope).toBe('required');
    expect(byRef(bom, 'pkg:npm/test-runner@1.0.0').scope).toBe('excluded');
    expect(byRef(bom, 'pkg:npm/fast-native-linux-x64@2.0.0').scope).toBe('optional');
    const [omitted] = await json('v3-workspaces', '1.6', true);
    const refs = omitted.components.map((component: { 'bom-ref': string }) => component['bom-ref']);
    expect(refs).not.toContain('pkg:npm/test-runner@1.0.0');
    expect(refs).not.toContain('pkg:npm/%40types/helper@1.0.0');
    expect(JSON.stringify(omitted.dependencies)).not.toContain('test-runner');
  });

  it('writes one SBOM per workspace, and nests the workspace packages in the product', async () => {
    const documents = await json('v3-workspaces');
    expect(documents.map((bom) => bom.metadata.component.name)).toEqual(['PLC-3000 firmware', 'app', 'lib']);
    const nested = documents[0].metadata.component.components.map((c: { purl: string }) => c.purl);
    expect(nested).toEqual(['pkg:npm/%40acme/app@2.1.0', 'pkg:npm/%40acme/lib@0.9.0']);
    const lib = documents[2];
    expect(lib.components.map((c: { purl: string }) => c.purl)).toEqual(['pkg:npm/shared-util@1.2.3']);
  });

  it('puts the manufacturer on metadata.component from 1.6 on, and the security contact as an external reference', async () => {
    const [v15] = await json('v2', '1.5');
    const [v16] = await json('v2', '1.6');
    expect(v15.metadata.component.manufacturer).toBeUndefined();
    expect(v15.metadata.manufacture).toEqual({ name: 'ACME Industrial', url: ['https://acme.example/'] });
    expect(v16.metadata.component.manufacturer).toEqual({
      name: 'ACME Industrial',
      url: ['https://acme.example/'],
    });
    expect(v16.metadata.component.externalReferences).toEqual([
      { type: 'security-contact', url: 'https://acme.example/security' },
      { type: 'security-contact', url: 'mailto:psirt@acme.example' },
    ]);
    expect(v16.metadata.lifecycles).toEqual([{ phase: 'build' }]);
  });

  it('hashes declared files and reports a declared hash that does not match', async () => {
    const [bom] = await json('declared');
    const freertos = byRef(bom, 'pkg:github/FreeRTOS/FreeRTOS-Kernel@V11.1.0');
    expect(freertos.hashes).toContainEqual({
      alg: 'SHA-256',
      content: '7088ea044eee3ffc529d095139e809b8290e7b94df27a998720ce907af89a7dc',
    });
    const bootloader = byRef(bom, 'acme-bootloader@2.0.3');
    expect((bootloader.components as { name: string }[]).map((file) => file.name)).toEqual([
      'bootloader/boot.bin',
      'bootloader/boot.cfg',
    ]);

    const tampered = new Map(declaredFiles()).set(
      'vendor/freertos/tasks.c',
      new TextEncoder().encode('changed'),
    );
    const result = await buildSboms({ ...request('declared', '1.6', 'json'), declaredFiles: tampered });
    expect(result.documents).toEqual([]);
    expect(result.mismatches).toEqual([
      expect.objectContaining({ component: 'FreeRTOS-Kernel@V11.1.0', path: 'vendor/freertos/tasks.c' }),
    ]);
  });

  it('gives identical bytes for identical input, and a serial number that follows the content', async () => {
    for (const format of ['json', 'xml'] as const) {
      const one = await buildSboms(request('v1', '1.6', format));
      const two = await buildSboms(request('v1', '1.6', format));
      expect(two.documents[0]?.text).toBe(one.documents[0]?.text);
    }
    const [a] = await json('v1', '1.6');
    const [b] = await json('v1', '1.6', true);
    expect(a.serialNumber).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(b.serialNumber).not.toBe(a.serialNumber);
  });

  it.skipIf(!hasShared)(
    'validates the real socket.io and sigstore-js lockfiles with the library validator',
    async () => {
      for (const folder of ['npm-v1/socket.io', 'npm-v3-workspaces/sigstore-js']) {
        const lockfile = lockfileOf(folder, sharedLockfiles);
        const result = await buildSboms({ ...request('v1', '1.6', 'json'), lockfile });
        const [aggregate] = result.documents;
        expect(await libraryValidate(aggregate?.text ?? '', '1.6')).toBeNull();
      }
    },
  );
});

describe('loading the CycloneDX library', () => {
  it('finds the JSON serializer without the XML stack (the layout the fast path relies on)', () => {
    const script = `
      const { loadJsonSerialization } = await import(${JSON.stringify(new URL('../dist/serializers.js', import.meta.url).href)});
      const { createRequire } = await import('node:module');
      const library = await loadJsonSerialization();
      const cache = Object.keys(createRequire(import.meta.url).cache);
      console.log(typeof library.JsonSerializer, cache.some((file) => file.includes('xmlbuilder2')));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(output).toBe('function false\n');
  });
});

describe('precompiled validators', () => {
  // What the generated code rewrites (enum and uniqueItems) must decide as the library does.
  type Item = Record<string, unknown>;
  type Bom = { components: Item[]; dependencies: { dependsOn?: string[] }[] };
  const broken: [string, (bom: Bom) => void][] = [
    [
      'a component twice, keys in another order',
      (bom) => {
        bom.components.push(Object.fromEntries(Object.entries(bom.components[0] ?? {}).reverse()));
      },
    ],
    [
      'a dependsOn entry twice',
      (bom) => {
        const dependsOn = bom.dependencies.find((item) => item.dependsOn?.length)?.dependsOn ?? [];
        dependsOn.push(dependsOn[0] ?? '');
      },
    ],
    [
      'an unknown SPDX licence id',
      (bom) => {
        Object.assign(bom.components[0] ?? {}, { licenses: [{ license: { id: 'Not-A-Licence' } }] });
      },
    ],
    [
      'a hash of the wrong length',
      (bom) => {
        Object.assign(bom.components[0] ?? {}, { hashes: [{ alg: 'SHA-512', content: 'abc' }] });
      },
    ],
  ];
  it.each(specVersions)(
    'agree with the library validator on valid and broken documents (CycloneDX %s)',
    async (spec) => {
      const text = readFileSync(new URL(`v3-workspaces.${spec}.cdx.json`, golden), 'utf8');
      expect(await validateCycloneDxJson(text, spec)).toEqual([]);
      expect(await libraryValidate(text, spec)).toBeNull();
      for (const [what, breakIt] of broken) {
        const bom = JSON.parse(text);
        breakIt(bom);
        const mutated = JSON.stringify(bom);
        expect((await validateCycloneDxJson(mutated, spec)).length, what).toBeGreaterThan(0);
        expect(await libraryValidate(mutated, spec), what).not.toBeNull();
      }
    },
  );

  it('are up to date with the schemas of the installed CycloneDX library', () => {
    const script = new URL('../scripts/precompile-validators.mjs', import.meta.url);
    expect(() =>
      execFileSync(process.execPath, [script.pathname, '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});
