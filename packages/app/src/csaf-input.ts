import { isAdvisorySource } from '@evident/advisory';
import type { Problem } from '@evident/core';
import { type NamedFile, parseJsonFile } from './named-files.js';

/**
 * Parses a file named as a CSAF document. Evident's own advisory YAML is not one: it gets a
 * problem that says to build it first, instead of a JSON syntax error.
 */
export function parseCsafFile(file: NamedFile): { value?: unknown; problem?: Problem } {
  const parsed = parseJsonFile(file);
  if (parsed.problem === undefined || !isAdvisorySource(file.text)) return parsed;
  return {
    problem: {
      message: 'this is an Evident advisory (its YAML source), not a CSAF document',
      location: { file: file.shown },
      fix: `build it with \`evident advisory build ${file.shown} -o <dir>\`, which validates the CSAF it writes; then validate the .json file written to <dir>`,
    },
  };
}
