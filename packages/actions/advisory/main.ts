// The `advisory` action: advisory YAML to CSAF on the runner. Every advisory is built and
// validated; a problem is annotated on its YAML line; the summary names public advisories only.
import path from 'node:path';
import { buildAdvisories } from '@evident/app';
import { resolveInputPath, resolveInputPaths } from '../src/kit/paths.js';
import { runAction } from '../src/kit/run.js';
import { openActionWorkspace } from '../src/kit/workspace.js';
import { spec } from './spec.js';
import { renderAdvisorySummary } from './summary.js';

await runAction(spec, async ({ inputs, logger, workspace, ...step }) => {
  const opened = await openActionWorkspace({
    workspace,
    workingDirectory: inputs['working-directory'],
    logger,
    holds: 'evident.yml',
  });
  const { start } = opened;
  // An empty input reads as absent.
  const files = (inputs.files ?? '').split(/\s+/).filter((file) => file !== '');
  // Every path input stays inside the workspace (symbolic links included): see resolveInputPath.
  await resolveInputPaths(workspace, 'files', files, start);
  await resolveInputPath(workspace, 'output', inputs.output, start);
  // The advisory files are named relative to working-directory: annotate them from there.
  step.setRepositoryRoot(start);
  const report = await buildAdvisories(
    { files, output: inputs.output, csafVersion: inputs['csaf-version'] },
    opened,
  );
  for (const notice of report.notices) logger.warn(notice);
  const output = path.resolve(start, inputs.output);
  step.setOutputs({
    path: output,
    count: report.advisories.length,
    public: report.advisories.filter((advisory) => advisory.classification === 'public').length,
  });
  step.summarize(renderAdvisorySummary(report, path.relative(workspace, output) || '.'));
});
