import { describe, expect, it } from 'vitest';
import { cweName } from '../src/cwe.js';
import { csafFileName, fileNameOfTrackingId } from '../src/file-name.js';
import { isSingleVersion, toVersRange } from '../src/version-range.js';

describe('the CSAF file-name rule', () => {
  it.each([
    ['EXA-SA-2026-001', 'exa-sa-2026-001.json'],
    ['CRLSA-2026:0752', 'crlsa-2026_0752.json'],
    ['CIQSA-LTS-8-8-2026:0029', 'ciqsa-lts-8-8-2026_0029.json'],
    ['RHSA-2019:1862', 'rhsa-2019_1862.json'],
    ['cisco-sa-20180328-smi2', 'cisco-sa-20180328-smi2.json'],
    ['ICSA 24/284.12', 'icsa_24_284_12.json'],
    ['a+b', 'a+b.json'],
  ])('%s → %s', (id, name) => {
    expect(fileNameOfTrackingId(id)).toBe(name);
  });

  it('reads the tracking id of a document, and gives nothing for a document without one', () => {
    expect(csafFileName({ document: { tracking: { id: 'BSI-2022-0001' } } })).toBe('bsi-2022-0001.json');
    expect(csafFileName([1])).toBeUndefined();
  });
});

describe('version ranges', () => {
  it.each([
    ['>=2.0.0 <2.4.1', 'vers:semver/>=2.0.0|<2.4.1'],
    ['<3.0', 'vers:generic/<3.0'],
    ['>=V2.1 <=V2.9', 'vers:generic/>=V2.1|<=V2.9'],
    ['vers:semver/>=1.0.0|<2.0.0', 'vers:semver/>=1.0.0|<2.0.0'],
  ])('%s → %s', (range, vers) => {
    expect(toVersRange(range)).toEqual({ vers });
  });

  it('refuses what is no range', () => {
    expect(toVersRange('between 1 and 2')).toHaveProperty('problem');
    expect(toVersRange('vers:semver')).toHaveProperty('problem');
    expect(toVersRange('1.0 2.0')).toHaveProperty('problem');
  });

  it('tells single versions from ranges (6.1.31)', () => {
    expect(isSingleVersion('2.4.1')).toBe(true);
    expect(isSingleVersion('V3.1 SP2')).toBe(true);
    expect(isSingleVersion('<2.4.1')).toBe(false);
    expect(isSingleVersion('prior to 4.2')).toBe(false);
    expect(isSingleVersion('all versions')).toBe(false);
  });
});

describe('the CWE list', () => {
  it('names weaknesses as the reference validator knows them', () => {
    expect(cweName('CWE-79')).toBe(
      "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')",
    );
    expect(cweName('CWE-0')).toBeUndefined();
  });
});
