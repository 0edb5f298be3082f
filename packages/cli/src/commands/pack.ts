import { resolve } from 'node:path';
import type { EvidenceStatus, Logger } from '@evident/core';
import { assessRequirements, layOutPack, manifestName } from '@evident/evidence';
import { manifestOutput, type OutputOptionNames } from '@evident/node';
import type { CliIo, CommandResult, GlobalOptions } from '../io.js';
import { openCommandOutput } from '../output-directory.js';
import { checkRecords } from '../records.js';
import { readRepositoryState, runTime } from '../repository.js';
import { createWorkspaceRenderer } from '../templates.js';
import { cliVersion } from '../version.js';
import { loadWorkspaceConfig, openWorkspace, resolveVersions } from '../workspace.js';
import { readPackThreatModels } from './pack-threat-models.js';

/** Options of `evident pack`. */
export interface PackOptions extends GlobalOptions {
  readonly output: string;
  readonly force?: boolean;
}

/** What `evident pack --json` prints. */
export interface PackReport {
  readonly path: string;
  readonly files: readonly string[];
  readonly classification: string;
  readonly summary: Record<EvidenceStatus, number>;
}

/**
 * What a caller other than the CLI supplies: the GitHub Action passes its own logger, the
 * templates copied beside its bundle, and its version (a bundle has no package.json beside it).
 */
export interface PackServices {
  readonly logger?: Logger;
  readonly templateDirectory?: string;
  readonly version?: string;
  /** How refusals of the output directory name the options; default the CLI's flags. */
  readonly optionNames?: OutputOptionNames;
}

/** `evident pack`: assesses all 47 requirements and writes the pack atomically. */
export async function runPack(
  options: PackOptions,
  io: CliIo,
  services: PackServices = {},
): Promise<CommandResult<PackReport>> {
  const workspace = await openWorkspace(options, io, services.logger);
  const config = await loadWorkspaceConfig(workspace);
  await checkRecords(workspace, config); // before anything is written: a bad document stops the pack
  const output = resolve(io.cwd, options.cwd ?? '.', options.output);
  const directory = await openCommandOutput(output, {
    kind: packOutput,
    force: options.force === true,
    io,
    start: resolve(io.cwd, options.cwd ?? '.'),
    workspace,
    ...(services.optionNames === undefined ? {} : { names: services.optionNames }),
  });

  const repository = await readRepositoryState(workspace, directory.realPath);
  const time = await runTime(workspace, io.env);
  const pack = assessRequirements({
    products: config.products,
    versions: await resolveVersions(config.products, workspace),
    repository,
    generatedAt: time.clock.now(),
    timeSource: time.source,
    generator: { name: 'evident', version: services.version ?? cliVersion() },
    // The evidence collectors' facts (issue 13: the threat model is the first).
    threatModels: await readPackThreatModels(workspace, config),
  });
  const files = await layOutPack(
    pack,
    createWorkspaceRenderer(workspace, config, services.templateDirectory),
  );
  await directory.write(files);

  const report = {
    path: output,
    files: [...files.keys()].sort(),
    classification: pack.classification,
    summary: pack.summary,
  };
  return { report, text: describe(report) };
}

/** An earlier pack: its manifest lists, with their hashes, every other file of the directory. */
const packOutput = manifestOutput({
  name: 'Evident pack',
  suggestedName: 'evident-pack',
  manifest: manifestName,
  required: ['pack.json'],
});

function describe(report: PackReport): string {
  const counts = Object.entries(report.summary)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ');
  return `Pack written to ${report.path}\n  47 requirements: ${counts}\n  classification: ${report.classification} (share with the assessor, do not publish)`;
}
