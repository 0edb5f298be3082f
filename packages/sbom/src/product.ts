import { optional, type Product, productIdOf } from '@evident/core';
import type { ComponentKind, InventoryComponent } from './inventory.js';

/** The CycloneDX component type of each IEC 62443-4-2 product type. */
export const productKinds: Readonly<Record<Product['type'], ComponentKind>> = {
  'embedded-device': 'firmware',
  'network-device': 'firmware',
  'host-device': 'application',
  'software-application': 'application',
};

/** The product as the SBOM's subject component (metadata.component); `version` as resolved, if it was. */
export function productComponent(product: Product, version: string | undefined): InventoryComponent {
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

/**
 * Without evident.yml, the product is what the root package.json says (name, version,
 * description), else the folder: a software application, its id by the one product-id rule.
 */
export function productFromManifest(
  manifest: Readonly<Record<string, unknown>> | undefined,
  folderName: string,
): Product {
  const name = typeof manifest?.name === 'string' && manifest.name ? manifest.name : folderName;
  const description = manifest?.description;
  return {
    id: productIdOf(name),
    name,
    type: 'software-application',
    version: { from: 'fixed', value: typeof manifest?.version === 'string' ? manifest.version : '' },
    paths: { threatModel: '', gatePolicy: '', advisories: '', documents: '' },
    ...optional('description', typeof description === 'string' ? description : undefined),
  };
}
