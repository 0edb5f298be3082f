import { defineConfig } from 'vitest/config';
import { cycloneDxDeepPath } from './scripts/node-bundle.mjs';

// Unit tests run on the TypeScript sources (the "source" export condition);
// end-to-end tests in test/ spawn the built CLI and bundles.
export default defineConfig({
  resolve: {
    conditions: ['source'],
    // The CycloneDX library's files by path, as Evident's bundlers resolve them.
    alias: [cycloneDxDeepPath],
  },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
