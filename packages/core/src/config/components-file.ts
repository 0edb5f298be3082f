import validateComponentsFile from '../../generated/validate-components-file.js';
import { ConfigurationError, throwIfProblems } from '../errors.js';
import { createSchemaChecker } from '../validate.js';
import { parseYaml, type YamlSource } from '../yaml.js';
import type { DeclaredComponentConfig } from './schema.js';

/** A file of declared components (sbom.componentsFile), parsed and checked. */
export interface DeclaredComponentsFile {
  readonly components: readonly DeclaredComponentConfig[];
  /** The parsed file, to locate a component in later messages (`components[1]`). */
  readonly source: YamlSource;
}

const checkSchema = createSchemaChecker(validateComponentsFile);

/** Parses a declared-components file; every problem at once, at its file:line:column, like evident.yml's. */
export function loadComponentsFile(text: string, file: string): DeclaredComponentsFile {
  const source = parseYaml(text, file);
  throwIfProblems(checkSchema(source), (message, options) => new ConfigurationError(message, options), file);
  return { components: (source.data as { components: DeclaredComponentConfig[] }).components, source };
}
