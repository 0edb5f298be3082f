// The `sbom` action: CycloneDX SBOMs on the runner, with outputs and a step summary.
import path from 'node:path';
import { buildSbom } from '@evident/app';
import { resolveInputPath } from '../src/kit/paths.js';
import { runAction } from '../src/kit/run.js';
import { openActionWorkspace } from '../src/kit/workspace.js';
import { spec } from './spec.js';
import { renderSbomSummary } from './summary.js';

await runAction(spec, async ({ inputs, logger, workspace, ...step }) => {
  const opened = await openActionWorkspace({
    workspace,
    workingDirectory: inputs['working-directory'],
    logger,
    holds: 'the lockfile',
  });
  // Path inputs stay inside the workspace (symbolic links included): see resolveInputPath.
  if (inputs.path) await resolveInputPath(workspace, 'path', inputs.path, opened.start);
  if (inputs.output) await resolveInputPath(workspace, 'output', inputs.output, opened.start);
  step.setRepositoryRoot(opened.root);
  const result = await buildSbom(
    {
      path: inputs.path,
      output: inputs.output,
      spec: inputs['spec-version'],
      format: inputs.format,
      omitDev: inputs['omit-dev'],
    },
    opened,
  );
  const { report } = result;
  if (result.verdict === 'hash-mismatch') {
    // A failed verification, not an error: the mismatches are already annotations at their
    // lines in evident.yml; the step fails with the count and what to do.
    step.fail(
      `declared hashes do not match ${report.mismatches.length} file(s): no SBOM written`,
      'check the files (were they replaced?), then correct sha256 in the declaration',
    );
    return;
  }
  const [product] = report.files;
  const written = report.files.length === 1 ? product?.path : path.dirname(product?.path ?? opened.start);
  logger.info(`SBOM written to ${written}`);
  step.setOutputs({
    path: written ?? '',
    'component-count': product?.components ?? 0,
    sha256: product?.sha256 ?? '',
    files: report.files.length,
  });
  step.summarize(renderSbomSummary(report, (file) => path.relative(workspace, file) || '.'));
});
