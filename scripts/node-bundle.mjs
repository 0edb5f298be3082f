// esbuild settings shared by every Node bundle of Evident: the GitHub Actions
// (packages/actions/scripts/bundle.mjs) and the `evident` binary (packages/cli/scripts/bundle.mjs).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, esbuild's working directory. */
export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

// Some ESM dependencies (@actions/core 3) still reach for require, __filename and __dirname,
// and CommonJS dependencies get bundled too: give the ESM bundle all three.
const banner = [
  "import { createRequire as __evidentCreateRequire } from 'node:module';",
  "import { fileURLToPath as __evidentFileURLToPath } from 'node:url';",
  "import { dirname as __evidentDirname } from 'node:path';",
  'const require = __evidentCreateRequire(import.meta.url);',
  'const __filename = __evidentFileURLToPath(import.meta.url);',
  'const __dirname = __evidentDirname(__filename);',
].join('\n');

/**
 * The CycloneDX library's `exports` reach its JSON serializer only through the entry point
 * that also loads the XML stack (~0.9 MB of bundle); its files under dist.node/ are resolved
 * by path, so the JSON writer loads just what it uses (packages/sbom/src/serializers.ts).
 * The mapping, for esbuild here and for vitest's alias (vitest.config.ts).
 */
export const cycloneDxDeepPath = {
  find: /^@cyclonedx\/cyclonedx-library\/(dist\.node\/.*)$/,
  replacement: `${path.dirname(
    createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json'),
  )}/$1`,
};

const cycloneDxDeepPaths = {
  name: 'cyclonedx-deep-paths',
  setup(build) {
    build.onResolve({ filter: cycloneDxDeepPath.find }, (args) => ({
      path: args.path.replace(cycloneDxDeepPath.find, cycloneDxDeepPath.replacement),
    }));
  },
};

/** esbuild options for an ESM bundle that runs on Node 20 and later. */
export const nodeBundleOptions = Object.freeze({
  absWorkingDir: repositoryRoot,
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Actions say node24; Node 20 is the oldest this must run on (here, and the CLI's floor).
  target: 'node20',
  // Workspace packages are bundled from their TypeScript sources, as the tests run them.
  conditions: ['source'],
  banner: { js: banner },
  // Optional native modules that libraries load inside try/catch (CycloneDX's XML validation):
  // left to run time, where their absence is handled, instead of failing the build.
  external: ['libxmljs2'],
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
  plugins: [cycloneDxDeepPaths],
});
