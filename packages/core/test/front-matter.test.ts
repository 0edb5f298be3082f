import { describe, expect, it } from 'vitest';
import { type FrontMatterReading, readFrontMatter } from '../src/index.js';

const context = { productIds: ['plc-firmware', 'gateway'] };
const file = 'docs/security/process.md';

function problemsOf(reading: FrontMatterReading) {
  if (reading.status !== 'invalid') throw new Error(`expected invalid front matter, got ${reading.status}`);
  return reading.problems;
}

const valid = [
  '---',
  'title: Secure development process',
  'owner: Head of Engineering',
  'approver: Product Security Officer',
  'approved-on: 2026-01-15',
  'next-review: 2027-01-15',
  'applies-to: [plc-firmware]',
  'requirements: [SM-1, SM-2]',
  'classification: internal',
  '---',
  '# Secure development process',
  '',
].join('\n');

describe('readFrontMatter', () => {
  it('reads valid front matter, dates kept as written', () => {
    expect(readFrontMatter(valid, file, context)).toEqual({
      status: 'valid',
      frontMatter: {
        title: 'Secure development process',
        owner: 'Head of Engineering',
        approver: 'Product Security Officer',
        'approved-on': '2026-01-15',
        'next-review': '2027-01-15',
        'applies-to': ['plc-firmware'],
        requirements: ['SM-1', 'SM-2'],
        classification: 'internal',
      },
    });
  });

  it('treats a document without front matter as no attested document', () => {
    expect(readFrontMatter('# Notes\n\n---\nowner: x\n---\n', file, context)).toEqual({ status: 'absent' });
  });

  it('reports an unknown requirement, a date that is no date and an unknown product, each at its line and column', () => {
    const text = valid
      .replace('requirements: [SM-1, SM-2]', 'requirements: [SM-1, SM-99]')
      .replace('approved-on: 2026-01-15', 'approved-on: yesterday')
      .replace('next-review: 2027-01-15', 'next-review: 2027-02-30')
      .replace('applies-to: [plc-firmware]', 'applies-to: [plc-firmwar]');
    expect(problemsOf(readFrontMatter(text, file, context))).toEqual([
      {
        message: 'approved-on must be a calendar date written YYYY-MM-DD; it is "yesterday"',
        location: { file, line: 5, column: 14 },
        fix: 'write a date as YYYY-MM-DD, e.g. 2031-12-31',
      },
      {
        message: 'next-review must be a calendar date written YYYY-MM-DD; it is "2027-02-30"',
        location: { file, line: 6, column: 14 },
        fix: 'write a date as YYYY-MM-DD, e.g. 2031-12-31',
      },
      {
        message: 'applies-to[0] "plc-firmwar" is not a product of evident.yml',
        location: { file, line: 7, column: 14 },
        fix: 'did you mean "plc-firmware"?',
      },
      {
        message:
          'requirements[1] must be one of 47 known values (An IEC 62443-4-1 requirement id, SM-1 to SG-6); it is "SM-99"',
        location: { file, line: 8, column: 22 },
        fix: 'did you mean "SM-9"?',
      },
    ]);
  });

  it('reports a missing key and an unknown one with the nearest known key', () => {
    const text = valid.replace('approver: Product Security Officer\n', 'aprover: Product Security Officer\n');
    expect(problemsOf(readFrontMatter(text, file, context))).toEqual([
      {
        message: 'the document is missing the required key "approver"',
        location: { file, line: 2, column: 1 },
        fix: 'add "approver"',
      },
      {
        message: 'unknown key "aprover"',
        location: { file, line: 4, column: 1 },
        fix: 'did you mean "approver"?',
      },
    ]);
  });

  it('locates a YAML syntax error in the Markdown file, and front matter that never closes', () => {
    const broken = valid.replace('owner: Head of Engineering', 'owner: [Head of Engineering');
    const [syntax] = problemsOf(readFrontMatter(broken, file, context));
    expect(syntax?.message).toMatch(/^invalid YAML/);
    expect(syntax?.location.line).toBeGreaterThanOrEqual(3);
    expect(problemsOf(readFrontMatter('---\nowner: x\n# Title\n', file, context))).toEqual([
      {
        message: 'the front matter opened on line 1 is never closed',
        location: { file, line: 1, column: 1 },
        fix: 'end the front matter with a line of three dashes (---) before the document text',
      },
    ]);
  });

  it('reads front matter written with Windows line ends', () => {
    expect(readFrontMatter(valid.replaceAll('\n', '\r\n'), file, context).status).toBe('valid');
  });
});
