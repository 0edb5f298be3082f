import {
  attestations,
  type EvidenceStatus,
  evidenceStatuses,
  type Pack,
  type Product,
  type RequirementResult,
  requirements,
  type TimeSource,
} from '@evident/core';

/** The repository state a pack describes. */
export interface RepositoryState {
  readonly commit?: string;
  readonly ref?: string;
  /** The remote's public URL (no credentials, no local path). */
  readonly url?: string;
  /** The working tree differs from the commit (untracked files that are not ignored count). */
  readonly dirty: boolean;
}

/** Everything a pack is built from; collectors add evidence in later versions. */
export interface AssessmentInput {
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
 * Assesses evidence completeness for all 47 requirements. No collector exists yet, so
 * every requirement is `none`, with the reason, and lists what a person must attest.
 */
export function assessRequirements(input: AssessmentInput): Pack {
  const results = requirements.map(
    (requirement): RequirementResult => ({
      id: requirement.id,
      practice: requirement.practice,
      title: requirement.title,
      status: 'none',
      reason: 'no collector yet',
      evidence: [],
      attestations: (attestations[requirement.id] ?? []).map((statement) => ({
        statement,
        status: 'missing',
      })),
    }),
  );
  return {
    formatVersion: 1,
    standard: 'IEC 62443-4-1:2018',
    // Shared with an assessor, never published: at least customer, more if an item is.
    classification: 'customer',
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
