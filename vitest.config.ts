import { defineConfig } from 'vitest/config';

// Unit tests run on the TypeScript sources (the "source" export condition);
// end-to-end tests in test/ spawn the built CLI and bundles.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
