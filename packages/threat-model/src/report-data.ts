import type { ThreatModelCheck } from './check.js';
import type { LoadedModel } from './load.js';

/** One row of the SL-C/SL-T table. */
export interface LevelRow {
  readonly component: string;
  readonly type: string;
  readonly zone: string;
  readonly fr: string;
  readonly slC: number;
  readonly slT: number;
  readonly state: string;
  readonly missing: string;
}

/**
 * The data the report templates render: plain strings and numbers, lists already joined,
 * so templates stay simple and every format shows the same facts.
 */
export function buildReportData(loaded: LoadedModel, check: ThreatModelCheck, file: string) {
  const { model } = loaded;
  const levels = (slT: Partial<Record<string, number>> | undefined) =>
    Object.entries(slT ?? {})
      .map(([fr, level]) => `${fr} ${level}`)
      .join(', ');
  const names = new Map<string, string>([
    ...model.elements.map((element) => [element.id, element.name] as const),
    ...model.components.map((component) => [component.id, component.name] as const),
  ]);
  for (const flow of model.flows ?? []) {
    const route = `${names.get(flow.from) ?? flow.from} → ${names.get(flow.to) ?? flow.to}`;
    names.set(flow.id, flow.name ? `${flow.name}: ${route}` : route);
  }
  return {
    file,
    title: model.title,
    product: model.product ?? '',
    passed: check.passed,
    tolerableRisk: check.tolerableRisk,
    counts: check.counts,
    context: {
      intendedUse: model.context.intendedUse,
      environment: model.context.environment,
      assumptions: model.context.assumptions ?? [],
    },
    zones: model.zones.map((zone) => ({
      id: zone.id,
      name: zone.name,
      slT: levels(zone.slT) || '—',
      untrusted: zone.untrusted === true,
      description: zone.description ?? '',
    })),
    conduits: (model.conduits ?? []).map((conduit) => ({
      id: conduit.id,
      name: conduit.name,
      zones: conduit.zones.join(', '),
      boundaryProtection: conduit.boundaryProtection ?? '',
    })),
    components: model.components.map((component) => ({
      id: component.id,
      name: component.name,
      type: component.type,
      zone: component.zone,
    })),
    threats: check.threats.map((threat) => ({
      ...threat,
      frs: threat.frs.join(', '),
      targets: threat.targets.map((id) => `${names.get(id) ?? id} (${id})`).join(', '),
      mitigations: threat.mitigations.join(', '),
      severity: threat.aboveTolerable ? 'above tolerable' : 'tolerable',
    })),
    suggestions: check.suggestions.map((suggestion) => ({
      key: suggestion.key,
      title: suggestion.title,
      frs: suggestion.frs.join(', '),
      requirement: suggestion.requirement,
      status: suggestion.status,
      resolution: suggestion.threat ?? suggestion.reason ?? suggestion.fix,
    })),
    levels: check.securityLevels.flatMap((component) =>
      component.levels.map(
        (level): LevelRow => ({
          component: component.component,
          type: component.type,
          zone: component.zone,
          fr: level.fr,
          slC: level.slC,
          slT: level.slT,
          state: !level.gap ? 'ok' : level.countermeasure ? `gap, covered by ${level.countermeasure}` : 'GAP',
          missing: level.missing.join(', '),
        }),
      ),
    ),
    countermeasures: (model.countermeasures ?? []).map((measure) => ({
      ...measure,
      frs: measure.frs.join(', '),
    })),
    trace: check.traceability.map((entry) => ({
      kind: entry.kind,
      id: entry.id,
      title: entry.title,
      status: entry.status,
      satisfies: entry.satisfies.join(', '),
      threats: entry.threats.join(', '),
      links: entry.links.join(', '),
      code: entry.code.join(', '),
      tests: entry.tests.map((test) => `${test.ref} (${test.outcome})`).join('; '),
      result: entry.result,
    })),
    reviews: (model.reviews ?? []).map((review) => ({
      kind: review.kind,
      date: review.date,
      commit: review.commit,
      reviewers: review.reviewers.map((reviewer) => `${reviewer.name} (${reviewer.role})`).join(', '),
      outcome: review.outcome,
      findings: (review.findings ?? [])
        .map((finding) => `${finding.id}: ${finding.text} [${finding.status}]`)
        .join('; '),
    })),
    dependencies: check.dependencies.map((dependency) => ({
      id: dependency.id,
      purl: dependency.purl,
      elements: dependency.elements.join(', '),
      sbom:
        dependency.inSbom === undefined
          ? 'not checked'
          : dependency.inSbom
            ? 'in the SBOM'
            : 'NOT in the SBOM',
    })),
    strideGaps: groupStrideGaps(check.strideGaps),
    failures: check.failures,
    warnings: check.warnings,
    testsChecked: check.testsChecked,
  };
}

/** The data of the report templates. */
export type ReportData = ReturnType<typeof buildReportData>;

/** STRIDE gaps grouped per element or flow, for a compact table. */
function groupStrideGaps(gaps: ThreatModelCheck['strideGaps']): { target: string; categories: string }[] {
  const byTarget = new Map<string, string[]>();
  for (const gap of gaps) {
    const list = byTarget.get(gap.target);
    if (list) list.push(gap.stride);
    else byTarget.set(gap.target, [gap.stride]);
  }
  return [...byTarget].map(([target, categories]) => ({ target, categories: categories.join(', ') }));
}
