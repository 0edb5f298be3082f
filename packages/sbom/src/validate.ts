import type { Inventory, InventoryComponent } from './inventory.js';
import type { SpecVersion } from './spec-versions.js';

/** One reason an SBOM is not valid: where in the document, and what. */
export interface SbomViolation {
  /** A JSON pointer into the document, or a bom-ref for a broken reference. */
  readonly at: string;
  readonly message: string;
}

type Validator = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string; params: Record<string, unknown> }[] | null;
};

// Precompiled (scripts/precompile-validators.mjs): loading one costs ~40 ms, compiling ~250 ms.
const loaders: Record<SpecVersion, () => Promise<{ validate: Validator }>> = {
  '1.5': () => import('../generated/cyclonedx-1.5.js'),
  '1.6': () => import('../generated/cyclonedx-1.6.js'),
  '1.7': () => import('../generated/cyclonedx-1.7.js'),
};

/** The precompiled validator of a version, loaded once (import() is memoized by the loader). */
export function loadJsonValidator(version: SpecVersion): Promise<{ validate: Validator }> {
  return loaders[version]();
}

/**
 * Validates CycloneDX JSON text against the official schema of its version (the schemas the
 * CycloneDX library ships, with its validator's settings) and checks that every dependency
 * reference names a component of the document. An empty list means valid.
 */
export async function validateCycloneDxJson(text: string, version: SpecVersion): Promise<SbomViolation[]> {
  const { validate } = await loadJsonValidator(version);
  const document: unknown = JSON.parse(text);
  const violations: SbomViolation[] = [];
  if (!validate(document)) {
    for (const error of validate.errors ?? []) {
      violations.push({
        at: error.instancePath || '/',
        message: `${error.message ?? 'is invalid'} ${JSON.stringify(error.params)}`,
      });
    }
  }
  return [...violations, ...checkJsonReferences(document)];
}

interface JsonComponent {
  readonly 'bom-ref'?: string;
  readonly components?: readonly JsonComponent[];
}

/** Every `dependencies[].ref` and `dependsOn` entry must name a bom-ref of the document. */
export function checkJsonReferences(document: unknown): SbomViolation[] {
  const bom = document as {
    metadata?: { component?: JsonComponent };
    components?: JsonComponent[];
    dependencies?: { ref: string; dependsOn?: string[] }[];
  };
  const refs = new Set<string>();
  const collect = (component: JsonComponent) => {
    if (component['bom-ref'] !== undefined) refs.add(component['bom-ref']);
    for (const nested of component.components ?? []) collect(nested);
  };
  if (bom.metadata?.component) collect(bom.metadata.component);
  for (const component of bom.components ?? []) collect(component);
  const violations: SbomViolation[] = [];
  for (const [index, dependency] of (bom.dependencies ?? []).entries()) {
    for (const ref of [dependency.ref, ...(dependency.dependsOn ?? [])]) {
      if (!refs.has(ref))
        violations.push({
          at: `/dependencies/${index}`,
          message: `refers to "${ref}", which no component has`,
        });
    }
  }
  return violations;
}

/** The same check on an inventory, before any format is written (XML included). */
export function checkInventoryReferences(inventory: Inventory): SbomViolation[] {
  const refs = new Set<string>();
  const all: InventoryComponent[] = [];
  const collect = (component: InventoryComponent) => {
    if (refs.has(component.ref))
      all.push({ ...component, dependsOn: [], ref: `\0duplicate ${component.ref}` });
    refs.add(component.ref);
    all.push(component);
    for (const nested of component.components) collect(nested);
  };
  collect(inventory.subject);
  for (const component of inventory.components) collect(component);
  const violations: SbomViolation[] = [];
  for (const component of all) {
    if (component.ref.startsWith('\0duplicate ')) {
      violations.push({ at: component.ref.slice(11), message: 'two components share this bom-ref' });
    }
    for (const ref of component.dependsOn) {
      if (!refs.has(ref))
        violations.push({ at: component.ref, message: `depends on "${ref}", which no component has` });
    }
  }
  return violations;
}
