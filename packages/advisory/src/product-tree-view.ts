import { type Json, list, record, strings, text } from './json-reader.js';

/**
 * The product tree of a CSAF document as a reader needs it: for every product its full name,
 * the path of branches that leads to it (vendor › product family › product name › version
 * or range), its identification helper (CPE, purl, model and serial numbers, SKUs, hashes)
 * and, for a product made by a relationship, both products it relates. Real advisories keep
 * the version range only in the branch (Siemens: product "SIMATIC WinCC V7.5", range in the
 * branch above it), so a renderer that shows only `name` loses it.
 */

/** A product as shown: its id, full name, and its version or range when the name lacks it. */
export interface ProductRef {
  readonly id: string;
  readonly name: string;
  /** The `product_version` / `product_version_range` branch above it, unless `name` already says it. */
  readonly version: string | null;
}

/** One branch on the way to a product. */
export interface BranchStep {
  /** The CSAF branch category, e.g. `vendor`, `product_version_range`. */
  readonly category: string;
  /** The category for people, e.g. `Version range`. */
  readonly label: string;
  readonly name: string;
}

/** One identifier from a product's identification helper. */
export interface ProductIdentifier {
  readonly label: string;
  readonly value: string;
}

/** A product of the tree, with everything that identifies it. */
export interface ProductView extends ProductRef {
  /** The branches from the root down to the product; empty outside `branches`. */
  readonly path: readonly BranchStep[];
  readonly identifiers: readonly ProductIdentifier[];
  /** How a product made by a relationship is composed; null for every other product. */
  readonly relationship: {
    readonly label: string;
    readonly product: ProductRef;
    readonly relatesTo: ProductRef;
  } | null;
}

const branchLabels: Readonly<Record<string, string>> = {
  architecture: 'Architecture',
  host_name: 'Host name',
  language: 'Language',
  legacy: 'Legacy',
  patch_level: 'Patch level',
  platform: 'Platform',
  product_family: 'Product family',
  product_name: 'Product',
  product_version: 'Version',
  product_version_range: 'Version range',
  service_pack: 'Service pack',
  specification: 'Specification',
  vendor: 'Vendor',
};

const versionCategories = new Set(['product_version', 'product_version_range']);

/** Every product of a tree, in document order (branches, full_product_names, relationships), by id. */
export function productCatalogue(tree: Json): Map<string, ProductView> {
  const found = new Map<string, Omit<ProductView, 'relationship'> & { relationship: Json | null }>();
  const add = (product: Json, path: readonly BranchStep[], relationship: Json | null): void => {
    if (typeof product.product_id !== 'string') return;
    const name = text(product.name) ?? product.product_id;
    const version = [...path].reverse().find((step) => versionCategories.has(step.category))?.name ?? null;
    found.set(product.product_id, {
      id: product.product_id,
      name,
      version: version !== null && !namesVersion(name, version) ? version : null,
      path,
      identifiers: identifiersOf(record(product.product_identification_helper)),
      relationship,
    });
  };
  const walk = (branches: Json[], above: readonly BranchStep[]): void => {
    for (const branch of branches) {
      const category = text(branch.category) ?? '';
      const path = [
        ...above,
        { category, label: branchLabels[category] ?? category, name: text(branch.name) ?? '' },
      ];
      add(record(branch.product), path, null);
      walk(list(branch.branches), path);
    }
  };
  walk(list(tree.branches), []);
  for (const product of list(tree.full_product_names)) add(product, [], null);
  for (const relationship of list(tree.relationships)) {
    add(record(relationship.full_product_name), [], relationship);
  }
  const refOf = (id: string): ProductRef => {
    const product = found.get(id);
    return product === undefined ? { id, name: id, version: null } : refFields(product);
  };
  return new Map(
    [...found].map(([id, product]) => [
      id,
      { ...product, relationship: product.relationship && relationshipView(product.relationship, refOf) },
    ]),
  );
}

/**
 * Whether a product's name already says its version or range: literally, or as the words of
 * a `vers:` range (`vers:semver/>=2.0.0|<2.4.1` in "… firmware >=2.0.0 <2.4.1").
 */
function namesVersion(name: string, version: string): boolean {
  const words = version.replace(/^vers:[^/]*\//, '').replaceAll('|', ' ');
  return name.includes(version) || name.includes(words);
}

/** Only the fields of a ProductRef, so views do not carry a product's whole record around. */
export function refFields(product: ProductRef): ProductRef {
  return { id: product.id, name: product.name, version: product.version };
}

function relationshipView(
  relationship: Json,
  refOf: (id: string) => ProductRef,
): ProductView['relationship'] {
  return {
    label: (text(relationship.category) ?? '').replaceAll('_', ' '),
    product: refOf(text(relationship.product_reference) ?? ''),
    relatesTo: refOf(text(relationship.relates_to_product_reference) ?? ''),
  };
}

/** The identifiers of a product_identification_helper (CSAF 2.0 and 2.1), in a fixed order. */
function identifiersOf(helper: Json): ProductIdentifier[] {
  const each = (label: string, values: readonly string[]): ProductIdentifier[] =>
    values.map((value) => ({ label, value }));
  const one = (value: unknown): string[] => (typeof value === 'string' ? [value] : []);
  return [
    ...each('CPE', one(helper.cpe)),
    // CSAF 2.0 has one `purl`, 2.1 a list `purls`.
    ...each('purl', [...one(helper.purl), ...strings(helper.purls)]),
    ...each('Model number', strings(helper.model_numbers)),
    ...each('Serial number', strings(helper.serial_numbers)),
    ...each('SKU', strings(helper.skus)),
    ...list(helper.hashes).flatMap((hash) =>
      list(hash.file_hashes).map((fileHash) => ({
        label: `${text(fileHash.algorithm) ?? 'hash'} of ${text(hash.filename) ?? 'the file'}`,
        value: text(fileHash.value) ?? '',
      })),
    ),
    ...each('SBOM', strings(helper.sbom_urls)),
    ...list(helper.x_generic_uris).map((uri) => ({
      label: text(uri.namespace) ?? 'URI',
      value: text(uri.uri) ?? '',
    })),
  ];
}
