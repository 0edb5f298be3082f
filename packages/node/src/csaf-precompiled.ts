/**
 * The one place Evident patches a third-party library: ajv, for the reference CSAF validator.
 *
 * Why: importing the tests of @secvisogram/csaf-validator-lib compiles about ninety JSON
 * Schemas with ajv at module load (ajv code generation is most of the import, measured with
 * --cpu-prof). Measured on the CLI bundle, median of 10 whole processes each way, interleaved,
 * on this 2-core machine (load average 1.4; a bare node process 0.14 s), December 2026:
 *   `evident advisory validate` of one document (test/fixtures/advisory/golden/exa-sa-2026-001.json):
 *     0.78 s with this adapter, 4.21 s without (fastest runs 0.59 s and 3.58 s);
 *   `evident -C examples/plc-firmware advisory build advisories/exa-sa-2026-001.yml -o DIR`:
 *     0.88 s with, 4.31 s without (fastest runs 0.76 s and 3.93 s).
 * So it is still needed: without it neither command meets the bench's 1.5 s (bench/run.mjs).
 *
 * How: scripts/precompile-csaf.mjs stores ajv's standalone code for each of those schemas in
 * csaf-precompiled-validators.json, keyed by everything that shapes the code (ajv flavour,
 * options, known schemas and formats, the schema: {@link compileKey}).
 * {@link usePrecompiledCsafValidators} replaces `compile` on the base class of every ajv
 * flavour for the rest of the process, serving that code instead of compiling; a schema not
 * in the table is compiled as before, so an updated library stays correct and only gets
 * slower (packages/node/test/csaf-precompiled.test.ts fails until the table is regenerated). The verdicts
 * are the same with and without it (packages/advisory/test/reference-corpus.test.ts runs
 * without, packages/node/test/csaf-precompiled.test.ts with).
 *
 * Nothing installs it on import: a composition root (the CLI's advisory commands, the
 * advisory action) calls {@link usePrecompiledCsafValidators} before validating. It is a
 * subpath export of its own (`@evident/node/csaf-precompiled`), so importing `@evident/node`
 * does not load the 2 MB table.
 */
import { createHash } from 'node:crypto';
import { InternalError } from '@evident/core';
import { Ajv } from 'ajv';
import equal from 'ajv/dist/runtime/equal.js';
import timestamp from 'ajv/dist/runtime/timestamp.js';
import ucs2length from 'ajv/dist/runtime/ucs2length.js';
import validators from './csaf-precompiled-validators.json' with { type: 'json' };

type Compile = (this: AjvInstance, schema: unknown, meta?: boolean) => unknown;
interface AjvInstance {
  readonly formats: Record<string, unknown>;
}

// The ajv run-time helpers the generated code requires, imported here so that a bundle
// (the GitHub Action) carries them: a bundle has no node_modules to require them from.
const runtime: Readonly<Record<string, unknown>> = {
  'ajv/dist/runtime/equal': commonJs(equal),
  'ajv/dist/runtime/timestamp': commonJs(timestamp),
  'ajv/dist/runtime/ucs2length': commonJs(ucs2length),
};

/** `module.exports` of a helper as `require` returns it: Node gives that; a bundler may give `.default`. */
function commonJs(module: unknown): unknown {
  return typeof module === 'function' ? { default: module } : module;
}

function require(name: string): unknown {
  if (!Object.hasOwn(runtime, name)) {
    throw new InternalError(`precompiled validator requires ${name}; add it to the run-time helpers`);
  }
  return runtime[name];
}

let table: Readonly<Record<string, string>> | undefined;
const counts = { served: 0, compiled: 0 };

/**
 * Makes ajv serve the precompiled validators of the reference CSAF validator for the rest of
 * the process; idempotent. Call it before the first CSAF validation.
 */
export function usePrecompiledCsafValidators(): void {
  if (table !== undefined) return;
  table = validators as Readonly<Record<string, string>>;
  // The base class of Ajv, Ajv2020 and the JTD Ajv, which all compile through it.
  const base = Object.getPrototypeOf(Ajv.prototype) as { compile: Compile };
  const compile = base.compile;
  const served = table;
  base.compile = function precompiledOrCompile(schema, meta) {
    const code = served[compileKey(this as unknown as KeyedAjv, schema)];
    if (code === undefined) {
      counts.compiled++;
      return compile.call(this, schema, meta);
    }
    counts.served++;
    return instantiate(code, this.formats);
  };
}

/** How many compilations were served from the table, and how many compiled, in this process. */
export function precompiledCsafCounts(): { readonly served: number; readonly compiled: number } {
  return { ...counts };
}

/** Runs one standalone module (CommonJS text, as ajv writes it) and returns its validator. */
function instantiate(code: string, formats: Record<string, unknown>): unknown {
  const module = { exports: {} as unknown };
  // The same construction ajv uses for the code it generates (new Function), minus the codegen.
  new Function('module', 'require', 'formats', code)(module, require, formats);
  return module.exports;
}

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

/**
 * A stable key for compiling `schema` with `ajv`: the ajv flavour, the options that shape the
 * generated code, the schemas and formats the instance knows, and the schema itself. Shared by
 * the generator (scripts/precompile-csaf.mjs) and the lookup above.
 */
export function compileKey(ajv: KeyedAjv, schema: unknown): string {
  const options = Object.entries(ajv.opts)
    .filter(([name, value]) => !ignored.has(name) && typeof value !== 'function' && typeof value !== 'object')
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const known = [Object.keys(ajv.schemas).sort(), Object.keys(ajv.formats).sort()];
  const hash = createHash('sha256').update(JSON.stringify([ajv.constructor.name, options, known, schema]));
  return hash.digest('hex');
}
