import path from 'node:path';
import * as core from '@actions/core';
import { formatUserError, InternalError, isUserError, safeLogText, type UserError } from '@evident/core';
import { collectSecrets, parseInputs } from './inputs.js';
import { type ActionsLogger, annotationProperties, createActionsLogger } from './logger.js';
import type { ActionSpec, InputValues, OutputValues } from './spec.js';
import { composeSummary, type ReportLink } from './summary.js';
import { actionTerms } from './terms.js';
import { bundledVersion } from './version.js';

/** What an action's main function is given. */
export interface ActionContext<S extends ActionSpec> {
  readonly inputs: InputValues<S>;
  readonly logger: ActionsLogger;
  /** The absolute GITHUB_WORKSPACE (the current directory outside a runner). */
  readonly workspace: string;
  /** The version of the bundle, undefined when running from source. */
  readonly version: string | undefined;
  /** Where the paths in messages are relative to (default: the workspace), for annotations. */
  setRepositoryRoot(directory: string): void;
  /** Sets every declared output; the type demands all of them. */
  setOutputs(values: OutputValues<S>): void;
  /** Adds Markdown to the step summary, written once when the action ends. */
  summarize(markdown: string, fullReport?: ReportLink): void;
  /**
   * Fails the step for a negative outcome the use case returned as a value (a verification
   * failed): an error annotation with the fix, and the failure exit code; not an exception.
   */
  fail(message: string, fix?: string): void;
}

/**
 * Runs an action's main function as the one wrapper around it: masks secret inputs first,
 * checks the inputs, turns a user error into annotations and a clear failure (its fix worded in
 * the action's inputs), a bug into
 * "internal error" with its stack in the debug log, and writes the step summary (with the
 * messages past the annotation limits) however the action ends.
 */
export async function runAction<S extends ActionSpec>(
  spec: S,
  main: (context: ActionContext<S>) => Promise<void>,
): Promise<void> {
  for (const secret of collectSecrets(spec, process.env)) core.setSecret(secret);
  // The first line of the step's log, as early as possible: which action, which build.
  core.info(`Evident ${spec.name} action ${bundledVersion() ?? '(from source)'} on Node ${process.version}`);
  const paths = createPaths(process.env.GITHUB_WORKSPACE || process.cwd());
  const logger = createActionsLogger({ locate: paths.locate });
  const summary: Summary = { markdown: [] };
  try {
    await main(createContext(spec, logger, paths, summary));
  } catch (error) {
    failStep(error, logger, paths.locate);
  } finally {
    await writeSummary(summary.markdown.join('\n'), logger, {
      overflow: logger.overflow(),
      locate: paths.locate,
      ...(summary.fullReport ? { fullReport: summary.fullReport } : {}),
    });
  }
}

interface Summary {
  readonly markdown: string[];
  fullReport?: ReportLink;
}

interface Paths {
  readonly workspace: string;
  /** Repository-relative paths in messages, as GitHub annotates them: relative to the workspace. */
  locate(file: string): string;
  setRoot(directory: string): void;
}

function createPaths(directory: string): Paths {
  const workspace = path.resolve(directory);
  let root = workspace;
  return {
    workspace,
    locate: (file) => path.relative(workspace, path.resolve(root, file)).split(path.sep).join('/') || '.',
    setRoot: (to) => {
      root = path.resolve(workspace, to);
    },
  };
}

function createContext<S extends ActionSpec>(
  spec: S,
  logger: ActionsLogger,
  paths: Paths,
  summary: Summary,
): ActionContext<S> {
  return {
    inputs: parseInputs(spec, process.env),
    logger,
    workspace: paths.workspace,
    version: bundledVersion(),
    setRepositoryRoot: paths.setRoot,
    setOutputs: (values) => setOutputs(spec, values),
    summarize: (markdown, fullReport) => {
      summary.markdown.push(markdown);
      if (fullReport) summary.fullReport = fullReport;
    },
    fail: (message, fix) => {
      core.error(safeLogText(fix === undefined ? message : `${message}\n  fix: ${fix}`));
      process.exitCode = core.ExitCode.Failure;
    },
  };
}

function setOutputs<S extends ActionSpec>(spec: S, values: OutputValues<S>): void {
  const undeclared = Object.keys(values).filter((name) => !spec.outputs.includes(name));
  if (undeclared.length > 0) {
    throw new InternalError(`outputs not declared in action.yml: ${undeclared.join(', ')}`);
  }
  for (const name of spec.outputs) {
    core.setOutput(name, String(values[name as keyof OutputValues<S>]));
  }
}

/** A user error: every problem annotated at its place, then the step fails with the message. */
function failStep(error: unknown, logger: ActionsLogger, locate: (file: string) => string): void {
  if (isUserError(error)) {
    failWithUserError(error.inTerms(actionTerms), logger, locate);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  core.debug(safeLogText(error instanceof Error ? (error.stack ?? message) : message));
  core.setFailed(
    safeLogText(`internal error (a bug in Evident; please report it with the debug log): ${message}`),
  );
}

function failWithUserError(error: UserError, logger: ActionsLogger, locate: (file: string) => string): void {
  if (error.problems.length > 1) {
    for (const problem of error.problems) {
      logger.error(
        problem.fix ? `${problem.message}\nfix: ${problem.fix}` : problem.message,
        problem.location,
      );
    }
    core.setFailed(safeLogText(error.fix ? `${error.message}\nfix: ${error.fix}` : error.message));
    return;
  }
  core.error(safeLogText(formatUserError(error)), annotationProperties(error.location, locate));
  process.exitCode = core.ExitCode.Failure;
}

async function writeSummary(
  markdown: string,
  logger: ActionsLogger,
  options: Parameters<typeof composeSummary>[1],
): Promise<void> {
  if (markdown === '' && (options?.overflow?.length ?? 0) === 0) return;
  if (!process.env.GITHUB_STEP_SUMMARY) {
    logger.info('GITHUB_STEP_SUMMARY is not set: no step summary written');
    return;
  }
  try {
    await core.summary.addRaw(composeSummary(markdown, options)).write();
  } catch (error) {
    // The action's result stands; a summary that cannot be written is worth a warning only.
    core.warning(`the step summary could not be written: ${(error as Error).message}`);
  }
}
