import {
  type Classification,
  canonicalJson,
  type EvidenceItem,
  type EvidenceStatus,
  sha256Hex,
} from '@evident/core';

/**
 * The collector pattern. A collector is a pure function from facts (what an adapter read or
 * checked: a threat-model check, later an SBOM, CI runs, reviews) to findings: per 4-1
 * requirement, how complete the evidence is, what was found and which files an assessor can
 * sample, each with its confidentiality class. The assessment merges the findings of every
 * collector over the catalogue; a requirement no collector covers keeps the catalogue default.
 */

/** A file (or record) an assessor can sample for a requirement. */
export interface EvidenceSource {
  /** e.g. threat-model, sbom, document, review. */
  readonly kind: string;
  /** What was found in it for this requirement, in words fit for the pack's class. */
  readonly title: string;
  /** Repository-relative path. */
  readonly path: string;
  /** SHA-256 of the bytes the collector read, so the assessor can check the sample. */
  readonly sha256: string;
  /** Who may see the file itself (the pack only references it). */
  readonly classification: Classification;
}

/** One collector's verdict on one requirement. */
export interface Finding {
  /** The 4-1 requirement id, e.g. SR-2. */
  readonly requirement: string;
  readonly status: Exclude<EvidenceStatus, 'not-applicable'>;
  /** Why the status is short of complete (required then). */
  readonly reason?: string;
  readonly evidence: readonly EvidenceSource[];
}

/** A named collector: the name goes into every evidence item it yields. */
export interface Collector<Facts> {
  readonly name: string;
  readonly collect: (facts: Facts) => readonly Finding[];
}

/** What the assessment stamps on every evidence item: when, at which commit, by which version. */
export interface CollectionContext {
  readonly collectedAt: string;
  readonly commit?: string;
  readonly version: string;
}

/** A requirement's merged result: status, reason when short of complete, evidence items. */
export interface MergedEvidence {
  readonly status: EvidenceStatus;
  readonly reason?: string;
  readonly evidence: EvidenceItem[];
}

/** A finding with the collector that made it. */
export interface CollectedFinding extends Finding {
  readonly collector: string;
}

/** Runs one collector and names its findings. */
export function runCollector<Facts>(collector: Collector<Facts>, facts: Facts): CollectedFinding[] {
  return collector.collect(facts).map((finding) => ({ ...finding, collector: collector.name }));
}

/**
 * Merges the findings of one requirement (from several collectors, or one collector over several
 * products' files): the least complete status wins, reasons are joined in order, evidence items
 * are listed in order.
 */
export function mergeFindings(
  findings: readonly CollectedFinding[],
  context: CollectionContext,
): MergedEvidence {
  const status = combineStatuses(findings.map((finding) => finding.status));
  const reasons = [...new Set(findings.flatMap((finding) => (finding.reason ? [finding.reason] : [])))];
  const evidence = findings.flatMap((finding) =>
    finding.evidence.map((source) => toEvidenceItem(finding, source, context)),
  );
  return {
    status,
    ...(status === 'complete' || reasons.length === 0 ? {} : { reason: reasons.join('; ') }),
    evidence,
  };
}

/**
 * The status of several findings for one requirement: complete only when all are; partial when
 * some evidence was found and some is missing; else none when a collector looked and found
 * nothing, not-collected when no collector could look. Not-applicable is left for a scoping
 * record to decide (SM-5), so it only stands when every finding says so.
 */
export function combineStatuses(statuses: readonly EvidenceStatus[]): EvidenceStatus {
  const relevant = statuses.filter((status) => status !== 'not-applicable');
  if (relevant.length === 0) return statuses.length === 0 ? 'none' : 'not-applicable';
  if (relevant.every((status) => status === 'complete')) return 'complete';
  if (relevant.some((status) => status === 'complete' || status === 'partial')) return 'partial';
  return relevant.includes('none') ? 'none' : 'not-collected';
}

function toEvidenceItem(
  finding: CollectedFinding,
  source: EvidenceSource,
  context: CollectionContext,
): EvidenceItem {
  const content = { requirement: finding.requirement, collector: finding.collector, ...source };
  return {
    // Derived from what was found, so the same files give the same ids on every run.
    id: `${source.kind}-${sha256Hex(canonicalJson(content)).slice(0, 16)}`,
    kind: source.kind,
    title: source.title,
    path: source.path,
    sha256: source.sha256,
    ...(context.commit === undefined ? {} : { commit: context.commit }),
    collectedAt: context.collectedAt,
    collector: { name: finding.collector, version: context.version },
    classification: source.classification,
  };
}
