/**
 * @evident/advisory: security advisories as data. YAML advisories in, CSAF 2.0 (2.1 behind a
 * flag) out, validated with the reference validator, rendered as HTML and Markdown. Pure:
 * callers read and write the files.
 */

export {
  type AdvisoryCategory,
  type AdvisoryInput,
  AdvisorySchema,
  advisoryCategories,
  justifications,
  noteCategories,
  plainStatuses,
  remediationCategories,
  type TrackingStatus,
  trackingStatuses,
} from './advisory-schema.js';
export {
  type AdvisoryView,
  type BranchStep,
  createAdvisoryView,
  type OverviewColumn,
  type OverviewEntry,
  type OverviewView,
  type ProductIdentifier,
  type ProductRef,
  type ProductView,
  type RemediationView,
  type StatusView,
  statusLabels,
  type VulnerabilityView,
} from './advisory-view.js';
export {
  type BuildCsafOptions,
  buildCsaf,
  type CsafBuild,
  type CsafDocument,
  locateInAdvisory,
  type PublisherSettings,
  publisherCategories,
} from './build-csaf.js';
export { classifyAdvisory } from './classification.js';
export {
  type CvssSeverity,
  type CvssV3,
  type CvssV4,
  cvssV3Problem,
  cvssV4Problem,
  scoreCvssV3,
  scoreCvssV4,
  severityOf,
} from './cvss.js';
export { cweName } from './cwe.js';
export { csafFileName, fileNameOfTrackingId } from './file-name.js';
export {
  compareIds,
  type TestKind,
  testIdOf,
  type ValidationPreset,
  validationPresets,
} from './lib-tests.js';
export {
  advisoryDisclosure,
  affectedIds,
  type ComponentCatalog,
  componentOf,
  isAdvisorySource,
  type LoadedAdvisory,
  loadAdvisory,
  parseDate,
  type SbomComponent,
  statusLists,
} from './load-advisory.js';
export { type RenderFormat, renderAdvisory, renderExtensions, renderFormats } from './render-advisory.js';
export { type RevisedAdvisory, type ReviseOptions, reviseAdvisory } from './revise-advisory.js';
export {
  type CsafSpec,
  type CsafVersion,
  csaf20,
  csaf21,
  csafVersions,
  specOf,
  type TlpLabel,
  tlpLabelFor,
  tlpLabels,
} from './spec-versions.js';
export { domainWords, parseWordList, projectDictionaryPath, withDictionary } from './spelling.js';
export {
  type CsafFinding,
  type CsafValidationReport,
  csafVersionOf,
  type SkippedTest,
  type ValidateCsafOptions,
  validateCsaf,
} from './validate-csaf.js';
export { isSingleVersion, toVersRange } from './version-range.js';
