import { stat } from 'node:fs/promises';
import path from 'node:path';
import {
  ConfigurationError,
  configFileName,
  InputError,
  type Logger,
  type Product,
  type ResolvedConfig,
  type SourceLocation,
  UsageError,
} from '@evident/core';
import { cycloneDxXsd, loadXmlSchema, patternOutput, writeFileAtomic } from '@evident/node';
import {
  buildSboms,
  type ComponentKind,
  type DeclaredComponent,
  type HashMismatch,
  type InventoryComponent,
  isSpecVersion,
  type LockfileInput,
  prepareSbomWriting,
  type SbomDocument,
  type SbomFormat,
  type SbomViolation,
  type SpecVersion,
  sbomFormats,
  specVersions,
} from '@evident/sbom';
import { listDeclaredComponents } from '../declared-components.js';
import type { CliIo, CommandResult, GlobalOptions } from '../io.js';
import { cliOutputOptions, openCommandOutput } from '../output-directory.js';
import { runClock } from '../repository.js';
import { cliVersion } from '../version.js';
import { loadWorkspaceConfig, openWorkspace, resolveVersions, type Workspace } from '../workspace.js';

/** Options of `evident sbom`. */
export interface SbomOptions extends GlobalOptions {
  /** The lockfile, or the folder that holds it; default the repository root. */
  readonly path?: string;
  readonly output?: string;
  readonly spec?: string;
  readonly format?: string;
  /** `dev` (a list when embedded, e.g. by the action). */
  readonly omit?: string | readonly string[];
}

/** One written SBOM in the report. */
export interface SbomFileReport {
  readonly product: string;
  readonly scope: string;
  readonly subject: string;
  readonly path: string | null;
  readonly sha256: string;
  readonly components: number;
  readonly byScope: Readonly<Record<string, number>>;
  readonly byLicense: Readonly<Record<string, number>>;
  readonly gaps: readonly string[];
}

/** What `evident sbom --json` prints. */
export interface SbomReport {
  readonly spec: SpecVersion;
  readonly format: SbomFormat;
  readonly files: readonly SbomFileReport[];
  readonly mismatches: readonly HashMismatch[];
}

/** What an embedding (the `sbom` action) can replace. */
export interface SbomServices {
  /** Where warnings and hash mismatches go (the runner's annotations in the action). */
  readonly logger?: Logger;
  /** The version written into metadata.tools (the bundle's, in the action). */
  readonly version?: string;
}

const lockfileNames = ['npm-shrinkwrap.json', 'package-lock.json'];

/**
 * `evident sbom`: CycloneDX SBOMs from the npm lockfile and the declared components, one per
 * product plus one per npm workspace, validated before anything is written.
 */
export async function runSbom(
  options: SbomOptions,
  io: CliIo,
  services: SbomServices = {},
): Promise<CommandResult<SbomReport>> {
  const { spec, format, omitDev } = checkOptions(options);
  prepareSbomWriting(spec, format); // compiles while git and the file system answer
  if (format === 'xml') prepareXmlValidation(spec);
  const workspace = await openWorkspace(options, io, services.logger);
  // The commit time comes from a git process: asked now, it arrives while the inputs are read.
  const clock = runClock(workspace, io.env);
  clock.catch(() => undefined); // awaited below; a failure before then must not go unhandled
  const start = path.resolve(io.cwd, options.cwd ?? '.');
  const config = (await workspace.store.exists(configFileName))
    ? await loadWorkspaceConfig(workspace)
    : undefined;
  const products = config?.products ?? [await productFromManifest(workspace)];
  const versions = config ? await resolveVersions(config.products, workspace) : {};
  const tool = { name: 'evident', version: services.version ?? cliVersion() };

  const documents: { product: string; document: SbomDocument }[] = [];
  const mismatches: HashMismatch[] = [];
  for (const [index, product] of products.entries()) {
    const sbom = product.sbom;
    const declared = await readDeclared(workspace, config, index);
    const lockfile = await findLockfile(
      workspace,
      sbom?.lockfile ?? relativePath(workspace, start, options.path),
    );
    if (!lockfile && declared.components.length === 0) {
      throw new UsageError(
        `no npm lockfile (package-lock.json or npm-shrinkwrap.json) in ${options.path ?? workspace.root}`,
        {
          fix: 'run `npm install --package-lock-only`, pass the lockfile as PATH, or declare components in evident.yml',
        },
      );
    }
    const metadataBase = { timestamp: (await clock).now(), tool };
    const result = await buildSboms({
      product: productComponent(product, versions[product.id]),
      ...(lockfile ? { lockfile } : {}),
      declared: declared.components,
      declaredFiles: declared.files,
      metadata: {
        ...metadataBase,
        ...optional('manufacturer', product.manufacturer),
        ...optional('supplier', sbom?.supplier ?? product.manufacturer),
        ...optional('securityContact', product.securityContact),
        ...optional('lifecycles', sbom?.lifecycles),
      },
      spec,
      format,
      omitDev,
      validateXml,
    });
    mismatches.push(...result.mismatches);
    for (const document of result.documents) documents.push({ product: product.id, document });
  }
  if (mismatches.length > 0) return verificationFailed(spec, format, mismatches, workspace);
  const files = await writeDocuments(documents, format, options, io, start, workspace);
  const report: SbomReport = { spec, format, files, mismatches: [] };
  return { report, text: files.some((file) => file.path === null) ? '' : describe(report) };
}

function checkOptions(options: SbomOptions): { spec: SpecVersion; format: SbomFormat; omitDev: boolean } {
  const spec = options.spec ?? '1.6';
  if (!isSpecVersion(spec)) {
    throw new UsageError(`--spec ${spec} is not a CycloneDX version Evident writes`, {
      fix: `use one of ${specVersions.join(', ')}`,
    });
  }
  const format = options.format ?? 'json';
  if (!(sbomFormats as readonly string[]).includes(format)) {
    throw new UsageError(`--format ${format} is not an SBOM format`, {
      fix: `use one of ${sbomFormats.join(', ')}`,
    });
  }
  const omit = typeof options.omit === 'string' ? [options.omit] : (options.omit ?? []);
  const unknown = omit.find((value) => value !== 'dev');
  if (unknown !== undefined)
    throw new UsageError(`--omit ${unknown} is not supported`, { fix: 'use --omit dev' });
  if (options.json && options.output === undefined) {
    throw new UsageError('--json needs -o/--output: without it the SBOM itself goes to stdout', {
      fix: 'add -o sbom.cdx.json, or leave out --json',
    });
  }
  return { spec, format: format as SbomFormat, omitDev: omit.includes('dev') };
}

/** PATH relative to the repository root; it must stay inside it. */
function relativePath(workspace: Workspace, start: string, given: string | undefined): string {
  const absolute = path.resolve(start, given ?? '.');
  const relative = path.relative(workspace.root, absolute).split(path.sep).join('/');
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new UsageError(`${absolute} is outside the repository ${workspace.root}`, {
      fix: 'pass a lockfile or folder inside the repository, or -C with the repository that holds it',
    });
  }
  return relative === '' ? '.' : relative;
}

/** The lockfile at `location` (a file, or a folder holding one), with the package.json beside it. */
async function findLockfile(workspace: Workspace, location: string): Promise<LockfileInput | undefined> {
  const { store } = workspace;
  const absolute = path.join(workspace.root, location);
  const isDirectory = (await stat(absolute).catch(() => undefined))?.isDirectory() ?? false;
  const folder = isDirectory ? location : path.posix.dirname(location);
  const candidates = isDirectory ? lockfileNames.map((name) => path.posix.join(folder, name)) : [location];
  for (const candidate of candidates) {
    if (!(await store.exists(candidate))) continue;
    const manifestPath = path.posix.join(folder, 'package.json');
    const manifest = (await store.exists(manifestPath)) ? await store.readText(manifestPath) : undefined;
    return { file: candidate, text: await store.readText(candidate), ...optional('manifest', manifest) };
  }
  if (!isDirectory)
    throw new InputError(`"${location}" not found`, { fix: 'pass an existing lockfile or folder' });
  return undefined;
}

/** Declared components of one product (inline and from componentsFile) and the bytes of their files. */
async function readDeclared(
  workspace: Workspace,
  config: ResolvedConfig | undefined,
  productIndex: number,
): Promise<{ components: DeclaredComponent[]; files: Map<string, Uint8Array> }> {
  const entries = config ? await listDeclaredComponents(workspace, config, productIndex) : [];
  const files = new Map<string, Uint8Array>();
  const components: DeclaredComponent[] = [];
  for (const { component, source: where, path: at } of entries) {
    const declaredFiles = [];
    for (const [index, file] of (component.files ?? []).entries()) {
      const location = where.locate([...at, 'files', index, 'path']);
      files.set(file.path, await readDeclaredFile(workspace, file.path, location));
      declaredFiles.push({ path: file.path, location, ...optional('sha256', file.sha256) });
    }
    components.push({
      name: component.name,
      version: component.version,
      kind: component.type,
      files: declaredFiles,
      location: where.locate(at),
      ...optional('description', component.description),
      ...optional('supplier', component.supplier),
      ...optional('license', component.license),
      ...optional('cpe', component.cpe),
      ...optional('purl', component.purl),
    });
  }
  return { components, files };
}

async function readDeclaredFile(
  workspace: Workspace,
  file: string,
  location: SourceLocation,
): Promise<Uint8Array> {
  try {
    return await workspace.store.readBytes(file);
  } catch (error) {
    if (error instanceof InputError) {
      throw new ConfigurationError(`the declared file "${file}" cannot be read: ${error.message}`, {
        location,
        fix: 'correct the path (relative to the repository root) or add the file',
        cause: error,
      });
    }
    throw error;
  }
}

/** Without evident.yml, the product is the root package.json (or the folder). */
async function productFromManifest(workspace: Workspace): Promise<Product> {
  const manifest = (await workspace.store.exists('package.json'))
    ? parseManifest(await workspace.store.readText('package.json'))
    : {};
  const name =
    typeof manifest.name === 'string' && manifest.name ? manifest.name : path.basename(workspace.root);
  return {
    id: slug(name),
    name,
    type: 'software-application',
    version: { from: 'fixed', value: typeof manifest.version === 'string' ? manifest.version : '' },
    paths: { threatModel: '', gatePolicy: '', advisories: '', documents: '' },
    ...optional('description', typeof manifest.description === 'string' ? manifest.description : undefined),
  };
}

function parseManifest(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch (error) {
    throw new InputError(`package.json is not valid JSON: ${(error as Error).message}`, {
      location: { file: 'package.json' },
      fix: 'repair package.json, or describe the product in evident.yml (evident init)',
      cause: error,
    });
  }
}

const productKinds: Record<Product['type'], ComponentKind> = {
  'embedded-device': 'firmware',
  'network-device': 'firmware',
  'host-device': 'application',
  'software-application': 'application',
};

function productComponent(product: Product, version: string | undefined): InventoryComponent {
  const resolved = version ?? (product.version.from === 'fixed' ? product.version.value : '');
  return {
    ref: `urn:evident:product:${product.id}`,
    kind: productKinds[product.type],
    name: product.name,
    version: resolved,
    hashes: [],
    properties: [['evident:product:id', product.id]],
    dependsOn: [],
    components: [],
    ...optional('description', product.description),
    ...optional('supplier', product.manufacturer),
  };
}

/** One SBOM to stdout or -o FILE; several into the directory -o names. */
async function writeDocuments(
  documents: readonly { product: string; document: SbomDocument }[],
  format: SbomFormat,
  options: SbomOptions,
  io: CliIo,
  start: string,
  workspace: Workspace,
): Promise<SbomFileReport[]> {
  const names = documents.map(({ product, document }) =>
    document.scope === 'product'
      ? `${product}.cdx.${format}`
      : `${product}.${slug(document.subject)}.cdx.${format}`,
  );
  const report = (index: number, file: string | null): SbomFileReport => {
    const { product, document } = documents[index] as (typeof documents)[number];
    return {
      product,
      scope: document.scope,
      subject: document.subject,
      path: file,
      sha256: document.sha256,
      components: document.statistics.components,
      byScope: document.statistics.byScope,
      byLicense: document.statistics.byLicense,
      gaps: document.gaps,
    };
  };
  const only = documents.length === 1 ? documents[0] : undefined;
  if (options.output === undefined) {
    if (!only) {
      throw new UsageError(`${documents.length} SBOMs (products and workspaces) cannot all go to stdout`, {
        fix: 'pass -o DIR: a directory to write them to',
      });
    }
    io.stdout.write(only.document.text);
    return [report(0, null)];
  }
  const output = path.resolve(start, options.output);
  if (only) {
    await writeFileAtomic(output, only.document.text, { createParents: true });
    return [report(0, output)];
  }
  // evident sbom has no --force: a directory with anything but SBOMs in it is refused.
  const directory = await openCommandOutput(output, {
    kind: sbomOutput,
    force: false,
    io,
    start,
    workspace,
    names: { output: cliOutputOptions.output },
  });
  await directory.write(new Map(names.map((name, index) => [name, documents[index]?.document.text ?? ''])));
  return names.map((name, index) => report(index, path.join(output, name)));
}

/** A directory of SBOMs (an earlier run's): anything else in it is the user's. */
const sbomOutput = patternOutput({
  name: 'directory of SBOMs (*.cdx.json, *.cdx.xml)',
  suggestedName: 'sboms',
  pattern: /\.cdx\.(?:json|xml)$/,
});

function verificationFailed(
  spec: SpecVersion,
  format: SbomFormat,
  mismatches: readonly HashMismatch[],
  workspace: Workspace,
): CommandResult<SbomReport> {
  for (const mismatch of mismatches) {
    workspace.logger.error(
      `${mismatch.component}: ${mismatch.path} has SHA-256 ${mismatch.actual}, but ${mismatch.declared} is declared`,
      mismatch.location,
    );
  }
  return {
    report: { spec, format, files: [], mismatches },
    text: `Declared hashes do not match ${mismatches.length} file(s): no SBOM written.\n  fix: check the files (were they replaced?), then correct sha256 in the declaration`,
    exitCode: 1,
  };
}

/** Starts compiling the XSD (about 50 ms) while the inputs are read; a failure surfaces in {@link validateXml}. */
function prepareXmlValidation(version: SpecVersion): void {
  try {
    const { schema, imports } = cycloneDxXsd(version);
    loadXmlSchema(schema, imports).catch(() => undefined);
  } catch {
    // validateXml asks again and reports it
  }
}

/**
 * Validates XML against the XSD the CycloneDX library ships, with libxml2 (as WebAssembly,
 * through the @evident/node adapter): no system program needed on any operating system.
 */
async function validateXml(text: string, version: SpecVersion): Promise<SbomViolation[]> {
  const { schema, imports } = cycloneDxXsd(version);
  const violations = (await loadXmlSchema(schema, imports)).validate(text);
  return violations.map((violation) => ({
    at: violation.line === undefined ? 'xml' : `xml line ${violation.line}`,
    message: violation.message,
  }));
}

function describe(report: SbomReport): string {
  const lines = report.files.map((file) => {
    const scopes = Object.entries(file.byScope)
      .sort()
      .map(([scope, count]) => `${count} ${scope}`)
      .join(', ');
    return `  ${file.path}: ${file.components} components (${scopes || 'none'})${file.gaps.length ? `\n    incomplete: ${file.gaps.join('; ')}` : ''}`;
  });
  return `CycloneDX ${report.spec} ${report.format.toUpperCase()} written and validated:\n${lines.join('\n')}`;
}

/** `@scope/name` as a file-name part: `scope-name`. */
function slug(name: string): string {
  return name.replace(/^@/, '').replace(/[^A-Za-z0-9._-]+/g, '-') || 'sbom';
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
