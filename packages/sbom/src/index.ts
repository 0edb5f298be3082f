/**
 * @evident/sbom: npm lockfiles (v1, v2, v3, workspaces) and declared components read
 * directly into an inventory, written as CycloneDX 1.5/1.6/1.7 JSON or XML and validated
 * in the same run. Pure: text and bytes come in as arguments.
 */
export {
  buildSboms,
  type LockfileInput,
  prepareSbomWriting,
  type SbomDocument,
  type SbomRequest,
  type SbomResult,
  type SbomStatistics,
} from './build-sbom.js';
export {
  type LifecyclePhase,
  lifecyclePhases,
  type SbomFormat,
  type SbomMetadata,
  sbomFormats,
  writeCycloneDx,
} from './cyclonedx.js';
export {
  buildDeclaredInventory,
  type DeclaredComponent,
  type DeclaredFile,
  type DeclaredInventory,
  type HashMismatch,
} from './declared.js';
export {
  type ComponentKind,
  componentKinds,
  type Hash,
  type HashAlgorithm,
  hashesFromIntegrity,
  type Inventory,
  type InventoryComponent,
  type LicenseDeclaration,
  type Organization,
  type Scope,
} from './inventory.js';
export { parseJsonText } from './json-source.js';
export { MAX_LOCKFILE_BYTES } from './limits.js';
export { computeNeeds, type DependencyGraph, type Edge, type Need, resolveGraph } from './npm/graph.js';
export { buildNpmInventories, type NpmInventories, type NpmInventoryOptions } from './npm/inventory.js';
export {
  type EdgeKind,
  type LockPackage,
  type NpmLockfile,
  nameFromPath,
  readNpmLockfile,
} from './npm/lockfile.js';
export { productComponent, productFromManifest, productKinds } from './product.js';
export {
  defaultSpecVersion,
  isSpecVersion,
  type SpecCapabilities,
  type SpecVersion,
  specs,
  specVersions,
} from './spec-versions.js';
export {
  checkInventoryReferences,
  checkJsonReferences,
  type SbomViolation,
  validateCycloneDxJson,
} from './validate.js';
