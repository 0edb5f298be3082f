import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useGitHubServer } from '../github-server/vitest.js';
import { useTempDirs } from '../support/temp-dir.js';
import { type HarnessOptions, MaskLeakError, runAction, webhookExample } from './index.js';

// The harness tested on a plain JavaScript fixture action (no bundle, no kit), one scenario a run.
const probe = path.join(import.meta.dirname, 'fixtures/probe');
const makeTempDir = useTempDirs();
const server = useGitHubServer();

async function runProbe(scenario: string, extra: Partial<HarnessOptions> = {}) {
  return runAction({
    action: probe,
    workspace: await makeTempDir(),
    apiUrl: server().url,
    with: { scenario },
    ...extra,
  });
}

describe('the runner’s contract', () => {
  it('passes inputs, defaults, the event, state and exported env as the runner does, in a clean environment', async () => {
    process.env.EVIDENT_HARNESS_CANARY = 'from the test process';
    const event = webhookExample('pull_request', 'opened');
    const result = await runProbe('inspect', { event, with: { scenario: 'inspect', unknown: 'x' } });
    delete process.env.EVIDENT_HARNESS_CANARY;

    expect(result.outcome).toBe('success');
    expect(result.phases.map((phase) => [phase.phase, phase.outcome])).toEqual([
      ['pre', 'success'],
      ['main', 'success'],
      ['post', 'success'],
    ]);
    const seen = JSON.parse(result.outputs.seen ?? '{}');
    expect(seen).toMatchObject({
      // upper case, spaces to _, hyphens kept; undeclared `with:` keys are passed too
      inputs: [
        'INPUT_GREETING_NAME',
        'INPUT_OPTIONAL-FLAG',
        'INPUT_SCENARIO',
        'INPUT_TOKEN',
        'INPUT_UNKNOWN',
      ],
      greeting: 'hello-pull_request',
      optional: '',
      tokenIsSet: true,
      canary: null,
      state: 'pre',
      eventAction: 'opened',
      pullNumber: event.payload.number,
      ref: `refs/pull/${event.payload.number}/merge`,
      api: server().url,
    });
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message:
          "Unexpected input(s) 'unknown', valid inputs are ['scenario', 'token', 'greeting name', 'optional-flag']",
      }),
    );
    expect(result.summary).toBe('post saw {"state":"pre","main":"done","exported":"from pre"}\n');
    expect(result.env).toEqual({ PROBE_EXPORTED: 'from pre' });
    expect(result.undeclaredOutputs).toEqual([]);
    expect(result.runtimeNote ?? '').toMatch(
      process.versions.node.startsWith('24.') ? /^$/ : /Node 24 CI job/,
    );
  });

  it('fails the step on a malformed GITHUB_OUTPUT entry, with the runner’s messages', async () => {
    const result = await runProbe('malformed-output');
    expect(result.outcome).toBe('failure');
    const main = result.phases.find((phase) => phase.phase === 'main');
    expect(main?.exitCode).toBe(0);
    expect(main?.failures).toEqual([
      "Unable to process file command 'output' successfully.",
      "Invalid format 'this line has neither an equals sign nor a heredoc'",
    ]);
    // post still runs (post-if defaults to always())
    expect(result.phases.at(-1)).toMatchObject({ phase: 'post', outcome: 'success' });
  });

  it('fails the step on a heredoc without its delimiter', async () => {
    const result = await runProbe('unterminated-heredoc');
    expect(result.outcome).toBe('failure');
    expect(result.annotations.map((a) => a.message)).toContain(
      "Invalid value. Matching delimiter not found 'END'",
    );
  });

  it('fails the step on a non-zero exit and on a disabled command', async () => {
    const exit = await runProbe('exit-1');
    expect(exit.outcome).toBe('failure');
    expect(exit.annotations.map((a) => `${a.severity}: ${a.message}`)).toEqual([
      'error: it went wrong',
      'error: Process completed with exit code 1.',
    ]);
    const setEnv = await runProbe('set-env');
    expect(setEnv.outcome).toBe('failure');
    expect(setEnv.annotations[0]?.message).toMatch(
      /^Unable to process command '::set-env name=FOO::bar' successfully\. The `set-env` command is disabled/,
    );
  });

  it('shows 10 warnings per step and keeps the rest out of sight, unescaping the data', async () => {
    const result = await runProbe('many-warnings');
    const warnings = result.annotations.filter((a) => a.severity === 'warning');
    expect(warnings).toHaveLength(12);
    expect(warnings.filter((a) => a.shown)).toHaveLength(10);
    expect(warnings[0]).toMatchObject({
      message: 'warning % 1\nsecond line',
      properties: { file: 'a.yml', line: '1' },
    });
  });

  it('ignores commands between stop-commands and its token', async () => {
    const result = await runProbe('stop-commands');
    expect(result.annotations.map((a) => `${a.severity}: ${a.message}`)).toEqual(['notice: a command again']);
    expect(result.log).toContain('::error::not a command while stopped');
  });
});

describe('masked values', () => {
  it('fails the test when the token appears in the log', async () => {
    const error = await runProbe('print-token').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MaskLeakError);
    expect((error as MaskLeakError).message).toContain('masked value #1 in main stdout line 1');
    // and the log, as the runner shows it, has the value masked
    expect((error as MaskLeakError).result.log).toContain('token: ***');
  });

  it('fails the test when an add-mask value appears in stderr or in an output', async () => {
    await expect(runProbe('mask-then-print')).rejects.toThrow('in main stderr line 1');
    await expect(runProbe('mask-then-output')).rejects.toThrow('in main output "seen"');
  });

  it('accepts an action that masks and then keeps the value to itself', async () => {
    const result = await runProbe('mask-properly');
    expect(result.leaks).toEqual([]);
    expect(result.phases[1]?.commands[0]).toEqual({
      command: 'add-mask',
      properties: {},
      data: 's3cr3t-value',
    });
  });
});
