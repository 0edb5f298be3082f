import type { ComponentType } from '@evident/core';
import type { FoundationalRequirement } from './schema.js';

/**
 * The IEC 62443-4-2 component requirements (CRs) and requirement enhancements (REs) as data:
 * number, FR, the lowest security level that requires it, and which component types it
 * applies to. Titles are short paraphrases, not the standard's text. SL-C per FR follows
 * from this table (see security-levels.ts).
 */
export interface ComponentRequirement {
  /** `1.1` for CR 1.1, `1.1 RE 2` for its second enhancement. */
  readonly key: string;
  readonly fr: FoundationalRequirement;
  /** The lowest SL (1–4) at which the requirement applies. */
  readonly level: number;
  readonly title: string;
  /** Component types it applies to; all four for a common CR. */
  readonly types: readonly ComponentType[];
}

const all: readonly ComponentType[] = [
  'embedded-device',
  'host-device',
  'network-device',
  'software-application',
];
const devices: readonly ComponentType[] = ['embedded-device', 'host-device', 'network-device'];
const network: readonly ComponentType[] = ['network-device'];

type Row = [
  number: string,
  level: number,
  title: string,
  types: readonly ComponentType[],
  res?: [number, number, string][],
];

const rows: Record<FoundationalRequirement, Row[]> = {
  FR1: [
    [
      '1.1',
      1,
      'Human user identification and authentication',
      all,
      [
        [1, 2, 'Unique identification and authentication'],
        [2, 3, 'Multifactor authentication for all interfaces'],
      ],
    ],
    [
      '1.2',
      2,
      'Software process and device identification and authentication',
      all,
      [[1, 3, 'Unique identification and authentication']],
    ],
    ['1.3', 1, 'Account management', all],
    ['1.4', 1, 'Identifier management', all],
    ['1.5', 1, 'Authenticator management', all, [[1, 3, 'Hardware security for authenticators']]],
    ['1.6', 1, 'Wireless access management', network, [[1, 2, 'Unique identification and authentication']]],
    [
      '1.7',
      1,
      'Strength of password-based authentication',
      all,
      [
        [1, 3, 'Password generation and lifetime restrictions for human users'],
        [2, 4, 'Password lifetime restrictions for all users'],
      ],
    ],
    ['1.8', 2, 'Public key infrastructure certificates', all],
    [
      '1.9',
      2,
      'Strength of public key-based authentication',
      all,
      [[1, 3, 'Hardware security for public key-based authentication']],
    ],
    ['1.10', 1, 'Authenticator feedback', all],
    ['1.11', 1, 'Unsuccessful login attempts', all],
    ['1.12', 1, 'System use notification', all],
    ['1.13', 1, 'Access via untrusted networks', network, [[1, 2, 'Explicit access request approval']]],
    [
      '1.14',
      2,
      'Strength of symmetric key-based authentication',
      all,
      [[1, 3, 'Hardware security for symmetric key-based authentication']],
    ],
  ],
  FR2: [
    [
      '2.1',
      1,
      'Authorization enforcement',
      all,
      [
        [1, 2, 'Authorization enforcement for all users'],
        [2, 2, 'Permission mapping to roles'],
        [3, 3, 'Supervisor override'],
        [4, 4, 'Dual approval'],
      ],
    ],
    ['2.2', 1, 'Wireless use control', all],
    ['2.4', 1, 'Mobile code', all, [[1, 2, 'Mobile code authenticity check']]],
    ['2.5', 1, 'Session lock', all],
    ['2.6', 2, 'Remote session termination', all],
    ['2.7', 3, 'Concurrent session control', all],
    ['2.8', 1, 'Auditable events', all],
    [
      '2.9',
      1,
      'Audit storage capacity',
      all,
      [[1, 3, 'Warn when audit record storage capacity threshold reached']],
    ],
    ['2.10', 1, 'Response to audit processing failures', all],
    [
      '2.11',
      1,
      'Timestamps',
      all,
      [
        [1, 2, 'Time synchronization'],
        [2, 4, 'Protection of time source integrity'],
      ],
    ],
    ['2.12', 3, 'Non-repudiation', all, [[1, 4, 'Non-repudiation for all users']]],
    ['2.13', 2, 'Use of physical diagnostic and test interfaces', devices, [[1, 3, 'Active monitoring']]],
  ],
  FR3: [
    ['3.1', 1, 'Communication integrity', all, [[1, 2, 'Communication authentication']]],
    ['3.2', 1, 'Protection from malicious code', all],
    [
      '3.3',
      1,
      'Security functionality verification',
      all,
      [[1, 4, 'Security functionality verification during normal operation']],
    ],
    [
      '3.4',
      1,
      'Software and information integrity',
      all,
      [
        [1, 2, 'Authenticity of software and information'],
        [2, 3, 'Automated notification of integrity violations'],
      ],
    ],
    ['3.5', 1, 'Input validation', all],
    ['3.6', 1, 'Deterministic output', all],
    ['3.7', 1, 'Error handling', all],
    ['3.8', 2, 'Session integrity', all],
    ['3.9', 2, 'Protection of audit information', all, [[1, 4, 'Audit records on write-once media']]],
    ['3.10', 1, 'Support for updates', devices, [[1, 2, 'Update authenticity and integrity']]],
    [
      '3.11',
      2,
      'Physical tamper resistance and detection',
      devices,
      [[1, 3, 'Notification of a tamper attempt']],
    ],
    ['3.12', 2, 'Provisioning product supplier roots of trust', devices],
    ['3.13', 2, 'Provisioning asset owner roots of trust', devices],
    ['3.14', 1, 'Integrity of the boot process', devices, [[1, 2, 'Authenticity of the boot process']]],
  ],
  FR4: [
    ['4.1', 1, 'Information confidentiality', all],
    [
      '4.2',
      2,
      'Information persistence',
      all,
      [
        [1, 3, 'Erase of shared memory resources'],
        [2, 3, 'Erase verification'],
      ],
    ],
    ['4.3', 1, 'Use of cryptography', all],
  ],
  FR5: [
    ['5.1', 1, 'Network segmentation', all],
    [
      '5.2',
      1,
      'Zone boundary protection',
      network,
      [
        [1, 2, 'Deny all, permit by exception'],
        [2, 3, 'Island mode'],
        [3, 3, 'Fail close'],
      ],
    ],
    ['5.3', 1, 'General purpose person-to-person communication restrictions', network],
  ],
  FR6: [
    ['6.1', 1, 'Audit log accessibility', all, [[1, 3, 'Programmatic access to audit logs']]],
    ['6.2', 2, 'Continuous monitoring', all],
  ],
  FR7: [
    ['7.1', 1, 'Denial of service protection', all, [[1, 2, 'Manage communication load from component']]],
    ['7.2', 1, 'Resource management', all],
    ['7.3', 1, 'Control system backup', all, [[1, 2, 'Backup integrity verification']]],
    ['7.4', 1, 'Control system recovery and reconstitution', all],
    [
      '7.6',
      1,
      'Network and security configuration settings',
      all,
      [[1, 3, 'Machine-readable reporting of current security settings']],
    ],
    ['7.7', 1, 'Least functionality', all],
    ['7.8', 2, 'Control system component inventory', all],
  ],
};

/** Every CR and RE, in catalogue order. */
export const componentRequirements: readonly ComponentRequirement[] = Object.freeze(
  Object.entries(rows).flatMap(([fr, list]) =>
    list.flatMap(([number, level, title, types, res = []]) => [
      { key: number, fr: fr as FoundationalRequirement, level, title, types },
      ...res.map(([re, reLevel, reTitle]) => ({
        key: `${number} RE ${re}`,
        fr: fr as FoundationalRequirement,
        level: reLevel,
        title: reTitle,
        types,
      })),
    ]),
  ),
);

const byKey = new Map(componentRequirements.map((requirement) => [requirement.key, requirement]));

/** `CR 3.4 RE 1` → `3.4 RE 1`: the prefix (CR, SAR, EDR, HDR, NDR) names the component type only. */
export function requirementKey(reference: string): string {
  return reference.replace(/^(CR|SAR|EDR|HDR|NDR) /, '');
}

/** The catalogue entry a reference like `EDR 2.13` names, or undefined. */
export function findComponentRequirement(reference: string): ComponentRequirement | undefined {
  return byKey.get(requirementKey(reference));
}

const prefixByType: Readonly<Record<ComponentType, string>> = {
  'embedded-device': 'EDR',
  'host-device': 'HDR',
  'network-device': 'NDR',
  'software-application': 'SAR',
};

/** How 62443-4-2 names a requirement for a component type: CR for common ones, EDR/HDR/NDR/SAR otherwise. */
export function displayReference(requirement: ComponentRequirement, type: ComponentType): string {
  return `${requirement.types.length === all.length ? 'CR' : prefixByType[type]} ${requirement.key}`;
}
