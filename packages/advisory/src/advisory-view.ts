/**
 * The view of a CSAF document that the HTML and Markdown templates render: every
 * (vulnerability, product, status) triple and every remediation with its products, with
 * product ids resolved to names. Built from any valid CSAF 2.0 or 2.1 document; absent
 * fields are null, so the templates run in strict mode.
 */

import { type Json, list, record, strings, text } from './json-reader.js';
import { type ProductRef, type ProductView, productCatalogue, refFields } from './product-tree-view.js';

export type { BranchStep, ProductIdentifier, ProductRef, ProductView } from './product-tree-view.js';

/** One status of one vulnerability and the products in it. */
export interface StatusView {
  readonly status: string;
  readonly label: string;
  readonly products: readonly ProductRef[];
}

/** One remediation with the products (and product groups, expanded) it applies to. */
export interface RemediationView {
  readonly category: string;
  readonly label: string;
  readonly details: string;
  readonly url: string | null;
  readonly date: string | null;
  readonly entitlements: readonly string[];
  readonly restartRequired: string | null;
  readonly products: readonly ProductRef[];
}

/** A CVSS score as shown. */
export interface ScoreView {
  readonly version: string;
  readonly vector: string;
  /** With one decimal, as CVSS writes it: `10.0`, `7.0`. */
  readonly baseScore: string | null;
  readonly baseSeverity: string | null;
  readonly products: readonly ProductRef[];
}

/** A note, reference, acknowledgment or flag/threat line. */
export interface NoteView {
  readonly category: string;
  readonly title: string | null;
  readonly text: string;
}
export interface ReferenceView {
  readonly category: string;
  readonly summary: string;
  readonly url: string;
}
export interface StatementView {
  readonly label: string;
  readonly details: string | null;
  readonly products: readonly ProductRef[];
}

/** One vulnerability as shown. */
export interface VulnerabilityView {
  readonly index: number;
  readonly anchor: string;
  readonly heading: string;
  readonly cve: string | null;
  readonly title: string | null;
  readonly cwe: { readonly id: string; readonly name: string } | null;
  readonly ids: readonly { readonly system: string; readonly text: string }[];
  readonly discoveryDate: string | null;
  readonly releaseDate: string | null;
  readonly scores: readonly ScoreView[];
  readonly statuses: readonly StatusView[];
  readonly remediations: readonly RemediationView[];
  readonly flags: readonly StatementView[];
  readonly threats: readonly StatementView[];
  readonly notes: readonly NoteView[];
  readonly references: readonly ReferenceView[];
  readonly acknowledgments: readonly string[];
}

/** One vulnerability in a cell of the overview: which one, and how (`first fixed`). */
export interface OverviewEntry {
  readonly index: number;
  readonly anchor: string;
  readonly heading: string;
  readonly status: string;
  /** The status when the column holds several, e.g. `first affected`; null otherwise. */
  readonly qualifier: string | null;
}

/** A column of the overview and the statuses it gathers. */
export interface OverviewColumn {
  readonly key: string;
  readonly label: string;
}

/** The affected / fixed overview: one row per product with a status, columns that have entries. */
export interface OverviewView {
  readonly columns: readonly OverviewColumn[];
  readonly rows: readonly {
    readonly product: ProductRef;
    readonly cells: readonly { readonly column: string; readonly entries: readonly OverviewEntry[] }[];
  }[];
}

/** The whole document as shown. */
export interface AdvisoryView {
  readonly id: string;
  readonly title: string;
  readonly category: string;
  readonly csafVersion: string;
  readonly version: string;
  /** `/document/tracking/status`: `draft`, `interim` or `final`. */
  readonly status: string;
  /** The status for people: `Final`, `Interim — may change`, `Draft — not published`. */
  readonly statusLabel: string;
  readonly draft: boolean;
  readonly interim: boolean;
  readonly lang: string | null;
  readonly tlp: { readonly label: string; readonly url: string | null } | null;
  readonly aggregateSeverity: string | null;
  readonly initialReleaseDate: string;
  readonly currentReleaseDate: string;
  readonly publisher: {
    readonly name: string;
    readonly category: string;
    readonly namespace: string;
    readonly contactDetails: string | null;
    readonly issuingAuthority: string | null;
  };
  readonly notes: readonly NoteView[];
  readonly references: readonly ReferenceView[];
  readonly acknowledgments: readonly string[];
  readonly revisions: readonly { readonly number: string; readonly date: string; readonly summary: string }[];
  /** Every product of the tree, in document order. */
  readonly products: readonly ProductView[];
  readonly overview: OverviewView;
  readonly vulnerabilities: readonly VulnerabilityView[];
}

/** Product status groups in the order shown, with their labels. */
export const statusLabels: readonly (readonly [string, string])[] = [
  ['known_affected', 'Known affected'],
  ['first_affected', 'First affected'],
  ['last_affected', 'Last affected'],
  ['under_investigation', 'Under investigation'],
  ['known_not_affected', 'Known not affected'],
  ['first_fixed', 'First fixed'],
  ['fixed', 'Fixed'],
  ['recommended', 'Recommended'],
];

/** The overview's columns, and the status each product status falls under (with a qualifier). */
const overviewColumns: readonly (OverviewColumn & { readonly statuses: readonly string[] })[] = [
  { key: 'affected', label: 'Affected by', statuses: ['known_affected', 'first_affected', 'last_affected'] },
  { key: 'fixed', label: 'Fixed', statuses: ['fixed', 'first_fixed'] },
  { key: 'recommended', label: 'Recommended', statuses: ['recommended'] },
  { key: 'not_affected', label: 'Not affected by', statuses: ['known_not_affected'] },
  { key: 'under_investigation', label: 'Under investigation', statuses: ['under_investigation'] },
];
// Statuses that are the plain meaning of their column need no qualifier.
const plainStatuses = new Set([
  'known_affected',
  'fixed',
  'recommended',
  'known_not_affected',
  'under_investigation',
]);

const documentStatusLabels: Readonly<Record<string, string>> = {
  final: 'Final',
  interim: 'Interim — may change',
  draft: 'Draft — not published',
};

const remediationLabels: Readonly<Record<string, string>> = {
  vendor_fix: 'Vendor fix',
  mitigation: 'Mitigation',
  workaround: 'Workaround',
  none_available: 'None available',
  no_fix_planned: 'No fix planned',
  optional_patch: 'Optional patch',
  fix_planned: 'Fix planned',
};

/** Builds the view of a CSAF document. */
export function createAdvisoryView(document: unknown): AdvisoryView {
  const root = record(document);
  const meta = record(root.document);
  const tracking = record(meta.tracking);
  const products = productCatalogue(record(root.product_tree));
  const groups = productGroups(record(root.product_tree));
  const resolve = (ids: readonly string[]): ProductRef[] =>
    [...new Set(ids)].map((id) => {
      const product = products.get(id);
      return product === undefined ? { id, name: id, version: null } : refFields(product);
    });
  const expand = (value: Json): ProductRef[] =>
    resolve([
      ...strings(value.product_ids),
      ...strings(value.group_ids).flatMap((group) => groups.get(group) ?? []),
    ]);
  const publisher = record(meta.publisher);
  const tlp = record(record(meta.distribution).tlp);
  const status = text(tracking.status) ?? '';
  const vulnerabilities = list(root.vulnerabilities).map((vulnerability, index) =>
    vulnerabilityView(vulnerability, index, resolve, expand),
  );
  return {
    id: text(tracking.id) ?? '',
    title: text(meta.title) ?? '',
    category: text(meta.category) ?? '',
    csafVersion: text(meta.csaf_version) ?? '',
    version: text(tracking.version) ?? '',
    status,
    statusLabel: documentStatusLabels[status] ?? status,
    draft: status === 'draft',
    interim: status === 'interim',
    lang: text(meta.lang),
    tlp: typeof tlp.label === 'string' ? { label: tlp.label, url: text(tlp.url) } : null,
    aggregateSeverity: text(record(meta.aggregate_severity).text),
    initialReleaseDate: text(tracking.initial_release_date) ?? '',
    currentReleaseDate: text(tracking.current_release_date) ?? '',
    publisher: {
      name: text(publisher.name) ?? '',
      category: text(publisher.category) ?? '',
      namespace: text(publisher.namespace) ?? '',
      contactDetails: text(publisher.contact_details),
      issuingAuthority: text(publisher.issuing_authority),
    },
    notes: list(meta.notes).map(noteView),
    references: list(meta.references).map(referenceView),
    acknowledgments: list(meta.acknowledgments).map(acknowledgmentText),
    revisions: list(tracking.revision_history).map((revision) => ({
      number: text(revision.number) ?? '',
      date: text(revision.date) ?? '',
      summary: text(revision.summary) ?? '',
    })),
    products: [...products.values()],
    overview: overviewOf(vulnerabilities, [...products.keys()], resolve),
    vulnerabilities,
  };
}

function vulnerabilityView(
  vulnerability: Json,
  index: number,
  resolve: (ids: readonly string[]) => ProductRef[],
  expand: (value: Json) => ProductRef[],
): VulnerabilityView {
  const productStatus = record(vulnerability.product_status);
  const cwe = record(vulnerability.cwe);
  const cve = text(vulnerability.cve);
  const title = text(vulnerability.title);
  const ids = list(vulnerability.ids).map((id) => ({
    system: text(id.system_name) ?? '',
    text: text(id.text) ?? '',
  }));
  return {
    index,
    anchor: `vulnerability-${index + 1}`,
    heading: cve ?? ids[0]?.text ?? title ?? `Vulnerability ${index + 1}`,
    cve,
    title,
    cwe: typeof cwe.id === 'string' ? { id: cwe.id, name: text(cwe.name) ?? '' } : null,
    ids,
    discoveryDate: text(vulnerability.discovery_date),
    releaseDate: text(vulnerability.release_date) ?? text(vulnerability.disclosure_date),
    scores: scoresOf(vulnerability, resolve),
    statuses: statusLabels
      .map(([status, label]) => ({ status, label, products: resolve(strings(productStatus[status])) }))
      .filter((entry) => entry.products.length > 0),
    remediations: list(vulnerability.remediations).map((remediation) => ({
      category: text(remediation.category) ?? '',
      label: remediationLabels[text(remediation.category) ?? ''] ?? text(remediation.category) ?? '',
      details: text(remediation.details) ?? '',
      url: text(remediation.url),
      date: text(remediation.date),
      entitlements: strings(remediation.entitlements),
      restartRequired: text(record(remediation.restart_required).category),
      products: expand(remediation),
    })),
    flags: list(vulnerability.flags).map((flag) => ({
      label: (text(flag.label) ?? '').replaceAll('_', ' '),
      details: null,
      products: expand(flag),
    })),
    threats: list(vulnerability.threats).map((threat) => ({
      label: (text(threat.category) ?? '').replaceAll('_', ' '),
      details: text(threat.details),
      products: expand(threat),
    })),
    notes: list(vulnerability.notes).map(noteView),
    references: list(vulnerability.references).map(referenceView),
    acknowledgments: list(vulnerability.acknowledgments).map(acknowledgmentText),
  };
}

function scoresOf(vulnerability: Json, resolve: (ids: readonly string[]) => ProductRef[]): ScoreView[] {
  const views: ScoreView[] = [];
  // CSAF 2.0 `scores` hold cvss_v2/cvss_v3 beside products; 2.1 `metrics` hold them in `content`.
  const entries = [
    ...list(vulnerability.scores).map((score) => ({ content: score, products: strings(score.products) })),
    ...list(vulnerability.metrics).map((metric) => ({
      content: record(metric.content),
      products: strings(metric.products),
    })),
  ];
  for (const { content, products } of entries) {
    for (const key of ['cvss_v4', 'cvss_v3', 'cvss_v2']) {
      const score = record(content[key]);
      if (typeof score.vectorString !== 'string') continue;
      views.push({
        version: text(score.version) ?? '',
        vector: score.vectorString,
        baseScore: typeof score.baseScore === 'number' ? score.baseScore.toFixed(1) : null,
        baseSeverity: text(score.baseSeverity),
        products: resolve(products),
      });
    }
  }
  return views;
}

function noteView(note: Json): NoteView {
  return { category: text(note.category) ?? '', title: text(note.title), text: text(note.text) ?? '' };
}

function referenceView(reference: Json): ReferenceView {
  return {
    category: text(reference.category) ?? 'external',
    summary: text(reference.summary) ?? '',
    url: text(reference.url) ?? '',
  };
}

function acknowledgmentText(acknowledgment: Json): string {
  const who = [strings(acknowledgment.names).join(', '), text(acknowledgment.organization)]
    .filter((part) => part)
    .join(' of ');
  const summary = text(acknowledgment.summary);
  return [who, summary].filter((part) => part).join(': ');
}

function productGroups(tree: Json): Map<string, string[]> {
  return new Map(
    list(tree.product_groups).map((group) => [text(group.group_id) ?? '', strings(group.product_ids)]),
  );
}

/**
 * Per product (tree order; ids only a status names come last), the vulnerabilities in each
 * column. Columns no product has an entry in are left out, so a VEX without fixes shows none.
 */
function overviewOf(
  vulnerabilities: readonly VulnerabilityView[],
  treeOrder: readonly string[],
  resolve: (ids: readonly string[]) => ProductRef[],
): OverviewView {
  const byProduct = new Map<string, Map<string, OverviewEntry[]>>();
  for (const vulnerability of vulnerabilities) {
    for (const { status, products } of vulnerability.statuses) {
      const column = overviewColumns.find((entry) => entry.statuses.includes(status));
      if (column === undefined) continue;
      for (const product of products) {
        const cells = byProduct.get(product.id) ?? new Map<string, OverviewEntry[]>();
        byProduct.set(product.id, cells);
        const entries = cells.get(column.key) ?? [];
        cells.set(column.key, entries);
        entries.push({
          index: vulnerability.index,
          anchor: vulnerability.anchor,
          heading: vulnerability.heading,
          status,
          qualifier: plainStatuses.has(status) ? null : status.replaceAll('_', ' '),
        });
      }
    }
  }
  const columns = overviewColumns
    .filter((column) => [...byProduct.values()].some((cells) => cells.has(column.key)))
    .map(({ key, label }) => ({ key, label }));
  const order = [...new Set([...treeOrder.filter((id) => byProduct.has(id)), ...byProduct.keys()])];
  return {
    columns,
    rows: resolve(order).map((product) => ({
      product,
      cells: columns.map((column) => ({
        column: column.key,
        entries: byProduct.get(product.id)?.get(column.key) ?? [],
      })),
    })),
  };
}
