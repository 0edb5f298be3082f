import { readFileSync } from 'node:fs';

/** The shared SBOM fixtures (test/fixtures/sbom) of the repository. */
export const fixtureRoot = new URL('../../../test/fixtures/sbom/', import.meta.url);

/** A fixture file's text. */
export function readFixture(path: string): string {
  return readFileSync(new URL(path, fixtureRoot), 'utf8');
}

/** The lockfile and package.json of a fixture folder, as the CLI would read them. */
export function lockfileOf(folder: string): { file: string; text: string; manifest?: string } {
  const text = readFixture(`${folder}/package-lock.json`);
  try {
    return { file: `${folder}/package-lock.json`, text, manifest: readFixture(`${folder}/package.json`) };
  } catch {
    return { file: `${folder}/package-lock.json`, text };
  }
}
