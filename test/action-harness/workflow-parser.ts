import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

type ActionsModule = typeof import('@actions/workflow-parser/actions/index');
type RootModule = typeof import('@actions/workflow-parser');

/** The parts of @actions/workflow-parser the harness and the manifest test use. */
export interface WorkflowParser {
  readonly parseAction: ActionsModule['parseAction'];
  readonly convertActionTemplate: ActionsModule['convertActionTemplate'];
  readonly NoOperationTraceWriter: RootModule['NoOperationTraceWriter'];
}

const repositoryRoot = path.resolve(import.meta.dirname, '../..');
let loaded: Promise<WorkflowParser> | undefined;

/**
 * @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`, which
 * Node's ESM loader refuses (on every version, not only 20). Bundled by esbuild, which inlines
 * the JSON, it runs as is; the bundle is cached under .cache/ by the package's manifest.
 */
export function loadWorkflowParser(): Promise<WorkflowParser> {
  loaded ??= bundleAndImport();
  return loaded;
}

async function bundleAndImport(): Promise<WorkflowParser> {
  const manifest = await readFile(
    path.join(repositoryRoot, 'node_modules/@actions/workflow-parser/package.json'),
    'utf8',
  );
  const entry = [
    "export { parseAction, convertActionTemplate } from '@actions/workflow-parser/actions/index';",
    "export { NoOperationTraceWriter } from '@actions/workflow-parser';",
  ].join('\n');
  const key = createHash('sha256').update(manifest).update(entry).digest('hex').slice(0, 16);
  const directory = path.join(repositoryRoot, '.cache/action-harness');
  const bundle = path.join(directory, `workflow-parser-${key}.mjs`);
  const built = await access(bundle).then(
    () => true,
    () => false,
  );
  if (!built) await writeBundle(bundle, entry, directory);
  return (await import(pathToFileURL(bundle).href)) as WorkflowParser;
}

/** Written under a temporary name and renamed: test files in parallel processes may race here. */
async function writeBundle(bundle: string, entry: string, directory: string): Promise<void> {
  await mkdir(directory, { recursive: true });
  const result = await build({
    stdin: { contents: entry, resolveDir: repositoryRoot, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no bundle of @actions/workflow-parser');
  const temporary = `${bundle}.${process.pid}.tmp`;
  await writeFile(temporary, output.contents);
  await rename(temporary, bundle);
}
