import { readFileSync } from 'node:fs';

// Set by the bundler (esbuild `define`) from packages/actions/package.json; absent when the
// sources run unbundled, in tests.
declare const EVIDENT_VERSION: string | undefined;

/** The version a bundle was built as; undefined when running from source. */
export function bundledVersion(): string | undefined {
  return typeof EVIDENT_VERSION === 'string' ? EVIDENT_VERSION : undefined;
}

/** The version written into outputs: the bundle's, else (from source) the actions package's. */
export function evidentVersion(): string {
  const bundled = bundledVersion();
  if (bundled !== undefined) return bundled;
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}
