import { ConfigurationError, compareStrings, InternalError, sha256Hex } from '@evident/core';
import { type SbomFormat, type SbomMetadata, writeCycloneDx } from './cyclonedx.js';
import {
  buildDeclaredInventory,
  type DeclaredComponent,
  declaredRef,
  type HashMismatch,
} from './declared.js';
import type { Inventory, InventoryComponent } from './inventory.js';
import { buildNpmInventories } from './npm/inventory.js';
import { readNpmLockfile } from './npm/lockfile.js';
import { loadJsonSerialization } from './serializers.js';
import { type SpecVersion, specs } from './spec-versions.js';
import {
  checkInventoryReferences,
  loadJsonValidator,
  type SbomViolation,
  validateCycloneDxJson,
} from './validate.js';

/** An npm lockfile's text, the path it was read from, and the root package.json text if any. */
export interface LockfileInput {
  readonly file: string;
  readonly text: string;
  readonly manifest?: string;
}

/** Everything one `evident sbom` run turns into documents. */
export interface SbomRequest {
  /** What the aggregate SBOM describes: the product. */
  readonly product: InventoryComponent;
  readonly lockfile?: LockfileInput;
  readonly declared?: readonly DeclaredComponent[];
  /** The bytes of every file a declared component names. */
  readonly declaredFiles?: ReadonlyMap<string, Uint8Array>;
  readonly metadata: SbomMetadata;
  readonly spec: SpecVersion;
  readonly format: SbomFormat;
  readonly omitDev: boolean;
  /** Validates XML against the version's XSD (the port: libxml2 runs in an adapter, outside the domain). */
  readonly validateXml?: (text: string, version: SpecVersion) => Promise<SbomViolation[]>;
}

/** Counts for people and job summaries. */
export interface SbomStatistics {
  readonly components: number;
  readonly byScope: Readonly<Record<string, number>>;
  readonly byLicense: Readonly<Record<string, number>>;
  readonly withHash: number;
}

/** One written SBOM: the product's aggregate or one workspace's. */
export interface SbomDocument {
  /** `product`, or the workspace's install path (`packages/cli`). */
  readonly scope: string;
  /** The name of the component the document describes. */
  readonly subject: string;
  readonly text: string;
  readonly sha256: string;
  readonly statistics: SbomStatistics;
  /** What the inputs did not say (hashes, licences, dependencies missing). */
  readonly gaps: readonly string[];
}

/** The outcome: documents to write, or declared hashes that failed verification. */
export interface SbomResult {
  readonly documents: readonly SbomDocument[];
  readonly mismatches: readonly HashMismatch[];
}

/**
 * Starts loading the code that writing and validating this format needs (the JSON validator
 * alone is 1.4 MB), so that it compiles while the caller waits for files and processes.
 */
export function prepareSbomWriting(spec: SpecVersion, format: SbomFormat): void {
  if (format !== 'json') return;
  // Awaited again where used; a failure surfaces there.
  Promise.all([loadJsonSerialization(), loadJsonValidator(spec)]).catch(() => undefined);
}

/**
 * Builds and validates every SBOM of a request: the product's aggregate (lockfile and
 * declared components) and one per npm workspace. Invalid output is a bug (InternalError);
 * a declared hash that does not match its file is a result, not an exception.
 */
export async function buildSboms(request: SbomRequest): Promise<SbomResult> {
  const declared = buildDeclaredInventory(request.declared ?? [], request.declaredFiles ?? new Map());
  if (declared.mismatches.length > 0) return { documents: [], mismatches: declared.mismatches };
  const inventories: { scope: string; inventory: Inventory }[] = [];
  if (request.lockfile) {
    const { file, text, manifest } = request.lockfile;
    const lock = readNpmLockfile(text, file, manifest);
    const built = buildNpmInventories(lock, { omitDev: request.omitDev, product: request.product });
    refuseDeclaredFromLockfile(built.aggregate, request.declared ?? [], file);
    inventories.push({ scope: 'product', inventory: withDeclared(built.aggregate, declared.components) });
    for (const workspace of built.workspaces)
      inventories.push({ scope: workspace.path, inventory: workspace.inventory });
  } else {
    inventories.push({
      scope: 'product',
      inventory: withDeclared({ subject: request.product, components: [], gaps: [] }, declared.components),
    });
  }
  const documents: SbomDocument[] = [];
  for (const { scope, inventory } of inventories)
    documents.push(await writeDocument(scope, inventory, request));
  return { documents, mismatches: [] };
}

/**
 * A component declared by hand that the lockfile lists too (the same purl) would be in the SBOM
 * twice under one bom-ref: refused at the declaration, which is the redundant one.
 */
function refuseDeclaredFromLockfile(
  inventory: Inventory,
  declared: readonly DeclaredComponent[],
  lockfile: string,
): void {
  if (declared.length === 0) return;
  const locked = new Set(inventory.components.map((component) => component.ref));
  for (const component of declared) {
    const ref = declaredRef(component);
    if (!locked.has(ref)) continue;
    throw new ConfigurationError(`the declared component ${ref} is also in the lockfile ${lockfile}`, {
      ...(component.location === undefined ? {} : { location: component.location }),
      fix: 'remove the declaration: the lockfile already puts this component into the SBOM',
    });
  }
}

function withDeclared(inventory: Inventory, declared: readonly InventoryComponent[]): Inventory {
  if (declared.length === 0) return inventory;
  const components = [...inventory.components, ...declared].sort((a, b) => compareStrings(a.ref, b.ref));
  const subject = {
    ...inventory.subject,
    dependsOn: [...inventory.subject.dependsOn, ...declared.map((component) => component.ref)].sort(
      compareStrings,
    ),
  };
  return { ...inventory, subject, components };
}

async function writeDocument(
  scope: string,
  inventory: Inventory,
  request: SbomRequest,
): Promise<SbomDocument> {
  const violations = checkInventoryReferences(inventory);
  const spec = specs[request.spec];
  const text = await writeCycloneDx(inventory, request.metadata, spec, request.format);
  if (request.format === 'json') violations.push(...(await validateCycloneDxJson(text, request.spec)));
  else if (request.validateXml) violations.push(...(await request.validateXml(text, request.spec)));
  if (violations.length > 0) {
    const list = violations.slice(0, 10).map((violation) => `  ${violation.at}: ${violation.message}`);
    throw new InternalError(
      `the ${request.format.toUpperCase()} SBOM for ${scope} is not valid CycloneDX ${request.spec}:\n${list.join('\n')}`,
    );
  }
  const name = inventory.subject.group
    ? `${inventory.subject.group}/${inventory.subject.name}`
    : inventory.subject.name;
  return {
    scope,
    subject: name,
    text,
    sha256: sha256Hex(text),
    statistics: statisticsOf(inventory),
    gaps: inventory.gaps,
  };
}

/** A licence as one key of the statistics: several licences are listed as the document lists them. */
function licenseLabel(license: InventoryComponent['license']): string {
  if (license === undefined) return '(none)';
  return typeof license === 'string' ? license : license.join(', ');
}

function statisticsOf(inventory: Inventory): SbomStatistics {
  const byScope: Record<string, number> = {};
  const byLicense: Record<string, number> = {};
  let withHash = 0;
  for (const component of inventory.components) {
    const scope = component.scope ?? 'required';
    byScope[scope] = (byScope[scope] ?? 0) + 1;
    const license = licenseLabel(component.license);
    byLicense[license] = (byLicense[license] ?? 0) + 1;
    if (component.hashes.length > 0) withHash++;
  }
  return { components: inventory.components.length, byScope, byLicense, withHash };
}
