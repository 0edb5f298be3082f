import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { bundleAction, bundleNamedAction } from '../../packages/actions/scripts/bundle.mjs';

/**
 * Bundles actions into a temp directory for this test file (removed after it) and returns
 * each action's folder: action.yml and dist/, as a release holds them.
 */
export function useBundles() {
  const created: string[] = [];
  afterAll(async () => {
    await Promise.all(created.map((directory) => rm(directory, { recursive: true, force: true })));
  });
  const fresh = async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'evident-bundle-'));
    created.push(directory);
    return directory;
  };
  return {
    /** One of packages/actions/<name>. */
    async named(name: string): Promise<string> {
      const outDir = await fresh();
      await bundleNamedAction(name, outDir);
      return outDir;
    },
    /** A test fixture: a folder with action.yml and main.ts. */
    async fixture(folder: string): Promise<string> {
      const outDir = await fresh();
      await bundleAction({
        entry: path.join(folder, 'main.ts'),
        actionYml: path.join(folder, 'action.yml'),
        outDir,
      });
      return outDir;
    },
  };
}
