// The words of evident.yml that code uses at run time, apart from its schema (schema.ts):
// importing them does not build the schema.

/** The 62443-4-2 component types a product can be. */
export const componentTypes = [
  'embedded-device',
  'host-device',
  'network-device',
  'software-application',
] as const;
export type ComponentType = (typeof componentTypes)[number];

/** Where a product's version comes from. */
export const versionSources = ['package-json', 'git-tag', 'file', 'fixed'] as const;

/** Component types a declared component can have (CycloneDX component types). */
export const declaredComponentTypes = [
  'library',
  'framework',
  'firmware',
  'operating-system',
  'device',
  'file',
  'application',
] as const;

/** CycloneDX lifecycle phases an SBOM can say it was made in. */
export const sbomLifecyclePhases = [
  'design',
  'pre-build',
  'build',
  'post-build',
  'operations',
  'discovery',
  'decommission',
] as const;
