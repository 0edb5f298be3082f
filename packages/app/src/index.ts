/**
 * @evident/app: the use cases, one module per command, each taking a typed request and the
 * {@link Workspace} (found one way for every command) and returning a report: data only, no
 * text and no CLI terms. The CLI and the actions are two faces over it.
 */
export {
  type AdvisoryBuildReport,
  type AdvisoryBuildRequest,
  type BuiltAdvisory,
  buildAdvisories,
} from './advisory-build.js';
export {
  type AdvisoryRenderReport,
  type AdvisoryRenderRequest,
  renderAdvisories,
} from './advisory-render.js';
export {
  type AdvisoryReviseReport,
  type AdvisoryReviseRequest,
  reviseAdvisoryFile,
} from './advisory-revise.js';
export {
  type AdvisoryValidateReport,
  type AdvisoryValidateRequest,
  type DocumentValidation,
  validateAdvisories,
} from './advisory-validate.js';
export {
  type InitAction,
  type InitReport,
  type InitRequest,
  initRepository,
  parseGitHubRemote,
} from './init.js';
export { buildPack, type PackReport, type PackRequest } from './pack.js';
export {
  buildSbom,
  type SbomFileReport,
  type SbomReport,
  type SbomRequest,
  type SbomResult,
} from './sbom.js';
export {
  checkThreatModelFile,
  type ThreatModelCheckReport,
  type ThreatModelCheckRequest,
} from './threat-model-check.js';
export type { ThreatModelFiles } from './threat-model-files.js';
export {
  reportThreatModel,
  type ThreatModelReportReport,
  type ThreatModelReportRequest,
  type ThreatModelReportResult,
} from './threat-model-report.js';
export { newestVersionTag } from './versions.js';
export {
  type DeferredWorkspace,
  deferWorkspace,
  type Environment,
  openWorkspace,
  type Workspace,
  type WorkspaceRequest,
} from './workspace.js';
