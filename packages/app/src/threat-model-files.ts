import { configFileName, type FileStore, loadConfig, type ResolvedConfig, UsageError } from '@evident/core';
import { createFileStore } from '@evident/node';
import {
  type CheckInputs,
  type LoadedModel,
  loadThreatModel,
  parseJUnit,
  readSbomPurls,
} from '@evident/threat-model';
import type { CliIo, GlobalOptions } from '../io.js';
import { baseDirectory, readNamedFiles } from './advisory-files.js';

/** Options shared by the threat-model commands. */
export interface ThreatModelOptions extends GlobalOptions {
  readonly file?: string;
  readonly junit?: readonly string[];
  readonly sbom?: readonly string[];
}

/** The loaded model, its file as shown to the user, and what the check takes besides. */
export interface ThreatModelInput {
  readonly file: string;
  readonly loaded: LoadedModel;
  /** evident.yml of the directory, when there is one. */
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
  options: ThreatModelOptions,
  io: CliIo,
  needs: { config?: boolean } = {},
): Promise<ThreatModelInput> {
  const base = baseDirectory(options, io);
  // What the repository names (evident.yml, the model it points to) is read through a store
  // that refuses links out of it; a FILE the user names is read wherever it is.
  const store = createFileStore(base);
  const config = options.file === undefined || needs.config ? await readConfig(store) : undefined;
  const [model] =
    options.file === undefined
      ? [await readConfigured(store, defaultModelPath(config))]
      : await readNamedFiles([options.file], base);
  if (!model) throw new UsageError('no threat model given', { fix: 'pass the model file' });
  const loaded = loadThreatModel(model.text, model.shown);
  const reports = options.junit === undefined ? undefined : await readNamedFiles(options.junit, base);
  const sboms = options.sbom === undefined ? undefined : await readNamedFiles(options.sbom, base);
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

async function readConfig(store: FileStore): Promise<ResolvedConfig | undefined> {
  if (!(await store.exists(configFileName))) return undefined;
  return loadConfig(await store.readText(configFileName), configFileName);
}

async function readConfigured(store: FileStore, file: string): Promise<{ shown: string; text: string }> {
  if (!(await store.exists(file))) {
    throw new UsageError(`no threat model at ${file}`, {
      fix: 'pass the model file, or set paths.threatModel in evident.yml',
    });
  }
  return { shown: file, text: await store.readText(file) };
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
