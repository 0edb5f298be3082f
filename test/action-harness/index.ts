/**
 * The runner-faithful harness: runs a bundled JavaScript action as GitHub's runner does. See README.md.
 */
export { eventVariables, type WebhookEvent, webhookExample } from './events.js';
export { type FileCommandEntry, FileCommandError, parseFileCommands } from './file-commands.js';
export { type ActionManifest, evaluateDefault, loadActionManifest, type ManifestInput } from './manifest.js';
export {
  type Annotation,
  type HarnessOptions,
  MaskLeakError,
  type Phase,
  type PhaseResult,
  runAction,
  type StepResult,
} from './run-action.js';
export {
  parseCommandV1,
  parseCommandV2,
  parseWorkflowCommand,
  propertyOf,
  runnerCommands,
  type WorkflowCommand,
} from './workflow-commands.js';
export { loadWorkflowParser, type WorkflowParser } from './workflow-parser.js';
