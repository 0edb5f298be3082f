import { resolve } from 'node:path';
import type { EvidenceStatus } from '@evident/core';
import { assessRequirements, layOutPack, manifestName } from '@evident/evidence';
import { manifestOutput } from '@evident/node';
import { openCommandOutput } from './output-directory.js';
import { readPackThreatModels } from './pack-threat-models.js';
import { checkRecords } from './records.js';
import { readRepositoryState } from './repository.js';
import { createWorkspaceRenderer } from './templates.js';
import type { Workspace } from './workspace.js';

/** What `buildPack` is asked for. */
export interface PackRequest {
  /** The directory to write the pack to, relative to the start directory. */
  readonly output: string;
  /** Also replace untracked files an earlier pack did not write. */
  readonly force: boolean;
}

/** What `evident pack --json` prints. */
export interface PackReport {
  readonly path: string;
  readonly files: readonly string[];
  readonly classification: string;
  readonly summary: Record<EvidenceStatus, number>;
}

/** Assesses all 47 requirements and writes the compliance pack atomically. */
export async function buildPack(request: PackRequest, workspace: Workspace): Promise<PackReport> {
  const config = await workspace.requireConfig();
  await checkRecords(workspace, config); // before anything is written: a bad document stops the pack
  const output = resolve(workspace.start, request.output);
  const directory = await openCommandOutput(output, { kind: packOutput, force: request.force, workspace });

  const repository = await readRepositoryState(workspace, directory.realPath);
  const time = await workspace.time();
  const pack = assessRequirements({
    products: config.products,
    versions: await workspace.versions(),
    repository,
    generatedAt: time.clock.now(),
    timeSource: time.source,
    generator: { name: 'evident', version: workspace.version },
    threatModels: await readPackThreatModels(workspace, config),
  });
  const files = await layOutPack(pack, createWorkspaceRenderer(workspace, config));
  await directory.write(files);

  return {
    path: output,
    files: [...files.keys()].sort(),
    classification: pack.classification,
    summary: pack.summary,
  };
}

/** An earlier pack: its manifest lists, with their hashes, every other file of the directory. */
const packOutput = manifestOutput({
  name: 'Evident pack',
  suggestedName: 'evident-pack',
  manifest: manifestName,
  required: ['pack.json'],
});
