import { createRequire } from 'node:module';
import path from 'node:path';
import { ConfigurationError } from '@evident/core';
import type { SpecVersion } from './spec-versions.js';

/**
 * The absolute path of the official XSD of a CycloneDX version, as the CycloneDX library
 * ships it (its spdx.SNAPSHOT.xsd import sits beside it). Only a path: the XML validator
 * (xmllint) runs in the adapters.
 */
export function cycloneDxXsdPath(version: SpecVersion): string {
  let manifest: string;
  try {
    manifest = createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json');
  } catch (error) {
    // A bundle (the GitHub Action) carries no node_modules, so no XSDs to validate XML with.
    throw new ConfigurationError('the CycloneDX XML schemas are not available in this build of Evident', {
      fix: 'write JSON (format json), or run the evident CLI installed from npm for XML',
      cause: error,
    });
  }
  return path.join(path.dirname(manifest), 'res', 'schema', `bom-${version}.SNAPSHOT.xsd`);
}
