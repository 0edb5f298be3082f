/**
 * Importing the reference validator's tests compiles about ninety JSON Schemas with ajv at
 * module load, which costs about 1.5 s per process (measured with --cpu-prof: ajv code
 * generation is most of the import). scripts/precompile.mjs stores ajv's standalone code
 * for each of them; this serves that code instead of compiling, keyed by everything that
 * shapes the code (ajv flavour, options, known schemas and formats, the schema). A schema
 * that is not in the table is compiled as before, so an updated library stays correct and
 * only gets slower (a test asserts that every compilation is served).
 */
import { InternalError } from '@evident/core';
import { Ajv } from 'ajv';
import equal from 'ajv/dist/runtime/equal.js';
import timestamp from 'ajv/dist/runtime/timestamp.js';
import ucs2length from 'ajv/dist/runtime/ucs2length.js';
import { compileKey, type KeyedAjv } from './precompiled-key.js';
import validators from './precompiled-validators.json' with { type: 'json' };

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

/** Makes ajv serve precompiled validators for the schemas in the table; idempotent. */
export function usePrecompiledValidators(): void {
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
export function precompiledCounts(): { readonly served: number; readonly compiled: number } {
  return { ...counts };
}

/** Runs one standalone module (CommonJS text, as ajv writes it) and returns its validator. */
function instantiate(code: string, formats: Record<string, unknown>): unknown {
  const module = { exports: {} as unknown };
  // The same construction ajv uses for the code it generates (new Function), minus the codegen.
  new Function('module', 'require', 'formats', code)(module, require, formats);
  return module.exports;
}
