import { describe, expect, it } from 'vitest';
import { capabilityLevel, checkThreatModel, computeSecurityLevels } from '../src/index.js';
import { baseModel, load } from './support.js';

const fr1Level1 = ['CR 1.1', 'CR 1.3', 'CR 1.4', 'CR 1.5', 'CR 1.7', 'CR 1.10', 'CR 1.11', 'CR 1.12'];
const fr1Level2 = ['CR 1.1 RE 1', 'CR 1.2', 'CR 1.8', 'CR 1.9', 'CR 1.14'];

function levelsOf(requirements: object[], countermeasures: object[] = []) {
  const model = { ...baseModel(), requirements, countermeasures };
  const plc = computeSecurityLevels(load(model).model).find((component) => component.component === 'plc');
  return Object.fromEntries((plc?.levels ?? []).map((level) => [level.fr, level]));
}

describe('SL-C per FR (hand-checked against the 62443-4-2 table)', () => {
  it('FR4 of an embedded device: CR 4.1 + CR 4.3 give SL-C 1; CR 4.2 adds level 2; RE 1 and RE 2 of 4.2 level 3', () => {
    const met = (keys: string[]) => new Set(keys);
    expect(capabilityLevel('FR4', 'embedded-device', met([]))).toBe(0);
    expect(capabilityLevel('FR4', 'embedded-device', met(['4.1']))).toBe(0);
    expect(capabilityLevel('FR4', 'embedded-device', met(['4.1', '4.3']))).toBe(1);
    expect(capabilityLevel('FR4', 'embedded-device', met(['4.1', '4.3', '4.2']))).toBe(2);
    // Level 4 of FR4 adds nothing beyond level 3, so meeting level 3 reaches 4.
    expect(
      capabilityLevel('FR4', 'embedded-device', met(['4.1', '4.3', '4.2', '4.2 RE 1', '4.2 RE 2'])),
    ).toBe(4);
  });

  it('FR5: CR 5.1 alone is SL-C 4 for an embedded device but 0 for a network device (NDR 5.2, 5.3 missing)', () => {
    expect(capabilityLevel('FR5', 'embedded-device', new Set(['5.1']))).toBe(4);
    expect(capabilityLevel('FR5', 'network-device', new Set(['5.1']))).toBe(0);
    expect(capabilityLevel('FR5', 'network-device', new Set(['5.1', '5.2', '5.3']))).toBe(1);
    expect(capabilityLevel('FR5', 'network-device', new Set(['5.1', '5.2', '5.3', '5.2 RE 1']))).toBe(2);
  });

  it('a higher RE never counts without the levels below it', () => {
    expect(capabilityLevel('FR1', 'embedded-device', new Set(fr1Level2.map((ref) => ref.slice(3))))).toBe(0);
  });

  it('FR1 of the model: level 1 CRs give 1, the level 2 CRs and RE 1 give 2; the missing list names what is left', () => {
    const one = levelsOf([{ id: 'R1', title: 'Auth', satisfies: fr1Level1, status: 'met' }]);
    expect(one.FR1).toMatchObject({ slC: 1, slT: 2, gap: true, missing: fr1Level2 });
    const two = levelsOf([
      { id: 'R1', title: 'Auth', satisfies: [...fr1Level1, ...fr1Level2], status: 'met' },
    ]);
    expect(two.FR1).toMatchObject({ slC: 2, slT: 2, gap: false });
    expect(two.FR1?.missing).toEqual([
      'CR 1.1 RE 2',
      'CR 1.2 RE 1',
      'CR 1.5 RE 1',
      'CR 1.7 RE 1',
      'CR 1.9 RE 1',
      'CR 1.14 RE 1',
    ]);
  });

  it('counts met and not-applicable requirements of the component only', () => {
    const requirements = [
      { id: 'R1', title: 'Auth', satisfies: fr1Level1, status: 'met' },
      { id: 'R2', title: 'Certificates', satisfies: ['CR 1.2', 'CR 1.8', 'CR 1.9'], status: 'met' },
      { id: 'R3', title: 'No symmetric keys', satisfies: ['CR 1.14'], status: 'not-applicable' },
      { id: 'R4', title: 'Unique accounts', satisfies: ['CR 1.1 RE 1'], status: 'planned' },
    ];
    expect(levelsOf(requirements).FR1).toMatchObject({ slC: 1, missing: ['CR 1.1 RE 1'] });
    const other = [
      ...requirements.slice(0, 3),
      { id: 'R4', title: 'U', satisfies: ['CR 1.1 RE 1'], status: 'met', components: ['hmi'] },
    ];
    const model = { ...baseModel(), requirements: other };
    model.components.push({ id: 'hmi', name: 'HMI', type: 'host-device', zone: 'control' });
    const levels = computeSecurityLevels(load(model).model);
    expect(levels.find((c) => c.component === 'plc')?.levels[0]?.slC).toBe(1);
    expect(levels.find((c) => c.component === 'hmi')?.levels[0]?.slC).toBe(2);
  });

  it('a gap without a compensating countermeasure fails the check; with one it passes and names it', () => {
    const requirements = [
      { id: 'R1', title: 'Auth', satisfies: fr1Level1, status: 'met', verification: 'inspection' },
      {
        id: 'R2',
        title: 'Crypto',
        satisfies: ['CR 4.1', 'CR 4.3'],
        status: 'met',
        verification: 'inspection',
      },
    ];
    const without = checkThreatModel(load({ ...baseModel(), requirements }));
    expect(without.passed).toBe(false);
    expect(without.failures.map((failure) => [failure.code, failure.subject])).toContainEqual([
      'sl-gap-uncovered',
      'plc',
    ]);
    expect(without.failures.filter((failure) => failure.code === 'sl-gap-uncovered')).toHaveLength(1);

    const countermeasures = [
      {
        id: 'CC-1',
        component: 'plc',
        frs: ['FR1'],
        description: 'Firewall.',
        documentedIn: 'docs/hardening.md',
      },
    ];
    const covered = checkThreatModel(load({ ...baseModel(), requirements, countermeasures }));
    expect(covered.failures.filter((failure) => failure.code === 'sl-gap-uncovered')).toEqual([]);
    expect(covered.securityLevels[0]?.levels[0]).toMatchObject({
      fr: 'FR1',
      slC: 1,
      slT: 2,
      gap: true,
      countermeasure: 'CC-1',
    });
    // A countermeasure for another FR covers nothing.
    const elsewhere = [{ ...countermeasures[0], frs: ['FR3'] }];
    expect(checkThreatModel(load({ ...baseModel(), requirements, countermeasures: elsewhere })).passed).toBe(
      false,
    );
  });
});
