import type { EvidenceStatus } from '@evident/core';
import type { ThreatModelCheck } from '@evident/threat-model';
import { mapThreatModel, type ThreatModelRequirement } from './threat-model-collector.js';

/** The evidence one 4-1 requirement gets from the threat model. */
export interface PracticeEvidence {
  readonly status: EvidenceStatus;
  readonly evidence: string;
}

/**
 * `threat-model-summary.json`, written by `evident threat-model report`: the check's counts,
 * failures and security levels with the threat model's evidence for SR-1…SR-5, SD-1…SD-3, SVV-1
 * and SVV-2. Internal: it lists the failures, which name open threats.
 */
export interface ThreatModelSummary {
  readonly format: 'evident-threat-model-summary/1';
  readonly classification: 'internal';
  readonly title: string;
  readonly product?: string;
  readonly passed: boolean;
  readonly counts: Readonly<Record<string, number>>;
  readonly requirements: Readonly<Record<ThreatModelRequirement, PracticeEvidence>>;
  readonly securityLevels: ThreatModelCheck['securityLevels'];
  readonly failures: ThreatModelCheck['failures'];
}

/**
 * The summary of a check, from the same mapping the pack's threat-model collector uses. It
 * carries `passed` and the failures themselves, so its statuses are the mapping's, not capped
 * by a failing check as the pack's are.
 */
export function summarizeThreatModel(check: ThreatModelCheck): ThreatModelSummary {
  const mapped = mapThreatModel(check);
  const requirements = Object.fromEntries(
    Object.entries(mapped).map(([id, entry]) => [id, { status: entry.status, evidence: entry.evidence }]),
  ) as Record<ThreatModelRequirement, PracticeEvidence>;
  return {
    format: 'evident-threat-model-summary/1',
    classification: 'internal',
    title: check.title,
    ...(check.product === undefined ? {} : { product: check.product }),
    passed: check.passed,
    counts: check.counts,
    requirements,
    securityLevels: check.securityLevels,
    failures: check.failures,
  };
}
