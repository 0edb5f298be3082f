/**
 * Renderings of a CSAF document through Handlebars templates users can override:
 * `advisory/advisory.html` (self-contained, printable) and `advisory/advisory.md`.
 */
import type { Renderer } from '@evident/render';
import { createAdvisoryView } from './advisory-view.js';

/** The renderings Evident writes, by format. */
export const renderFormats = { html: 'advisory/advisory.html', markdown: 'advisory/advisory.md' } as const;
export type RenderFormat = keyof typeof renderFormats;

/** The file extension of each rendering. */
export const renderExtensions: Readonly<Record<RenderFormat, string>> = { html: '.html', markdown: '.md' };

/** Renders a (valid) CSAF document in the given formats. */
export async function renderAdvisory(
  document: unknown,
  renderer: Renderer,
  options: {
    readonly generator: { readonly name: string; readonly version: string };
    readonly formats?: readonly RenderFormat[];
  },
): Promise<Map<RenderFormat, string>> {
  const data = { advisory: createAdvisoryView(document), generator: options.generator };
  const rendered = new Map<RenderFormat, string>();
  for (const format of options.formats ?? (['html', 'markdown'] as const)) {
    rendered.set(format, await renderer.render(renderFormats[format], data));
  }
  return rendered;
}
