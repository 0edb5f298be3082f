import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared SBOM fixtures (test/fixtures/sbom) of the repository. */
export const fixtureRoot = new URL('../../../test/fixtures/sbom/', import.meta.url);

/**
 * The workplace's lockfile corpus, read in place beside the repository: it is not copied in,
 * and GitHub's CI does not have it.
 */
export const sharedLockfiles = new URL('../../../../shared/corpus/lockfiles/', import.meta.url);

/** Whether the shared lockfile corpus is there; prints which folder is missing when it is not. */
export function hasSharedLockfiles(what: string): boolean {
  if (existsSync(sharedLockfiles)) return true;
  console.log(`${what} skipped: ${fileURLToPath(sharedLockfiles)} is absent (only ../shared has it)`);
  return false;
}

/** A fixture file's text. */
export function readFixture(path: string): string {
  return readFileSync(new URL(path, fixtureRoot), 'utf8');
}

/** The lockfile and package.json of a fixture folder (of `root`), as the CLI would read them. */
export function lockfileOf(
  folder: string,
  root: URL = fixtureRoot,
): { file: string; text: string; manifest?: string } {
  const read = (file: string): string => readFileSync(new URL(`${folder}/${file}`, root), 'utf8');
  const text = read('package-lock.json');
  try {
    return { file: `${folder}/package-lock.json`, text, manifest: read('package.json') };
  } catch {
    return { file: `${folder}/package-lock.json`, text };
  }
}
