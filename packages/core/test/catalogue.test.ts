import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  attestations,
  findRequirement,
  maturityLevels,
  practiceIds,
  practices,
  requirements,
} from '../src/index.js';

const shared = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/iec62443-4-1-requirements.json', import.meta.url), 'utf8'),
) as { requirements: { id: string; title: string; clause: string; practice: string }[] };

describe('the IEC 62443-4-1 catalogue', () => {
  it('has 47 unique requirement ids in practice order', () => {
    const ids = requirements.map((requirement) => requirement.id);
    expect(ids).toHaveLength(47);
    expect(new Set(ids).size).toBe(47);
    const practiceOrder = requirements.map((requirement) => practiceIds.indexOf(requirement.practice));
    expect(practiceOrder).toEqual(practiceOrder.toSorted((a, b) => a - b));
    for (const practice of practiceIds) {
      const numbers = requirements
        .filter((r) => r.practice === practice)
        .map((r) => Number(r.id.split('-')[1]));
      expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    }
  });

  it('matches the ids, titles and clauses of the shared requirement facts', () => {
    expect(requirements.map(({ id, title, clause, practice }) => ({ id, title, clause, practice }))).toEqual(
      shared.requirements.map(({ id, title, clause, practice }) => ({ id, title, clause, practice })),
    );
  });

  it('has 8 practices and 4 maturity levels, and a description and attestation list per requirement', () => {
    expect(practices.map((practice) => practice.id)).toEqual([...practiceIds]);
    expect(maturityLevels.map((level) => level.level)).toEqual([1, 2, 3, 4]);
    for (const requirement of requirements) {
      expect(requirement.description.length).toBeGreaterThan(10);
      expect(attestations[requirement.id]).toBeDefined();
    }
    expect(findRequirement('SR-2')?.title).toBe('Threat model');
    expect(findRequirement('XX-1')).toBeUndefined();
  });

  it('is frozen', () => {
    expect(Object.isFrozen(requirements)).toBe(true);
    expect(Object.isFrozen(requirements[0])).toBe(true);
  });
});
