/**
 * Advisory → CSAF. One builder for every CSAF version: the differences (TLP vocabulary,
 * `scores` vs `metrics`, CVSS v4) come from the version's capability object.
 */
import { InputError, type Product, type SourceLocation, sortedBy } from '@evident/core';
import type {
  AcknowledgmentInput,
  AdvisoryCategory,
  AdvisoryInput,
  NoteInput,
  ProductInput,
  ReferenceInput,
  VulnerabilityInput,
} from './advisory-schema.js';
import { type CvssV3, type CvssV4, scoreCvssV3, scoreCvssV4 } from './cvss.js';
import { cweListVersion, cweName, cweNameInLatestList } from './cwe.js';
import { fileNameOfTrackingId } from './file-name.js';
import {
  advisoryDisclosure,
  affectedIds,
  type ComponentCatalog,
  componentOf,
  type LoadedAdvisory,
  parseDate,
} from './load-advisory.js';
import { type CsafSpec, csaf20, tlpLabelFor } from './spec-versions.js';
import { toVersRange } from './version-range.js';

/** CSAF publisher categories. */
export const publisherCategories = [
  'vendor',
  'coordinator',
  'discoverer',
  'other',
  'translator',
  'user',
] as const;

/** Who publishes the advisories (evident.yml `publisher`). */
export interface PublisherSettings {
  readonly name: string;
  /** A URL that identifies the publisher, e.g. https://example.com. */
  readonly namespace: string;
  readonly category?: (typeof publisherCategories)[number];
  readonly contactDetails?: string;
  readonly issuingAuthority?: string;
  /** Where the CSAF files are published: gives each document its canonical URL (6.2.11). */
  readonly advisoriesUrl?: string;
}

/** What a build needs besides the advisory. */
export interface BuildCsafOptions {
  /** evident.yml's products, which `ref` names. */
  readonly products: readonly Product[];
  readonly publisher: PublisherSettings;
  /** The tool, for `tracking.generator`. */
  readonly generator: { readonly name: string; readonly version: string };
  /** CSAF 2.0 unless given. */
  readonly spec?: CsafSpec;
  /** The SBOM components of evident.yml's products, which `component` names. */
  readonly components?: ComponentCatalog;
}

/** A CSAF document as plain JSON data. */
export type CsafDocument = Record<string, unknown>;

/** The built document, its file name and notes about what the format could not carry. */
export interface CsafBuild {
  readonly document: CsafDocument;
  readonly fileName: string;
  readonly status: 'draft' | 'interim' | 'final';
  readonly tlp: string;
  readonly notices: readonly string[];
}

const profiles: Readonly<Record<AdvisoryCategory, string>> = {
  'security-advisory': 'csaf_security_advisory',
  vex: 'csaf_vex',
  informational: 'csaf_informational_advisory',
};

/** Builds the CSAF document of a checked advisory. Same advisory and options, same document. */
export function buildCsaf(advisory: LoadedAdvisory, options: BuildCsafOptions): CsafBuild {
  const spec = options.spec ?? csaf20;
  const { input, source } = advisory;
  const tracking = input.tracking;
  if (tracking === undefined) {
    throw new InputError('the advisory has no revision history yet', {
      location: source.locate([]),
      fix: `run \`evident advisory revise ${source.file}\` to start it as a draft`,
    });
  }
  const notices: string[] = [];
  const tlp = tlpLabelFor(input.tlp, spec);
  const fileName = fileNameOfTrackingId(input.id);
  const revisions = tracking.revisions.map((revision) => ({
    date: isoDate(revision.date),
    number: revision.number,
    summary: revision.summary,
  }));
  const first = revisions[0]?.date ?? '';
  const last = revisions.at(-1)?.date ?? first;
  const document: CsafDocument = {
    ...(spec.draft ? { $schema: spec.schemaUrl } : {}),
    document: {
      category: profiles[input.category ?? 'security-advisory'],
      csaf_version: spec.version,
      distribution: { tlp: { label: tlp, url: spec.tlpUrl } },
      lang: input.lang ?? 'en',
      ...nonEmpty('notes', [
        ...(input.summary ? [{ category: 'summary', title: 'Summary', text: input.summary }] : []),
        ...(input.notes ?? []).map(note),
      ]),
      publisher: publisherOf(options.publisher),
      ...nonEmpty('references', [
        ...selfReference(options.publisher, fileName),
        ...(input.references ?? []).map(reference),
      ]),
      ...nonEmpty('acknowledgments', (input.acknowledgments ?? []).map(acknowledgment)),
      title: input.title,
      tracking: {
        current_release_date: last,
        generator: {
          date: last,
          engine: { name: options.generator.name, version: options.generator.version },
        },
        id: input.id,
        initial_release_date: first,
        revision_history: revisions,
        status: tracking.status,
        version: tracking.version,
      },
    },
    ...(input.products?.length ? { product_tree: productTree(input.products, options) } : {}),
    ...nonEmpty(
      'vulnerabilities',
      (input.vulnerabilities ?? []).map((vulnerability, index) =>
        buildVulnerability(vulnerability, spec, (notice) =>
          notices.push(`${vulnerabilityLabel(input, index)}: ${notice}`),
        ),
      ),
    ),
  };
  return { document, fileName, status: tracking.status, tlp, notices };
}

function nonEmpty<K extends string, T>(key: K, list: readonly T[]): { [P in K]?: readonly T[] } {
  return (list.length ? { [key]: list } : {}) as { [P in K]?: readonly T[] };
}

/** A date or date-time as CSAF writes it: UTC, milliseconds, Z. */
function isoDate(text: string): string {
  return (parseDate(text) ?? new Date(Number.NaN)).toISOString();
}

function note(input: NoteInput): Record<string, string> {
  return { category: input.category, text: input.text, ...(input.title ? { title: input.title } : {}) };
}

function reference(input: ReferenceInput): Record<string, string> {
  return { category: input.category ?? 'external', summary: input.summary, url: input.url };
}

function acknowledgment(input: AcknowledgmentInput): Record<string, unknown> {
  return { ...input };
}

function publisherOf(publisher: PublisherSettings): Record<string, string> {
  return {
    category: publisher.category ?? 'vendor',
    name: publisher.name,
    namespace: publisher.namespace,
    ...(publisher.contactDetails ? { contact_details: publisher.contactDetails } : {}),
    ...(publisher.issuingAuthority ? { issuing_authority: publisher.issuingAuthority } : {}),
  };
}

function selfReference(publisher: PublisherSettings, fileName: string): Record<string, string>[] {
  if (!publisher.advisoriesUrl) return [];
  const base = publisher.advisoriesUrl.replace(/\/+$/, '');
  return [{ category: 'self', summary: 'Canonical URL', url: `${base}/${fileName}` }];
}

interface Branch {
  readonly category: string;
  readonly name: string;
  readonly branches?: Branch[];
  readonly product?: {
    readonly name: string;
    readonly product_id: string;
    readonly product_identification_helper?: object;
  };
}

/** vendor → product name → version or range, each leaf a product with its id. */
function productTree(products: readonly ProductInput[], options: BuildCsafOptions): { branches: Branch[] } {
  const vendors = new Map<string, Map<string, Branch[]>>();
  for (const product of products) {
    const configured = options.products.find((candidate) => candidate.id === product.ref);
    const component = componentOf(product, options.components ?? new Map());
    const name = product.name ?? component?.name ?? configured?.name ?? product.ref ?? '';
    const vendor =
      product.vendor ?? component?.supplier?.name ?? configured?.manufacturer?.name ?? options.publisher.name;
    const names = vendors.get(vendor) ?? new Map<string, Branch[]>();
    vendors.set(vendor, names);
    const leaves = names.get(name) ?? [];
    names.set(name, leaves);
    for (const version of product.versions) {
      const range = version.range === undefined ? undefined : toVersRange(version.range);
      const label = range && 'vers' in range ? range.vers : (version.version ?? '');
      // The SBOM's identifiers name the component's own version, so they apply to it only.
      const fromSbom =
        component !== undefined && version.version === component.version ? component : undefined;
      const cpe = version.cpe ?? fromSbom?.cpe;
      const purl = version.purl ?? fromSbom?.purl;
      const helper = {
        ...(cpe ? { cpe } : {}),
        ...(product.models ? { model_numbers: [...product.models] } : {}),
        ...(purl ? { purl } : {}),
      };
      leaves.push({
        category: range ? 'product_version_range' : 'product_version',
        name: label,
        product: {
          name: `${vendor} ${name} ${version.range ?? version.version ?? ''}`.trim(),
          product_id: version.id,
          ...(Object.keys(helper).length ? { product_identification_helper: helper } : {}),
        },
      });
    }
  }
  const branches = sortedBy([...vendors], ([vendor]) => vendor).map(
    ([vendor, names]): Branch => ({
      category: 'vendor',
      name: vendor,
      branches: sortedBy([...names], ([name]) => name).map(([name, leaves]) => ({
        category: 'product_name',
        name,
        branches: leaves,
      })),
    }),
  );
  return { branches };
}

/**
 * How a notice names a vulnerability: its CVE or title, or only its place when the advisory
 * is not public (notices go to step logs).
 */
function vulnerabilityLabel(advisory: AdvisoryInput, index: number): string {
  const vulnerability = advisory.vulnerabilities?.[index];
  if (advisoryDisclosure(advisory) === 'withhold') return `vulnerabilities[${index}]`;
  return vulnerability?.cve ?? vulnerability?.title ?? 'a vulnerability';
}

function buildVulnerability(
  input: VulnerabilityInput,
  spec: CsafSpec,
  notice: (text: string) => void,
): Record<string, unknown> {
  const affected = affectedIds(input);
  const notAffected = input.status.known_not_affected ?? [];
  const { known_not_affected: _ignored, ...plain } = input.status;
  const productStatus: Record<string, string[]> = {};
  for (const [status, ids] of Object.entries(plain)) if (ids?.length) productStatus[status] = [...ids];
  if (notAffected.length) productStatus.known_not_affected = notAffected.map((entry) => entry.id);
  const flags = groupBy(
    notAffected.filter((entry) => entry.justification !== undefined),
    (entry) => entry.justification ?? '',
  ).map(([label, entries]) => ({ label, product_ids: entries.map((entry) => entry.id) }));
  const threats = notAffected
    .filter((entry) => entry.impact !== undefined)
    .map((entry) => ({ category: 'impact', details: entry.impact, product_ids: [entry.id] }));
  const cwe = input.cwe === undefined ? undefined : typeof input.cwe === 'string' ? input.cwe : input.cwe.id;
  return {
    ...nonEmpty('acknowledgments', (input.acknowledgments ?? []).map(acknowledgment)),
    ...(input.cve ? { cve: input.cve } : {}),
    ...cweOf(cwe, spec),
    ...(input.discovered ? { discovery_date: isoDate(input.discovered) } : {}),
    ...nonEmpty('flags', flags),
    ...nonEmpty('notes', [
      ...(input.description
        ? [{ category: 'description', title: 'Description', text: input.description }]
        : []),
      ...(input.notes ?? []).map(note),
    ]),
    product_status: productStatus,
    ...nonEmpty('references', (input.references ?? []).map(reference)),
    ...(input.released ? { [spec.releaseDateKey]: isoDate(input.released) } : {}),
    ...nonEmpty(
      'remediations',
      (input.remediations ?? []).map((remediation) => ({
        category: remediation.category,
        ...(remediation.date ? { date: isoDate(remediation.date) } : {}),
        details: remediation.fixedVersion
          ? `${remediation.details} Fixed in version ${remediation.fixedVersion}.`
          : remediation.details,
        product_ids: [...(remediation.products ?? affected)],
        ...(remediation.url ? { url: remediation.url } : {}),
      })),
    ),
    ...scoresOf(input, affected, spec, notice),
    ...nonEmpty('threats', threats),
    ...(input.title ? { title: input.title } : {}),
  };
}

function cweOf(id: string | undefined, spec: CsafSpec): Record<string, unknown> {
  if (id === undefined) return {};
  if (spec.cweKey === 'cwe') return { cwe: { id, name: cweName(id) } };
  return { cwes: [{ id, name: cweNameInLatestList(id) ?? cweName(id), version: cweListVersion }] };
}

function scoresOf(
  input: VulnerabilityInput,
  affected: readonly string[],
  spec: CsafSpec,
  notice: (text: string) => void,
): Record<string, unknown> {
  const v3: CvssV3 | undefined = input.cvss === undefined ? undefined : scoreCvssV3(input.cvss);
  const v4: CvssV4 | undefined = input.cvssV4 === undefined ? undefined : scoreCvssV4(input.cvssV4);
  if (v4 && !spec.cvssV4) {
    notice(`CSAF ${spec.version} cannot carry CVSS v4; the v4 vector is left out`);
  }
  if ((!v3 && !(v4 && spec.cvssV4)) || affected.length === 0) return {};
  if (spec.scoresKey === 'scores') return { scores: [{ cvss_v3: v3, products: [...affected] }] };
  return {
    metrics: [
      {
        content: { ...(v3 ? { cvss_v3: v3 } : {}), ...(v4 ? { cvss_v4: v4 } : {}) },
        products: [...affected],
      },
    ],
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return sortedBy([...groups], ([name]) => name);
}

/**
 * Where in the advisory YAML a finding about the built CSAF (a JSON pointer) comes from:
 * the vulnerability, product or tracking entry it was built from.
 */
export function locateInAdvisory(advisory: LoadedAdvisory, pointer: string): SourceLocation {
  const [top, index, field, position] = pointer.split('/').slice(1);
  if (top === 'vulnerabilities' && index !== undefined) {
    const fieldPath: Record<string, string> = {
      scores: 'cvss',
      metrics: 'cvss',
      cwe: 'cwe',
      remediations: 'remediations',
      product_status: 'status',
      notes: 'notes',
      references: 'references',
      flags: 'status',
      threats: 'status',
    };
    const mapped = field === undefined ? undefined : fieldPath[field];
    const path: (string | number)[] = ['vulnerabilities', Number(index)];
    if (mapped) path.push(mapped);
    if (mapped === 'remediations' && position !== undefined) path.push(Number(position));
    return advisory.source.locate(path);
  }
  if (top === 'product_tree') return advisory.source.locate(['products']);
  if (top === 'document' && index === 'tracking') return advisory.source.locate(['tracking']);
  if (top === 'document' && index !== undefined && index in (advisory.input as object)) {
    return advisory.source.locate([index]);
  }
  return advisory.source.locate([]);
}
