import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadXmlSchema } from '../src/index.js';

// The official CycloneDX XSDs, as the CycloneDX library ships them: bom-1.6 imports spdx.xsd.
const schemas = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json')),
  'res',
  'schema',
);
const bom16 = () =>
  loadXmlSchema(path.join(schemas, 'bom-1.6.SNAPSHOT.xsd'), [path.join(schemas, 'spdx.SNAPSHOT.xsd')]);
// A real SBOM Evident wrote (test/golden/sbom), valid against that XSD.
const golden = readFileSync(
  new URL('../../../test/golden/sbom/v3-workspaces.1.6.cdx.xml', import.meta.url),
  'utf8',
);
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('loadXmlSchema (libxml2 as WebAssembly, no system program)', () => {
  it('accepts a valid CycloneDX 1.6 SBOM', async () => {
    expect((await bom16()).validate(golden)).toEqual([]);
  });

  it('rejects a value the XSD does not allow, at its line', async () => {
    const tampered = golden.replace('<scope>required</scope>', '<scope>mandatory</scope>');
    expect(tampered).not.toBe(golden);
    expect((await bom16()).validate(tampered)).toEqual([
      {
        line: lineOf(tampered, '<scope>mandatory</scope>'),
        message: expect.stringContaining("The value 'mandatory' is not an element of the set"),
      },
    ]);
  });

  it('checks licence ids against the imported SPDX schema', async () => {
    const tampered = golden.replace('<id>MIT</id>', '<id>MIT-ish</id>');
    expect(tampered).not.toBe(golden);
    const [violation, ...others] = (await bom16()).validate(tampered);
    expect(others).toEqual([]);
    expect(violation?.line).toBe(lineOf(tampered, '<id>MIT-ish</id>'));
    expect(violation?.message).toContain("'MIT-ish'");
  });

  it('rejects text that is not well-formed XML', async () => {
    const violations = (await bom16()).validate(golden.slice(0, 400));
    expect(violations.length).toBeGreaterThan(0);
    expect(violations[0]?.line).toEqual(expect.any(Number));
  });

  it('compiles a schema once per process', async () => {
    expect(await bom16()).toBe(await bom16());
  });
});
