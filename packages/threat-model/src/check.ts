/**
 * The verdict of `evident threat-model check`. It fails (exit 1) when, and only when:
 * - an open threat's risk (likelihood × impact) is above the tolerable risk;
 * - a threat is marked mitigated but one of its mitigations is not implemented;
 * - a component's SL-C is below the assumed SL-T of its zone for an FR, and no compensating
 *   countermeasure for that component and FR is documented (SG-2);
 * - an industrial rule fired and its suggestion is neither accepted by a threat nor dismissed;
 * - a test of a met requirement or an implemented mitigation failed;
 * - JUnit results were given and a met requirement verified by test has no test, or a named
 *   test has no result in them.
 * Everything else it finds (STRIDE categories no threat covers, requirements not met yet,
 * missing or stale reviews, open review findings) is a warning.
 */

import { type DependencyLink, linkDependencies } from './dependencies.js';
import type { TestResult } from './junit.js';
import type { LoadedModel } from './load.js';
import { reviewKinds, type StrideCategory, type ThreatModel } from './schema.js';
import { type ComponentLevels, computeSecurityLevels } from './security-levels.js';
import {
  createRuleContext,
  findStrideGaps,
  runRules,
  type StrideGap,
  type Suggestion,
} from './suggestions.js';
import { type TraceEntry, traceRequirements } from './traceability.js';

/** Why the check failed, or what it warns about. */
export type FindingCode =
  | 'threat-above-tolerable-risk'
  | 'mitigation-not-implemented'
  | 'sl-gap-uncovered'
  | 'untriaged-suggestion'
  | 'test-failed'
  | 'test-missing'
  | 'no-tests'
  | 'requirement-not-met'
  | 'stride-gaps'
  | 'stale-dismissal'
  | 'dependency-not-in-sbom'
  | 'unknown-product'
  | 'review-missing'
  | 'review-findings-open';

/** One failure or warning; `subject` is the id it is about. */
export interface CheckFinding {
  readonly code: FindingCode;
  readonly subject: string;
  readonly message: string;
}

/** A threat with its severity against the tolerable risk. */
export interface ThreatRow {
  readonly id: string;
  readonly title: string;
  readonly stride: StrideCategory;
  readonly frs: readonly string[];
  readonly targets: readonly string[];
  readonly likelihood: number;
  readonly impact: number;
  readonly risk: number;
  readonly aboveTolerable: boolean;
  readonly status: string;
  readonly mitigations: readonly string[];
}

/** The latest review of each kind. */
export interface ReviewRow {
  readonly kind: keyof typeof reviewKinds;
  readonly requirement: string;
  readonly date: string;
  readonly commit: string;
  readonly outcome: string;
  readonly reviewers: readonly string[];
  readonly openFindings: number;
}

/** What `evident threat-model check --json` prints (and the reports are built from). */
export interface ThreatModelCheck {
  readonly title: string;
  readonly product?: string;
  readonly passed: boolean;
  readonly tolerableRisk: number;
  readonly failures: readonly CheckFinding[];
  readonly warnings: readonly CheckFinding[];
  readonly counts: Readonly<Record<string, number>>;
  readonly threats: readonly ThreatRow[];
  readonly suggestions: readonly Suggestion[];
  readonly strideGaps: readonly StrideGap[];
  readonly securityLevels: readonly ComponentLevels[];
  readonly traceability: readonly TraceEntry[];
  readonly reviews: readonly ReviewRow[];
  /** External dependencies, linked to the SBOM when one was given. */
  readonly dependencies: readonly DependencyLink[];
  /** True when JUnit results were given, so test outcomes were checked. */
  readonly testsChecked: boolean;
}

/** What the check takes besides the model. */
export interface CheckInputs {
  /** JUnit results from CI; without them, test outcomes are not checked. */
  readonly results?: readonly TestResult[];
  /** The purls of the product's SBOM, to link the dependencies to. */
  readonly sbomPurls?: readonly string[];
  /** The product ids of evident.yml, which the model's `product` should name. */
  readonly products?: readonly string[];
}

/** Checks a loaded model, with the JUnit results of CI and the SBOM when there are some. */
export function checkThreatModel(loaded: LoadedModel, inputs: CheckInputs = {}): ThreatModelCheck {
  const { results, sbomPurls, products } = inputs;
  const { model } = loaded;
  const failures: CheckFinding[] = [];
  const warnings: CheckFinding[] = [];
  const threats = rateThreats(model);
  for (const threat of threats) {
    if (threat.status === 'open' && threat.aboveTolerable) {
      failures.push({
        code: 'threat-above-tolerable-risk',
        subject: threat.id,
        message: `open threat ${threat.id} has risk ${threat.likelihood}×${threat.impact} = ${threat.risk}, above the tolerable ${model.context.tolerableRisk}`,
      });
    }
  }
  failures.push(...unimplementedMitigations(model));
  const securityLevels = computeSecurityLevels(model);
  for (const component of securityLevels) {
    for (const level of component.levels) {
      if (level.gap && level.countermeasure === undefined) {
        failures.push({
          code: 'sl-gap-uncovered',
          subject: component.component,
          message: `${component.component}: SL-C(${level.fr}) ${level.slC} < assumed SL-T ${level.slT} of zone ${component.zone}, and no compensating countermeasure is documented (missing: ${level.missing.join(', ') || '—'})`,
        });
      }
    }
  }
  const suggestions = runRules(createRuleContext(loaded));
  for (const suggestion of suggestions) {
    if (suggestion.status === 'untriaged') {
      failures.push({
        code: 'untriaged-suggestion',
        subject: suggestion.key,
        message: `${suggestion.key}: ${suggestion.title} (${suggestion.frs.join('/')}, ${suggestion.requirement}); accept it in a threat (suggestions: [${suggestion.key}]) or dismiss it with a reason`,
      });
    }
  }
  const fired = new Set(suggestions.map((suggestion) => suggestion.key));
  for (const dismissal of model.dismissed ?? []) {
    if (!fired.has(dismissal.suggestion)) {
      warnings.push({
        code: 'stale-dismissal',
        subject: dismissal.suggestion,
        message: `the dismissal of ${dismissal.suggestion} can go: the rule no longer fires there`,
      });
    }
  }
  const traceability = traceRequirements(model, results);
  for (const entry of traceability) {
    const finding = traceFinding(entry, results !== undefined);
    if (finding?.fail) failures.push(finding.finding);
    else if (finding) warnings.push(finding.finding);
  }
  const strideGaps = findStrideGaps(model);
  if (strideGaps.length > 0) {
    warnings.push({
      code: 'stride-gaps',
      subject: model.title,
      message: `${strideGaps.length} STRIDE categories of elements and flows have no threat yet (STRIDE per element)`,
    });
  }
  const dependencies = linkDependencies(model, sbomPurls);
  for (const dependency of dependencies) {
    if (dependency.inSbom === false) {
      warnings.push({
        code: 'dependency-not-in-sbom',
        subject: dependency.id,
        message: `dependency ${dependency.id} (${dependency.purl}) is not in the SBOM`,
      });
    }
  }
  if (products !== undefined && model.product !== undefined && !products.includes(model.product)) {
    warnings.push({
      code: 'unknown-product',
      subject: model.product,
      message: `product ${model.product} is not in evident.yml (products: ${products.join(', ') || 'none'})`,
    });
  }
  const reviews = latestReviews(model);
  warnings.push(...reviewWarnings(reviews));
  return {
    title: model.title,
    ...(model.product === undefined ? {} : { product: model.product }),
    passed: failures.length === 0,
    tolerableRisk: model.context.tolerableRisk,
    failures,
    warnings,
    counts: countsOf(model, suggestions, strideGaps),
    threats,
    suggestions,
    strideGaps,
    securityLevels,
    traceability,
    reviews,
    dependencies,
    testsChecked: results !== undefined,
  };
}

function rateThreats(model: ThreatModel): ThreatRow[] {
  return (model.threats ?? []).map((threat) => {
    const risk = threat.likelihood * threat.impact;
    return {
      id: threat.id,
      title: threat.title,
      stride: threat.stride,
      frs: threat.frs,
      targets: threat.targets,
      likelihood: threat.likelihood,
      impact: threat.impact,
      risk,
      aboveTolerable: risk > model.context.tolerableRisk,
      status: threat.status,
      mitigations: threat.mitigations ?? [],
    };
  });
}

function unimplementedMitigations(model: ThreatModel): CheckFinding[] {
  const mitigations = new Map((model.mitigations ?? []).map((mitigation) => [mitigation.id, mitigation]));
  const findings: CheckFinding[] = [];
  for (const threat of model.threats ?? []) {
    if (threat.status !== 'mitigated') continue;
    for (const id of threat.mitigations ?? []) {
      const status = mitigations.get(id)?.status;
      if (status !== 'implemented') {
        findings.push({
          code: 'mitigation-not-implemented',
          subject: threat.id,
          message: `threat ${threat.id} is marked mitigated, but mitigation ${id} is ${status}`,
        });
      }
    }
  }
  return findings;
}

function traceFinding(
  entry: TraceEntry,
  testsChecked: boolean,
): { fail: boolean; finding: CheckFinding } | undefined {
  const what = `${entry.kind} ${entry.id}`;
  switch (entry.result) {
    case 'failed':
      return {
        fail: true,
        finding: {
          code: 'test-failed',
          subject: entry.id,
          message: `${what}: test ${entry.tests
            .filter((test) => test.outcome === 'failed')
            .map((test) => test.ref)
            .join(', ')} failed`,
        },
      };
    case 'missing':
      return {
        fail: true,
        finding: {
          code: 'test-missing',
          subject: entry.id,
          message: `${what}: no result for ${entry.tests
            .filter((test) => test.outcome === 'missing' || test.outcome === 'skipped')
            .map((test) => test.ref)
            .join(', ')} in the JUnit files`,
        },
      };
    case 'no-tests':
      return {
        fail: testsChecked && entry.kind === 'requirement',
        finding: {
          code: testsChecked && entry.kind === 'requirement' ? 'test-missing' : 'no-tests',
          subject: entry.id,
          message: `${what} has no test`,
        },
      };
    case 'not-met':
      return {
        fail: false,
        finding: { code: 'requirement-not-met', subject: entry.id, message: `${what} is ${entry.status}` },
      };
    default:
      return undefined;
  }
}

/** The latest review of each kind, by date. */
export function latestReviews(model: ThreatModel): ReviewRow[] {
  const rows: ReviewRow[] = [];
  for (const kind of Object.keys(reviewKinds) as (keyof typeof reviewKinds)[]) {
    const latest = (model.reviews ?? [])
      .filter((review) => review.kind === kind)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .at(-1);
    if (!latest) continue;
    rows.push({
      kind,
      requirement: reviewKinds[kind],
      date: latest.date,
      commit: latest.commit,
      outcome: latest.outcome,
      reviewers: latest.reviewers.map((reviewer) => `${reviewer.name} (${reviewer.role})`),
      openFindings: (latest.findings ?? []).filter((finding) => finding.status === 'open').length,
    });
  }
  return rows;
}

function reviewWarnings(reviews: readonly ReviewRow[]): CheckFinding[] {
  const warnings: CheckFinding[] = [];
  for (const [kind, requirement] of Object.entries(reviewKinds)) {
    const review = reviews.find((row) => row.kind === kind);
    if (!review) {
      warnings.push({
        code: 'review-missing',
        subject: requirement,
        message: `no ${kind} review is recorded (${requirement})`,
      });
    } else if (review.openFindings > 0) {
      warnings.push({
        code: 'review-findings-open',
        subject: requirement,
        message: `the ${kind} review of ${review.date} has ${review.openFindings} open finding(s)`,
      });
    }
  }
  return warnings;
}

function countsOf(
  model: ThreatModel,
  suggestions: readonly Suggestion[],
  gaps: readonly StrideGap[],
): Record<string, number> {
  return {
    zones: model.zones.length,
    conduits: (model.conduits ?? []).length,
    components: model.components.length,
    elements: model.elements.length,
    flows: (model.flows ?? []).length,
    threats: (model.threats ?? []).length,
    mitigations: (model.mitigations ?? []).length,
    requirements: (model.requirements ?? []).length,
    suggestions: suggestions.length,
    untriagedSuggestions: suggestions.filter((suggestion) => suggestion.status === 'untriaged').length,
    strideGaps: gaps.length,
    reviews: (model.reviews ?? []).length,
  };
}
