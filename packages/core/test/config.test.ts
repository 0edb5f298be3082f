import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  formatUserError,
  InputError,
  loadConfig,
  parseYaml,
  type UserError,
} from '../src/index.js';

const minimal =
  'version: 1\nproducts:\n  - id: plc\n    name: PLC-3000 firmware\n    type: embedded-device\n';

function failure(text: string): UserError {
  try {
    loadConfig(text);
  } catch (error) {
    return error as UserError;
  }
  throw new Error('expected loadConfig to fail');
}

describe('loadConfig', () => {
  it('applies defaults to a minimal file', () => {
    const config = loadConfig(minimal);
    expect(config.products).toEqual([
      {
        id: 'plc',
        name: 'PLC-3000 firmware',
        type: 'embedded-device',
        version: { from: 'package-json', path: 'package.json' },
        paths: {
          threatModel: 'threat-model.yml',
          gatePolicy: '.evident/gates.yml',
          advisories: 'advisories',
          documents: 'docs/security',
        },
      },
    ]);
  });

  it('merges defaults, product paths, manufacturer and security contact', () => {
    const config = loadConfig(`version: 1
manufacturer: { name: ACME Automation, url: "https://acme.example" }
securityContact: { email: psirt@acme.example }
defaults:
  paths: { documents: sdl/records }
products:
  - id: plc
    name: PLC
    type: embedded-device
    version: { from: git-tag, pattern: "fw-*" }
    paths: { threatModel: plc/threat-model.yml }
    support: { until: "2035-12-31" }
  - id: hmi
    name: HMI
    type: software-application
    manufacturer: { name: ACME HMI GmbH }
    version: { from: fixed, value: "2.1.0" }
`);
    const [plc, hmi] = config.products;
    expect(plc?.paths.threatModel).toBe('plc/threat-model.yml');
    expect(plc?.paths.documents).toBe('sdl/records');
    expect(plc?.manufacturer?.name).toBe('ACME Automation');
    expect(plc?.securityContact?.email).toBe('psirt@acme.example');
    expect(plc?.version).toEqual({ from: 'git-tag', pattern: 'fw-*' });
    expect(plc?.supportUntil).toBe('2035-12-31');
    expect(hmi?.manufacturer?.name).toBe('ACME HMI GmbH');
    expect(hmi?.version).toEqual({ from: 'fixed', value: '2.1.0' });
    expect(config.locations.get('plc/threat-model.yml')).toMatchObject({ line: 11, column: 27 });
  });

  it('names every problem with file:line:column and a fix, in file order', () => {
    const error = failure(`version: 1
prodcts: []
products:
  - id: plc
    name: PLC
    type: embedded-devic
    paths:
      threatModle: x.yml
`);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(formatUserError(error)).toBe(`evident.yml has 3 problems:
  evident.yml:2:1: unknown key "prodcts"
    fix: did you mean "products"?
  evident.yml:6:11: products[0].type must be one of embedded-device, host-device, network-device, software-application; it is "embedded-devic"
    fix: did you mean "embedded-device"?
  evident.yml:8:7: unknown key "threatModle" in products[0].paths
    fix: did you mean "threatModel"?`);
  });

  it('reports a wrong type at the value', () => {
    const error = failure('version: 1\nproducts:\n  - id: plc\n    name: [1, 2]\n    type: host-device\n');
    expect(formatUserError(error)).toBe(
      'evident.yml:4:11: products[0].name must be a string, not a list\n  fix: write a string',
    );
  });

  it('reports broken YAML at the position', () => {
    const error = failure('version: 1\nproducts:\n  - id: plc\n   name: x\n');
    expect(error).toBeInstanceOf(InputError);
    expect(formatUserError(error)).toMatch(/^evident\.yml:4:1: invalid YAML: /);
  });

  it('refuses paths that leave the repository', () => {
    for (const bad of ['../../etc/passwd', '/etc/passwd', 'docs/../../x', 'C:/x', 'a\\b']) {
      const error = failure(`${minimal}    paths:\n      threatModel: ${JSON.stringify(bad)}\n`);
      expect(error.location).toMatchObject({ file: 'evident.yml', line: 7, column: 20 });
      expect(error.fix).toMatch(/relative to the repository root/);
    }
    expect(
      loadConfig(`${minimal}    paths:\n      threatModel: docs/../tm.yml\n`).products[0]?.paths.threatModel,
    ).toBe('docs/../tm.yml');
  });

  it('checks the SBOM paths too, and keeps the SBOM settings and the publisher', () => {
    const sbom = `${minimal}    sbom:\n      lockfile: ../outside/package-lock.json\n`;
    expect(failure(sbom).location).toMatchObject({ line: 7, column: 17 });
    const declared = `${minimal}    sbom:\n      components:\n        - { name: rtos, version: "11.1", type: operating-system, files: [{ path: /etc/passwd }] }\n`;
    expect(formatUserError(failure(declared))).toMatch(
      /products\[0\]\.sbom\.components\[0\]\.files\[0\]\.path "\/etc\/passwd" is absolute/,
    );
    const config = loadConfig(
      `${minimal}    sbom: { lockfile: fw/package-lock.json }\npublisher: { namespace: "https://acme.example" }\nmanufacturer: { name: ACME }\n`,
    );
    expect(config.products[0]?.sbom).toEqual({ lockfile: 'fw/package-lock.json' });
    expect(config.publisher).toEqual({ namespace: 'https://acme.example' });
    expect(config.manufacturer).toEqual({ name: 'ACME' });
    expect(config.locations.get('fw/package-lock.json')).toMatchObject({ line: 6 });
  });

  it('answers an alias bomb at once', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    // Expanded, this is 9^9 nodes: the test's timeout would end it long before.
    const error = failure(`${levels.join('\n')}\n`);
    expect(formatUserError(error)).toMatch(/alias bomb/);
  });

  it.each([
    ['a sequence holding itself', 'version: 1\nx: &a [*a]\nproducts: []\n', 'evident.yml:2:8'],
    ['a mapping holding itself', 'version: 1\nx: &m\n  y: *m\nproducts: []\n', 'evident.yml:3:6'],
    [
      'an alias deeper inside its anchor',
      'version: 1\nx: &d [[1, {z: *d}]]\nproducts: []\n',
      'evident.yml:2:16',
    ],
  ])('refuses an alias that refers to the value holding it: %s', (_name, text, place) => {
    expect(formatUserError(failure(text))).toMatch(
      new RegExp(`^${place}: invalid YAML: the alias \\*\\w refers to the value that contains it\n  fix: `),
    );
  });

  it('keeps aliases to values defined before and outside them', () => {
    const { data } = parseYaml('a: &p { id: plc }\nb: [*p, { c: *p }]\n', 'evident.yml');
    expect(data).toEqual({ a: { id: 'plc' }, b: [{ id: 'plc' }, { c: { id: 'plc' } }] });
  });

  it('reports the first __proto__ key in the document, also deep inside it', () => {
    const deep = `version: 1\nproducts: []\na: ${'['.repeat(200)}{__proto__: 1}${']'.repeat(200)}\nb: {__proto__: 2}\n`;
    expect(formatUserError(failure(deep))).toMatch(/^evident\.yml:3:205: the key "__proto__" is not allowed/);
  });

  it('refuses a __proto__ key without touching any prototype', () => {
    const error = failure('version: 1\n__proto__:\n  polluted: true\nproducts: []\n');
    expect(formatUserError(error)).toBe(
      'evident.yml:2:1: the key "__proto__" is not allowed\n  fix: remove or rename the key "__proto__"',
    );
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('reports duplicate product ids, missing keys and an empty file', () => {
    expect(formatUserError(failure(`${minimal}${minimal.slice(minimal.indexOf('  - id'))}`))).toMatch(
      /evident\.yml:6:9: product id "plc" is used twice/,
    );
    expect(formatUserError(failure('version: 1\n'))).toBe(
      'evident.yml:1:1: the document is missing the required key "products"\n  fix: add "products"',
    );
    expect(formatUserError(failure(''))).toBe(
      'evident.yml: the document is empty\n  fix: write the settings as a YAML mapping',
    );
  });

  it('rejects duplicate keys, also when YAML would see a number and a string', () => {
    expect(formatUserError(failure('version: 1\nversion: 1\nproducts: []\n'))).toMatch(
      /^evident\.yml:2:1: invalid YAML/,
    );
    expect(formatUserError(failure('version: 1\nproducts: []\nx:\n  1: a\n  "1": b\n'))).toBe(
      'evident.yml:5:3: invalid YAML: this key is given twice in one mapping (first at line 4)\n  fix: remove one of the two, or merge their values',
    );
  });

  it('shows the first 50 of many problems and counts the rest', () => {
    const keys = Array.from({ length: 60 }, (_, index) => `k${index}: 1\n`).join('');
    const error = failure(
      `version: 1\nproducts:\n  - { id: plc, name: PLC, type: embedded-device }\n${keys}`,
    );
    expect(error.problems).toHaveLength(60);
    const lines = formatUserError(error).split('\n');
    expect(lines.filter((line) => line.includes('unknown key'))).toHaveLength(50);
    expect(lines.at(-1)).toBe('  … and 10 more (--json lists them all)');
  });
});
