import { readFileSync } from 'node:fs';
import { sha256Hex } from '@evident/core';
import {
  checkThreatModel,
  loadThreatModel,
  parseJUnit,
  type ReviewRow,
  type ThreatModelCheck,
  type TraceEntry,
} from '@evident/threat-model';
import { describe, expect, it } from 'vitest';
import {
  collectThreatModel,
  mapThreatModel,
  summarizeThreatModel,
  type ThreatModelFacts,
  threatModelRequirements,
} from '../src/index.js';

/** A check of a complete model: every one of the ten requirements has full evidence. */
function completeCheck(): ThreatModelCheck {
  return {
    title: 'PLC',
    product: 'plc',
    passed: true,
    tolerableRisk: 6,
    failures: [],
    warnings: [],
    counts: {
      zones: 2,
      conduits: 1,
      components: 3,
      elements: 4,
      flows: 5,
      threats: 6,
      mitigations: 1,
      requirements: 1,
      strideGaps: 7,
      untriagedSuggestions: 0,
    },
    threats: [],
    suggestions: [],
    strideGaps: [],
    securityLevels: [
      {
        component: 'plc',
        type: 'embedded-device',
        zone: 'control',
        levels: [{ fr: 'FR1', slC: 1, slT: 2, missing: ['CR 1.2'], gap: true, countermeasure: 'CM-1' }],
      },
    ],
    traceability: [
      trace({ kind: 'requirement', id: 'R1', status: 'met', satisfies: ['CR 1.1'] }),
      trace({ kind: 'mitigation', id: 'M1', status: 'implemented' }),
    ],
    reviews: [
      review({ kind: 'threat-model', requirement: 'SR-2' }),
      review({ kind: 'security-requirements', requirement: 'SR-5' }),
      review({ kind: 'design', requirement: 'SD-3' }),
    ],
    dependencies: [],
    testsChecked: true,
  };
}

function trace(fields: Partial<TraceEntry> & Pick<TraceEntry, 'kind' | 'id'>): TraceEntry {
  return {
    title: fields.id,
    status: 'met',
    satisfies: [],
    threats: [],
    links: [],
    code: [],
    tests: [],
    result: 'passed',
    ...fields,
  };
}

function review(fields: Pick<ReviewRow, 'kind' | 'requirement'> & Partial<ReviewRow>): ReviewRow {
  return {
    date: '2026-11-26',
    commit: '0214675',
    outcome: 'approved',
    reviewers: ['Ada (architect)'],
    openFindings: 0,
    ...fields,
  };
}

/** The complete check with some fields replaced, and counts merged. */
function checkWith(fields: Partial<ThreatModelCheck>): ThreatModelCheck {
  const base = completeCheck();
  return { ...base, ...fields, counts: { ...base.counts, ...fields.counts } };
}

const facts = (check: ThreatModelCheck): ThreatModelFacts => ({
  path: 'model/tm.yml',
  sha256: 'b'.repeat(64),
  check,
});

/** Requirement id → status of the collector's findings. */
function statuses(check: ThreatModelCheck): Record<string, string> {
  return Object.fromEntries(
    collectThreatModel(facts(check)).map((finding) => [finding.requirement, finding.status]),
  );
}

function finding(check: ThreatModelCheck, requirement: string) {
  const found = collectThreatModel(facts(check)).find((entry) => entry.requirement === requirement);
  if (!found) throw new Error(`no finding for ${requirement}`);
  return found;
}

describe('collectThreatModel: complete', () => {
  it('gives complete evidence for all ten requirements, each pointing to the model as an internal file', () => {
    const findings = collectThreatModel(facts(completeCheck()));
    expect(findings.map((entry) => entry.requirement)).toEqual([...threatModelRequirements]);
    for (const entry of findings) {
      expect(entry.status, entry.requirement).toBe('complete');
      expect(entry.reason, entry.requirement).toBeUndefined();
      expect(entry.evidence).toHaveLength(1);
      expect(entry.evidence[0]).toMatchObject({
        kind: 'threat-model',
        path: 'model/tm.yml',
        sha256: 'b'.repeat(64),
        classification: 'internal',
      });
    }
    expect(findings.map((entry) => entry.evidence[0]?.title)).toEqual([
      'product security context with 2 assumed zones, 1 conduits, 3 components',
      '6 threats rated by likelihood × impact; 0 untriaged rule suggestions; 7 STRIDE gaps',
      '1 security requirements in the register',
      'requirements mapped to 62443-4-2; 1 SL-C < SL-T gaps, 1 covered by compensating countermeasures',
      'SR-5: security-requirements review of 2026-11-26 at 0214675 by Ada (architect): approved, 0 open finding(s)',
      'data-flow design: 4 elements, 5 flows',
      '1 mitigations (defence in depth), 1 implemented',
      'SD-3: design review of 2026-11-26 at 0214675 by Ada (architect): approved, 0 open finding(s)',
      '1 of 1 requirements with passing tests',
      '1 of 1 mitigations with passing tests',
    ]);
  });
});

describe('collectThreatModel: partial and none, per requirement', () => {
  const requirement = trace({ kind: 'requirement', id: 'R1', satisfies: ['CR 1.1'] });
  const mitigation = trace({ kind: 'mitigation', id: 'M1', status: 'implemented' });
  const rows: [string, string, ThreatModelCheck, string, string | undefined][] = [
    ['SR-1', 'partial', checkWith({ counts: { zones: 0 } }), 'partial', 'the context assumes no zones'],
    ['SR-1', 'partial', checkWith({ counts: { components: 0 } }), 'partial', 'the model has no components'],
    // SR-1 is never none: every model states its context (intended use, environment, tolerable risk).
    [
      'SR-2',
      'partial',
      checkWith({ counts: { untriagedSuggestions: 2 } }),
      'partial',
      '2 rule suggestion(s) untriaged',
    ],
    ['SR-2', 'partial', checkWith({ reviews: [] }), 'partial', 'no threat-model review recorded'],
    ['SR-2', 'none', checkWith({ counts: { threats: 0 } }), 'none', 'the model has no threats'],
    // SR-3 is never partial: a register either holds security requirements or it does not.
    [
      'SR-3',
      'none',
      checkWith({ counts: { requirements: 0 } }),
      'none',
      'the requirements register is empty',
    ],
    [
      'SR-4',
      'partial',
      checkWith({ traceability: [{ ...requirement, satisfies: [] }, mitigation] }),
      'partial',
      'no requirement names the 62443-4-2 requirement it satisfies',
    ],
    [
      'SR-4',
      'partial',
      checkWith({
        securityLevels: [
          {
            component: 'plc',
            type: 'embedded-device',
            zone: 'control',
            levels: [{ fr: 'FR3', slC: 0, slT: 2, missing: ['CR 3.1'], gap: true }],
          },
        ],
      }),
      'partial',
      '1 SL-C < SL-T gap(s) without a compensating countermeasure',
    ],
    ['SR-4', 'none', checkWith({ traceability: [mitigation] }), 'none', 'the requirements register is empty'],
    [
      'SR-5',
      'partial',
      checkWith({
        reviews: [review({ kind: 'security-requirements', requirement: 'SR-5', openFindings: 2 })],
      }),
      'partial',
      'the latest security-requirements review has 2 open finding(s)',
    ],
    [
      'SR-5',
      'partial',
      checkWith({
        reviews: [review({ kind: 'security-requirements', requirement: 'SR-5', outcome: 'rejected' })],
      }),
      'partial',
      'the latest security-requirements review rejected',
    ],
    ['SR-5', 'none', checkWith({ reviews: [] }), 'none', 'no security-requirements review recorded'],
    ['SD-1', 'partial', checkWith({ counts: { flows: 0 } }), 'partial', 'the model has no flows'],
    [
      'SD-1',
      'none',
      checkWith({ counts: { elements: 0, flows: 0 } }),
      'none',
      'the model has no data-flow elements; the model has no flows',
    ],
    [
      'SD-2',
      'partial',
      checkWith({
        counts: { mitigations: 2 },
        traceability: [requirement, mitigation, { ...mitigation, id: 'M2', status: 'planned' }],
      }),
      'partial',
      '1 mitigation(s) not implemented',
    ],
    [
      'SD-2',
      'none',
      checkWith({ counts: { mitigations: 0 }, traceability: [requirement] }),
      'none',
      'the model has no mitigations',
    ],
    [
      'SD-3',
      'partial',
      checkWith({
        reviews: [review({ kind: 'design', requirement: 'SD-3', outcome: 'rejected', openFindings: 1 })],
      }),
      'partial',
      'the latest design review rejected; the latest design review has 1 open finding(s)',
    ],
    ['SD-3', 'none', checkWith({ reviews: [] }), 'none', 'no design review recorded'],
    [
      'SVV-1',
      'partial',
      checkWith({
        traceability: [requirement, { ...requirement, id: 'R2', result: 'no-tests' }, mitigation],
      }),
      'partial',
      '1 of 2 requirements without a passing test',
    ],
    [
      'SVV-1',
      'none',
      checkWith({ traceability: [{ ...requirement, result: 'missing' }, mitigation] }),
      'none',
      '1 of 1 requirements without a passing test',
    ],
    [
      'SVV-1',
      'none (empty)',
      checkWith({ traceability: [mitigation] }),
      'none',
      'the model has no requirements',
    ],
    [
      'SVV-1',
      'not-collected',
      checkWith({ testsChecked: false }),
      'not-collected',
      'no JUnit results were given to the threat-model check',
    ],
    [
      'SVV-2',
      'partial',
      checkWith({ traceability: [requirement, mitigation, { ...mitigation, id: 'M2', result: 'failed' }] }),
      'partial',
      '1 of 2 mitigations without a passing test',
    ],
    [
      'SVV-2',
      'none',
      checkWith({ traceability: [requirement, { ...mitigation, result: 'not-met' }] }),
      'none',
      '1 of 1 mitigations without a passing test',
    ],
    [
      'SVV-2',
      'not-collected',
      checkWith({ testsChecked: false }),
      'not-collected',
      'no JUnit results were given to the threat-model check',
    ],
  ];

  it.each(rows)('%s %s', (id, _case, check, status, reason) => {
    const entry = finding(check, id);
    expect(entry.status).toBe(status);
    expect(entry.reason).toBe(`model/tm.yml: ${reason}`);
    // A file to sample only where something was found.
    expect(entry.evidence).toHaveLength(status === 'partial' ? 1 : 0);
  });

  it('changes only the requirement the case concerns', () => {
    expect(
      Object.values(
        statuses(
          checkWith({
            reviews: [
              review({ kind: 'design', requirement: 'SD-3', openFindings: 1 }),
              review({ kind: 'threat-model', requirement: 'SR-2' }),
              review({ kind: 'security-requirements', requirement: 'SR-5' }),
            ],
          }),
        ),
      ),
    ).toEqual([
      'complete',
      'complete',
      'complete',
      'complete',
      'complete',
      'complete',
      'complete',
      'partial',
      'complete',
      'complete',
    ]);
  });
});

describe('collectThreatModel: a failing check', () => {
  const failing = checkWith({
    passed: false,
    failures: [
      {
        code: 'threat-above-tolerable-risk',
        subject: 'T-07',
        message: 'open threat T-07 has risk 3×3 = 9, above the tolerable 6',
      },
      {
        code: 'sl-gap-uncovered',
        subject: 'hmi-panel',
        message: 'hmi-panel: SL-C(FR1) 0 < assumed SL-T 2 of zone cell',
      },
    ],
    threats: [
      {
        id: 'T-07',
        title: 'Firmware replaced over the debug port',
        stride: 'tampering',
        frs: ['FR3'],
        targets: ['jtag'],
        likelihood: 3,
        impact: 3,
        risk: 9,
        aboveTolerable: true,
        status: 'open',
        mitigations: [],
      },
    ],
  });

  it('caps the requirements its failures concern at partial, and says where the details are', () => {
    expect(statuses(failing)).toEqual({
      'SR-1': 'complete',
      'SR-2': 'partial',
      'SR-3': 'complete',
      'SR-4': 'partial',
      'SR-5': 'complete',
      'SD-1': 'complete',
      'SD-2': 'partial',
      'SD-3': 'complete',
      'SVV-1': 'complete',
      'SVV-2': 'complete',
    });
    expect(finding(failing, 'SR-2').reason).toBe(
      'model/tm.yml: the threat-model check fails; its failures are in the threat-model report (internal)',
    );
  });

  it('never names the open threat, its target or a failure message (the pack is customer class)', () => {
    const text = JSON.stringify(collectThreatModel(facts(failing)));
    for (const secret of ['T-07', 'Firmware replaced', 'jtag', 'hmi-panel', 'above the tolerable']) {
      expect(text).not.toContain(secret);
    }
  });

  it('caps SR-2 for a failure code it does not map to a requirement', () => {
    const check = checkWith({
      passed: false,
      failures: [{ code: 'stale-dismissal', subject: 'x', message: 'x' }],
    });
    expect(statuses(check)['SR-2']).toBe('partial');
  });

  it('keeps a status already short of complete as it is', () => {
    const check = checkWith({
      passed: false,
      counts: { mitigations: 0 },
      traceability: [trace({ kind: 'requirement', id: 'R1', satisfies: ['CR 1.1'] })],
      failures: [{ code: 'mitigation-not-implemented', subject: 'M1', message: 'M1' }],
    });
    expect(finding(check, 'SD-2')).toMatchObject({
      status: 'none',
      reason:
        'model/tm.yml: the model has no mitigations; the threat-model check fails; its failures are in the threat-model report (internal)',
    });
  });
});

describe('the PLC example', () => {
  const directory = new URL('../../../examples/plc-system/', import.meta.url);
  const text = readFileSync(new URL('threat-model.yml', directory), 'utf8');
  const loaded = loadThreatModel(text, 'threat-model.yml');

  it('is complete where its model and test results are, and says what is missing elsewhere', () => {
    const results = parseJUnit(
      readFileSync(new URL('test-results/junit.xml', directory), 'utf8'),
      'junit.xml',
    );
    const check = checkThreatModel(loaded, { results, products: ['plc-3000'] });
    const findings = collectThreatModel({ path: 'threat-model.yml', sha256: sha256Hex(text), check });
    expect(Object.fromEntries(findings.map((entry) => [entry.requirement, entry.status]))).toEqual(
      Object.fromEntries(Object.entries(mapThreatModel(check)).map(([id, entry]) => [id, entry.status])),
    );
    expect(check.passed).toBe(true);
  });

  it('gives the summary the statuses the check maps to (SVV-1 complete with passing tests, none without a review)', () => {
    const check = checkThreatModel(loaded, { products: ['plc-3000'] });
    const summary = summarizeThreatModel(check);
    expect(summary.format).toBe('evident-threat-model-summary/1');
    expect(summary.classification).toBe('internal');
    expect(Object.keys(summary.requirements)).toEqual([...threatModelRequirements]);
    expect(summary.requirements['SVV-1']).toEqual({
      status: 'not-collected',
      evidence: expect.stringMatching(/^0 of \d+ requirements with passing tests$/),
    });
  });
});

describe('summarizeThreatModel', () => {
  it('keeps the mapping uncapped: it carries passed and the failures itself', () => {
    const check = checkWith({
      passed: false,
      failures: [{ code: 'threat-above-tolerable-risk', subject: 'T1', message: 'open threat T1' }],
    });
    const summary = summarizeThreatModel(check);
    expect(summary.requirements['SR-2']).toEqual({
      status: 'complete',
      evidence: '6 threats rated by likelihood × impact; 0 untriaged rule suggestions; 7 STRIDE gaps',
    });
    expect(summary.passed).toBe(false);
    expect(summary.failures).toEqual(check.failures);
  });

  it('gives SVV-1 complete and SR-5 none for a model whose requirement passes its test but has no review', () => {
    const summary = summarizeThreatModel(checkWith({ reviews: [] }));
    expect(summary.requirements['SVV-1']?.status).toBe('complete');
    expect(summary.requirements['SR-5']).toEqual({
      status: 'none',
      evidence: 'no security-requirements review recorded',
    });
  });
});
