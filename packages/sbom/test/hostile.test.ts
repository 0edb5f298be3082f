import { ConfigurationError } from '@evident/core';
import { XmlAttribute, XmlDocument, XmlText } from 'libxml2-wasm';
import { describe, expect, it } from 'vitest';
import {
  buildSboms,
  type DeclaredComponent,
  type InventoryComponent,
  type SbomRequest,
  type SpecVersion,
  specVersions,
} from '../src/index.js';

// What a lockfile or evident.yml can hold that XML must escape: references XML would resolve,
// markup, a CDATA end, quotes, and an `&` that starts nothing.
const hostileTexts = ['AT&amp;T', 'x &#60;y', '&lt;b&gt;', '<b>', ']]>', '"q" \'a\'', '&#x3c;', '&e;', 'a&b'];

const product: InventoryComponent = {
  ref: 'urn:evident:product:plc',
  kind: 'firmware',
  name: 'PLC &amp; <co>',
  version: '1.0.0&#60;',
  description: hostileTexts.join(' | '),
  hashes: [],
  properties: [['evident:product:id', 'plc&amp;']],
  dependsOn: [],
  components: [],
};

const lockfile = JSON.stringify({
  name: 'app',
  version: '1.0.0',
  lockfileVersion: 3,
  requires: true,
  packages: {
    '': { name: 'app', version: '1.0.0', dependencies: { left: '1.0.0', right: '1.0.0' } },
    'node_modules/left': {
      version: '1.0.0',
      resolved: 'https://registry.example/left-1.0.0.tgz?a=1&amp;b=2',
      license: 'AT&amp;T x &#60;y',
    },
    'node_modules/right': { version: '1.0.0', license: ['&lt;MIT&gt;', 'a&b'] },
  },
});

const declared: DeclaredComponent[] = hostileTexts.map((text, index) => ({
  name: `blob ${text}`,
  version: `${index}`,
  kind: 'firmware',
  description: text,
  supplier: { name: `Supplier ${text}` },
  license: `LicenseRef-x ${text}`,
  cpe: `cpe:2.3:a:acme:blob${index}:${index}:*:*:*:*:*:*:*`,
  purl: `pkg:generic/acme/blob${index}@${index}?note=${encodeURIComponent(text)}&amp;x=1`,
  files: [{ path: `files/${index} ${text}` }],
}));

function request(spec: SpecVersion, format: 'json' | 'xml'): SbomRequest {
  return {
    product,
    lockfile: { file: 'package-lock.json', text: lockfile },
    declared,
    declaredFiles: new Map(declared.map((component) => [component.files[0]?.path ?? '', new Uint8Array()])),
    metadata: {
      timestamp: new Date('2026-01-01T00:00:00Z'),
      tool: { name: 'evident', version: '0.0.0-test' },
      manufacturer: { name: 'ACME &amp; Sons <GmbH>' },
    },
    spec,
    format,
    omitDev: false,
  };
}

/** Every string in a JSON value, keys left out. */
function jsonStrings(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) for (const item of value) jsonStrings(item, found);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) jsonStrings(item, found);
  return found;
}

/** Every text node's and attribute's value, as a real XML parser (libxml2) reads them. */
function xmlStrings(text: string): Set<string> {
  const document = XmlDocument.fromString(text);
  try {
    const values = new Set<string>();
    for (const node of document.find('//text() | //@*')) {
      if (node instanceof XmlText) values.add(node.content);
      else if (node instanceof XmlAttribute) values.add(node.value);
    }
    return values;
  } finally {
    document.dispose();
  }
}

/** The JSON SBOM without what the two formats write differently by design: its format and serial number. */
function comparable(text: string): unknown {
  const { $schema, bomFormat, specVersion, serialNumber, ...rest } = JSON.parse(text);
  return rest;
}

describe('XML SBOM: every text round-trips', () => {
  it.each(specVersions)('CycloneDX %s: each value of the JSON SBOM reads back from the XML', async (spec) => {
    const [json] = (await buildSboms(request(spec, 'json'))).documents;
    const [xml] = (await buildSboms(request(spec, 'xml'))).documents;
    const expected = jsonStrings(comparable(json?.text ?? ''));
    const read = xmlStrings(xml?.text ?? '');
    // The hostile texts reach the JSON unchanged (so the comparison below covers them) ...
    for (const text of hostileTexts) expect(expected).toContain(text);
    expect(expected).toContain('AT&amp;T x &#60;y');
    // ... and every value of the JSON is a value of the XML.
    expect(expected.filter((value) => !read.has(value))).toEqual([]);
  });
});

describe('buildSboms: a declared component the lockfile lists too', () => {
  it('is a ConfigurationError at the declaration, not an invalid SBOM', async () => {
    const location = { file: 'evident.yml', line: 9, column: 11 };
    const twice: DeclaredComponent = {
      name: 'left',
      version: '1.0.0',
      kind: 'library',
      purl: 'pkg:npm/left@1.0.0',
      files: [],
      location,
    };
    const error = await buildSboms({ ...request('1.6', 'json'), declared: [twice] }).catch(
      (caught) => caught,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(
      'the declared component pkg:npm/left@1.0.0 is also in the lockfile package-lock.json',
    );
    expect(error.location).toEqual(location);
    expect(error.fix).toMatch(/remove the declaration/);
  });
});
