/**
 * The CSAF file-name rule (CSAF 2.0 section 5.1): the tracking id, lower-cased, every
 * character other than `+`, `-`, `a`-`z` and `0`-`9` replaced by `_`, then `.json`.
 */

/** The file name of a tracking id. */
export function fileNameOfTrackingId(id: string): string {
  return `${id.toLowerCase().replace(/[^+\-a-z0-9]+/g, '_')}.json`;
}

/** The file name a CSAF document should have, or undefined when it has no tracking id. */
export function csafFileName(document: unknown): string | undefined {
  const id = (document as { document?: { tracking?: { id?: unknown } } } | null)?.document?.tracking?.id;
  return typeof id === 'string' && id !== '' ? fileNameOfTrackingId(id) : undefined;
}
