import { readFileSync } from 'node:fs';
import { loadConfig, PackSchema, sha256Hex } from '@evident/core';
import { createRenderer, memoryTemplateSource } from '@evident/render';
import { checkThreatModel, loadThreatModel } from '@evident/threat-model';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  assessRequirements,
  type CollectedFinding,
  combineStatuses,
  layOutPack,
  mergeFindings,
  type ThreatModelFacts,
} from '../src/index.js';

describe('combineStatuses', () => {
  it.each([
    [[], 'none'],
    [['complete'], 'complete'],
    [['complete', 'complete'], 'complete'],
    [['complete', 'partial'], 'partial'],
    [['complete', 'none'], 'partial'],
    [['complete', 'not-collected'], 'partial'],
    [['none', 'not-collected'], 'none'],
    [['not-collected', 'not-collected'], 'not-collected'],
    [['not-applicable'], 'not-applicable'],
    [['not-applicable', 'complete'], 'complete'],
  ] as const)('%j → %s', (statuses, expected) => {
    expect(combineStatuses(statuses)).toBe(expected);
  });
});

describe('mergeFindings', () => {
  const context = { collectedAt: '2026-03-01T00:00:00.000Z', commit: 'a'.repeat(40), version: '0.1.0' };
  const source = {
    kind: 'threat-model',
    title: 'found',
    path: 'tm.yml',
    sha256: 'c'.repeat(64),
    classification: 'internal' as const,
  };
  const found = (fields: Partial<CollectedFinding>): CollectedFinding => ({
    requirement: 'SR-2',
    status: 'complete',
    evidence: [source],
    collector: 'evident threat-model',
    ...fields,
  });

  it('stamps each item with the collector, the commit and the time, under an id derived from its content', () => {
    const merged = mergeFindings([found({})], context);
    expect(merged).toEqual({
      status: 'complete',
      evidence: [
        {
          id: expect.stringMatching(/^threat-model-[0-9a-f]{16}$/),
          kind: 'threat-model',
          title: 'found',
          path: 'tm.yml',
          sha256: 'c'.repeat(64),
          commit: 'a'.repeat(40),
          collectedAt: '2026-03-01T00:00:00.000Z',
          collector: { name: 'evident threat-model', version: '0.1.0' },
          classification: 'internal',
        },
      ],
    });
    expect(mergeFindings([found({})], { ...context, version: '9.9.9' }).evidence[0]?.id).toBe(
      merged.evidence[0]?.id,
    );
    expect(mergeFindings([found({ requirement: 'SD-2' })], context).evidence[0]?.id).not.toBe(
      merged.evidence[0]?.id,
    );
  });

  it('lets the least complete finding win, joins distinct reasons and keeps every item', () => {
    const merged = mergeFindings(
      [
        found({}),
        found({
          status: 'partial',
          reason: 'b.yml: no threat-model review recorded',
          evidence: [{ ...source, path: 'b.yml' }],
        }),
        found({ status: 'none', reason: 'c.yml: the model has no threats', evidence: [] }),
      ],
      context,
    );
    expect(merged.status).toBe('partial');
    expect(merged.reason).toBe('b.yml: no threat-model review recorded; c.yml: the model has no threats');
    expect(merged.evidence.map((item) => item.path)).toEqual(['tm.yml', 'b.yml']);
  });

  it('leaves out the commit outside a git repository', () => {
    const { commit: _commit, ...noCommit } = context;
    expect(mergeFindings([found({})], noCommit).evidence[0]).not.toHaveProperty('commit');
  });
});

describe('assessRequirements with a threat model', () => {
  const config = loadConfig(
    'version: 1\nproducts:\n  - id: plc-3000\n    name: PLC\n    type: embedded-device\n',
  );
  const input = {
    products: config.products,
    versions: {},
    repository: { commit: 'a'.repeat(40), dirty: false },
    generatedAt: new Date('2026-03-01T00:00:00Z'),
    timeSource: 'commit' as const,
    generator: { name: 'evident', version: '0.1.0' },
  };
  const text = readFileSync(
    new URL('../../../examples/plc-system/threat-model.yml', import.meta.url),
    'utf8',
  );
  const check = checkThreatModel(loadThreatModel(text, 'threat-model.yml'), { products: ['plc-3000'] });
  const model: ThreatModelFacts = { path: 'threat-model.yml', sha256: sha256Hex(text), check };

  it('takes the ten requirements from the model and leaves the other 37 as they were', () => {
    const pack = assessRequirements({ ...input, threatModels: [model] });
    const byId = Object.fromEntries(pack.requirements.map((result) => [result.id, result]));
    expect(
      ['SR-1', 'SR-2', 'SR-3', 'SR-4', 'SR-5', 'SD-1', 'SD-2', 'SD-3', 'SVV-1', 'SVV-2'].map((id) => [
        id,
        byId[id]?.status,
      ]),
    ).toEqual([
      ['SR-1', 'complete'],
      ['SR-2', 'complete'],
      ['SR-3', 'complete'],
      ['SR-4', 'complete'],
      ['SR-5', 'complete'],
      ['SD-1', 'complete'],
      ['SD-2', 'partial'],
      ['SD-3', 'complete'],
      ['SVV-1', 'not-collected'],
      ['SVV-2', 'not-collected'],
    ]);
    expect(byId['SD-2']?.reason).toBe('threat-model.yml: 1 mitigation(s) not implemented');
    const others = pack.requirements.filter(
      (result) => !result.evidence.length && result.reason === 'no collector yet',
    );
    expect(others).toHaveLength(37);
    expect(pack.summary).toEqual({
      complete: 7,
      partial: 1,
      none: 37,
      'not-collected': 2,
      'not-applicable': 0,
    });
    // The pack only points to the internal model: it stays customer class.
    expect(pack.classification).toBe('customer');
    expect(byId['SR-1']?.evidence[0]).toMatchObject({ path: 'threat-model.yml', classification: 'internal' });
  });

  it('is valid against the pack schema', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    (addFormats as unknown as (ajv: Ajv) => void)(ajv);
    const validate = ajv.compile(PackSchema);
    expect(
      validate(assessRequirements({ ...input, threatModels: [model] })),
      JSON.stringify(validate.errors),
    ).toBe(true);
  });

  it('merges several products’ models: a requirement is complete only when every model shows it', () => {
    const bare = checkThreatModel(
      // The example's threat-model review is the last entry of the file.
      loadThreatModel(text.slice(0, text.indexOf('  - kind: threat-model\n')), 'other.yml'),
      { products: ['plc-3000'] },
    );
    const pack = assessRequirements({
      ...input,
      threatModels: [model, { path: 'other.yml', sha256: 'd'.repeat(64), check: bare }],
    });
    const sr2 = pack.requirements.find((result) => result.id === 'SR-2');
    expect(sr2?.status).toBe('partial');
    expect(sr2?.reason).toBe('other.yml: no threat-model review recorded');
    expect(sr2?.evidence.map((item) => item.path)).toEqual(['threat-model.yml', 'other.yml']);
  });

  it('lists the evidence under each practice in the built-in summary', async () => {
    const template = readFileSync(new URL('../../../templates/pack/summary.md.hbs', import.meta.url), 'utf8');
    const renderer = createRenderer({ source: memoryTemplateSource({ 'pack/summary.md': template }) });
    const files = await layOutPack(assessRequirements({ ...input, threatModels: [model] }), renderer);
    const summary = files.get('summary.md') ?? '';
    expect(summary).toContain(
      `| SD-2 Defense in depth design | partial | threat-model.yml: 1 mitigation(s) not implemented |`,
    );
    expect(summary).toContain(
      `- SR-3: 26 security requirements in the register (\`threat-model.yml\`, internal, SHA-256 \`${model.sha256}\`)\n`,
    );
    expect(summary).not.toContain('- SM-');
  });
});
