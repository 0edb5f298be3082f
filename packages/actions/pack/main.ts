// The `pack` action: the compliance pack on the runner, with outputs and a step summary.
import path from 'node:path';
import { buildPack } from '@evident/app';
import { resolveInputPath } from '../src/kit/paths.js';
import { runAction } from '../src/kit/run.js';
import { openActionWorkspace } from '../src/kit/workspace.js';
import { spec } from './spec.js';
import { renderPackSummary, runLink } from './summary.js';

await runAction(spec, async ({ inputs, logger, workspace, ...step }) => {
  const opened = await openActionWorkspace({
    workspace,
    workingDirectory: inputs['working-directory'],
    logger,
    holds: 'evident.yml',
  });
  // Path inputs stay inside the workspace (symbolic links included): see resolveInputPath.
  await resolveInputPath(workspace, 'output', inputs.output, opened.start);
  step.setRepositoryRoot(opened.root);
  const report = await buildPack({ output: inputs.output, force: inputs.force }, opened);
  logger.info(`Pack written to ${report.path}`);
  step.setOutputs({ path: report.path, ...report.summary });
  step.summarize(renderPackSummary(report, path.relative(workspace, report.path) || '.'), runLink());
});
