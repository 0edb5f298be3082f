// Set by the bundler (esbuild `define`) from packages/actions/package.json; absent when the
// sources run unbundled, in tests.
declare const EVIDENT_VERSION: string | undefined;

/** The version a bundle was built as; undefined when running from source. */
export function bundledVersion(): string | undefined {
  return typeof EVIDENT_VERSION === 'string' ? EVIDENT_VERSION : undefined;
}
