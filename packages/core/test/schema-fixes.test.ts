import { describe, expect, it } from 'vitest';
import { ConfigSchema, type InputError, loadConfig } from '../src/index.js';

const valid = `version: 1
manufacturer: { name: ACME Automation, url: "https://acme.example" }
securityContact: { email: psirt@acme.example, url: "https://acme.example/psirt" }
publisher: { namespace: "https://acme.example" }
products:
  - id: plc
    name: PLC-3000 firmware
    type: embedded-device
    version: { from: fixed, value: "1.10" }
    support: { until: 2031-12-31 }
    sbom:
      components:
        - { name: FreeRTOS, version: 11.1.0, type: library, cpe: "cpe:2.3:o:amazon:freertos:11.1.0:*:*:*:*:*:*:*" }
`;

/** Every description in a JSON Schema: what a fix must never merely repeat. */
function descriptionsOf(schema: unknown): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'description' && typeof value === 'string') found.add(value);
        else walk(value);
      }
    }
  };
  walk(schema);
  return found;
}

/** Every string schema with a pattern or a format, by its JSON pointer. */
function constrainedStrings(schema: unknown, at = ''): [string, Record<string, unknown>][] {
  if (Array.isArray(schema))
    return schema.flatMap((item, index) => constrainedStrings(item, `${at}/${index}`));
  if (schema === null || typeof schema !== 'object') return [];
  const node = schema as Record<string, unknown>;
  const own: [string, Record<string, unknown>][] =
    typeof node.pattern === 'string' || typeof node.format === 'string' ? [[at, node]] : [];
  return [
    ...own,
    ...Object.entries(node).flatMap(([key, value]) => constrainedStrings(value, `${at}/${key}`)),
  ];
}

function fixes(text: string): Record<string, string | undefined> {
  try {
    loadConfig(text);
  } catch (error) {
    return Object.fromEntries(
      (error as InputError).problems.map((problem) => [problem.message, problem.fix]),
    );
  }
  throw new Error('expected loadConfig to fail');
}

describe('the fixes of evident.yml schema problems', () => {
  it('say what to write, with the expected form and an example, never only the description', () => {
    expect(() => loadConfig(valid)).not.toThrow();
    const broken = valid
      .replace('url: "https://acme.example"', 'url: acme.example')
      .replace('email: psirt@acme.example', 'email: psirt')
      .replace('namespace: "https://acme.example"', 'namespace: acme.example')
      .replace('id: plc', 'id: PLC 3000')
      .replace('value: "1.10"', 'value: 1.10')
      .replace('until: 2031-12-31', 'until: 31.12.2031')
      .replace('cpe: "cpe:2.3:', 'cpe: "cpe:/');
    const found = fixes(broken);
    expect(found).toEqual({
      'manufacturer.url must be an absolute URL; it is "acme.example"':
        'write an absolute URL, scheme included, e.g. https://example.com',
      'securityContact.email must be an e-mail address; it is "psirt"':
        'write an e-mail address, e.g. psirt@example.com',
      'publisher.namespace must be an absolute URL; it is "acme.example"':
        'write an absolute URL, scheme included, e.g. https://example.com',
      'products[0].id must match pattern "^[a-z0-9][a-z0-9-]*$"':
        'write it like plc-3000 (stable id: lower-case letters, digits and hyphens)',
      'products[0].version.value must be a string, not number 1.1':
        'write a string, in quotes: unquoted, YAML reads it as a number',
      'products[0].support.until must be a calendar date written YYYY-MM-DD; it is "31.12.2031"':
        'write a date as YYYY-MM-DD, e.g. 2031-12-31',
      'products[0].sbom.components[0].cpe must match pattern "^cpe:2\\.3:"':
        'write it like cpe:2.3:a:freertos:freertos-kernel:11.1.0:*:*:*:*:*:*:* (CPE 2.3 name, for vulnerability matching)',
    });
    const descriptions = descriptionsOf(ConfigSchema);
    for (const fix of Object.values(found)) expect(descriptions.has(fix ?? '')).toBe(false);
  });

  it('say how to write a list and a mapping, and how many entries a list needs', () => {
    expect(fixes('version: 1\nproducts: []\n')).toEqual({
      'products must NOT have fewer than 1 items':
        'list at least 1 entry under products, one "- …" line each',
    });
    expect(fixes('version: 1\nproducts: plc\n')).toEqual({
      'products must be an array, not string "plc"': 'write a list: one "- …" line per entry',
    });
    expect(fixes(valid.replace('support: { until: 2031-12-31 }', 'support: 2031'))).toEqual({
      'products[0].support must be an object, not number 2031':
        'write a mapping: one "key: value" line per setting, indented under it',
    });
  });

  it('have an example for every pattern and format of the schema', () => {
    const missing = constrainedStrings(ConfigSchema)
      .filter(([, node]) => !Array.isArray(node.examples) || node.examples.length === 0)
      .map(([pointer]) => pointer);
    expect(missing).toEqual([]);
  });
});
