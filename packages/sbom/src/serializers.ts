import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';

/** What the JSON writer needs from the CycloneDX library. */
export interface JsonSerialization {
  readonly JsonSerializer: typeof Serialize.JsonSerializer;
  readonly Factory: typeof Serialize.JSON.Normalize.Factory;
}

let json: Promise<JsonSerialization> | undefined;
let xml: Promise<typeof Serialize> | undefined;

/**
 * The library's JSON serializer and normalizers. Its public `Serialize` entry point also
 * loads the XML stack (xmlbuilder2 and ~150 modules, about half the cost of a run on a
 * small lockfile) even when only JSON is written, so the two JSON modules are loaded by
 * their path in the installed package; when that layout is not there (a bundle, another
 * library version) the public entry point serves instead. A test pins the layout.
 */
export function loadJsonSerialization(): Promise<JsonSerialization> {
  json ??= Promise.resolve()
    .then(() => {
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
  xml ??= import('@cyclonedx/cyclonedx-library/Serialize');
  return xml;
}
