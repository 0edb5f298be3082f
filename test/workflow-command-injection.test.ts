import { beforeAll, describe, expect, it } from 'vitest';
import { parseWorkflowCommand, runAction, type StepResult, webhookExample } from './action-harness/index.js';
import { useBundles } from './actions/bundles.js';
import { useGitHubServer } from './github-server/vitest.js';
import { commitRepository, runCli } from './support/cli.js';
import { useTempDirs } from './support/temp-dir.js';

// A pull request's author writes evident.yml and the advisories. Whatever they plant there,
// the runner must read no workflow command from the log but the annotations Evident makes.
const bundles = useBundles();
const makeTempDir = useTempDirs();
const server = useGitHubServer();

const planted = [
  '::set-output name=path::/INJECTED',
  '::add-mask::evident',
  '::stop-commands::planted-token',
  '::warning::planted warning',
  '##[set-output name=path;]/INJECTED',
  '##[add-mask]evident',
];

/** Twelve unknown keys, each a newline and a workflow command: more than the annotations shown. */
function plantedKeys(): string {
  return Array.from({ length: 12 }, (_, index) => {
    const payload = planted[index % planted.length] ?? '';
    return `${JSON.stringify(`key${index}\n${payload}\u001b[31m`)}: 1`;
  }).join('\n');
}

const config = `version: 1\nproducts:\n  - id: plc\n    name: PLC\n    type: embedded-device\n${plantedKeys()}\n`;

async function checkout(files: Record<string, string>): Promise<string> {
  return commitRepository(await makeTempDir(), files, 'Planted');
}

/** Every command the runner read is an annotation or a debug line Evident wrote, none planted. */
function expectOnlyEvidentCommands(result: StepResult): void {
  for (const phase of result.phases) {
    for (const command of phase.commands) {
      expect(['error', 'warning', 'debug'], JSON.stringify(command)).toContain(command.command);
      expect(command.data, JSON.stringify(command)).not.toMatch(/^planted|^\/INJECTED|^evident$/);
    }
    expect(`${phase.stdout}${phase.stderr}`).not.toContain('\u001b');
  }
  expect(Object.values(result.outputs)).not.toContain('/INJECTED');
  expect(result.log).toContain('key11');
}

describe('workflow commands planted in user text', () => {
  beforeAll(async () => {
    await Promise.all(['pack', 'sbom', 'advisory'].map((name) => bundles.named(name)));
  }, 120_000);

  it.each(['pack', 'sbom'])('reach the runner from no log line of the %s action', async (name) => {
    const workspace = await checkout({
      'evident.yml': config,
      'package-lock.json': '{"lockfileVersion":3,"packages":{}}',
    });
    const result = await runAction({
      action: await bundles.named(name),
      workspace,
      apiUrl: server().url,
      event: webhookExample('pull_request', 'opened'),
    });
    expect(result.outcome).toBe('failure');
    expectOnlyEvidentCommands(result);
  });

  it('reach the runner from no log line of the advisory action', async () => {
    // Released and TLP:WHITE, so that its problems may quote it (a draft's quote nothing).
    const tracking =
      'tracking:\n  status: final\n  version: 1.0.0\n  revisions:\n    - { number: 1.0.0, date: 2026-01-15, summary: Released. }\n';
    const advisory = `id: EXA-SA-2026-009\ntitle: Planted\ntlp: WHITE\n${tracking}${plantedKeys()}\n`;
    const workspace = await checkout({
      'evident.yml':
        'version: 1\nmanufacturer: { name: ACME }\npublisher: { namespace: "https://acme.example" }\nproducts:\n  - id: plc\n    name: PLC\n    type: embedded-device\n',
      'advisories/exa-sa-2026-009.yml': advisory,
    });
    const result = await runAction({
      action: await bundles.named('advisory'),
      workspace,
      apiUrl: server().url,
      event: webhookExample('pull_request', 'opened'),
    });
    expect(result.outcome).toBe('failure');
    expectOnlyEvidentCommands(result);
  });

  it('reach no line of the CLI that the runner would obey, nor the terminal raw', async () => {
    const workspace = await checkout({ 'evident.yml': config });
    const run = await runCli(['pack', '-o', 'out'], { cwd: workspace });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('key11');
    for (const line of `${run.stdout}${run.stderr}`.split(/\r\n|\r|\n/)) {
      expect(parseWorkflowCommand(line), line).toBeUndefined();
    }
    expect(run.stderr).not.toContain('\u001b');
  });
});
