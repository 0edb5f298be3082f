/**
 * The industrial rules. Each names the FR and the 62443-4-2 requirement it checks, reads only
 * facts written in the model, and keys its suggestions on the id of the element, flow or
 * component it fires on, so renaming a display name loses nothing. A suggestion becomes a
 * threat only when a threat accepts it (`suggestion: rule@target`).
 */
import type {
  Component,
  Controls,
  Element,
  Flow,
  FoundationalRequirement,
  StrideCategory,
  ThreatModel,
  Zone,
} from './schema.js';
import {
  confidentialityClasses,
  debugInterfaceTypes,
  integrityClasses,
  removableMediaTypes,
  wirelessTypes,
} from './schema.js';

/** What a rule looks at. */
export type RuleSubject = 'flow' | 'element' | 'component';

/** The model with the indexes rules need. */
export interface RuleContext {
  readonly model: ThreatModel;
  readonly elements: ReadonlyMap<string, Element>;
  readonly components: ReadonlyMap<string, Component>;
  readonly zones: ReadonlyMap<string, Zone>;
  readonly zoneOf: ReadonlyMap<string, string>;
  /** Flows into each element. */
  readonly incoming: ReadonlyMap<string, readonly Flow[]>;
}

interface RuleBase {
  /** Stable id, used in suggestion keys (`rule@target`). */
  readonly id: string;
  readonly title: string;
  readonly frs: readonly FoundationalRequirement[];
  /** The 62443-4-2 requirement(s) it checks. */
  readonly requirement: string;
  readonly stride: StrideCategory;
  /** What to do about it. */
  readonly fix: string;
}

/** A rule over flows, elements or components. */
export type Rule =
  | (RuleBase & { readonly subject: 'flow'; fires(flow: Flow, context: RuleContext): boolean })
  | (RuleBase & { readonly subject: 'element'; fires(element: Element, context: RuleContext): boolean })
  | (RuleBase & {
      readonly subject: 'component';
      fires(component: Component, context: RuleContext): boolean;
    });

const rank = <T extends string>(order: readonly T[], value: T) => order.indexOf(value);

/** True when the flow joins two different zones: it crosses a trust boundary. */
export function crossesBoundary(flow: Flow, context: RuleContext): boolean {
  const from = context.zoneOf.get(flow.from);
  const to = context.zoneOf.get(flow.to);
  return from !== undefined && to !== undefined && from !== to;
}

/** True when the flow joins two different components, or an element outside any component. */
function leavesComponent(flow: Flow, context: RuleContext): boolean {
  const from = context.elements.get(flow.from)?.component;
  const to = context.elements.get(flow.to)?.component;
  return from === undefined || to === undefined || from !== to;
}

function targetZone(flow: Flow, context: RuleContext): Zone | undefined {
  return context.zones.get(context.zoneOf.get(flow.to) ?? '');
}

/** An element's controls, merged over its component's (the element's own facts win). */
export function controlsOf(element: Element, context: RuleContext): Controls {
  const component = context.components.get(element.component ?? '');
  return { ...component?.controls, ...element.controls };
}

function crossingIn(element: Element, context: RuleContext): Flow[] {
  return (context.incoming.get(element.id) ?? []).filter((flow) => crossesBoundary(flow, context));
}

function isProtocol(flow: Flow, ...names: string[]): boolean {
  return names.includes(flow.protocol.toLowerCase());
}

function carries(flow: Flow, ...categories: string[]): boolean {
  return (flow.data.categories ?? []).some((category) => categories.includes(category));
}

function isLeftOpen(element: Element): boolean {
  return element.state === undefined || element.state === 'enabled';
}

function cleartextProtocol(
  id: string,
  title: string,
  protocols: string[],
  secured: (flow: Flow) => boolean,
  fix: string,
): Rule {
  return {
    id,
    title,
    subject: 'flow',
    frs: ['FR3', 'FR4'],
    requirement: 'CR 3.1, CR 4.1',
    stride: 'tampering',
    fix,
    fires: (flow, context) =>
      isProtocol(flow, ...protocols) && !secured(flow) && crossesBoundary(flow, context),
  };
}

/** Every rule, in a fixed order. */
export const rules: readonly Rule[] = [
  {
    id: 'unauthenticated-flow-into-sl2-zone',
    title: 'Unauthenticated flow into a zone whose assumed SL-T(FR1) is 2 or more',
    subject: 'flow',
    frs: ['FR1'],
    requirement: 'CR 1.1, CR 1.2',
    stride: 'spoofing',
    fix: 'authenticate the sender (users: CR 1.1, devices and processes: CR 1.2)',
    fires: (flow, context) =>
      crossesBoundary(flow, context) &&
      (flow.authentication ?? 'none') === 'none' &&
      (targetZone(flow, context)?.slT?.FR1 ?? 0) >= 2,
  },
  cleartextProtocol(
    'cleartext-modbus',
    'Modbus/TCP (no authentication, no integrity) across a trust boundary',
    ['modbus', 'modbus-tcp', 'modbus-rtu'],
    () => false,
    'use Modbus/TCP Security (TLS, port 802) or keep Modbus inside one zone',
  ),
  cleartextProtocol(
    'cleartext-s7comm',
    'S7comm (no integrity protection) across a trust boundary',
    ['s7comm'],
    () => false,
    'use S7comm-plus with TLS (protocol: s7comm-plus-tls) or keep S7comm inside one zone',
  ),
  cleartextProtocol(
    'dnp3-without-sav5',
    'DNP3 without Secure Authentication v5 across a trust boundary',
    ['dnp3'],
    (flow) => flow.dnp3SecureAuthentication === true,
    'enable DNP3 Secure Authentication v5 (IEEE 1815-2012), ideally over TLS',
  ),
  cleartextProtocol(
    'opcua-security-mode-none',
    'OPC UA with MessageSecurityMode None (or unstated) across a trust boundary',
    ['opc-ua', 'opcua'],
    (flow) => flow.opcUaSecurityMode === 'Sign' || flow.opcUaSecurityMode === 'SignAndEncrypt',
    'require SignAndEncrypt endpoints and disable the None endpoint',
  ),
  cleartextProtocol(
    'cleartext-iec-104',
    'IEC 60870-5-104 without IEC 62351 across a trust boundary',
    ['iec-104', 'iec-60870-5-104'],
    (flow) => flow.integrityProtected === true,
    'apply IEC 62351-3/-5 (TLS and authentication) to the IEC 104 link',
  ),
  cleartextProtocol(
    'ethernet-ip-without-cip-security',
    'EtherNet/IP without CIP Security across a trust boundary',
    ['ethernet-ip', 'cip'],
    (flow) => flow.cipSecurity === true,
    'enable CIP Security (TLS/DTLS) on the EtherNet/IP connection',
  ),
  {
    id: 'boundary-flow-without-integrity',
    title: 'High-integrity data crosses a trust boundary without integrity protection',
    subject: 'flow',
    frs: ['FR3'],
    requirement: 'CR 3.1',
    stride: 'tampering',
    fix: 'protect the flow with a MAC or signature (TLS, IPsec, a signed protocol)',
    fires: (flow, context) =>
      crossesBoundary(flow, context) &&
      flow.integrityProtected !== true &&
      rank(integrityClasses, flow.data.integrity) >= rank(integrityClasses, 'high'),
  },
  {
    id: 'cleartext-confidential-data',
    title: 'Confidential data crosses a trust boundary unencrypted',
    subject: 'flow',
    frs: ['FR4'],
    requirement: 'CR 4.1',
    stride: 'information-disclosure',
    fix: 'encrypt the flow (TLS 1.2+, IPsec) or stop sending confidential data across the boundary',
    fires: (flow, context) =>
      crossesBoundary(flow, context) &&
      flow.encrypted !== true &&
      rank(confidentialityClasses, flow.data.confidentiality) >= rank(confidentialityClasses, 'confidential'),
  },
  {
    id: 'credentials-in-cleartext',
    title: 'Credentials or keys sent unencrypted out of a component',
    subject: 'flow',
    frs: ['FR1', 'FR4'],
    requirement: 'CR 1.5, CR 4.1',
    stride: 'information-disclosure',
    fix: 'never send authenticators in clear text: use an encrypted, authenticated channel',
    fires: (flow, context) =>
      carries(flow, 'credentials', 'keys') && flow.encrypted !== true && leavesComponent(flow, context),
  },
  {
    id: 'remote-access-without-mfa',
    title: 'Remote access without multifactor authentication',
    subject: 'flow',
    frs: ['FR1'],
    requirement: 'CR 1.1 RE 2, CR 1.13',
    stride: 'spoofing',
    fix: 'require multifactor authentication for remote access',
    fires: (flow) => flow.remoteAccess === true && flow.authentication !== 'mfa',
  },
  {
    id: 'weak-tls-version',
    title: 'TLS 1.0 or 1.1',
    subject: 'flow',
    frs: ['FR4'],
    requirement: 'CR 4.3',
    stride: 'information-disclosure',
    fix: 'require TLS 1.2 or 1.3',
    fires: (flow) => flow.tlsVersion === '1.0' || flow.tlsVersion === '1.1',
  },
  {
    id: 'legacy-cleartext-protocol',
    title: 'Legacy clear-text management protocol across a trust boundary',
    subject: 'flow',
    frs: ['FR1', 'FR4'],
    requirement: 'CR 1.2, CR 4.1',
    stride: 'information-disclosure',
    fix: 'replace with SSH, SFTP, HTTPS or SNMPv3 (authPriv)',
    fires: (flow, context) =>
      isProtocol(flow, 'telnet', 'ftp', 'tftp', 'http', 'snmpv1', 'snmpv2c', 'rlogin', 'vnc') &&
      crossesBoundary(flow, context),
  },
  {
    id: 'unauthenticated-time-sync',
    title: 'Time synchronisation without integrity protection across a trust boundary',
    subject: 'flow',
    frs: ['FR2'],
    requirement: 'CR 2.11 RE 2',
    stride: 'tampering',
    fix: 'use NTS or authenticated NTP/PTP, or a time source inside the zone',
    fires: (flow, context) =>
      (isProtocol(flow, 'ntp', 'sntp', 'ptp') || carries(flow, 'time')) &&
      flow.integrityProtected !== true &&
      crossesBoundary(flow, context),
  },
  {
    id: 'flow-outside-conduit',
    title: 'Flow crosses zones outside any conduit',
    subject: 'flow',
    frs: ['FR5'],
    requirement: 'CR 5.1',
    stride: 'elevation-of-privilege',
    fix: 'route the flow through a conduit of the reference architecture (name it in conduit:)',
    fires: (flow, context) => crossesBoundary(flow, context) && flow.conduit === undefined,
  },
  {
    id: 'untrusted-zone-into-sl2-zone',
    title: 'Flow from an untrusted zone straight into a zone whose assumed SL-T(FR5) is 2 or more',
    subject: 'flow',
    frs: ['FR5'],
    requirement: 'CR 5.1, NDR 5.2',
    stride: 'elevation-of-privilege',
    fix: 'terminate the flow in a DMZ and relay it; never open the control zone to an untrusted one',
    fires: (flow, context) =>
      crossesBoundary(flow, context) &&
      context.zones.get(context.zoneOf.get(flow.from) ?? '')?.untrusted === true &&
      (targetZone(flow, context)?.slT?.FR5 ?? 0) >= 2,
  },
  {
    id: 'unauthorized-control-write',
    title: 'Control commands or logic accepted without authorization',
    subject: 'flow',
    frs: ['FR2'],
    requirement: 'CR 2.1',
    stride: 'elevation-of-privilege',
    fix: 'authorize every write of control logic and commands by role on the receiving element',
    fires: (flow, context) => {
      const target = context.elements.get(flow.to);
      return (
        target?.kind === 'process' &&
        carries(flow, 'control-logic', 'control-command') &&
        controlsOf(target, context).authorization !== true
      );
    },
  },
  {
    id: 'safety-function-reachable',
    title: 'A safety function is reachable from another zone',
    subject: 'flow',
    frs: ['FR5'],
    requirement: 'CR 5.1',
    stride: 'tampering',
    fix: 'keep safety functions in their own zone; allow at most read-only, one-way flows out',
    fires: (flow, context) =>
      context.elements.get(flow.to)?.safety === true && crossesBoundary(flow, context),
  },
  {
    id: 'unsigned-update',
    title: 'Firmware or software update without signature verification',
    subject: 'element',
    frs: ['FR3'],
    requirement: 'CR 3.4 RE 1, EDR 3.10 RE 1',
    stride: 'tampering',
    fix: 'verify a signature over every update before it is installed (and roll back on failure)',
    fires: (element, context) =>
      element.kind !== 'external-entity' &&
      (context.incoming.get(element.id) ?? []).some((flow) => carries(flow, 'firmware', 'software')) &&
      controlsOf(element, context).signatureVerification !== true,
  },
  {
    id: 'exposed-debug-interface',
    title: 'Debug or test interface left open in the shipped product',
    subject: 'element',
    frs: ['FR2'],
    requirement: 'EDR 2.13',
    stride: 'elevation-of-privilege',
    fix: 'disable or fuse JTAG/SWD/UART in production, or require authentication to use it',
    fires: (element) =>
      element.kind === 'interface' && debugInterfaceTypes.has(element.interface ?? '') && isLeftOpen(element),
  },
  {
    id: 'default-or-shared-credentials',
    title: 'Default or shared credentials',
    subject: 'element',
    frs: ['FR1'],
    requirement: 'CR 1.5',
    stride: 'spoofing',
    fix: 'ship unique per-device credentials, or force a change at commissioning',
    fires: (element) => element.credentials === 'default' || element.credentials === 'shared',
  },
  {
    id: 'hard-coded-credentials',
    title: 'Hard-coded credentials',
    subject: 'element',
    frs: ['FR1'],
    requirement: 'CR 1.5',
    stride: 'spoofing',
    fix: 'remove hard-coded credentials; provision authenticators per device',
    fires: (element) => element.credentials === 'hard-coded',
  },
  {
    id: 'missing-audit-logging',
    title: 'Process reachable across a trust boundary logs no security events',
    subject: 'element',
    frs: ['FR2', 'FR6'],
    requirement: 'CR 2.8',
    stride: 'repudiation',
    fix: 'log authentication, authorization, configuration and update events with timestamps',
    fires: (element, context) =>
      element.kind === 'process' &&
      crossingIn(element, context).length > 0 &&
      controlsOf(element, context).auditLogging !== true,
  },
  {
    id: 'unbounded-network-input',
    title: 'Network input without rate limits or bounded resources',
    subject: 'element',
    frs: ['FR7'],
    requirement: 'CR 7.1, CR 7.2',
    stride: 'denial-of-service',
    fix: 'rate-limit connections and requests and bound buffers, so the essential function keeps running',
    fires: (element, context) =>
      element.kind === 'process' &&
      crossingIn(element, context).length > 0 &&
      controlsOf(element, context).resourceLimits !== true,
  },
  {
    id: 'removable-media-without-malware-protection',
    title: 'Removable media accepted without protection from malicious code',
    subject: 'element',
    frs: ['FR3'],
    requirement: 'CR 3.2',
    stride: 'tampering',
    fix: 'disable autorun, accept only signed files from media, or disable the port',
    fires: (element, context) =>
      element.kind === 'interface' &&
      removableMediaTypes.has(element.interface ?? '') &&
      isLeftOpen(element) &&
      controlsOf(element, context).malwareProtection !== true,
  },
  {
    id: 'wireless-without-authentication',
    title: 'Wireless interface open without access authentication',
    subject: 'element',
    frs: ['FR1', 'FR2'],
    requirement: 'NDR 1.6, CR 2.2',
    stride: 'spoofing',
    fix: 'require authenticated wireless access (WPA3-Enterprise, paired Bluetooth) or disable it',
    fires: (element) =>
      element.kind === 'interface' && wirelessTypes.has(element.interface ?? '') && isLeftOpen(element),
  },
  {
    id: 'secrets-stored-unencrypted',
    title: 'Credentials, keys or secret data stored unencrypted',
    subject: 'element',
    frs: ['FR4'],
    requirement: 'CR 4.1, CR 1.5 RE 1',
    stride: 'information-disclosure',
    fix: 'encrypt the store, or keep keys in a secure element or TPM',
    fires: (element, context) =>
      element.kind === 'data-store' &&
      ((element.holds ?? []).some((data) => data === 'credentials' || data === 'keys') ||
        element.confidentiality === 'secret') &&
      controlsOf(element, context).encryptedAtRest !== true,
  },
  {
    id: 'audit-log-not-protected',
    title: 'Audit log can be changed',
    subject: 'element',
    frs: ['FR3'],
    requirement: 'CR 3.9',
    stride: 'repudiation',
    fix: 'make the audit log append-only and restrict who can read it',
    fires: (element, context) =>
      element.kind === 'data-store' &&
      (element.holds ?? []).includes('audit-log') &&
      controlsOf(element, context).appendOnly !== true,
  },
  {
    id: 'configuration-without-backup',
    title: 'Configuration or control logic without a backup',
    subject: 'element',
    frs: ['FR7'],
    requirement: 'CR 7.3',
    stride: 'denial-of-service',
    fix: 'support backup and restore of configuration and logic, with integrity verification',
    fires: (element, context) =>
      element.kind === 'data-store' &&
      (element.holds ?? []).some((data) => data === 'configuration' || data === 'control-logic') &&
      controlsOf(element, context).backup !== true,
  },
  {
    id: 'privileged-network-service',
    title: 'Service reachable across a trust boundary runs with administrative rights',
    subject: 'element',
    frs: ['FR2'],
    requirement: 'CR 2.1',
    stride: 'elevation-of-privilege',
    fix: 'run the service as an unprivileged user with only the rights it needs',
    fires: (element, context) =>
      element.kind === 'process' &&
      crossingIn(element, context).length > 0 &&
      (element.privileged === true || controlsOf(element, context).leastPrivilege === false),
  },
  {
    id: 'unnecessary-function-enabled',
    title: 'A function the intended use does not need is enabled',
    subject: 'element',
    frs: ['FR7'],
    requirement: 'CR 7.7',
    stride: 'elevation-of-privilege',
    fix: 'disable or remove it by default (least functionality)',
    fires: (element) =>
      element.necessary === false && element.state !== 'disabled' && element.state !== 'removed',
  },
  {
    id: 'untrusted-input-without-validation',
    title: 'Input from an external entity or untrusted zone is not validated',
    subject: 'element',
    frs: ['FR3'],
    requirement: 'CR 3.5',
    stride: 'tampering',
    fix: 'validate syntax, length and ranges of every input from outside the zone',
    fires: (element, context) =>
      element.kind === 'process' &&
      controlsOf(element, context).inputValidation !== true &&
      (context.incoming.get(element.id) ?? []).some((flow) => {
        const sender = context.elements.get(flow.from);
        const zone = context.zones.get(context.zoneOf.get(flow.from) ?? '');
        return sender?.kind === 'external-entity' || zone?.untrusted === true;
      }),
  },
  {
    id: 'embedded-without-secure-boot',
    title: 'Embedded device boots without verifying its software',
    subject: 'component',
    frs: ['FR3'],
    requirement: 'EDR 3.14 RE 1',
    stride: 'tampering',
    fix: 'verify the boot chain from a hardware root of trust (secure boot)',
    fires: (component) => component.type === 'embedded-device' && component.controls?.secureBoot !== true,
  },
  {
    id: 'device-without-tamper-detection',
    title: 'Device in a zone with assumed SL-T(FR3) 2 or more has no tamper resistance',
    subject: 'component',
    frs: ['FR3'],
    requirement: 'EDR 3.11',
    stride: 'tampering',
    fix: 'add tamper-evident enclosure and detection, or document the physical protection the user must provide',
    fires: (component, context) =>
      component.type !== 'software-application' &&
      (context.zones.get(component.zone)?.slT?.FR3 ?? 0) >= 2 &&
      component.controls?.tamperDetection !== true,
  },
];

/** The ids of every rule. */
export const ruleIds: ReadonlySet<string> = new Set(rules.map((rule) => rule.id));
