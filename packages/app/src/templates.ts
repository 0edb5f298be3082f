import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from '@evident/core';
import { createFileStore } from '@evident/node';
import {
  createRenderer,
  fileStoreTemplateSource,
  layeredTemplateSource,
  type Renderer,
} from '@evident/render';
import type { Workspace } from './workspace.js';

/**
 * The built-in templates, in the repository's templates/ folder. The CLI bundle sits at the
 * same depth as this file (packages/cli/bundle/), so it finds them too; an action bundle
 * copies them beside itself and says so ({@link Workspace.templateDirectory}).
 */
export const builtinTemplateDirectory = fileURLToPath(new URL('../../../templates/', import.meta.url));

/** A renderer that looks in the user's override directory (evident.yml `templates`) first. */
export function createWorkspaceRenderer(
  workspace: Pick<Workspace, 'store' | 'templateDirectory'>,
  config?: ResolvedConfig,
): Renderer {
  const builtin = fileStoreTemplateSource(createFileStore(workspace.templateDirectory), '.');
  const overrides = config?.templates;
  const source =
    overrides === undefined
      ? builtin
      : layeredTemplateSource(fileStoreTemplateSource(workspace.store, overrides), builtin);
  return createRenderer({ source });
}
