import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isUserError, type Logger, type ParameterTerms } from '@evident/core';
import { describe, expect, it } from 'vitest';
import { isolatedEnv } from '../../../test/support/cli.js';
import { useTempDirs } from '../../../test/support/temp-dir.js';
import { openWorkspace } from '../src/index.js';

const makeTempDir = useTempDirs();
const silent: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const config =
  'version: 1\nproducts:\n  - id: p\n    name: P\n    type: software-application\n    version: { from: fixed, value: 1.0.0 }\n';

function open(start: string) {
  return openWorkspace({ start, cwd: start, env: isolatedEnv(), logger: silent, version: '0.0.0' });
}

describe('openWorkspace', () => {
  it('finds the git top level from a subdirectory, and its evident.yml', async () => {
    const root = await makeTempDir();
    execFileSync('git', ['init', '-q'], { cwd: root, env: isolatedEnv() });
    await writeFile(path.join(root, 'evident.yml'), config);
    const deep = path.join(root, 'a', 'b');
    await mkdir(deep, { recursive: true });
    const workspace = await open(deep);
    expect(workspace).toMatchObject({ root, repositoryRoot: root, start: deep });
    expect((await workspace.requireConfig()).products.map((product) => product.id)).toEqual(['p']);
    // Loaded once, shared by every use case of the run.
    expect(await workspace.config()).toBe(await workspace.config());
  });

  it('takes the nearest evident.yml below the git top level', async () => {
    const root = await makeTempDir();
    execFileSync('git', ['init', '-q'], { cwd: root, env: isolatedEnv() });
    const nested = path.join(root, 'products', 'one');
    await mkdir(path.join(nested, 'src'), { recursive: true });
    await writeFile(path.join(nested, 'evident.yml'), config);
    const workspace = await open(path.join(nested, 'src'));
    expect(workspace).toMatchObject({ root: nested, repositoryRoot: root });
  });

  it('walks up to evident.yml outside git, else stays at the start', async () => {
    const root = await makeTempDir();
    const deep = path.join(root, 'x');
    await mkdir(deep);
    expect(await open(deep)).toMatchObject({ root: deep, repositoryRoot: undefined });
    await writeFile(path.join(root, 'evident.yml'), config);
    expect(await open(deep)).toMatchObject({ root, repositoryRoot: undefined });
  });

  it('words the missing evident.yml in the terms of the face that shows it', async () => {
    const root = await makeTempDir();
    const error = await (await open(root)).requireConfig().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'configuration', hint: { parameter: 'cwd' } });
    if (!isUserError(error)) throw error;
    const terms: ParameterTerms = { name: (name) => `<${name}>`, instruct: (name) => `set ${name}` };
    expect(error.inTerms(terms).fix).toBe('run `evident init` to create one, or set cwd');
  });
});
