import { stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import {
  advisoryDisclosure,
  buildCsaf,
  type ComponentCatalog,
  type CsafSpec,
  csaf20,
  csaf21,
  loadAdvisory,
  locateInAdvisory,
  type PublisherSettings,
  type SbomComponent,
  validateCsaf,
} from '@evident/advisory';
import {
  ConfigurationError,
  canonicalJson,
  configFileName,
  type DeclaredComponentConfig,
  findPlaceholders,
  InputError,
  optional,
  type Problem,
  type ResolvedConfig,
  UsageError,
} from '@evident/core';
import { createFileStore, writeFilesAtomic } from '@evident/node';
import { listDeclaredComponents } from '../declared-components.js';
import type { CliIo, CommandResult, GlobalOptions } from '../io.js';
import { cliVersion } from '../version.js';
import { loadWorkspaceConfig, openWorkspace, type Workspace } from '../workspace.js';
import { baseDirectory, readNamedFiles, throwIfAny } from './advisory-files.js';

/** Options of `evident advisory build`. */
export interface AdvisoryBuildOptions extends GlobalOptions {
  readonly files: readonly string[];
  readonly output: string;
  readonly csafVersion?: string;
}

/** What a caller other than the CLI (the action) supplies. */
export interface AdvisoryBuildServices {
  /** The generator version written into each document; default: this CLI's version. */
  readonly version?: string;
}

/** One built advisory in the report. */
export interface BuiltAdvisory {
  readonly source: string;
  readonly output: string;
  readonly id: string;
  readonly title: string;
  readonly status: 'draft' | 'interim' | 'final';
  readonly tlp: string;
  readonly version: string;
  /** Public only when final or interim and TLP:WHITE/CLEAR (DESIGN.md: confidentiality). */
  readonly classification: 'public' | 'customer' | 'internal';
}

/** What `evident advisory build --json` prints. */
export interface AdvisoryBuildReport {
  readonly csafVersion: string;
  readonly advisories: readonly BuiltAdvisory[];
  readonly notices: readonly string[];
}

/**
 * `evident advisory build FILE.yml… -o DIR`: each advisory to CSAF, validated with the
 * reference validator before anything is written; all or nothing.
 */
export async function runAdvisoryBuild(
  options: AdvisoryBuildOptions,
  io: CliIo,
  services: AdvisoryBuildServices = {},
): Promise<CommandResult<AdvisoryBuildReport>> {
  const spec = specOption(options.csafVersion);
  const workspace = await openAdvisoryWorkspace(options, io);
  const config = await loadWorkspaceConfig(workspace);
  const publisher = readPublisher(config);
  // A placeholder init wrote would go out as the publisher of a CSAF document.
  for (const problem of findPlaceholders(config)) workspace.logger.warn(problem.message, problem.location);
  const components = await readComponents(workspace, config);
  const base = baseDirectory(options, io);
  const names =
    options.files.length > 0 ? options.files : await configuredAdvisories(workspace, config, base);
  const files = await readNamedFiles(names, base);
  const output = resolve(base, options.output);
  const problems: Problem[] = [];
  const built: { advisory: BuiltAdvisory; json: string }[] = [];
  const notices: string[] = [];
  // The ajv adapter, installed before the first validation (imported here: its table is 2 MB).
  (await import('@evident/node/csaf-precompiled')).usePrecompiledCsafValidators();
  for (const file of files) {
    const advisory = loadAdvisory(file.text, file.shown, config.products, components);
    const result = buildCsaf(advisory, {
      products: config.products,
      components,
      publisher,
      generator: { name: 'Evident', version: services.version ?? cliVersion() },
      spec,
    });
    const report = await validateCsaf(result.document);
    // The validator's messages quote the document: not for an embargoed or draft advisory.
    const quote = advisoryDisclosure(advisory.input) === 'quote';
    for (const error of report.errors) {
      problems.push({
        message: `the CSAF built from this fails ${error.test} at ${error.path || '/'}${quote ? `: ${error.message}` : ''}`,
        location: locateInAdvisory(advisory, error.path),
        fix: quote
          ? 'correct the advisory here; run `evident advisory validate` on the output for the full report'
          : `correct the advisory here (CSAF ${error.test}); the validator's message is not shown because the advisory is not public`,
      });
    }
    notices.push(...result.notices.map((notice) => `${file.shown}: ${notice}`));
    const version = (advisory.input.tracking?.version ?? '') as string;
    built.push({
      json: canonicalJson(result.document),
      advisory: {
        source: file.shown,
        output: resolve(output, result.fileName),
        id: advisory.input.id,
        title: advisory.input.title,
        status: result.status,
        tlp: result.tlp,
        version,
        classification: classify(result.status, result.tlp, spec),
      },
    });
  }
  throwIfAny(problems, 'the built CSAF');
  refuseDuplicateNames(built.map((entry) => entry.advisory));
  // All or none: a full disk after the first document leaves no partial set.
  await writeFilesAtomic(
    output,
    new Map(built.map(({ advisory, json }) => [basename(advisory.output), json])),
  );
  const report = { csafVersion: spec.version, advisories: built.map((entry) => entry.advisory), notices };
  return { report, text: describe(report, spec) };
}

/**
 * The workspace, rooted at the working directory (or -C) when that has its own evident.yml:
 * a repository may hold several advisory sets (examples, product lines) below its root.
 */
export async function openAdvisoryWorkspace(options: GlobalOptions, io: CliIo): Promise<Workspace> {
  const workspace = await openWorkspace(options, io);
  const base = baseDirectory(options, io);
  if (base === workspace.root) return workspace;
  const own = await stat(join(base, configFileName)).catch(() => undefined);
  return own?.isFile() ? { ...workspace, root: base, store: createFileStore(base) } : workspace;
}

/** Every advisory file in the advisories folders evident.yml configures (default `advisories/`). */
async function configuredAdvisories(
  workspace: Workspace,
  config: ResolvedConfig,
  base: string,
): Promise<string[]> {
  const folders = [...new Set(config.products.map((product) => product.paths.advisories))];
  const files: string[] = [];
  for (const folder of folders) {
    if (!(await workspace.store.exists(folder))) continue;
    for (const file of await workspace.store.list(folder)) {
      if (/\.ya?ml$/.test(file)) files.push(relative(base, join(workspace.root, file)));
    }
  }
  if (files.length === 0) {
    throw new UsageError(`no advisory files in ${folders.join(', ')}`, {
      fix: 'name the advisory files, or put them in the advisories folder (evident.yml paths.advisories)',
    });
  }
  return files.sort();
}

function specOption(version: string | undefined): CsafSpec {
  if (version === undefined || version === '2.0') return csaf20;
  if (version === '2.1') return csaf21;
  throw new UsageError(`unknown CSAF version "${version}"`, {
    fix: 'use --csaf-version 2.0 (default) or 2.1',
  });
}

/**
 * The SBOM components each product declares (evident.yml `sbom.components`, and the file
 * `sbom.componentsFile` names), which advisories reference by name.
 */
export async function readComponents(
  workspace: Workspace,
  config: ResolvedConfig,
): Promise<ComponentCatalog> {
  const catalog = new Map<string, SbomComponent[]>();
  for (const [index, product] of config.products.entries()) {
    const entries = await listDeclaredComponents(workspace, config, index);
    catalog.set(
      product.id,
      entries.map(({ component }) => toComponent(component)),
    );
  }
  return catalog;
}

function toComponent(component: DeclaredComponentConfig): SbomComponent {
  return {
    name: component.name,
    version: component.version,
    ...optional('supplier', component.supplier?.name),
    ...optional('cpe', component.cpe),
    ...optional('purl', component.purl),
  };
}

/** evident.yml `publisher`, with the name defaulting to the manufacturer's. */
function readPublisher(config: ResolvedConfig): PublisherSettings {
  const publisher = config.publisher;
  const name = publisher?.name ?? config.manufacturer?.name;
  if (publisher === undefined || name === undefined) {
    throw new ConfigurationError('advisories need a publisher, and evident.yml names none', {
      location: { file: config.file },
      fix: 'add publisher: { namespace: https://your-company.example } (and manufacturer: { name: … } or publisher.name)',
    });
  }
  return {
    name,
    namespace: publisher.namespace,
    ...(publisher.category ? { category: publisher.category } : {}),
    ...(publisher.contactDetails ? { contactDetails: publisher.contactDetails } : {}),
    ...(publisher.issuingAuthority ? { issuingAuthority: publisher.issuingAuthority } : {}),
    ...(publisher.advisoriesUrl ? { advisoriesUrl: publisher.advisoriesUrl } : {}),
  };
}

/** Drafts are internal; limited TLP is for customers; only released, unlimited advisories are public. */
function classify(status: string, tlp: string, spec: CsafSpec): BuiltAdvisory['classification'] {
  if (status === 'draft' || tlp === 'RED') return 'internal';
  return tlp === spec.tlpUnlimited ? 'public' : 'customer';
}

function refuseDuplicateNames(advisories: readonly BuiltAdvisory[]): void {
  const seen = new Map<string, string>();
  for (const advisory of advisories) {
    const other = seen.get(advisory.output);
    if (other !== undefined) {
      throw new InputError(`${advisory.source} and ${other} have the same tracking id ${advisory.id}`, {
        location: { file: advisory.source },
        fix: 'give every advisory its own id',
      });
    }
    seen.set(advisory.output, advisory.source);
  }
}

function describe(report: AdvisoryBuildReport, spec: CsafSpec): string {
  const lines = report.advisories.map(
    (advisory) =>
      `${advisory.source} → ${advisory.output}\n  ${advisory.id} ${advisory.version} ${advisory.status}, TLP:${advisory.tlp}, valid CSAF ${spec.version} (${advisory.classification}${advisory.status === 'draft' ? ': a draft, not for publication' : ''})`,
  );
  return [...lines, ...report.notices.map((notice) => `note: ${notice}`)].join('\n');
}
