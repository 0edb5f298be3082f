import { InputError, type Product } from '@evident/core';
import { describe, expect, it } from 'vitest';
import { advisoryDisclosure, loadAdvisory } from '../src/load-advisory.js';

// Problems in an advisory that is not public (TLP other than WHITE/CLEAR, or a draft) reach
// step logs and annotations: they say where and what kind of problem, and quote nothing.

const products: Product[] = [{ id: 'plc', name: 'PLC', type: 'embedded-device' } as Product];

/** An advisory with a problem in nearly every check, each value a distinct marker. */
function advisory(tlp: string, status: string): string {
  return `id: ACME-SA-1
title: MARK-TITLE
tlp: ${tlp}
MARK-KEY: 1
products:
  - ref: MARK-REF
    component: MARK-COMPONENT
    versions:
      - id: MARK-ID
        version: "MARK-VERSION <2"
      - id: MARK-ID
        range: "MARK-RANGE"
vulnerabilities:
  - cve: CVE-2026-0001
    cwe: CWE-99999
    cvss: CVSS:3.1/AV:MARK-VECTOR
    discovered: 2026-02-30
    status:
      known_affected: [MARK-UNKNOWN]
      fixed: [MARK-ID]
      known_not_affected:
        - id: MARK-ID
    remediations:
      - category: MARK-CATEGORY
        details: MARK-DETAILS
  - cve: CVE-2026-0001
    status: {}
tracking:
  status: ${status}
  version: MARK-TRACKING
  revisions:
    - number: 0.1.0
      date: 2026-01-15T10:00:00Z
      summary: MARK-SUMMARY
`;
}

function messagesOf(text: string): string {
  try {
    loadAdvisory(text, 'a.yml', products);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return [error.message, ...error.problems.flatMap((problem) => [problem.message, problem.fix ?? ''])].join(
      '\n',
    );
  }
  throw new Error('the advisory loaded');
}

describe('advisoryDisclosure', () => {
  it.each([
    ['WHITE', 'final', 'quote'],
    ['CLEAR', 'interim', 'quote'],
    ['WHITE', 'draft', 'withhold'],
    ['GREEN', 'final', 'withhold'],
    ['AMBER', 'final', 'withhold'],
    ['RED', 'final', 'withhold'],
    ['WHTIE', 'final', 'withhold'],
  ])('TLP:%s %s: %s', (tlp, status, expected) => {
    expect(advisoryDisclosure({ tlp, tracking: { status } })).toBe(expected);
  });

  it('withholds when the advisory does not say (no tracking, not a mapping)', () => {
    expect(advisoryDisclosure({ tlp: 'WHITE' })).toBe('withhold');
    expect(advisoryDisclosure('root:x:0:0')).toBe('withhold');
    expect(advisoryDisclosure(null)).toBe('withhold');
  });
});

describe('loadAdvisory problems', () => {
  it('quote nothing of a TLP:RED advisory, in the schema check', () => {
    const text = messagesOf(advisory('RED', 'final'));
    expect(text).toContain('is not one of the allowed values: vendor_fix');
    expect(text).toContain('unknown key "…"');
    expect(text).not.toContain('MARK');
  });

  it('quote nothing of a TLP:AMBER draft, in the checks of meaning', () => {
    // Valid against the schema, so that the checks of meaning run.
    const text = messagesOf(
      advisory('AMBER', 'draft').replace('MARK-KEY: 1\n', '').replace('MARK-CATEGORY', 'vendor_fix'),
    );
    expect(text).toContain('is not in evident.yml');
    expect(text).toContain('is defined twice');
    expect(text).not.toContain('MARK');
    expect(text).not.toContain('2026-02-30');
    expect(text).not.toContain('CWE-99999');
  });

  it('still quote a released TLP:WHITE advisory (public: nothing to withhold)', () => {
    const text = messagesOf(
      advisory('WHITE', 'final').replace('MARK-KEY: 1\n', '').replace('MARK-CATEGORY', 'vendor_fix'),
    );
    expect(text).toContain('product "MARK-REF" is not in evident.yml');
    expect(text).toContain('"2026-02-30" is not a date that exists');
  });
});
