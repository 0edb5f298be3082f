import type { EvidenceStatus } from '@evident/core';
import type { ThreatModelCheck } from './check.js';

/** The evidence one 4-1 requirement gets from the threat model. */
export interface PracticeEvidence {
  readonly status: EvidenceStatus;
  readonly evidence: string;
}

/** The JSON summary a compliance pack includes: SR-1…SR-5, SD-1…SD-3, SVV-1, SVV-2. */
export interface ThreatModelSummary {
  readonly format: 'evident-threat-model-summary/1';
  readonly classification: 'internal';
  readonly title: string;
  readonly product?: string;
  readonly passed: boolean;
  readonly counts: Readonly<Record<string, number>>;
  readonly requirements: Readonly<Record<string, PracticeEvidence>>;
  readonly securityLevels: ThreatModelCheck['securityLevels'];
  readonly failures: ThreatModelCheck['failures'];
}

function status(complete: boolean, partial: boolean): EvidenceStatus {
  return complete ? 'complete' : partial ? 'partial' : 'none';
}

/**
 * What the threat model shows for each 4-1 requirement. Evidence completeness, never a
 * conformance claim: the assessor judges.
 */
export function summarizeForPack(check: ThreatModelCheck): ThreatModelSummary {
  const count = (key: string) => check.counts[key] ?? 0;
  const review = (kind: string) => check.reviews.find((row) => row.kind === kind);
  const requirements = check.traceability.filter((entry) => entry.kind === 'requirement');
  const mitigations = check.traceability.filter((entry) => entry.kind === 'mitigation');
  const testEvidence = (entries: typeof requirements, what: string): PracticeEvidence => {
    const passed = entries.filter((entry) => entry.result === 'passed').length;
    return {
      status: check.testsChecked
        ? status(passed === entries.length && entries.length > 0, passed > 0)
        : 'not-collected',
      evidence: `${passed} of ${entries.length} ${what} with passing tests`,
    };
  };
  const gaps = check.securityLevels.flatMap((component) => component.levels.filter((level) => level.gap));
  const covered = gaps.filter((gap) => gap.countermeasure !== undefined).length;
  const reviewEvidence = (kind: string, requirement: string): PracticeEvidence => {
    const row = review(kind);
    return row
      ? {
          status: status(row.outcome !== 'rejected' && row.openFindings === 0, true),
          evidence: `${requirement}: ${kind} review of ${row.date} at ${row.commit} by ${row.reviewers.join(', ')}: ${row.outcome}, ${row.openFindings} open finding(s)`,
        }
      : { status: 'none', evidence: `no ${kind} review recorded` };
  };
  return {
    format: 'evident-threat-model-summary/1',
    classification: 'internal',
    title: check.title,
    ...(check.product === undefined ? {} : { product: check.product }),
    passed: check.passed,
    counts: check.counts,
    requirements: {
      'SR-1': {
        status: status(count('zones') > 0 && count('components') > 0, true),
        evidence: `product security context with ${count('zones')} assumed zones, ${count('conduits')} conduits, ${count('components')} components`,
      },
      'SR-2': {
        status: status(
          count('threats') > 0 && count('untriagedSuggestions') === 0 && review('threat-model') !== undefined,
          count('threats') > 0,
        ),
        evidence: `${count('threats')} threats rated by likelihood × impact; ${count('untriagedSuggestions')} untriaged rule suggestions; ${count('strideGaps')} STRIDE gaps`,
      },
      'SR-3': {
        status: status(count('requirements') > 0, false),
        evidence: `${count('requirements')} security requirements in the register`,
      },
      'SR-4': {
        status: status(
          requirements.some((entry) => entry.satisfies.length > 0) && gaps.length === covered,
          requirements.length > 0,
        ),
        evidence: `requirements mapped to 62443-4-2; ${gaps.length} SL-C < SL-T gaps, ${covered} covered by compensating countermeasures`,
      },
      'SR-5': reviewEvidence('security-requirements', 'SR-5'),
      'SD-1': {
        status: status(count('elements') > 0 && count('flows') > 0, count('elements') > 0),
        evidence: `data-flow design: ${count('elements')} elements, ${count('flows')} flows`,
      },
      'SD-2': {
        status: status(
          count('mitigations') > 0 && mitigations.every((entry) => entry.status === 'implemented'),
          count('mitigations') > 0,
        ),
        evidence: `${count('mitigations')} mitigations (defence in depth), ${mitigations.filter((entry) => entry.status === 'implemented').length} implemented`,
      },
      'SD-3': reviewEvidence('design', 'SD-3'),
      'SVV-1': testEvidence(requirements, 'requirements'),
      'SVV-2': testEvidence(mitigations, 'mitigations'),
    },
    securityLevels: check.securityLevels,
    failures: check.failures,
  };
}
