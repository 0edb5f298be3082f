import {
  type FrontMatter,
  findPlaceholders,
  InputError,
  type Problem,
  type ResolvedConfig,
  readFrontMatter,
  throwIfProblems,
} from '@evident/core';
import type { Workspace } from './workspace.js';

/** A Markdown document of a documents folder whose front matter passed every check. */
export interface AttestedDocument {
  readonly path: string;
  readonly frontMatter: FrontMatter;
}

/**
 * Checks the records a pack draws on, before anything is written: the front matter of every
 * Markdown document in the products' documents folders (any problem stops the command with
 * all of them listed, exit 2) and the placeholders `evident init` left in evident.yml and the
 * security policy (warnings: the pack is still worth having).
 */
export async function checkRecords(
  workspace: Workspace,
  config: ResolvedConfig,
): Promise<AttestedDocument[]> {
  const documents = await readAttestedDocuments(workspace, config);
  for (const problem of findPlaceholders(config)) workspace.logger.warn(problem.message, problem.location);
  await warnAboutPolicyPlaceholders(workspace, config);
  return documents;
}

/** Reads the front matter of every Markdown file in the documents folders; throws listing every problem. */
export async function readAttestedDocuments(
  workspace: Workspace,
  config: ResolvedConfig,
): Promise<AttestedDocument[]> {
  const folders = unique(config.products.map((product) => product.paths.documents));
  const context = { productIds: config.products.map((product) => product.id) };
  const documents: AttestedDocument[] = [];
  const problems: Problem[] = [];
  for (const path of await markdownFiles(workspace, folders)) {
    const reading = readFrontMatter(await workspace.store.readText(path), path, context);
    if (reading.status === 'valid') documents.push({ path, frontMatter: reading.frontMatter });
    else if (reading.status === 'invalid') problems.push(...reading.problems);
    else workspace.logger.debug(`${path} has no front matter: it is no attested document`);
  }
  throwIfProblems(problems, (message, options) => new InputError(message, options), folders.join(', '));
  return documents;
}

async function markdownFiles(workspace: Workspace, folders: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const folder of folders) {
    if (!(await workspace.store.exists(folder))) continue;
    files.push(...(await workspace.store.list(folder)).filter((path) => /\.(md|markdown)$/i.test(path)));
  }
  return unique(files);
}

/** A placeholder address in the security policy reaches no reporter: say where it is. */
async function warnAboutPolicyPlaceholders(workspace: Workspace, config: ResolvedConfig): Promise<void> {
  const policies = unique(config.products.flatMap((product) => product.securityContact?.policy ?? []));
  for (const path of policies) {
    if (!(await workspace.store.exists(path))) continue;
    const lines = (await workspace.store.readText(path)).split('\n');
    for (const [index, line] of lines.entries()) {
      const column = line.search(/[\w.+@/:-]*example\.invalid/);
      if (column < 0) continue;
      workspace.logger.warn(
        'the security policy still names a placeholder contact; reporters cannot reach you',
        {
          file: path,
          line: index + 1,
          column: column + 1,
        },
      );
    }
  }
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
