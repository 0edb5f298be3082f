import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSboms, computeNeeds, readNpmLockfile, resolveGraph } from '../src/index.js';

// The shared corpus sits beside the repository on the developers' machines, not in GitHub's CI.
const corpus = new URL('../../../../shared/corpus/lockfiles/', import.meta.url);
const npmCli = new URL('npm-v3-workspaces/npm-cli/package-lock.json', corpus);
const present = existsSync(npmCli);
if (!present)
  console.log(`skipping the shared-corpus SBOM tests: ${npmCli.pathname} is absent (only ../shared has it)`);

describe.skipIf(!present)(
  'the npm/cli lockfile of the shared corpus (16 workspaces, bundled dependencies)',
  () => {
    const text = present ? readFileSync(npmCli, 'utf8') : '';

    it('gets the same dev and optional flags as npm computed, for every entry', () => {
      const lock = readNpmLockfile(text, 'package-lock.json');
      expect(lock.workspaces).toHaveLength(16);
      const needs = computeNeeds(resolveGraph(lock), ['', ...lock.workspaces]);
      const raw = JSON.parse(text).packages as Record<string, Record<string, boolean>>;
      const disagreements = Object.entries(raw).filter(
        ([path, entry]) =>
          path.includes('node_modules/') &&
          !entry.link &&
          needs.get(path) !== (entry.dev ? 2 : entry.optional || entry.devOptional ? 1 : 0),
      );
      expect(disagreements).toEqual([]);
    });

    it('writes 17 valid SBOMs, bundled packages marked and every other registry package hashed', async () => {
      const result = await buildSboms({
        product: {
          ref: 'urn:evident:product:npm',
          kind: 'application',
          name: 'npm',
          version: '10.9.0',
          hashes: [],
          properties: [],
          dependsOn: [],
          components: [],
        },
        lockfile: { file: 'package-lock.json', text },
        metadata: { timestamp: new Date(0), tool: { name: 'evident', version: '0.0.0-test' } },
        spec: '1.6',
        format: 'json',
        omitDev: false,
      });
      expect(result.documents).toHaveLength(17);
      const bom = JSON.parse(result.documents[0]?.text ?? '{}');
      const bundled = bom.components.filter((c: { properties?: { name: string }[] }) =>
        c.properties?.some((property) => property.name === 'cdx:npm:package:bundled'),
      );
      expect(bundled.length).toBeGreaterThan(100);
      const unhashed = bom.components.filter(
        (c: { hashes?: unknown[]; properties?: { name: string }[] }) =>
          !c.hashes && !c.properties?.some((property) => property.name === 'cdx:npm:package:bundled'),
      );
      expect(unhashed).toEqual([]);
    });
  },
);
