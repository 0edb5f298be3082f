import { type ResolvedConfig, sha256Hex } from '@evident/core';
import type { ThreatModelFacts } from '@evident/evidence';
import { decodeUtf8 } from '@evident/node';
import { checkThreatModel, loadThreatModel } from '@evident/threat-model';
import type { Workspace } from './workspace.js';

/**
 * The facts of the pack's threat-model collector: each model evident.yml's products name
 * (paths.threatModel, by default threat-model.yml), loaded and checked as `threat-model check`
 * does without JUnit results or an SBOM. A path with no file is skipped: without a model the
 * pack shows what it showed before; a model that does not load stops the pack (exit 2), as a
 * bad record document does.
 */
export async function readPackThreatModels(
  workspace: Workspace,
  config: ResolvedConfig,
): Promise<ThreatModelFacts[]> {
  const paths = [...new Set(config.products.map((product) => product.paths.threatModel))].sort();
  const facts: ThreatModelFacts[] = [];
  for (const path of paths) {
    if (!(await workspace.store.exists(path))) {
      workspace.logger.debug(`pack: no threat model at ${path}`);
      continue;
    }
    const bytes = await workspace.store.readBytes(path);
    const loaded = loadThreatModel(decodeUtf8(bytes, path), path);
    const check = checkThreatModel(loaded, { products: config.products.map((product) => product.id) });
    facts.push({ path, sha256: sha256Hex(bytes), check });
  }
  return facts;
}
