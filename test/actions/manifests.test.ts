import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionsRoot, listActions } from '../../packages/actions/scripts/bundle.mjs';
import type { ActionSpec } from '../../packages/actions/src/index.js';
import { loadWorkflowParser } from '../action-harness/index.js';
import { repositoryRoot } from '../support/cli.js';

// Every action.yml is validated with @actions/workflow-parser's action parser (parseAction:
// the action.yml schema GitHub's own tooling ships, action-v1.0.json), and the inputs and
// outputs the code declares in its spec are exactly those of action.yml.
const names: string[] = await listActions();

describe.each(names)('action %s', (name) => {
  const folder = path.join(actionsRoot, name);

  it('has a valid action.yml that runs a node24 bundle', async () => {
    const { parseAction, convertActionTemplate, NoOperationTraceWriter } = await loadWorkflowParser();
    const parsed = parseAction(
      { name: `${name}/action.yml`, content: await readFile(path.join(folder, 'action.yml'), 'utf8') },
      new NoOperationTraceWriter(),
    );
    expect(parsed.context.errors.getErrors().map((error) => error.message)).toEqual([]);
    const template = convertActionTemplate(parsed.context, parsed.value ?? expect.fail('no template'));
    expect(template.runs).toEqual({ using: 'node24', main: 'dist/index.mjs' });
    expect(template.description.length).toBeGreaterThan(0);
    for (const entry of [...(template.inputs ?? []), ...(template.outputs ?? [])]) {
      expect(entry.description, entry.id).toBeTruthy();
    }
  });

  it('declares in action.yml exactly the inputs and outputs its code uses', async () => {
    const { spec } = (await import(path.join(folder, 'spec.ts'))) as { spec: ActionSpec };
    const { parseAction, convertActionTemplate, NoOperationTraceWriter } = await loadWorkflowParser();
    const parsed = parseAction(
      { name: 'action.yml', content: await readFile(path.join(folder, 'action.yml'), 'utf8') },
      new NoOperationTraceWriter(),
    );
    const template = convertActionTemplate(parsed.context, parsed.value ?? expect.fail('no template'));
    expect(spec.name).toBe(name);
    const declared = (template.inputs ?? []).map((input) => ({
      id: input.id,
      required: input.required === true,
      default: input.default?.toString(),
    }));
    const used = Object.entries(spec.inputs).map(([id, input]) => ({
      id,
      required: input.required === true,
      default: input.default,
    }));
    expect(used).toEqual(declared);
    expect(spec.outputs).toEqual((template.outputs ?? []).map((output) => output.id));
  });
});

describe('the actions’ code', () => {
  it('has actions to check', () => {
    expect(names).toContain('pack');
  });

  it('reads inputs and writes outputs only through the kit, which goes by the spec', async () => {
    const offenders: string[] = [];
    const direct = /\b(getInput|getBooleanInput|getMultilineInput|setOutput)\s*\(|INPUT_[A-Z]/;
    for (const file of await listTypeScript(path.join(repositoryRoot, 'packages/actions'))) {
      const relative = path.relative(repositoryRoot, file);
      if (/^packages\/actions\/(src\/kit\/(inputs|run)\.ts|test\/)/.test(relative)) continue;
      if (direct.test(await readFile(file, 'utf8'))) offenders.push(relative);
    }
    expect(offenders).toEqual([]);
  });
});

async function listTypeScript(directory: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await listTypeScript(full)));
    else if (entry.name.endsWith('.ts')) files.push(full);
  }
  return files;
}
