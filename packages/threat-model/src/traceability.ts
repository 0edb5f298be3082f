/**
 * Test traceability (SVV-1, SVV-2): threat → requirement → mitigation → test → result. A test
 * is named in the model by its JUnit `name`, or `classname::name`, or `classname > name` (the
 * way vitest prints it); when several reports hold it, the last one given wins.
 */
import type { TestResult } from './junit.js';
import type { ThreatModel } from './schema.js';

/** A named test and its last result. */
export interface TestLink {
  readonly ref: string;
  /** missing: results were given but hold no such test; not-collected: no results were given. */
  readonly outcome: TestResult['outcome'] | 'missing' | 'not-collected';
  readonly file?: string;
}

/** The overall state of one requirement or mitigation. */
export type TraceResult =
  | 'passed'
  | 'failed'
  | 'missing'
  | 'no-tests'
  | 'not-collected'
  | 'not-met'
  | 'not-applicable'
  | 'verified-otherwise';

/** One row of the traceability matrix. */
export interface TraceEntry {
  readonly kind: 'requirement' | 'mitigation';
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly satisfies: readonly string[];
  readonly threats: readonly string[];
  /** For a requirement its mitigations; for a mitigation its requirements. */
  readonly links: readonly string[];
  readonly code: readonly string[];
  readonly tests: readonly TestLink[];
  readonly result: TraceResult;
}

/** Indexes JUnit results under every name the model may use for them. */
export function indexResults(results: readonly TestResult[]): Map<string, TestResult> {
  const index = new Map<string, TestResult>();
  for (const result of results) {
    index.set(result.name, result);
    if (result.classname) {
      index.set(`${result.classname}::${result.name}`, result);
      index.set(`${result.classname} > ${result.name}`, result);
    }
  }
  return index;
}

/** The traceability matrix: every requirement, then every mitigation, in model order. */
export function traceRequirements(model: ThreatModel, results?: readonly TestResult[]): TraceEntry[] {
  const index = results === undefined ? undefined : indexResults(results);
  const link = (ref: string): TestLink => {
    if (index === undefined) return { ref, outcome: 'not-collected' };
    const result = index.get(ref);
    return result ? { ref, outcome: result.outcome, file: result.file } : { ref, outcome: 'missing' };
  };
  const mitigations = model.mitigations ?? [];
  const threatsOfMitigation = new Map<string, string[]>();
  for (const threat of model.threats ?? []) {
    for (const id of threat.mitigations ?? []) append(threatsOfMitigation, id, threat.id);
  }
  const requirementEntries = (model.requirements ?? []).map((requirement): TraceEntry => {
    const linked = mitigations.filter(
      (mitigation) =>
        (mitigation.requirements ?? []).includes(requirement.id) ||
        (requirement.mitigations ?? []).includes(mitigation.id),
    );
    const threats = unique([
      ...(requirement.threats ?? []),
      ...linked.flatMap((mitigation) => threatsOfMitigation.get(mitigation.id) ?? []),
    ]);
    const refs = unique([
      ...(requirement.tests ?? []),
      ...linked.flatMap((mitigation) => mitigation.tests ?? []),
    ]);
    const tests = refs.map(link);
    const result: TraceResult =
      requirement.status === 'not-applicable'
        ? 'not-applicable'
        : requirement.status !== 'met'
          ? 'not-met'
          : (requirement.verification ?? 'test') !== 'test' && tests.length === 0
            ? 'verified-otherwise'
            : resultOf(tests, index !== undefined);
    return {
      kind: 'requirement',
      id: requirement.id,
      title: requirement.title,
      status: requirement.status,
      satisfies: requirement.satisfies ?? [],
      threats,
      links: linked.map((mitigation) => mitigation.id),
      code: requirement.code ?? [],
      tests,
      result,
    };
  });
  const mitigationEntries = mitigations.map((mitigation): TraceEntry => {
    const tests = (mitigation.tests ?? []).map(link);
    return {
      kind: 'mitigation',
      id: mitigation.id,
      title: mitigation.title,
      status: mitigation.status,
      satisfies: [],
      threats: threatsOfMitigation.get(mitigation.id) ?? [],
      links: mitigation.requirements ?? [],
      code: mitigation.code ?? [],
      tests,
      result: mitigation.status === 'implemented' ? resultOf(tests, index !== undefined) : 'not-met',
    };
  });
  return [...requirementEntries, ...mitigationEntries];
}

function resultOf(tests: readonly TestLink[], collected: boolean): TraceResult {
  if (tests.length === 0) return 'no-tests';
  if (!collected) return 'not-collected';
  if (tests.some((test) => test.outcome === 'failed')) return 'failed';
  if (tests.some((test) => test.outcome === 'missing' || test.outcome === 'skipped')) return 'missing';
  return 'passed';
}

function append(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
