import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRuleContext, loadThreatModel, rules, runRules } from '../src/index.js';

const fixtures = new URL('../../../test/fixtures/threat-model/rules/', import.meta.url);

function suggestionsOf(rule: string, kind: 'positive' | 'negative') {
  const file = `${rule}.${kind}.yml`;
  const loaded = loadThreatModel(readFileSync(new URL(file, fixtures), 'utf8'), file);
  return runRules(createRuleContext(loaded)).filter((suggestion) => suggestion.rule === rule);
}

describe('industrial rules', () => {
  it('are at least 25, each naming its FR and 62443-4-2 requirement', () => {
    expect(rules.length).toBeGreaterThanOrEqual(25);
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.frs.length, rule.id).toBeGreaterThan(0);
      expect(rule.requirement, rule.id).toMatch(/^((CR|EDR|HDR|NDR|SAR) \d\.\d+( RE \d)?(, )?)+$/);
    }
  });

  it.each(rules.map((rule) => rule.id))(
    '%s fires on its positive fixture and not on its negative one',
    (id) => {
      expect(suggestionsOf(id, 'positive').map((suggestion) => suggestion.key)).toEqual([`${id}@target`]);
      expect(suggestionsOf(id, 'negative')).toEqual([]);
    },
  );
});
