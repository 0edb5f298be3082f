import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';

/** What the JSON writer needs from the CycloneDX library. */
export interface JsonSerialization {
  readonly JsonSerializer: typeof Serialize.JsonSerializer;
  readonly Factory: typeof Serialize.JSON.Normalize.Factory;
}

// Set by Evident's bundlers (esbuild `define`): inside a bundle the library is bundled too,
// and loading its modules by path from node_modules would make a second, foreign copy.
declare const EVIDENT_BUNDLED: boolean | undefined;

let json: Promise<JsonSerialization> | undefined;
let xml: Promise<typeof Serialize> | undefined;

/**
 * The library's JSON serializer and normalizers. Its public `Serialize` entry point also
 * loads the XML stack (xmlbuilder2 and ~150 modules, about half the cost of a run on a
 * small lockfile) even when only JSON is written, so the two JSON modules are loaded by
 * their path in the installed package; in a bundle, or when that layout is not there (another
 * library version), the public entry point serves instead. A test pins the layout.
 */
export function loadJsonSerialization(): Promise<JsonSerialization> {
  json ??= Promise.resolve()
    .then(() => {
      if (typeof EVIDENT_BUNDLED !== 'undefined') throw new Error('bundled: use the public entry point');
      const require = createRequire(import.meta.url);
      const base = path.join(
        path.dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')),
        'dist.node',
        'serialize',
      );
      const { JsonSerializer } = require(path.join(base, 'jsonSerializer.js')) as JsonSerialization;
      const { Factory } = require(path.join(base, 'json', 'normalize.js')) as JsonSerialization;
      if (typeof JsonSerializer !== 'function' || typeof Factory !== 'function')
        throw new Error('layout changed');
      return { JsonSerializer, Factory };
    })
    .catch(async () => {
      const module = await loadXmlSerialization();
      return { JsonSerializer: module.JsonSerializer, Factory: module.JSON.Normalize.Factory };
    });
  return json;
}

/** The library's public serialization module (JSON and XML). */
export function loadXmlSerialization(): Promise<typeof Serialize> {
  // A CommonJS module: Node's namespace lists the exports it can detect, a bundler's may not;
  // `default` is the whole module.exports in both.
  xml ??= import('@cyclonedx/cyclonedx-library/Serialize').then(
    (module) => ((module as unknown as { default?: typeof Serialize }).default ?? module) as typeof Serialize,
  );
  return xml;
}
