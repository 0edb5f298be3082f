import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildNpmInventories,
  computeNeeds,
  type InventoryComponent,
  readNpmLockfile,
  resolveGraph,
} from '../src/index.js';

// Real npm lockfiles of industrial and IoT projects, read in place from ../shared (the
// developers' machines have it; a clone elsewhere does not).
const corpus = new URL('../../../../shared/corpus/lockfiles/npm-real/', import.meta.url);
const present = existsSync(corpus);
if (!present)
  console.log(`skipping the real-lockfile SBOM tests: ${corpus.pathname} is absent (only ../shared has it)`);
const folders = present
  ? readdirSync(corpus, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  : [];

type RawEntry = Record<string, unknown> & { version?: string; dependencies?: Record<string, RawEntry> };

/** What the lock records per name@version over all its paths, read here without Evident's reader. */
function recordedFacts(lock: Record<string, unknown>) {
  const integrity = new Set<string>();
  const license = new Set<string>();
  const note = (name: string, version: string, entry: RawEntry) => {
    if (typeof entry.integrity === 'string') integrity.add(`${name}@${version}`);
    if (entry.license !== undefined && entry.license !== '') license.add(`${name}@${version}`);
  };
  if (lock.packages) {
    for (const [path, entry] of Object.entries(lock.packages as Record<string, RawEntry>)) {
      const at = path.lastIndexOf('node_modules/');
      if (at === -1 || entry.link) continue;
      note(
        (entry.name as string | undefined) ?? path.slice(at + 'node_modules/'.length),
        entry.version ?? '',
        entry,
      );
    }
  } else {
    const walk = (tree: Record<string, RawEntry>) => {
      for (const [installedAs, entry] of Object.entries(tree)) {
        const spec = entry.version ?? '';
        const alias = spec.startsWith('npm:') ? spec.lastIndexOf('@') : -1;
        if (alias === -1) note(installedAs, spec, entry);
        else note(spec.slice(4, alias), spec.slice(alias + 1), entry);
        if (entry.dependencies) walk(entry.dependencies);
      }
    };
    walk((lock.dependencies ?? {}) as Record<string, RawEntry>);
  }
  return { integrity, license };
}

const nameOf = (component: InventoryComponent) =>
  `${component.group === undefined ? '' : `${component.group}/`}${component.name}@${component.version}`;

describe.skipIf(!present)('SBOMs of the real npm lockfiles in ../shared', () => {
  it('has the 11 lockfiles', () => {
    expect(folders).toHaveLength(11);
  });

  it.each(folders)(
    '%s: every name@version with an integrity or licence at any of its paths gets a hash or licence',
    (folder) => {
      const text = readFileSync(new URL(`${folder}/package-lock.json`, corpus), 'utf8');
      const manifest = readFileSync(new URL(`${folder}/package.json`, corpus), 'utf8');
      const lock = readNpmLockfile(text, 'package-lock.json', manifest);
      const product: InventoryComponent = {
        ref: `urn:evident:product:${folder}`,
        kind: 'application',
        name: folder,
        version: '',
        hashes: [],
        properties: [],
        dependsOn: [],
        components: [],
      };
      const { aggregate } = buildNpmInventories(lock, { omitDev: false, product });
      const recorded = recordedFacts(JSON.parse(text.replace(/^\uFEFF/, '')));
      const components = aggregate.components.filter((component) => component.purl?.startsWith('pkg:npm/'));
      const hashless = components.filter(
        (component) => recorded.integrity.has(nameOf(component)) && component.hashes.length === 0,
      );
      const unlicensed = components.filter(
        (component) => recorded.license.has(nameOf(component)) && component.license === undefined,
      );
      expect(hashless.map(nameOf)).toEqual([]);
      expect(unlicensed.map(nameOf)).toEqual([]);
      // The gap is reported only for components that have no integrity anywhere in the lock.
      const gap = aggregate.gaps.find((line) => line.includes('without a hash'));
      const withoutAny = components.filter(
        (component) =>
          !recorded.integrity.has(nameOf(component)) &&
          !component.properties.some(
            ([name]) => name === 'cdx:npm:package:bundled' || name === 'evident:npm:workspace',
          ),
      );
      expect(gap).toBe(
        withoutAny.length === 0
          ? undefined
          : `${withoutAny.length} component(s) without a hash (the lockfile records no integrity)`,
      );
    },
  );

  it.each(folders.filter((folder) => folder.endsWith('-v1')))(
    '%s (lockfile v1): every installed package gets the scope npm flagged',
    (folder) => {
      const text = readFileSync(new URL(`${folder}/package-lock.json`, corpus), 'utf8');
      const manifest = readFileSync(new URL(`${folder}/package.json`, corpus), 'utf8');
      const lock = readNpmLockfile(text, 'package-lock.json', manifest);
      const needs = computeNeeds(resolveGraph(lock), ['']);
      const disagreements = [...lock.packages.values()].filter((entry) => {
        const need = needs.get(entry.path);
        // Orphans (entries nothing leads to: node-opcua has some) are in no SBOM.
        if (entry.path === '' || need === undefined) return false;
        return need !== (entry.dev ? 2 : entry.optional ? 1 : 0);
      });
      expect(disagreements.map((entry) => entry.path)).toEqual([]);
    },
  );
});
