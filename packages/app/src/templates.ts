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

/** The built-in templates, shipped beside the CLI. */
export const builtinTemplateDirectory = fileURLToPath(new URL('../../../templates/', import.meta.url));

/**
 * A renderer that looks in the user's override directory (evident.yml `templates`) first.
 * `builtinDirectory` is where the built-in templates are: a bundle copies them beside itself.
 */
export function createWorkspaceRenderer(
  workspace: Workspace,
  config?: ResolvedConfig,
  builtinDirectory: string = builtinTemplateDirectory,
): Renderer {
  const builtin = fileStoreTemplateSource(createFileStore(builtinDirectory), '.');
  const overrides = config?.templates;
  const source =
    overrides === undefined
      ? builtin
      : layeredTemplateSource(fileStoreTemplateSource(workspace.store, overrides), builtin);
  return createRenderer({ source });
}
