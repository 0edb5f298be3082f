import { type Static, Type } from '@sinclair/typebox';
import { StringEnum } from '../schema-types.js';

/**
 * The schema of `evident.yml`, one definition for the TypeScript types, the validator and
 * the published JSON Schema (editor completion). Every object is closed: an unknown key is
 * an error, answered with the nearest known key.
 */

const closed = { additionalProperties: false } as const;

const RepoPath = Type.String({
  minLength: 1,
  description: 'A path inside the repository, relative to evident.yml, with / separators.',
});

/** The 62443-4-2 component types a product can be. */
export const componentTypes = [
  'embedded-device',
  'host-device',
  'network-device',
  'software-application',
] as const;
export type ComponentType = (typeof componentTypes)[number];

/** Where a product's version comes from. */
export const versionSources = ['package-json', 'git-tag', 'file', 'fixed'] as const;

const Party = Type.Object(
  {
    name: Type.String({ minLength: 1, description: 'Legal or trading name.' }),
    url: Type.Optional(Type.String({ format: 'uri', description: 'Web site.' })),
  },
  { ...closed, description: 'An organisation.' },
);

const VersionSource = Type.Object(
  {
    from: StringEnum(
      versionSources,
      'package-json: "version" of the manifest at path; git-tag: the newest tag matching pattern; file: the first line of path; fixed: value.',
    ),
    path: Type.Optional(RepoPath),
    pattern: Type.Optional(Type.String({ minLength: 1, description: 'Tag glob for git-tag, e.g. v*.' })),
    value: Type.Optional(Type.String({ minLength: 1, description: 'The version, for fixed.' })),
  },
  { ...closed, description: 'Where the product version comes from.' },
);

const SecurityContact = Type.Object(
  {
    email: Type.Optional(Type.String({ format: 'email' })),
    url: Type.Optional(Type.String({ format: 'uri', description: 'Reporting page or form.' })),
    policy: Type.Optional(RepoPath),
  },
  { ...closed, description: 'Where security issues are reported (DM-1).' },
);

const Support = Type.Object(
  {
    until: Type.String({ format: 'date', description: 'Last day of security support, YYYY-MM-DD.' }),
  },
  { ...closed, description: 'The support period (SUM-4, SUM-5).' },
);

const Paths = Type.Object(
  {
    threatModel: Type.Optional(RepoPath),
    gatePolicy: Type.Optional(RepoPath),
    advisories: Type.Optional(RepoPath),
    documents: Type.Optional(RepoPath),
  },
  { ...closed, description: 'Where the lifecycle records live.' },
);

const Product = Type.Object(
  {
    id: Type.String({
      pattern: '^[a-z0-9][a-z0-9-]*$',
      description: 'Stable id: lower-case letters, digits and hyphens.',
    }),
    name: Type.String({ minLength: 1 }),
    type: StringEnum(componentTypes, 'The IEC 62443-4-2 component type.'),
    description: Type.Optional(Type.String()),
    manufacturer: Type.Optional(Party),
    version: Type.Optional(VersionSource),
    securityContact: Type.Optional(SecurityContact),
    support: Type.Optional(Support),
    paths: Type.Optional(Paths),
  },
  { ...closed, description: 'A product the repository builds.' },
);

/** The whole of evident.yml. */
export const ConfigSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    version: Type.Literal(1, { description: 'The evident.yml format version.' }),
    manufacturer: Type.Optional(Party),
    securityContact: Type.Optional(SecurityContact),
    defaults: Type.Optional(
      Type.Object({ paths: Type.Optional(Paths) }, { ...closed, description: 'Defaults for every product.' }),
    ),
    products: Type.Array(Product, { minItems: 1 }),
    templates: Type.Optional(RepoPath),
  },
  {
    ...closed,
    title: 'evident.yml',
    description: 'Evident configuration: the products of this repository and where their records live.',
  },
);

/** evident.yml as written. */
export type Config = Static<typeof ConfigSchema>;
/** A product as written. */
export type ProductConfig = Static<typeof Product>;
/** Paths as written. */
export type PathsConfig = Static<typeof Paths>;
/** An organisation. */
export type Party = Static<typeof Party>;
