/**
 * Finds the official CycloneDX XSDs on disk, for XML SBOM validation with libxml2
 * (xml-schema.ts): as the CycloneDX library ships them, or as a bundle carries them.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '@evident/core';

/** Where a bundle (the sbom GitHub Action) carries the XSDs: beside itself (packages/actions/scripts/bundle.mjs). */
const bundledSchemas = fileURLToPath(new URL('./cyclonedx-schema/', import.meta.url));

/** The official XSD of a CycloneDX version and the schema it imports (`spdx.SNAPSHOT.xsd`, beside it). */
export interface CycloneDxXsd {
  readonly schema: string;
  readonly imports: readonly string[];
}

/**
 * The absolute paths of the official XSD of a CycloneDX version and of the SPDX XSD it
 * imports, as the CycloneDX library ships them, or as a bundle carries them.
 */
export function cycloneDxXsd(version: string): CycloneDxXsd {
  const folder = existsSync(path.join(bundledSchemas, 'spdx.SNAPSHOT.xsd'))
    ? bundledSchemas
    : librarySchemas();
  return {
    schema: path.join(folder, `bom-${version}.SNAPSHOT.xsd`),
    imports: [path.join(folder, 'spdx.SNAPSHOT.xsd')],
  };
}

function librarySchemas(): string {
  try {
    const manifest = createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json');
    return path.join(path.dirname(manifest), 'res', 'schema');
  } catch (error) {
    throw new ConfigurationError('the CycloneDX XML schemas are not available in this build of Evident', {
      fix: 'write JSON (format json), or run the evident CLI from a full installation for XML',
      cause: error,
    });
  }
}
