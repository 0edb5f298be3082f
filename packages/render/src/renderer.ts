/**
 * The Handlebars environment: one isolated Handlebars instance per renderer, templates and
 * partials loaded through an injected TemplateSource, compiled once and cached, rendered with
 * the escaping policy of the output format (see escape.ts) in strict mode.
 */
import { InputError, InternalError, isUserError, type SourceLocation } from '@evident/core';
import Handlebars from 'handlebars';
import { markdownOutputOf, type OutputFormat, outputFormatOf } from './escape.js';
import { builtInHelpers, type TemplateHelper } from './helpers.js';
import { type ScanViolation, scanTemplate, type TemplateScan } from './template-scan.js';
import { assertTemplateName, type TemplateFile, type TemplateSource } from './template-source.js';

/** How to build a renderer. */
export interface RendererOptions {
  /** Where templates and partials are loaded from, by name. */
  readonly source: TemplateSource;
  /** Extra helpers (positional arguments in, a value out); a name may not shadow a built-in. */
  readonly helpers?: Readonly<Record<string, TemplateHelper>>;
  /**
   * Names of templates that may use `{{{x}}}` / `{{& x}}` in HTML or Markdown output. Empty by
   * default: data is never written unescaped into a document a browser or GitHub renders.
   */
  readonly allowUnescaped?: readonly string[];
}

/** Renders named templates; compiled templates are cached for the renderer's lifetime. */
export interface Renderer {
  /**
   * Renders template `name` (e.g. `pack/summary.md`) with `data`. Throws InputError for a
   * missing or invalid template, a refused construct, a field the data lacks (strict mode)
   * or a helper given unusable input; the message names the template, the location points
   * into it.
   */
  render(name: string, data: unknown): Promise<string>;
}

type Template = Handlebars.TemplateDelegate;

/** One template compiled for one output format. */
interface CompiledUnit {
  readonly name: string;
  readonly origin: string;
  readonly template: Template;
  readonly scan: TemplateScan;
}

// Markdown templates are compiled like HTML ones, then this decorator, injected at the top of
// each one, swaps the escaping function of that template's runtime container. So `{{x}}`
// keeps every Handlebars semantic (helper or field, strict lookups) and only the escaping
// changes. Templates cannot name it: the scan refuses decorators other than `inline`.
const MARKDOWN_DECORATOR = 'evidentMarkdownOutput';

const RUNTIME_OPTIONS = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
  allowCallsToHelperMissing: false,
} as const;

/** Creates a renderer over an isolated Handlebars instance. */
export function createRenderer(options: RendererOptions): Renderer {
  const env = createEnvironment(options.helpers ?? {});
  const allowUnescaped = new Set(options.allowUnescaped ?? []);
  const units = new Map<string, Promise<CompiledUnit>>();
  const roots = new Map<string, Promise<(data: unknown) => string>>();
  // Which template (root or partial) an error was thrown in, so messages name the right file.
  const thrownIn = new WeakMap<object, CompiledUnit>();

  const compileUnit = (name: string, format: OutputFormat): Promise<CompiledUnit> =>
    cached(units, `${format}:${name}`, async () => {
      const file = await loadTemplate(options.source, name);
      return compileFile(env, name, file, format, !allowUnescaped.has(name));
    });

  const compileRoot = (name: string): Promise<(data: unknown) => string> =>
    cached(roots, name, async () => {
      assertTemplateName(name);
      const format = outputFormatOf(name);
      const root = await compileUnit(name, format);
      const partials = new Map<string, CompiledUnit>();
      await collectPartials(root, [name], new Set(), partials, (partial) => compileUnit(partial, format));
      const runtimePartials = Object.fromEntries(
        [...partials].map(([partial, unit]) => [partial, attributeErrors(unit, thrownIn)]),
      );
      return (data) => {
        try {
          return root.template(data, { ...RUNTIME_OPTIONS, partials: runtimePartials });
        } catch (error) {
          throw toTemplateError(error, (isObject(error) ? thrownIn.get(error) : undefined) ?? root);
        }
      };
    });

  return {
    render: async (name, data) => (await compileRoot(name))(data),
  };
}

function createEnvironment(helpers: Readonly<Record<string, TemplateHelper>>): typeof Handlebars {
  const env = Handlebars.create();
  for (const [name, helper] of Object.entries(builtInHelpers)) env.registerHelper(name, positional(helper));
  for (const [name, helper] of Object.entries(helpers)) {
    if (Object.hasOwn(env.helpers, name)) {
      throw new InternalError(`helper "${name}" would shadow a built-in helper; choose another name`);
    }
    env.registerHelper(name, positional(helper));
  }
  env.registerDecorator(MARKDOWN_DECORATOR, (program: unknown, _props: unknown, container: unknown) => {
    Reflect.set(container as object, 'escapeExpression', markdownOutputOf);
    return program;
  });
  return env;
}

/** Adapts a positional helper to Handlebars, which passes its `options` as a last argument. */
function positional(helper: TemplateHelper): Handlebars.HelperDelegate {
  const call = helper as (...args: unknown[]) => unknown;
  return (...args: unknown[]) => call(...args.slice(0, -1));
}

/** Memoizes a promise by key; a failure is not remembered, so a fixed template loads next time. */
function cached<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let entry = cache.get(key);
  if (entry === undefined) {
    entry = make();
    cache.set(key, entry);
    entry.catch(() => cache.delete(key));
  }
  return entry;
}

async function loadTemplate(source: TemplateSource, name: string): Promise<TemplateFile> {
  assertTemplateName(name);
  const file = await source.load(name);
  if (file === undefined) {
    const searched = source.locations(name);
    throw new InputError(`template "${name}" not found (looked in: ${searched.join(', ') || 'nowhere'})`, {
      fix: 'check the template name, or add the file to your template directory',
    });
  }
  return file;
}

function compileFile(
  env: typeof Handlebars,
  name: string,
  file: TemplateFile,
  format: OutputFormat,
  refuseUnescaped: boolean,
): CompiledUnit {
  const program = parseTemplate(env, name, file);
  const scan = scanTemplate(program, {
    refuseUnescaped: refuseUnescaped && format !== 'text',
    helperNames: new Set(Object.keys(env.helpers)),
  });
  const [violation] = scan.violations;
  if (violation !== undefined) throw violationError(name, file.origin, violation);
  if (format === 'markdown') program.body.unshift(...env.parse(`{{* ${MARKDOWN_DECORATOR}}}`).body);
  const template = env.compile(program, { strict: true, noEscape: format === 'text' });
  return { name, origin: file.origin, template, scan };
}

function parseTemplate(env: typeof Handlebars, name: string, file: TemplateFile): hbs.AST.Program {
  try {
    return env.parse(file.text);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const line = /line (\d+)/.exec(text)?.[1];
    const location: SourceLocation =
      line === undefined ? { file: file.origin } : { file: file.origin, line: Number(line) };
    throw new InputError(`template "${name}": ${text.replace(/ - \d+:\d+$/, '')}`, {
      location,
      cause: error,
    });
  }
}

function violationError(name: string, origin: string, violation: ScanViolation): InputError {
  return new InputError(`template "${name}": ${violation.message}`, {
    location: locationOf(origin, violation.line, violation.column),
    fix: violation.fix,
  });
}

/** Loads every partial `unit` uses, transitively, refusing cycles (`a` → `b` → `a`). */
async function collectPartials(
  unit: CompiledUnit,
  path: readonly string[],
  inheritedInline: ReadonlySet<string>,
  found: Map<string, CompiledUnit>,
  compile: (name: string) => Promise<CompiledUnit>,
): Promise<void> {
  // Inline partials of an including template are visible to the partials it includes.
  const inline = new Set([...inheritedInline, ...unit.scan.inlinePartials]);
  for (const name of unit.scan.partials) {
    if (inline.has(name)) continue;
    if (path.includes(name)) {
      throw new InputError(`template "${unit.name}": partial cycle ${[...path, name].join(' → ')}`, {
        location: { file: unit.origin },
        fix: 'remove the {{> …}} that includes a template from itself',
      });
    }
    if (found.has(name)) continue;
    const partial = await compile(name);
    found.set(name, partial);
    await collectPartials(partial, [...path, name], inline, found, compile);
  }
}

/** Wraps a partial so an error thrown inside it remembers which template it came from. */
function attributeErrors(unit: CompiledUnit, thrownIn: WeakMap<object, CompiledUnit>): Template {
  return (context, options) => {
    try {
      return unit.template(context, options);
    } catch (error) {
      if (isObject(error) && !thrownIn.has(error)) thrownIn.set(error, unit);
      throw error;
    }
  };
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function locationOf(file: string, line: number | undefined, column: number | undefined): SourceLocation {
  if (line === undefined) return { file };
  return column === undefined ? { file, line } : { file, line, column };
}

/** Turns a Handlebars or helper error into an InputError naming the template; bugs pass through. */
function toTemplateError(error: unknown, unit: CompiledUnit): unknown {
  if (error instanceof Handlebars.Exception) {
    const line = typeof error.lineNumber === 'number' ? error.lineNumber : undefined;
    const column = typeof error.column === 'number' ? error.column + 1 : undefined;
    const message = error.message
      .replace(/ - \d+:\d+$/, '')
      .replace(/^"(.*)" not defined in .*$/s, 'the data has no field "$1" (strict mode)');
    return new InputError(`template "${unit.name}": ${message}`, {
      location: locationOf(unit.origin, line, column),
      cause: error,
    });
  }
  // Strict mode checks only the last segment of a path; `{{#if a.b}}` with `a` missing fails
  // in the generated code as a TypeError, which is still the data not fitting the template.
  const property = error instanceof TypeError ? /\(reading '(.*)'\)$/.exec(error.message)?.[1] : undefined;
  if (property !== undefined) {
    return new InputError(
      `template "${unit.name}": cannot read "${property}" of a missing value (strict mode)`,
      {
        location: { file: unit.origin },
        fix: 'check the enclosing field exists with {{#if}} before reading below it',
        cause: error,
      },
    );
  }
  if (isUserError(error)) {
    const fix = error.fix === undefined ? {} : { fix: error.fix };
    return new InputError(`template "${unit.name}": ${error.message}`, {
      location: error.location ?? { file: unit.origin },
      ...fix,
      cause: error,
    });
  }
  return error;
}
