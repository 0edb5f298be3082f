/**
 * The key of one schema compilation: the ajv flavour, the options that shape the generated
 * code, the schemas and formats the instance knows, and the schema itself. Shared by the
 * generator (scripts/precompile.mjs) and the run-time lookup (precompiled.ts).
 */
import { createHash } from 'node:crypto';

/** Options that do not shape the code, that the generator sets, or that ajv sets on first use. */
const ignored = new Set([
  'code',
  'defaultMeta',
  'logger',
  'schemas',
  'formats',
  'keywords',
  'loadSchema',
  'uriResolver',
]);

/** The parts of an ajv instance the key reads. */
export interface KeyedAjv {
  readonly opts: object;
  readonly schemas: object;
  readonly formats: object;
}

/** A stable key for compiling `schema` with `ajv`. */
export function compileKey(ajv: KeyedAjv, schema: unknown): string {
  const options = Object.entries(ajv.opts)
    .filter(([name, value]) => !ignored.has(name) && typeof value !== 'function' && typeof value !== 'object')
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const known = [Object.keys(ajv.schemas).sort(), Object.keys(ajv.formats).sort()];
  const hash = createHash('sha256').update(JSON.stringify([ajv.constructor.name, options, known, schema]));
  return hash.digest('hex');
}
