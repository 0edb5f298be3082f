import type { EvidenceStatus } from '@evident/core';
import type { FindingCode, ThreatModelCheck } from '@evident/threat-model';
import type { Collector, Finding } from './collector.js';

/** What the threat-model collector reads: a model file, its hash, and its check. */
export interface ThreatModelFacts {
  /** Repository-relative path of the model. */
  readonly path: string;
  /** SHA-256 of the model's bytes as they were checked. */
  readonly sha256: string;
  readonly check: ThreatModelCheck;
}

/** What the threat model shows for one 4-1 requirement. */
export interface ThreatModelEvidence {
  readonly status: Exclude<EvidenceStatus, 'not-applicable'>;
  /** What was found: counts and review records, never a threat, finding or failure text. */
  readonly evidence: string;
  /** What is missing, when the status is short of complete. */
  readonly reason?: string;
}

/** The requirements the threat model gives evidence for, in catalogue order. */
export const threatModelRequirements = [
  'SR-1',
  'SR-2',
  'SR-3',
  'SR-4',
  'SR-5',
  'SD-1',
  'SD-2',
  'SD-3',
  'SVV-1',
  'SVV-2',
] as const;

/** One of the requirements the threat model gives evidence for. */
export type ThreatModelRequirement = (typeof threatModelRequirements)[number];

/**
 * What the threat model shows for each of SR-1…SR-5, SD-1…SD-3, SVV-1 and SVV-2. Evidence
 * completeness, never a conformance claim: the assessor judges.
 */
export function mapThreatModel(check: ThreatModelCheck): Record<ThreatModelRequirement, ThreatModelEvidence> {
  return {
    'SR-1': securityContext(check),
    'SR-2': threatAnalysis(check),
    'SR-3': requirementsRegister(check),
    'SR-4': securityLevels(check),
    'SR-5': review(check, 'security-requirements', 'SR-5'),
    'SD-1': dataFlowDesign(check),
    'SD-2': defenceInDepth(check),
    'SD-3': review(check, 'design', 'SD-3'),
    'SVV-1': testEvidence(check, 'requirement', 'requirements'),
    'SVV-2': testEvidence(check, 'mitigation', 'mitigations'),
  };
}

/**
 * The first collector: the threat model's evidence for its ten requirements, per model file.
 * A failing check caps the requirements its failures concern at partial: the pack is shared
 * with an assessor (customer class), so it says that the check fails and where the details
 * are (the internal threat-model report), never which threat or gap it is.
 */
export const threatModelCollector: Collector<readonly ThreatModelFacts[]> = {
  name: 'evident threat-model',
  collect: (models) => models.flatMap(collectThreatModel),
};

/** The findings of one model file, in catalogue order. */
export function collectThreatModel(facts: ThreatModelFacts): Finding[] {
  const mapped = mapThreatModel(facts.check);
  const failing = failingRequirements(facts.check);
  return threatModelRequirements.map((requirement) => {
    const entry = mapped[requirement];
    const capped = failing.has(requirement);
    const status = capped && entry.status === 'complete' ? 'partial' : entry.status;
    const reasons = [
      ...(entry.reason === undefined ? [] : [entry.reason]),
      ...(capped
        ? ['the threat-model check fails; its failures are in the threat-model report (internal)']
        : []),
    ];
    const found = status === 'complete' || status === 'partial';
    return {
      requirement,
      status,
      ...(reasons.length === 0 ? {} : { reason: `${facts.path}: ${reasons.join('; ')}` }),
      evidence: found
        ? [
            {
              kind: 'threat-model',
              title: entry.evidence,
              path: facts.path,
              sha256: facts.sha256,
              // The model lists open threats: the assessor samples it, the pack only points to it.
              classification: 'internal',
            },
          ]
        : [],
    };
  });
}

// Which requirements a failure of the check concerns; a code not listed concerns SR-2, the
// threat model itself.
const failureRequirements: Partial<Record<FindingCode, readonly ThreatModelRequirement[]>> = {
  'threat-above-tolerable-risk': ['SR-2', 'SD-2'],
  'mitigation-not-implemented': ['SD-2'],
  'sl-gap-uncovered': ['SR-4'],
  'untriaged-suggestion': ['SR-2'],
  'requirement-not-met': ['SR-3'],
  'test-failed': ['SVV-1', 'SVV-2'],
  'test-missing': ['SVV-1', 'SVV-2'],
  'no-tests': ['SVV-1', 'SVV-2'],
};

function failingRequirements(check: ThreatModelCheck): Set<ThreatModelRequirement> {
  return new Set(check.failures.flatMap((failure) => failureRequirements[failure.code] ?? ['SR-2']));
}

function status(complete: boolean, partial: boolean): ThreatModelEvidence['status'] {
  return complete ? 'complete' : partial ? 'partial' : 'none';
}

/** The evidence, with the reasons that apply joined when the status is short of complete. */
function evidenceOf(
  state: ThreatModelEvidence['status'],
  evidence: string,
  reasons: readonly (string | false)[],
): ThreatModelEvidence {
  const missing = reasons.filter((reason): reason is string => reason !== false);
  return state === 'complete' || missing.length === 0
    ? { status: state, evidence }
    : { status: state, evidence, reason: missing.join('; ') };
}

function counter(check: ThreatModelCheck): (key: string) => number {
  return (key) => check.counts[key] ?? 0;
}

function securityContext(check: ThreatModelCheck): ThreatModelEvidence {
  const count = counter(check);
  return evidenceOf(
    status(count('zones') > 0 && count('components') > 0, true),
    `product security context with ${count('zones')} assumed zones, ${count('conduits')} conduits, ${count('components')} components`,
    [
      count('zones') === 0 && 'the context assumes no zones',
      count('components') === 0 && 'the model has no components',
    ],
  );
}

function threatAnalysis(check: ThreatModelCheck): ThreatModelEvidence {
  const count = counter(check);
  const reviewed = check.reviews.some((row) => row.kind === 'threat-model');
  return evidenceOf(
    status(count('threats') > 0 && count('untriagedSuggestions') === 0 && reviewed, count('threats') > 0),
    `${count('threats')} threats rated by likelihood × impact; ${count('untriagedSuggestions')} untriaged rule suggestions; ${count('strideGaps')} STRIDE gaps`,
    [
      count('threats') === 0 && 'the model has no threats',
      count('untriagedSuggestions') > 0 && `${count('untriagedSuggestions')} rule suggestion(s) untriaged`,
      !reviewed && 'no threat-model review recorded',
    ],
  );
}

function requirementsRegister(check: ThreatModelCheck): ThreatModelEvidence {
  const count = counter(check);
  return evidenceOf(
    status(count('requirements') > 0, false),
    `${count('requirements')} security requirements in the register`,
    ['the requirements register is empty'],
  );
}

function securityLevels(check: ThreatModelCheck): ThreatModelEvidence {
  const requirements = check.traceability.filter((entry) => entry.kind === 'requirement');
  const gaps = check.securityLevels.flatMap((component) => component.levels.filter((level) => level.gap));
  const covered = gaps.filter((gap) => gap.countermeasure !== undefined).length;
  const mapped = requirements.some((entry) => entry.satisfies.length > 0);
  return evidenceOf(
    status(mapped && gaps.length === covered, requirements.length > 0),
    `requirements mapped to 62443-4-2; ${gaps.length} SL-C < SL-T gaps, ${covered} covered by compensating countermeasures`,
    [
      requirements.length === 0 && 'the requirements register is empty',
      requirements.length > 0 && !mapped && 'no requirement names the 62443-4-2 requirement it satisfies',
      gaps.length > covered &&
        `${gaps.length - covered} SL-C < SL-T gap(s) without a compensating countermeasure`,
    ],
  );
}

function review(check: ThreatModelCheck, kind: string, requirement: string): ThreatModelEvidence {
  const row = check.reviews.find((entry) => entry.kind === kind);
  if (!row)
    return { status: 'none', evidence: `no ${kind} review recorded`, reason: `no ${kind} review recorded` };
  return evidenceOf(
    status(row.outcome !== 'rejected' && row.openFindings === 0, true),
    `${requirement}: ${kind} review of ${row.date} at ${row.commit} by ${row.reviewers.join(', ')}: ${row.outcome}, ${row.openFindings} open finding(s)`,
    [
      row.outcome === 'rejected' && `the latest ${kind} review rejected`,
      row.openFindings > 0 && `the latest ${kind} review has ${row.openFindings} open finding(s)`,
    ],
  );
}

function dataFlowDesign(check: ThreatModelCheck): ThreatModelEvidence {
  const count = counter(check);
  return evidenceOf(
    status(count('elements') > 0 && count('flows') > 0, count('elements') > 0),
    `data-flow design: ${count('elements')} elements, ${count('flows')} flows`,
    [
      count('elements') === 0 && 'the model has no data-flow elements',
      count('flows') === 0 && 'the model has no flows',
    ],
  );
}

function defenceInDepth(check: ThreatModelCheck): ThreatModelEvidence {
  const count = counter(check);
  const mitigations = check.traceability.filter((entry) => entry.kind === 'mitigation');
  const implemented = mitigations.filter((entry) => entry.status === 'implemented').length;
  return evidenceOf(
    status(count('mitigations') > 0 && implemented === mitigations.length, count('mitigations') > 0),
    `${count('mitigations')} mitigations (defence in depth), ${implemented} implemented`,
    [
      count('mitigations') === 0 && 'the model has no mitigations',
      implemented < mitigations.length && `${mitigations.length - implemented} mitigation(s) not implemented`,
    ],
  );
}

function testEvidence(
  check: ThreatModelCheck,
  kind: 'requirement' | 'mitigation',
  what: string,
): ThreatModelEvidence {
  const entries = check.traceability.filter((entry) => entry.kind === kind);
  const passed = entries.filter((entry) => entry.result === 'passed').length;
  const evidence = `${passed} of ${entries.length} ${what} with passing tests`;
  if (!check.testsChecked) {
    return {
      status: 'not-collected',
      evidence,
      reason: 'no JUnit results were given to the threat-model check',
    };
  }
  return evidenceOf(status(passed === entries.length && entries.length > 0, passed > 0), evidence, [
    entries.length === 0
      ? `the model has no ${what}`
      : `${entries.length - passed} of ${entries.length} ${what} without a passing test`,
  ]);
}
