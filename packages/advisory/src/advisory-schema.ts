/**
 * The advisory as a person writes it: one YAML file per advisory. One definition gives the
 * TypeScript types, the validator and the published JSON Schema.
 */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { tlpLabels } from './spec-versions.js';

const closed = { additionalProperties: false } as const;

function StringEnum<const T extends readonly string[]>(values: T, description: string) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
}

function List<T extends TSchema>(item: T, description: string) {
  return Type.Array(item, { description });
}

const Text = Type.String({ minLength: 1 });
const Url = Type.String({
  format: 'uri',
  description: 'An absolute URL.',
  examples: ['https://example.com/psirt/ACME-SA-2026-001'],
});
const ProductId = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9._+-]*$',
  description: 'A product version id defined under products[].versions.',
  examples: ['plc-3000-fw-2.4.1'],
});
const ProductIds = Type.Array(ProductId, { minItems: 1, uniqueItems: true });
const DateText = Type.String({
  minLength: 10,
  description: 'A date (YYYY-MM-DD) or a date-time with a zone (2026-03-10T09:00:00Z).',
  examples: ['2026-03-10', '2026-03-10T09:00:00Z'],
});

/** Advisory categories and the CSAF profile each becomes. */
export const advisoryCategories = ['security-advisory', 'vex', 'informational'] as const;
export type AdvisoryCategory = (typeof advisoryCategories)[number];

/** CSAF note categories. */
export const noteCategories = [
  'description',
  'details',
  'faq',
  'general',
  'legal_disclaimer',
  'other',
  'summary',
] as const;

/** CSAF remediation categories. */
export const remediationCategories = [
  'vendor_fix',
  'mitigation',
  'workaround',
  'none_available',
  'no_fix_planned',
] as const;

/** VEX justifications for known_not_affected (CSAF flag labels). */
export const justifications = [
  'component_not_present',
  'inline_mitigations_already_exist',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_not_present',
] as const;

/** Product status lists that are plain lists of product ids. */
export const plainStatuses = [
  'known_affected',
  'first_affected',
  'last_affected',
  'fixed',
  'first_fixed',
  'recommended',
  'under_investigation',
] as const;

/** Revision states (CSAF `tracking.status`). */
export const trackingStatuses = ['draft', 'interim', 'final'] as const;
export type TrackingStatus = (typeof trackingStatuses)[number];

const Note = Type.Object(
  {
    category: StringEnum(noteCategories, 'The CSAF note category.'),
    title: Type.Optional(Text),
    text: Text,
  },
  { ...closed, description: 'A note.' },
);

const Reference = Type.Object(
  {
    url: Url,
    summary: Text,
    category: Type.Optional(StringEnum(['external', 'self'] as const, 'external (default) or self.')),
  },
  { ...closed, description: 'A reference.' },
);

const Acknowledgment = Type.Object(
  {
    names: Type.Optional(Type.Array(Text, { minItems: 1 })),
    organization: Type.Optional(Text),
    summary: Type.Optional(Text),
    urls: Type.Optional(Type.Array(Url, { minItems: 1 })),
  },
  { ...closed, description: 'Who is thanked, and for what.' },
);

const ProductVersion = Type.Object(
  {
    id: ProductId,
    version: Type.Optional(Type.String({ minLength: 1, description: 'One version, e.g. 2.4.1.' })),
    range: Type.Optional(
      Type.String({
        minLength: 1,
        description:
          'A range: comparators like ">=2.0.0 <2.4.1", or a vers: range (vers:semver/>=2.0.0|<2.4.1).',
      }),
    ),
    cpe: Type.Optional(
      Type.String({
        pattern: '^cpe:',
        description: 'A CPE 2.3 name of this version.',
        examples: ['cpe:2.3:o:acme:plc-3000_firmware:2.4.1:*:*:*:*:*:*:*'],
      }),
    ),
    purl: Type.Optional(
      Type.String({
        pattern: '^pkg:',
        description: 'A package URL of this version.',
        examples: ['pkg:generic/acme/plc-3000-firmware@2.4.1'],
      }),
    ),
  },
  { ...closed, description: 'A version or range of a product, with the id statuses refer to.' },
);

const AdvisoryProduct = Type.Object(
  {
    ref: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'The id of a product in evident.yml (gives name and vendor).',
      }),
    ),
    component: Type.Optional(
      Type.String({
        minLength: 1,
        description:
          "A component of the product's SBOM (evident.yml sbom.components): its name, supplier, CPE and purl are used.",
      }),
    ),
    name: Type.Optional(Text),
    vendor: Type.Optional(Text),
    models: Type.Optional(
      Type.Array(Text, {
        minItems: 1,
        description: 'Model numbers of the hardware the product is, or runs on.',
      }),
    ),
    versions: Type.Array(ProductVersion, { minItems: 1 }),
  },
  { ...closed, description: 'A product, by reference to evident.yml or written out.' },
);

const NotAffected = Type.Object(
  {
    id: ProductId,
    justification: Type.Optional(StringEnum(justifications, 'Why the product is not affected (VEX).')),
    impact: Type.Optional(
      Type.String({ minLength: 1, description: 'An impact statement: why it is not affected.' }),
    ),
  },
  { ...closed, description: 'A product that is not affected, with a justification or an impact statement.' },
);

const Status = Type.Object(
  {
    known_affected: Type.Optional(ProductIds),
    first_affected: Type.Optional(ProductIds),
    last_affected: Type.Optional(ProductIds),
    fixed: Type.Optional(ProductIds),
    first_fixed: Type.Optional(ProductIds),
    recommended: Type.Optional(ProductIds),
    under_investigation: Type.Optional(ProductIds),
    known_not_affected: Type.Optional(Type.Array(NotAffected, { minItems: 1 })),
  },
  { ...closed, description: 'Product status: which product versions are in which state.' },
);

const Remediation = Type.Object(
  {
    category: StringEnum(remediationCategories, 'The CSAF remediation category.'),
    details: Text,
    url: Type.Optional(Url),
    fixedVersion: Type.Optional(
      Type.String({ minLength: 1, description: 'The version that fixes it (vendor_fix).' }),
    ),
    date: Type.Optional(DateText),
    products: Type.Optional(ProductIds),
  },
  { ...closed, description: 'What users can do; products default to the affected ones.' },
);

const Cwe = Type.Union([
  Type.String({
    pattern: '^CWE-[1-9]\\d*$',
    description: 'A CWE id; its name comes from the CWE list.',
    examples: ['CWE-306'],
  }),
  Type.Object(
    {
      id: Type.String({ pattern: '^CWE-[1-9]\\d*$', examples: ['CWE-306'] }),
      name: Type.String({ minLength: 1, description: 'Checked against the CWE list.' }),
    },
    { ...closed, description: 'A CWE id with its name, as the CWE list writes it.' },
  ),
]);

const Vulnerability = Type.Object(
  {
    cve: Type.Optional(
      Type.String({
        pattern: '^CVE-[0-9]{4}-[0-9]{4,}$',
        description: 'The CVE id.',
        examples: ['CVE-2026-41001'],
      }),
    ),
    title: Type.Optional(Text),
    description: Type.Optional(Text),
    cwe: Type.Optional(Cwe),
    cvss: Type.Optional(
      Type.String({
        pattern: '^CVSS:3\\.[01]/',
        description: 'A CVSS v3.1 vector; the scores are computed.',
        examples: ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
      }),
    ),
    cvssV4: Type.Optional(
      Type.String({
        pattern: '^CVSS:4\\.0/',
        description: 'A CVSS v4.0 vector (carried by CSAF 2.1 only).',
        examples: ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'],
      }),
    ),
    discovered: Type.Optional(DateText),
    released: Type.Optional(DateText),
    status: Status,
    remediations: Type.Optional(Type.Array(Remediation)),
    notes: Type.Optional(Type.Array(Note)),
    references: Type.Optional(Type.Array(Reference)),
    acknowledgments: Type.Optional(Type.Array(Acknowledgment)),
  },
  { ...closed, description: 'A vulnerability and how it touches each product version.' },
);

const Revision = Type.Object(
  {
    number: Type.String({ minLength: 1 }),
    date: DateText,
    summary: Text,
  },
  { ...closed, description: 'A revision; written by `evident advisory revise`.' },
);

const Tracking = Type.Object(
  {
    status: StringEnum(trackingStatuses, 'draft, interim or final; set by `evident advisory revise`.'),
    version: Type.String({ minLength: 1 }),
    revisions: Type.Array(Revision, { minItems: 1 }),
  },
  { ...closed, description: 'The revision history; `evident advisory revise` maintains it.' },
);

/** The whole advisory file. */
export const AdvisorySchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    id: Type.String({
      pattern: '^\\S(.*\\S)?$',
      description: 'The tracking id, e.g. ACME-SA-2026-001.',
      examples: ['ACME-SA-2026-001'],
    }),
    title: Text,
    category: Type.Optional(
      StringEnum(advisoryCategories, 'security-advisory (default), vex or informational.'),
    ),
    tlp: StringEnum(tlpLabels, 'Traffic Light Protocol label (WHITE/CLEAR: public).'),
    lang: Type.Optional(
      Type.String({
        pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
        description: 'Language, e.g. en.',
        examples: ['en', 'de-DE'],
      }),
    ),
    summary: Type.Optional(Text),
    notes: Type.Optional(Type.Array(Note)),
    references: Type.Optional(Type.Array(Reference)),
    acknowledgments: Type.Optional(Type.Array(Acknowledgment)),
    products: Type.Optional(List(AdvisoryProduct, 'The products and versions this advisory speaks about.')),
    vulnerabilities: Type.Optional(List(Vulnerability, 'The vulnerabilities.')),
    tracking: Type.Optional(Tracking),
  },
  {
    ...closed,
    title: 'Evident advisory',
    description: 'A security advisory, built into CSAF by `evident advisory build`.',
  },
);

/** An advisory as written. */
export type AdvisoryInput = Static<typeof AdvisorySchema>;
export type VulnerabilityInput = Static<typeof Vulnerability>;
export type ProductInput = Static<typeof AdvisoryProduct>;
export type NoteInput = Static<typeof Note>;
export type ReferenceInput = Static<typeof Reference>;
export type AcknowledgmentInput = Static<typeof Acknowledgment>;
export type RemediationInput = Static<typeof Remediation>;
export type TrackingInput = Static<typeof Tracking>;
