// The `pack` action: `evident pack` on the runner, with outputs and a step summary.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPack } from '@evident/cli/pack';
import { UsageError } from '@evident/core';
import { createGit } from '@evident/node';
import { resolveInputPath } from '../src/kit/paths.js';
import { runAction } from '../src/kit/run.js';
import { inActionTerms } from './cli-terms.js';
import { spec } from './spec.js';
import { renderPackSummary, runLink } from './summary.js';

// The bundle carries the built-in templates beside itself; from source, the CLI finds its own.
const bundledTemplates = fileURLToPath(new URL('./templates/', import.meta.url));

await runAction(spec, async ({ inputs, logger, workspace, version, ...step }) => {
  // Every path input stays inside the workspace (symbolic links included): see resolveInputPath.
  await resolveInputPath(workspace, 'working-directory', inputs['working-directory']);
  const start = path.resolve(workspace, inputs['working-directory']);
  if (!existsSync(start)) {
    throw new UsageError(`working-directory ${inputs['working-directory']} is not in the workspace`, {
      fix: 'set working-directory to the folder of the checkout that holds evident.yml',
    });
  }
  await resolveInputPath(workspace, 'output', inputs.output, start);
  const root = await createGit(start).topLevel();
  if (root !== undefined) step.setRepositoryRoot(root);

  const io = { argv: [], cwd: workspace, env: process.env, stdout: process.stdout, stderr: process.stderr };
  const options = { cwd: inputs['working-directory'], output: inputs.output, force: inputs.force };
  const { report } = await runPack(options, io, {
    logger,
    optionNames: { output: 'the `output` input', force: 'set `force: true`' },
    ...(existsSync(bundledTemplates) ? { templateDirectory: bundledTemplates } : {}),
    ...(version === undefined ? {} : { version }),
  }).catch(inActionTerms);

  logger.info(`Pack written to ${report.path}`);
  step.setOutputs({ path: report.path, ...report.summary });
  step.summarize(renderPackSummary(report, path.relative(workspace, report.path) || '.'), runLink());
});
