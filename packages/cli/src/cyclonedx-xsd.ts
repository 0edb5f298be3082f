import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '@evident/core';
import type { SpecVersion } from '@evident/sbom';

/** Where a bundle (the sbom GitHub Action) carries the XSDs: beside itself (packages/actions/scripts/bundle.mjs). */
const bundledSchemas = fileURLToPath(new URL('./cyclonedx-schema/', import.meta.url));

/**
 * The absolute path of the official XSD of a CycloneDX version, as the CycloneDX library
 * ships it (its spdx.SNAPSHOT.xsd import sits beside it), or as a bundle carries it.
 */
export function cycloneDxXsdPath(version: SpecVersion): string {
  const name = `bom-${version}.SNAPSHOT.xsd`;
  if (existsSync(path.join(bundledSchemas, name))) return path.join(bundledSchemas, name);
  try {
    const manifest = createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json');
    return path.join(path.dirname(manifest), 'res', 'schema', name);
  } catch (error) {
    throw new ConfigurationError('the CycloneDX XML schemas are not available in this build of Evident', {
      fix: 'write JSON (format json), or run the evident CLI from a full installation for XML',
      cause: error,
    });
  }
}
