import { InputError } from '@evident/core';
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

describe('readSbomPurls: malformed SBOMs', () => {
  const refusal = (document: unknown) => {
    try {
      readSbomPurls(typeof document === 'string' ? document : JSON.stringify(document), 'bom.json');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const { message, location, fix } = error as InputError;
      return { message, location, fix };
    }
    return expect.unreachable('readSbomPurls accepted it');
  };
  const cdx = (rest: object) => ({ bomFormat: 'CycloneDX', specVersion: '1.6', ...rest });

  it.each([
    [
      'components as an object',
      cdx({ components: { purl: 'pkg:npm/a@1' } }),
      'components is an object, not a list',
    ],
    [
      'a numeric purl',
      cdx({ components: [{ purl: 'pkg:npm/a@1' }, { purl: 42 }] }),
      'components[1].purl is a number, not a string',
    ],
    [
      'a component that is a list',
      cdx({ components: [[{ purl: 'pkg:npm/a@1' }]] }),
      'components[0] is a list, not a component object',
    ],
    [
      'a nested purl that is null',
      cdx({ metadata: { component: { components: [{ purl: null }] } } }),
      'metadata.component.components[0].purl is null, not a string',
    ],
    ['metadata as a string', cdx({ metadata: 'x' }), 'metadata is a string, not an object'],
    [
      'SPDX packages as an object',
      { spdxVersion: 'SPDX-2.3', packages: {} },
      'packages is an object, not a list',
    ],
    [
      'SPDX externalRefs as a number',
      { spdxVersion: 'SPDX-2.3', packages: [{ externalRefs: 5 }] },
      'packages[0].externalRefs is a number, not a list',
    ],
    [
      'an SPDX purl locator that is a number',
      {
        spdxVersion: 'SPDX-2.3',
        packages: [{ externalRefs: [{ referenceType: 'purl', referenceLocator: 1 }] }],
      },
      'packages[0].externalRefs[0].referenceLocator is a number, not a string',
    ],
  ])('refuses %s, naming the place', (_name, document, what) => {
    const error = refusal(document);
    expect(error.message).toBe(`malformed SBOM: ${what}`);
    expect(error.location).toEqual({ file: 'bom.json' });
    expect(error.fix).toMatch(/^correct .* specification says/);
  });

  it('refuses 100,000 nested arrays at the first one, without recursing', () => {
    const depth = 100_000;
    const text = `{"bomFormat":"CycloneDX","components":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    expect(refusal(text).message).toBe('malformed SBOM: components[0] is a list, not a component object');
  });

  it('reads 100,000 nested components without overflowing the stack', () => {
    const depth = 100_000;
    const text = `{"bomFormat":"CycloneDX","components":${'[{"purl":"pkg:npm/a@1","components":'.repeat(depth)}[]${'}]'.repeat(depth)}}`;
    const purls = readSbomPurls(text, 'bom.json');
    expect(purls).toHaveLength(depth);
  });

  it('ignores components without a purl and external references of other types', () => {
    expect(
      readSbomPurls(JSON.stringify(cdx({ components: [{ name: 'x' }, { purl: 'pkg:npm/a@1' }] })), 'b.json'),
    ).toEqual(['pkg:npm/a@1']);
    const spdx = {
      spdxVersion: 'SPDX-2.3',
      packages: [{ externalRefs: [{ referenceType: 'cpe23Type', referenceLocator: 7 }] }],
    };
    expect(readSbomPurls(JSON.stringify(spdx), 's.json')).toEqual([]);
  });
});
