import { basename, join, relative, resolve } from 'node:path';
import {
  advisoryDisclosure,
  buildCsaf,
  type ComponentCatalog,
  type CsafVersion,
  classifyAdvisory,
  loadAdvisory,
  locateInAdvisory,
  type PublisherSettings,
  type SbomComponent,
  specOf,
  validateCsaf,
} from '@evident/advisory';
import {
  type Classification,
  ConfigurationError,
  canonicalJson,
  findPlaceholders,
  InputError,
  type Problem,
  type ResolvedConfig,
  UsageError,
} from '@evident/core';
import { writeFilesAtomic } from '@evident/node';
import { usePrecompiledCsafValidators } from './csaf-validators.js';
import { readNamedFiles, throwIfAny } from './named-files.js';
import type { Workspace } from './workspace.js';

/** What `buildAdvisories` is asked for. */
export interface AdvisoryBuildRequest {
  /** Advisory YAML files, relative to the start directory; empty: every one in the advisories folders. */
  readonly files: readonly string[];
  /** The directory to write the CSAF files to, relative to the start directory. */
  readonly output: string;
  readonly csafVersion: CsafVersion;
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
  readonly classification: Classification;
}

/** What `evident advisory build --json` prints. */
export interface AdvisoryBuildReport {
  readonly csafVersion: string;
  readonly advisories: readonly BuiltAdvisory[];
  readonly notices: readonly string[];
}

/**
 * Each advisory to CSAF, validated with the reference validator before anything is
 * written; all or nothing.
 */
export async function buildAdvisories(
  request: AdvisoryBuildRequest,
  workspace: Workspace,
): Promise<AdvisoryBuildReport> {
  const spec = specOf(request.csafVersion);
  const config = await workspace.requireConfig();
  const publisher = readPublisher(config);
  // A placeholder init wrote would go out as the publisher of a CSAF document.
  for (const problem of findPlaceholders(config)) workspace.logger.warn(problem.message, problem.location);
  const components = await readComponents(workspace, config);
  const base = workspace.start;
  const names =
    request.files.length > 0 ? request.files : await configuredAdvisories(workspace, config, base);
  const files = await readNamedFiles(names, base);
  const output = resolve(base, request.output);
  const problems: Problem[] = [];
  const built: { advisory: BuiltAdvisory; json: string }[] = [];
  const notices: string[] = [];
  await usePrecompiledCsafValidators();
  for (const file of files) {
    const advisory = loadAdvisory(file.text, file.shown, config.products, components);
    const result = buildCsaf(advisory, {
      products: config.products,
      components,
      publisher,
      generator: { name: 'Evident', version: workspace.version },
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
        classification: classifyAdvisory(result.status, result.tlp, spec),
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
  return { csafVersion: spec.version, advisories: built.map((entry) => entry.advisory), notices };
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

/**
 * The SBOM components each product declares (evident.yml `sbom.components`, and the file
 * `sbom.componentsFile` names), which advisories reference by name.
 */
export async function readComponents(
  workspace: Workspace,
  config: ResolvedConfig,
): Promise<ComponentCatalog> {
  const catalog = new Map<string, readonly SbomComponent[]>();
  for (const [index, product] of config.products.entries()) {
    catalog.set(product.id, await workspace.declaredComponents(index));
  }
  return catalog;
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
