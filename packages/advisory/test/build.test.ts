import { readFileSync } from 'node:fs';
import { canonicalJson, InputError, loadConfig } from '@evident/core';
import { describe, expect, it } from 'vitest';
import { buildCsaf, type PublisherSettings } from '../src/build-csaf.js';
import { loadAdvisory } from '../src/load-advisory.js';
import { csaf20 } from '../src/spec-versions.js';
import { validateCsaf } from '../src/validate-csaf.js';

// Built documents are read loosely here: the assertions say what they expect.
// biome-ignore lint/suspicious/noExplicitAny: test data
type Json = Record<string, any>;

const example = new URL('../../../examples/plc-firmware/', import.meta.url);
const config = loadConfig(readFileSync(new URL('evident.yml', example), 'utf8'));
const advisoryText = readFileSync(new URL('advisories/exa-sa-2026-001.yml', example), 'utf8');
const publisher: PublisherSettings = { name: 'Example Automation AG', namespace: 'https://example.com' };
const options = {
  products: config.products,
  publisher,
  generator: { name: 'Evident', version: '0.0.0-test' },
};

function build(text: string) {
  return buildCsaf(loadAdvisory(text, 'advisory.yml', config.products), options);
}

function problemsOf(text: string): string[] {
  try {
    loadAdvisory(text, 'advisory.yml', config.products);
  } catch (error) {
    if (error instanceof InputError) {
      return error.problems.map((problem) => `${problem.location.line}: ${problem.message}`);
    }
    throw error;
  }
  return [];
}

describe('buildCsaf', () => {
  it('builds the example as CSAF 2.0 that passes the reference validator', async () => {
    const built = build(advisoryText);
    expect(built.fileName).toBe('exa-sa-2026-001.json');
    const report = await validateCsaf(built.document);
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ valid: true, csafVersion: '2.0' });
  });

  it('computes the scores from the vectors and names the CWE from the list', () => {
    const [first, second] = build(advisoryText).document.vulnerabilities as Json[];
    expect(first?.scores[0].cvss_v3).toMatchObject({ baseScore: 9.8, baseSeverity: 'CRITICAL' });
    expect(second?.scores[0].cvss_v3).toMatchObject({ baseScore: 7.5, baseSeverity: 'HIGH' });
    expect(first?.cwe).toEqual({ id: 'CWE-306', name: 'Missing Authentication for Critical Function' });
    expect(second?.scores[0].products).toEqual(['plc-3000-fw-1', 'plc-3000-fw-2-before-2.4.1']);
  });

  it('writes ranges as vers: ranges and statements for products not affected', () => {
    const document = build(advisoryText).document as Json;
    const leaves = document.product_tree.branches[0].branches[0].branches;
    expect(leaves.map((leaf: { name: string }) => leaf.name)).toEqual([
      'vers:semver/>=1.0.0|<2.0.0',
      'vers:semver/>=2.0.0|<2.4.1',
      '2.4.1',
    ]);
    const first = document.vulnerabilities[0];
    expect(first.flags).toEqual([{ label: 'component_not_present', product_ids: ['plc-3000-fw-1'] }]);
    expect(first.threats[0]).toMatchObject({ category: 'impact', product_ids: ['plc-3000-fw-1'] });
  });

  it('gives the same bytes for the same input', () => {
    expect(canonicalJson(build(advisoryText).document)).toBe(canonicalJson(build(advisoryText).document));
  });

  it('leaves CVSS v4 out of CSAF 2.0 and says so', () => {
    const text = advisoryText.replace(
      '    cwe: CWE-306\n',
      '    cwe: CWE-306\n    cvssV4: CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N\n',
    );
    const built = buildCsaf(loadAdvisory(text, 'a.yml', config.products), { ...options, spec: csaf20 });
    expect(built.notices).toEqual([
      'CVE-2026-41001: CSAF 2.0 cannot carry CVSS v4; the v4 vector is left out',
    ]);
    expect(JSON.stringify(built.document)).not.toContain('CVSS:4.0');
  });

  it('needs a revision history', () => {
    const text = advisoryText.slice(0, advisoryText.indexOf('tracking:'));
    expect(() => build(text)).toThrow(/no revision history yet/);
  });
});

describe('loadAdvisory refuses bad input at its line', () => {
  it.each([
    [
      'an invalid CVSS vector',
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N'],
      /^\d+: invalid CVSS v3\.1 vector: the base metric A is missing$/,
    ],
    [
      'an unknown product id',
      ['[plc-3000-fw-1, plc', '[plc-3000-fw-7, plc'],
      /^\d+: unknown product id "plc-3000-fw-7"$/,
    ],
    [
      'a duplicate CVE',
      ['cve: CVE-2026-41002', 'cve: CVE-2026-41001'],
      /^\d+: CVE-2026-41001 is listed twice \(first at line \d+\)$/,
    ],
    [
      'an impossible date',
      ['discovered: 2026-02-02', 'discovered: 2026-02-30'],
      /^\d+: "2026-02-30" is not a date that exists$/,
    ],
    [
      'a product not in evident.yml',
      ['ref: plc-3000', 'ref: plc-300'],
      /^\d+: product "plc-300" is not in evident.yml$/,
    ],
    [
      'contradicting statuses',
      ['fixed: [plc-3000-fw-2.4.1]', 'fixed: [plc-3000-fw-1]'],
      /^\d+: "plc-3000-fw-1" is both fixed and not affected$/,
    ],
    [
      'a wrong CWE name',
      ['cwe: CWE-400', 'cwe: { id: CWE-400, name: DoS }'],
      /^\d+: the name of CWE-400 is "Uncontrolled Resource Consumption", not "DoS"$/,
    ],
    ['a CWE not in the list', ['cwe: CWE-400', 'cwe: CWE-99999'], /^\d+: CWE-99999 is not in the CWE list$/],
  ])('%s', (_name, [from, to], expected) => {
    const text = advisoryText.replace(from as string, to as string);
    expect(text).not.toBe(advisoryText);
    expect(problemsOf(text)).toEqual([expect.stringMatching(expected)]);
  });

  it('points at the line of the problem', () => {
    const text = advisoryText.replace('discovered: 2026-02-02', 'discovered: 2026-13-01');
    const line = text.split('\n').findIndex((row) => row.includes('2026-13-01')) + 1;
    expect(problemsOf(text)).toEqual([`${line}: "2026-13-01" is not a date that exists`]);
  });

  it('reports unknown keys with the nearest known key', () => {
    expect(problemsOf(advisoryText.replace('    cwe: CWE-306', '    cwee: CWE-306'))).toEqual([
      expect.stringMatching(/unknown key "cwee"/),
    ]);
  });
});

describe('products named by their SBOM component', () => {
  const catalog = new Map([
    [
      'plc-3000',
      [
        {
          name: 'embedded-httpd',
          version: '2.1.0',
          supplier: { name: 'Example HTTP Project' },
          purl: 'pkg:generic/embedded-httpd@2.1.0',
        },
      ],
    ],
  ]);
  const component = (name: string) =>
    advisoryText.replace(
      'vulnerabilities:\n',
      `  - ref: plc-3000\n    component: ${name}\n    versions:\n      - id: httpd-2.1.0\n        version: 2.1.0\nvulnerabilities:\n`,
    );

  it('take the supplier and identifiers from the SBOM', () => {
    const built = buildCsaf(loadAdvisory(component('embedded-httpd'), 'a.yml', config.products, catalog), {
      ...options,
      components: catalog,
    });
    const vendors = (built.document.product_tree as Json).branches;
    const supplier = vendors.find((branch: Json) => branch.name === 'Example HTTP Project');
    expect(supplier.branches[0].branches[0].product).toEqual({
      name: 'Example HTTP Project embedded-httpd 2.1.0',
      product_id: 'httpd-2.1.0',
      product_identification_helper: { purl: 'pkg:generic/embedded-httpd@2.1.0' },
    });
  });

  it('refuse a component the SBOM does not declare, at its line', () => {
    expect(() => loadAdvisory(component('embedded-http'), 'a.yml', config.products, catalog)).toThrow(
      'the SBOM of "plc-3000" has no component "embedded-http"',
    );
  });
});
