import { type Static, Type } from '@sinclair/typebox';
import { StringEnum } from '../schema-types.js';
import { componentTypes, declaredComponentTypes, sbomLifecyclePhases, versionSources } from './vocabulary.js';

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

const Party = Type.Object(
  {
    name: Type.String({ minLength: 1, description: 'Legal or trading name.' }),
    url: Type.Optional(
      Type.String({ format: 'uri', description: 'Web site.', examples: ['https://example.com'] }),
    ),
  },
  { ...closed, description: 'An organisation.' },
);

const VersionSource = Type.Object(
  {
    from: StringEnum(
      versionSources,
      'package-json: "version" of the manifest at path; git-tag: the tag matching pattern with the highest semantic version (tags that are not semantic versions are ignored); file: the first line of path; fixed: value.',
    ),
    path: Type.Optional(RepoPath),
    pattern: Type.Optional(Type.String({ minLength: 1, description: 'Tag glob for git-tag, e.g. v*.' })),
    value: Type.Optional(Type.String({ minLength: 1, description: 'The version, for fixed.' })),
  },
  { ...closed, description: 'Where the product version comes from.' },
);

const SecurityContact = Type.Object(
  {
    email: Type.Optional(Type.String({ format: 'email', examples: ['psirt@example.com'] })),
    url: Type.Optional(
      Type.String({
        format: 'uri',
        description: 'Reporting page or form.',
        examples: ['https://example.com/psirt'],
      }),
    ),
    policy: Type.Optional(RepoPath),
    responseDays: Type.Optional(
      Type.Integer({
        minimum: 1,
        description:
          'Days within which a report is acknowledged; the SECURITY.md of evident init promises a response time only when this is set.',
      }),
    ),
  },
  { ...closed, description: 'Where security issues are reported (DM-1).' },
);

const Support = Type.Object(
  {
    until: Type.String({
      format: 'date',
      description: 'Last day of security support, YYYY-MM-DD.',
      examples: ['2031-12-31'],
    }),
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

const DeclaredFile = Type.Object(
  {
    path: RepoPath,
    sha256: Type.Optional(
      Type.String({
        pattern: '^[0-9a-fA-F]{64}$',
        description: 'The SHA-256 the file must have; a different one fails `evident sbom` (exit 1).',
        examples: ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
      }),
    ),
  },
  { ...closed, description: 'A file of the component; Evident hashes it.' },
);

/** A component no lockfile knows: vendored C/C++ library, RTOS, bootloader, firmware blob, hardware module. */
export const DeclaredComponentSchema = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    version: Type.String({ minLength: 1 }),
    type: StringEnum(declaredComponentTypes, 'The CycloneDX component type.'),
    description: Type.Optional(Type.String()),
    supplier: Type.Optional(Party),
    license: Type.Optional(
      Type.String({ minLength: 1, description: 'An SPDX licence expression, e.g. MIT OR Apache-2.0.' }),
    ),
    cpe: Type.Optional(
      Type.String({
        pattern: '^cpe:2\\.3:',
        description: 'CPE 2.3 name, for vulnerability matching.',
        examples: ['cpe:2.3:a:freertos:freertos-kernel:11.1.0:*:*:*:*:*:*:*'],
      }),
    ),
    purl: Type.Optional(
      Type.String({
        pattern: '^pkg:',
        description: 'Package URL, e.g. pkg:github/FreeRTOS/FreeRTOS-Kernel@V11.1.0.',
        examples: ['pkg:github/FreeRTOS/FreeRTOS-Kernel@V11.1.0'],
      }),
    ),
    files: Type.Optional(Type.Array(DeclaredFile, { description: 'The files that make up the component.' })),
  },
  { ...closed, description: 'A component declared by hand (SM-9: what no lockfile knows).' },
);

const SbomSettings = Type.Object(
  {
    lockfile: Type.Optional(RepoPath),
    components: Type.Optional(Type.Array(DeclaredComponentSchema)),
    componentsFile: Type.Optional(RepoPath),
    lifecycles: Type.Optional(Type.Array(StringEnum(sbomLifecyclePhases, 'A CycloneDX lifecycle phase.'))),
    supplier: Type.Optional(Party),
  },
  {
    ...closed,
    description:
      'SBOM settings: the npm lockfile (or its folder), declared components, or a YAML file of them (componentsFile), lifecycles and supplier.',
  },
);

/** A file of declared components, named by sbom.componentsFile. */
export const DeclaredComponentsFileSchema = Type.Object(
  { components: Type.Array(DeclaredComponentSchema) },
  { ...closed, title: 'Evident declared components', description: 'Components no lockfile knows.' },
);

const Product = Type.Object(
  {
    id: Type.String({
      pattern: '^[a-z0-9][a-z0-9-]*$',
      description: 'Stable id: lower-case letters, digits and hyphens.',
      examples: ['plc-3000'],
    }),
    name: Type.String({ minLength: 1 }),
    type: StringEnum(componentTypes, 'The IEC 62443-4-2 component type.'),
    description: Type.Optional(Type.String()),
    manufacturer: Type.Optional(Party),
    version: Type.Optional(VersionSource),
    securityContact: Type.Optional(SecurityContact),
    support: Type.Optional(Support),
    paths: Type.Optional(Paths),
    sbom: Type.Optional(SbomSettings),
  },
  { ...closed, description: 'A product the repository builds.' },
);

const Publisher = Type.Object(
  {
    name: Type.Optional(
      Type.String({ minLength: 1, description: 'Publisher name in advisories; default: manufacturer.name.' }),
    ),
    namespace: Type.String({
      format: 'uri',
      description:
        'A URL that identifies the publisher (CSAF publisher.namespace), e.g. https://example.com.',
      examples: ['https://example.com'],
    }),
    category: Type.Optional(
      StringEnum(
        ['vendor', 'coordinator', 'discoverer', 'other', 'translator', 'user'] as const,
        'The CSAF publisher category; default vendor.',
      ),
    ),
    contactDetails: Type.Optional(Type.String({ minLength: 1, description: 'How to reach the PSIRT.' })),
    issuingAuthority: Type.Optional(
      Type.String({ minLength: 1, description: 'Who may issue the advisories, and on whose behalf.' }),
    ),
    advisoriesUrl: Type.Optional(
      Type.String({
        format: 'uri',
        description: 'Where the CSAF files are published; gives each advisory its canonical URL.',
        examples: ['https://example.com/.well-known/csaf/white'],
      }),
    ),
  },
  { ...closed, description: 'Who publishes the security advisories (CSAF document.publisher).' },
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
    publisher: Type.Optional(Publisher),
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
/** A declared component as written. */
export type DeclaredComponentConfig = Static<typeof DeclaredComponentSchema>;
/** SBOM settings of a product as written. */
export type SbomSettingsConfig = Static<typeof SbomSettings>;
/** The advisory publisher as written. */
export type PublisherConfig = Static<typeof Publisher>;
