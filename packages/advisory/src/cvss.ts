/**
 * CVSS vectors: parsed strictly (every base metric present, each metric once, known values)
 * and scored by ae-cvss-calculator. Scores are computed, never typed by a person.
 */
import calculator from 'ae-cvss-calculator';

type Metrics = Readonly<Record<string, readonly string[]>>;

const v31Base: Metrics = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'R'],
  S: ['U', 'C'],
  C: ['H', 'L', 'N'],
  I: ['H', 'L', 'N'],
  A: ['H', 'L', 'N'],
};
const v31Temporal: Metrics = {
  E: ['X', 'U', 'P', 'F', 'H'],
  RL: ['X', 'O', 'T', 'W', 'U'],
  RC: ['X', 'U', 'R', 'C'],
};
const v31Environmental: Metrics = {
  CR: ['X', 'L', 'M', 'H'],
  IR: ['X', 'L', 'M', 'H'],
  AR: ['X', 'L', 'M', 'H'],
  MAV: ['X', 'N', 'A', 'L', 'P'],
  MAC: ['X', 'L', 'H'],
  MPR: ['X', 'N', 'L', 'H'],
  MUI: ['X', 'N', 'R'],
  MS: ['X', 'U', 'C'],
  MC: ['X', 'N', 'L', 'H'],
  MI: ['X', 'N', 'L', 'H'],
  MA: ['X', 'N', 'L', 'H'],
};

const v40Base: Metrics = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  AT: ['N', 'P'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'P', 'A'],
  VC: ['H', 'L', 'N'],
  VI: ['H', 'L', 'N'],
  VA: ['H', 'L', 'N'],
  SC: ['H', 'L', 'N'],
  SI: ['H', 'L', 'N'],
  SA: ['H', 'L', 'N'],
};
const v40Other: Metrics = {
  E: ['X', 'A', 'P', 'U'],
  CR: ['X', 'H', 'M', 'L'],
  IR: ['X', 'H', 'M', 'L'],
  AR: ['X', 'H', 'M', 'L'],
  MAV: ['X', 'N', 'A', 'L', 'P'],
  MAC: ['X', 'L', 'H'],
  MAT: ['X', 'N', 'P'],
  MPR: ['X', 'N', 'L', 'H'],
  MUI: ['X', 'N', 'P', 'A'],
  MVC: ['X', 'H', 'L', 'N'],
  MVI: ['X', 'H', 'L', 'N'],
  MVA: ['X', 'H', 'L', 'N'],
  MSC: ['X', 'H', 'L', 'N'],
  MSI: ['X', 'S', 'H', 'L', 'N'],
  MSA: ['X', 'S', 'H', 'L', 'N'],
  S: ['X', 'N', 'P'],
  AU: ['X', 'N', 'Y'],
  R: ['X', 'A', 'U', 'I'],
  V: ['X', 'D', 'C'],
  RE: ['X', 'L', 'M', 'H'],
  U: ['X', 'Clear', 'Green', 'Amber', 'Red'],
};

/** CVSS severity ratings. */
export type CvssSeverity = 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

/** A CVSS v3.1 vector with its computed scores, in the FIRST JSON form CSAF carries. */
export interface CvssV3 {
  readonly version: '3.1';
  readonly vectorString: string;
  readonly baseScore: number;
  readonly baseSeverity: CvssSeverity;
  readonly temporalScore?: number;
  readonly temporalSeverity?: CvssSeverity;
  readonly environmentalScore?: number;
  readonly environmentalSeverity?: CvssSeverity;
  readonly [metric: string]: unknown;
}

/** A CVSS v4.0 vector with its computed score, in the FIRST JSON form. */
export interface CvssV4 {
  readonly version: '4.0';
  readonly vectorString: string;
  readonly baseScore: number;
  readonly baseSeverity: CvssSeverity;
}

/** Why a vector is not a valid, complete vector of its version; undefined when it is. */
function vectorProblem(vector: string, prefix: string, base: Metrics, others: Metrics): string | undefined {
  if (!vector.startsWith(`${prefix}/`)) return `it must start with ${prefix}/`;
  const seen = new Set<string>();
  for (const part of vector.slice(prefix.length + 1).split('/')) {
    const [metric = '', value, extra] = part.split(':');
    const allowed = base[metric] ?? others[metric];
    if (allowed === undefined || value === undefined || extra !== undefined) {
      return `"${part}" is not a metric of ${prefix}`;
    }
    if (!allowed.includes(value)) return `${metric} must be one of ${allowed.join(', ')}, not ${value}`;
    if (seen.has(metric)) return `${metric} appears twice`;
    seen.add(metric);
  }
  const missing = Object.keys(base).filter((metric) => !seen.has(metric));
  return missing.length
    ? `the base metric${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing`
    : undefined;
}

/** The severity rating of a score (CVSS v3.1 and v4.0 use the same bands). */
export function severityOf(score: number): CvssSeverity {
  if (score === 0) return 'NONE';
  if (score < 4) return 'LOW';
  if (score < 7) return 'MEDIUM';
  if (score < 9) return 'HIGH';
  return 'CRITICAL';
}

const v31Names: Readonly<Record<string, readonly [string, Readonly<Record<string, string>>]>> = {
  AV: ['attackVector', { N: 'NETWORK', A: 'ADJACENT_NETWORK', L: 'LOCAL', P: 'PHYSICAL' }],
  AC: ['attackComplexity', { L: 'LOW', H: 'HIGH' }],
  PR: ['privilegesRequired', { N: 'NONE', L: 'LOW', H: 'HIGH' }],
  UI: ['userInteraction', { N: 'NONE', R: 'REQUIRED' }],
  S: ['scope', { U: 'UNCHANGED', C: 'CHANGED' }],
  C: ['confidentialityImpact', { N: 'NONE', L: 'LOW', H: 'HIGH' }],
  I: ['integrityImpact', { N: 'NONE', L: 'LOW', H: 'HIGH' }],
  A: ['availabilityImpact', { N: 'NONE', L: 'LOW', H: 'HIGH' }],
};

/** Why a CVSS v3.1 vector is invalid, or undefined. */
export function cvssV3Problem(vector: string): string | undefined {
  return vectorProblem(vector, 'CVSS:3.1', v31Base, { ...v31Temporal, ...v31Environmental });
}

/** Why a CVSS v4.0 vector is invalid, or undefined. */
export function cvssV4Problem(vector: string): string | undefined {
  return vectorProblem(vector, 'CVSS:4.0', v40Base, v40Other);
}

/** Scores a valid CVSS v3.1 vector (check it with {@link cvssV3Problem} first). */
export function scoreCvssV3(vector: string): CvssV3 {
  const scores = new calculator.Cvss3P1(vector).calculateScores() as unknown as Record<
    string,
    number | undefined
  >;
  const baseScore = scores.base ?? 0;
  const metrics: Record<string, string> = {};
  for (const part of vector.split('/').slice(1)) {
    const [metric = '', value = ''] = part.split(':');
    const names = v31Names[metric];
    const name = names?.[1][value];
    if (names && name) metrics[names[0]] = name;
  }
  const parts = vector.split('/');
  const temporal = Object.keys(v31Temporal).some((metric) =>
    parts.some((part) => part.startsWith(`${metric}:`)),
  );
  const environmental = Object.keys(v31Environmental).some((metric) =>
    parts.some((part) => part.startsWith(`${metric}:`)),
  );
  return {
    version: '3.1',
    vectorString: vector,
    ...metrics,
    baseScore,
    baseSeverity: severityOf(baseScore),
    ...(temporal && scores.temporal !== undefined
      ? { temporalScore: scores.temporal, temporalSeverity: severityOf(scores.temporal) }
      : {}),
    ...(environmental && scores.environmental !== undefined
      ? { environmentalScore: scores.environmental, environmentalSeverity: severityOf(scores.environmental) }
      : {}),
  };
}

/** Scores a valid CVSS v4.0 vector (check it with {@link cvssV4Problem} first). */
export function scoreCvssV4(vector: string): CvssV4 {
  const scores = new calculator.Cvss4P0(vector).calculateScores() as unknown as Record<
    string,
    number | undefined
  >;
  const baseScore = scores.overall ?? scores.base ?? 0;
  return { version: '4.0', vectorString: vector, baseScore, baseSeverity: severityOf(baseScore) };
}
