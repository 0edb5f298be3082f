import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type HarnessOptions, runAction } from '../action-harness/index.js';
import { useGitHubServer } from '../github-server/vitest.js';
import { useTempDirs } from '../support/temp-dir.js';
import { useBundles } from './bundles.js';

// The kit, bundled as an action is, under the runner-faithful harness.
const bundles = useBundles();
const makeTempDir = useTempDirs();
const server = useGitHubServer();
let action: string;

beforeAll(async () => {
  action = await bundles.fixture(path.join(import.meta.dirname, 'fixtures/kit-probe'));
});

async function run(inputs: Record<string, string>, extra: Partial<HarnessOptions> = {}) {
  return runAction({ action, workspace: await makeTempDir(), apiUrl: server().url, with: inputs, ...extra });
}

const errorsOf = (result: Awaited<ReturnType<typeof run>>) =>
  result.annotations.filter((annotation) => annotation.severity === 'error');

describe('inputs and outputs', () => {
  it('sets exactly the declared outputs and masks the secret input before anything else', async () => {
    const token = 'ghs_kitProbeToken000111222333444555';
    const result = await run({ scenario: 'outputs', strict: 'True' }, { token });
    expect(result.outcome).toBe('success');
    expect(result.outputs).toEqual({ scenario: 'outputs', strict: 'true' });
    expect(result.undeclaredOutputs).toEqual([]);
    const main = result.phases[0];
    expect(main?.commands[0]).toEqual({ command: 'add-mask', properties: {}, data: token });
    expect(main?.stdout.split('\n')[1]).toMatch(/^Evident kit-probe action 0\.1\.0 on Node v\d+/);
    expect(result.summary).toBe('## Kit probe\n\nall good\n');
  });

  it('fails with the runner’s wording when a required input is missing', async () => {
    const result = await run({});
    expect(result.outcome).toBe('failure');
    expect(errorsOf(result).map((a) => a.message)).toEqual([
      'Input required and not supplied: scenario\n  fix: set the missing inputs under `with:` in the step that uses this action',
      'Process completed with exit code 1.',
    ]);
  });

  it('refuses a word outside an enum and a boolean that is not YAML’s', async () => {
    const result = await run({ scenario: 'overflw', strict: 'yes' });
    expect(result.outcome).toBe('failure');
    expect(errorsOf(result)[0]?.message).toBe(
      [
        '2 inputs are wrong:',
        '  Input "scenario" must be one of outputs, overflow, many-problems, one-problem, bug, big-summary, got "overflw" (did you mean "overflow"?)',
        '  Input "strict" must be true or false, got "yes"',
        '  fix: correct the values under `with:` in the step that uses this action',
      ].join('\n'),
    );
  });
});

describe('annotations within GitHub’s limits', () => {
  it('annotates 10 warnings and puts the other 3 in the summary', async () => {
    const result = await run({ scenario: 'overflow' });
    expect(result.outcome).toBe('success');
    const warnings = result.annotations.filter((a) => a.severity === 'warning');
    expect(warnings).toHaveLength(10);
    expect(warnings.every((a) => a.shown)).toBe(true);
    expect(warnings[0]).toMatchObject({
      message: 'check 1 is weak',
      properties: { file: 'evident.yml', line: '1' },
    });
    expect(result.summary).toContain(
      '### 3 more messages (GitHub shows 10 annotations of each kind per step)',
    );
    expect(result.summary).toContain('- **warning** `evident.yml:13`: check 13 is weak');
  });

  it('annotates each problem of a user error at its place, keeping one error for the failure', async () => {
    const result = await run({ scenario: 'many-problems' });
    expect(result.outcome).toBe('failure');
    const errors = errorsOf(result);
    expect(errors.filter((a) => a.shown)).toHaveLength(10);
    expect(errors[0]).toMatchObject({
      message: 'product 1 has no type\nfix: add `type: embedded-device`',
      properties: { file: 'evident.yml', line: '3', col: '5' },
    });
    expect(errors[9]?.message).toBe('evident.yml has 12 problems:');
    expect(result.summary).toContain('- **error** `evident.yml:14:5`: product 12 has no type');
  });

  it('fails a single located user error with one annotation and its fix', async () => {
    const result = await run({ scenario: 'one-problem' });
    expect(errorsOf(result)[0]).toMatchObject({
      message: 'threat-model.yml:2:1: threat-model.yml is not YAML\n  fix: repair the indentation',
      properties: { file: 'threat-model.yml', line: '2', col: '1' },
    });
  });

  it('reports a bug as an internal error, with the stack in the debug log', async () => {
    const result = await run({ scenario: 'bug' }, { debug: true });
    expect(result.outcome).toBe('failure');
    expect(errorsOf(result)[0]?.message).toBe(
      'internal error (a bug in Evident; please report it with the debug log): cannot read properties of undefined',
    );
    expect(result.log).toMatch(/##\[debug\]TypeError: cannot read properties of undefined\n\s+at /);
    const quiet = await run({ scenario: 'bug' });
    expect(quiet.log).not.toContain('##[debug]');
  });
});

describe('the step summary', () => {
  it('stays within 1 MiB and links the full report', async () => {
    const result = await run({ scenario: 'big-summary' });
    expect(result.outcome).toBe('success');
    expect(result.annotations).toEqual([]);
    expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(result.summary).toMatch(
      /_This summary was cut to fit GitHub's 1 MiB limit; the full report is linked below\._\n\n\[The full report\]\(https:\/\/github\.com\/octo\/repo\/actions\/runs\/1\)\n$/,
    );
  });
});
