/**
 * IEC 62443-4-1:2018 as data: the 8 practices, their 47 requirements and the four maturity
 * levels. Ids, titles and clause numbers are identifiers of the standard; the one-line
 * descriptions are Evident's own words, not the normative text.
 */

/** The eight practice ids, in the standard's order. */
export const practiceIds = ['SM', 'SR', 'SD', 'SI', 'SVV', 'DM', 'SUM', 'SG'] as const;
export type PracticeId = (typeof practiceIds)[number];

/** One of the eight practices. */
export interface Practice {
  readonly id: PracticeId;
  readonly number: number;
  /** Clause of IEC 62443-4-1 the practice is specified in. */
  readonly clause: string;
  readonly name: string;
}

/** How much of a requirement's evidence a tool can gather by itself. */
export type Automation = 'auto' | 'partial' | 'attested';

/** One of the 47 requirements. */
export interface Requirement {
  /** `SM-1` … `SG-7`. */
  readonly id: string;
  readonly practice: PracticeId;
  readonly title: string;
  readonly clause: string;
  /** What evidence for it shows, in one line (Evident's paraphrase). */
  readonly description: string;
  readonly automation: Automation;
}

/** A maturity level as 4-1 defines it (rated by the assessor, per practice). */
export interface MaturityLevel {
  readonly level: 1 | 2 | 3 | 4;
  readonly name: string;
  readonly description: string;
}

/** The practices, in order. */
export const practices: readonly Practice[] = Object.freeze([
  { id: 'SM', number: 1, clause: '5', name: 'Security management' },
  { id: 'SR', number: 2, clause: '6', name: 'Specification of security requirements' },
  { id: 'SD', number: 3, clause: '7', name: 'Secure by design' },
  { id: 'SI', number: 4, clause: '8', name: 'Secure implementation' },
  { id: 'SVV', number: 5, clause: '9', name: 'Security verification and validation testing' },
  { id: 'DM', number: 6, clause: '10', name: 'Management of security-related issues' },
  { id: 'SUM', number: 7, clause: '11', name: 'Security update management' },
  { id: 'SG', number: 8, clause: '12', name: 'Security guidelines' },
]);

/** The maturity levels ML1–ML4. */
export const maturityLevels: readonly MaturityLevel[] = Object.freeze([
  { level: 1, name: 'Initial', description: 'Development is ad hoc and results depend on individuals.' },
  {
    level: 2,
    name: 'Managed',
    description: 'Written, approved processes and trained people; execution records may be incomplete.',
  },
  {
    level: 3,
    name: 'Defined (Practiced)',
    description: 'The processes are repeated across products, with execution records to show it.',
  },
  {
    level: 4,
    name: 'Improving',
    description: 'Process metrics are kept over time and used to improve the lifecycle.',
  },
]);

type Row = readonly [id: string, title: string, clause: string, automation: Automation, description: string];

const rows: readonly Row[] = [
  [
    'SM-1',
    'Development process',
    '5.2',
    'partial',
    'A documented, enforced development process with change control and approvals.',
  ],
  [
    'SM-2',
    'Identification of responsibilities',
    '5.3',
    'partial',
    'Named roles and people assigned to each lifecycle activity.',
  ],
  [
    'SM-3',
    'Identification of applicability',
    '5.4',
    'partial',
    'A recorded decision on which products and parts the lifecycle covers.',
  ],
  [
    'SM-4',
    'Security expertise',
    '5.5',
    'attested',
    'Training needs and assessed security competence for each role.',
  ],
  [
    'SM-5',
    'Process scoping',
    '5.6',
    'partial',
    'Per project, the applicable requirements chosen with an approved justification.',
  ],
  ['SM-6', 'File integrity', '5.7', 'auto', 'Shipped files carry hashes or signatures anyone can verify.'],
  [
    'SM-7',
    'Development environment security',
    '5.8',
    'partial',
    'Controls that protect the product from tampering from design to delivery.',
  ],
  [
    'SM-8',
    'Controls for private keys',
    '5.9',
    'partial',
    'Signing keys protected by procedure and by technical means.',
  ],
  [
    'SM-9',
    'Security requirements for externally provided components',
    '5.10',
    'partial',
    'An inventory of third-party components and how their risks are managed.',
  ],
  [
    'SM-10',
    'Custom developed components from third-party suppliers',
    '5.11',
    'attested',
    "Suppliers' own secure lifecycle for components built for the product.",
  ],
  [
    'SM-11',
    'Assessing and addressing security-related issues',
    '5.12',
    'auto',
    'No release ships until its open security issues are addressed.',
  ],
  [
    'SM-12',
    'Process verification',
    '5.13',
    'auto',
    'Before each release, a record that every applicable activity was done.',
  ],
  [
    'SM-13',
    'Continuous improvement',
    '5.14',
    'partial',
    'The lifecycle is improved over time, learning from escaped defects.',
  ],
  [
    'SR-1',
    'Product security context',
    '6.2',
    'partial',
    'The intended environment and security assumptions, written down.',
  ],
  [
    'SR-2',
    'Threat model',
    '6.3',
    'partial',
    'A current threat model: flows, boundaries, threats, severity, mitigations.',
  ],
  [
    'SR-3',
    'Product security requirements',
    '6.4',
    'partial',
    'Documented security requirements, from installation to decommissioning.',
  ],
  [
    'SR-4',
    'Product security requirements content',
    '6.5',
    'partial',
    'Requirements that state scope, boundaries and the capability level (SL-C).',
  ],
  [
    'SR-5',
    'Security requirements review',
    '6.6',
    'partial',
    'The requirements reviewed and approved by the named roles.',
  ],
  [
    'SD-1',
    'Secure design principles',
    '7.2',
    'partial',
    'A secure design that characterises every physical and logical interface.',
  ],
  [
    'SD-2',
    'Defense in depth design',
    '7.3',
    'attested',
    'Layered defences derived from the threat model, each with an owner.',
  ],
  [
    'SD-3',
    'Security design review',
    '7.4',
    'partial',
    'Each significant design change reviewed, with findings tracked to closure.',
  ],
  [
    'SD-4',
    'Secure design best practices',
    '7.5',
    'partial',
    'Documented design practices such as least privilege and a small attack surface.',
  ],
  [
    'SI-1',
    'Security implementation review',
    '8.3',
    'auto',
    'Code review and static analysis on every change, findings tracked.',
  ],
  [
    'SI-2',
    'Secure coding standards',
    '8.4',
    'partial',
    'Secure coding standards that are applied and periodically reviewed.',
  ],
  [
    'SVV-1',
    'Security requirements testing',
    '9.2',
    'partial',
    'Tests showing each security function meets its requirement.',
  ],
  [
    'SVV-2',
    'Threat mitigation testing',
    '9.3',
    'partial',
    'Each mitigation in the threat model tested, including attempts to defeat it.',
  ],
  [
    'SVV-3',
    'Vulnerability testing',
    '9.4',
    'partial',
    'Fuzzing, attack-surface analysis and known-vulnerability scanning.',
  ],
  [
    'SVV-4',
    'Penetration testing',
    '9.5',
    'attested',
    'Penetration tests, with findings fed into issue management.',
  ],
  [
    'SVV-5',
    'Independence of testers',
    '9.6',
    'partial',
    'Testers as independent of developers as each kind of test requires.',
  ],
  [
    'DM-1',
    'Receiving notifications of security-related issues',
    '10.2',
    'auto',
    'A working intake for security reports, tracked to closure.',
  ],
  [
    'DM-2',
    'Reviewing security-related issues',
    '10.3',
    'partial',
    'Reports promptly checked for applicability and verifiability.',
  ],
  [
    'DM-3',
    'Assessing security-related issues',
    '10.4',
    'partial',
    'Valid issues scored (e.g. CVSS), checked across versions, root cause found.',
  ],
  [
    'DM-4',
    'Addressing security-related issues',
    '10.5',
    'auto',
    'Issues fixed, mitigated, deferred or accepted against a residual-risk threshold.',
  ],
  [
    'DM-5',
    'Disclosing security-related issues',
    '10.6',
    'auto',
    'Users told in time: description, severity, affected versions, resolution.',
  ],
  [
    'DM-6',
    'Periodic review of security defect management practice',
    '10.7',
    'partial',
    'At least a yearly review of how security issues were handled.',
  ],
  [
    'SUM-1',
    'Security update qualification',
    '11.2',
    'partial',
    'Each update verified to fix the issue without regressions.',
  ],
  [
    'SUM-2',
    'Security update documentation',
    '11.3',
    'partial',
    'Update notes: versions, install steps, impact, how to verify.',
  ],
  [
    'SUM-3',
    'Dependent component or operating system security update documentation',
    '11.4',
    'partial',
    'Whether updates of dependencies or the OS are compatible, and what to do if not.',
  ],
  [
    'SUM-4',
    'Security update delivery',
    '11.5',
    'auto',
    'Updates for every supported version, delivered so users can verify them.',
  ],
  [
    'SUM-5',
    'Timely delivery of security patches',
    '11.6',
    'partial',
    'A policy with time frames for qualifying and delivering updates.',
  ],
  [
    'SG-1',
    'Product defense in depth',
    '12.2',
    'partial',
    "User documentation of the product's defence-in-depth strategy.",
  ],
  [
    'SG-2',
    'Defense in depth measures expected in the environment',
    '12.3',
    'partial',
    'User documentation of the protection the product expects around it.',
  ],
  [
    'SG-3',
    'Security hardening guidelines',
    '12.4',
    'partial',
    'A hardening guide: options, defaults and their security impact.',
  ],
  [
    'SG-4',
    'Secure disposal guidelines',
    '12.5',
    'partial',
    'How to decommission the product and erase its data.',
  ],
  [
    'SG-5',
    'Secure operation guidelines',
    '12.6',
    'partial',
    'Responsibilities of users and administrators for secure operation.',
  ],
  [
    'SG-6',
    'Account management guidelines',
    '12.7',
    'partial',
    'Required privileges and how to change default accounts.',
  ],
  [
    'SG-7',
    'Documentation review',
    '12.8',
    'partial',
    'User manuals and guidelines reviewed for errors and omissions.',
  ],
];

/** The 47 requirements, in the standard's order (practice, then number). */
export const requirements: readonly Requirement[] = Object.freeze(
  rows.map(([id, title, clause, automation, description]) =>
    Object.freeze({ id, practice: practiceOf(id), title, clause, description, automation }),
  ),
);

function practiceOf(requirementId: string): PracticeId {
  const prefix = requirementId.slice(0, requirementId.lastIndexOf('-'));
  const practice = practiceIds.find((id) => id === prefix);
  if (!practice) throw new Error(`catalogue: ${requirementId} names no practice`);
  return practice;
}

/** The requirement with this id, or undefined. */
export function findRequirement(id: string): Requirement | undefined {
  return requirements.find((requirement) => requirement.id === id);
}
