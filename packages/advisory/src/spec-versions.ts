/**
 * CSAF versions as data: one frozen capability object per version. Builders and the
 * validator ask the object what the version allows; they never compare version numbers.
 */

/** The CSAF versions Evident writes and validates. */
export const csafVersions = ['2.0', '2.1'] as const;
export type CsafVersion = (typeof csafVersions)[number];

/** What one CSAF version can hold and how it says it. */
export interface CsafSpec {
  readonly version: CsafVersion;
  /** TLP labels in this version's vocabulary (CSAF 2.0: TLP 1.0; 2.1: TLP 2.0). */
  readonly tlpLabels: readonly string[];
  /** The label meaning "disclosure is not limited". */
  readonly tlpUnlimited: string;
  /** Where the TLP definition lives, for `distribution.tlp.url`. */
  readonly tlpUrl: string;
  /** CVSS v4 can be carried (2.1 `metrics`); 2.0 has only cvss_v2/cvss_v3 `scores`. */
  readonly cvssV4: boolean;
  /** Scores live in `scores` (2.0) or `metrics` (2.1). */
  readonly scoresKey: 'scores' | 'metrics';
  /** The JSON Schema URL written as `$schema`. */
  readonly schemaUrl: string;
  /** `vendor_fix` may be listed for `fixed` products (2.1 prohibits it: 6.1.36). */
  readonly vendorFixOnFixed: boolean;
  /** Whether the version is a draft standard (only built behind a flag). */
  readonly draft: boolean;
  /** One `cwe` object (2.0) or a `cwes` list whose entries name the CWE list version (2.1). */
  readonly cweKey: 'cwe' | 'cwes';
  /** `release_date` (2.0) or `disclosure_date` (2.1). */
  readonly releaseDateKey: 'release_date' | 'disclosure_date';
}

/** CSAF 2.0 (OASIS Standard, errata 01). */
export const csaf20: CsafSpec = Object.freeze({
  version: '2.0',
  tlpLabels: Object.freeze(['WHITE', 'GREEN', 'AMBER', 'RED']),
  tlpUnlimited: 'WHITE',
  tlpUrl: 'https://www.first.org/tlp/',
  cvssV4: false,
  scoresKey: 'scores',
  schemaUrl: 'https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json',
  vendorFixOnFixed: true,
  draft: false,
  cweKey: 'cwe',
  releaseDateKey: 'release_date',
});

/** CSAF 2.1 (committee specification draft): TLP 2.0 labels, `metrics` with CVSS v4. */
export const csaf21: CsafSpec = Object.freeze({
  version: '2.1',
  tlpLabels: Object.freeze(['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED']),
  tlpUnlimited: 'CLEAR',
  tlpUrl: 'https://www.first.org/tlp/',
  cvssV4: true,
  scoresKey: 'metrics',
  schemaUrl: 'https://docs.oasis-open.org/csaf/csaf/v2.1/schema/csaf.json',
  vendorFixOnFixed: false,
  draft: true,
  cweKey: 'cwes',
  releaseDateKey: 'disclosure_date',
});

/** The capability object of a version. */
export function specOf(version: CsafVersion): CsafSpec {
  return version === '2.1' ? csaf21 : csaf20;
}

/** TLP labels as advisories are written (either vocabulary), mapped into a version's vocabulary. */
export function tlpLabelFor(label: TlpLabel, spec: CsafSpec): string {
  if (label === 'WHITE' || label === 'CLEAR') return spec.tlpUnlimited;
  if (label === 'AMBER+STRICT' && !spec.tlpLabels.includes(label)) return 'AMBER';
  return label;
}

/** TLP labels accepted in an advisory: TLP 1.0 and TLP 2.0. */
export const tlpLabels = ['WHITE', 'CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type TlpLabel = (typeof tlpLabels)[number];
