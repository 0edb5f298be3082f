/**
 * The CWE list, the very one the reference validator checks names against (6.1.11), so a
 * name Evident accepts is a name the validator accepts.
 */
import { weaknesses } from '@secvisogram/csaf-validator-lib/cwe.js';
import latest from '@secvisogram/csaf-validator-lib/lib/cwec/4.17.js';

/** The CWE list version CSAF 2.1 documents name (`cwes[].version`), the newest the validator has. */
export const cweListVersion = '4.17';

const latestNames = new Map<string, string>(
  (latest as { weaknesses: readonly { id: string; name: string }[] }).weaknesses.map((weakness) => [
    weakness.id,
    weakness.name,
  ]),
);

/** The name of a CWE id in list version {@link cweListVersion}, for CSAF 2.1. */
export function cweNameInLatestList(id: string): string | undefined {
  return latestNames.get(id);
}

const names = new Map<string, string>(
  (weaknesses as readonly { id: string; name: string }[]).map((weakness) => [weakness.id, weakness.name]),
);

/** The official name of a CWE id (`CWE-79`), or undefined when the list has no such id. */
export function cweName(id: string): string | undefined {
  return names.get(id);
}
