/**
 * @evident/actions: the action kit every Evident GitHub Action is built on (typed inputs,
 * outputs, annotations within GitHub's limits, a capped step summary, one failure wrapper),
 * and one folder per action with its action.yml and a thin entry point.
 */
export {
  collectSecrets,
  type Environment,
  inputVariable,
  parseInputs,
  readRawInput,
} from './kit/inputs.js';
export {
  type ActionsLogger,
  type ActionsLoggerOptions,
  annotationLimits,
  annotationProperties,
  type CommandSink,
  createActionsLogger,
  type OverflowEntry,
} from './kit/logger.js';
export { type ActionContext, runAction } from './kit/run.js';
export {
  type ActionSpec,
  type BooleanInput,
  defineAction,
  type EnumInput,
  type InputSpec,
  type InputValues,
  type OutputValues,
  type StringInput,
} from './kit/spec.js';
export {
  composeSummary,
  type ReportLink,
  type SummaryOptions,
  summaryLimitBytes,
} from './kit/summary.js';
export { bundledVersion } from './kit/version.js';
