import { type ResolvedConfig, UsageError } from '@evident/core';
import {
  type CheckInputs,
  type LoadedModel,
  loadThreatModel,
  parseJUnit,
  readSbomPurls,
} from '@evident/threat-model';
import { readNamedFiles } from './named-files.js';
import type { Workspace } from './workspace.js';

/** The files the threat-model use cases read, as the user named them (relative to the start directory). */
export interface ThreatModelFiles {
  /** The model; default evident.yml's paths.threatModel, else threat-model.yml (at the root). */
  readonly file?: string;
  /** JUnit XML results; later files win for the same test. */
  readonly junit?: readonly string[];
  /** CycloneDX or SPDX JSON SBOMs to link the dependencies to. */
  readonly sbom?: readonly string[];
}

/** The loaded model, its file as shown to the user, and what the check takes besides. */
export interface ThreatModelInput {
  readonly file: string;
  readonly loaded: LoadedModel;
  /** evident.yml of the workspace, when there is one. */
  readonly config?: ResolvedConfig;
  /** JUnit results, SBOM purls and evident.yml's products, for checkThreatModel. */
  readonly inputs: CheckInputs;
}

/**
 * Reads the model (FILE, else evident.yml's paths.threatModel, else threat-model.yml), the JUnit
 * files and the SBOMs; every problem is an InputError at its location (exit 2). evident.yml is
 * read when the model is found through it, or when `needs.config` asks for it.
 */
export async function readThreatModelInput(
  files: ThreatModelFiles,
  workspace: Workspace,
  needs: { config?: boolean } = {},
): Promise<ThreatModelInput> {
  const base = workspace.start;
  // What the repository names (evident.yml, the model it points to) is read through the
  // workspace's store, which refuses links out of it; a FILE the user names is read wherever it is.
  const config = files.file === undefined || needs.config ? await workspace.config() : undefined;
  const [model] =
    files.file === undefined
      ? [await readConfigured(workspace, defaultModelPath(config))]
      : await readNamedFiles([files.file], base);
  if (!model) throw new UsageError('no threat model given', { fix: 'pass the model file' });
  const loaded = loadThreatModel(model.text, model.shown);
  const reports = files.junit === undefined ? undefined : await readNamedFiles(files.junit, base);
  const sboms = files.sbom === undefined ? undefined : await readNamedFiles(files.sbom, base);
  return {
    file: model.shown,
    loaded,
    ...(config && { config }),
    inputs: {
      ...(reports && { results: reports.flatMap((report) => parseJUnit(report.text, report.shown)) }),
      ...(sboms && { sbomPurls: sboms.flatMap((sbom) => readSbomPurls(sbom.text, sbom.shown)) }),
      ...(config && { products: config.products.map((product) => product.id) }),
    },
  };
}

async function readConfigured(workspace: Workspace, file: string): Promise<{ shown: string; text: string }> {
  if (!(await workspace.store.exists(file))) {
    throw new UsageError(`no threat model at ${file}`, {
      fix: 'pass the model file, or set paths.threatModel in evident.yml',
    });
  }
  return { shown: file, text: await workspace.store.readText(file) };
}

function defaultModelPath(config: ResolvedConfig | undefined): string {
  if (config === undefined) return 'threat-model.yml';
  const paths = [...new Set(config.products.map((product) => product.paths.threatModel))];
  if (paths.length > 1) {
    throw new UsageError(`evident.yml names several threat models (${paths.join(', ')})`, {
      fix: 'pass the one to check as FILE',
    });
  }
  return paths[0] ?? 'threat-model.yml';
}
