import { createHash } from 'node:crypto';
import { InputError } from '@evident/core';
import { describe, expect, it } from 'vitest';
import { buildSboms, type InventoryComponent, type LockfileInput } from '../src/index.js';
import { lockfileOf } from './fixtures.js';

const product: InventoryComponent = {
  ref: 'urn:evident:product:gateway',
  kind: 'application',
  name: 'HMI gateway',
  version: '3.1.0',
  hashes: [],
  properties: [],
  dependsOn: [],
  components: [],
};

interface Component {
  'bom-ref': string;
  scope?: string;
  hashes?: { alg: string; content: string }[];
  licenses?: unknown[];
  externalReferences?: { type: string; url: string }[];
}

async function sbomOf(lockfile: LockfileInput) {
  const result = await buildSboms({
    product,
    lockfile,
    metadata: {
      timestamp: new Date('2026-01-01T00:00:00Z'),
      tool: { name: 'evident', version: '0.0.0-test' },
    },
    spec: '1.6',
    format: 'json',
    omitDev: false,
  });
  const [document] = result.documents;
  const bom = JSON.parse(document?.text ?? '{}') as { components: Component[] };
  const byRef = (ref: string) => bom.components.find((component) => component['bom-ref'] === ref);
  return { byRef, gaps: document?.gaps ?? [], components: bom.components };
}

const sha512Hex = (text: string) => createHash('sha512').update(text).digest('hex');

/** The InputError building an SBOM of this lockfile raises. */
async function errorOf(lockfile: LockfileInput): Promise<InputError> {
  try {
    await sbomOf(lockfile);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('no error raised');
}

describe('one name@version at several install paths', () => {
  it('takes the hash and the licence from whichever path records them', async () => {
    // shared-codec@1.0.0: no integrity or licence at modbus-a's copy (first in the lock), the
    // integrity at modbus-b's, integrity and licence at modbus-c's.
    const { byRef, gaps } = await sbomOf(lockfileOf('duplicates'));
    const codec = byRef('pkg:npm/shared-codec@1.0.0');
    expect(codec?.hashes).toEqual([{ alg: 'SHA-512', content: sha512Hex('shared-codec+1.0.0') }]);
    expect(codec?.licenses).toEqual([{ license: { id: 'BSD-2-Clause' } }]);
    expect(codec?.externalReferences).toEqual([
      expect.objectContaining({
        type: 'distribution',
        url: 'https://registry.npmjs.org/shared-codec/-/shared-codec-1.0.0.tgz',
      }),
    ]);
    // Every component has both, so neither gap is reported.
    expect(gaps).toEqual([]);
  });

  it('still reports a gap when no path records an integrity', async () => {
    const lockfile = editLock(lockfileOf('duplicates'), (packages) => {
      for (const parent of ['modbus-b', 'modbus-c']) {
        const entry = packages[`node_modules/${parent}/node_modules/shared-codec`] ?? {};
        delete entry.integrity;
        delete entry.resolved;
      }
    });
    const { byRef, gaps } = await sbomOf(lockfile);
    expect(byRef('pkg:npm/shared-codec@1.0.0')?.hashes).toBeUndefined();
    expect(byRef('pkg:npm/shared-codec@1.0.0')?.licenses).toEqual([{ license: { id: 'BSD-2-Clause' } }]);
    expect(gaps).toEqual(['1 component(s) without a hash (the lockfile records no integrity)']);
  });

  it('refuses two integrities for one name@version, naming both paths (exit 2: a user error)', async () => {
    const path = 'node_modules/modbus-c/node_modules/shared-codec';
    const lockfile = editLock(lockfileOf('duplicates'), (packages) => {
      Object.assign(packages[path] ?? {}, { integrity: sri('sha512', 'another tarball') });
    });
    const error = await errorOf(lockfile);
    expect(error.message).toBe(
      `the lockfile contradicts itself: shared-codec@1.0.0 has the integrity ${sri('sha512', 'another tarball')} at "${path}" (from https://registry.npmjs.org/shared-codec/-/shared-codec-1.0.0.tgz) but ${sri('sha512', 'shared-codec+1.0.0')} at "node_modules/modbus-b/node_modules/shared-codec" (from https://registry.npmjs.org/shared-codec/-/shared-codec-1.0.0.tgz)`,
    );
    expect(error.fix).toMatch(/^regenerate the lockfile/);
    expect(error.location).toEqual({
      file: 'duplicates/package-lock.json',
      line: lockfile.text.split('\n').findIndex((line) => line.includes(`"${path}": {`)) + 1,
      column: 5,
    });
  });

  it('says when the two integrities come from two registries (a package shadowed by another of its name)', async () => {
    const lockfile = editLock(lockfileOf('duplicates'), (packages) => {
      Object.assign(packages['node_modules/modbus-c/node_modules/shared-codec'] ?? {}, {
        resolved: 'https://npm.acme.example/shared-codec/-/shared-codec-1.0.0.tgz',
        integrity: sri('sha512', 'private tarball'),
      });
    });
    const error = await errorOf(lockfile);
    expect(error.message).toContain('(from https://npm.acme.example/shared-codec/-/shared-codec-1.0.0.tgz)');
    expect(error.fix).toMatch(/^two registries serve different tarballs under this name and version/);
  });

  it('accepts the same tarball from a mirror, and integrities of different algorithms (they cannot disagree)', async () => {
    const lockfile = editLock(lockfileOf('duplicates'), (packages) => {
      Object.assign(packages['node_modules/modbus-c/node_modules/shared-codec'] ?? {}, {
        resolved: 'https://npm.acme.example/shared-codec/-/shared-codec-1.0.0.tgz',
        integrity: sri('sha1', 'shared-codec+1.0.0'),
      });
    });
    const { byRef } = await sbomOf(lockfile);
    // The first path with an integrity gives the component its hashes and its tarball URL.
    const codec = byRef('pkg:npm/shared-codec@1.0.0');
    expect(codec?.hashes).toEqual([{ alg: 'SHA-512', content: sha512Hex('shared-codec+1.0.0') }]);
    expect(codec?.externalReferences?.[0]?.url).toBe(
      'https://registry.npmjs.org/shared-codec/-/shared-codec-1.0.0.tgz',
    );
  });
});

describe('licences npm copied from old package.json forms', () => {
  it('writes an array of SPDX ids as one OR expression, and an array with any other name as separate licences', async () => {
    const { byRef } = await sbomOf(lockfileOf('duplicates'));
    expect(byRef('pkg:npm/dual-spdx@1.0.0')?.licenses).toEqual([{ expression: 'MIT OR Apache-2.0' }]);
    expect(byRef('pkg:npm/dual-named@1.0.0')?.licenses).toEqual([
      { license: { id: 'MIT' } },
      { license: { name: 'Apache2' } },
    ]);
    expect(byRef('pkg:npm/old-object@1.0.0')?.licenses).toEqual([{ license: { id: 'ISC' } }]);
    expect(byRef('pkg:npm/old-objects@1.0.0')?.licenses).toEqual([{ expression: 'MIT OR GPL-2.0-only' }]);
  });
});

describe('lockfile v1 optional packages', () => {
  it('come out optional, as npm flagged them, though v1 records no optional edges', async () => {
    // file-watcher requires native-events (flagged optional: an optionalDependency of
    // file-watcher), which requires node-addon (flagged optional too).
    const { byRef } = await sbomOf(lockfileOf('v1-optional'));
    expect(byRef('pkg:npm/file-watcher@3.0.0')?.scope).toBe('required');
    expect(byRef('pkg:npm/native-events@2.0.0')?.scope).toBe('optional');
    expect(byRef('pkg:npm/node-addon@1.0.0')?.scope).toBe('optional');
  });
});

type LockEntries = Record<string, Record<string, unknown>>;

/** The lockfile with its `packages` changed, written as npm writes it (two-space JSON). */
function editLock(lockfile: LockfileInput, edit: (packages: LockEntries) => void): LockfileInput {
  const data = JSON.parse(lockfile.text) as { packages: LockEntries };
  edit(data.packages);
  return { ...lockfile, text: `${JSON.stringify(data, null, 2)}\n` };
}

/** An SRI integrity of a text. */
function sri(algorithm: 'sha1' | 'sha512', text: string): string {
  return `${algorithm}-${createHash(algorithm).update(text).digest('base64')}`;
}
