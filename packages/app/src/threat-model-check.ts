import { checkThreatModel, type ThreatModelCheck } from '@evident/threat-model';
import { readThreatModelInput, type ThreatModelFiles } from './threat-model-files.js';
import type { Workspace } from './workspace.js';

/** What `checkThreatModelFile` is asked for: the model and the results and SBOMs it is checked with. */
export type ThreatModelCheckRequest = ThreatModelFiles;

/** What `evident threat-model check --json` prints; `passed` is the verdict (the CLI exits 1 when false). */
export interface ThreatModelCheckReport extends ThreatModelCheck {
  readonly file: string;
}

/**
 * Checks the model: passed, or failed (see checkThreatModel for what fails) as a value; a model
 * that cannot be read is an InputError.
 */
export async function checkThreatModelFile(
  request: ThreatModelCheckRequest,
  workspace: Workspace,
): Promise<ThreatModelCheckReport> {
  const input = await readThreatModelInput(request, workspace);
  const check = checkThreatModel(input.loaded, input.inputs);
  return { file: input.file, ...check };
}
