import {
  attestations,
  type Classification,
  type EvidenceStatus,
  evidenceStatuses,
  mostRestricted,
  type Pack,
  type Product,
  type RequirementResult,
  requirements,
  type TimeSource,
} from '@evident/core';
import { type CollectedFinding, type MergedEvidence, mergeFindings, runCollector } from './collector.js';
import { type ThreatModelFacts, threatModelCollector } from './threat-model-collector.js';

/** The repository state a pack describes. */
export interface RepositoryState {
  readonly commit?: string;
  readonly ref?: string;
  /** The remote's public URL (no credentials, no local path). */
  readonly url?: string;
  /** The working tree differs from the commit (untracked files that are not ignored count). */
  readonly dirty: boolean;
}

/**
 * The facts the collectors read, each optional: without a fact its collector finds nothing,
 * and its requirements keep the catalogue default. The later evidence issues add theirs here.
 */
export interface EvidenceFacts {
  /** The checked threat models evident.yml's products name. */
  readonly threatModels?: readonly ThreatModelFacts[];
}

/** Everything a pack is built from. */
export interface AssessmentInput extends EvidenceFacts {
  readonly products: readonly Product[];
  /** Resolved product versions by product id, where they could be found. */
  readonly versions: Readonly<Record<string, string>>;
  readonly repository: RepositoryState;
  readonly generatedAt: Date;
  /** Where generatedAt comes from. */
  readonly timeSource: TimeSource;
  readonly generator: { readonly name: string; readonly version: string };
}

/**
 * Assesses evidence completeness for all 47 requirements: every collector runs over its facts,
 * and each requirement gets the merged findings, or, when no collector covers it, `none` with
 * the reason. Each lists what a person must attest.
 */
export function assessRequirements(input: AssessmentInput): Pack {
  const findings = collectFindings(input);
  const context = {
    collectedAt: input.generatedAt.toISOString(),
    ...(input.repository.commit === undefined ? {} : { commit: input.repository.commit }),
    version: input.generator.version,
  };
  const results = requirements.map((requirement): RequirementResult => {
    const own = findings.filter((finding) => finding.requirement === requirement.id);
    return {
      id: requirement.id,
      practice: requirement.practice,
      title: requirement.title,
      ...(own.length === 0 ? uncovered : mergeFindings(own, context)),
      attestations: (attestations[requirement.id] ?? []).map((statement) => ({
        statement,
        status: 'missing',
      })),
    };
  });
  return {
    formatVersion: 1,
    standard: 'IEC 62443-4-1:2018',
    classification: classify(results),
    generatedAt: input.generatedAt.toISOString(),
    timeSource: input.timeSource,
    generator: { ...input.generator },
    repository: { ...input.repository },
    products: input.products.map((product) => ({
      id: product.id,
      name: product.name,
      type: product.type,
      ...(input.versions[product.id] === undefined ? {} : { version: input.versions[product.id] }),
    })),
    summary: countByStatus(results),
    requirements: results,
  };
}

/** What a requirement no collector covers shows. */
const uncovered: MergedEvidence = { status: 'none', reason: 'no collector yet', evidence: [] };

/** The findings of every collector, in collector order. */
function collectFindings(facts: EvidenceFacts): CollectedFinding[] {
  return [...runCollector(threatModelCollector, facts.threatModels ?? [])];
}

/**
 * Shared with an assessor, never published: at least customer. Evidence items only point to
 * files (path and hash; their own class tells the assessor how to ask for them); an item copied
 * into the pack (packPath) raises the pack to its class.
 */
function classify(results: readonly RequirementResult[]): Classification {
  const copied = results.flatMap((result) => result.evidence.filter((item) => item.packPath !== undefined));
  return mostRestricted('customer', ...copied.map((item) => item.classification));
}

/** How many requirements have each status (every status present, zero or more). */
export function countByStatus(
  results: readonly { status: EvidenceStatus }[],
): Record<EvidenceStatus, number> {
  const counts = Object.fromEntries(evidenceStatuses.map((status) => [status, 0])) as Record<
    EvidenceStatus,
    number
  >;
  for (const result of results) counts[result.status]++;
  return counts;
}
