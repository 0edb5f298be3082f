/**
 * The one rule that makes a product id (evident.yml `products[].id`: lower-case letters,
 * digits and hyphens) from a name: `@acme/plc-firmware` → `plc-firmware`, `My App 2` →
 * `my-app-2`. `evident init` writes it; `evident sbom` without evident.yml uses it, so both
 * give a product the same id.
 */
export function productIdOf(name: string): string {
  const id = name
    .replace(/^@[^/]+\//, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'product';
}
