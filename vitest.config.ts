import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// The CycloneDX library's files by path, as Evident's bundlers resolve them (scripts/node-bundle.mjs).
const cycloneDxRoot = path.dirname(
  createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json'),
);

// Unit tests run on the TypeScript sources (the "source" export condition);
// end-to-end tests in test/ spawn the built CLI and bundles.
export default defineConfig({
  resolve: {
    conditions: ['source'],
    alias: [
      {
        find: /^@cyclonedx\/cyclonedx-library\/(dist\.node\/.*)$/,
        replacement: `${cycloneDxRoot}/$1`,
      },
    ],
  },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
