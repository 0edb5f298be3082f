import validateConfig from '../../generated/validate-config.js';
import { ConfigurationError, type Problem, type SourceLocation, throwIfProblems } from '../errors.js';
import { createSchemaChecker, describePath } from '../validate.js';
import { parseYaml, type YamlSource } from '../yaml.js';
import type { Config, Party, ProductConfig, SbomSettingsConfig } from './schema.js';
import type { ComponentType } from './vocabulary.js';

/** The file name Evident looks for at the repository root. */
export const configFileName = 'evident.yml';

/** Where records live when evident.yml does not say. */
export const defaultPaths = Object.freeze({
  threatModel: 'threat-model.yml',
  gatePolicy: '.evident/gates.yml',
  advisories: 'advisories',
  documents: 'docs/security',
});

/** Record paths of one product, defaults applied. */
export type ProductPaths = { readonly [K in keyof typeof defaultPaths]: string };

/** How to find a product's version. */
export type VersionSource =
  | { readonly from: 'package-json'; readonly path: string }
  | { readonly from: 'git-tag'; readonly pattern: string }
  | { readonly from: 'file'; readonly path: string }
  | { readonly from: 'fixed'; readonly value: string };

/** A product with every default applied. */
export interface Product {
  readonly id: string;
  readonly name: string;
  readonly type: ComponentType;
  readonly description?: string;
  readonly manufacturer?: Party;
  readonly version: VersionSource;
  readonly securityContact?: ProductConfig['securityContact'];
  readonly supportUntil?: string;
  readonly paths: ProductPaths;
  /** SBOM settings as written (lockfile, declared components, lifecycles, supplier). */
  readonly sbom?: SbomSettingsConfig;
}

/** evident.yml after validation, with defaults applied. */
export interface ResolvedConfig {
  /** The file it came from, for messages. */
  readonly file: string;
  readonly products: readonly Product[];
  /** The user's template override directory, if any. */
  readonly templates?: string;
  /** The organisation that makes the products (each product's default). */
  readonly manufacturer?: Party;
  /** Who publishes the advisories, as written. */
  readonly publisher?: Config['publisher'];
  /** The parsed file, to locate a setting in later messages (`products[0].sbom.components[1]`). */
  readonly source: YamlSource;
  /** Where each configured path was written, for errors found later (e.g. a symlink out). */
  readonly locations: ReadonlyMap<string, SourceLocation>;
}

const checkSchema = createSchemaChecker(validateConfig);

/**
 * Parses and validates evident.yml text. Every problem is reported at once with its
 * file:line:column and a fix; the result has every default applied.
 */
export function loadConfig(text: string, file = configFileName): ResolvedConfig {
  const source = parseYaml(text, file);
  throwIfProblems(checkSchema(source), create, file);
  const config = source.data as Config;
  throwIfProblems([...checkPaths(source), ...checkProducts(config, source)], create, file);
  return resolve(config, source);
}

function create(message: string, options: ConstructorParameters<typeof ConfigurationError>[1]) {
  return new ConfigurationError(message, options);
}

/** Every path-valued setting, with its place in the document. */
function* pathSettings(config: Config): Generator<[path: (string | number)[], value: string]> {
  if (config.templates !== undefined) yield [['templates'], config.templates];
  for (const [key, value] of Object.entries(config.defaults?.paths ?? {})) {
    yield [['defaults', 'paths', key], value];
  }
  for (const [index, product] of config.products.entries()) {
    for (const [key, value] of Object.entries(product.paths ?? {}))
      yield [['products', index, 'paths', key], value];
    if (product.version?.path !== undefined)
      yield [['products', index, 'version', 'path'], product.version.path];
    if (product.securityContact?.policy !== undefined) {
      yield [['products', index, 'securityContact', 'policy'], product.securityContact.policy];
    }
    yield* sbomPathSettings(product.sbom, ['products', index, 'sbom']);
  }
  if (config.securityContact?.policy !== undefined)
    yield [['securityContact', 'policy'], config.securityContact.policy];
}

function* sbomPathSettings(
  sbom: SbomSettingsConfig | undefined,
  at: (string | number)[],
): Generator<[path: (string | number)[], value: string]> {
  if (sbom?.lockfile !== undefined) yield [[...at, 'lockfile'], sbom.lockfile];
  if (sbom?.componentsFile !== undefined) yield [[...at, 'componentsFile'], sbom.componentsFile];
  for (const [component, declared] of (sbom?.components ?? []).entries()) {
    for (const [file, { path }] of (declared.files ?? []).entries()) {
      yield [[...at, 'components', component, 'files', file, 'path'], path];
    }
  }
}

/** Paths must stay inside the repository: relative, `/`-separated, never climbing out. */
function checkPaths(source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  for (const [path, value] of pathSettings(source.data as Config)) {
    const reason = unsafePathReason(value);
    if (reason) {
      problems.push({
        message: `${describePath(path)} "${value}" ${reason}`,
        location: source.locate(path),
        fix: 'use a path relative to the repository root that stays inside it, e.g. docs/security',
      });
    }
  }
  return problems;
}

/** Why a configured path is unsafe, or undefined when it is fine. */
export function unsafePathReason(path: string): string | undefined {
  if (path.includes('\\')) return 'uses backslashes';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'is absolute';
  if (path.includes('\0')) return 'contains a NUL character';
  let depth = 0;
  for (const segment of path.split('/')) {
    if (segment === '..') depth--;
    else if (segment !== '.' && segment !== '') depth++;
    if (depth < 0) return 'leaves the repository';
  }
  return undefined;
}

function checkProducts(config: Config, source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [index, product] of config.products.entries()) {
    if (seen.has(product.id)) {
      problems.push({
        message: `product id "${product.id}" is used twice`,
        location: source.locate(['products', index, 'id']),
        fix: 'give every product its own id',
      });
    }
    seen.add(product.id);
    const version = product.version;
    if (version?.from === 'fixed' && version.value === undefined) {
      problems.push({
        message: 'a fixed version needs a value',
        location: source.locate(['products', index, 'version']),
        fix: 'add value: 1.2.3, or take the version from package-json, git-tag or file',
      });
    }
    if (version?.from === 'file' && version.path === undefined) {
      problems.push({
        message: 'a version from a file needs its path',
        location: source.locate(['products', index, 'version']),
        fix: 'add path: VERSION (the file whose first line is the version)',
      });
    }
  }
  return problems;
}

function resolve(config: Config, source: YamlSource): ResolvedConfig {
  const locations = new Map<string, SourceLocation>();
  for (const [path, value] of pathSettings(config)) locations.set(value, source.locate(path));
  const products = config.products.map((product): Product => {
    const resolved: Product = {
      id: product.id,
      name: product.name,
      type: product.type,
      version: resolveVersion(product.version),
      paths: { ...defaultPaths, ...config.defaults?.paths, ...product.paths },
      ...optional('description', product.description),
      ...optional('manufacturer', product.manufacturer ?? config.manufacturer),
      ...optional('securityContact', product.securityContact ?? config.securityContact),
      ...optional('supportUntil', product.support?.until),
      ...optional('sbom', product.sbom),
    };
    return resolved;
  });
  return {
    file: source.file,
    products,
    locations,
    source,
    ...optional('templates', config.templates),
    ...optional('manufacturer', config.manufacturer),
    ...optional('publisher', config.publisher),
  };
}

function resolveVersion(version: ProductConfig['version']): VersionSource {
  switch (version?.from) {
    case undefined:
      return { from: 'package-json', path: 'package.json' };
    case 'package-json':
      return { from: 'package-json', path: version.path ?? 'package.json' };
    case 'git-tag':
      return { from: 'git-tag', pattern: version.pattern ?? 'v*' };
    case 'file':
      return { from: 'file', path: version.path ?? 'VERSION' };
    case 'fixed':
      return { from: 'fixed', value: version.value ?? '' };
  }
}

/** `{ key: value }` when value is defined, else `{}` (exactOptionalPropertyTypes). */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
