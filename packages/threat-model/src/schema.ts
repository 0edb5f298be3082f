import { componentTypes } from '@evident/core';
import { type Static, type TSchema, Type } from '@sinclair/typebox';

/** A string from a fixed list, as a plain JSON Schema `enum` (clearer errors than anyOf of consts). */
function StringEnum<const T extends readonly string[]>(values: T, description: string) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
}

/**
 * The threat-model format (threat-model.yml), one definition for the TypeScript types, the
 * validator and the published JSON Schema. Every object is closed: an unknown key is an
 * error answered with the nearest known key. Ids are chosen by people and never derived from
 * names, so a rename keeps every link, accepted suggestion and test mapping.
 */

const closed = { additionalProperties: false } as const;

const Id = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
  description: 'A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.',
});
const Ids = (description: string) => Type.Array(Id, { description, uniqueItems: true });
const Text = (description: string) => Type.String({ minLength: 1, description });

/** The seven foundational requirements of IEC 62443. */
export const foundationalRequirements = ['FR1', 'FR2', 'FR3', 'FR4', 'FR5', 'FR6', 'FR7'] as const;
/** One foundational requirement: FR1 authentication … FR7 availability. */
export type FoundationalRequirement = (typeof foundationalRequirements)[number];

const SecurityLevel = Type.Integer({ minimum: 0, maximum: 4, description: 'Security level 0–4.' });

const SecurityLevels = Type.Object(
  {
    FR1: Type.Optional(SecurityLevel),
    FR2: Type.Optional(SecurityLevel),
    FR3: Type.Optional(SecurityLevel),
    FR4: Type.Optional(SecurityLevel),
    FR5: Type.Optional(SecurityLevel),
    FR6: Type.Optional(SecurityLevel),
    FR7: Type.Optional(SecurityLevel),
  },
  { ...closed, description: 'A security level per foundational requirement (FR1–FR7); absent means 0.' },
);

/** STRIDE categories. */
export const strideCategories = [
  'spoofing',
  'tampering',
  'repudiation',
  'information-disclosure',
  'denial-of-service',
  'elevation-of-privilege',
] as const;
/** One STRIDE category. */
export type StrideCategory = (typeof strideCategories)[number];

/** What a model element is. */
export const elementKinds = ['process', 'data-store', 'external-entity', 'interface'] as const;
/** Physical, debug and network interfaces an element of kind interface can be. */
export const interfaceTypes = [
  'jtag',
  'swd',
  'uart',
  'usb',
  'sd-card',
  'maintenance-port',
  'ethernet',
  'serial',
  'wifi',
  'bluetooth',
  'cellular',
  'fieldbus',
  'display',
] as const;
/** Interfaces meant for diagnostics and test (EDR 2.13). */
export const debugInterfaceTypes: ReadonlySet<string> = new Set(['jtag', 'swd', 'uart', 'maintenance-port']);
/** Interfaces that accept removable media. */
export const removableMediaTypes: ReadonlySet<string> = new Set(['usb', 'sd-card']);
/** Wireless interfaces. */
export const wirelessTypes: ReadonlySet<string> = new Set(['wifi', 'bluetooth', 'cellular']);

/** How an interface is left in the shipped product. */
export const interfaceStates = ['enabled', 'authenticated', 'disabled', 'removed'] as const;

/** Confidentiality classes of data, lowest first. */
export const confidentialityClasses = ['public', 'internal', 'confidential', 'secret'] as const;
/** Integrity classes of data, lowest first. */
export const integrityClasses = ['low', 'medium', 'high', 'critical'] as const;
/** Categories of data a flow carries or an element holds; rules key on them. */
export const dataCategories = [
  'process-data',
  'control-command',
  'control-logic',
  'configuration',
  'firmware',
  'software',
  'credentials',
  'keys',
  'audit-log',
  'diagnostics',
  'personal-data',
  'time',
  'vulnerability-data',
  'report',
] as const;

/** How the sending side of a flow is authenticated. */
export const authenticationMethods = [
  'none',
  'password',
  'shared-key',
  'token',
  'certificate',
  'mfa',
] as const;

/** Credentials an element ships with or uses. */
export const credentialKinds = ['none', 'unique', 'default', 'shared', 'hard-coded'] as const;

/** Controls an element implements; rules read these facts, absent means "not implemented". */
const Controls = Type.Object(
  {
    auditLogging: Type.Optional(Type.Boolean({ description: 'Security events are logged (CR 2.8).' })),
    resourceLimits: Type.Optional(
      Type.Boolean({ description: 'Rate limits and bounded buffers on its network input (CR 7.1, CR 7.2).' }),
    ),
    signatureVerification: Type.Optional(
      Type.Boolean({
        description: 'Updates and software are verified against a signature (CR 3.4 RE 1, EDR 3.10 RE 1).',
      }),
    ),
    secureBoot: Type.Optional(Type.Boolean({ description: 'The boot chain is verified (EDR 3.14 RE 1).' })),
    tamperDetection: Type.Optional(
      Type.Boolean({ description: 'Physical tamper resistance and detection (EDR 3.11).' }),
    ),
    encryptedAtRest: Type.Optional(Type.Boolean({ description: 'Stored data is encrypted (CR 4.1).' })),
    backup: Type.Optional(Type.Boolean({ description: 'Backed up, with integrity check (CR 7.3).' })),
    malwareProtection: Type.Optional(
      Type.Boolean({ description: 'Protection from malicious code (CR 3.2).' }),
    ),
    inputValidation: Type.Optional(Type.Boolean({ description: 'Inputs are validated (CR 3.5).' })),
    leastPrivilege: Type.Optional(
      Type.Boolean({ description: 'Runs without administrative rights (CR 2.1).' }),
    ),
    appendOnly: Type.Optional(
      Type.Boolean({ description: 'Records can be appended, not changed (CR 3.9).' }),
    ),
    authorization: Type.Optional(
      Type.Boolean({ description: 'Role-based authorization of every request (CR 2.1).' }),
    ),
  },
  { ...closed, description: 'Security controls the element implements; rules read these facts.' },
);

const Zone = Type.Object(
  {
    id: Id,
    name: Text('Display name.'),
    description: Type.Optional(Type.String()),
    slT: Type.Optional(SecurityLevels),
    untrusted: Type.Optional(
      Type.Boolean({ description: 'A zone nobody controls (the internet, a customer network).' }),
    ),
  },
  {
    ...closed,
    description:
      'A zone of the ASSUMED reference architecture (62443-3-2): the asset owner defines the real zones; slT is the assumed target security level per FR.',
  },
);

const Conduit = Type.Object(
  {
    id: Id,
    name: Text('Display name.'),
    zones: Type.Array(Id, { minItems: 2, uniqueItems: true, description: 'The zones the conduit joins.' }),
    description: Type.Optional(Type.String()),
    boundaryProtection: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'The assumed boundary device, e.g. "firewall, deny by default".',
      }),
    ),
  },
  { ...closed, description: 'A conduit of the assumed reference architecture, joining zones.' },
);

const Assumption = Type.Object(
  { id: Id, text: Text('What the vendor assumes about the environment (SG-2 expectations).') },
  closed,
);

const Context = Type.Object(
  {
    intendedUse: Text('What the product is for and who uses it (SR-1).'),
    environment: Text('Where it is expected to run: the operational environment (SR-1).'),
    assumptions: Type.Optional(Type.Array(Assumption)),
    tolerableRisk: Type.Integer({
      minimum: 1,
      maximum: 25,
      description:
        'The highest likelihood × impact (1–25) the vendor tolerates without mitigation; open threats above it fail the check.',
    }),
  },
  { ...closed, description: 'The product security context (SR-1).' },
);

const Component = Type.Object(
  {
    id: Id,
    name: Text('Display name.'),
    type: StringEnum(componentTypes, 'The IEC 62443-4-2 component type.'),
    zone: Id,
    description: Type.Optional(Type.String()),
    controls: Type.Optional(Controls),
  },
  { ...closed, description: 'A 62443-4-2 component of the product (the unit SL-C is computed for).' },
);

const Element = Type.Object(
  {
    id: Id,
    name: Text('Display name.'),
    kind: StringEnum(elementKinds, 'process, data-store, external-entity or interface.'),
    component: Type.Optional(Id),
    zone: Type.Optional(Id),
    description: Type.Optional(Type.String()),
    interface: Type.Optional(StringEnum(interfaceTypes, 'For kind interface: what interface it is.')),
    state: Type.Optional(
      StringEnum(interfaceStates, 'For interfaces: how it is left in the shipped product.'),
    ),
    holds: Type.Optional(
      Type.Array(StringEnum(dataCategories, 'A data category.'), {
        uniqueItems: true,
        description: 'Data the element stores or processes.',
      }),
    ),
    confidentiality: Type.Optional(StringEnum(confidentialityClasses, 'Highest class of data it holds.')),
    credentials: Type.Optional(StringEnum(credentialKinds, 'Credentials it ships with (CR 1.5).')),
    privileged: Type.Optional(Type.Boolean({ description: 'Runs with administrative rights.' })),
    necessary: Type.Optional(
      Type.Boolean({ description: 'false: a function the intended use does not need (CR 7.7).' }),
    ),
    safety: Type.Optional(Type.Boolean({ description: 'A safety function (SIS).' })),
    controls: Type.Optional(Controls),
  },
  {
    ...closed,
    description:
      'A process, data store, external entity or physical/debug interface; in a zone directly or through its component.',
  },
);

const FlowData = Type.Object(
  {
    categories: Type.Optional(
      Type.Array(StringEnum(dataCategories, 'A data category.'), { uniqueItems: true }),
    ),
    confidentiality: StringEnum(confidentialityClasses, 'Confidentiality class of the data.'),
    integrity: StringEnum(integrityClasses, 'Integrity class of the data.'),
  },
  { ...closed, description: 'The data a flow carries, categorised.' },
);

const Flow = Type.Object(
  {
    id: Id,
    from: Id,
    to: Id,
    name: Type.Optional(Type.String()),
    protocol: Text('e.g. modbus-tcp, s7comm, dnp3, opc-ua, iec-104, https, ssh, mqtt, usb-mass-storage.'),
    data: FlowData,
    conduit: Type.Optional(Id),
    authentication: Type.Optional(
      StringEnum(authenticationMethods, 'How the sender is authenticated; default none.'),
    ),
    encrypted: Type.Optional(Type.Boolean({ description: 'Confidentiality protected in transit.' })),
    integrityProtected: Type.Optional(
      Type.Boolean({ description: 'Integrity protected in transit (MAC or signature).' }),
    ),
    tlsVersion: Type.Optional(StringEnum(['1.0', '1.1', '1.2', '1.3'] as const, 'TLS version, if TLS.')),
    opcUaSecurityMode: Type.Optional(
      StringEnum(['None', 'Sign', 'SignAndEncrypt'] as const, 'OPC UA MessageSecurityMode.'),
    ),
    dnp3SecureAuthentication: Type.Optional(Type.Boolean({ description: 'DNP3 Secure Authentication v5.' })),
    cipSecurity: Type.Optional(Type.Boolean({ description: 'EtherNet/IP with CIP Security.' })),
    remoteAccess: Type.Optional(Type.Boolean({ description: 'Remote access from outside the site.' })),
    human: Type.Optional(
      Type.Boolean({ description: 'A person is at the sending end (CR 1.1, else CR 1.2).' }),
    ),
  },
  {
    ...closed,
    description: 'A data flow between two elements; crossing zones means crossing a trust boundary.',
  },
);

const Dependency = Type.Object(
  {
    id: Id,
    purl: Type.String({ pattern: '^pkg:', description: 'Package URL of the SBOM component.' }),
    elements: Ids('The elements that use it.'),
    description: Type.Optional(Type.String()),
  },
  { ...closed, description: 'An external dependency, linked to the SBOM by purl.' },
);

const SuggestionKey = Type.String({
  pattern: '^[a-z0-9-]+@[A-Za-z0-9][A-Za-z0-9._-]*$',
  description: 'A rule suggestion: rule@target.',
});

const Scale = (what: string) =>
  Type.Integer({
    minimum: 1,
    maximum: 5,
    description: `${what} 1 (rare/negligible) to 5 (almost certain/severe).`,
  });

/** Threat statuses. */
export const threatStatuses = ['open', 'mitigated', 'accepted', 'transferred', 'not-applicable'] as const;

const Acceptance = Type.Object(
  {
    by: Text('Who accepted the risk (a role).'),
    date: Type.String({ format: 'date' }),
    rationale: Text('Why.'),
  },
  { ...closed, description: 'A documented risk acceptance.' },
);

const Threat = Type.Object(
  {
    id: Id,
    title: Text('One line.'),
    description: Type.Optional(Type.String()),
    stride: StringEnum(strideCategories, 'The STRIDE category.'),
    targets: Type.Array(Id, {
      minItems: 1,
      uniqueItems: true,
      description: 'Element, flow or component ids.',
    }),
    frs: Type.Array(StringEnum(foundationalRequirements, 'FR1–FR7.'), { minItems: 1, uniqueItems: true }),
    likelihood: Scale('Likelihood'),
    impact: Scale('Impact'),
    attackVector: StringEnum(
      ['network', 'adjacent', 'local', 'physical'] as const,
      'Where the attacker must be.',
    ),
    status: StringEnum(threatStatuses, 'open, mitigated, accepted, transferred or not-applicable.'),
    mitigations: Type.Optional(Ids('Mitigations that address it.')),
    suggestions: Type.Optional(
      Type.Array(SuggestionKey, {
        uniqueItems: true,
        description:
          'The rule suggestions this threat accepts, as rule@target (from `evident threat-model check`).',
      }),
    ),
    acceptance: Type.Optional(Acceptance),
  },
  {
    ...closed,
    description: 'A threat: severity is likelihood × impact against the tolerable risk, never CVSS.',
  },
);

const Mitigation = Type.Object(
  {
    id: Id,
    title: Text('One line.'),
    description: Type.Optional(Type.String()),
    status: StringEnum(['implemented', 'planned', 'not-implemented'] as const, 'Implementation status.'),
    requirements: Type.Optional(Ids('Security requirements it implements.')),
    tests: Type.Optional(Type.Array(Text('A test id from the JUnit results.'), { uniqueItems: true })),
    code: Type.Optional(Type.Array(Text('A code path.'))),
  },
  { ...closed, description: 'A mitigation (SD-2 defence in depth), linked to requirements.' },
);

const CrRef = Type.String({
  pattern: '^(CR|SAR|EDR|HDR|NDR) [1-7]\\.[0-9]{1,2}( RE [1-9])?$',
  description: 'A 62443-4-2 requirement, e.g. CR 1.1, CR 3.4 RE 1, EDR 2.13.',
});

/** Requirement statuses; met and not-applicable count towards SL-C. */
export const requirementStatuses = ['met', 'partial', 'not-met', 'planned', 'not-applicable'] as const;

const Requirement = Type.Object(
  {
    id: Id,
    title: Text('One line.'),
    description: Type.Optional(Type.String()),
    satisfies: Type.Optional(Type.Array(CrRef, { uniqueItems: true, description: '62443-4-2 CRs/REs.' })),
    components: Type.Optional(Ids('Components it applies to (default: every component).')),
    status: StringEnum(requirementStatuses, 'met, partial, not-met, planned or not-applicable.'),
    threats: Type.Optional(Ids('Threats it counters.')),
    mitigations: Type.Optional(Ids('Mitigations that implement it.')),
    code: Type.Optional(Type.Array(Text('A code path.'))),
    tests: Type.Optional(Type.Array(Text('A test id from the JUnit results.'), { uniqueItems: true })),
    verification: Type.Optional(
      StringEnum(['test', 'inspection', 'analysis'] as const, 'How it is verified (default test).'),
    ),
    rationale: Type.Optional(Type.String({ description: 'Why, for not-applicable or inspection.' })),
  },
  { ...closed, description: 'A product security requirement (SR-3/SR-4).' },
);

const Countermeasure = Type.Object(
  {
    id: Id,
    component: Id,
    frs: Type.Array(StringEnum(foundationalRequirements, 'FR1–FR7.'), { minItems: 1, uniqueItems: true }),
    description: Text('What the asset owner must do, e.g. put the PLC behind a firewall.'),
    documentedIn: Text('Where users find it (SG-2), e.g. docs/security/hardening.md#network.'),
  },
  { ...closed, description: 'A compensating countermeasure covering an SL-C < SL-T gap (SG-2).' },
);

const Reviewer = Type.Object({ name: Text('Name.'), role: Text('Role, e.g. security architect.') }, closed);
const Finding = Type.Object(
  {
    id: Id,
    text: Text('The finding.'),
    status: StringEnum(['open', 'resolved', 'accepted'] as const, 'Finding status.'),
  },
  closed,
);

/** Review kinds and the 4-1 requirement each gives evidence for. */
export const reviewKinds = {
  'threat-model': 'SR-2',
  'security-requirements': 'SR-5',
  design: 'SD-3',
} as const;

const Review = Type.Object(
  {
    kind: StringEnum(
      Object.keys(reviewKinds) as (keyof typeof reviewKinds)[],
      'threat-model (SR-2), security-requirements (SR-5) or design (SD-3).',
    ),
    date: Type.String({ format: 'date' }),
    commit: Type.String({ pattern: '^[0-9a-f]{7,40}$', description: 'The commit reviewed.' }),
    reviewers: Type.Array(Reviewer, { minItems: 1 }),
    outcome: StringEnum(['approved', 'approved-with-findings', 'rejected'] as const, 'Outcome.'),
    findings: Type.Optional(Type.Array(Finding)),
  },
  { ...closed, description: 'A review record.' },
);

const Dismissal = Type.Object(
  {
    suggestion: SuggestionKey,
    reason: Text('Why it does not apply.'),
  },
  { ...closed, description: 'A rule suggestion judged not to apply.' },
);

const list = <T extends TSchema>(item: T, description: string) =>
  Type.Optional(Type.Array(item, { description }));

/** The whole of threat-model.yml. */
export const ThreatModelSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    version: Type.Literal(1, { description: 'The threat-model format version.' }),
    title: Text('The model title.'),
    product: Type.Optional(Type.String({ minLength: 1, description: 'The evident.yml product id.' })),
    context: Context,
    zones: Type.Array(Zone, { minItems: 1, description: 'The assumed zones.' }),
    conduits: list(Conduit, 'The assumed conduits.'),
    components: Type.Array(Component, { minItems: 1, description: '62443-4-2 components.' }),
    elements: Type.Array(Element, { description: 'Data-flow elements.' }),
    flows: list(Flow, 'Data flows.'),
    dependencies: list(Dependency, 'External dependencies (SBOM components).'),
    threats: list(Threat, 'Threats, with stable ids.'),
    mitigations: list(Mitigation, 'Mitigations.'),
    requirements: list(Requirement, 'The security requirements register.'),
    countermeasures: list(Countermeasure, 'Compensating countermeasures (SG-2).'),
    dismissed: list(Dismissal, 'Rule suggestions that do not apply, with the reason.'),
    reviews: list(Review, 'SR-2, SR-5 and SD-3 review records.'),
  },
  {
    ...closed,
    title: 'Evident threat model',
    description:
      'An IEC 62443 threat model: product security context, assumed zones and conduits, elements, flows, threats, mitigations, requirements and reviews.',
  },
);

/** A threat model as written. */
export type ThreatModel = Static<typeof ThreatModelSchema>;
/** A zone as written. */
export type Zone = Static<typeof Zone>;
/** A conduit as written. */
export type Conduit = Static<typeof Conduit>;
/** A component as written. */
export type Component = Static<typeof Component>;
/** An element as written. */
export type Element = Static<typeof Element>;
/** A flow as written. */
export type Flow = Static<typeof Flow>;
/** A threat as written. */
export type Threat = Static<typeof Threat>;
/** A mitigation as written. */
export type Mitigation = Static<typeof Mitigation>;
/** A requirement as written. */
export type Requirement = Static<typeof Requirement>;
/** A compensating countermeasure as written. */
export type Countermeasure = Static<typeof Countermeasure>;
/** A review as written. */
export type Review = Static<typeof Review>;
/** Element controls as written. */
export type Controls = Static<typeof Controls>;
