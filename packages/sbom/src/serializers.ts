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
 * their path. In a bundle, Evident's bundler resolves them (scripts/node-bundle.mjs: a
 * changed layout fails the build); from the installed package, when that layout is not there
 * (another library version), the public entry point serves instead. A test pins the layout.
 */
export function loadJsonSerialization(): Promise<JsonSerialization> {
  json ??=
    typeof EVIDENT_BUNDLED !== 'undefined'
      ? importJsonModules().then(checkJsonModules)
      : requireJsonModules()
          .then(checkJsonModules)
          .catch(async () => {
            const module = await loadXmlSerialization();
            return { JsonSerializer: module.JsonSerializer, Factory: module.JSON.Normalize.Factory };
          });
  return json;
}

type CommonJsNamespace = { default?: unknown };

async function importJsonModules(): Promise<[unknown, unknown]> {
  const [serializer, normalize] = (await Promise.all([
    import('@cyclonedx/cyclonedx-library/dist.node/serialize/jsonSerializer.js'),
    import('@cyclonedx/cyclonedx-library/dist.node/serialize/json/normalize.js'),
  ])) as CommonJsNamespace[];
  return [serializer?.default ?? serializer, normalize?.default ?? normalize];
}

async function requireJsonModules(): Promise<[unknown, unknown]> {
  const require = createRequire(import.meta.url);
  const base = path.join(
    path.dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')),
    'dist.node',
    'serialize',
  );
  return [require(path.join(base, 'jsonSerializer.js')), require(path.join(base, 'json', 'normalize.js'))];
}

function checkJsonModules([serializer, normalize]: [unknown, unknown]): JsonSerialization {
  const { JsonSerializer } = serializer as Partial<JsonSerialization>;
  const { Factory } = normalize as Partial<JsonSerialization>;
  if (typeof JsonSerializer !== 'function' || typeof Factory !== 'function')
    throw new Error('layout changed');
  return { JsonSerializer, Factory };
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
