/**
 * Where templates come from. The renderer only asks a source for a template by name
 * (`pack/summary.md`); the caller decides what that name means (usually `<dir>/<name>.hbs`,
 * a user override directory first and the built-in templates second).
 */
import type { FileStore } from '@evident/core';
import { InputError } from '@evident/core';

/** A template's text and where it was found (for messages and error locations). */
export interface TemplateFile {
  readonly text: string;
  /** A path or label a person can find the template by, e.g. `.evident/templates/pack/summary.md.hbs`. */
  readonly origin: string;
}

/** A lookup of templates by name; pure apart from what its `load` is given to read with. */
export interface TemplateSource {
  /** The named template, or undefined when this source does not have it. */
  load(name: string): Promise<TemplateFile | undefined>;
  /** Where `name` is looked for, in order, so a "not found" message can list every place. */
  locations(name: string): readonly string[];
}

// Names are `/`-separated segments of letters, digits, `_`, `.`, `-`; no empty, `.` or `..`
// segment, so a partial reference inside a template can never address a file outside the
// template directories, whatever the caller maps names onto.
const NAME_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
// Segments that would name an object's prototype machinery if a caller kept names as keys.
const RESERVED_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

/** Throws InputError unless `name` is a safe template name such as `advisory/advisory.html`. */
export function assertTemplateName(name: string): void {
  const valid =
    name.length <= 200 &&
    name.split('/').every((segment) => NAME_SEGMENT.test(segment) && !RESERVED_SEGMENTS.has(segment));
  if (!valid) {
    throw new InputError(`invalid template name ${JSON.stringify(name)}`, {
      fix: 'use a relative name like "pack/summary.md": letters, digits, "_", ".", "-" separated by "/"',
    });
  }
}

/** Tries each source in order: the first that has the template wins (overrides come first). */
export function layeredTemplateSource(...sources: readonly TemplateSource[]): TemplateSource {
  return {
    async load(name) {
      for (const source of sources) {
        const file = await source.load(name);
        if (file !== undefined) return file;
      }
      return undefined;
    },
    locations: (name) => sources.flatMap((source) => source.locations(name)),
  };
}

/** Templates held in memory, keyed by name; for tests and bundles that embed their templates. */
export function memoryTemplateSource(
  templates: Readonly<Record<string, string>>,
  label = 'memory',
): TemplateSource {
  const byName = new Map(Object.entries(templates));
  return {
    load: async (name) => {
      const text = byName.get(name);
      return text === undefined ? undefined : { text, origin: `${label}:${name}` };
    },
    locations: (name) => [`${label}:${name}`],
  };
}

/** Templates stored as `<directory>/<name>.hbs` below a FileStore's root. */
export function fileStoreTemplateSource(store: FileStore, directory: string): TemplateSource {
  const base = directory.replace(/\/+$/, '');
  const pathOf = (name: string): string =>
    base === '' || base === '.' ? `${name}.hbs` : `${base}/${name}.hbs`;
  // The root is joined for messages only; reads go through the store with the relative path.
  const shown = (name: string): string => `${store.root.replace(/\/+$/, '')}/${pathOf(name)}`;
  return {
    async load(name) {
      const path = pathOf(name);
      if (!(await store.exists(path))) return undefined;
      return { text: await store.readText(path), origin: shown(name) };
    },
    locations: (name) => [shown(name)],
  };
}
