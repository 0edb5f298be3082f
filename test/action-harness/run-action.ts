/**
 * Runs a bundled JavaScript action in child processes as GitHub's runner does, and reads what it
 * left behind by the runner's rules. See README.md.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { eventVariables, type WebhookEvent, webhookExample } from './events.js';
import { FileCommandError, parseFileCommands } from './file-commands.js';
import { type ActionManifest, evaluateDefault, loadActionManifest } from './manifest.js';
import { parseWorkflowCommand, propertyOf, type WorkflowCommand } from './workflow-commands.js';

/** How to run the step, as a workflow would write it. */
export interface HarnessOptions {
  /** The folder holding action.yml and the bundle it names. */
  readonly action: string;
  /** GITHUB_WORKSPACE and the working directory of the action's processes. */
  readonly workspace: string;
  /** GITHUB_API_URL: the local GitHub server (test/github-server). GITHUB_GRAPHQL_URL is `<url>/graphql`. */
  readonly apiUrl: string;
  /** The step's `with:`. */
  readonly with?: Readonly<Record<string, string>>;
  /** The step's `env:`. */
  readonly env?: Readonly<Record<string, string>>;
  /** The triggering event; default: the `push` example of @octokit/webhooks-examples. */
  readonly event?: WebhookEvent;
  /** `github.token`; the runner masks it. Default: a fixed fake token. */
  readonly token?: string;
  /** Further values the runner masks (the workflow's `secrets.*`). */
  readonly secrets?: readonly string[];
  /** GITHUB_SHA; default: from the event. */
  readonly sha?: string;
  /** Step debug logging (RUNNER_DEBUG=1): `::debug::` lines reach the log. */
  readonly debug?: boolean;
  /** Per phase; default 30 s. */
  readonly timeoutMs?: number;
  /** Return a result with leaks instead of throwing MaskLeakError (to test the check itself). */
  readonly allowLeaks?: boolean;
}

/** pre, main and post run as three steps of the job, each with fresh file command files. */
export type Phase = 'pre' | 'main' | 'post';

/** An `::error`, `::warning` or `::notice`, and whether GitHub would show it (10 of each per step). */
export interface Annotation {
  readonly phase: Phase;
  readonly severity: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly shown: boolean;
}

/** What one phase did. */
export interface PhaseResult {
  readonly phase: Phase;
  readonly outcome: 'success' | 'failure' | 'skipped';
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** From spawn to the first byte on stdout. */
  readonly firstOutputMs: number | undefined;
  readonly durationMs: number;
  readonly outputs: Readonly<Record<string, string>>;
  readonly summary: string;
  readonly commands: readonly WorkflowCommand[];
  /** Why the runner failed this phase beyond a non-zero exit code. */
  readonly failures: readonly string[];
}

/** What the whole step did. */
export interface StepResult {
  readonly outcome: 'success' | 'failure';
  readonly phases: readonly PhaseResult[];
  /** The main phase's outputs, as `steps.<id>.outputs`. */
  readonly outputs: Readonly<Record<string, string>>;
  /** Outputs set but not declared in action.yml. */
  readonly undeclaredOutputs: readonly string[];
  /** The step summaries of all phases, in order. */
  readonly summary: string;
  readonly annotations: readonly Annotation[];
  /** The log as the runner shows it: commands applied, masked values as `***`. */
  readonly log: string;
  /** Variables exported through GITHUB_ENV, for the steps after. */
  readonly env: Readonly<Record<string, string>>;
  readonly state: Readonly<Record<string, string>>;
  /** Where a masked value appeared (never the value itself). */
  readonly leaks: readonly string[];
  /** Set when the action asks for a Node version other than the one running here. */
  readonly runtimeNote: string | undefined;
}

/** A masked value appeared in a log, an output or a summary. */
export class MaskLeakError extends Error {
  override readonly name = 'MaskLeakError';
  readonly result: StepResult;
  constructor(result: StepResult) {
    super(`masked value leaked:\n  ${result.leaks.join('\n  ')}`);
    this.result = result;
  }
}

const defaultToken = 'ghs_harnessToken0123456789abcdefABCDEF';
const annotationLimit = 10;
let runtimeNoted = false;

/**
 * Runs the action's pre, main and post as the runner does and parses what it wrote. Throws
 * MaskLeakError when a masked value appears in any log line, output or summary.
 */
export async function runAction(options: HarnessOptions): Promise<StepResult> {
  const manifest = await loadActionManifest(options.action);
  const runnerTemp = await mkdtemp(path.join(tmpdir(), 'evident-runner-'));
  try {
    const step = await runPhases(manifest, options, runnerTemp);
    if (step.leaks.length > 0 && !options.allowLeaks) throw new MaskLeakError(step);
    return step;
  } finally {
    await rm(runnerTemp, { recursive: true, force: true });
  }
}

interface JobState {
  readonly masks: Set<string>;
  readonly exportedEnv: Record<string, string>;
  readonly paths: string[];
  readonly state: Record<string, string>;
  readonly annotations: Annotation[];
  readonly log: string[];
  failed: boolean;
}

async function runPhases(
  manifest: ActionManifest,
  options: HarnessOptions,
  runnerTemp: string,
): Promise<StepResult> {
  const token = options.token ?? defaultToken;
  const job: JobState = {
    masks: new Set([token, ...(options.secrets ?? [])].filter((value) => value.trim() !== '')),
    exportedEnv: {},
    paths: [],
    state: {},
    annotations: [],
    log: [],
    failed: false,
  };
  const event = options.event ?? webhookExample('push');
  const eventPath = path.join(runnerTemp, '_github_workflow', 'event.json');
  await mkdir(path.dirname(eventPath), { recursive: true });
  await writeFile(eventPath, JSON.stringify(event.payload, null, 2));
  const base = baseVariables(options, event, eventPath, runnerTemp);
  const inputs = resolveInputs(manifest, options, job, base, token, event);
  const runtimeNote = noteRuntime(manifest);

  const phases: PhaseResult[] = [];
  for (const phase of ['pre', 'main', 'post'] as const) {
    const script = manifest.runs[phase];
    if (script === undefined) continue;
    if (!shouldRun(phase, manifest, job.failed)) {
      phases.push(skipped(phase));
      continue;
    }
    const result = await runPhase(
      phase,
      path.resolve(options.action, script),
      options,
      job,
      base,
      inputs,
      runnerTemp,
    );
    if (result.outcome === 'failure') job.failed = true;
    phases.push(result);
  }
  const main = phases.find((phase) => phase.phase === 'main');
  const outputs = main?.outputs ?? {};
  const summary = phases.map((phase) => phase.summary).join('');
  return {
    outcome: job.failed ? 'failure' : 'success',
    phases,
    outputs,
    undeclaredOutputs: Object.keys(outputs).filter((name) => !manifest.outputs.includes(name)),
    summary,
    annotations: job.annotations,
    log: job.log.join('\n'),
    env: job.exportedEnv,
    state: job.state,
    leaks: findLeaks(phases, job.masks),
    runtimeNote,
  };
}

/** The variables every step of the job gets. */
function baseVariables(
  options: HarnessOptions,
  event: WebhookEvent,
  eventPath: string,
  runnerTemp: string,
): Record<string, string> {
  const runnerHome = path.join(runnerTemp, '_home');
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: runnerHome,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_PATH: eventPath,
    ...eventVariables(event, options.sha),
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl.replace(/\/+$/, '')}/graphql`,
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '3',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'evidence',
    GITHUB_ACTION: '__evident_action',
    GITHUB_ACTION_PATH: options.action,
    GITHUB_ACTION_REPOSITORY: 'evident/evident',
    GITHUB_ACTION_REF: 'v1',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 2',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: path.join(runnerTemp, '_tool'),
    RUNNER_WORKSPACE: path.dirname(options.workspace),
    ...(options.debug ? { RUNNER_DEBUG: '1' } : {}),
  };
}

/** `with:` over the defaults of action.yml, as INPUT_* variables; warns of undeclared ones as the runner does. */
function resolveInputs(
  manifest: ActionManifest,
  options: HarnessOptions,
  job: JobState,
  base: Record<string, string>,
  token: string,
  event: WebhookEvent,
): Record<string, string> {
  const given = options.with ?? {};
  const declared = manifest.inputs.map((input) => input.id);
  const unexpected = Object.keys(given).filter((name) => !declared.includes(name));
  if (unexpected.length > 0) {
    const message = `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.join("', '")}']`;
    addAnnotation(job, 'main', 'warning', message, {});
  }
  const contexts = expressionContexts(base, token, event, options.env ?? {});
  const values: Record<string, string> = { ...given };
  for (const input of manifest.inputs) {
    if (!(input.id in values)) values[input.id] = evaluateDefault(input, contexts);
  }
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`,
      value,
    ]),
  );
}

function expressionContexts(
  base: Record<string, string>,
  token: string,
  event: WebhookEvent,
  env: Readonly<Record<string, string>>,
) {
  const github = {
    token,
    event: event.payload,
    event_name: event.name,
    repository: base.GITHUB_REPOSITORY,
    repository_owner: base.GITHUB_REPOSITORY_OWNER,
    sha: base.GITHUB_SHA,
    ref: base.GITHUB_REF,
    ref_name: base.GITHUB_REF_NAME,
    head_ref: base.GITHUB_HEAD_REF,
    base_ref: base.GITHUB_BASE_REF,
    actor: base.GITHUB_ACTOR,
    workspace: base.GITHUB_WORKSPACE,
    server_url: base.GITHUB_SERVER_URL,
    api_url: base.GITHUB_API_URL,
    graphql_url: base.GITHUB_GRAPHQL_URL,
    run_id: base.GITHUB_RUN_ID,
    run_number: base.GITHUB_RUN_NUMBER,
    job: base.GITHUB_JOB,
    workflow: base.GITHUB_WORKFLOW,
  };
  const runner = {
    os: base.RUNNER_OS,
    arch: base.RUNNER_ARCH,
    name: base.RUNNER_NAME,
    temp: base.RUNNER_TEMP,
  };
  return { github, runner, env, job: { status: 'success' }, strategy: {}, matrix: {} };
}

/** `pre-if` and `post-if`: the status functions the runner offers; main runs after a good pre. */
function shouldRun(phase: Phase, manifest: ActionManifest, failed: boolean): boolean {
  if (phase === 'main') return !failed;
  const condition = (phase === 'pre' ? manifest.runs.preIf : manifest.runs.postIf) ?? 'always()';
  switch (condition.replace(/^\$\{\{\s*|\s*\}\}$/g, '').trim()) {
    case 'always()':
    case '!cancelled()':
      return true;
    case 'success()':
      return !failed;
    case 'failure()':
      return failed;
    case 'cancelled()':
      return false;
    default:
      throw new Error(`the harness does not evaluate ${phase}-if: ${condition}`);
  }
}

function noteRuntime(manifest: ActionManifest): string | undefined {
  const wanted = /^node(\d+)$/.exec(manifest.runs.using)?.[1];
  const running = process.versions.node.split('.')[0];
  if (wanted === undefined || wanted === running) return undefined;
  const note = `the action asks for ${manifest.runs.using}; the harness runs it on Node ${process.versions.node}, so the Node ${wanted} CI job is the real check`;
  if (!runtimeNoted) {
    runtimeNoted = true;
    console.warn(`action harness: ${note}`);
  }
  return note;
}

function skipped(phase: Phase): PhaseResult {
  return {
    phase,
    outcome: 'skipped',
    exitCode: null,
    stdout: '',
    stderr: '',
    firstOutputMs: undefined,
    durationMs: 0,
    outputs: {},
    summary: '',
    commands: [],
    failures: [],
  };
}

/** The runner's file command files of one step, fresh and empty. */
async function createFileCommandFiles(runnerTemp: string): Promise<Record<string, string>> {
  const directory = path.join(runnerTemp, '_runner_file_commands');
  await mkdir(directory, { recursive: true });
  const suffix = randomUUID();
  const files = {
    GITHUB_ENV: path.join(directory, `set_env_${suffix}`),
    GITHUB_PATH: path.join(directory, `add_path_${suffix}`),
    GITHUB_OUTPUT: path.join(directory, `set_output_${suffix}`),
    GITHUB_STATE: path.join(directory, `save_state_${suffix}`),
    GITHUB_STEP_SUMMARY: path.join(directory, `step_summary_${suffix}`),
  };
  await Promise.all(Object.values(files).map((file) => writeFile(file, '')));
  return files;
}

async function runPhase(
  phase: Phase,
  script: string,
  options: HarnessOptions,
  job: JobState,
  base: Record<string, string>,
  inputs: Record<string, string>,
  runnerTemp: string,
): Promise<PhaseResult> {
  const files = await createFileCommandFiles(runnerTemp);
  await mkdir(base.HOME ?? runnerTemp, { recursive: true });
  const state = Object.fromEntries(
    Object.entries(job.state).map(([name, value]) => [`STATE_${name}`, value]),
  );
  const env = {
    ...job.exportedEnv,
    ...(options.env ?? {}),
    ...inputs,
    ...state,
    ...base,
    PATH: [...job.paths]
      .reverse()
      .concat(base.PATH ?? '')
      .join(path.delimiter),
    ...files,
  };
  job.log.push(`##[group]Run ${phase}`, '##[endgroup]');
  const run = await spawnNode(script, options.workspace, env, options.timeoutMs ?? 30_000);
  const lines = processOutput(phase, run.lines, job, options.debug === true);
  const fileResults = await processFileCommands(phase, files, job);
  const failures = [...lines.failures, ...fileResults.failures];
  if (run.timedOut)
    failures.push(`the ${phase} phase did not finish within ${options.timeoutMs ?? 30_000} ms`);
  if (run.exitCode !== 0) failures.push(`Process completed with exit code ${run.exitCode}.`);
  for (const failure of failures) addAnnotation(job, phase, 'error', failure, {});
  return {
    phase,
    outcome: failures.length > 0 ? 'failure' : 'success',
    exitCode: run.exitCode,
    stdout: run.stdout,
    stderr: run.stderr,
    firstOutputMs: run.firstOutputMs,
    durationMs: run.durationMs,
    outputs: { ...lines.outputs, ...fileResults.outputs },
    summary: fileResults.summary,
    commands: lines.commands,
    failures,
  };
}

interface ProcessRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Lines of both streams in the order they arrived. */
  readonly lines: readonly { stream: 'stdout' | 'stderr'; text: string }[];
  readonly firstOutputMs: number | undefined;
  readonly durationMs: number;
  readonly timedOut: boolean;
}

function spawnNode(
  script: string,
  cwd: string,
  env: Record<string, string | undefined>,
  timeoutMs: number,
): Promise<ProcessRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const text = { stdout: '', stderr: '' };
  const partial = { stdout: '', stderr: '' };
  const lines: { stream: 'stdout' | 'stderr'; text: string }[] = [];
  let firstOutputMs: number | undefined;
  const collect = (stream: 'stdout' | 'stderr') => {
    const decoder = new StringDecoder('utf8');
    const take = (chunk: string) => {
      text[stream] += chunk;
      const parts = (partial[stream] + chunk).split(/\r\n|\r|\n/);
      partial[stream] = parts.pop() ?? '';
      for (const line of parts) lines.push({ stream, text: line });
    };
    child[stream].on('data', (chunk: Buffer) => {
      if (stream === 'stdout') firstOutputMs ??= performance.now() - started;
      take(decoder.write(chunk));
    });
    child[stream].on('end', () => {
      take(decoder.end());
      if (partial[stream] !== '') lines.push({ stream, text: partial[stream] });
      partial[stream] = '';
    });
  };
  collect('stdout');
  collect('stderr');
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        exitCode: code,
        stdout: text.stdout,
        stderr: text.stderr,
        lines,
        firstOutputMs,
        durationMs: performance.now() - started,
        timedOut,
      });
    });
  });
}

const deprecatedCommand = (name: string) =>
  `The \`${name}\` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. For more information see: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/`;
const disabledCommand = (name: string) =>
  `The \`${name}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure command execution by setting the \`ACTIONS_ALLOW_UNSECURE_COMMANDS\` environment variable to \`true\`. For more information see: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/`;

/** Applies the workflow commands of a phase's output, as the runner's ActionCommandManager. */
function processOutput(
  phase: Phase,
  lines: readonly { stream: 'stdout' | 'stderr'; text: string }[],
  job: JobState,
  debug: boolean,
) {
  const commands: WorkflowCommand[] = [];
  const outputs: Record<string, string> = {};
  const failures: string[] = [];
  let stopToken: string | undefined;
  for (const { text } of lines) {
    if (stopToken !== undefined) {
      if (text.trim() === `::${stopToken}::`) stopToken = undefined;
      else job.log.push(mask(text, job.masks));
      continue;
    }
    const command = parseWorkflowCommand(text);
    if (!command) {
      job.log.push(mask(text, job.masks));
      continue;
    }
    commands.push(command);
    switch (command.command) {
      case 'add-mask':
        if (command.data.trim() === '')
          addAnnotation(
            job,
            phase,
            'warning',
            "Can't add secret mask for empty string in ##[add-mask] command.",
            {},
          );
        else job.masks.add(command.data);
        break;
      case 'debug':
        if (debug) job.log.push(`##[debug]${mask(command.data, job.masks)}`);
        break;
      case 'error':
      case 'warning':
      case 'notice':
        addAnnotation(job, phase, command.command, command.data, command.properties);
        break;
      case 'group':
        job.log.push(`##[group]${mask(command.data, job.masks)}`);
        break;
      case 'endgroup':
        job.log.push('##[endgroup]');
        break;
      case 'stop-commands':
        stopToken = command.data;
        break;
      case 'set-output':
        addAnnotation(job, phase, 'warning', deprecatedCommand('set-output'), {});
        outputs[propertyOf(command, 'name') ?? ''] = command.data;
        break;
      case 'save-state':
        addAnnotation(job, phase, 'warning', deprecatedCommand('save-state'), {});
        job.state[propertyOf(command, 'name') ?? ''] = command.data;
        break;
      case 'set-env':
      case 'add-path':
        failures.push(
          `Unable to process command '${text}' successfully. ${disabledCommand(command.command)}`,
        );
        break;
      default:
        // echo, add-matcher, remove-matcher: accepted, nothing the harness checks.
        break;
    }
  }
  return { commands, outputs, failures };
}

/** The runner processes the file command files after the process ends; a malformed one fails the step. */
async function processFileCommands(phase: Phase, files: Record<string, string>, job: JobState) {
  const failures: string[] = [];
  const outputs: Record<string, string> = {};
  const read = (name: string) => readFile(files[name] ?? '', 'utf8');
  const apply = async (name: string, context: string, store: Record<string, string>) => {
    try {
      for (const entry of parseFileCommands(await read(name))) store[entry.name] = entry.value;
    } catch (error) {
      if (!(error instanceof FileCommandError)) throw error;
      failures.push(`Unable to process file command '${context}' successfully.`, error.message);
    }
  };
  for (const line of (await read('GITHUB_PATH')).split('\n')) if (line !== '') job.paths.push(line);
  await apply('GITHUB_ENV', 'env', job.exportedEnv);
  await apply('GITHUB_OUTPUT', 'output', outputs);
  await apply('GITHUB_STATE', 'state', job.state);
  const summary = await read('GITHUB_STEP_SUMMARY');
  const bytes = Buffer.byteLength(summary, 'utf8');
  if (bytes > 1024 * 1024) {
    // The runner does not fail the step; it shows an error and drops the summary.
    addAnnotation(
      job,
      phase,
      'error',
      `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got ${Math.ceil(bytes / 1024)}k.`,
      {},
    );
    return { failures, outputs, summary: '' };
  }
  return { failures, outputs, summary };
}

function addAnnotation(
  job: JobState,
  phase: Phase,
  severity: Annotation['severity'],
  message: string,
  properties: Readonly<Record<string, string>>,
): void {
  const before = job.annotations.filter((a) => a.phase === phase && a.severity === severity).length;
  job.annotations.push({ phase, severity, message, properties, shown: before < annotationLimit });
  job.log.push(`##[${severity}]${mask(message, job.masks)}`);
}

function mask(text: string, masks: ReadonlySet<string>): string {
  let result = text;
  for (const value of [...masks].sort((a, b) => b.length - a.length))
    result = result.replaceAll(value, '***');
  return result;
}

/** Every place a masked value appears in raw output, outputs or summaries; the add-mask lines themselves excepted. */
function findLeaks(phases: readonly PhaseResult[], masks: ReadonlySet<string>): string[] {
  const leaks: string[] = [];
  const values = [...masks];
  const check = (where: string, text: string) => {
    values.forEach((value, index) => {
      if (text.includes(value)) leaks.push(`masked value #${index + 1} in ${where}`);
    });
  };
  for (const phase of phases) {
    for (const stream of ['stdout', 'stderr'] as const) {
      phase[stream].split(/\r\n|\r|\n/).forEach((line, index) => {
        if (parseWorkflowCommand(line)?.command === 'add-mask') return;
        check(`${phase.phase} ${stream} line ${index + 1}`, line);
      });
    }
    for (const [name, value] of Object.entries(phase.outputs))
      check(`${phase.phase} output "${name}"`, value);
    check(`${phase.phase} step summary`, phase.summary);
  }
  return leaks;
}
