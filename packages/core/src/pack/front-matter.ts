import { type Static, Type } from '@sinclair/typebox';
import { requirements } from '../catalogue/catalogue.js';
import { classifications } from '../confidentiality.js';
import { StringEnum } from '../schema-types.js';

const requirementIds = requirements.map((requirement) => requirement.id);

/**
 * The front matter of an attested document (a process description, a review record, a
 * guideline): who owns it, who approved it and when, when it must be reviewed again, and
 * which products and requirements it covers. Collectors read it to decide whether an
 * attestation is present, current or expired.
 */
export const FrontMatterSchema = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1 })),
    owner: Type.String({ minLength: 1, description: 'Role or person responsible for the document.' }),
    approver: Type.String({ minLength: 1, description: 'Who approved this revision.' }),
    'approved-on': Type.String({
      format: 'date',
      description: 'The day this revision was approved: a calendar date written YYYY-MM-DD.',
    }),
    'next-review': Type.String({
      format: 'date',
      description: 'A calendar date written YYYY-MM-DD; past it, the attestation is expired.',
    }),
    'applies-to': Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), { description: 'Product ids; all products when absent.' }),
    ),
    requirements: Type.Optional(
      // The 47 ids of the catalogue, not a pattern: SM-99 is a typo, not a requirement.
      Type.Array(StringEnum(requirementIds, 'An IEC 62443-4-1 requirement id, SM-1 to SG-6.'), {
        description: 'The 4-1 requirements this document is evidence for.',
      }),
    ),
    classification: Type.Optional(StringEnum(classifications, 'Who may read it; internal when absent.')),
  },
  { additionalProperties: false, title: 'Evident attested document front matter' },
);

export type FrontMatter = Static<typeof FrontMatterSchema>;
