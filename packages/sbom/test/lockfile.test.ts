import { InputError } from '@evident/core';
import { describe, expect, it } from 'vitest';
import { computeNeeds, MAX_LOCKFILE_BYTES, readNpmLockfile, resolveGraph } from '../src/index.js';
import { hasSharedLockfiles, lockfileOf, readFixture, sharedLockfiles } from './fixtures.js';

const hasShared = hasSharedLockfiles('the real socket.io and sigstore-js lockfile tests');

function read(folder: string, root?: URL) {
  const { file, text, manifest } = lockfileOf(folder, root);
  return readNpmLockfile(text, file, manifest);
}

/** The InputError a bad lockfile raises. */
function errorOf(text: string): InputError {
  try {
    readNpmLockfile(text, 'package-lock.json');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('no error raised');
}

describe('readNpmLockfile', () => {
  it('normalizes v1, v2 and v3 to install paths with the real names of aliases', () => {
    const v1 = read('v1');
    expect(v1.lockfileVersion).toBe(1);
    expect(v1.packages.get('node_modules/alias-of-debug')).toMatchObject({
      name: 'debug',
      version: '4.3.1',
      alias: 'alias-of-debug',
    });
    expect(v1.packages.get('node_modules/debug/node_modules/ms')).toMatchObject({
      name: 'ms',
      version: '2.0.0',
    });
    expect(v1.packages.get('node_modules/ws-native')).toMatchObject({
      version: '4558ee0a5f0c2d1e3b4a5968778695a4b3c2d1e0',
      resolved: 'git+ssh://git@github.com/acme/ws-native.git#4558ee0a5f0c2d1e3b4a5968778695a4b3c2d1e0',
    });
    // v1 does not record the root's dependencies: they come from package.json
    expect([...v1.root.dependencies]).toEqual([
      ['mocha-lite', 'dev'],
      ['alias-of-debug', 'required'],
      ['debug', 'required'],
      ['ws-native', 'required'],
    ]);
    expect(read('v2').lockfileVersion).toBe(2);
    const v3 = read('v3-workspaces');
    expect(v3.workspaces).toEqual(['packages/app', 'packages/lib']);
    expect(v3.packages.get('node_modules/legacy-client')).toMatchObject({
      name: 'real-client',
      alias: 'legacy-client',
    });
    expect(v3.packages.get('node_modules/@acme/app')).toMatchObject({ link: true, target: 'packages/app' });
  });

  it('resolves dependencies as Node does, through links, nearest node_modules first', () => {
    const lock = read('v3-workspaces');
    const graph = resolveGraph(lock);
    expect(graph.edges.get('packages/app')).toEqual([
      { to: 'node_modules/test-runner', kind: 'dev' },
      { to: 'packages/lib', kind: 'required' },
      { to: 'node_modules/bundler-host', kind: 'required' },
      { to: 'packages/app/node_modules/shared-util', kind: 'required' },
    ]);
    // the optional peer that is not installed is the only unresolved edge
    expect(graph.unresolved).toEqual([
      { from: 'node_modules/express-lite', name: 'missing-optional-peer', kind: 'optional' },
    ]);
  });

  it.skipIf(!hasShared)(
    'computes the same dev and optional flags as npm on a real workspaces lockfile',
    () => {
      const { text } = lockfileOf('npm-v3-workspaces/sigstore-js', sharedLockfiles);
      const lock = readNpmLockfile(text, 'package-lock.json');
      const needs = computeNeeds(resolveGraph(lock), ['', ...lock.workspaces]);
      const raw = JSON.parse(text).packages as Record<
        string,
        { dev?: boolean; optional?: boolean; devOptional?: boolean; link?: boolean }
      >;
      const disagreements = Object.entries(raw)
        .filter(([path, entry]) => path.includes('node_modules/') && !entry.link)
        .filter(
          ([path, entry]) =>
            needs.get(path) !== (entry.dev ? 2 : entry.optional || entry.devOptional ? 1 : 0),
        )
        .map(([path]) => path);
      expect(lock.workspaces).toHaveLength(14);
      expect(disagreements).toEqual([]);
    },
  );
});

describe('scope on a real v1 lockfile', () => {
  it.skipIf(!hasShared)("equals npm's dev and optional flags for all 355 entries of socket.io", () => {
    const lock = read('npm-v1/socket.io', sharedLockfiles);
    const needs = computeNeeds(resolveGraph(lock), ['']);
    const entries = [...lock.packages.values()].filter((entry) => entry.path !== '');
    expect(entries).toHaveLength(355);
    const disagreements = entries.filter(
      (entry) => needs.get(entry.path) !== (entry.dev ? 2 : entry.optional ? 1 : 0),
    );
    expect(disagreements.map((entry) => entry.path)).toEqual([]);
  });
});

describe('bad lockfiles', () => {
  const valid = readFixture('v2/package-lock.json');

  it('names the line and column of a truncated file', () => {
    const error = errorOf(valid.slice(0, 300));
    expect(error.message).toMatch(/^the lockfile is not valid JSON: /);
    expect(error.location).toEqual({
      file: 'package-lock.json',
      line: valid.slice(0, 300).split('\n').length,
      column: expect.any(Number),
    });
    expect(error.fix).toMatch(/truncated/);
  });

  it('names the position of garbage', () => {
    const error = errorOf('{\n  "lockfileVersion": 3,\n  "packages": { oops }\n}\n');
    expect(error.location).toEqual({ file: 'package-lock.json', line: 3, column: 17 });
    expect(error.message).toBe('the lockfile is not valid JSON: expected a double quote (a key), found "o"');
  });

  it('refuses unknown lockfile versions at the key', () => {
    const error = errorOf('{\n  "name": "x",\n  "lockfileVersion": 4,\n  "packages": {}\n}\n');
    expect(error.message).toBe('unknown lockfileVersion 4');
    expect(error.location).toEqual({ file: 'package-lock.json', line: 3, column: 3 });
  });

  it('refuses __proto__ as a package name', () => {
    const text = valid.replace(
      '"node_modules/left-pad": {',
      '"__proto__": {},\n    "node_modules/left-pad": {',
    );
    const error = errorOf(text);
    expect(error.message).toBe('the key "__proto__" is not allowed: no package can be named __proto__');
    expect(error.location?.line).toBe(text.split('\n').findIndex((line) => line.includes('__proto__')) + 1);
  });

  it('refuses a v2 lockfile whose two trees disagree', () => {
    const text = valid.replace(/("left-pad": \{\n\s+"version": )"1\.3\.0"/, '$1"1.2.0"');
    const error = errorOf(text);
    expect(error.message).toBe(
      'the lockfile contradicts itself: "packages" has left-pad@1.3.0, "dependencies" has left-pad@1.2.0',
    );
    expect(error.location?.line).toBe(
      text.split('\n').findIndex((line) => line.includes('"left-pad": {')) + 1,
    );
  });

  it('refuses entries without a version, and files above the size limit, quickly', () => {
    const error = errorOf('{"lockfileVersion":3,"packages":{"":{},"node_modules/a":{"resolved":"x"}}}');
    expect(error.message).toBe('"node_modules/a" has no version');
    expect(error.location).toEqual({ file: 'package-lock.json', line: 1, column: 40 });
    const huge = errorOf(`{"lockfileVersion":3,"packages":{},"pad":"${'x'.repeat(MAX_LOCKFILE_BYTES)}"}`);
    expect(huge.message).toMatch(/larger than the limit of 16777216 bytes/);
  });

  it('answers a deeply nested document without overflowing the stack', () => {
    const error = errorOf(`${'['.repeat(20_000)}`);
    expect(error.location?.file).toBe('package-lock.json');
  });
});
