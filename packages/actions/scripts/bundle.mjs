#!/usr/bin/env node
// npm run bundle: each action folder (action.yml + main.ts) becomes a self-contained dist/
// (index.mjs, its chunks, and the data files it reads). Build output, never committed on
// main: the release adds the bundles to the tagged release commit only.
import { cp, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { nodeBundleOptions, repositoryRoot } from '../../../scripts/node-bundle.mjs';

/** packages/actions, where each action has its folder. */
export const actionsRoot = fileURLToPath(new URL('..', import.meta.url));

/** The names of the folders under packages/actions that hold an action.yml and a main.ts. */
export async function listActions() {
  const names = [];
  for (const entry of await readdir(actionsRoot, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = path.join(actionsRoot, entry.name);
    if ((await exists(path.join(folder, 'action.yml'))) && (await exists(path.join(folder, 'main.ts')))) {
      names.push(entry.name);
    }
  }
  return names.sort();
}

/**
 * Bundles one action into `<outDir>/dist/index.mjs`, split at its lazily loaded parts (chunks
 * beside it: a run loads what it uses, e.g. the SBOM action writing JSON neither the XML stack
 * nor the validators of other CycloneDX versions), and copies the built-in templates to
 * `<outDir>/dist/templates/`. With an outDir other than the action's folder, action.yml is
 * copied too, so that outDir is a complete action as a release holds it.
 * @param {{ entry: string, actionYml: string, outDir: string }} options
 * @returns {Promise<{ bundle: string, bytes: number }>}
 */
export async function bundleAction({ entry, actionYml, outDir }) {
  const dist = path.join(outDir, 'dist');
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });
  const bundle = path.join(dist, 'index.mjs');
  const { metafile } = await build({
    entryPoints: { index: entry },
    outdir: dist,
    // Flat: code finds its data files (templates, XSDs) relative to its own file.
    splitting: true,
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    metafile: true,
    ...nodeBundleOptions,
    define: { EVIDENT_VERSION: JSON.stringify(await actionsVersion()), EVIDENT_BUNDLED: 'true' },
  });
  await cp(path.join(repositoryRoot, 'templates'), path.join(dist, 'templates'), { recursive: true });
  await copyCycloneDxSchemas(Object.keys(metafile.outputs), dist);
  if (path.resolve(path.dirname(actionYml)) !== path.resolve(outDir)) {
    await cp(actionYml, path.join(outDir, 'action.yml'));
  }
  return { bundle, bytes: (await stat(bundle)).size };
}

/**
 * A bundle that writes CycloneDX XML validates it against the XSDs of the CycloneDX library:
 * they are copied beside it (packages/app/src/cyclonedx-xsd.ts looks there first).
 */
async function copyCycloneDxSchemas(outputs, dist) {
  const texts = await Promise.all(
    outputs.map((output) => readFile(path.resolve(repositoryRoot, output), 'utf8')),
  );
  if (!texts.some((text) => text.includes('cyclonedx-schema/'))) return;
  const source = path.join(repositoryRoot, 'node_modules/@cyclonedx/cyclonedx-library/res/schema');
  await mkdir(path.join(dist, 'cyclonedx-schema'));
  for (const name of [
    'bom-1.5.SNAPSHOT.xsd',
    'bom-1.6.SNAPSHOT.xsd',
    'bom-1.7.SNAPSHOT.xsd',
    'spdx.SNAPSHOT.xsd',
  ]) {
    await cp(path.join(source, name), path.join(dist, 'cyclonedx-schema', name));
  }
}

/** Bundles the named action from its folder into `outDir` (default: the folder itself). */
export function bundleNamedAction(name, outDir = path.join(actionsRoot, name)) {
  const folder = path.join(actionsRoot, name);
  return bundleAction({
    entry: path.join(folder, 'main.ts'),
    actionYml: path.join(folder, 'action.yml'),
    outDir,
  });
}

async function actionsVersion() {
  const manifest = JSON.parse(await readFile(path.join(actionsRoot, 'package.json'), 'utf8'));
  return manifest.version;
}

async function exists(file) {
  return (await stat(file).catch(() => undefined)) !== undefined;
}

async function main() {
  for (const name of await listActions()) {
    const { bundle, bytes } = await bundleNamedAction(name);
    console.log(`${path.relative(repositoryRoot, bundle)}  ${(bytes / 1024).toFixed(0)} KiB`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
