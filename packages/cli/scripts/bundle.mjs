#!/usr/bin/env node
// The `evident` binary as it ships: one ESM bundle, split at the lazily loaded commands, in
// packages/cli/bundle/ (build output, gitignored). Loading one file per command instead of
// hundreds of modules is most of a short command's time. It sits at the same depth as
// dist/, so the paths it finds relative to itself (package.json, the built-in templates)
// are the same.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nodeBundleOptions } from '../../../scripts/node-bundle.mjs';

const outdir = fileURLToPath(new URL('../bundle/', import.meta.url));

await rm(outdir, { recursive: true, force: true });
await build({
  ...nodeBundleOptions,
  entryPoints: { evident: fileURLToPath(new URL('../src/bin.ts', import.meta.url)) },
  outdir,
  splitting: true,
  chunkNames: '[name]-[hash]',
  define: { EVIDENT_BUNDLED: 'true' },
});
