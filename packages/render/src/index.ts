/**
 * @evident/render: the Handlebars environment of Evident. Pure: templates come from an
 * injected TemplateSource, output is returned as a string.
 */
export {
  MarkdownString,
  markdownOutputOf,
  type OutputFormat,
  outputFormatOf,
} from './escape.js';
export {
  builtInHelpers,
  formatIsoDate,
  safeUrl,
  slugify,
  type TemplateHelper,
} from './helpers.js';
export { createRenderer, type Renderer, type RendererOptions } from './renderer.js';
export {
  assertTemplateName,
  fileStoreTemplateSource,
  layeredTemplateSource,
  memoryTemplateSource,
  type TemplateFile,
  type TemplateSource,
} from './template-source.js';
