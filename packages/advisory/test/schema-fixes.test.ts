import { readFileSync } from 'node:fs';
import { type InputError, loadConfig } from '@evident/core';
import { describe, expect, it } from 'vitest';
import { AdvisorySchema } from '../src/advisory-schema.js';
import { loadAdvisory } from '../src/load-advisory.js';

const example = new URL('../../../examples/plc-firmware/', import.meta.url);
const config = loadConfig(readFileSync(new URL('evident.yml', example), 'utf8'));
const advisory = readFileSync(new URL('advisories/exa-sa-2026-001.yml', example), 'utf8');

function fixes(text: string): Record<string, string | undefined> {
  try {
    loadAdvisory(text, 'advisory.yml', config.products);
  } catch (error) {
    return Object.fromEntries(
      (error as InputError).problems.map((problem) => [problem.message, problem.fix]),
    );
  }
  throw new Error('expected loadAdvisory to fail');
}

function replaced(text: string, ...pairs: [string, string][]): string {
  return pairs.reduce((result, [from, to]) => {
    if (!result.includes(from)) throw new Error(`the example has no ${from}`);
    return result.replace(from, to);
  }, text);
}

describe('the fixes of advisory YAML schema problems', () => {
  it('say what to write, with an example, never only the description', () => {
    const found = fixes(
      replaced(
        advisory,
        ['id: EXA-SA-2026-001', "id: ' EXA-SA-2026-001'"],
        ['tlp: WHITE', 'tlp: WHITE\nlang: EN'],
        ['cve: CVE-2026-41001', 'cve: CVE-26-1'],
        ['cvss: CVSS:3.1/', 'cvss: 3.1/'],
        ['url: https://example.com/psirt/EXA-SA-2026-001', 'url: example.com/psirt'],
      ),
    );
    expect(found).toEqual({
      'id must match pattern "^\\S(.*\\S)?$"': 'write it like ACME-SA-2026-001 (the tracking id)',
      'lang must match pattern "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"': 'write it like en or de-DE (language)',
      'references[0].url must be an absolute URL; it is "example.com/psirt"':
        'write an absolute URL, scheme included, e.g. https://example.com/psirt/ACME-SA-2026-001',
      'vulnerabilities[0].cve must match pattern "^CVE-[0-9]{4}-[0-9]{4,}$"':
        'write it like CVE-2026-41001 (the CVE id)',
      'vulnerabilities[0].cvss must match pattern "^CVSS:3\\.[01]/"':
        'write it like CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H (a CVSS v3.1 vector; the scores are computed)',
    });
    const descriptions = JSON.stringify(AdvisorySchema);
    for (const fix of Object.values(found))
      expect(descriptions).not.toContain(`"description":${JSON.stringify(fix)}`);
  });

  it('answer a date YAML reads as a number, and a CWE in neither form, with the forms to write', () => {
    const found = fixes(
      replaced(advisory, ['cwe: CWE-306', 'cwe: 306'], ['date: 2026-03-10T09:00:00Z', 'date: 2026']),
    );
    expect(found).toMatchObject({
      'vulnerabilities[0].cwe must be a string or a mapping, not number 306':
        'write a string like CWE-306, or a mapping with id and name',
    });
    const date = Object.entries(found).find(([message]) =>
      message.endsWith('date must be a string, not number 2026'),
    );
    expect(date?.[1]).toBe(
      'write a string like 2026-03-10 or 2026-03-10T09:00:00Z, in quotes: unquoted, YAML reads it as a number',
    );
  });

  it('name the repeated entry of a list that must not repeat', () => {
    const found = fixes(
      replaced(advisory, [
        'first_fixed: [plc-3000-fw-2.4.1]',
        'first_fixed: [plc-3000-fw-2.4.1, plc-3000-fw-2.4.1]',
      ]),
    );
    expect(Object.values(found)).toContain(
      'remove vulnerabilities[0].status.first_fixed[1]: it repeats vulnerabilities[0].status.first_fixed[0]',
    );
  });

  it('have an example for every pattern and format of the schema', () => {
    const missing: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      const constrained = typeof schema.pattern === 'string' || typeof schema.format === 'string';
      if (constrained && !(Array.isArray(schema.examples) && schema.examples.length > 0)) missing.push(at);
      for (const [key, value] of Object.entries(schema)) walk(value, `${at}/${key}`);
    };
    walk(AdvisorySchema, '');
    expect(missing).toEqual([]);
  });
});
