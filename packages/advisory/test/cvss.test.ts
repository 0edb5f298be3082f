import { describe, expect, it } from 'vitest';
import { cvssV3Problem, cvssV4Problem, scoreCvssV3, scoreCvssV4, severityOf } from '../src/cvss.js';

describe('CVSS v3.1', () => {
  it.each([
    // Examples from the FIRST CVSS v3.1 specification and NVD.
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8, 'CRITICAL'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5, 'HIGH'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1, 'MEDIUM'],
    ['CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N', 1.6, 'LOW'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0, 'NONE'],
  ])('%s scores %d (%s)', (vector, score, severity) => {
    expect(cvssV3Problem(vector)).toBeUndefined();
    expect(scoreCvssV3(vector)).toMatchObject({
      version: '3.1',
      vectorString: vector,
      baseScore: score,
      baseSeverity: severity,
    });
  });

  it('computes temporal and environmental scores only when the vector has those metrics', () => {
    const scored = scoreCvssV3('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C');
    expect(scored).toMatchObject({ temporalScore: 8.8, temporalSeverity: 'HIGH', attackVector: 'NETWORK' });
    expect(scored).not.toHaveProperty('environmentalScore');
  });

  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H', 'the base metric A is missing'],
    ['CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'AV must be one of N, A, L, P, not Q'],
    ['CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'AV appears twice'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/XX:1', '"XX:1" is not a metric of CVSS:3.1'],
    ['AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'it must start with CVSS:3.1/'],
  ])('refuses %s: %s', (vector, reason) => {
    expect(cvssV3Problem(vector)).toBe(reason);
  });
});

describe('CVSS v4.0', () => {
  it('scores a complete vector and refuses an incomplete one', () => {
    const vector = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
    expect(cvssV4Problem(vector)).toBeUndefined();
    expect(scoreCvssV4(vector)).toEqual({
      version: '4.0',
      vectorString: vector,
      baseScore: 9.3,
      baseSeverity: 'CRITICAL',
    });
    expect(cvssV4Problem('CVSS:4.0/AV:N/AC:L')).toContain('missing');
  });

  it('uses the severity bands of the specification', () => {
    expect([0, 0.1, 3.9, 4, 6.9, 7, 8.9, 9, 10].map(severityOf)).toEqual([
      'NONE',
      'LOW',
      'LOW',
      'MEDIUM',
      'MEDIUM',
      'HIGH',
      'HIGH',
      'CRITICAL',
      'CRITICAL',
    ]);
  });
});
