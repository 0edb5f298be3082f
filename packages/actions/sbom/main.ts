// The `sbom` action: `evident sbom` on the runner, with outputs and a step summary.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runSbom } from '@evident/cli/sbom';
import { InputError, UsageError } from '@evident/core';
import { createGit } from '@evident/node';
import { resolveInputPath } from '../src/kit/paths.js';
import { runAction } from '../src/kit/run.js';
import { spec } from './spec.js';
import { renderSbomSummary } from './summary.js';

await runAction(spec, async ({ inputs, logger, workspace, version, ...step }) => {
  // Every path input stays inside the workspace (symbolic links included): see resolveInputPath.
  await resolveInputPath(workspace, 'working-directory', inputs['working-directory']);
  const start = path.resolve(workspace, inputs['working-directory']);
  if (!existsSync(start)) {
    throw new UsageError(`working-directory ${inputs['working-directory']} is not in the workspace`, {
      fix: 'set working-directory to the folder of the checkout that holds the lockfile',
    });
  }
  if (inputs.path) await resolveInputPath(workspace, 'path', inputs.path, start);
  if (inputs.output) await resolveInputPath(workspace, 'output', inputs.output, start);
  const root = await createGit(start).topLevel();
  if (root !== undefined) step.setRepositoryRoot(root);

  const io = { argv: [], cwd: workspace, env: process.env, stdout: process.stdout, stderr: process.stderr };
  const options = {
    cwd: inputs['working-directory'],
    path: inputs.path,
    output: inputs.output,
    spec: inputs['spec-version'],
    format: inputs.format,
    omit: inputs['omit-dev'] ? ['dev'] : [],
  };
  const result = await runSbom(options, io, { logger, ...(version === undefined ? {} : { version }) });
  if (result.exitCode === 1) {
    // The mismatches are already annotations at their lines in evident.yml.
    throw new InputError(
      `declared hashes do not match ${result.report.mismatches.length} file(s): no SBOM written`,
      {
        fix: 'check the files (were they replaced?), then correct sha256 in the declaration',
      },
    );
  }
  const { report } = result;
  const [product] = report.files;
  const written = report.files.length === 1 ? product?.path : path.dirname(product?.path ?? start);
  logger.info(`SBOM written to ${written}`);
  step.setOutputs({
    path: written ?? '',
    'component-count': product?.components ?? 0,
    sha256: product?.sha256 ?? '',
    files: report.files.length,
  });
  step.summarize(renderSbomSummary(report, (file) => path.relative(workspace, file) || '.'));
});
