import { describe, expect, it } from 'vitest';
import { linkDependencies, readSbomPurls } from '../src/index.js';
import { baseModel, load } from './support.js';

function model() {
  const base = baseModel();
  return load({
    ...base,
    dependencies: [
      { id: 'd-exact', purl: 'pkg:npm/%40scope/lib@1.2.3', elements: ['runtime'] },
      { id: 'd-any', purl: 'pkg:github/eclipse/mosquitto', elements: ['runtime'] },
      { id: 'd-other-version', purl: 'pkg:npm/left-pad@1.0.0', elements: ['runtime'] },
    ],
  }).model;
}

describe('dependencies and the SBOM', () => {
  it('links by purl: exact (qualifiers and encoding aside), or any version for a purl without one', () => {
    const purls = [
      'pkg:npm/@scope/lib@1.2.3?repository_url=x',
      'pkg:github/eclipse/mosquitto@v2.0.20',
      'pkg:npm/left-pad@1.3.0',
    ];
    expect(linkDependencies(model(), purls).map((link) => [link.id, link.inSbom, link.sbomPurl])).toEqual([
      ['d-exact', true, 'pkg:npm/@scope/lib@1.2.3?repository_url=x'],
      ['d-any', true, 'pkg:github/eclipse/mosquitto@v2.0.20'],
      ['d-other-version', false, undefined],
    ]);
    expect(linkDependencies(model()).every((link) => link.inSbom === undefined)).toBe(true);
  });

  it('reads purls from CycloneDX (nested components too) and SPDX JSON, and refuses anything else', () => {
    const cyclonedx = {
      bomFormat: 'CycloneDX',
      metadata: { component: { name: 'fw', purl: 'pkg:generic/fw@1' } },
      components: [
        { name: 'a', purl: 'pkg:npm/a@1', components: [{ name: 'b', purl: 'pkg:npm/b@2' }] },
        { name: 'c' },
      ],
    };
    expect(readSbomPurls(JSON.stringify(cyclonedx), 'bom.json')).toEqual([
      'pkg:generic/fw@1',
      'pkg:npm/a@1',
      'pkg:npm/b@2',
    ]);
    const spdx = {
      spdxVersion: 'SPDX-2.3',
      packages: [
        {
          externalRefs: [
            { referenceType: 'cpe23Type', referenceLocator: 'cpe:2.3:a' },
            { referenceType: 'purl', referenceLocator: 'pkg:pypi/x@1' },
          ],
        },
      ],
    };
    expect(readSbomPurls(JSON.stringify(spdx), 'spdx.json')).toEqual(['pkg:pypi/x@1']);
    expect(() => readSbomPurls('{"hello": 1}', 'x.json')).toThrow(/not a CycloneDX or SPDX JSON SBOM/);
    expect(() => readSbomPurls('<bom/>', 'x.xml')).toThrow(/not a JSON SBOM/);
  });
});
