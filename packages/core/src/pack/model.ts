import { type Static, Type } from '@sinclair/typebox';
import { practiceIds } from '../catalogue/catalogue.js';
import { classifications } from '../confidentiality.js';
import { componentTypes } from '../config/vocabulary.js';
import { StringEnum } from '../schema-types.js';

/**
 * The compliance pack's model (`pack.json`) and manifest (`manifest.json`), fixed here so
 * that every collector fills the same shape. The pack reports how complete the evidence is
 * per requirement; it never claims conformance: the assessor judges that.
 */

/** How complete the evidence for one requirement is. */
export const evidenceStatuses = ['complete', 'partial', 'none', 'not-collected', 'not-applicable'] as const;
export type EvidenceStatus = (typeof evidenceStatuses)[number];

const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'Lower-case hex SHA-256.' });
const Commit = Type.String({ pattern: '^[0-9a-f]{40}([0-9a-f]{24})?$', description: 'A git commit id.' });
const Timestamp = Type.String({ format: 'date-time', description: 'UTC, ISO 8601.' });

const Collector = Type.Object(
  { name: Type.String({ minLength: 1 }), version: Type.String({ minLength: 1 }) },
  { additionalProperties: false, description: 'What gathered an evidence item.' },
);

/** One piece of evidence: a file at a commit, or a record fetched from a URL. */
export const EvidenceItemSchema = Type.Object(
  {
    id: Type.String({ minLength: 1, description: 'Derived from the content: stable across runs.' }),
    kind: Type.String({
      minLength: 1,
      description: 'e.g. document, sbom, threat-model, gate-report, review.',
    }),
    title: Type.String({ minLength: 1 }),
    path: Type.Optional(Type.String({ minLength: 1, description: 'Repository-relative source path.' })),
    url: Type.Optional(Type.String({ format: 'uri' })),
    packPath: Type.Optional(Type.String({ minLength: 1, description: 'Where a copy sits inside the pack.' })),
    sha256: Sha256,
    commit: Type.Optional(Commit),
    collectedAt: Timestamp,
    collector: Collector,
    classification: StringEnum(classifications, 'Who may see the file or record itself.'),
  },
  { additionalProperties: false },
);

/** Something a person must attest for a requirement, and whether a record was found. */
export const AttestationSchema = Type.Object(
  {
    statement: Type.String({ minLength: 1 }),
    status: StringEnum(['missing', 'attested', 'expired'] as const, 'Whether an approved record was found.'),
    document: Type.Optional(Type.String({ minLength: 1, description: 'The attested document, when found.' })),
  },
  { additionalProperties: false },
);

const RequirementResult = Type.Object(
  {
    id: Type.String({ pattern: '^(SM|SR|SD|SI|SVV|DM|SUM|SG)-[0-9]+$' }),
    practice: StringEnum(practiceIds, 'The practice.'),
    title: Type.String({ minLength: 1 }),
    status: StringEnum(evidenceStatuses, 'How complete the evidence is.'),
    reason: Type.Optional(Type.String({ minLength: 1, description: 'Why the status is not complete.' })),
    evidence: Type.Array(EvidenceItemSchema),
    attestations: Type.Array(AttestationSchema),
  },
  {
    additionalProperties: false,
    // A status short of complete must say why.
    if: { properties: { status: { not: { const: 'complete' } } } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema if/then, not a promise.
    then: { required: ['reason'], properties: { reason: { type: 'string' } } },
  },
);

const StatusCounts = Type.Object(
  Object.fromEntries(evidenceStatuses.map((status) => [status, Type.Integer({ minimum: 0 })])) as Record<
    EvidenceStatus,
    ReturnType<typeof Type.Integer>
  >,
  { additionalProperties: false },
);

/**
 * Where a pack's time comes from, so that nobody reads the commit time as the moment the
 * pack was made: the HEAD commit's committer time, SOURCE_DATE_EPOCH, or (no commit, no
 * SOURCE_DATE_EPOCH) the clock of the run.
 */
export const timeSources = ['commit', 'SOURCE_DATE_EPOCH', 'clock'] as const;
export type TimeSource = (typeof timeSources)[number];

/** `pack.json`. */
export const PackSchema = Type.Object(
  {
    formatVersion: Type.Literal(1),
    standard: Type.Literal('IEC 62443-4-1:2018'),
    classification: StringEnum(
      classifications,
      'The most restricted class of what the pack holds: its own text and any file copied into it (packPath). An evidence item it only points to (path and hash) keeps its own class, which tells the assessor how to ask for the file.',
    ),
    generatedAt: Timestamp,
    timeSource: StringEnum(
      timeSources,
      'Where generatedAt comes from: the commit time of HEAD, SOURCE_DATE_EPOCH, or the clock of a run without either.',
    ),
    generator: Collector,
    repository: Type.Object(
      {
        commit: Type.Optional(Commit),
        ref: Type.Optional(Type.String()),
        url: Type.Optional(
          Type.String({
            minLength: 1,
            description:
              "The remote's URL without credentials, query or fragment; absent without a remote or when it is a local path.",
          }),
        ),
        dirty: Type.Boolean({
          description:
            "The working tree differed from the commit: changed, staged or deleted files, or untracked files git does not ignore (the pack's own output directory excepted).",
        }),
      },
      { additionalProperties: false },
    ),
    products: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          name: Type.String(),
          type: StringEnum(componentTypes, 'IEC 62443-4-2 component type.'),
          version: Type.Optional(Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
    summary: StatusCounts,
    requirements: Type.Array(RequirementResult, { minItems: 47, maxItems: 47 }),
  },
  { additionalProperties: false, title: 'Evident compliance pack' },
);

/** `manifest.json`: every other file of the pack with its hash. */
export const ManifestSchema = Type.Object(
  {
    formatVersion: Type.Literal(1),
    algorithm: Type.Literal('sha256'),
    files: Type.Array(
      Type.Object(
        { path: Type.String({ minLength: 1 }), sha256: Sha256, size: Type.Integer({ minimum: 0 }) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, title: 'Evident pack manifest' },
);

export type EvidenceItem = Static<typeof EvidenceItemSchema>;
export type Attestation = Static<typeof AttestationSchema>;
export type RequirementResult = Static<typeof RequirementResult>;
export type Pack = Static<typeof PackSchema>;
export type Manifest = Static<typeof ManifestSchema>;
