import { stat } from 'node:fs/promises';
import path from 'node:path';
import {
  ConfigurationError,
  InputError,
  optional,
  type ResolvedConfig,
  type SourceLocation,
  UsageError,
} from '@evident/core';
import { cycloneDxXsd, loadXmlSchema, patternOutput, writeFileAtomic } from '@evident/node';
import {
  buildSboms,
  type DeclaredComponent,
  type HashMismatch,
  type LockfileInput,
  prepareSbomWriting,
  productComponent,
  productFromManifest,
  type SbomDocument,
  type SbomFormat,
  type SbomViolation,
  type SpecVersion,
} from '@evident/sbom';
import { openCommandOutput } from './output-directory.js';
import { readManifest } from './package-json.js';
import type { Workspace } from './workspace.js';

/** What `buildSbom` is asked for. */
export interface SbomRequest {
  /** The lockfile, or the folder that holds it, relative to the start directory; default the repository root. */
  readonly path?: string;
  /**
   * The file to write (one SBOM) or the directory (several), relative to the start directory;
   * undefined: the one SBOM comes back as {@link SbomResult.document} for the face to print.
   */
  readonly output?: string;
  readonly spec: SpecVersion;
  readonly format: SbomFormat;
  /** Leave out dev-only packages instead of listing them as excluded. */
  readonly omitDev: boolean;
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

/**
 * The outcome: `written`, or `hash-mismatch` (a declared hash does not match its file:
 * verification failed, nothing was written; the CLI exits 1, an action fails its step).
 */
export interface SbomResult {
  readonly verdict: 'written' | 'hash-mismatch';
  readonly report: SbomReport;
  /** The one SBOM's text when no output was asked for. */
  readonly document?: string;
}

const lockfileNames = ['npm-shrinkwrap.json', 'package-lock.json'];

/**
 * CycloneDX SBOMs from the npm lockfile and the declared components, one per product plus
 * one per npm workspace, validated before anything is written.
 */
export async function buildSbom(request: SbomRequest, workspace: Workspace): Promise<SbomResult> {
  const { spec, format, omitDev } = request;
  prepareSbomWriting(spec, format); // compiles while git and the file system answer
  if (format === 'xml') prepareXmlValidation(spec);
  // The commit time comes from a git process: asked now, it arrives while the inputs are read.
  const time = workspace.time();
  time.catch(() => undefined); // awaited below; a failure before then must not go unhandled
  const config = await workspace.config();
  const products = config?.products ?? [await productOfManifest(workspace)];
  const versions = config ? await workspace.versions() : {};
  const tool = { name: 'evident', version: workspace.version };

  const documents: { product: string; document: SbomDocument }[] = [];
  const mismatches: HashMismatch[] = [];
  for (const [index, product] of products.entries()) {
    const sbom = product.sbom;
    const declared = await readDeclared(workspace, config, index);
    const lockfile = await findLockfile(
      workspace,
      sbom?.lockfile ?? lockfileLocation(workspace, request.path),
    );
    if (!lockfile && declared.components.length === 0) {
      throw new UsageError(
        `no npm lockfile (package-lock.json or npm-shrinkwrap.json) in ${request.path ?? workspace.root}`,
        {
          fix: (terms) =>
            `run \`npm install --package-lock-only\`, pass the lockfile as ${terms.name('path')}, or declare components in evident.yml`,
          hint: { parameter: 'path' },
        },
      );
    }
    const metadataBase = { timestamp: (await time).clock.now(), tool };
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
  const written = await writeDocuments(documents, format, request.output, workspace);
  return {
    verdict: 'written',
    report: { spec, format, files: written.files, mismatches: [] },
    ...optional('document', written.document),
  };
}

/** Where to look for the lockfile: PATH as the user gave it (from where they are), else the root. */
function lockfileLocation(workspace: Workspace, given: string | undefined): string {
  // Relative to the root, which PATH must stay inside.
  if (given === undefined) return '.';
  const absolute = path.resolve(workspace.start, given);
  const relative = path.relative(workspace.root, absolute).split(path.sep).join('/');
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new UsageError(`${absolute} is outside the repository ${workspace.root}`, {
      fix: (terms) => `pass a lockfile or folder inside the repository, or ${terms.instruct('cwd')}`,
      hint: { parameter: 'cwd' },
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
): Promise<{ components: readonly DeclaredComponent[]; files: Map<string, Uint8Array> }> {
  const components = config ? await workspace.declaredComponents(productIndex) : [];
  const files = new Map<string, Uint8Array>();
  for (const component of components) {
    for (const file of component.files) {
      files.set(file.path, await readDeclaredFile(workspace, file.path, file.location));
    }
  }
  return { components, files };
}

async function readDeclaredFile(
  workspace: Workspace,
  file: string,
  location: SourceLocation | undefined,
): Promise<Uint8Array> {
  try {
    return await workspace.store.readBytes(file);
  } catch (error) {
    if (error instanceof InputError) {
      throw new ConfigurationError(`the declared file "${file}" cannot be read: ${error.message}`, {
        ...(location === undefined ? {} : { location }),
        fix: 'correct the path (relative to the repository root) or add the file',
        cause: error,
      });
    }
    throw error;
  }
}

/** Without evident.yml, the product is the root package.json (or the folder). */
async function productOfManifest(workspace: Workspace) {
  const manifest = await readManifest(workspace.store, 'package.json', {
    fix: 'repair package.json, or describe the product in evident.yml (evident init)',
  });
  return productFromManifest(manifest, path.basename(workspace.root));
}

/** One SBOM to the output file (or back as text); several into the output directory. */
async function writeDocuments(
  documents: readonly { product: string; document: SbomDocument }[],
  format: SbomFormat,
  given: string | undefined,
  workspace: Workspace,
): Promise<{ files: SbomFileReport[]; document?: string }> {
  const names = documents.map(({ product, document }) =>
    document.scope === 'product'
      ? `${product}.cdx.${format}`
      : `${product}.${fileNamePart(document.subject)}.cdx.${format}`,
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
  if (given === undefined) {
    if (!only) {
      throw new UsageError(`${documents.length} SBOMs (products and workspaces) cannot all go to stdout`, {
        fix: (terms) => `${terms.instruct('output')}: a directory to write them to`,
        hint: { parameter: 'output' },
      });
    }
    return { files: [report(0, null)], document: only.document.text };
  }
  const output = path.resolve(workspace.start, given);
  if (only) {
    await writeFileAtomic(output, only.document.text, { createParents: true });
    return { files: [report(0, output)] };
  }
  // evident sbom has no force parameter: a directory with anything but SBOMs in it is refused.
  const directory = await openCommandOutput(output, {
    kind: sbomOutput,
    force: false,
    forceOption: false,
    workspace,
  });
  await directory.write(new Map(names.map((name, index) => [name, documents[index]?.document.text ?? ''])));
  return { files: names.map((name, index) => report(index, path.join(output, name))) };
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
): SbomResult {
  for (const mismatch of mismatches) {
    workspace.logger.error(
      `${mismatch.component}: ${mismatch.path} has SHA-256 ${mismatch.actual}, but ${mismatch.declared} is declared`,
      mismatch.location,
    );
  }
  return { verdict: 'hash-mismatch', report: { spec, format, files: [], mismatches } };
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

/** A workspace's name as a file-name part: `@scope/name` → `scope-name`. */
function fileNamePart(name: string): string {
  return name.replace(/^@/, '').replace(/[^A-Za-z0-9._-]+/g, '-') || 'sbom';
}
