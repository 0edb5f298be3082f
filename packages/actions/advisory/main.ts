// The `advisory` action: `evident advisory build` on the runner. Every advisory is built and
// validated; a problem is annotated on its YAML line; the summary names public advisories only.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runAdvisoryBuild } from '@evident/cli/advisory';
import { UsageError } from '@evident/core';
import { resolveInputPath, resolveInputPaths } from '../src/kit/paths.js';
import { runAction } from '../src/kit/run.js';
import { spec } from './spec.js';
import { renderAdvisorySummary } from './summary.js';

await runAction(spec, async ({ inputs, logger, workspace, version, ...step }) => {
  // Every path input stays inside the workspace (symbolic links included): see resolveInputPath.
  await resolveInputPath(workspace, 'working-directory', inputs['working-directory']);
  const start = path.resolve(workspace, inputs['working-directory']);
  if (!existsSync(start)) {
    throw new UsageError(`working-directory ${inputs['working-directory']} is not in the workspace`, {
      fix: 'set working-directory to the folder of the checkout that holds evident.yml',
    });
  }
  // An empty input reads as absent.
  const files = (inputs.files ?? '').split(/\s+/).filter((file) => file !== '');
  await resolveInputPaths(workspace, 'files', files, start);
  await resolveInputPath(workspace, 'output', inputs.output, start);
  // The advisory files are named relative to working-directory: annotate them from there.
  step.setRepositoryRoot(start);
  const io = { argv: [], cwd: workspace, env: process.env, stdout: process.stdout, stderr: process.stderr };
  const options = {
    cwd: inputs['working-directory'],
    files,
    output: inputs.output,
    csafVersion: inputs['csaf-version'],
  };
  // The ajv adapter, installed before the advisories are validated (imported here: its table is 2 MB).
  (await import('@evident/node/csaf-precompiled')).usePrecompiledCsafValidators();
  const { report } = await runAdvisoryBuild(options, io, version === undefined ? {} : { version });
  for (const notice of report.notices) logger.warn(notice);
  const output = path.resolve(start, inputs.output);
  step.setOutputs({
    path: output,
    count: report.advisories.length,
    public: report.advisories.filter((advisory) => advisory.classification === 'public').length,
  });
  step.summarize(renderAdvisorySummary(report, path.relative(workspace, output) || '.'));
});
