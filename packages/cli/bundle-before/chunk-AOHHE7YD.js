import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  baseDirectory,
  readNamedFiles
} from "./chunk-FPMXNLYY.js";
import {
  InputError,
  Type,
  UsageError,
  componentTypes,
  configFileName,
  createSchemaChecker,
  loadConfig,
  parseYaml,
  suggest,
  throwIfProblems
} from "./chunk-C5P4ZO5R.js";
import {
  require_formats,
  require_ucs2length
} from "./chunk-ZCQYR5VP.js";
import {
  __toESM
} from "./chunk-TQAJVIUW.js";

// packages/threat-model/src/dependencies.ts
function purlKey(purl, withVersion) {
  const base = purl.split(/[?#]/, 1)[0] ?? purl;
  if (withVersion) return base;
  const at2 = base.lastIndexOf("@");
  return at2 > base.indexOf("/") ? base.slice(0, at2) : base;
}
function linkDependencies(model, sbomPurls) {
  const exact = /* @__PURE__ */ new Map();
  const anyVersion = /* @__PURE__ */ new Map();
  for (const purl of sbomPurls ?? []) {
    exact.set(decodeURIComponent(purlKey(purl, true)), purl);
    anyVersion.set(decodeURIComponent(purlKey(purl, false)), purl);
  }
  return (model.dependencies ?? []).map((dependency) => {
    const row = { id: dependency.id, purl: dependency.purl, elements: dependency.elements };
    if (sbomPurls === void 0) return row;
    const wanted = decodeURIComponent(purlKey(dependency.purl, true));
    const versioned = wanted !== decodeURIComponent(purlKey(dependency.purl, false));
    const found = exact.get(wanted) ?? (versioned ? void 0 : anyVersion.get(wanted));
    return found === void 0 ? { ...row, inSbom: false } : { ...row, inSbom: true, sbomPurl: found };
  });
}
function readSbomPurls(text, file) {
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not a JSON SBOM: ${error instanceof Error ? error.message : String(error)}`, {
      location: { file },
      fix: "pass a CycloneDX or SPDX JSON SBOM (evident sbom writes one)"
    });
  }
  const record = document;
  const purls = [];
  if (record?.bomFormat === "CycloneDX") {
    const visit = (component) => {
      const item = component;
      if (typeof item?.purl === "string") purls.push(item.purl);
      if (Array.isArray(item?.components)) item.components.forEach(visit);
    };
    visit(record.metadata?.component);
    if (Array.isArray(record.components)) record.components.forEach(visit);
    return purls;
  }
  if (typeof record?.spdxVersion === "string" && Array.isArray(record.packages)) {
    for (const item of record.packages) {
      for (const ref of item.externalRefs ?? []) {
        if (ref.referenceType === "purl" && typeof ref.referenceLocator === "string")
          purls.push(ref.referenceLocator);
      }
    }
    return purls;
  }
  throw new InputError("not a CycloneDX or SPDX JSON SBOM", {
    location: { file },
    fix: "pass a CycloneDX JSON (bomFormat: CycloneDX) or SPDX 2.x JSON SBOM"
  });
}

// packages/threat-model/src/schema.ts
function StringEnum(values, description) {
  return Type.Unsafe({ type: "string", enum: [...values], description });
}
var closed = { additionalProperties: false };
var Id = Type.String({
  pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$",
  description: "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it."
});
var Ids = (description) => Type.Array(Id, { description, uniqueItems: true });
var Text = (description) => Type.String({ minLength: 1, description });
var foundationalRequirements = ["FR1", "FR2", "FR3", "FR4", "FR5", "FR6", "FR7"];
var SecurityLevel = Type.Integer({ minimum: 0, maximum: 4, description: "Security level 0–4." });
var SecurityLevels = Type.Object(
  {
    FR1: Type.Optional(SecurityLevel),
    FR2: Type.Optional(SecurityLevel),
    FR3: Type.Optional(SecurityLevel),
    FR4: Type.Optional(SecurityLevel),
    FR5: Type.Optional(SecurityLevel),
    FR6: Type.Optional(SecurityLevel),
    FR7: Type.Optional(SecurityLevel)
  },
  { ...closed, description: "A security level per foundational requirement (FR1–FR7); absent means 0." }
);
var strideCategories = [
  "spoofing",
  "tampering",
  "repudiation",
  "information-disclosure",
  "denial-of-service",
  "elevation-of-privilege"
];
var elementKinds = ["process", "data-store", "external-entity", "interface"];
var interfaceTypes = [
  "jtag",
  "swd",
  "uart",
  "usb",
  "sd-card",
  "maintenance-port",
  "ethernet",
  "serial",
  "wifi",
  "bluetooth",
  "cellular",
  "fieldbus",
  "display"
];
var debugInterfaceTypes = /* @__PURE__ */ new Set(["jtag", "swd", "uart", "maintenance-port"]);
var removableMediaTypes = /* @__PURE__ */ new Set(["usb", "sd-card"]);
var wirelessTypes = /* @__PURE__ */ new Set(["wifi", "bluetooth", "cellular"]);
var interfaceStates = ["enabled", "authenticated", "disabled", "removed"];
var confidentialityClasses = ["public", "internal", "confidential", "secret"];
var integrityClasses = ["low", "medium", "high", "critical"];
var dataCategories = [
  "process-data",
  "control-command",
  "control-logic",
  "configuration",
  "firmware",
  "software",
  "credentials",
  "keys",
  "audit-log",
  "diagnostics",
  "personal-data",
  "time",
  "vulnerability-data",
  "report"
];
var authenticationMethods = [
  "none",
  "password",
  "shared-key",
  "token",
  "certificate",
  "mfa"
];
var credentialKinds = ["none", "unique", "default", "shared", "hard-coded"];
var Controls = Type.Object(
  {
    auditLogging: Type.Optional(Type.Boolean({ description: "Security events are logged (CR 2.8)." })),
    resourceLimits: Type.Optional(
      Type.Boolean({ description: "Rate limits and bounded buffers on its network input (CR 7.1, CR 7.2)." })
    ),
    signatureVerification: Type.Optional(
      Type.Boolean({
        description: "Updates and software are verified against a signature (CR 3.4 RE 1, EDR 3.10 RE 1)."
      })
    ),
    secureBoot: Type.Optional(Type.Boolean({ description: "The boot chain is verified (EDR 3.14 RE 1)." })),
    tamperDetection: Type.Optional(
      Type.Boolean({ description: "Physical tamper resistance and detection (EDR 3.11)." })
    ),
    encryptedAtRest: Type.Optional(Type.Boolean({ description: "Stored data is encrypted (CR 4.1)." })),
    backup: Type.Optional(Type.Boolean({ description: "Backed up, with integrity check (CR 7.3)." })),
    malwareProtection: Type.Optional(
      Type.Boolean({ description: "Protection from malicious code (CR 3.2)." })
    ),
    inputValidation: Type.Optional(Type.Boolean({ description: "Inputs are validated (CR 3.5)." })),
    leastPrivilege: Type.Optional(
      Type.Boolean({ description: "Runs without administrative rights (CR 2.1)." })
    ),
    appendOnly: Type.Optional(
      Type.Boolean({ description: "Records can be appended, not changed (CR 3.9)." })
    ),
    authorization: Type.Optional(
      Type.Boolean({ description: "Role-based authorization of every request (CR 2.1)." })
    )
  },
  { ...closed, description: "Security controls the element implements; rules read these facts." }
);
var Zone = Type.Object(
  {
    id: Id,
    name: Text("Display name."),
    description: Type.Optional(Type.String()),
    slT: Type.Optional(SecurityLevels),
    untrusted: Type.Optional(
      Type.Boolean({ description: "A zone nobody controls (the internet, a customer network)." })
    )
  },
  {
    ...closed,
    description: "A zone of the ASSUMED reference architecture (62443-3-2): the asset owner defines the real zones; slT is the assumed target security level per FR."
  }
);
var Conduit = Type.Object(
  {
    id: Id,
    name: Text("Display name."),
    zones: Type.Array(Id, { minItems: 2, uniqueItems: true, description: "The zones the conduit joins." }),
    description: Type.Optional(Type.String()),
    boundaryProtection: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'The assumed boundary device, e.g. "firewall, deny by default".'
      })
    )
  },
  { ...closed, description: "A conduit of the assumed reference architecture, joining zones." }
);
var Assumption = Type.Object(
  { id: Id, text: Text("What the vendor assumes about the environment (SG-2 expectations).") },
  closed
);
var Context = Type.Object(
  {
    intendedUse: Text("What the product is for and who uses it (SR-1)."),
    environment: Text("Where it is expected to run: the operational environment (SR-1)."),
    assumptions: Type.Optional(Type.Array(Assumption)),
    tolerableRisk: Type.Integer({
      minimum: 1,
      maximum: 25,
      description: "The highest likelihood × impact (1–25) the vendor tolerates without mitigation; open threats above it fail the check."
    })
  },
  { ...closed, description: "The product security context (SR-1)." }
);
var Component = Type.Object(
  {
    id: Id,
    name: Text("Display name."),
    type: StringEnum(componentTypes, "The IEC 62443-4-2 component type."),
    zone: Id,
    description: Type.Optional(Type.String()),
    controls: Type.Optional(Controls)
  },
  { ...closed, description: "A 62443-4-2 component of the product (the unit SL-C is computed for)." }
);
var Element = Type.Object(
  {
    id: Id,
    name: Text("Display name."),
    kind: StringEnum(elementKinds, "process, data-store, external-entity or interface."),
    component: Type.Optional(Id),
    zone: Type.Optional(Id),
    description: Type.Optional(Type.String()),
    interface: Type.Optional(StringEnum(interfaceTypes, "For kind interface: what interface it is.")),
    state: Type.Optional(
      StringEnum(interfaceStates, "For interfaces: how it is left in the shipped product.")
    ),
    holds: Type.Optional(
      Type.Array(StringEnum(dataCategories, "A data category."), {
        uniqueItems: true,
        description: "Data the element stores or processes."
      })
    ),
    confidentiality: Type.Optional(StringEnum(confidentialityClasses, "Highest class of data it holds.")),
    credentials: Type.Optional(StringEnum(credentialKinds, "Credentials it ships with (CR 1.5).")),
    privileged: Type.Optional(Type.Boolean({ description: "Runs with administrative rights." })),
    necessary: Type.Optional(
      Type.Boolean({ description: "false: a function the intended use does not need (CR 7.7)." })
    ),
    safety: Type.Optional(Type.Boolean({ description: "A safety function (SIS)." })),
    controls: Type.Optional(Controls)
  },
  {
    ...closed,
    description: "A process, data store, external entity or physical/debug interface; in a zone directly or through its component."
  }
);
var FlowData = Type.Object(
  {
    categories: Type.Optional(
      Type.Array(StringEnum(dataCategories, "A data category."), { uniqueItems: true })
    ),
    confidentiality: StringEnum(confidentialityClasses, "Confidentiality class of the data."),
    integrity: StringEnum(integrityClasses, "Integrity class of the data.")
  },
  { ...closed, description: "The data a flow carries, categorised." }
);
var Flow = Type.Object(
  {
    id: Id,
    from: Id,
    to: Id,
    name: Type.Optional(Type.String()),
    protocol: Text("e.g. modbus-tcp, s7comm, dnp3, opc-ua, iec-104, https, ssh, mqtt, usb-mass-storage."),
    data: FlowData,
    conduit: Type.Optional(Id),
    authentication: Type.Optional(
      StringEnum(authenticationMethods, "How the sender is authenticated; default none.")
    ),
    encrypted: Type.Optional(Type.Boolean({ description: "Confidentiality protected in transit." })),
    integrityProtected: Type.Optional(
      Type.Boolean({ description: "Integrity protected in transit (MAC or signature)." })
    ),
    tlsVersion: Type.Optional(StringEnum(["1.0", "1.1", "1.2", "1.3"], "TLS version, if TLS.")),
    opcUaSecurityMode: Type.Optional(
      StringEnum(["None", "Sign", "SignAndEncrypt"], "OPC UA MessageSecurityMode.")
    ),
    dnp3SecureAuthentication: Type.Optional(Type.Boolean({ description: "DNP3 Secure Authentication v5." })),
    cipSecurity: Type.Optional(Type.Boolean({ description: "EtherNet/IP with CIP Security." })),
    remoteAccess: Type.Optional(Type.Boolean({ description: "Remote access from outside the site." })),
    human: Type.Optional(
      Type.Boolean({ description: "A person is at the sending end (CR 1.1, else CR 1.2)." })
    )
  },
  {
    ...closed,
    description: "A data flow between two elements; crossing zones means crossing a trust boundary."
  }
);
var Dependency = Type.Object(
  {
    id: Id,
    purl: Type.String({ pattern: "^pkg:", description: "Package URL of the SBOM component." }),
    elements: Ids("The elements that use it."),
    description: Type.Optional(Type.String())
  },
  { ...closed, description: "An external dependency, linked to the SBOM by purl." }
);
var SuggestionKey = Type.String({
  pattern: "^[a-z0-9-]+@[A-Za-z0-9][A-Za-z0-9._-]*$",
  description: "A rule suggestion: rule@target."
});
var Scale = (what) => Type.Integer({
  minimum: 1,
  maximum: 5,
  description: `${what} 1 (rare/negligible) to 5 (almost certain/severe).`
});
var threatStatuses = ["open", "mitigated", "accepted", "transferred", "not-applicable"];
var Acceptance = Type.Object(
  {
    by: Text("Who accepted the risk (a role)."),
    date: Type.String({ format: "date" }),
    rationale: Text("Why.")
  },
  { ...closed, description: "A documented risk acceptance." }
);
var Threat = Type.Object(
  {
    id: Id,
    title: Text("One line."),
    description: Type.Optional(Type.String()),
    stride: StringEnum(strideCategories, "The STRIDE category."),
    targets: Type.Array(Id, {
      minItems: 1,
      uniqueItems: true,
      description: "Element, flow or component ids."
    }),
    frs: Type.Array(StringEnum(foundationalRequirements, "FR1–FR7."), { minItems: 1, uniqueItems: true }),
    likelihood: Scale("Likelihood"),
    impact: Scale("Impact"),
    attackVector: StringEnum(
      ["network", "adjacent", "local", "physical"],
      "Where the attacker must be."
    ),
    status: StringEnum(threatStatuses, "open, mitigated, accepted, transferred or not-applicable."),
    mitigations: Type.Optional(Ids("Mitigations that address it.")),
    suggestions: Type.Optional(
      Type.Array(SuggestionKey, {
        uniqueItems: true,
        description: "The rule suggestions this threat accepts, as rule@target (from `evident threat-model check`)."
      })
    ),
    acceptance: Type.Optional(Acceptance)
  },
  {
    ...closed,
    description: "A threat: severity is likelihood × impact against the tolerable risk, never CVSS."
  }
);
var Mitigation = Type.Object(
  {
    id: Id,
    title: Text("One line."),
    description: Type.Optional(Type.String()),
    status: StringEnum(["implemented", "planned", "not-implemented"], "Implementation status."),
    requirements: Type.Optional(Ids("Security requirements it implements.")),
    tests: Type.Optional(Type.Array(Text("A test id from the JUnit results."), { uniqueItems: true })),
    code: Type.Optional(Type.Array(Text("A code path.")))
  },
  { ...closed, description: "A mitigation (SD-2 defence in depth), linked to requirements." }
);
var CrRef = Type.String({
  pattern: "^(CR|SAR|EDR|HDR|NDR) [1-7]\\.[0-9]{1,2}( RE [1-9])?$",
  description: "A 62443-4-2 requirement, e.g. CR 1.1, CR 3.4 RE 1, EDR 2.13."
});
var requirementStatuses = ["met", "partial", "not-met", "planned", "not-applicable"];
var Requirement = Type.Object(
  {
    id: Id,
    title: Text("One line."),
    description: Type.Optional(Type.String()),
    satisfies: Type.Optional(Type.Array(CrRef, { uniqueItems: true, description: "62443-4-2 CRs/REs." })),
    components: Type.Optional(Ids("Components it applies to (default: every component).")),
    status: StringEnum(requirementStatuses, "met, partial, not-met, planned or not-applicable."),
    threats: Type.Optional(Ids("Threats it counters.")),
    mitigations: Type.Optional(Ids("Mitigations that implement it.")),
    code: Type.Optional(Type.Array(Text("A code path."))),
    tests: Type.Optional(Type.Array(Text("A test id from the JUnit results."), { uniqueItems: true })),
    verification: Type.Optional(
      StringEnum(["test", "inspection", "analysis"], "How it is verified (default test).")
    ),
    rationale: Type.Optional(Type.String({ description: "Why, for not-applicable or inspection." }))
  },
  { ...closed, description: "A product security requirement (SR-3/SR-4)." }
);
var Countermeasure = Type.Object(
  {
    id: Id,
    component: Id,
    frs: Type.Array(StringEnum(foundationalRequirements, "FR1–FR7."), { minItems: 1, uniqueItems: true }),
    description: Text("What the asset owner must do, e.g. put the PLC behind a firewall."),
    documentedIn: Text("Where users find it (SG-2), e.g. docs/security/hardening.md#network.")
  },
  { ...closed, description: "A compensating countermeasure covering an SL-C < SL-T gap (SG-2)." }
);
var Reviewer = Type.Object({ name: Text("Name."), role: Text("Role, e.g. security architect.") }, closed);
var Finding = Type.Object(
  {
    id: Id,
    text: Text("The finding."),
    status: StringEnum(["open", "resolved", "accepted"], "Finding status.")
  },
  closed
);
var reviewKinds = {
  "threat-model": "SR-2",
  "security-requirements": "SR-5",
  design: "SD-3"
};
var Review = Type.Object(
  {
    kind: StringEnum(
      Object.keys(reviewKinds),
      "threat-model (SR-2), security-requirements (SR-5) or design (SD-3)."
    ),
    date: Type.String({ format: "date" }),
    commit: Type.String({ pattern: "^[0-9a-f]{7,40}$", description: "The commit reviewed." }),
    reviewers: Type.Array(Reviewer, { minItems: 1 }),
    outcome: StringEnum(["approved", "approved-with-findings", "rejected"], "Outcome."),
    findings: Type.Optional(Type.Array(Finding))
  },
  { ...closed, description: "A review record." }
);
var Dismissal = Type.Object(
  {
    suggestion: SuggestionKey,
    reason: Text("Why it does not apply.")
  },
  { ...closed, description: "A rule suggestion judged not to apply." }
);
var list = (item, description) => Type.Optional(Type.Array(item, { description }));
var ThreatModelSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    version: Type.Literal(1, { description: "The threat-model format version." }),
    title: Text("The model title."),
    product: Type.Optional(Type.String({ minLength: 1, description: "The evident.yml product id." })),
    context: Context,
    zones: Type.Array(Zone, { minItems: 1, description: "The assumed zones." }),
    conduits: list(Conduit, "The assumed conduits."),
    components: Type.Array(Component, { minItems: 1, description: "62443-4-2 components." }),
    elements: Type.Array(Element, { description: "Data-flow elements." }),
    flows: list(Flow, "Data flows."),
    dependencies: list(Dependency, "External dependencies (SBOM components)."),
    threats: list(Threat, "Threats, with stable ids."),
    mitigations: list(Mitigation, "Mitigations."),
    requirements: list(Requirement, "The security requirements register."),
    countermeasures: list(Countermeasure, "Compensating countermeasures (SG-2)."),
    dismissed: list(Dismissal, "Rule suggestions that do not apply, with the reason."),
    reviews: list(Review, "SR-2, SR-5 and SD-3 review records.")
  },
  {
    ...closed,
    title: "Evident threat model",
    description: "An IEC 62443 threat model: product security context, assumed zones and conduits, elements, flows, threats, mitigations, requirements and reviews."
  }
);

// packages/threat-model/src/component-requirements.ts
var all = [
  "embedded-device",
  "host-device",
  "network-device",
  "software-application"
];
var devices = ["embedded-device", "host-device", "network-device"];
var network = ["network-device"];
var rows = {
  FR1: [
    [
      "1.1",
      1,
      "Human user identification and authentication",
      all,
      [
        [1, 2, "Unique identification and authentication"],
        [2, 3, "Multifactor authentication for all interfaces"]
      ]
    ],
    [
      "1.2",
      2,
      "Software process and device identification and authentication",
      all,
      [[1, 3, "Unique identification and authentication"]]
    ],
    ["1.3", 1, "Account management", all],
    ["1.4", 1, "Identifier management", all],
    ["1.5", 1, "Authenticator management", all, [[1, 3, "Hardware security for authenticators"]]],
    ["1.6", 1, "Wireless access management", network, [[1, 2, "Unique identification and authentication"]]],
    [
      "1.7",
      1,
      "Strength of password-based authentication",
      all,
      [
        [1, 3, "Password generation and lifetime restrictions for human users"],
        [2, 4, "Password lifetime restrictions for all users"]
      ]
    ],
    ["1.8", 2, "Public key infrastructure certificates", all],
    [
      "1.9",
      2,
      "Strength of public key-based authentication",
      all,
      [[1, 3, "Hardware security for public key-based authentication"]]
    ],
    ["1.10", 1, "Authenticator feedback", all],
    ["1.11", 1, "Unsuccessful login attempts", all],
    ["1.12", 1, "System use notification", all],
    ["1.13", 1, "Access via untrusted networks", network, [[1, 2, "Explicit access request approval"]]],
    [
      "1.14",
      2,
      "Strength of symmetric key-based authentication",
      all,
      [[1, 3, "Hardware security for symmetric key-based authentication"]]
    ]
  ],
  FR2: [
    [
      "2.1",
      1,
      "Authorization enforcement",
      all,
      [
        [1, 2, "Authorization enforcement for all users"],
        [2, 2, "Permission mapping to roles"],
        [3, 3, "Supervisor override"],
        [4, 4, "Dual approval"]
      ]
    ],
    ["2.2", 1, "Wireless use control", all],
    ["2.4", 1, "Mobile code", all, [[1, 2, "Mobile code authenticity check"]]],
    ["2.5", 1, "Session lock", all],
    ["2.6", 2, "Remote session termination", all],
    ["2.7", 3, "Concurrent session control", all],
    ["2.8", 1, "Auditable events", all],
    [
      "2.9",
      1,
      "Audit storage capacity",
      all,
      [[1, 3, "Warn when audit record storage capacity threshold reached"]]
    ],
    ["2.10", 1, "Response to audit processing failures", all],
    [
      "2.11",
      1,
      "Timestamps",
      all,
      [
        [1, 2, "Time synchronization"],
        [2, 4, "Protection of time source integrity"]
      ]
    ],
    ["2.12", 3, "Non-repudiation", all, [[1, 4, "Non-repudiation for all users"]]],
    ["2.13", 2, "Use of physical diagnostic and test interfaces", devices, [[1, 3, "Active monitoring"]]]
  ],
  FR3: [
    ["3.1", 1, "Communication integrity", all, [[1, 2, "Communication authentication"]]],
    ["3.2", 1, "Protection from malicious code", all],
    [
      "3.3",
      1,
      "Security functionality verification",
      all,
      [[1, 4, "Security functionality verification during normal operation"]]
    ],
    [
      "3.4",
      1,
      "Software and information integrity",
      all,
      [
        [1, 2, "Authenticity of software and information"],
        [2, 3, "Automated notification of integrity violations"]
      ]
    ],
    ["3.5", 1, "Input validation", all],
    ["3.6", 1, "Deterministic output", all],
    ["3.7", 1, "Error handling", all],
    ["3.8", 2, "Session integrity", all],
    ["3.9", 2, "Protection of audit information", all, [[1, 4, "Audit records on write-once media"]]],
    ["3.10", 1, "Support for updates", devices, [[1, 2, "Update authenticity and integrity"]]],
    [
      "3.11",
      2,
      "Physical tamper resistance and detection",
      devices,
      [[1, 3, "Notification of a tamper attempt"]]
    ],
    ["3.12", 2, "Provisioning product supplier roots of trust", devices],
    ["3.13", 2, "Provisioning asset owner roots of trust", devices],
    ["3.14", 1, "Integrity of the boot process", devices, [[1, 2, "Authenticity of the boot process"]]]
  ],
  FR4: [
    ["4.1", 1, "Information confidentiality", all],
    [
      "4.2",
      2,
      "Information persistence",
      all,
      [
        [1, 3, "Erase of shared memory resources"],
        [2, 3, "Erase verification"]
      ]
    ],
    ["4.3", 1, "Use of cryptography", all]
  ],
  FR5: [
    ["5.1", 1, "Network segmentation", all],
    [
      "5.2",
      1,
      "Zone boundary protection",
      network,
      [
        [1, 2, "Deny all, permit by exception"],
        [2, 3, "Island mode"],
        [3, 3, "Fail close"]
      ]
    ],
    ["5.3", 1, "General purpose person-to-person communication restrictions", network]
  ],
  FR6: [
    ["6.1", 1, "Audit log accessibility", all, [[1, 3, "Programmatic access to audit logs"]]],
    ["6.2", 2, "Continuous monitoring", all]
  ],
  FR7: [
    ["7.1", 1, "Denial of service protection", all, [[1, 2, "Manage communication load from component"]]],
    ["7.2", 1, "Resource management", all],
    ["7.3", 1, "Control system backup", all, [[1, 2, "Backup integrity verification"]]],
    ["7.4", 1, "Control system recovery and reconstitution", all],
    [
      "7.6",
      1,
      "Network and security configuration settings",
      all,
      [[1, 3, "Machine-readable reporting of current security settings"]]
    ],
    ["7.7", 1, "Least functionality", all],
    ["7.8", 2, "Control system component inventory", all]
  ]
};
var componentRequirements = Object.freeze(
  Object.entries(rows).flatMap(
    ([fr, list2]) => list2.flatMap(([number, level, title, types2, res = []]) => [
      { key: number, fr, level, title, types: types2 },
      ...res.map(([re, reLevel, reTitle]) => ({
        key: `${number} RE ${re}`,
        fr,
        level: reLevel,
        title: reTitle,
        types: types2
      }))
    ])
  )
);
var byKey = new Map(componentRequirements.map((requirement) => [requirement.key, requirement]));
function requirementKey(reference) {
  return reference.replace(/^(CR|SAR|EDR|HDR|NDR) /, "");
}
function findComponentRequirement(reference) {
  return byKey.get(requirementKey(reference));
}
var prefixByType = {
  "embedded-device": "EDR",
  "host-device": "HDR",
  "network-device": "NDR",
  "software-application": "SAR"
};
function displayReference(requirement, type2) {
  return `${requirement.types.length === all.length ? "CR" : prefixByType[type2]} ${requirement.key}`;
}

// packages/threat-model/src/security-levels.ts
var statusesThatCount = /* @__PURE__ */ new Set(["met", "not-applicable"]);
function metRequirementKeys(model, componentId) {
  const met = /* @__PURE__ */ new Set();
  for (const requirement of model.requirements ?? []) {
    if (!statusesThatCount.has(requirement.status)) continue;
    if (requirement.components !== void 0 && !requirement.components.includes(componentId)) continue;
    for (const reference of requirement.satisfies ?? []) met.add(requirementKey(reference));
  }
  return met;
}
function requiredAt(fr, type2, level) {
  return componentRequirements.filter(
    (requirement) => requirement.fr === fr && requirement.level === level && requirement.types.includes(type2)
  );
}
function capabilityLevel(fr, type2, met) {
  let level = 0;
  while (level < 4 && requiredAt(fr, type2, level + 1).every((requirement) => met.has(requirement.key)))
    level++;
  return level;
}
function computeSecurityLevels(model) {
  const zones = new Map(model.zones.map((zone) => [zone.id, zone]));
  return model.components.map((component) => {
    const met = metRequirementKeys(model, component.id);
    const targets = zones.get(component.zone)?.slT ?? {};
    const levels = foundationalRequirements.map((fr) => {
      const slC = capabilityLevel(fr, component.type, met);
      const slT = targets[fr] ?? 0;
      const upTo = Math.max(slT, slC + 1);
      const missing = [];
      for (let level = slC + 1; level <= Math.min(upTo, 4); level++) {
        for (const requirement of requiredAt(fr, component.type, level)) {
          if (!met.has(requirement.key)) missing.push(displayReference(requirement, component.type));
        }
      }
      const gap = slC < slT;
      const countermeasure = gap ? (model.countermeasures ?? []).find(
        (measure) => measure.component === component.id && measure.frs.includes(fr)
      )?.id : void 0;
      return { fr, slC, slT, missing, gap, ...countermeasure === void 0 ? {} : { countermeasure } };
    });
    return { component: component.id, type: component.type, zone: component.zone, levels };
  });
}

// packages/threat-model/src/rules.ts
var rank = (order, value) => order.indexOf(value);
function crossesBoundary(flow, context) {
  const from = context.zoneOf.get(flow.from);
  const to = context.zoneOf.get(flow.to);
  return from !== void 0 && to !== void 0 && from !== to;
}
function leavesComponent(flow, context) {
  const from = context.elements.get(flow.from)?.component;
  const to = context.elements.get(flow.to)?.component;
  return from === void 0 || to === void 0 || from !== to;
}
function targetZone(flow, context) {
  return context.zones.get(context.zoneOf.get(flow.to) ?? "");
}
function controlsOf(element, context) {
  const component = context.components.get(element.component ?? "");
  return { ...component?.controls, ...element.controls };
}
function crossingIn(element, context) {
  return (context.incoming.get(element.id) ?? []).filter((flow) => crossesBoundary(flow, context));
}
function isProtocol(flow, ...names) {
  return names.includes(flow.protocol.toLowerCase());
}
function carries(flow, ...categories) {
  return (flow.data.categories ?? []).some((category) => categories.includes(category));
}
function isLeftOpen(element) {
  return element.state === void 0 || element.state === "enabled";
}
function cleartextProtocol(id, title, protocols, secured, fix) {
  return {
    id,
    title,
    subject: "flow",
    frs: ["FR3", "FR4"],
    requirement: "CR 3.1, CR 4.1",
    stride: "tampering",
    fix,
    fires: (flow, context) => isProtocol(flow, ...protocols) && !secured(flow) && crossesBoundary(flow, context)
  };
}
var rules = [
  {
    id: "unauthenticated-flow-into-sl2-zone",
    title: "Unauthenticated flow into a zone whose assumed SL-T(FR1) is 2 or more",
    subject: "flow",
    frs: ["FR1"],
    requirement: "CR 1.1, CR 1.2",
    stride: "spoofing",
    fix: "authenticate the sender (users: CR 1.1, devices and processes: CR 1.2)",
    fires: (flow, context) => crossesBoundary(flow, context) && (flow.authentication ?? "none") === "none" && (targetZone(flow, context)?.slT?.FR1 ?? 0) >= 2
  },
  cleartextProtocol(
    "cleartext-modbus",
    "Modbus/TCP (no authentication, no integrity) across a trust boundary",
    ["modbus", "modbus-tcp", "modbus-rtu"],
    () => false,
    "use Modbus/TCP Security (TLS, port 802) or keep Modbus inside one zone"
  ),
  cleartextProtocol(
    "cleartext-s7comm",
    "S7comm (no integrity protection) across a trust boundary",
    ["s7comm"],
    () => false,
    "use S7comm-plus with TLS (protocol: s7comm-plus-tls) or keep S7comm inside one zone"
  ),
  cleartextProtocol(
    "dnp3-without-sav5",
    "DNP3 without Secure Authentication v5 across a trust boundary",
    ["dnp3"],
    (flow) => flow.dnp3SecureAuthentication === true,
    "enable DNP3 Secure Authentication v5 (IEEE 1815-2012), ideally over TLS"
  ),
  cleartextProtocol(
    "opcua-security-mode-none",
    "OPC UA with MessageSecurityMode None (or unstated) across a trust boundary",
    ["opc-ua", "opcua"],
    (flow) => flow.opcUaSecurityMode === "Sign" || flow.opcUaSecurityMode === "SignAndEncrypt",
    "require SignAndEncrypt endpoints and disable the None endpoint"
  ),
  cleartextProtocol(
    "cleartext-iec-104",
    "IEC 60870-5-104 without IEC 62351 across a trust boundary",
    ["iec-104", "iec-60870-5-104"],
    (flow) => flow.integrityProtected === true,
    "apply IEC 62351-3/-5 (TLS and authentication) to the IEC 104 link"
  ),
  cleartextProtocol(
    "ethernet-ip-without-cip-security",
    "EtherNet/IP without CIP Security across a trust boundary",
    ["ethernet-ip", "cip"],
    (flow) => flow.cipSecurity === true,
    "enable CIP Security (TLS/DTLS) on the EtherNet/IP connection"
  ),
  {
    id: "boundary-flow-without-integrity",
    title: "High-integrity data crosses a trust boundary without integrity protection",
    subject: "flow",
    frs: ["FR3"],
    requirement: "CR 3.1",
    stride: "tampering",
    fix: "protect the flow with a MAC or signature (TLS, IPsec, a signed protocol)",
    fires: (flow, context) => crossesBoundary(flow, context) && flow.integrityProtected !== true && rank(integrityClasses, flow.data.integrity) >= rank(integrityClasses, "high")
  },
  {
    id: "cleartext-confidential-data",
    title: "Confidential data crosses a trust boundary unencrypted",
    subject: "flow",
    frs: ["FR4"],
    requirement: "CR 4.1",
    stride: "information-disclosure",
    fix: "encrypt the flow (TLS 1.2+, IPsec) or stop sending confidential data across the boundary",
    fires: (flow, context) => crossesBoundary(flow, context) && flow.encrypted !== true && rank(confidentialityClasses, flow.data.confidentiality) >= rank(confidentialityClasses, "confidential")
  },
  {
    id: "credentials-in-cleartext",
    title: "Credentials or keys sent unencrypted out of a component",
    subject: "flow",
    frs: ["FR1", "FR4"],
    requirement: "CR 1.5, CR 4.1",
    stride: "information-disclosure",
    fix: "never send authenticators in clear text: use an encrypted, authenticated channel",
    fires: (flow, context) => carries(flow, "credentials", "keys") && flow.encrypted !== true && leavesComponent(flow, context)
  },
  {
    id: "remote-access-without-mfa",
    title: "Remote access without multifactor authentication",
    subject: "flow",
    frs: ["FR1"],
    requirement: "CR 1.1 RE 2, CR 1.13",
    stride: "spoofing",
    fix: "require multifactor authentication for remote access",
    fires: (flow) => flow.remoteAccess === true && flow.authentication !== "mfa"
  },
  {
    id: "weak-tls-version",
    title: "TLS 1.0 or 1.1",
    subject: "flow",
    frs: ["FR4"],
    requirement: "CR 4.3",
    stride: "information-disclosure",
    fix: "require TLS 1.2 or 1.3",
    fires: (flow) => flow.tlsVersion === "1.0" || flow.tlsVersion === "1.1"
  },
  {
    id: "legacy-cleartext-protocol",
    title: "Legacy clear-text management protocol across a trust boundary",
    subject: "flow",
    frs: ["FR1", "FR4"],
    requirement: "CR 1.2, CR 4.1",
    stride: "information-disclosure",
    fix: "replace with SSH, SFTP, HTTPS or SNMPv3 (authPriv)",
    fires: (flow, context) => isProtocol(flow, "telnet", "ftp", "tftp", "http", "snmpv1", "snmpv2c", "rlogin", "vnc") && crossesBoundary(flow, context)
  },
  {
    id: "unauthenticated-time-sync",
    title: "Time synchronisation without integrity protection across a trust boundary",
    subject: "flow",
    frs: ["FR2"],
    requirement: "CR 2.11 RE 2",
    stride: "tampering",
    fix: "use NTS or authenticated NTP/PTP, or a time source inside the zone",
    fires: (flow, context) => (isProtocol(flow, "ntp", "sntp", "ptp") || carries(flow, "time")) && flow.integrityProtected !== true && crossesBoundary(flow, context)
  },
  {
    id: "flow-outside-conduit",
    title: "Flow crosses zones outside any conduit",
    subject: "flow",
    frs: ["FR5"],
    requirement: "CR 5.1",
    stride: "elevation-of-privilege",
    fix: "route the flow through a conduit of the reference architecture (name it in conduit:)",
    fires: (flow, context) => crossesBoundary(flow, context) && flow.conduit === void 0
  },
  {
    id: "untrusted-zone-into-sl2-zone",
    title: "Flow from an untrusted zone straight into a zone whose assumed SL-T(FR5) is 2 or more",
    subject: "flow",
    frs: ["FR5"],
    requirement: "CR 5.1, NDR 5.2",
    stride: "elevation-of-privilege",
    fix: "terminate the flow in a DMZ and relay it; never open the control zone to an untrusted one",
    fires: (flow, context) => crossesBoundary(flow, context) && context.zones.get(context.zoneOf.get(flow.from) ?? "")?.untrusted === true && (targetZone(flow, context)?.slT?.FR5 ?? 0) >= 2
  },
  {
    id: "unauthorized-control-write",
    title: "Control commands or logic accepted without authorization",
    subject: "flow",
    frs: ["FR2"],
    requirement: "CR 2.1",
    stride: "elevation-of-privilege",
    fix: "authorize every write of control logic and commands by role on the receiving element",
    fires: (flow, context) => {
      const target = context.elements.get(flow.to);
      return target?.kind === "process" && carries(flow, "control-logic", "control-command") && controlsOf(target, context).authorization !== true;
    }
  },
  {
    id: "safety-function-reachable",
    title: "A safety function is reachable from another zone",
    subject: "flow",
    frs: ["FR5"],
    requirement: "CR 5.1",
    stride: "tampering",
    fix: "keep safety functions in their own zone; allow at most read-only, one-way flows out",
    fires: (flow, context) => context.elements.get(flow.to)?.safety === true && crossesBoundary(flow, context)
  },
  {
    id: "unsigned-update",
    title: "Firmware or software update without signature verification",
    subject: "element",
    frs: ["FR3"],
    requirement: "CR 3.4 RE 1, EDR 3.10 RE 1",
    stride: "tampering",
    fix: "verify a signature over every update before it is installed (and roll back on failure)",
    fires: (element, context) => element.kind !== "external-entity" && (context.incoming.get(element.id) ?? []).some((flow) => carries(flow, "firmware", "software")) && controlsOf(element, context).signatureVerification !== true
  },
  {
    id: "exposed-debug-interface",
    title: "Debug or test interface left open in the shipped product",
    subject: "element",
    frs: ["FR2"],
    requirement: "EDR 2.13",
    stride: "elevation-of-privilege",
    fix: "disable or fuse JTAG/SWD/UART in production, or require authentication to use it",
    fires: (element) => element.kind === "interface" && debugInterfaceTypes.has(element.interface ?? "") && isLeftOpen(element)
  },
  {
    id: "default-or-shared-credentials",
    title: "Default or shared credentials",
    subject: "element",
    frs: ["FR1"],
    requirement: "CR 1.5",
    stride: "spoofing",
    fix: "ship unique per-device credentials, or force a change at commissioning",
    fires: (element) => element.credentials === "default" || element.credentials === "shared"
  },
  {
    id: "hard-coded-credentials",
    title: "Hard-coded credentials",
    subject: "element",
    frs: ["FR1"],
    requirement: "CR 1.5",
    stride: "spoofing",
    fix: "remove hard-coded credentials; provision authenticators per device",
    fires: (element) => element.credentials === "hard-coded"
  },
  {
    id: "missing-audit-logging",
    title: "Process reachable across a trust boundary logs no security events",
    subject: "element",
    frs: ["FR2", "FR6"],
    requirement: "CR 2.8",
    stride: "repudiation",
    fix: "log authentication, authorization, configuration and update events with timestamps",
    fires: (element, context) => element.kind === "process" && crossingIn(element, context).length > 0 && controlsOf(element, context).auditLogging !== true
  },
  {
    id: "unbounded-network-input",
    title: "Network input without rate limits or bounded resources",
    subject: "element",
    frs: ["FR7"],
    requirement: "CR 7.1, CR 7.2",
    stride: "denial-of-service",
    fix: "rate-limit connections and requests and bound buffers, so the essential function keeps running",
    fires: (element, context) => element.kind === "process" && crossingIn(element, context).length > 0 && controlsOf(element, context).resourceLimits !== true
  },
  {
    id: "removable-media-without-malware-protection",
    title: "Removable media accepted without protection from malicious code",
    subject: "element",
    frs: ["FR3"],
    requirement: "CR 3.2",
    stride: "tampering",
    fix: "disable autorun, accept only signed files from media, or disable the port",
    fires: (element, context) => element.kind === "interface" && removableMediaTypes.has(element.interface ?? "") && isLeftOpen(element) && controlsOf(element, context).malwareProtection !== true
  },
  {
    id: "wireless-without-authentication",
    title: "Wireless interface open without access authentication",
    subject: "element",
    frs: ["FR1", "FR2"],
    requirement: "NDR 1.6, CR 2.2",
    stride: "spoofing",
    fix: "require authenticated wireless access (WPA3-Enterprise, paired Bluetooth) or disable it",
    fires: (element) => element.kind === "interface" && wirelessTypes.has(element.interface ?? "") && isLeftOpen(element)
  },
  {
    id: "secrets-stored-unencrypted",
    title: "Credentials, keys or secret data stored unencrypted",
    subject: "element",
    frs: ["FR4"],
    requirement: "CR 4.1, CR 1.5 RE 1",
    stride: "information-disclosure",
    fix: "encrypt the store, or keep keys in a secure element or TPM",
    fires: (element, context) => element.kind === "data-store" && ((element.holds ?? []).some((data) => data === "credentials" || data === "keys") || element.confidentiality === "secret") && controlsOf(element, context).encryptedAtRest !== true
  },
  {
    id: "audit-log-not-protected",
    title: "Audit log can be changed",
    subject: "element",
    frs: ["FR3"],
    requirement: "CR 3.9",
    stride: "repudiation",
    fix: "make the audit log append-only and restrict who can read it",
    fires: (element, context) => element.kind === "data-store" && (element.holds ?? []).includes("audit-log") && controlsOf(element, context).appendOnly !== true
  },
  {
    id: "configuration-without-backup",
    title: "Configuration or control logic without a backup",
    subject: "element",
    frs: ["FR7"],
    requirement: "CR 7.3",
    stride: "denial-of-service",
    fix: "support backup and restore of configuration and logic, with integrity verification",
    fires: (element, context) => element.kind === "data-store" && (element.holds ?? []).some((data) => data === "configuration" || data === "control-logic") && controlsOf(element, context).backup !== true
  },
  {
    id: "privileged-network-service",
    title: "Service reachable across a trust boundary runs with administrative rights",
    subject: "element",
    frs: ["FR2"],
    requirement: "CR 2.1",
    stride: "elevation-of-privilege",
    fix: "run the service as an unprivileged user with only the rights it needs",
    fires: (element, context) => element.kind === "process" && crossingIn(element, context).length > 0 && (element.privileged === true || controlsOf(element, context).leastPrivilege === false)
  },
  {
    id: "unnecessary-function-enabled",
    title: "A function the intended use does not need is enabled",
    subject: "element",
    frs: ["FR7"],
    requirement: "CR 7.7",
    stride: "elevation-of-privilege",
    fix: "disable or remove it by default (least functionality)",
    fires: (element) => element.necessary === false && element.state !== "disabled" && element.state !== "removed"
  },
  {
    id: "untrusted-input-without-validation",
    title: "Input from an external entity or untrusted zone is not validated",
    subject: "element",
    frs: ["FR3"],
    requirement: "CR 3.5",
    stride: "tampering",
    fix: "validate syntax, length and ranges of every input from outside the zone",
    fires: (element, context) => element.kind === "process" && controlsOf(element, context).inputValidation !== true && (context.incoming.get(element.id) ?? []).some((flow) => {
      const sender = context.elements.get(flow.from);
      const zone = context.zones.get(context.zoneOf.get(flow.from) ?? "");
      return sender?.kind === "external-entity" || zone?.untrusted === true;
    })
  },
  {
    id: "embedded-without-secure-boot",
    title: "Embedded device boots without verifying its software",
    subject: "component",
    frs: ["FR3"],
    requirement: "EDR 3.14 RE 1",
    stride: "tampering",
    fix: "verify the boot chain from a hardware root of trust (secure boot)",
    fires: (component) => component.type === "embedded-device" && component.controls?.secureBoot !== true
  },
  {
    id: "device-without-tamper-detection",
    title: "Device in a zone with assumed SL-T(FR3) 2 or more has no tamper resistance",
    subject: "component",
    frs: ["FR3"],
    requirement: "EDR 3.11",
    stride: "tampering",
    fix: "add tamper-evident enclosure and detection, or document the physical protection the user must provide",
    fires: (component, context) => component.type !== "software-application" && (context.zones.get(component.zone)?.slT?.FR3 ?? 0) >= 2 && component.controls?.tamperDetection !== true
  }
];
var ruleIds = new Set(rules.map((rule) => rule.id));

// packages/threat-model/src/suggestions.ts
var strideByKind = {
  "external-entity": ["spoofing", "repudiation"],
  // A process can suffer every category (STRIDE per element).
  process: strideCategories,
  "data-store": ["tampering", "repudiation", "information-disclosure", "denial-of-service"],
  interface: ["spoofing", "tampering", "information-disclosure", "elevation-of-privilege"],
  flow: ["tampering", "information-disclosure", "denial-of-service"]
};
function createRuleContext(loaded) {
  const { model } = loaded;
  const incoming = /* @__PURE__ */ new Map();
  for (const flow of model.flows ?? []) {
    const list2 = incoming.get(flow.to);
    if (list2) list2.push(flow);
    else incoming.set(flow.to, [flow]);
  }
  return {
    model,
    elements: loaded.elements,
    components: new Map(model.components.map((component) => [component.id, component])),
    zones: new Map(model.zones.map((zone) => [zone.id, zone])),
    zoneOf: loaded.zoneOf,
    incoming
  };
}
function runRules(context) {
  const { model } = context;
  const accepted = /* @__PURE__ */ new Map();
  for (const threat of model.threats ?? []) {
    for (const key of threat.suggestions ?? []) accepted.set(key, threat.id);
  }
  const dismissed = new Map((model.dismissed ?? []).map((item) => [item.suggestion, item.reason]));
  const suggestions = [];
  for (const rule of rules) {
    for (const target of firingTargets(rule, context)) {
      const key = `${rule.id}@${target}`;
      const threat = accepted.get(key);
      const reason = dismissed.get(key);
      const { id, subject, title, frs, requirement, stride, fix } = rule;
      suggestions.push({
        key,
        rule: id,
        target,
        subject,
        title,
        frs,
        requirement,
        stride,
        fix,
        status: threat !== void 0 ? "accepted" : reason !== void 0 ? "dismissed" : "untriaged",
        ...threat === void 0 ? {} : { threat },
        ...reason === void 0 ? {} : { reason }
      });
    }
  }
  return suggestions;
}
function firingTargets(rule, context) {
  const { model } = context;
  switch (rule.subject) {
    case "flow":
      return (model.flows ?? []).filter((flow) => rule.fires(flow, context)).map((flow) => flow.id);
    case "element":
      return model.elements.filter((element) => rule.fires(element, context)).map((element) => element.id);
    case "component":
      return model.components.filter((component) => rule.fires(component, context)).map((component) => component.id);
  }
}
function findStrideGaps(model) {
  const covered = /* @__PURE__ */ new Set();
  for (const threat of model.threats ?? []) {
    for (const target of threat.targets) covered.add(`${threat.stride}@${target}`);
  }
  const gaps = [];
  const visit = (target, categories) => {
    for (const stride of categories) if (!covered.has(`${stride}@${target}`)) gaps.push({ target, stride });
  };
  for (const element of model.elements) {
    if (element.state !== "removed") visit(element.id, strideByKind[element.kind]);
  }
  for (const flow of model.flows ?? []) visit(flow.id, strideByKind.flow);
  return gaps;
}

// packages/threat-model/src/traceability.ts
function indexResults(results) {
  const index = /* @__PURE__ */ new Map();
  for (const result of results) {
    index.set(result.name, result);
    if (result.classname) {
      index.set(`${result.classname}::${result.name}`, result);
      index.set(`${result.classname} > ${result.name}`, result);
    }
  }
  return index;
}
function traceRequirements(model, results) {
  const index = results === void 0 ? void 0 : indexResults(results);
  const link = (ref) => {
    if (index === void 0) return { ref, outcome: "not-collected" };
    const result = index.get(ref);
    return result ? { ref, outcome: result.outcome, file: result.file } : { ref, outcome: "missing" };
  };
  const mitigations = model.mitigations ?? [];
  const threatsOfMitigation = /* @__PURE__ */ new Map();
  for (const threat of model.threats ?? []) {
    for (const id of threat.mitigations ?? []) append(threatsOfMitigation, id, threat.id);
  }
  const requirementEntries = (model.requirements ?? []).map((requirement) => {
    const linked = mitigations.filter(
      (mitigation) => (mitigation.requirements ?? []).includes(requirement.id) || (requirement.mitigations ?? []).includes(mitigation.id)
    );
    const threats = unique([
      ...requirement.threats ?? [],
      ...linked.flatMap((mitigation) => threatsOfMitigation.get(mitigation.id) ?? [])
    ]);
    const refs = unique([
      ...requirement.tests ?? [],
      ...linked.flatMap((mitigation) => mitigation.tests ?? [])
    ]);
    const tests = refs.map(link);
    const result = requirement.status === "not-applicable" ? "not-applicable" : requirement.status !== "met" ? "not-met" : (requirement.verification ?? "test") !== "test" && tests.length === 0 ? "verified-otherwise" : resultOf(tests, index !== void 0);
    return {
      kind: "requirement",
      id: requirement.id,
      title: requirement.title,
      status: requirement.status,
      satisfies: requirement.satisfies ?? [],
      threats,
      links: linked.map((mitigation) => mitigation.id),
      code: requirement.code ?? [],
      tests,
      result
    };
  });
  const mitigationEntries = mitigations.map((mitigation) => {
    const tests = (mitigation.tests ?? []).map(link);
    return {
      kind: "mitigation",
      id: mitigation.id,
      title: mitigation.title,
      status: mitigation.status,
      satisfies: [],
      threats: threatsOfMitigation.get(mitigation.id) ?? [],
      links: mitigation.requirements ?? [],
      code: mitigation.code ?? [],
      tests,
      result: mitigation.status === "implemented" ? resultOf(tests, index !== void 0) : "not-met"
    };
  });
  return [...requirementEntries, ...mitigationEntries];
}
function resultOf(tests, collected) {
  if (tests.length === 0) return "no-tests";
  if (!collected) return "not-collected";
  if (tests.some((test) => test.outcome === "failed")) return "failed";
  if (tests.some((test) => test.outcome === "missing" || test.outcome === "skipped")) return "missing";
  return "passed";
}
function append(map2, key, value) {
  const list2 = map2.get(key);
  if (list2) list2.push(value);
  else map2.set(key, [value]);
}
function unique(values) {
  return [...new Set(values)];
}

// packages/threat-model/src/check.ts
function checkThreatModel(loaded, inputs = {}) {
  const { results, sbomPurls, products } = inputs;
  const { model } = loaded;
  const failures = [];
  const warnings = [];
  const threats = rateThreats(model);
  for (const threat of threats) {
    if (threat.status === "open" && threat.aboveTolerable) {
      failures.push({
        code: "threat-above-tolerable-risk",
        subject: threat.id,
        message: `open threat ${threat.id} has risk ${threat.likelihood}×${threat.impact} = ${threat.risk}, above the tolerable ${model.context.tolerableRisk}`
      });
    }
  }
  failures.push(...unimplementedMitigations(model));
  const securityLevels = computeSecurityLevels(model);
  for (const component of securityLevels) {
    for (const level of component.levels) {
      if (level.gap && level.countermeasure === void 0) {
        failures.push({
          code: "sl-gap-uncovered",
          subject: component.component,
          message: `${component.component}: SL-C(${level.fr}) ${level.slC} < assumed SL-T ${level.slT} of zone ${component.zone}, and no compensating countermeasure is documented (missing: ${level.missing.join(", ") || "—"})`
        });
      }
    }
  }
  const suggestions = runRules(createRuleContext(loaded));
  for (const suggestion of suggestions) {
    if (suggestion.status === "untriaged") {
      failures.push({
        code: "untriaged-suggestion",
        subject: suggestion.key,
        message: `${suggestion.key}: ${suggestion.title} (${suggestion.frs.join("/")}, ${suggestion.requirement}); accept it in a threat (suggestions: [${suggestion.key}]) or dismiss it with a reason`
      });
    }
  }
  const fired = new Set(suggestions.map((suggestion) => suggestion.key));
  for (const dismissal of model.dismissed ?? []) {
    if (!fired.has(dismissal.suggestion)) {
      warnings.push({
        code: "stale-dismissal",
        subject: dismissal.suggestion,
        message: `the dismissal of ${dismissal.suggestion} can go: the rule no longer fires there`
      });
    }
  }
  const traceability = traceRequirements(model, results);
  for (const entry of traceability) {
    const finding = traceFinding(entry, results !== void 0);
    if (finding?.fail) failures.push(finding.finding);
    else if (finding) warnings.push(finding.finding);
  }
  const strideGaps = findStrideGaps(model);
  if (strideGaps.length > 0) {
    warnings.push({
      code: "stride-gaps",
      subject: model.title,
      message: `${strideGaps.length} STRIDE categories of elements and flows have no threat yet (STRIDE per element)`
    });
  }
  const dependencies = linkDependencies(model, sbomPurls);
  for (const dependency of dependencies) {
    if (dependency.inSbom === false) {
      warnings.push({
        code: "dependency-not-in-sbom",
        subject: dependency.id,
        message: `dependency ${dependency.id} (${dependency.purl}) is not in the SBOM`
      });
    }
  }
  if (products !== void 0 && model.product !== void 0 && !products.includes(model.product)) {
    warnings.push({
      code: "unknown-product",
      subject: model.product,
      message: `product ${model.product} is not in evident.yml (products: ${products.join(", ") || "none"})`
    });
  }
  const reviews = latestReviews(model);
  warnings.push(...reviewWarnings(reviews));
  return {
    title: model.title,
    ...model.product === void 0 ? {} : { product: model.product },
    passed: failures.length === 0,
    tolerableRisk: model.context.tolerableRisk,
    failures,
    warnings,
    counts: countsOf(model, suggestions, strideGaps),
    threats,
    suggestions,
    strideGaps,
    securityLevels,
    traceability,
    reviews,
    dependencies,
    testsChecked: results !== void 0
  };
}
function rateThreats(model) {
  return (model.threats ?? []).map((threat) => {
    const risk = threat.likelihood * threat.impact;
    return {
      id: threat.id,
      title: threat.title,
      stride: threat.stride,
      frs: threat.frs,
      targets: threat.targets,
      likelihood: threat.likelihood,
      impact: threat.impact,
      risk,
      aboveTolerable: risk > model.context.tolerableRisk,
      status: threat.status,
      mitigations: threat.mitigations ?? []
    };
  });
}
function unimplementedMitigations(model) {
  const mitigations = new Map((model.mitigations ?? []).map((mitigation) => [mitigation.id, mitigation]));
  const findings = [];
  for (const threat of model.threats ?? []) {
    if (threat.status !== "mitigated") continue;
    for (const id of threat.mitigations ?? []) {
      const status2 = mitigations.get(id)?.status;
      if (status2 !== "implemented") {
        findings.push({
          code: "mitigation-not-implemented",
          subject: threat.id,
          message: `threat ${threat.id} is marked mitigated, but mitigation ${id} is ${status2}`
        });
      }
    }
  }
  return findings;
}
function traceFinding(entry, testsChecked) {
  const what = `${entry.kind} ${entry.id}`;
  switch (entry.result) {
    case "failed":
      return {
        fail: true,
        finding: {
          code: "test-failed",
          subject: entry.id,
          message: `${what}: test ${entry.tests.filter((test) => test.outcome === "failed").map((test) => test.ref).join(", ")} failed`
        }
      };
    case "missing":
      return {
        fail: true,
        finding: {
          code: "test-missing",
          subject: entry.id,
          message: `${what}: no result for ${entry.tests.filter((test) => test.outcome === "missing" || test.outcome === "skipped").map((test) => test.ref).join(", ")} in the JUnit files`
        }
      };
    case "no-tests":
      return {
        fail: testsChecked && entry.kind === "requirement",
        finding: {
          code: testsChecked && entry.kind === "requirement" ? "test-missing" : "no-tests",
          subject: entry.id,
          message: `${what} has no test`
        }
      };
    case "not-met":
      return {
        fail: false,
        finding: { code: "requirement-not-met", subject: entry.id, message: `${what} is ${entry.status}` }
      };
    default:
      return void 0;
  }
}
function latestReviews(model) {
  const rows2 = [];
  for (const kind of Object.keys(reviewKinds)) {
    const latest = (model.reviews ?? []).filter((review) => review.kind === kind).sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0).at(-1);
    if (!latest) continue;
    rows2.push({
      kind,
      requirement: reviewKinds[kind],
      date: latest.date,
      commit: latest.commit,
      outcome: latest.outcome,
      reviewers: latest.reviewers.map((reviewer) => `${reviewer.name} (${reviewer.role})`),
      openFindings: (latest.findings ?? []).filter((finding) => finding.status === "open").length
    });
  }
  return rows2;
}
function reviewWarnings(reviews) {
  const warnings = [];
  for (const [kind, requirement] of Object.entries(reviewKinds)) {
    const review = reviews.find((row) => row.kind === kind);
    if (!review) {
      warnings.push({
        code: "review-missing",
        subject: requirement,
        message: `no ${kind} review is recorded (${requirement})`
      });
    } else if (review.openFindings > 0) {
      warnings.push({
        code: "review-findings-open",
        subject: requirement,
        message: `the ${kind} review of ${review.date} has ${review.openFindings} open finding(s)`
      });
    }
  }
  return warnings;
}
function countsOf(model, suggestions, gaps) {
  return {
    zones: model.zones.length,
    conduits: (model.conduits ?? []).length,
    components: model.components.length,
    elements: model.elements.length,
    flows: (model.flows ?? []).length,
    threats: (model.threats ?? []).length,
    mitigations: (model.mitigations ?? []).length,
    requirements: (model.requirements ?? []).length,
    suggestions: suggestions.length,
    untriagedSuggestions: suggestions.filter((suggestion) => suggestion.status === "untriaged").length,
    strideGaps: gaps.length,
    reviews: (model.reviews ?? []).length
  };
}

// packages/threat-model/src/diagrams.ts
var shapes = {
  process: ["((", "))"],
  "data-store": ["[(", ")]"],
  "external-entity": ["[", "]"],
  interface: ["{{", "}}"]
};
function mermaidId(id) {
  return `n_${id.replace(/[^A-Za-z0-9_]/g, (char) => `_${char.charCodeAt(0).toString(16)}_`)}`;
}
function mermaidText(text) {
  return text.replace(/["`]/g, "'").replace(/[\r\n]+/g, " ").replace(/[<>{}[\]|#;]/g, " ").trim();
}
function toMermaid(loaded) {
  const { model, zoneOf } = loaded;
  const lines = ["flowchart LR"];
  for (const zone of model.zones) {
    const members = model.elements.filter((element) => zoneOf.get(element.id) === zone.id);
    if (members.length === 0) continue;
    lines.push(`  subgraph ${mermaidId(zone.id)}["${mermaidText(zone.name)}${levelsLabel(zone.slT)}"]`);
    for (const element of members) {
      const [open, close] = shapes[element.kind];
      lines.push(`    ${mermaidId(element.id)}${open}"${mermaidText(element.name)}"${close}`);
    }
    lines.push("  end");
  }
  const crossing = [];
  for (const [index, flow] of (model.flows ?? []).entries()) {
    const label = mermaidText(`${flow.protocol}${flow.name ? `: ${flow.name}` : ""}`);
    const crosses = zoneOf.get(flow.from) !== zoneOf.get(flow.to);
    if (crosses) crossing.push(index);
    lines.push(`  ${mermaidId(flow.from)} ${crosses ? "-.->" : "-->"}|"${label}"| ${mermaidId(flow.to)}`);
  }
  if (crossing.length > 0) lines.push(`  linkStyle ${crossing.join(",")} stroke:#c0392b`);
  return `${lines.join("\n")}
`;
}
function levelsLabel(levels) {
  if (!levels) return "";
  const values = Object.entries(levels).map(([fr, level]) => `${fr}=${level}`);
  return values.length > 0 ? ` SL-T ${values.join(" ")}` : "";
}
function dotString(text) {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/[\r\n]+/g, " ")}"`;
}
var dotShapes = {
  process: "ellipse",
  "data-store": "cylinder",
  "external-entity": "box",
  interface: "hexagon"
};
function toDot(loaded) {
  const { model, zoneOf } = loaded;
  const lines = [
    "digraph threat_model {",
    '  graph [rankdir=LR, fontname="Helvetica", fontsize=11];',
    '  node [fontname="Helvetica", fontsize=10];',
    '  edge [fontname="Helvetica", fontsize=9];'
  ];
  for (const [index, zone] of model.zones.entries()) {
    const members = model.elements.filter((element) => zoneOf.get(element.id) === zone.id);
    if (members.length === 0) continue;
    lines.push(`  subgraph cluster_${index} {`);
    lines.push(
      `    label=${dotString(`${zone.name}${levelsLabel(zone.slT)}`)}; style=dashed; color="#7f8c8d";`
    );
    for (const element of members) {
      lines.push(
        `    ${dotString(element.id)} [label=${dotString(element.name)}, shape=${dotShapes[element.kind]}];`
      );
    }
    lines.push("  }");
  }
  for (const flow of model.flows ?? []) {
    const crosses = zoneOf.get(flow.from) !== zoneOf.get(flow.to);
    const style = crosses ? ', color="#c0392b", style=dashed' : "";
    lines.push(
      `  ${dotString(flow.from)} -> ${dotString(flow.to)} [label=${dotString(flow.protocol)}${style}];`
    );
  }
  lines.push("}");
  return `${lines.join("\n")}
`;
}

// packages/threat-model/src/report-data.ts
function buildReportData(loaded, check, file) {
  const { model } = loaded;
  const levels = (slT) => Object.entries(slT ?? {}).map(([fr, level]) => `${fr} ${level}`).join(", ");
  const names = new Map([
    ...model.elements.map((element) => [element.id, element.name]),
    ...model.components.map((component) => [component.id, component.name])
  ]);
  for (const flow of model.flows ?? []) {
    const route = `${names.get(flow.from) ?? flow.from} → ${names.get(flow.to) ?? flow.to}`;
    names.set(flow.id, flow.name ? `${flow.name}: ${route}` : route);
  }
  return {
    file,
    title: model.title,
    product: model.product ?? "",
    passed: check.passed,
    tolerableRisk: check.tolerableRisk,
    counts: check.counts,
    context: {
      intendedUse: model.context.intendedUse,
      environment: model.context.environment,
      assumptions: model.context.assumptions ?? []
    },
    zones: model.zones.map((zone) => ({
      id: zone.id,
      name: zone.name,
      slT: levels(zone.slT) || "—",
      untrusted: zone.untrusted === true,
      description: zone.description ?? ""
    })),
    conduits: (model.conduits ?? []).map((conduit) => ({
      id: conduit.id,
      name: conduit.name,
      zones: conduit.zones.join(", "),
      boundaryProtection: conduit.boundaryProtection ?? ""
    })),
    components: model.components.map((component) => ({
      id: component.id,
      name: component.name,
      type: component.type,
      zone: component.zone
    })),
    threats: check.threats.map((threat) => ({
      ...threat,
      frs: threat.frs.join(", "),
      targets: threat.targets.map((id) => `${names.get(id) ?? id} (${id})`).join(", "),
      mitigations: threat.mitigations.join(", "),
      severity: threat.aboveTolerable ? "above tolerable" : "tolerable"
    })),
    suggestions: check.suggestions.map((suggestion) => ({
      key: suggestion.key,
      title: suggestion.title,
      frs: suggestion.frs.join(", "),
      requirement: suggestion.requirement,
      status: suggestion.status,
      resolution: suggestion.threat ?? suggestion.reason ?? suggestion.fix
    })),
    levels: check.securityLevels.flatMap(
      (component) => component.levels.map(
        (level) => ({
          component: component.component,
          type: component.type,
          zone: component.zone,
          fr: level.fr,
          slC: level.slC,
          slT: level.slT,
          state: !level.gap ? "ok" : level.countermeasure ? `gap, covered by ${level.countermeasure}` : "GAP",
          missing: level.missing.join(", ")
        })
      )
    ),
    countermeasures: (model.countermeasures ?? []).map((measure) => ({
      ...measure,
      frs: measure.frs.join(", ")
    })),
    trace: check.traceability.map((entry) => ({
      kind: entry.kind,
      id: entry.id,
      title: entry.title,
      status: entry.status,
      satisfies: entry.satisfies.join(", "),
      threats: entry.threats.join(", "),
      links: entry.links.join(", "),
      code: entry.code.join(", "),
      tests: entry.tests.map((test) => `${test.ref} (${test.outcome})`).join("; "),
      result: entry.result
    })),
    reviews: (model.reviews ?? []).map((review) => ({
      kind: review.kind,
      date: review.date,
      commit: review.commit,
      reviewers: review.reviewers.map((reviewer) => `${reviewer.name} (${reviewer.role})`).join(", "),
      outcome: review.outcome,
      findings: (review.findings ?? []).map((finding) => `${finding.id}: ${finding.text} [${finding.status}]`).join("; ")
    })),
    dependencies: check.dependencies.map((dependency) => ({
      id: dependency.id,
      purl: dependency.purl,
      elements: dependency.elements.join(", "),
      sbom: dependency.inSbom === void 0 ? "not checked" : dependency.inSbom ? "in the SBOM" : "NOT in the SBOM"
    })),
    strideGaps: groupStrideGaps(check.strideGaps),
    failures: check.failures,
    warnings: check.warnings,
    testsChecked: check.testsChecked
  };
}
function groupStrideGaps(gaps) {
  const byTarget = /* @__PURE__ */ new Map();
  for (const gap of gaps) {
    const list2 = byTarget.get(gap.target);
    if (list2) list2.push(gap.stride);
    else byTarget.set(gap.target, [gap.stride]);
  }
  return [...byTarget].map(([target, categories]) => ({ target, categories: categories.join(", ") }));
}

// packages/threat-model/src/summary.ts
function status(complete, partial) {
  return complete ? "complete" : partial ? "partial" : "none";
}
function summarizeForPack(check) {
  const count = (key) => check.counts[key] ?? 0;
  const review = (kind) => check.reviews.find((row) => row.kind === kind);
  const requirements = check.traceability.filter((entry) => entry.kind === "requirement");
  const mitigations = check.traceability.filter((entry) => entry.kind === "mitigation");
  const tested = (entries) => entries.filter((entry) => entry.result === "passed").length;
  const gaps = check.securityLevels.flatMap((component) => component.levels.filter((level) => level.gap));
  const covered = gaps.filter((gap) => gap.countermeasure !== void 0).length;
  const reviewEvidence = (kind, requirement) => {
    const row = review(kind);
    return row ? {
      status: status(row.outcome !== "rejected" && row.openFindings === 0, true),
      evidence: `${requirement}: ${kind} review of ${row.date} at ${row.commit} by ${row.reviewers.join(", ")}: ${row.outcome}, ${row.openFindings} open finding(s)`
    } : { status: "none", evidence: `no ${kind} review recorded` };
  };
  return {
    format: "evident-threat-model-summary/1",
    classification: "internal",
    title: check.title,
    ...check.product === void 0 ? {} : { product: check.product },
    passed: check.passed,
    counts: check.counts,
    requirements: {
      "SR-1": {
        status: status(count("zones") > 0 && count("components") > 0, true),
        evidence: `product security context with ${count("zones")} assumed zones, ${count("conduits")} conduits, ${count("components")} components`
      },
      "SR-2": {
        status: status(
          count("threats") > 0 && count("untriagedSuggestions") === 0 && review("threat-model") !== void 0,
          count("threats") > 0
        ),
        evidence: `${count("threats")} threats rated by likelihood × impact; ${count("untriagedSuggestions")} untriaged rule suggestions; ${count("strideGaps")} STRIDE gaps`
      },
      "SR-3": {
        status: status(count("requirements") > 0, false),
        evidence: `${count("requirements")} security requirements in the register`
      },
      "SR-4": {
        status: status(
          requirements.some((entry) => entry.satisfies.length > 0) && gaps.length === covered,
          requirements.length > 0
        ),
        evidence: `requirements mapped to 62443-4-2; ${gaps.length} SL-C < SL-T gaps, ${covered} covered by compensating countermeasures`
      },
      "SR-5": reviewEvidence("security-requirements", "SR-5"),
      "SD-1": {
        status: status(count("elements") > 0 && count("flows") > 0, count("elements") > 0),
        evidence: `data-flow design: ${count("elements")} elements, ${count("flows")} flows`
      },
      "SD-2": {
        status: status(
          count("mitigations") > 0 && mitigations.every((entry) => entry.status === "implemented"),
          count("mitigations") > 0
        ),
        evidence: `${count("mitigations")} mitigations (defence in depth), ${mitigations.filter((entry) => entry.status === "implemented").length} implemented`
      },
      "SD-3": reviewEvidence("design", "SD-3"),
      "SVV-1": {
        status: check.testsChecked ? status(
          tested(requirements) === requirements.length && requirements.length > 0,
          tested(requirements) > 0
        ) : "not-collected",
        evidence: `${tested(requirements)} of ${requirements.length} requirements with passing tests`
      },
      "SVV-2": {
        status: check.testsChecked ? status(
          tested(mitigations) === mitigations.length && mitigations.length > 0,
          tested(mitigations) > 0
        ) : "not-collected",
        evidence: `${tested(mitigations)} of ${mitigations.length} mitigations with passing tests`
      }
    },
    securityLevels: check.securityLevels,
    failures: check.failures
  };
}

// packages/threat-model/src/svg.ts
async function renderSvg(dot) {
  const { Graphviz } = await import("./dist-F26F2JI7.js");
  const graphviz = await Graphviz.load();
  return graphviz.dot(dot, "svg");
}

// packages/threat-model/src/junit.ts
var entities = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function parseJUnit(text, file) {
  const results = [];
  const stack = [];
  let current;
  let position = 0;
  for (; ; ) {
    const start = text.indexOf("<", position);
    if (start < 0) break;
    if (text.startsWith("<!--", start)) position = skipPast(text, start, "-->", file);
    else if (text.startsWith("<![CDATA[", start)) position = skipPast(text, start, "]]>", file);
    else if (text.startsWith("<?", start)) position = skipPast(text, start, "?>", file);
    else if (text.startsWith("<!", start)) {
      throw new InputError("JUnit XML with a DOCTYPE is refused (entities could expand without bound)", {
        location: at(text, start, file),
        fix: "remove the <!DOCTYPE …> declaration"
      });
    } else {
      const tag = readTag(text, start, file);
      position = tag.end;
      if (tag.closing) {
        if (stack.pop() !== tag.name) throw malformed(text, start, file, `unexpected </${tag.name}>`);
        if (tag.name === "testcase" && current) {
          results.push({ ...current, file });
          current = void 0;
        }
        continue;
      }
      if (stack.length === 0 && tag.name !== "testsuites" && tag.name !== "testsuite") {
        throw new InputError(`not a JUnit XML report: the root element is <${tag.name}>`, {
          location: at(text, start, file),
          fix: "pass the JUnit XML file your test runner writes (e.g. vitest --reporter=junit)"
        });
      }
      if (tag.name === "testcase") {
        current = {
          name: tag.attributes.name ?? "",
          classname: tag.attributes.classname ?? tag.attributes.class ?? "",
          outcome: "passed"
        };
      } else if (current && (tag.name === "failure" || tag.name === "error")) {
        current.outcome = "failed";
        const message = tag.attributes.message;
        if (message !== void 0) current.message = message;
      } else if (current && tag.name === "skipped" && current.outcome === "passed")
        current.outcome = "skipped";
      if (tag.selfClosing) {
        if (tag.name === "testcase" && current) {
          results.push({ ...current, file });
          current = void 0;
        }
      } else stack.push(tag.name);
    }
  }
  if (stack.length > 0) throw malformed(text, text.length, file, `<${stack.at(-1)}> is never closed`);
  return results;
}
function readTag(text, start, file) {
  let quote = "";
  let index = start + 1;
  for (; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ">") break;
  }
  if (index >= text.length) throw malformed(text, start, file, "a tag is never closed");
  let inside = text.slice(start + 1, index);
  const closing = inside.startsWith("/");
  const selfClosing = inside.endsWith("/");
  inside = inside.slice(closing ? 1 : 0, selfClosing ? -1 : void 0);
  const name = /^[\w:.-]+/.exec(inside)?.[0];
  if (name === void 0) throw malformed(text, start, file, "a tag has no name");
  const attributes = /* @__PURE__ */ Object.create(null);
  for (const match of inside.slice(name.length).matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[match[1] ?? ""] = decode(match[2] ?? match[3] ?? "");
  }
  return { name, attributes, closing, selfClosing, end: index + 1 };
}
function decode(value) {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return entities[entity] ?? whole;
  });
}
function skipPast(text, start, end, file) {
  const found = text.indexOf(end, start);
  if (found < 0) throw malformed(text, start, file, `no closing ${end}`);
  return found + end.length;
}
function at(text, offset, file) {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf("\n"); index >= 0 && index < offset; index = text.indexOf("\n", index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { file, line, column: offset - lineStart + 1 };
}
function malformed(text, offset, file, what) {
  return new InputError(`malformed JUnit XML: ${what}`, {
    location: at(text, offset, file),
    fix: "pass the JUnit XML file exactly as the test runner wrote it"
  });
}

// packages/threat-model/generated/formats.js
var import_formats = __toESM(require_formats(), 1);
var formats_default = { date: import_formats.fullFormats.date, "date-time": import_formats.fullFormats["date-time"], uri: import_formats.fullFormats.uri, email: import_formats.fullFormats.email };

// packages/threat-model/generated/validate-threat-model.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validate_threat_model_default = validate10;
var schema11 = { "additionalProperties": false, "title": "Evident threat model", "description": "An IEC 62443 threat model: product security context, assumed zones and conduits, elements, flows, threats, mitigations, requirements and reviews.", "type": "object", "required": ["version", "title", "context", "zones", "components", "elements"], "properties": { "$schema": { "type": "string" }, "version": { "description": "The threat-model format version.", "const": 1, "type": "number" }, "title": { "minLength": 1, "description": "The model title.", "type": "string" }, "product": { "minLength": 1, "description": "The evident.yml product id.", "type": "string" }, "context": { "additionalProperties": false, "description": "The product security context (SR-1).", "type": "object", "required": ["intendedUse", "environment", "tolerableRisk"], "properties": { "intendedUse": { "minLength": 1, "description": "What the product is for and who uses it (SR-1).", "type": "string" }, "environment": { "minLength": 1, "description": "Where it is expected to run: the operational environment (SR-1).", "type": "string" }, "assumptions": { "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["id", "text"], "properties": { "id": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "text": { "minLength": 1, "description": "What the vendor assumes about the environment (SG-2 expectations).", "type": "string" } } } }, "tolerableRisk": { "minimum": 1, "maximum": 25, "description": "The highest likelihood × impact (1–25) the vendor tolerates without mitigation; open threats above it fail the check.", "type": "integer" } } }, "zones": { "minItems": 1, "description": "The assumed zones.", "type": "array", "items": { "additionalProperties": false, "description": "A zone of the ASSUMED reference architecture (62443-3-2): the asset owner defines the real zones; slT is the assumed target security level per FR.", "type": "object", "required": ["id", "name"], "properties": { "id": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "name": { "minLength": 1, "description": "Display name.", "type": "string" }, "description": { "type": "string" }, "slT": { "additionalProperties": false, "description": "A security level per foundational requirement (FR1–FR7); absent means 0.", "type": "object", "properties": { "FR1": { "minimum": 0, "maximum": 4, "description": "Security level 0–4.", "type": "integer" }, "FR2": { "minimum": 0, "maximum": 4, "description": "Security level 0–4.", "type": "integer" }, "FR3": { "minimum": 0, "maximum": 4, "description": "Security level 0–4.", "type": "integer" }, "FR4": { "minimum": 0, "maximum": 4, "description": "Security level 0–4.", "type": "integer" }, "FR5": { "minimum": 0, "maximum": 4, "description": "Security level 0–4.", "type": "integer" }, "FR6": { "minimum": 0, "maximum": 4, "description": "Security level 0–4.", "type": "integer" }, "FR7": { "minimum": 0, "maximum": 4, "description": "Security level 0–4.", "type": "integer" } } }, "untrusted": { "description": "A zone nobody controls (the internet, a customer network).", "type": "boolean" } } } }, "conduits": { "description": "The assumed conduits.", "type": "array", "items": { "additionalProperties": false, "description": "A conduit of the assumed reference architecture, joining zones.", "type": "object", "required": ["id", "name", "zones"], "properties": { "id": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "name": { "minLength": 1, "description": "Display name.", "type": "string" }, "zones": { "minItems": 2, "uniqueItems": true, "description": "The zones the conduit joins.", "type": "array", "items": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" } }, "description": { "type": "string" }, "boundaryProtection": { "minLength": 1, "description": 'The assumed boundary device, e.g. "firewall, deny by default".', "type": "string" } } } }, "components": { "minItems": 1, "description": "62443-4-2 components.", "type": "array", "items": { "additionalProperties": false, "description": "A 62443-4-2 component of the product (the unit SL-C is computed for).", "type": "object", "required": ["id", "name", "type", "zone"], "properties": { "id": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "name": { "minLength": 1, "description": "Display name.", "type": "string" }, "type": { "type": "string", "enum": ["embedded-device", "host-device", "network-device", "software-application"], "description": "The IEC 62443-4-2 component type." }, "zone": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "description": { "type": "string" }, "controls": { "additionalProperties": false, "description": "Security controls the element implements; rules read these facts.", "type": "object", "properties": { "auditLogging": { "description": "Security events are logged (CR 2.8).", "type": "boolean" }, "resourceLimits": { "description": "Rate limits and bounded buffers on its network input (CR 7.1, CR 7.2).", "type": "boolean" }, "signatureVerification": { "description": "Updates and software are verified against a signature (CR 3.4 RE 1, EDR 3.10 RE 1).", "type": "boolean" }, "secureBoot": { "description": "The boot chain is verified (EDR 3.14 RE 1).", "type": "boolean" }, "tamperDetection": { "description": "Physical tamper resistance and detection (EDR 3.11).", "type": "boolean" }, "encryptedAtRest": { "description": "Stored data is encrypted (CR 4.1).", "type": "boolean" }, "backup": { "description": "Backed up, with integrity check (CR 7.3).", "type": "boolean" }, "malwareProtection": { "description": "Protection from malicious code (CR 3.2).", "type": "boolean" }, "inputValidation": { "description": "Inputs are validated (CR 3.5).", "type": "boolean" }, "leastPrivilege": { "description": "Runs without administrative rights (CR 2.1).", "type": "boolean" }, "appendOnly": { "description": "Records can be appended, not changed (CR 3.9).", "type": "boolean" }, "authorization": { "description": "Role-based authorization of every request (CR 2.1).", "type": "boolean" } } } } } }, "elements": { "description": "Data-flow elements.", "type": "array", "items": { "additionalProperties": false, "description": "A process, data store, external entity or physical/debug interface; in a zone directly or through its component.", "type": "object", "required": ["id", "name", "kind"], "properties": { "id": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "name": { "minLength": 1, "description": "Display name.", "type": "string" }, "kind": { "type": "string", "enum": ["process", "data-store", "external-entity", "interface"], "description": "process, data-store, external-entity or interface." }, "component": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "zone": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "description": { "type": "string" }, "interface": { "type": "string", "enum": ["jtag", "swd", "uart", "usb", "sd-card", "maintenance-port", "ethernet", "serial", "wifi", "bluetooth", "cellular", "fieldbus", "display"], "description": "For kind interface: what interface it is." }, "state": { "type": "string", "enum": ["enabled", "authenticated", "disabled", "removed"], "description": "For interfaces: how it is left in the shipped product." }, "holds": { "uniqueItems": true, "description": "Data the element stores or processes.", "type": "array", "items": { "type": "string", "enum": ["process-data", "control-command", "control-logic", "configuration", "firmware", "software", "credentials", "keys", "audit-log", "diagnostics", "personal-data", "time", "vulnerability-data", "report"], "description": "A data category." } }, "confidentiality": { "type": "string", "enum": ["public", "internal", "confidential", "secret"], "description": "Highest class of data it holds." }, "credentials": { "type": "string", "enum": ["none", "unique", "default", "shared", "hard-coded"], "description": "Credentials it ships with (CR 1.5)." }, "privileged": { "description": "Runs with administrative rights.", "type": "boolean" }, "necessary": { "description": "false: a function the intended use does not need (CR 7.7).", "type": "boolean" }, "safety": { "description": "A safety function (SIS).", "type": "boolean" }, "controls": { "additionalProperties": false, "description": "Security controls the element implements; rules read these facts.", "type": "object", "properties": { "auditLogging": { "description": "Security events are logged (CR 2.8).", "type": "boolean" }, "resourceLimits": { "description": "Rate limits and bounded buffers on its network input (CR 7.1, CR 7.2).", "type": "boolean" }, "signatureVerification": { "description": "Updates and software are verified against a signature (CR 3.4 RE 1, EDR 3.10 RE 1).", "type": "boolean" }, "secureBoot": { "description": "The boot chain is verified (EDR 3.14 RE 1).", "type": "boolean" }, "tamperDetection": { "description": "Physical tamper resistance and detection (EDR 3.11).", "type": "boolean" }, "encryptedAtRest": { "description": "Stored data is encrypted (CR 4.1).", "type": "boolean" }, "backup": { "description": "Backed up, with integrity check (CR 7.3).", "type": "boolean" }, "malwareProtection": { "description": "Protection from malicious code (CR 3.2).", "type": "boolean" }, "inputValidation": { "description": "Inputs are validated (CR 3.5).", "type": "boolean" }, "leastPrivilege": { "description": "Runs without administrative rights (CR 2.1).", "type": "boolean" }, "appendOnly": { "description": "Records can be appended, not changed (CR 3.9).", "type": "boolean" }, "authorization": { "description": "Role-based authorization of every request (CR 2.1).", "type": "boolean" } } } } } }, "flows": { "description": "Data flows.", "type": "array", "items": { "additionalProperties": false, "description": "A data flow between two elements; crossing zones means crossing a trust boundary.", "type": "object", "required": ["id", "from", "to", "protocol", "data"], "properties": { "id": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "from": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "to": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "name": { "type": "string" }, "protocol": { "minLength": 1, "description": "e.g. modbus-tcp, s7comm, dnp3, opc-ua, iec-104, https, ssh, mqtt, usb-mass-storage.", "type": "string" }, "data": { "additionalProperties": false, "description": "The data a flow carries, categorised.", "type": "object", "required": ["confidentiality", "integrity"], "properties": { "categories": { "uniqueItems": true, "type": "array", "items": { "type": "string", "enum": ["process-data", "control-command", "control-logic", "configuration", "firmware", "software", "credentials", "keys", "audit-log", "diagnostics", "personal-data", "time", "vulnerability-data", "report"], "description": "A data category." } }, "confidentiality": { "type": "string", "enum": ["public", "internal", "confidential", "secret"], "description": "Confidentiality class of the data." }, "integrity": { "type": "string", "enum": ["low", "medium", "high", "critical"], "description": "Integrity class of the data." } } }, "conduit": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "authentication": { "type": "string", "enum": ["none", "password", "shared-key", "token", "certificate", "mfa"], "description": "How the sender is authenticated; default none." }, "encrypted": { "description": "Confidentiality protected in transit.", "type": "boolean" }, "integrityProtected": { "description": "Integrity protected in transit (MAC or signature).", "type": "boolean" }, "tlsVersion": { "type": "string", "enum": ["1.0", "1.1", "1.2", "1.3"], "description": "TLS version, if TLS." }, "opcUaSecurityMode": { "type": "string", "enum": ["None", "Sign", "SignAndEncrypt"], "description": "OPC UA MessageSecurityMode." }, "dnp3SecureAuthentication": { "description": "DNP3 Secure Authentication v5.", "type": "boolean" }, "cipSecurity": { "description": "EtherNet/IP with CIP Security.", "type": "boolean" }, "remoteAccess": { "description": "Remote access from outside the site.", "type": "boolean" }, "human": { "description": "A person is at the sending end (CR 1.1, else CR 1.2).", "type": "boolean" } } } }, "dependencies": { "description": "External dependencies (SBOM components).", "type": "array", "items": { "additionalProperties": false, "description": "An external dependency, linked to the SBOM by purl.", "type": "object", "required": ["id", "purl", "elements"], "properties": { "id": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "purl": { "pattern": "^pkg:", "description": "Package URL of the SBOM component.", "type": "string" }, "elements": { "description": "The elements that use it.", "uniqueItems": true, "type": "array", "items": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" } }, "description": { "type": "string" } } } }, "threats": { "description": "Threats, with stable ids.", "type": "array", "items": { "additionalProperties": false, "description": "A threat: severity is likelihood × impact against the tolerable risk, never CVSS.", "type": "object", "required": ["id", "title", "stride", "targets", "frs", "likelihood", "impact", "attackVector", "status"], "properties": { "id": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "title": { "minLength": 1, "description": "One line.", "type": "string" }, "description": { "type": "string" }, "stride": { "type": "string", "enum": ["spoofing", "tampering", "repudiation", "information-disclosure", "denial-of-service", "elevation-of-privilege"], "description": "The STRIDE category." }, "targets": { "minItems": 1, "uniqueItems": true, "description": "Element, flow or component ids.", "type": "array", "items": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" } }, "frs": { "minItems": 1, "uniqueItems": true, "type": "array", "items": { "type": "string", "enum": ["FR1", "FR2", "FR3", "FR4", "FR5", "FR6", "FR7"], "description": "FR1–FR7." } }, "likelihood": { "minimum": 1, "maximum": 5, "description": "Likelihood 1 (rare/negligible) to 5 (almost certain/severe).", "type": "integer" }, "impact": { "minimum": 1, "maximum": 5, "description": "Impact 1 (rare/negligible) to 5 (almost certain/severe).", "type": "integer" }, "attackVector": { "type": "string", "enum": ["network", "adjacent", "local", "physical"], "description": "Where the attacker must be." }, "status": { "type": "string", "enum": ["open", "mitigated", "accepted", "transferred", "not-applicable"], "description": "open, mitigated, accepted, transferred or not-applicable." }, "mitigations": { "description": "Mitigations that address it.", "uniqueItems": true, "type": "array", "items": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" } }, "suggestions": { "uniqueItems": true, "description": "The rule suggestions this threat accepts, as rule@target (from `evident threat-model check`).", "type": "array", "items": { "pattern": "^[a-z0-9-]+@[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A rule suggestion: rule@target.", "type": "string" } }, "acceptance": { "additionalProperties": false, "description": "A documented risk acceptance.", "type": "object", "required": ["by", "date", "rationale"], "properties": { "by": { "minLength": 1, "description": "Who accepted the risk (a role).", "type": "string" }, "date": { "format": "date", "type": "string" }, "rationale": { "minLength": 1, "description": "Why.", "type": "string" } } } } } }, "mitigations": { "description": "Mitigations.", "type": "array", "items": { "additionalProperties": false, "description": "A mitigation (SD-2 defence in depth), linked to requirements.", "type": "object", "required": ["id", "title", "status"], "properties": { "id": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "title": { "minLength": 1, "description": "One line.", "type": "string" }, "description": { "type": "string" }, "status": { "type": "string", "enum": ["implemented", "planned", "not-implemented"], "description": "Implementation status." }, "requirements": { "description": "Security requirements it implements.", "uniqueItems": true, "type": "array", "items": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" } }, "tests": { "uniqueItems": true, "type": "array", "items": { "minLength": 1, "description": "A test id from the JUnit results.", "type": "string" } }, "code": { "type": "array", "items": { "minLength": 1, "description": "A code path.", "type": "string" } } } } }, "requirements": { "description": "The security requirements register.", "type": "array", "items": { "additionalProperties": false, "description": "A product security requirement (SR-3/SR-4).", "type": "object", "required": ["id", "title", "status"], "properties": { "id": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "title": { "minLength": 1, "description": "One line.", "type": "string" }, "description": { "type": "string" }, "satisfies": { "uniqueItems": true, "description": "62443-4-2 CRs/REs.", "type": "array", "items": { "pattern": "^(CR|SAR|EDR|HDR|NDR) [1-7]\\.[0-9]{1,2}( RE [1-9])?$", "description": "A 62443-4-2 requirement, e.g. CR 1.1, CR 3.4 RE 1, EDR 2.13.", "type": "string" } }, "components": { "description": "Components it applies to (default: every component).", "uniqueItems": true, "type": "array", "items": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" } }, "status": { "type": "string", "enum": ["met", "partial", "not-met", "planned", "not-applicable"], "description": "met, partial, not-met, planned or not-applicable." }, "threats": { "description": "Threats it counters.", "uniqueItems": true, "type": "array", "items": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" } }, "mitigations": { "description": "Mitigations that implement it.", "uniqueItems": true, "type": "array", "items": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" } }, "code": { "type": "array", "items": { "minLength": 1, "description": "A code path.", "type": "string" } }, "tests": { "uniqueItems": true, "type": "array", "items": { "minLength": 1, "description": "A test id from the JUnit results.", "type": "string" } }, "verification": { "type": "string", "enum": ["test", "inspection", "analysis"], "description": "How it is verified (default test)." }, "rationale": { "description": "Why, for not-applicable or inspection.", "type": "string" } } } }, "countermeasures": { "description": "Compensating countermeasures (SG-2).", "type": "array", "items": { "additionalProperties": false, "description": "A compensating countermeasure covering an SL-C < SL-T gap (SG-2).", "type": "object", "required": ["id", "component", "frs", "description", "documentedIn"], "properties": { "id": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "component": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "frs": { "minItems": 1, "uniqueItems": true, "type": "array", "items": { "type": "string", "enum": ["FR1", "FR2", "FR3", "FR4", "FR5", "FR6", "FR7"], "description": "FR1–FR7." } }, "description": { "minLength": 1, "description": "What the asset owner must do, e.g. put the PLC behind a firewall.", "type": "string" }, "documentedIn": { "minLength": 1, "description": "Where users find it (SG-2), e.g. docs/security/hardening.md#network.", "type": "string" } } } }, "dismissed": { "description": "Rule suggestions that do not apply, with the reason.", "type": "array", "items": { "additionalProperties": false, "description": "A rule suggestion judged not to apply.", "type": "object", "required": ["suggestion", "reason"], "properties": { "suggestion": { "pattern": "^[a-z0-9-]+@[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A rule suggestion: rule@target.", "type": "string" }, "reason": { "minLength": 1, "description": "Why it does not apply.", "type": "string" } } } }, "reviews": { "description": "SR-2, SR-5 and SD-3 review records.", "type": "array", "items": { "additionalProperties": false, "description": "A review record.", "type": "object", "required": ["kind", "date", "commit", "reviewers", "outcome"], "properties": { "kind": { "type": "string", "enum": ["threat-model", "security-requirements", "design"], "description": "threat-model (SR-2), security-requirements (SR-5) or design (SD-3)." }, "date": { "format": "date", "type": "string" }, "commit": { "pattern": "^[0-9a-f]{7,40}$", "description": "The commit reviewed.", "type": "string" }, "reviewers": { "minItems": 1, "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["name", "role"], "properties": { "name": { "minLength": 1, "description": "Name.", "type": "string" }, "role": { "minLength": 1, "description": "Role, e.g. security architect.", "type": "string" } } } }, "outcome": { "type": "string", "enum": ["approved", "approved-with-findings", "rejected"], "description": "Outcome." }, "findings": { "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["id", "text", "status"], "properties": { "id": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "A stable id chosen by people: letters, digits, dot, underscore, hyphen. Never rename it.", "type": "string" }, "text": { "minLength": 1, "description": "The finding.", "type": "string" }, "status": { "type": "string", "enum": ["open", "resolved", "accepted"], "description": "Finding status." } } } } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length.default.default ?? import_ucs2length.default;
var pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
var pattern14 = new RegExp("^pkg:", "u");
var pattern19 = new RegExp("^[a-z0-9-]+@[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
var pattern23 = new RegExp("^(CR|SAR|EDR|HDR|NDR) [1-7]\\.[0-9]{1,2}( RE [1-9])?$", "u");
var pattern30 = new RegExp("^[0-9a-f]{7,40}$", "u");
var formats0 = formats_default.date;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.context === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "context" }, message: "must have required property 'context'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.zones === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "zones" }, message: "must have required property 'zones'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.components === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.elements === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "elements" }, message: "must have required property 'elements'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err7 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (!(typeof data1 == "number" && isFinite(data1))) {
        const err8 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.version.type, parentSchema: schema11.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (1 !== data1) {
        const err9 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err10 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.title, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.title.type, parentSchema: schema11.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.product !== void 0) {
      let data3 = data.product;
      if (typeof data3 === "string") {
        if (func3(data3) < 1) {
          const err12 = { instancePath: instancePath + "/product", schemaPath: "#/properties/product/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.product, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/product", schemaPath: "#/properties/product/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.product.type, parentSchema: schema11.properties.product, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.context !== void 0) {
      let data4 = data.context;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.intendedUse === void 0) {
          const err14 = { instancePath: instancePath + "/context", schemaPath: "#/properties/context/required", keyword: "required", params: { missingProperty: "intendedUse" }, message: "must have required property 'intendedUse'", schema: schema11.properties.context.required, parentSchema: schema11.properties.context, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data4.environment === void 0) {
          const err15 = { instancePath: instancePath + "/context", schemaPath: "#/properties/context/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema11.properties.context.required, parentSchema: schema11.properties.context, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data4.tolerableRisk === void 0) {
          const err16 = { instancePath: instancePath + "/context", schemaPath: "#/properties/context/required", keyword: "required", params: { missingProperty: "tolerableRisk" }, message: "must have required property 'tolerableRisk'", schema: schema11.properties.context.required, parentSchema: schema11.properties.context, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === "intendedUse" || key1 === "environment" || key1 === "assumptions" || key1 === "tolerableRisk")) {
            const err17 = { instancePath: instancePath + "/context", schemaPath: "#/properties/context/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.context, data: data4 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data4.intendedUse !== void 0) {
          let data5 = data4.intendedUse;
          if (typeof data5 === "string") {
            if (func3(data5) < 1) {
              const err18 = { instancePath: instancePath + "/context/intendedUse", schemaPath: "#/properties/context/properties/intendedUse/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.context.properties.intendedUse, data: data5 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/context/intendedUse", schemaPath: "#/properties/context/properties/intendedUse/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.context.properties.intendedUse.type, parentSchema: schema11.properties.context.properties.intendedUse, data: data5 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data4.environment !== void 0) {
          let data6 = data4.environment;
          if (typeof data6 === "string") {
            if (func3(data6) < 1) {
              const err20 = { instancePath: instancePath + "/context/environment", schemaPath: "#/properties/context/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.context.properties.environment, data: data6 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/context/environment", schemaPath: "#/properties/context/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.context.properties.environment.type, parentSchema: schema11.properties.context.properties.environment, data: data6 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data4.assumptions !== void 0) {
          let data7 = data4.assumptions;
          if (Array.isArray(data7)) {
            const len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data8 = data7[i0];
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                if (data8.id === void 0) {
                  const err22 = { instancePath: instancePath + "/context/assumptions/" + i0, schemaPath: "#/properties/context/properties/assumptions/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.context.properties.assumptions.items.required, parentSchema: schema11.properties.context.properties.assumptions.items, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (data8.text === void 0) {
                  const err23 = { instancePath: instancePath + "/context/assumptions/" + i0, schemaPath: "#/properties/context/properties/assumptions/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema11.properties.context.properties.assumptions.items.required, parentSchema: schema11.properties.context.properties.assumptions.items, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                for (const key2 in data8) {
                  if (!(key2 === "id" || key2 === "text")) {
                    const err24 = { instancePath: instancePath + "/context/assumptions/" + i0, schemaPath: "#/properties/context/properties/assumptions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.context.properties.assumptions.items, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data8.id !== void 0) {
                  let data9 = data8.id;
                  if (typeof data9 === "string") {
                    if (!pattern0.test(data9)) {
                      const err25 = { instancePath: instancePath + "/context/assumptions/" + i0 + "/id", schemaPath: "#/properties/context/properties/assumptions/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.context.properties.assumptions.items.properties.id, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/context/assumptions/" + i0 + "/id", schemaPath: "#/properties/context/properties/assumptions/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.context.properties.assumptions.items.properties.id.type, parentSchema: schema11.properties.context.properties.assumptions.items.properties.id, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data8.text !== void 0) {
                  let data10 = data8.text;
                  if (typeof data10 === "string") {
                    if (func3(data10) < 1) {
                      const err27 = { instancePath: instancePath + "/context/assumptions/" + i0 + "/text", schemaPath: "#/properties/context/properties/assumptions/items/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.context.properties.assumptions.items.properties.text, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  } else {
                    const err28 = { instancePath: instancePath + "/context/assumptions/" + i0 + "/text", schemaPath: "#/properties/context/properties/assumptions/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.context.properties.assumptions.items.properties.text.type, parentSchema: schema11.properties.context.properties.assumptions.items.properties.text, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
              } else {
                const err29 = { instancePath: instancePath + "/context/assumptions/" + i0, schemaPath: "#/properties/context/properties/assumptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.context.properties.assumptions.items.type, parentSchema: schema11.properties.context.properties.assumptions.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/context/assumptions", schemaPath: "#/properties/context/properties/assumptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.context.properties.assumptions.type, parentSchema: schema11.properties.context.properties.assumptions, data: data7 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data4.tolerableRisk !== void 0) {
          let data11 = data4.tolerableRisk;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err31 = { instancePath: instancePath + "/context/tolerableRisk", schemaPath: "#/properties/context/properties/tolerableRisk/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.context.properties.tolerableRisk.type, parentSchema: schema11.properties.context.properties.tolerableRisk, data: data11 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 > 25 || isNaN(data11)) {
              const err32 = { instancePath: instancePath + "/context/tolerableRisk", schemaPath: "#/properties/context/properties/tolerableRisk/maximum", keyword: "maximum", params: { comparison: "<=", limit: 25 }, message: "must be <= 25", schema: 25, parentSchema: schema11.properties.context.properties.tolerableRisk, data: data11 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data11 < 1 || isNaN(data11)) {
              const err33 = { instancePath: instancePath + "/context/tolerableRisk", schemaPath: "#/properties/context/properties/tolerableRisk/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.context.properties.tolerableRisk, data: data11 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/context", schemaPath: "#/properties/context/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.context.type, parentSchema: schema11.properties.context, data: data4 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.zones !== void 0) {
      let data12 = data.zones;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          const err35 = { instancePath: instancePath + "/zones", schemaPath: "#/properties/zones/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.zones, data: data12 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data13 = data12[i1];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.id === void 0) {
              const err36 = { instancePath: instancePath + "/zones/" + i1, schemaPath: "#/properties/zones/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.zones.items.required, parentSchema: schema11.properties.zones.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data13.name === void 0) {
              const err37 = { instancePath: instancePath + "/zones/" + i1, schemaPath: "#/properties/zones/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.zones.items.required, parentSchema: schema11.properties.zones.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            for (const key3 in data13) {
              if (!(key3 === "id" || key3 === "name" || key3 === "description" || key3 === "slT" || key3 === "untrusted")) {
                const err38 = { instancePath: instancePath + "/zones/" + i1, schemaPath: "#/properties/zones/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.zones.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data13.id !== void 0) {
              let data14 = data13.id;
              if (typeof data14 === "string") {
                if (!pattern0.test(data14)) {
                  const err39 = { instancePath: instancePath + "/zones/" + i1 + "/id", schemaPath: "#/properties/zones/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.zones.items.properties.id, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              } else {
                const err40 = { instancePath: instancePath + "/zones/" + i1 + "/id", schemaPath: "#/properties/zones/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.zones.items.properties.id.type, parentSchema: schema11.properties.zones.items.properties.id, data: data14 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data13.name !== void 0) {
              let data15 = data13.name;
              if (typeof data15 === "string") {
                if (func3(data15) < 1) {
                  const err41 = { instancePath: instancePath + "/zones/" + i1 + "/name", schemaPath: "#/properties/zones/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.zones.items.properties.name, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              } else {
                const err42 = { instancePath: instancePath + "/zones/" + i1 + "/name", schemaPath: "#/properties/zones/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.zones.items.properties.name.type, parentSchema: schema11.properties.zones.items.properties.name, data: data15 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data13.description !== void 0) {
              let data16 = data13.description;
              if (typeof data16 !== "string") {
                const err43 = { instancePath: instancePath + "/zones/" + i1 + "/description", schemaPath: "#/properties/zones/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.zones.items.properties.description.type, parentSchema: schema11.properties.zones.items.properties.description, data: data16 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data13.slT !== void 0) {
              let data17 = data13.slT;
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                for (const key4 in data17) {
                  if (!(key4 === "FR1" || key4 === "FR2" || key4 === "FR3" || key4 === "FR4" || key4 === "FR5" || key4 === "FR6" || key4 === "FR7")) {
                    const err44 = { instancePath: instancePath + "/zones/" + i1 + "/slT", schemaPath: "#/properties/zones/items/properties/slT/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.zones.items.properties.slT, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data17.FR1 !== void 0) {
                  let data18 = data17.FR1;
                  if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                    const err45 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR1", schemaPath: "#/properties/zones/items/properties/slT/properties/FR1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.zones.items.properties.slT.properties.FR1.type, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR1, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                  if (typeof data18 == "number" && isFinite(data18)) {
                    if (data18 > 4 || isNaN(data18)) {
                      const err46 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR1", schemaPath: "#/properties/zones/items/properties/slT/properties/FR1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4 }, message: "must be <= 4", schema: 4, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR1, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                    if (data18 < 0 || isNaN(data18)) {
                      const err47 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR1", schemaPath: "#/properties/zones/items/properties/slT/properties/FR1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR1, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  }
                }
                if (data17.FR2 !== void 0) {
                  let data19 = data17.FR2;
                  if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                    const err48 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR2", schemaPath: "#/properties/zones/items/properties/slT/properties/FR2/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.zones.items.properties.slT.properties.FR2.type, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR2, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                  if (typeof data19 == "number" && isFinite(data19)) {
                    if (data19 > 4 || isNaN(data19)) {
                      const err49 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR2", schemaPath: "#/properties/zones/items/properties/slT/properties/FR2/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4 }, message: "must be <= 4", schema: 4, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR2, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                    if (data19 < 0 || isNaN(data19)) {
                      const err50 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR2", schemaPath: "#/properties/zones/items/properties/slT/properties/FR2/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR2, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  }
                }
                if (data17.FR3 !== void 0) {
                  let data20 = data17.FR3;
                  if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                    const err51 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR3", schemaPath: "#/properties/zones/items/properties/slT/properties/FR3/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.zones.items.properties.slT.properties.FR3.type, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR3, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                  if (typeof data20 == "number" && isFinite(data20)) {
                    if (data20 > 4 || isNaN(data20)) {
                      const err52 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR3", schemaPath: "#/properties/zones/items/properties/slT/properties/FR3/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4 }, message: "must be <= 4", schema: 4, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR3, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                    if (data20 < 0 || isNaN(data20)) {
                      const err53 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR3", schemaPath: "#/properties/zones/items/properties/slT/properties/FR3/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR3, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                  }
                }
                if (data17.FR4 !== void 0) {
                  let data21 = data17.FR4;
                  if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                    const err54 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR4", schemaPath: "#/properties/zones/items/properties/slT/properties/FR4/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.zones.items.properties.slT.properties.FR4.type, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR4, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                  if (typeof data21 == "number" && isFinite(data21)) {
                    if (data21 > 4 || isNaN(data21)) {
                      const err55 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR4", schemaPath: "#/properties/zones/items/properties/slT/properties/FR4/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4 }, message: "must be <= 4", schema: 4, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR4, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                    if (data21 < 0 || isNaN(data21)) {
                      const err56 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR4", schemaPath: "#/properties/zones/items/properties/slT/properties/FR4/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR4, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  }
                }
                if (data17.FR5 !== void 0) {
                  let data22 = data17.FR5;
                  if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
                    const err57 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR5", schemaPath: "#/properties/zones/items/properties/slT/properties/FR5/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.zones.items.properties.slT.properties.FR5.type, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR5, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                  if (typeof data22 == "number" && isFinite(data22)) {
                    if (data22 > 4 || isNaN(data22)) {
                      const err58 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR5", schemaPath: "#/properties/zones/items/properties/slT/properties/FR5/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4 }, message: "must be <= 4", schema: 4, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR5, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                    if (data22 < 0 || isNaN(data22)) {
                      const err59 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR5", schemaPath: "#/properties/zones/items/properties/slT/properties/FR5/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR5, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                  }
                }
                if (data17.FR6 !== void 0) {
                  let data23 = data17.FR6;
                  if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                    const err60 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR6", schemaPath: "#/properties/zones/items/properties/slT/properties/FR6/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.zones.items.properties.slT.properties.FR6.type, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR6, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                  if (typeof data23 == "number" && isFinite(data23)) {
                    if (data23 > 4 || isNaN(data23)) {
                      const err61 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR6", schemaPath: "#/properties/zones/items/properties/slT/properties/FR6/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4 }, message: "must be <= 4", schema: 4, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR6, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                    if (data23 < 0 || isNaN(data23)) {
                      const err62 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR6", schemaPath: "#/properties/zones/items/properties/slT/properties/FR6/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR6, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                    }
                  }
                }
                if (data17.FR7 !== void 0) {
                  let data24 = data17.FR7;
                  if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                    const err63 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR7", schemaPath: "#/properties/zones/items/properties/slT/properties/FR7/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.zones.items.properties.slT.properties.FR7.type, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR7, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                  if (typeof data24 == "number" && isFinite(data24)) {
                    if (data24 > 4 || isNaN(data24)) {
                      const err64 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR7", schemaPath: "#/properties/zones/items/properties/slT/properties/FR7/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4 }, message: "must be <= 4", schema: 4, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR7, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                    if (data24 < 0 || isNaN(data24)) {
                      const err65 = { instancePath: instancePath + "/zones/" + i1 + "/slT/FR7", schemaPath: "#/properties/zones/items/properties/slT/properties/FR7/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.zones.items.properties.slT.properties.FR7, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err66 = { instancePath: instancePath + "/zones/" + i1 + "/slT", schemaPath: "#/properties/zones/items/properties/slT/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.zones.items.properties.slT.type, parentSchema: schema11.properties.zones.items.properties.slT, data: data17 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data13.untrusted !== void 0) {
              let data25 = data13.untrusted;
              if (typeof data25 !== "boolean") {
                const err67 = { instancePath: instancePath + "/zones/" + i1 + "/untrusted", schemaPath: "#/properties/zones/items/properties/untrusted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.zones.items.properties.untrusted.type, parentSchema: schema11.properties.zones.items.properties.untrusted, data: data25 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/zones/" + i1, schemaPath: "#/properties/zones/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.zones.items.type, parentSchema: schema11.properties.zones.items, data: data13 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/zones", schemaPath: "#/properties/zones/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.zones.type, parentSchema: schema11.properties.zones, data: data12 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.conduits !== void 0) {
      let data26 = data.conduits;
      if (Array.isArray(data26)) {
        const len2 = data26.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data27 = data26[i2];
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.id === void 0) {
              const err70 = { instancePath: instancePath + "/conduits/" + i2, schemaPath: "#/properties/conduits/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.conduits.items.required, parentSchema: schema11.properties.conduits.items, data: data27 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (data27.name === void 0) {
              const err71 = { instancePath: instancePath + "/conduits/" + i2, schemaPath: "#/properties/conduits/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.conduits.items.required, parentSchema: schema11.properties.conduits.items, data: data27 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            if (data27.zones === void 0) {
              const err72 = { instancePath: instancePath + "/conduits/" + i2, schemaPath: "#/properties/conduits/items/required", keyword: "required", params: { missingProperty: "zones" }, message: "must have required property 'zones'", schema: schema11.properties.conduits.items.required, parentSchema: schema11.properties.conduits.items, data: data27 };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            for (const key5 in data27) {
              if (!(key5 === "id" || key5 === "name" || key5 === "zones" || key5 === "description" || key5 === "boundaryProtection")) {
                const err73 = { instancePath: instancePath + "/conduits/" + i2, schemaPath: "#/properties/conduits/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.conduits.items, data: data27 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data27.id !== void 0) {
              let data28 = data27.id;
              if (typeof data28 === "string") {
                if (!pattern0.test(data28)) {
                  const err74 = { instancePath: instancePath + "/conduits/" + i2 + "/id", schemaPath: "#/properties/conduits/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.conduits.items.properties.id, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              } else {
                const err75 = { instancePath: instancePath + "/conduits/" + i2 + "/id", schemaPath: "#/properties/conduits/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.conduits.items.properties.id.type, parentSchema: schema11.properties.conduits.items.properties.id, data: data28 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data27.name !== void 0) {
              let data29 = data27.name;
              if (typeof data29 === "string") {
                if (func3(data29) < 1) {
                  const err76 = { instancePath: instancePath + "/conduits/" + i2 + "/name", schemaPath: "#/properties/conduits/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.conduits.items.properties.name, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              } else {
                const err77 = { instancePath: instancePath + "/conduits/" + i2 + "/name", schemaPath: "#/properties/conduits/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.conduits.items.properties.name.type, parentSchema: schema11.properties.conduits.items.properties.name, data: data29 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data27.zones !== void 0) {
              let data30 = data27.zones;
              if (Array.isArray(data30)) {
                if (data30.length < 2) {
                  const err78 = { instancePath: instancePath + "/conduits/" + i2 + "/zones", schemaPath: "#/properties/conduits/items/properties/zones/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema11.properties.conduits.items.properties.zones, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                const len3 = data30.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data31 = data30[i3];
                  if (typeof data31 === "string") {
                    if (!pattern0.test(data31)) {
                      const err79 = { instancePath: instancePath + "/conduits/" + i2 + "/zones/" + i3, schemaPath: "#/properties/conduits/items/properties/zones/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.conduits.items.properties.zones.items, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                  } else {
                    const err80 = { instancePath: instancePath + "/conduits/" + i2 + "/zones/" + i3, schemaPath: "#/properties/conduits/items/properties/zones/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.conduits.items.properties.zones.items.type, parentSchema: schema11.properties.conduits.items.properties.zones.items, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
                let i4 = data30.length;
                let j0;
                if (i4 > 1) {
                  const indices0 = {};
                  for (; i4--; ) {
                    let item0 = data30[i4];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j0 = indices0[item0];
                      const err81 = { instancePath: instancePath + "/conduits/" + i2 + "/zones", schemaPath: "#/properties/conduits/items/properties/zones/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i4 + " are identical)", schema: true, parentSchema: schema11.properties.conduits.items.properties.zones, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i4;
                  }
                }
              } else {
                const err82 = { instancePath: instancePath + "/conduits/" + i2 + "/zones", schemaPath: "#/properties/conduits/items/properties/zones/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.conduits.items.properties.zones.type, parentSchema: schema11.properties.conduits.items.properties.zones, data: data30 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data27.description !== void 0) {
              let data32 = data27.description;
              if (typeof data32 !== "string") {
                const err83 = { instancePath: instancePath + "/conduits/" + i2 + "/description", schemaPath: "#/properties/conduits/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.conduits.items.properties.description.type, parentSchema: schema11.properties.conduits.items.properties.description, data: data32 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data27.boundaryProtection !== void 0) {
              let data33 = data27.boundaryProtection;
              if (typeof data33 === "string") {
                if (func3(data33) < 1) {
                  const err84 = { instancePath: instancePath + "/conduits/" + i2 + "/boundaryProtection", schemaPath: "#/properties/conduits/items/properties/boundaryProtection/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.conduits.items.properties.boundaryProtection, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              } else {
                const err85 = { instancePath: instancePath + "/conduits/" + i2 + "/boundaryProtection", schemaPath: "#/properties/conduits/items/properties/boundaryProtection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.conduits.items.properties.boundaryProtection.type, parentSchema: schema11.properties.conduits.items.properties.boundaryProtection, data: data33 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
          } else {
            const err86 = { instancePath: instancePath + "/conduits/" + i2, schemaPath: "#/properties/conduits/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.conduits.items.type, parentSchema: schema11.properties.conduits.items, data: data27 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
      } else {
        const err87 = { instancePath: instancePath + "/conduits", schemaPath: "#/properties/conduits/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.conduits.type, parentSchema: schema11.properties.conduits, data: data26 };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data.components !== void 0) {
      let data34 = data.components;
      if (Array.isArray(data34)) {
        if (data34.length < 1) {
          const err88 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.components, data: data34 };
          if (vErrors === null) {
            vErrors = [err88];
          } else {
            vErrors.push(err88);
          }
          errors++;
        }
        const len4 = data34.length;
        for (let i5 = 0; i5 < len4; i5++) {
          let data35 = data34[i5];
          if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
            if (data35.id === void 0) {
              const err89 = { instancePath: instancePath + "/components/" + i5, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.components.items.required, parentSchema: schema11.properties.components.items, data: data35 };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
            if (data35.name === void 0) {
              const err90 = { instancePath: instancePath + "/components/" + i5, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.components.items.required, parentSchema: schema11.properties.components.items, data: data35 };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
            if (data35.type === void 0) {
              const err91 = { instancePath: instancePath + "/components/" + i5, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.properties.components.items.required, parentSchema: schema11.properties.components.items, data: data35 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            if (data35.zone === void 0) {
              const err92 = { instancePath: instancePath + "/components/" + i5, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "zone" }, message: "must have required property 'zone'", schema: schema11.properties.components.items.required, parentSchema: schema11.properties.components.items, data: data35 };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
            for (const key6 in data35) {
              if (!(key6 === "id" || key6 === "name" || key6 === "type" || key6 === "zone" || key6 === "description" || key6 === "controls")) {
                const err93 = { instancePath: instancePath + "/components/" + i5, schemaPath: "#/properties/components/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.components.items, data: data35 };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
            if (data35.id !== void 0) {
              let data36 = data35.id;
              if (typeof data36 === "string") {
                if (!pattern0.test(data36)) {
                  const err94 = { instancePath: instancePath + "/components/" + i5 + "/id", schemaPath: "#/properties/components/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.components.items.properties.id, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              } else {
                const err95 = { instancePath: instancePath + "/components/" + i5 + "/id", schemaPath: "#/properties/components/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.components.items.properties.id.type, parentSchema: schema11.properties.components.items.properties.id, data: data36 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data35.name !== void 0) {
              let data37 = data35.name;
              if (typeof data37 === "string") {
                if (func3(data37) < 1) {
                  const err96 = { instancePath: instancePath + "/components/" + i5 + "/name", schemaPath: "#/properties/components/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.components.items.properties.name, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
              } else {
                const err97 = { instancePath: instancePath + "/components/" + i5 + "/name", schemaPath: "#/properties/components/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.components.items.properties.name.type, parentSchema: schema11.properties.components.items.properties.name, data: data37 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data35.type !== void 0) {
              let data38 = data35.type;
              if (typeof data38 !== "string") {
                const err98 = { instancePath: instancePath + "/components/" + i5 + "/type", schemaPath: "#/properties/components/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.components.items.properties.type.type, parentSchema: schema11.properties.components.items.properties.type, data: data38 };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
              if (!(data38 === "embedded-device" || data38 === "host-device" || data38 === "network-device" || data38 === "software-application")) {
                const err99 = { instancePath: instancePath + "/components/" + i5 + "/type", schemaPath: "#/properties/components/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.components.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.components.items.properties.type.enum, parentSchema: schema11.properties.components.items.properties.type, data: data38 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            if (data35.zone !== void 0) {
              let data39 = data35.zone;
              if (typeof data39 === "string") {
                if (!pattern0.test(data39)) {
                  const err100 = { instancePath: instancePath + "/components/" + i5 + "/zone", schemaPath: "#/properties/components/items/properties/zone/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.components.items.properties.zone, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              } else {
                const err101 = { instancePath: instancePath + "/components/" + i5 + "/zone", schemaPath: "#/properties/components/items/properties/zone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.components.items.properties.zone.type, parentSchema: schema11.properties.components.items.properties.zone, data: data39 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data35.description !== void 0) {
              let data40 = data35.description;
              if (typeof data40 !== "string") {
                const err102 = { instancePath: instancePath + "/components/" + i5 + "/description", schemaPath: "#/properties/components/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.components.items.properties.description.type, parentSchema: schema11.properties.components.items.properties.description, data: data40 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            if (data35.controls !== void 0) {
              let data41 = data35.controls;
              if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                for (const key7 in data41) {
                  if (!func2.call(schema11.properties.components.items.properties.controls.properties, key7)) {
                    const err103 = { instancePath: instancePath + "/components/" + i5 + "/controls", schemaPath: "#/properties/components/items/properties/controls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.components.items.properties.controls, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
                if (data41.auditLogging !== void 0) {
                  let data42 = data41.auditLogging;
                  if (typeof data42 !== "boolean") {
                    const err104 = { instancePath: instancePath + "/components/" + i5 + "/controls/auditLogging", schemaPath: "#/properties/components/items/properties/controls/properties/auditLogging/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.components.items.properties.controls.properties.auditLogging.type, parentSchema: schema11.properties.components.items.properties.controls.properties.auditLogging, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
                if (data41.resourceLimits !== void 0) {
                  let data43 = data41.resourceLimits;
                  if (typeof data43 !== "boolean") {
                    const err105 = { instancePath: instancePath + "/components/" + i5 + "/controls/resourceLimits", schemaPath: "#/properties/components/items/properties/controls/properties/resourceLimits/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.components.items.properties.controls.properties.resourceLimits.type, parentSchema: schema11.properties.components.items.properties.controls.properties.resourceLimits, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
                if (data41.signatureVerification !== void 0) {
                  let data44 = data41.signatureVerification;
                  if (typeof data44 !== "boolean") {
                    const err106 = { instancePath: instancePath + "/components/" + i5 + "/controls/signatureVerification", schemaPath: "#/properties/components/items/properties/controls/properties/signatureVerification/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.components.items.properties.controls.properties.signatureVerification.type, parentSchema: schema11.properties.components.items.properties.controls.properties.signatureVerification, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
                if (data41.secureBoot !== void 0) {
                  let data45 = data41.secureBoot;
                  if (typeof data45 !== "boolean") {
                    const err107 = { instancePath: instancePath + "/components/" + i5 + "/controls/secureBoot", schemaPath: "#/properties/components/items/properties/controls/properties/secureBoot/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.components.items.properties.controls.properties.secureBoot.type, parentSchema: schema11.properties.components.items.properties.controls.properties.secureBoot, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
                if (data41.tamperDetection !== void 0) {
                  let data46 = data41.tamperDetection;
                  if (typeof data46 !== "boolean") {
                    const err108 = { instancePath: instancePath + "/components/" + i5 + "/controls/tamperDetection", schemaPath: "#/properties/components/items/properties/controls/properties/tamperDetection/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.components.items.properties.controls.properties.tamperDetection.type, parentSchema: schema11.properties.components.items.properties.controls.properties.tamperDetection, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
                if (data41.encryptedAtRest !== void 0) {
                  let data47 = data41.encryptedAtRest;
                  if (typeof data47 !== "boolean") {
                    const err109 = { instancePath: instancePath + "/components/" + i5 + "/controls/encryptedAtRest", schemaPath: "#/properties/components/items/properties/controls/properties/encryptedAtRest/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.components.items.properties.controls.properties.encryptedAtRest.type, parentSchema: schema11.properties.components.items.properties.controls.properties.encryptedAtRest, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (data41.backup !== void 0) {
                  let data48 = data41.backup;
                  if (typeof data48 !== "boolean") {
                    const err110 = { instancePath: instancePath + "/components/" + i5 + "/controls/backup", schemaPath: "#/properties/components/items/properties/controls/properties/backup/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.components.items.properties.controls.properties.backup.type, parentSchema: schema11.properties.components.items.properties.controls.properties.backup, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
                if (data41.malwareProtection !== void 0) {
                  let data49 = data41.malwareProtection;
                  if (typeof data49 !== "boolean") {
                    const err111 = { instancePath: instancePath + "/components/" + i5 + "/controls/malwareProtection", schemaPath: "#/properties/components/items/properties/controls/properties/malwareProtection/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.components.items.properties.controls.properties.malwareProtection.type, parentSchema: schema11.properties.components.items.properties.controls.properties.malwareProtection, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                }
                if (data41.inputValidation !== void 0) {
                  let data50 = data41.inputValidation;
                  if (typeof data50 !== "boolean") {
                    const err112 = { instancePath: instancePath + "/components/" + i5 + "/controls/inputValidation", schemaPath: "#/properties/components/items/properties/controls/properties/inputValidation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.components.items.properties.controls.properties.inputValidation.type, parentSchema: schema11.properties.components.items.properties.controls.properties.inputValidation, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
                if (data41.leastPrivilege !== void 0) {
                  let data51 = data41.leastPrivilege;
                  if (typeof data51 !== "boolean") {
                    const err113 = { instancePath: instancePath + "/components/" + i5 + "/controls/leastPrivilege", schemaPath: "#/properties/components/items/properties/controls/properties/leastPrivilege/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.components.items.properties.controls.properties.leastPrivilege.type, parentSchema: schema11.properties.components.items.properties.controls.properties.leastPrivilege, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data41.appendOnly !== void 0) {
                  let data52 = data41.appendOnly;
                  if (typeof data52 !== "boolean") {
                    const err114 = { instancePath: instancePath + "/components/" + i5 + "/controls/appendOnly", schemaPath: "#/properties/components/items/properties/controls/properties/appendOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.components.items.properties.controls.properties.appendOnly.type, parentSchema: schema11.properties.components.items.properties.controls.properties.appendOnly, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
                if (data41.authorization !== void 0) {
                  let data53 = data41.authorization;
                  if (typeof data53 !== "boolean") {
                    const err115 = { instancePath: instancePath + "/components/" + i5 + "/controls/authorization", schemaPath: "#/properties/components/items/properties/controls/properties/authorization/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.components.items.properties.controls.properties.authorization.type, parentSchema: schema11.properties.components.items.properties.controls.properties.authorization, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
              } else {
                const err116 = { instancePath: instancePath + "/components/" + i5 + "/controls", schemaPath: "#/properties/components/items/properties/controls/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.components.items.properties.controls.type, parentSchema: schema11.properties.components.items.properties.controls, data: data41 };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
            }
          } else {
            const err117 = { instancePath: instancePath + "/components/" + i5, schemaPath: "#/properties/components/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.components.items.type, parentSchema: schema11.properties.components.items, data: data35 };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
        }
      } else {
        const err118 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.components.type, parentSchema: schema11.properties.components, data: data34 };
        if (vErrors === null) {
          vErrors = [err118];
        } else {
          vErrors.push(err118);
        }
        errors++;
      }
    }
    if (data.elements !== void 0) {
      let data54 = data.elements;
      if (Array.isArray(data54)) {
        const len5 = data54.length;
        for (let i6 = 0; i6 < len5; i6++) {
          let data55 = data54[i6];
          if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
            if (data55.id === void 0) {
              const err119 = { instancePath: instancePath + "/elements/" + i6, schemaPath: "#/properties/elements/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.elements.items.required, parentSchema: schema11.properties.elements.items, data: data55 };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
            if (data55.name === void 0) {
              const err120 = { instancePath: instancePath + "/elements/" + i6, schemaPath: "#/properties/elements/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.elements.items.required, parentSchema: schema11.properties.elements.items, data: data55 };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
            if (data55.kind === void 0) {
              const err121 = { instancePath: instancePath + "/elements/" + i6, schemaPath: "#/properties/elements/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema11.properties.elements.items.required, parentSchema: schema11.properties.elements.items, data: data55 };
              if (vErrors === null) {
                vErrors = [err121];
              } else {
                vErrors.push(err121);
              }
              errors++;
            }
            for (const key8 in data55) {
              if (!func2.call(schema11.properties.elements.items.properties, key8)) {
                const err122 = { instancePath: instancePath + "/elements/" + i6, schemaPath: "#/properties/elements/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.elements.items, data: data55 };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
            if (data55.id !== void 0) {
              let data56 = data55.id;
              if (typeof data56 === "string") {
                if (!pattern0.test(data56)) {
                  const err123 = { instancePath: instancePath + "/elements/" + i6 + "/id", schemaPath: "#/properties/elements/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.elements.items.properties.id, data: data56 };
                  if (vErrors === null) {
                    vErrors = [err123];
                  } else {
                    vErrors.push(err123);
                  }
                  errors++;
                }
              } else {
                const err124 = { instancePath: instancePath + "/elements/" + i6 + "/id", schemaPath: "#/properties/elements/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.elements.items.properties.id.type, parentSchema: schema11.properties.elements.items.properties.id, data: data56 };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
            if (data55.name !== void 0) {
              let data57 = data55.name;
              if (typeof data57 === "string") {
                if (func3(data57) < 1) {
                  const err125 = { instancePath: instancePath + "/elements/" + i6 + "/name", schemaPath: "#/properties/elements/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.elements.items.properties.name, data: data57 };
                  if (vErrors === null) {
                    vErrors = [err125];
                  } else {
                    vErrors.push(err125);
                  }
                  errors++;
                }
              } else {
                const err126 = { instancePath: instancePath + "/elements/" + i6 + "/name", schemaPath: "#/properties/elements/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.elements.items.properties.name.type, parentSchema: schema11.properties.elements.items.properties.name, data: data57 };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
            }
            if (data55.kind !== void 0) {
              let data58 = data55.kind;
              if (typeof data58 !== "string") {
                const err127 = { instancePath: instancePath + "/elements/" + i6 + "/kind", schemaPath: "#/properties/elements/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.elements.items.properties.kind.type, parentSchema: schema11.properties.elements.items.properties.kind, data: data58 };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
              if (!(data58 === "process" || data58 === "data-store" || data58 === "external-entity" || data58 === "interface")) {
                const err128 = { instancePath: instancePath + "/elements/" + i6 + "/kind", schemaPath: "#/properties/elements/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.elements.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.elements.items.properties.kind.enum, parentSchema: schema11.properties.elements.items.properties.kind, data: data58 };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
            }
            if (data55.component !== void 0) {
              let data59 = data55.component;
              if (typeof data59 === "string") {
                if (!pattern0.test(data59)) {
                  const err129 = { instancePath: instancePath + "/elements/" + i6 + "/component", schemaPath: "#/properties/elements/items/properties/component/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.elements.items.properties.component, data: data59 };
                  if (vErrors === null) {
                    vErrors = [err129];
                  } else {
                    vErrors.push(err129);
                  }
                  errors++;
                }
              } else {
                const err130 = { instancePath: instancePath + "/elements/" + i6 + "/component", schemaPath: "#/properties/elements/items/properties/component/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.elements.items.properties.component.type, parentSchema: schema11.properties.elements.items.properties.component, data: data59 };
                if (vErrors === null) {
                  vErrors = [err130];
                } else {
                  vErrors.push(err130);
                }
                errors++;
              }
            }
            if (data55.zone !== void 0) {
              let data60 = data55.zone;
              if (typeof data60 === "string") {
                if (!pattern0.test(data60)) {
                  const err131 = { instancePath: instancePath + "/elements/" + i6 + "/zone", schemaPath: "#/properties/elements/items/properties/zone/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.elements.items.properties.zone, data: data60 };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
              } else {
                const err132 = { instancePath: instancePath + "/elements/" + i6 + "/zone", schemaPath: "#/properties/elements/items/properties/zone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.elements.items.properties.zone.type, parentSchema: schema11.properties.elements.items.properties.zone, data: data60 };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
            if (data55.description !== void 0) {
              let data61 = data55.description;
              if (typeof data61 !== "string") {
                const err133 = { instancePath: instancePath + "/elements/" + i6 + "/description", schemaPath: "#/properties/elements/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.elements.items.properties.description.type, parentSchema: schema11.properties.elements.items.properties.description, data: data61 };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
            }
            if (data55.interface !== void 0) {
              let data62 = data55.interface;
              if (typeof data62 !== "string") {
                const err134 = { instancePath: instancePath + "/elements/" + i6 + "/interface", schemaPath: "#/properties/elements/items/properties/interface/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.elements.items.properties.interface.type, parentSchema: schema11.properties.elements.items.properties.interface, data: data62 };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
              if (!(data62 === "jtag" || data62 === "swd" || data62 === "uart" || data62 === "usb" || data62 === "sd-card" || data62 === "maintenance-port" || data62 === "ethernet" || data62 === "serial" || data62 === "wifi" || data62 === "bluetooth" || data62 === "cellular" || data62 === "fieldbus" || data62 === "display")) {
                const err135 = { instancePath: instancePath + "/elements/" + i6 + "/interface", schemaPath: "#/properties/elements/items/properties/interface/enum", keyword: "enum", params: { allowedValues: schema11.properties.elements.items.properties.interface.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.elements.items.properties.interface.enum, parentSchema: schema11.properties.elements.items.properties.interface, data: data62 };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
            if (data55.state !== void 0) {
              let data63 = data55.state;
              if (typeof data63 !== "string") {
                const err136 = { instancePath: instancePath + "/elements/" + i6 + "/state", schemaPath: "#/properties/elements/items/properties/state/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.elements.items.properties.state.type, parentSchema: schema11.properties.elements.items.properties.state, data: data63 };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
              if (!(data63 === "enabled" || data63 === "authenticated" || data63 === "disabled" || data63 === "removed")) {
                const err137 = { instancePath: instancePath + "/elements/" + i6 + "/state", schemaPath: "#/properties/elements/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema11.properties.elements.items.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.elements.items.properties.state.enum, parentSchema: schema11.properties.elements.items.properties.state, data: data63 };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data55.holds !== void 0) {
              let data64 = data55.holds;
              if (Array.isArray(data64)) {
                const len6 = data64.length;
                for (let i7 = 0; i7 < len6; i7++) {
                  let data65 = data64[i7];
                  if (typeof data65 !== "string") {
                    const err138 = { instancePath: instancePath + "/elements/" + i6 + "/holds/" + i7, schemaPath: "#/properties/elements/items/properties/holds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.elements.items.properties.holds.items.type, parentSchema: schema11.properties.elements.items.properties.holds.items, data: data65 };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                  if (!(data65 === "process-data" || data65 === "control-command" || data65 === "control-logic" || data65 === "configuration" || data65 === "firmware" || data65 === "software" || data65 === "credentials" || data65 === "keys" || data65 === "audit-log" || data65 === "diagnostics" || data65 === "personal-data" || data65 === "time" || data65 === "vulnerability-data" || data65 === "report")) {
                    const err139 = { instancePath: instancePath + "/elements/" + i6 + "/holds/" + i7, schemaPath: "#/properties/elements/items/properties/holds/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.elements.items.properties.holds.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.elements.items.properties.holds.items.enum, parentSchema: schema11.properties.elements.items.properties.holds.items, data: data65 };
                    if (vErrors === null) {
                      vErrors = [err139];
                    } else {
                      vErrors.push(err139);
                    }
                    errors++;
                  }
                }
                let i8 = data64.length;
                let j1;
                if (i8 > 1) {
                  const indices1 = {};
                  for (; i8--; ) {
                    let item1 = data64[i8];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j1 = indices1[item1];
                      const err140 = { instancePath: instancePath + "/elements/" + i6 + "/holds", schemaPath: "#/properties/elements/items/properties/holds/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i8 + " are identical)", schema: true, parentSchema: schema11.properties.elements.items.properties.holds, data: data64 };
                      if (vErrors === null) {
                        vErrors = [err140];
                      } else {
                        vErrors.push(err140);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i8;
                  }
                }
              } else {
                const err141 = { instancePath: instancePath + "/elements/" + i6 + "/holds", schemaPath: "#/properties/elements/items/properties/holds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.elements.items.properties.holds.type, parentSchema: schema11.properties.elements.items.properties.holds, data: data64 };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
            if (data55.confidentiality !== void 0) {
              let data66 = data55.confidentiality;
              if (typeof data66 !== "string") {
                const err142 = { instancePath: instancePath + "/elements/" + i6 + "/confidentiality", schemaPath: "#/properties/elements/items/properties/confidentiality/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.elements.items.properties.confidentiality.type, parentSchema: schema11.properties.elements.items.properties.confidentiality, data: data66 };
                if (vErrors === null) {
                  vErrors = [err142];
                } else {
                  vErrors.push(err142);
                }
                errors++;
              }
              if (!(data66 === "public" || data66 === "internal" || data66 === "confidential" || data66 === "secret")) {
                const err143 = { instancePath: instancePath + "/elements/" + i6 + "/confidentiality", schemaPath: "#/properties/elements/items/properties/confidentiality/enum", keyword: "enum", params: { allowedValues: schema11.properties.elements.items.properties.confidentiality.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.elements.items.properties.confidentiality.enum, parentSchema: schema11.properties.elements.items.properties.confidentiality, data: data66 };
                if (vErrors === null) {
                  vErrors = [err143];
                } else {
                  vErrors.push(err143);
                }
                errors++;
              }
            }
            if (data55.credentials !== void 0) {
              let data67 = data55.credentials;
              if (typeof data67 !== "string") {
                const err144 = { instancePath: instancePath + "/elements/" + i6 + "/credentials", schemaPath: "#/properties/elements/items/properties/credentials/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.elements.items.properties.credentials.type, parentSchema: schema11.properties.elements.items.properties.credentials, data: data67 };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
              if (!(data67 === "none" || data67 === "unique" || data67 === "default" || data67 === "shared" || data67 === "hard-coded")) {
                const err145 = { instancePath: instancePath + "/elements/" + i6 + "/credentials", schemaPath: "#/properties/elements/items/properties/credentials/enum", keyword: "enum", params: { allowedValues: schema11.properties.elements.items.properties.credentials.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.elements.items.properties.credentials.enum, parentSchema: schema11.properties.elements.items.properties.credentials, data: data67 };
                if (vErrors === null) {
                  vErrors = [err145];
                } else {
                  vErrors.push(err145);
                }
                errors++;
              }
            }
            if (data55.privileged !== void 0) {
              let data68 = data55.privileged;
              if (typeof data68 !== "boolean") {
                const err146 = { instancePath: instancePath + "/elements/" + i6 + "/privileged", schemaPath: "#/properties/elements/items/properties/privileged/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.elements.items.properties.privileged.type, parentSchema: schema11.properties.elements.items.properties.privileged, data: data68 };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
            }
            if (data55.necessary !== void 0) {
              let data69 = data55.necessary;
              if (typeof data69 !== "boolean") {
                const err147 = { instancePath: instancePath + "/elements/" + i6 + "/necessary", schemaPath: "#/properties/elements/items/properties/necessary/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.elements.items.properties.necessary.type, parentSchema: schema11.properties.elements.items.properties.necessary, data: data69 };
                if (vErrors === null) {
                  vErrors = [err147];
                } else {
                  vErrors.push(err147);
                }
                errors++;
              }
            }
            if (data55.safety !== void 0) {
              let data70 = data55.safety;
              if (typeof data70 !== "boolean") {
                const err148 = { instancePath: instancePath + "/elements/" + i6 + "/safety", schemaPath: "#/properties/elements/items/properties/safety/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.elements.items.properties.safety.type, parentSchema: schema11.properties.elements.items.properties.safety, data: data70 };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
            if (data55.controls !== void 0) {
              let data71 = data55.controls;
              if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
                for (const key9 in data71) {
                  if (!func2.call(schema11.properties.elements.items.properties.controls.properties, key9)) {
                    const err149 = { instancePath: instancePath + "/elements/" + i6 + "/controls", schemaPath: "#/properties/elements/items/properties/controls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.elements.items.properties.controls, data: data71 };
                    if (vErrors === null) {
                      vErrors = [err149];
                    } else {
                      vErrors.push(err149);
                    }
                    errors++;
                  }
                }
                if (data71.auditLogging !== void 0) {
                  let data72 = data71.auditLogging;
                  if (typeof data72 !== "boolean") {
                    const err150 = { instancePath: instancePath + "/elements/" + i6 + "/controls/auditLogging", schemaPath: "#/properties/elements/items/properties/controls/properties/auditLogging/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.elements.items.properties.controls.properties.auditLogging.type, parentSchema: schema11.properties.elements.items.properties.controls.properties.auditLogging, data: data72 };
                    if (vErrors === null) {
                      vErrors = [err150];
                    } else {
                      vErrors.push(err150);
                    }
                    errors++;
                  }
                }
                if (data71.resourceLimits !== void 0) {
                  let data73 = data71.resourceLimits;
                  if (typeof data73 !== "boolean") {
                    const err151 = { instancePath: instancePath + "/elements/" + i6 + "/controls/resourceLimits", schemaPath: "#/properties/elements/items/properties/controls/properties/resourceLimits/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.elements.items.properties.controls.properties.resourceLimits.type, parentSchema: schema11.properties.elements.items.properties.controls.properties.resourceLimits, data: data73 };
                    if (vErrors === null) {
                      vErrors = [err151];
                    } else {
                      vErrors.push(err151);
                    }
                    errors++;
                  }
                }
                if (data71.signatureVerification !== void 0) {
                  let data74 = data71.signatureVerification;
                  if (typeof data74 !== "boolean") {
                    const err152 = { instancePath: instancePath + "/elements/" + i6 + "/controls/signatureVerification", schemaPath: "#/properties/elements/items/properties/controls/properties/signatureVerification/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.elements.items.properties.controls.properties.signatureVerification.type, parentSchema: schema11.properties.elements.items.properties.controls.properties.signatureVerification, data: data74 };
                    if (vErrors === null) {
                      vErrors = [err152];
                    } else {
                      vErrors.push(err152);
                    }
                    errors++;
                  }
                }
                if (data71.secureBoot !== void 0) {
                  let data75 = data71.secureBoot;
                  if (typeof data75 !== "boolean") {
                    const err153 = { instancePath: instancePath + "/elements/" + i6 + "/controls/secureBoot", schemaPath: "#/properties/elements/items/properties/controls/properties/secureBoot/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.elements.items.properties.controls.properties.secureBoot.type, parentSchema: schema11.properties.elements.items.properties.controls.properties.secureBoot, data: data75 };
                    if (vErrors === null) {
                      vErrors = [err153];
                    } else {
                      vErrors.push(err153);
                    }
                    errors++;
                  }
                }
                if (data71.tamperDetection !== void 0) {
                  let data76 = data71.tamperDetection;
                  if (typeof data76 !== "boolean") {
                    const err154 = { instancePath: instancePath + "/elements/" + i6 + "/controls/tamperDetection", schemaPath: "#/properties/elements/items/properties/controls/properties/tamperDetection/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.elements.items.properties.controls.properties.tamperDetection.type, parentSchema: schema11.properties.elements.items.properties.controls.properties.tamperDetection, data: data76 };
                    if (vErrors === null) {
                      vErrors = [err154];
                    } else {
                      vErrors.push(err154);
                    }
                    errors++;
                  }
                }
                if (data71.encryptedAtRest !== void 0) {
                  let data77 = data71.encryptedAtRest;
                  if (typeof data77 !== "boolean") {
                    const err155 = { instancePath: instancePath + "/elements/" + i6 + "/controls/encryptedAtRest", schemaPath: "#/properties/elements/items/properties/controls/properties/encryptedAtRest/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.elements.items.properties.controls.properties.encryptedAtRest.type, parentSchema: schema11.properties.elements.items.properties.controls.properties.encryptedAtRest, data: data77 };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                }
                if (data71.backup !== void 0) {
                  let data78 = data71.backup;
                  if (typeof data78 !== "boolean") {
                    const err156 = { instancePath: instancePath + "/elements/" + i6 + "/controls/backup", schemaPath: "#/properties/elements/items/properties/controls/properties/backup/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.elements.items.properties.controls.properties.backup.type, parentSchema: schema11.properties.elements.items.properties.controls.properties.backup, data: data78 };
                    if (vErrors === null) {
                      vErrors = [err156];
                    } else {
                      vErrors.push(err156);
                    }
                    errors++;
                  }
                }
                if (data71.malwareProtection !== void 0) {
                  let data79 = data71.malwareProtection;
                  if (typeof data79 !== "boolean") {
                    const err157 = { instancePath: instancePath + "/elements/" + i6 + "/controls/malwareProtection", schemaPath: "#/properties/elements/items/properties/controls/properties/malwareProtection/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.elements.items.properties.controls.properties.malwareProtection.type, parentSchema: schema11.properties.elements.items.properties.controls.properties.malwareProtection, data: data79 };
                    if (vErrors === null) {
                      vErrors = [err157];
                    } else {
                      vErrors.push(err157);
                    }
                    errors++;
                  }
                }
                if (data71.inputValidation !== void 0) {
                  let data80 = data71.inputValidation;
                  if (typeof data80 !== "boolean") {
                    const err158 = { instancePath: instancePath + "/elements/" + i6 + "/controls/inputValidation", schemaPath: "#/properties/elements/items/properties/controls/properties/inputValidation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.elements.items.properties.controls.properties.inputValidation.type, parentSchema: schema11.properties.elements.items.properties.controls.properties.inputValidation, data: data80 };
                    if (vErrors === null) {
                      vErrors = [err158];
                    } else {
                      vErrors.push(err158);
                    }
                    errors++;
                  }
                }
                if (data71.leastPrivilege !== void 0) {
                  let data81 = data71.leastPrivilege;
                  if (typeof data81 !== "boolean") {
                    const err159 = { instancePath: instancePath + "/elements/" + i6 + "/controls/leastPrivilege", schemaPath: "#/properties/elements/items/properties/controls/properties/leastPrivilege/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.elements.items.properties.controls.properties.leastPrivilege.type, parentSchema: schema11.properties.elements.items.properties.controls.properties.leastPrivilege, data: data81 };
                    if (vErrors === null) {
                      vErrors = [err159];
                    } else {
                      vErrors.push(err159);
                    }
                    errors++;
                  }
                }
                if (data71.appendOnly !== void 0) {
                  let data82 = data71.appendOnly;
                  if (typeof data82 !== "boolean") {
                    const err160 = { instancePath: instancePath + "/elements/" + i6 + "/controls/appendOnly", schemaPath: "#/properties/elements/items/properties/controls/properties/appendOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.elements.items.properties.controls.properties.appendOnly.type, parentSchema: schema11.properties.elements.items.properties.controls.properties.appendOnly, data: data82 };
                    if (vErrors === null) {
                      vErrors = [err160];
                    } else {
                      vErrors.push(err160);
                    }
                    errors++;
                  }
                }
                if (data71.authorization !== void 0) {
                  let data83 = data71.authorization;
                  if (typeof data83 !== "boolean") {
                    const err161 = { instancePath: instancePath + "/elements/" + i6 + "/controls/authorization", schemaPath: "#/properties/elements/items/properties/controls/properties/authorization/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.elements.items.properties.controls.properties.authorization.type, parentSchema: schema11.properties.elements.items.properties.controls.properties.authorization, data: data83 };
                    if (vErrors === null) {
                      vErrors = [err161];
                    } else {
                      vErrors.push(err161);
                    }
                    errors++;
                  }
                }
              } else {
                const err162 = { instancePath: instancePath + "/elements/" + i6 + "/controls", schemaPath: "#/properties/elements/items/properties/controls/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.elements.items.properties.controls.type, parentSchema: schema11.properties.elements.items.properties.controls, data: data71 };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
          } else {
            const err163 = { instancePath: instancePath + "/elements/" + i6, schemaPath: "#/properties/elements/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.elements.items.type, parentSchema: schema11.properties.elements.items, data: data55 };
            if (vErrors === null) {
              vErrors = [err163];
            } else {
              vErrors.push(err163);
            }
            errors++;
          }
        }
      } else {
        const err164 = { instancePath: instancePath + "/elements", schemaPath: "#/properties/elements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.elements.type, parentSchema: schema11.properties.elements, data: data54 };
        if (vErrors === null) {
          vErrors = [err164];
        } else {
          vErrors.push(err164);
        }
        errors++;
      }
    }
    if (data.flows !== void 0) {
      let data84 = data.flows;
      if (Array.isArray(data84)) {
        const len7 = data84.length;
        for (let i9 = 0; i9 < len7; i9++) {
          let data85 = data84[i9];
          if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
            if (data85.id === void 0) {
              const err165 = { instancePath: instancePath + "/flows/" + i9, schemaPath: "#/properties/flows/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.flows.items.required, parentSchema: schema11.properties.flows.items, data: data85 };
              if (vErrors === null) {
                vErrors = [err165];
              } else {
                vErrors.push(err165);
              }
              errors++;
            }
            if (data85.from === void 0) {
              const err166 = { instancePath: instancePath + "/flows/" + i9, schemaPath: "#/properties/flows/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema11.properties.flows.items.required, parentSchema: schema11.properties.flows.items, data: data85 };
              if (vErrors === null) {
                vErrors = [err166];
              } else {
                vErrors.push(err166);
              }
              errors++;
            }
            if (data85.to === void 0) {
              const err167 = { instancePath: instancePath + "/flows/" + i9, schemaPath: "#/properties/flows/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema11.properties.flows.items.required, parentSchema: schema11.properties.flows.items, data: data85 };
              if (vErrors === null) {
                vErrors = [err167];
              } else {
                vErrors.push(err167);
              }
              errors++;
            }
            if (data85.protocol === void 0) {
              const err168 = { instancePath: instancePath + "/flows/" + i9, schemaPath: "#/properties/flows/items/required", keyword: "required", params: { missingProperty: "protocol" }, message: "must have required property 'protocol'", schema: schema11.properties.flows.items.required, parentSchema: schema11.properties.flows.items, data: data85 };
              if (vErrors === null) {
                vErrors = [err168];
              } else {
                vErrors.push(err168);
              }
              errors++;
            }
            if (data85.data === void 0) {
              const err169 = { instancePath: instancePath + "/flows/" + i9, schemaPath: "#/properties/flows/items/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'", schema: schema11.properties.flows.items.required, parentSchema: schema11.properties.flows.items, data: data85 };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
            for (const key10 in data85) {
              if (!func2.call(schema11.properties.flows.items.properties, key10)) {
                const err170 = { instancePath: instancePath + "/flows/" + i9, schemaPath: "#/properties/flows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.flows.items, data: data85 };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
            }
            if (data85.id !== void 0) {
              let data86 = data85.id;
              if (typeof data86 === "string") {
                if (!pattern0.test(data86)) {
                  const err171 = { instancePath: instancePath + "/flows/" + i9 + "/id", schemaPath: "#/properties/flows/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.flows.items.properties.id, data: data86 };
                  if (vErrors === null) {
                    vErrors = [err171];
                  } else {
                    vErrors.push(err171);
                  }
                  errors++;
                }
              } else {
                const err172 = { instancePath: instancePath + "/flows/" + i9 + "/id", schemaPath: "#/properties/flows/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.flows.items.properties.id.type, parentSchema: schema11.properties.flows.items.properties.id, data: data86 };
                if (vErrors === null) {
                  vErrors = [err172];
                } else {
                  vErrors.push(err172);
                }
                errors++;
              }
            }
            if (data85.from !== void 0) {
              let data87 = data85.from;
              if (typeof data87 === "string") {
                if (!pattern0.test(data87)) {
                  const err173 = { instancePath: instancePath + "/flows/" + i9 + "/from", schemaPath: "#/properties/flows/items/properties/from/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.flows.items.properties.from, data: data87 };
                  if (vErrors === null) {
                    vErrors = [err173];
                  } else {
                    vErrors.push(err173);
                  }
                  errors++;
                }
              } else {
                const err174 = { instancePath: instancePath + "/flows/" + i9 + "/from", schemaPath: "#/properties/flows/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.flows.items.properties.from.type, parentSchema: schema11.properties.flows.items.properties.from, data: data87 };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
            }
            if (data85.to !== void 0) {
              let data88 = data85.to;
              if (typeof data88 === "string") {
                if (!pattern0.test(data88)) {
                  const err175 = { instancePath: instancePath + "/flows/" + i9 + "/to", schemaPath: "#/properties/flows/items/properties/to/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.flows.items.properties.to, data: data88 };
                  if (vErrors === null) {
                    vErrors = [err175];
                  } else {
                    vErrors.push(err175);
                  }
                  errors++;
                }
              } else {
                const err176 = { instancePath: instancePath + "/flows/" + i9 + "/to", schemaPath: "#/properties/flows/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.flows.items.properties.to.type, parentSchema: schema11.properties.flows.items.properties.to, data: data88 };
                if (vErrors === null) {
                  vErrors = [err176];
                } else {
                  vErrors.push(err176);
                }
                errors++;
              }
            }
            if (data85.name !== void 0) {
              let data89 = data85.name;
              if (typeof data89 !== "string") {
                const err177 = { instancePath: instancePath + "/flows/" + i9 + "/name", schemaPath: "#/properties/flows/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.flows.items.properties.name.type, parentSchema: schema11.properties.flows.items.properties.name, data: data89 };
                if (vErrors === null) {
                  vErrors = [err177];
                } else {
                  vErrors.push(err177);
                }
                errors++;
              }
            }
            if (data85.protocol !== void 0) {
              let data90 = data85.protocol;
              if (typeof data90 === "string") {
                if (func3(data90) < 1) {
                  const err178 = { instancePath: instancePath + "/flows/" + i9 + "/protocol", schemaPath: "#/properties/flows/items/properties/protocol/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.flows.items.properties.protocol, data: data90 };
                  if (vErrors === null) {
                    vErrors = [err178];
                  } else {
                    vErrors.push(err178);
                  }
                  errors++;
                }
              } else {
                const err179 = { instancePath: instancePath + "/flows/" + i9 + "/protocol", schemaPath: "#/properties/flows/items/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.flows.items.properties.protocol.type, parentSchema: schema11.properties.flows.items.properties.protocol, data: data90 };
                if (vErrors === null) {
                  vErrors = [err179];
                } else {
                  vErrors.push(err179);
                }
                errors++;
              }
            }
            if (data85.data !== void 0) {
              let data91 = data85.data;
              if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
                if (data91.confidentiality === void 0) {
                  const err180 = { instancePath: instancePath + "/flows/" + i9 + "/data", schemaPath: "#/properties/flows/items/properties/data/required", keyword: "required", params: { missingProperty: "confidentiality" }, message: "must have required property 'confidentiality'", schema: schema11.properties.flows.items.properties.data.required, parentSchema: schema11.properties.flows.items.properties.data, data: data91 };
                  if (vErrors === null) {
                    vErrors = [err180];
                  } else {
                    vErrors.push(err180);
                  }
                  errors++;
                }
                if (data91.integrity === void 0) {
                  const err181 = { instancePath: instancePath + "/flows/" + i9 + "/data", schemaPath: "#/properties/flows/items/properties/data/required", keyword: "required", params: { missingProperty: "integrity" }, message: "must have required property 'integrity'", schema: schema11.properties.flows.items.properties.data.required, parentSchema: schema11.properties.flows.items.properties.data, data: data91 };
                  if (vErrors === null) {
                    vErrors = [err181];
                  } else {
                    vErrors.push(err181);
                  }
                  errors++;
                }
                for (const key11 in data91) {
                  if (!(key11 === "categories" || key11 === "confidentiality" || key11 === "integrity")) {
                    const err182 = { instancePath: instancePath + "/flows/" + i9 + "/data", schemaPath: "#/properties/flows/items/properties/data/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.flows.items.properties.data, data: data91 };
                    if (vErrors === null) {
                      vErrors = [err182];
                    } else {
                      vErrors.push(err182);
                    }
                    errors++;
                  }
                }
                if (data91.categories !== void 0) {
                  let data92 = data91.categories;
                  if (Array.isArray(data92)) {
                    const len8 = data92.length;
                    for (let i10 = 0; i10 < len8; i10++) {
                      let data93 = data92[i10];
                      if (typeof data93 !== "string") {
                        const err183 = { instancePath: instancePath + "/flows/" + i9 + "/data/categories/" + i10, schemaPath: "#/properties/flows/items/properties/data/properties/categories/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.flows.items.properties.data.properties.categories.items.type, parentSchema: schema11.properties.flows.items.properties.data.properties.categories.items, data: data93 };
                        if (vErrors === null) {
                          vErrors = [err183];
                        } else {
                          vErrors.push(err183);
                        }
                        errors++;
                      }
                      if (!(data93 === "process-data" || data93 === "control-command" || data93 === "control-logic" || data93 === "configuration" || data93 === "firmware" || data93 === "software" || data93 === "credentials" || data93 === "keys" || data93 === "audit-log" || data93 === "diagnostics" || data93 === "personal-data" || data93 === "time" || data93 === "vulnerability-data" || data93 === "report")) {
                        const err184 = { instancePath: instancePath + "/flows/" + i9 + "/data/categories/" + i10, schemaPath: "#/properties/flows/items/properties/data/properties/categories/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.flows.items.properties.data.properties.categories.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.flows.items.properties.data.properties.categories.items.enum, parentSchema: schema11.properties.flows.items.properties.data.properties.categories.items, data: data93 };
                        if (vErrors === null) {
                          vErrors = [err184];
                        } else {
                          vErrors.push(err184);
                        }
                        errors++;
                      }
                    }
                    let i11 = data92.length;
                    let j2;
                    if (i11 > 1) {
                      const indices2 = {};
                      for (; i11--; ) {
                        let item2 = data92[i11];
                        if (typeof item2 !== "string") {
                          continue;
                        }
                        if (typeof indices2[item2] == "number") {
                          j2 = indices2[item2];
                          const err185 = { instancePath: instancePath + "/flows/" + i9 + "/data/categories", schemaPath: "#/properties/flows/items/properties/data/properties/categories/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i11 + " are identical)", schema: true, parentSchema: schema11.properties.flows.items.properties.data.properties.categories, data: data92 };
                          if (vErrors === null) {
                            vErrors = [err185];
                          } else {
                            vErrors.push(err185);
                          }
                          errors++;
                          break;
                        }
                        indices2[item2] = i11;
                      }
                    }
                  } else {
                    const err186 = { instancePath: instancePath + "/flows/" + i9 + "/data/categories", schemaPath: "#/properties/flows/items/properties/data/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.flows.items.properties.data.properties.categories.type, parentSchema: schema11.properties.flows.items.properties.data.properties.categories, data: data92 };
                    if (vErrors === null) {
                      vErrors = [err186];
                    } else {
                      vErrors.push(err186);
                    }
                    errors++;
                  }
                }
                if (data91.confidentiality !== void 0) {
                  let data94 = data91.confidentiality;
                  if (typeof data94 !== "string") {
                    const err187 = { instancePath: instancePath + "/flows/" + i9 + "/data/confidentiality", schemaPath: "#/properties/flows/items/properties/data/properties/confidentiality/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.flows.items.properties.data.properties.confidentiality.type, parentSchema: schema11.properties.flows.items.properties.data.properties.confidentiality, data: data94 };
                    if (vErrors === null) {
                      vErrors = [err187];
                    } else {
                      vErrors.push(err187);
                    }
                    errors++;
                  }
                  if (!(data94 === "public" || data94 === "internal" || data94 === "confidential" || data94 === "secret")) {
                    const err188 = { instancePath: instancePath + "/flows/" + i9 + "/data/confidentiality", schemaPath: "#/properties/flows/items/properties/data/properties/confidentiality/enum", keyword: "enum", params: { allowedValues: schema11.properties.flows.items.properties.data.properties.confidentiality.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.flows.items.properties.data.properties.confidentiality.enum, parentSchema: schema11.properties.flows.items.properties.data.properties.confidentiality, data: data94 };
                    if (vErrors === null) {
                      vErrors = [err188];
                    } else {
                      vErrors.push(err188);
                    }
                    errors++;
                  }
                }
                if (data91.integrity !== void 0) {
                  let data95 = data91.integrity;
                  if (typeof data95 !== "string") {
                    const err189 = { instancePath: instancePath + "/flows/" + i9 + "/data/integrity", schemaPath: "#/properties/flows/items/properties/data/properties/integrity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.flows.items.properties.data.properties.integrity.type, parentSchema: schema11.properties.flows.items.properties.data.properties.integrity, data: data95 };
                    if (vErrors === null) {
                      vErrors = [err189];
                    } else {
                      vErrors.push(err189);
                    }
                    errors++;
                  }
                  if (!(data95 === "low" || data95 === "medium" || data95 === "high" || data95 === "critical")) {
                    const err190 = { instancePath: instancePath + "/flows/" + i9 + "/data/integrity", schemaPath: "#/properties/flows/items/properties/data/properties/integrity/enum", keyword: "enum", params: { allowedValues: schema11.properties.flows.items.properties.data.properties.integrity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.flows.items.properties.data.properties.integrity.enum, parentSchema: schema11.properties.flows.items.properties.data.properties.integrity, data: data95 };
                    if (vErrors === null) {
                      vErrors = [err190];
                    } else {
                      vErrors.push(err190);
                    }
                    errors++;
                  }
                }
              } else {
                const err191 = { instancePath: instancePath + "/flows/" + i9 + "/data", schemaPath: "#/properties/flows/items/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.flows.items.properties.data.type, parentSchema: schema11.properties.flows.items.properties.data, data: data91 };
                if (vErrors === null) {
                  vErrors = [err191];
                } else {
                  vErrors.push(err191);
                }
                errors++;
              }
            }
            if (data85.conduit !== void 0) {
              let data96 = data85.conduit;
              if (typeof data96 === "string") {
                if (!pattern0.test(data96)) {
                  const err192 = { instancePath: instancePath + "/flows/" + i9 + "/conduit", schemaPath: "#/properties/flows/items/properties/conduit/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.flows.items.properties.conduit, data: data96 };
                  if (vErrors === null) {
                    vErrors = [err192];
                  } else {
                    vErrors.push(err192);
                  }
                  errors++;
                }
              } else {
                const err193 = { instancePath: instancePath + "/flows/" + i9 + "/conduit", schemaPath: "#/properties/flows/items/properties/conduit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.flows.items.properties.conduit.type, parentSchema: schema11.properties.flows.items.properties.conduit, data: data96 };
                if (vErrors === null) {
                  vErrors = [err193];
                } else {
                  vErrors.push(err193);
                }
                errors++;
              }
            }
            if (data85.authentication !== void 0) {
              let data97 = data85.authentication;
              if (typeof data97 !== "string") {
                const err194 = { instancePath: instancePath + "/flows/" + i9 + "/authentication", schemaPath: "#/properties/flows/items/properties/authentication/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.flows.items.properties.authentication.type, parentSchema: schema11.properties.flows.items.properties.authentication, data: data97 };
                if (vErrors === null) {
                  vErrors = [err194];
                } else {
                  vErrors.push(err194);
                }
                errors++;
              }
              if (!(data97 === "none" || data97 === "password" || data97 === "shared-key" || data97 === "token" || data97 === "certificate" || data97 === "mfa")) {
                const err195 = { instancePath: instancePath + "/flows/" + i9 + "/authentication", schemaPath: "#/properties/flows/items/properties/authentication/enum", keyword: "enum", params: { allowedValues: schema11.properties.flows.items.properties.authentication.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.flows.items.properties.authentication.enum, parentSchema: schema11.properties.flows.items.properties.authentication, data: data97 };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            }
            if (data85.encrypted !== void 0) {
              let data98 = data85.encrypted;
              if (typeof data98 !== "boolean") {
                const err196 = { instancePath: instancePath + "/flows/" + i9 + "/encrypted", schemaPath: "#/properties/flows/items/properties/encrypted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.flows.items.properties.encrypted.type, parentSchema: schema11.properties.flows.items.properties.encrypted, data: data98 };
                if (vErrors === null) {
                  vErrors = [err196];
                } else {
                  vErrors.push(err196);
                }
                errors++;
              }
            }
            if (data85.integrityProtected !== void 0) {
              let data99 = data85.integrityProtected;
              if (typeof data99 !== "boolean") {
                const err197 = { instancePath: instancePath + "/flows/" + i9 + "/integrityProtected", schemaPath: "#/properties/flows/items/properties/integrityProtected/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.flows.items.properties.integrityProtected.type, parentSchema: schema11.properties.flows.items.properties.integrityProtected, data: data99 };
                if (vErrors === null) {
                  vErrors = [err197];
                } else {
                  vErrors.push(err197);
                }
                errors++;
              }
            }
            if (data85.tlsVersion !== void 0) {
              let data100 = data85.tlsVersion;
              if (typeof data100 !== "string") {
                const err198 = { instancePath: instancePath + "/flows/" + i9 + "/tlsVersion", schemaPath: "#/properties/flows/items/properties/tlsVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.flows.items.properties.tlsVersion.type, parentSchema: schema11.properties.flows.items.properties.tlsVersion, data: data100 };
                if (vErrors === null) {
                  vErrors = [err198];
                } else {
                  vErrors.push(err198);
                }
                errors++;
              }
              if (!(data100 === "1.0" || data100 === "1.1" || data100 === "1.2" || data100 === "1.3")) {
                const err199 = { instancePath: instancePath + "/flows/" + i9 + "/tlsVersion", schemaPath: "#/properties/flows/items/properties/tlsVersion/enum", keyword: "enum", params: { allowedValues: schema11.properties.flows.items.properties.tlsVersion.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.flows.items.properties.tlsVersion.enum, parentSchema: schema11.properties.flows.items.properties.tlsVersion, data: data100 };
                if (vErrors === null) {
                  vErrors = [err199];
                } else {
                  vErrors.push(err199);
                }
                errors++;
              }
            }
            if (data85.opcUaSecurityMode !== void 0) {
              let data101 = data85.opcUaSecurityMode;
              if (typeof data101 !== "string") {
                const err200 = { instancePath: instancePath + "/flows/" + i9 + "/opcUaSecurityMode", schemaPath: "#/properties/flows/items/properties/opcUaSecurityMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.flows.items.properties.opcUaSecurityMode.type, parentSchema: schema11.properties.flows.items.properties.opcUaSecurityMode, data: data101 };
                if (vErrors === null) {
                  vErrors = [err200];
                } else {
                  vErrors.push(err200);
                }
                errors++;
              }
              if (!(data101 === "None" || data101 === "Sign" || data101 === "SignAndEncrypt")) {
                const err201 = { instancePath: instancePath + "/flows/" + i9 + "/opcUaSecurityMode", schemaPath: "#/properties/flows/items/properties/opcUaSecurityMode/enum", keyword: "enum", params: { allowedValues: schema11.properties.flows.items.properties.opcUaSecurityMode.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.flows.items.properties.opcUaSecurityMode.enum, parentSchema: schema11.properties.flows.items.properties.opcUaSecurityMode, data: data101 };
                if (vErrors === null) {
                  vErrors = [err201];
                } else {
                  vErrors.push(err201);
                }
                errors++;
              }
            }
            if (data85.dnp3SecureAuthentication !== void 0) {
              let data102 = data85.dnp3SecureAuthentication;
              if (typeof data102 !== "boolean") {
                const err202 = { instancePath: instancePath + "/flows/" + i9 + "/dnp3SecureAuthentication", schemaPath: "#/properties/flows/items/properties/dnp3SecureAuthentication/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.flows.items.properties.dnp3SecureAuthentication.type, parentSchema: schema11.properties.flows.items.properties.dnp3SecureAuthentication, data: data102 };
                if (vErrors === null) {
                  vErrors = [err202];
                } else {
                  vErrors.push(err202);
                }
                errors++;
              }
            }
            if (data85.cipSecurity !== void 0) {
              let data103 = data85.cipSecurity;
              if (typeof data103 !== "boolean") {
                const err203 = { instancePath: instancePath + "/flows/" + i9 + "/cipSecurity", schemaPath: "#/properties/flows/items/properties/cipSecurity/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.flows.items.properties.cipSecurity.type, parentSchema: schema11.properties.flows.items.properties.cipSecurity, data: data103 };
                if (vErrors === null) {
                  vErrors = [err203];
                } else {
                  vErrors.push(err203);
                }
                errors++;
              }
            }
            if (data85.remoteAccess !== void 0) {
              let data104 = data85.remoteAccess;
              if (typeof data104 !== "boolean") {
                const err204 = { instancePath: instancePath + "/flows/" + i9 + "/remoteAccess", schemaPath: "#/properties/flows/items/properties/remoteAccess/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.flows.items.properties.remoteAccess.type, parentSchema: schema11.properties.flows.items.properties.remoteAccess, data: data104 };
                if (vErrors === null) {
                  vErrors = [err204];
                } else {
                  vErrors.push(err204);
                }
                errors++;
              }
            }
            if (data85.human !== void 0) {
              let data105 = data85.human;
              if (typeof data105 !== "boolean") {
                const err205 = { instancePath: instancePath + "/flows/" + i9 + "/human", schemaPath: "#/properties/flows/items/properties/human/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.flows.items.properties.human.type, parentSchema: schema11.properties.flows.items.properties.human, data: data105 };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
            }
          } else {
            const err206 = { instancePath: instancePath + "/flows/" + i9, schemaPath: "#/properties/flows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.flows.items.type, parentSchema: schema11.properties.flows.items, data: data85 };
            if (vErrors === null) {
              vErrors = [err206];
            } else {
              vErrors.push(err206);
            }
            errors++;
          }
        }
      } else {
        const err207 = { instancePath: instancePath + "/flows", schemaPath: "#/properties/flows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.flows.type, parentSchema: schema11.properties.flows, data: data84 };
        if (vErrors === null) {
          vErrors = [err207];
        } else {
          vErrors.push(err207);
        }
        errors++;
      }
    }
    if (data.dependencies !== void 0) {
      let data106 = data.dependencies;
      if (Array.isArray(data106)) {
        const len9 = data106.length;
        for (let i12 = 0; i12 < len9; i12++) {
          let data107 = data106[i12];
          if (data107 && typeof data107 == "object" && !Array.isArray(data107)) {
            if (data107.id === void 0) {
              const err208 = { instancePath: instancePath + "/dependencies/" + i12, schemaPath: "#/properties/dependencies/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.dependencies.items.required, parentSchema: schema11.properties.dependencies.items, data: data107 };
              if (vErrors === null) {
                vErrors = [err208];
              } else {
                vErrors.push(err208);
              }
              errors++;
            }
            if (data107.purl === void 0) {
              const err209 = { instancePath: instancePath + "/dependencies/" + i12, schemaPath: "#/properties/dependencies/items/required", keyword: "required", params: { missingProperty: "purl" }, message: "must have required property 'purl'", schema: schema11.properties.dependencies.items.required, parentSchema: schema11.properties.dependencies.items, data: data107 };
              if (vErrors === null) {
                vErrors = [err209];
              } else {
                vErrors.push(err209);
              }
              errors++;
            }
            if (data107.elements === void 0) {
              const err210 = { instancePath: instancePath + "/dependencies/" + i12, schemaPath: "#/properties/dependencies/items/required", keyword: "required", params: { missingProperty: "elements" }, message: "must have required property 'elements'", schema: schema11.properties.dependencies.items.required, parentSchema: schema11.properties.dependencies.items, data: data107 };
              if (vErrors === null) {
                vErrors = [err210];
              } else {
                vErrors.push(err210);
              }
              errors++;
            }
            for (const key12 in data107) {
              if (!(key12 === "id" || key12 === "purl" || key12 === "elements" || key12 === "description")) {
                const err211 = { instancePath: instancePath + "/dependencies/" + i12, schemaPath: "#/properties/dependencies/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.dependencies.items, data: data107 };
                if (vErrors === null) {
                  vErrors = [err211];
                } else {
                  vErrors.push(err211);
                }
                errors++;
              }
            }
            if (data107.id !== void 0) {
              let data108 = data107.id;
              if (typeof data108 === "string") {
                if (!pattern0.test(data108)) {
                  const err212 = { instancePath: instancePath + "/dependencies/" + i12 + "/id", schemaPath: "#/properties/dependencies/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.dependencies.items.properties.id, data: data108 };
                  if (vErrors === null) {
                    vErrors = [err212];
                  } else {
                    vErrors.push(err212);
                  }
                  errors++;
                }
              } else {
                const err213 = { instancePath: instancePath + "/dependencies/" + i12 + "/id", schemaPath: "#/properties/dependencies/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dependencies.items.properties.id.type, parentSchema: schema11.properties.dependencies.items.properties.id, data: data108 };
                if (vErrors === null) {
                  vErrors = [err213];
                } else {
                  vErrors.push(err213);
                }
                errors++;
              }
            }
            if (data107.purl !== void 0) {
              let data109 = data107.purl;
              if (typeof data109 === "string") {
                if (!pattern14.test(data109)) {
                  const err214 = { instancePath: instancePath + "/dependencies/" + i12 + "/purl", schemaPath: "#/properties/dependencies/items/properties/purl/pattern", keyword: "pattern", params: { pattern: "^pkg:" }, message: 'must match pattern "^pkg:"', schema: "^pkg:", parentSchema: schema11.properties.dependencies.items.properties.purl, data: data109 };
                  if (vErrors === null) {
                    vErrors = [err214];
                  } else {
                    vErrors.push(err214);
                  }
                  errors++;
                }
              } else {
                const err215 = { instancePath: instancePath + "/dependencies/" + i12 + "/purl", schemaPath: "#/properties/dependencies/items/properties/purl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dependencies.items.properties.purl.type, parentSchema: schema11.properties.dependencies.items.properties.purl, data: data109 };
                if (vErrors === null) {
                  vErrors = [err215];
                } else {
                  vErrors.push(err215);
                }
                errors++;
              }
            }
            if (data107.elements !== void 0) {
              let data110 = data107.elements;
              if (Array.isArray(data110)) {
                const len10 = data110.length;
                for (let i13 = 0; i13 < len10; i13++) {
                  let data111 = data110[i13];
                  if (typeof data111 === "string") {
                    if (!pattern0.test(data111)) {
                      const err216 = { instancePath: instancePath + "/dependencies/" + i12 + "/elements/" + i13, schemaPath: "#/properties/dependencies/items/properties/elements/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.dependencies.items.properties.elements.items, data: data111 };
                      if (vErrors === null) {
                        vErrors = [err216];
                      } else {
                        vErrors.push(err216);
                      }
                      errors++;
                    }
                  } else {
                    const err217 = { instancePath: instancePath + "/dependencies/" + i12 + "/elements/" + i13, schemaPath: "#/properties/dependencies/items/properties/elements/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dependencies.items.properties.elements.items.type, parentSchema: schema11.properties.dependencies.items.properties.elements.items, data: data111 };
                    if (vErrors === null) {
                      vErrors = [err217];
                    } else {
                      vErrors.push(err217);
                    }
                    errors++;
                  }
                }
                let i14 = data110.length;
                let j3;
                if (i14 > 1) {
                  const indices3 = {};
                  for (; i14--; ) {
                    let item3 = data110[i14];
                    if (typeof item3 !== "string") {
                      continue;
                    }
                    if (typeof indices3[item3] == "number") {
                      j3 = indices3[item3];
                      const err218 = { instancePath: instancePath + "/dependencies/" + i12 + "/elements", schemaPath: "#/properties/dependencies/items/properties/elements/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i14 + " are identical)", schema: true, parentSchema: schema11.properties.dependencies.items.properties.elements, data: data110 };
                      if (vErrors === null) {
                        vErrors = [err218];
                      } else {
                        vErrors.push(err218);
                      }
                      errors++;
                      break;
                    }
                    indices3[item3] = i14;
                  }
                }
              } else {
                const err219 = { instancePath: instancePath + "/dependencies/" + i12 + "/elements", schemaPath: "#/properties/dependencies/items/properties/elements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.dependencies.items.properties.elements.type, parentSchema: schema11.properties.dependencies.items.properties.elements, data: data110 };
                if (vErrors === null) {
                  vErrors = [err219];
                } else {
                  vErrors.push(err219);
                }
                errors++;
              }
            }
            if (data107.description !== void 0) {
              let data112 = data107.description;
              if (typeof data112 !== "string") {
                const err220 = { instancePath: instancePath + "/dependencies/" + i12 + "/description", schemaPath: "#/properties/dependencies/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dependencies.items.properties.description.type, parentSchema: schema11.properties.dependencies.items.properties.description, data: data112 };
                if (vErrors === null) {
                  vErrors = [err220];
                } else {
                  vErrors.push(err220);
                }
                errors++;
              }
            }
          } else {
            const err221 = { instancePath: instancePath + "/dependencies/" + i12, schemaPath: "#/properties/dependencies/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.dependencies.items.type, parentSchema: schema11.properties.dependencies.items, data: data107 };
            if (vErrors === null) {
              vErrors = [err221];
            } else {
              vErrors.push(err221);
            }
            errors++;
          }
        }
      } else {
        const err222 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.dependencies.type, parentSchema: schema11.properties.dependencies, data: data106 };
        if (vErrors === null) {
          vErrors = [err222];
        } else {
          vErrors.push(err222);
        }
        errors++;
      }
    }
    if (data.threats !== void 0) {
      let data113 = data.threats;
      if (Array.isArray(data113)) {
        const len11 = data113.length;
        for (let i15 = 0; i15 < len11; i15++) {
          let data114 = data113[i15];
          if (data114 && typeof data114 == "object" && !Array.isArray(data114)) {
            if (data114.id === void 0) {
              const err223 = { instancePath: instancePath + "/threats/" + i15, schemaPath: "#/properties/threats/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.threats.items.required, parentSchema: schema11.properties.threats.items, data: data114 };
              if (vErrors === null) {
                vErrors = [err223];
              } else {
                vErrors.push(err223);
              }
              errors++;
            }
            if (data114.title === void 0) {
              const err224 = { instancePath: instancePath + "/threats/" + i15, schemaPath: "#/properties/threats/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.properties.threats.items.required, parentSchema: schema11.properties.threats.items, data: data114 };
              if (vErrors === null) {
                vErrors = [err224];
              } else {
                vErrors.push(err224);
              }
              errors++;
            }
            if (data114.stride === void 0) {
              const err225 = { instancePath: instancePath + "/threats/" + i15, schemaPath: "#/properties/threats/items/required", keyword: "required", params: { missingProperty: "stride" }, message: "must have required property 'stride'", schema: schema11.properties.threats.items.required, parentSchema: schema11.properties.threats.items, data: data114 };
              if (vErrors === null) {
                vErrors = [err225];
              } else {
                vErrors.push(err225);
              }
              errors++;
            }
            if (data114.targets === void 0) {
              const err226 = { instancePath: instancePath + "/threats/" + i15, schemaPath: "#/properties/threats/items/required", keyword: "required", params: { missingProperty: "targets" }, message: "must have required property 'targets'", schema: schema11.properties.threats.items.required, parentSchema: schema11.properties.threats.items, data: data114 };
              if (vErrors === null) {
                vErrors = [err226];
              } else {
                vErrors.push(err226);
              }
              errors++;
            }
            if (data114.frs === void 0) {
              const err227 = { instancePath: instancePath + "/threats/" + i15, schemaPath: "#/properties/threats/items/required", keyword: "required", params: { missingProperty: "frs" }, message: "must have required property 'frs'", schema: schema11.properties.threats.items.required, parentSchema: schema11.properties.threats.items, data: data114 };
              if (vErrors === null) {
                vErrors = [err227];
              } else {
                vErrors.push(err227);
              }
              errors++;
            }
            if (data114.likelihood === void 0) {
              const err228 = { instancePath: instancePath + "/threats/" + i15, schemaPath: "#/properties/threats/items/required", keyword: "required", params: { missingProperty: "likelihood" }, message: "must have required property 'likelihood'", schema: schema11.properties.threats.items.required, parentSchema: schema11.properties.threats.items, data: data114 };
              if (vErrors === null) {
                vErrors = [err228];
              } else {
                vErrors.push(err228);
              }
              errors++;
            }
            if (data114.impact === void 0) {
              const err229 = { instancePath: instancePath + "/threats/" + i15, schemaPath: "#/properties/threats/items/required", keyword: "required", params: { missingProperty: "impact" }, message: "must have required property 'impact'", schema: schema11.properties.threats.items.required, parentSchema: schema11.properties.threats.items, data: data114 };
              if (vErrors === null) {
                vErrors = [err229];
              } else {
                vErrors.push(err229);
              }
              errors++;
            }
            if (data114.attackVector === void 0) {
              const err230 = { instancePath: instancePath + "/threats/" + i15, schemaPath: "#/properties/threats/items/required", keyword: "required", params: { missingProperty: "attackVector" }, message: "must have required property 'attackVector'", schema: schema11.properties.threats.items.required, parentSchema: schema11.properties.threats.items, data: data114 };
              if (vErrors === null) {
                vErrors = [err230];
              } else {
                vErrors.push(err230);
              }
              errors++;
            }
            if (data114.status === void 0) {
              const err231 = { instancePath: instancePath + "/threats/" + i15, schemaPath: "#/properties/threats/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema11.properties.threats.items.required, parentSchema: schema11.properties.threats.items, data: data114 };
              if (vErrors === null) {
                vErrors = [err231];
              } else {
                vErrors.push(err231);
              }
              errors++;
            }
            for (const key13 in data114) {
              if (!func2.call(schema11.properties.threats.items.properties, key13)) {
                const err232 = { instancePath: instancePath + "/threats/" + i15, schemaPath: "#/properties/threats/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.threats.items, data: data114 };
                if (vErrors === null) {
                  vErrors = [err232];
                } else {
                  vErrors.push(err232);
                }
                errors++;
              }
            }
            if (data114.id !== void 0) {
              let data115 = data114.id;
              if (typeof data115 === "string") {
                if (!pattern0.test(data115)) {
                  const err233 = { instancePath: instancePath + "/threats/" + i15 + "/id", schemaPath: "#/properties/threats/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.threats.items.properties.id, data: data115 };
                  if (vErrors === null) {
                    vErrors = [err233];
                  } else {
                    vErrors.push(err233);
                  }
                  errors++;
                }
              } else {
                const err234 = { instancePath: instancePath + "/threats/" + i15 + "/id", schemaPath: "#/properties/threats/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.threats.items.properties.id.type, parentSchema: schema11.properties.threats.items.properties.id, data: data115 };
                if (vErrors === null) {
                  vErrors = [err234];
                } else {
                  vErrors.push(err234);
                }
                errors++;
              }
            }
            if (data114.title !== void 0) {
              let data116 = data114.title;
              if (typeof data116 === "string") {
                if (func3(data116) < 1) {
                  const err235 = { instancePath: instancePath + "/threats/" + i15 + "/title", schemaPath: "#/properties/threats/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.threats.items.properties.title, data: data116 };
                  if (vErrors === null) {
                    vErrors = [err235];
                  } else {
                    vErrors.push(err235);
                  }
                  errors++;
                }
              } else {
                const err236 = { instancePath: instancePath + "/threats/" + i15 + "/title", schemaPath: "#/properties/threats/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.threats.items.properties.title.type, parentSchema: schema11.properties.threats.items.properties.title, data: data116 };
                if (vErrors === null) {
                  vErrors = [err236];
                } else {
                  vErrors.push(err236);
                }
                errors++;
              }
            }
            if (data114.description !== void 0) {
              let data117 = data114.description;
              if (typeof data117 !== "string") {
                const err237 = { instancePath: instancePath + "/threats/" + i15 + "/description", schemaPath: "#/properties/threats/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.threats.items.properties.description.type, parentSchema: schema11.properties.threats.items.properties.description, data: data117 };
                if (vErrors === null) {
                  vErrors = [err237];
                } else {
                  vErrors.push(err237);
                }
                errors++;
              }
            }
            if (data114.stride !== void 0) {
              let data118 = data114.stride;
              if (typeof data118 !== "string") {
                const err238 = { instancePath: instancePath + "/threats/" + i15 + "/stride", schemaPath: "#/properties/threats/items/properties/stride/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.threats.items.properties.stride.type, parentSchema: schema11.properties.threats.items.properties.stride, data: data118 };
                if (vErrors === null) {
                  vErrors = [err238];
                } else {
                  vErrors.push(err238);
                }
                errors++;
              }
              if (!(data118 === "spoofing" || data118 === "tampering" || data118 === "repudiation" || data118 === "information-disclosure" || data118 === "denial-of-service" || data118 === "elevation-of-privilege")) {
                const err239 = { instancePath: instancePath + "/threats/" + i15 + "/stride", schemaPath: "#/properties/threats/items/properties/stride/enum", keyword: "enum", params: { allowedValues: schema11.properties.threats.items.properties.stride.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.threats.items.properties.stride.enum, parentSchema: schema11.properties.threats.items.properties.stride, data: data118 };
                if (vErrors === null) {
                  vErrors = [err239];
                } else {
                  vErrors.push(err239);
                }
                errors++;
              }
            }
            if (data114.targets !== void 0) {
              let data119 = data114.targets;
              if (Array.isArray(data119)) {
                if (data119.length < 1) {
                  const err240 = { instancePath: instancePath + "/threats/" + i15 + "/targets", schemaPath: "#/properties/threats/items/properties/targets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.threats.items.properties.targets, data: data119 };
                  if (vErrors === null) {
                    vErrors = [err240];
                  } else {
                    vErrors.push(err240);
                  }
                  errors++;
                }
                const len12 = data119.length;
                for (let i16 = 0; i16 < len12; i16++) {
                  let data120 = data119[i16];
                  if (typeof data120 === "string") {
                    if (!pattern0.test(data120)) {
                      const err241 = { instancePath: instancePath + "/threats/" + i15 + "/targets/" + i16, schemaPath: "#/properties/threats/items/properties/targets/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.threats.items.properties.targets.items, data: data120 };
                      if (vErrors === null) {
                        vErrors = [err241];
                      } else {
                        vErrors.push(err241);
                      }
                      errors++;
                    }
                  } else {
                    const err242 = { instancePath: instancePath + "/threats/" + i15 + "/targets/" + i16, schemaPath: "#/properties/threats/items/properties/targets/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.threats.items.properties.targets.items.type, parentSchema: schema11.properties.threats.items.properties.targets.items, data: data120 };
                    if (vErrors === null) {
                      vErrors = [err242];
                    } else {
                      vErrors.push(err242);
                    }
                    errors++;
                  }
                }
                let i17 = data119.length;
                let j4;
                if (i17 > 1) {
                  const indices4 = {};
                  for (; i17--; ) {
                    let item4 = data119[i17];
                    if (typeof item4 !== "string") {
                      continue;
                    }
                    if (typeof indices4[item4] == "number") {
                      j4 = indices4[item4];
                      const err243 = { instancePath: instancePath + "/threats/" + i15 + "/targets", schemaPath: "#/properties/threats/items/properties/targets/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i17 + " are identical)", schema: true, parentSchema: schema11.properties.threats.items.properties.targets, data: data119 };
                      if (vErrors === null) {
                        vErrors = [err243];
                      } else {
                        vErrors.push(err243);
                      }
                      errors++;
                      break;
                    }
                    indices4[item4] = i17;
                  }
                }
              } else {
                const err244 = { instancePath: instancePath + "/threats/" + i15 + "/targets", schemaPath: "#/properties/threats/items/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.threats.items.properties.targets.type, parentSchema: schema11.properties.threats.items.properties.targets, data: data119 };
                if (vErrors === null) {
                  vErrors = [err244];
                } else {
                  vErrors.push(err244);
                }
                errors++;
              }
            }
            if (data114.frs !== void 0) {
              let data121 = data114.frs;
              if (Array.isArray(data121)) {
                if (data121.length < 1) {
                  const err245 = { instancePath: instancePath + "/threats/" + i15 + "/frs", schemaPath: "#/properties/threats/items/properties/frs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.threats.items.properties.frs, data: data121 };
                  if (vErrors === null) {
                    vErrors = [err245];
                  } else {
                    vErrors.push(err245);
                  }
                  errors++;
                }
                const len13 = data121.length;
                for (let i18 = 0; i18 < len13; i18++) {
                  let data122 = data121[i18];
                  if (typeof data122 !== "string") {
                    const err246 = { instancePath: instancePath + "/threats/" + i15 + "/frs/" + i18, schemaPath: "#/properties/threats/items/properties/frs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.threats.items.properties.frs.items.type, parentSchema: schema11.properties.threats.items.properties.frs.items, data: data122 };
                    if (vErrors === null) {
                      vErrors = [err246];
                    } else {
                      vErrors.push(err246);
                    }
                    errors++;
                  }
                  if (!(data122 === "FR1" || data122 === "FR2" || data122 === "FR3" || data122 === "FR4" || data122 === "FR5" || data122 === "FR6" || data122 === "FR7")) {
                    const err247 = { instancePath: instancePath + "/threats/" + i15 + "/frs/" + i18, schemaPath: "#/properties/threats/items/properties/frs/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.threats.items.properties.frs.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.threats.items.properties.frs.items.enum, parentSchema: schema11.properties.threats.items.properties.frs.items, data: data122 };
                    if (vErrors === null) {
                      vErrors = [err247];
                    } else {
                      vErrors.push(err247);
                    }
                    errors++;
                  }
                }
                let i19 = data121.length;
                let j5;
                if (i19 > 1) {
                  const indices5 = {};
                  for (; i19--; ) {
                    let item5 = data121[i19];
                    if (typeof item5 !== "string") {
                      continue;
                    }
                    if (typeof indices5[item5] == "number") {
                      j5 = indices5[item5];
                      const err248 = { instancePath: instancePath + "/threats/" + i15 + "/frs", schemaPath: "#/properties/threats/items/properties/frs/uniqueItems", keyword: "uniqueItems", params: { i: i19, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i19 + " are identical)", schema: true, parentSchema: schema11.properties.threats.items.properties.frs, data: data121 };
                      if (vErrors === null) {
                        vErrors = [err248];
                      } else {
                        vErrors.push(err248);
                      }
                      errors++;
                      break;
                    }
                    indices5[item5] = i19;
                  }
                }
              } else {
                const err249 = { instancePath: instancePath + "/threats/" + i15 + "/frs", schemaPath: "#/properties/threats/items/properties/frs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.threats.items.properties.frs.type, parentSchema: schema11.properties.threats.items.properties.frs, data: data121 };
                if (vErrors === null) {
                  vErrors = [err249];
                } else {
                  vErrors.push(err249);
                }
                errors++;
              }
            }
            if (data114.likelihood !== void 0) {
              let data123 = data114.likelihood;
              if (!(typeof data123 == "number" && (!(data123 % 1) && !isNaN(data123)) && isFinite(data123))) {
                const err250 = { instancePath: instancePath + "/threats/" + i15 + "/likelihood", schemaPath: "#/properties/threats/items/properties/likelihood/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.threats.items.properties.likelihood.type, parentSchema: schema11.properties.threats.items.properties.likelihood, data: data123 };
                if (vErrors === null) {
                  vErrors = [err250];
                } else {
                  vErrors.push(err250);
                }
                errors++;
              }
              if (typeof data123 == "number" && isFinite(data123)) {
                if (data123 > 5 || isNaN(data123)) {
                  const err251 = { instancePath: instancePath + "/threats/" + i15 + "/likelihood", schemaPath: "#/properties/threats/items/properties/likelihood/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5", schema: 5, parentSchema: schema11.properties.threats.items.properties.likelihood, data: data123 };
                  if (vErrors === null) {
                    vErrors = [err251];
                  } else {
                    vErrors.push(err251);
                  }
                  errors++;
                }
                if (data123 < 1 || isNaN(data123)) {
                  const err252 = { instancePath: instancePath + "/threats/" + i15 + "/likelihood", schemaPath: "#/properties/threats/items/properties/likelihood/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.threats.items.properties.likelihood, data: data123 };
                  if (vErrors === null) {
                    vErrors = [err252];
                  } else {
                    vErrors.push(err252);
                  }
                  errors++;
                }
              }
            }
            if (data114.impact !== void 0) {
              let data124 = data114.impact;
              if (!(typeof data124 == "number" && (!(data124 % 1) && !isNaN(data124)) && isFinite(data124))) {
                const err253 = { instancePath: instancePath + "/threats/" + i15 + "/impact", schemaPath: "#/properties/threats/items/properties/impact/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.threats.items.properties.impact.type, parentSchema: schema11.properties.threats.items.properties.impact, data: data124 };
                if (vErrors === null) {
                  vErrors = [err253];
                } else {
                  vErrors.push(err253);
                }
                errors++;
              }
              if (typeof data124 == "number" && isFinite(data124)) {
                if (data124 > 5 || isNaN(data124)) {
                  const err254 = { instancePath: instancePath + "/threats/" + i15 + "/impact", schemaPath: "#/properties/threats/items/properties/impact/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5", schema: 5, parentSchema: schema11.properties.threats.items.properties.impact, data: data124 };
                  if (vErrors === null) {
                    vErrors = [err254];
                  } else {
                    vErrors.push(err254);
                  }
                  errors++;
                }
                if (data124 < 1 || isNaN(data124)) {
                  const err255 = { instancePath: instancePath + "/threats/" + i15 + "/impact", schemaPath: "#/properties/threats/items/properties/impact/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.threats.items.properties.impact, data: data124 };
                  if (vErrors === null) {
                    vErrors = [err255];
                  } else {
                    vErrors.push(err255);
                  }
                  errors++;
                }
              }
            }
            if (data114.attackVector !== void 0) {
              let data125 = data114.attackVector;
              if (typeof data125 !== "string") {
                const err256 = { instancePath: instancePath + "/threats/" + i15 + "/attackVector", schemaPath: "#/properties/threats/items/properties/attackVector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.threats.items.properties.attackVector.type, parentSchema: schema11.properties.threats.items.properties.attackVector, data: data125 };
                if (vErrors === null) {
                  vErrors = [err256];
                } else {
                  vErrors.push(err256);
                }
                errors++;
              }
              if (!(data125 === "network" || data125 === "adjacent" || data125 === "local" || data125 === "physical")) {
                const err257 = { instancePath: instancePath + "/threats/" + i15 + "/attackVector", schemaPath: "#/properties/threats/items/properties/attackVector/enum", keyword: "enum", params: { allowedValues: schema11.properties.threats.items.properties.attackVector.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.threats.items.properties.attackVector.enum, parentSchema: schema11.properties.threats.items.properties.attackVector, data: data125 };
                if (vErrors === null) {
                  vErrors = [err257];
                } else {
                  vErrors.push(err257);
                }
                errors++;
              }
            }
            if (data114.status !== void 0) {
              let data126 = data114.status;
              if (typeof data126 !== "string") {
                const err258 = { instancePath: instancePath + "/threats/" + i15 + "/status", schemaPath: "#/properties/threats/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.threats.items.properties.status.type, parentSchema: schema11.properties.threats.items.properties.status, data: data126 };
                if (vErrors === null) {
                  vErrors = [err258];
                } else {
                  vErrors.push(err258);
                }
                errors++;
              }
              if (!(data126 === "open" || data126 === "mitigated" || data126 === "accepted" || data126 === "transferred" || data126 === "not-applicable")) {
                const err259 = { instancePath: instancePath + "/threats/" + i15 + "/status", schemaPath: "#/properties/threats/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema11.properties.threats.items.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.threats.items.properties.status.enum, parentSchema: schema11.properties.threats.items.properties.status, data: data126 };
                if (vErrors === null) {
                  vErrors = [err259];
                } else {
                  vErrors.push(err259);
                }
                errors++;
              }
            }
            if (data114.mitigations !== void 0) {
              let data127 = data114.mitigations;
              if (Array.isArray(data127)) {
                const len14 = data127.length;
                for (let i20 = 0; i20 < len14; i20++) {
                  let data128 = data127[i20];
                  if (typeof data128 === "string") {
                    if (!pattern0.test(data128)) {
                      const err260 = { instancePath: instancePath + "/threats/" + i15 + "/mitigations/" + i20, schemaPath: "#/properties/threats/items/properties/mitigations/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.threats.items.properties.mitigations.items, data: data128 };
                      if (vErrors === null) {
                        vErrors = [err260];
                      } else {
                        vErrors.push(err260);
                      }
                      errors++;
                    }
                  } else {
                    const err261 = { instancePath: instancePath + "/threats/" + i15 + "/mitigations/" + i20, schemaPath: "#/properties/threats/items/properties/mitigations/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.threats.items.properties.mitigations.items.type, parentSchema: schema11.properties.threats.items.properties.mitigations.items, data: data128 };
                    if (vErrors === null) {
                      vErrors = [err261];
                    } else {
                      vErrors.push(err261);
                    }
                    errors++;
                  }
                }
                let i21 = data127.length;
                let j6;
                if (i21 > 1) {
                  const indices6 = {};
                  for (; i21--; ) {
                    let item6 = data127[i21];
                    if (typeof item6 !== "string") {
                      continue;
                    }
                    if (typeof indices6[item6] == "number") {
                      j6 = indices6[item6];
                      const err262 = { instancePath: instancePath + "/threats/" + i15 + "/mitigations", schemaPath: "#/properties/threats/items/properties/mitigations/uniqueItems", keyword: "uniqueItems", params: { i: i21, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i21 + " are identical)", schema: true, parentSchema: schema11.properties.threats.items.properties.mitigations, data: data127 };
                      if (vErrors === null) {
                        vErrors = [err262];
                      } else {
                        vErrors.push(err262);
                      }
                      errors++;
                      break;
                    }
                    indices6[item6] = i21;
                  }
                }
              } else {
                const err263 = { instancePath: instancePath + "/threats/" + i15 + "/mitigations", schemaPath: "#/properties/threats/items/properties/mitigations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.threats.items.properties.mitigations.type, parentSchema: schema11.properties.threats.items.properties.mitigations, data: data127 };
                if (vErrors === null) {
                  vErrors = [err263];
                } else {
                  vErrors.push(err263);
                }
                errors++;
              }
            }
            if (data114.suggestions !== void 0) {
              let data129 = data114.suggestions;
              if (Array.isArray(data129)) {
                const len15 = data129.length;
                for (let i22 = 0; i22 < len15; i22++) {
                  let data130 = data129[i22];
                  if (typeof data130 === "string") {
                    if (!pattern19.test(data130)) {
                      const err264 = { instancePath: instancePath + "/threats/" + i15 + "/suggestions/" + i22, schemaPath: "#/properties/threats/items/properties/suggestions/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+@[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9-]+@[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[a-z0-9-]+@[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.threats.items.properties.suggestions.items, data: data130 };
                      if (vErrors === null) {
                        vErrors = [err264];
                      } else {
                        vErrors.push(err264);
                      }
                      errors++;
                    }
                  } else {
                    const err265 = { instancePath: instancePath + "/threats/" + i15 + "/suggestions/" + i22, schemaPath: "#/properties/threats/items/properties/suggestions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.threats.items.properties.suggestions.items.type, parentSchema: schema11.properties.threats.items.properties.suggestions.items, data: data130 };
                    if (vErrors === null) {
                      vErrors = [err265];
                    } else {
                      vErrors.push(err265);
                    }
                    errors++;
                  }
                }
                let i23 = data129.length;
                let j7;
                if (i23 > 1) {
                  const indices7 = {};
                  for (; i23--; ) {
                    let item7 = data129[i23];
                    if (typeof item7 !== "string") {
                      continue;
                    }
                    if (typeof indices7[item7] == "number") {
                      j7 = indices7[item7];
                      const err266 = { instancePath: instancePath + "/threats/" + i15 + "/suggestions", schemaPath: "#/properties/threats/items/properties/suggestions/uniqueItems", keyword: "uniqueItems", params: { i: i23, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i23 + " are identical)", schema: true, parentSchema: schema11.properties.threats.items.properties.suggestions, data: data129 };
                      if (vErrors === null) {
                        vErrors = [err266];
                      } else {
                        vErrors.push(err266);
                      }
                      errors++;
                      break;
                    }
                    indices7[item7] = i23;
                  }
                }
              } else {
                const err267 = { instancePath: instancePath + "/threats/" + i15 + "/suggestions", schemaPath: "#/properties/threats/items/properties/suggestions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.threats.items.properties.suggestions.type, parentSchema: schema11.properties.threats.items.properties.suggestions, data: data129 };
                if (vErrors === null) {
                  vErrors = [err267];
                } else {
                  vErrors.push(err267);
                }
                errors++;
              }
            }
            if (data114.acceptance !== void 0) {
              let data131 = data114.acceptance;
              if (data131 && typeof data131 == "object" && !Array.isArray(data131)) {
                if (data131.by === void 0) {
                  const err268 = { instancePath: instancePath + "/threats/" + i15 + "/acceptance", schemaPath: "#/properties/threats/items/properties/acceptance/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'", schema: schema11.properties.threats.items.properties.acceptance.required, parentSchema: schema11.properties.threats.items.properties.acceptance, data: data131 };
                  if (vErrors === null) {
                    vErrors = [err268];
                  } else {
                    vErrors.push(err268);
                  }
                  errors++;
                }
                if (data131.date === void 0) {
                  const err269 = { instancePath: instancePath + "/threats/" + i15 + "/acceptance", schemaPath: "#/properties/threats/items/properties/acceptance/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema11.properties.threats.items.properties.acceptance.required, parentSchema: schema11.properties.threats.items.properties.acceptance, data: data131 };
                  if (vErrors === null) {
                    vErrors = [err269];
                  } else {
                    vErrors.push(err269);
                  }
                  errors++;
                }
                if (data131.rationale === void 0) {
                  const err270 = { instancePath: instancePath + "/threats/" + i15 + "/acceptance", schemaPath: "#/properties/threats/items/properties/acceptance/required", keyword: "required", params: { missingProperty: "rationale" }, message: "must have required property 'rationale'", schema: schema11.properties.threats.items.properties.acceptance.required, parentSchema: schema11.properties.threats.items.properties.acceptance, data: data131 };
                  if (vErrors === null) {
                    vErrors = [err270];
                  } else {
                    vErrors.push(err270);
                  }
                  errors++;
                }
                for (const key14 in data131) {
                  if (!(key14 === "by" || key14 === "date" || key14 === "rationale")) {
                    const err271 = { instancePath: instancePath + "/threats/" + i15 + "/acceptance", schemaPath: "#/properties/threats/items/properties/acceptance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.threats.items.properties.acceptance, data: data131 };
                    if (vErrors === null) {
                      vErrors = [err271];
                    } else {
                      vErrors.push(err271);
                    }
                    errors++;
                  }
                }
                if (data131.by !== void 0) {
                  let data132 = data131.by;
                  if (typeof data132 === "string") {
                    if (func3(data132) < 1) {
                      const err272 = { instancePath: instancePath + "/threats/" + i15 + "/acceptance/by", schemaPath: "#/properties/threats/items/properties/acceptance/properties/by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.threats.items.properties.acceptance.properties.by, data: data132 };
                      if (vErrors === null) {
                        vErrors = [err272];
                      } else {
                        vErrors.push(err272);
                      }
                      errors++;
                    }
                  } else {
                    const err273 = { instancePath: instancePath + "/threats/" + i15 + "/acceptance/by", schemaPath: "#/properties/threats/items/properties/acceptance/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.threats.items.properties.acceptance.properties.by.type, parentSchema: schema11.properties.threats.items.properties.acceptance.properties.by, data: data132 };
                    if (vErrors === null) {
                      vErrors = [err273];
                    } else {
                      vErrors.push(err273);
                    }
                    errors++;
                  }
                }
                if (data131.date !== void 0) {
                  let data133 = data131.date;
                  if (typeof data133 === "string") {
                    if (!formats0.validate(data133)) {
                      const err274 = { instancePath: instancePath + "/threats/" + i15 + "/acceptance/date", schemaPath: "#/properties/threats/items/properties/acceptance/properties/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema11.properties.threats.items.properties.acceptance.properties.date, data: data133 };
                      if (vErrors === null) {
                        vErrors = [err274];
                      } else {
                        vErrors.push(err274);
                      }
                      errors++;
                    }
                  } else {
                    const err275 = { instancePath: instancePath + "/threats/" + i15 + "/acceptance/date", schemaPath: "#/properties/threats/items/properties/acceptance/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.threats.items.properties.acceptance.properties.date.type, parentSchema: schema11.properties.threats.items.properties.acceptance.properties.date, data: data133 };
                    if (vErrors === null) {
                      vErrors = [err275];
                    } else {
                      vErrors.push(err275);
                    }
                    errors++;
                  }
                }
                if (data131.rationale !== void 0) {
                  let data134 = data131.rationale;
                  if (typeof data134 === "string") {
                    if (func3(data134) < 1) {
                      const err276 = { instancePath: instancePath + "/threats/" + i15 + "/acceptance/rationale", schemaPath: "#/properties/threats/items/properties/acceptance/properties/rationale/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.threats.items.properties.acceptance.properties.rationale, data: data134 };
                      if (vErrors === null) {
                        vErrors = [err276];
                      } else {
                        vErrors.push(err276);
                      }
                      errors++;
                    }
                  } else {
                    const err277 = { instancePath: instancePath + "/threats/" + i15 + "/acceptance/rationale", schemaPath: "#/properties/threats/items/properties/acceptance/properties/rationale/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.threats.items.properties.acceptance.properties.rationale.type, parentSchema: schema11.properties.threats.items.properties.acceptance.properties.rationale, data: data134 };
                    if (vErrors === null) {
                      vErrors = [err277];
                    } else {
                      vErrors.push(err277);
                    }
                    errors++;
                  }
                }
              } else {
                const err278 = { instancePath: instancePath + "/threats/" + i15 + "/acceptance", schemaPath: "#/properties/threats/items/properties/acceptance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.threats.items.properties.acceptance.type, parentSchema: schema11.properties.threats.items.properties.acceptance, data: data131 };
                if (vErrors === null) {
                  vErrors = [err278];
                } else {
                  vErrors.push(err278);
                }
                errors++;
              }
            }
          } else {
            const err279 = { instancePath: instancePath + "/threats/" + i15, schemaPath: "#/properties/threats/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.threats.items.type, parentSchema: schema11.properties.threats.items, data: data114 };
            if (vErrors === null) {
              vErrors = [err279];
            } else {
              vErrors.push(err279);
            }
            errors++;
          }
        }
      } else {
        const err280 = { instancePath: instancePath + "/threats", schemaPath: "#/properties/threats/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.threats.type, parentSchema: schema11.properties.threats, data: data113 };
        if (vErrors === null) {
          vErrors = [err280];
        } else {
          vErrors.push(err280);
        }
        errors++;
      }
    }
    if (data.mitigations !== void 0) {
      let data135 = data.mitigations;
      if (Array.isArray(data135)) {
        const len16 = data135.length;
        for (let i24 = 0; i24 < len16; i24++) {
          let data136 = data135[i24];
          if (data136 && typeof data136 == "object" && !Array.isArray(data136)) {
            if (data136.id === void 0) {
              const err281 = { instancePath: instancePath + "/mitigations/" + i24, schemaPath: "#/properties/mitigations/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.mitigations.items.required, parentSchema: schema11.properties.mitigations.items, data: data136 };
              if (vErrors === null) {
                vErrors = [err281];
              } else {
                vErrors.push(err281);
              }
              errors++;
            }
            if (data136.title === void 0) {
              const err282 = { instancePath: instancePath + "/mitigations/" + i24, schemaPath: "#/properties/mitigations/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.properties.mitigations.items.required, parentSchema: schema11.properties.mitigations.items, data: data136 };
              if (vErrors === null) {
                vErrors = [err282];
              } else {
                vErrors.push(err282);
              }
              errors++;
            }
            if (data136.status === void 0) {
              const err283 = { instancePath: instancePath + "/mitigations/" + i24, schemaPath: "#/properties/mitigations/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema11.properties.mitigations.items.required, parentSchema: schema11.properties.mitigations.items, data: data136 };
              if (vErrors === null) {
                vErrors = [err283];
              } else {
                vErrors.push(err283);
              }
              errors++;
            }
            for (const key15 in data136) {
              if (!(key15 === "id" || key15 === "title" || key15 === "description" || key15 === "status" || key15 === "requirements" || key15 === "tests" || key15 === "code")) {
                const err284 = { instancePath: instancePath + "/mitigations/" + i24, schemaPath: "#/properties/mitigations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.mitigations.items, data: data136 };
                if (vErrors === null) {
                  vErrors = [err284];
                } else {
                  vErrors.push(err284);
                }
                errors++;
              }
            }
            if (data136.id !== void 0) {
              let data137 = data136.id;
              if (typeof data137 === "string") {
                if (!pattern0.test(data137)) {
                  const err285 = { instancePath: instancePath + "/mitigations/" + i24 + "/id", schemaPath: "#/properties/mitigations/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.mitigations.items.properties.id, data: data137 };
                  if (vErrors === null) {
                    vErrors = [err285];
                  } else {
                    vErrors.push(err285);
                  }
                  errors++;
                }
              } else {
                const err286 = { instancePath: instancePath + "/mitigations/" + i24 + "/id", schemaPath: "#/properties/mitigations/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mitigations.items.properties.id.type, parentSchema: schema11.properties.mitigations.items.properties.id, data: data137 };
                if (vErrors === null) {
                  vErrors = [err286];
                } else {
                  vErrors.push(err286);
                }
                errors++;
              }
            }
            if (data136.title !== void 0) {
              let data138 = data136.title;
              if (typeof data138 === "string") {
                if (func3(data138) < 1) {
                  const err287 = { instancePath: instancePath + "/mitigations/" + i24 + "/title", schemaPath: "#/properties/mitigations/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.mitigations.items.properties.title, data: data138 };
                  if (vErrors === null) {
                    vErrors = [err287];
                  } else {
                    vErrors.push(err287);
                  }
                  errors++;
                }
              } else {
                const err288 = { instancePath: instancePath + "/mitigations/" + i24 + "/title", schemaPath: "#/properties/mitigations/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mitigations.items.properties.title.type, parentSchema: schema11.properties.mitigations.items.properties.title, data: data138 };
                if (vErrors === null) {
                  vErrors = [err288];
                } else {
                  vErrors.push(err288);
                }
                errors++;
              }
            }
            if (data136.description !== void 0) {
              let data139 = data136.description;
              if (typeof data139 !== "string") {
                const err289 = { instancePath: instancePath + "/mitigations/" + i24 + "/description", schemaPath: "#/properties/mitigations/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mitigations.items.properties.description.type, parentSchema: schema11.properties.mitigations.items.properties.description, data: data139 };
                if (vErrors === null) {
                  vErrors = [err289];
                } else {
                  vErrors.push(err289);
                }
                errors++;
              }
            }
            if (data136.status !== void 0) {
              let data140 = data136.status;
              if (typeof data140 !== "string") {
                const err290 = { instancePath: instancePath + "/mitigations/" + i24 + "/status", schemaPath: "#/properties/mitigations/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mitigations.items.properties.status.type, parentSchema: schema11.properties.mitigations.items.properties.status, data: data140 };
                if (vErrors === null) {
                  vErrors = [err290];
                } else {
                  vErrors.push(err290);
                }
                errors++;
              }
              if (!(data140 === "implemented" || data140 === "planned" || data140 === "not-implemented")) {
                const err291 = { instancePath: instancePath + "/mitigations/" + i24 + "/status", schemaPath: "#/properties/mitigations/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema11.properties.mitigations.items.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.mitigations.items.properties.status.enum, parentSchema: schema11.properties.mitigations.items.properties.status, data: data140 };
                if (vErrors === null) {
                  vErrors = [err291];
                } else {
                  vErrors.push(err291);
                }
                errors++;
              }
            }
            if (data136.requirements !== void 0) {
              let data141 = data136.requirements;
              if (Array.isArray(data141)) {
                const len17 = data141.length;
                for (let i25 = 0; i25 < len17; i25++) {
                  let data142 = data141[i25];
                  if (typeof data142 === "string") {
                    if (!pattern0.test(data142)) {
                      const err292 = { instancePath: instancePath + "/mitigations/" + i24 + "/requirements/" + i25, schemaPath: "#/properties/mitigations/items/properties/requirements/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.mitigations.items.properties.requirements.items, data: data142 };
                      if (vErrors === null) {
                        vErrors = [err292];
                      } else {
                        vErrors.push(err292);
                      }
                      errors++;
                    }
                  } else {
                    const err293 = { instancePath: instancePath + "/mitigations/" + i24 + "/requirements/" + i25, schemaPath: "#/properties/mitigations/items/properties/requirements/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mitigations.items.properties.requirements.items.type, parentSchema: schema11.properties.mitigations.items.properties.requirements.items, data: data142 };
                    if (vErrors === null) {
                      vErrors = [err293];
                    } else {
                      vErrors.push(err293);
                    }
                    errors++;
                  }
                }
                let i26 = data141.length;
                let j8;
                if (i26 > 1) {
                  const indices8 = {};
                  for (; i26--; ) {
                    let item8 = data141[i26];
                    if (typeof item8 !== "string") {
                      continue;
                    }
                    if (typeof indices8[item8] == "number") {
                      j8 = indices8[item8];
                      const err294 = { instancePath: instancePath + "/mitigations/" + i24 + "/requirements", schemaPath: "#/properties/mitigations/items/properties/requirements/uniqueItems", keyword: "uniqueItems", params: { i: i26, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i26 + " are identical)", schema: true, parentSchema: schema11.properties.mitigations.items.properties.requirements, data: data141 };
                      if (vErrors === null) {
                        vErrors = [err294];
                      } else {
                        vErrors.push(err294);
                      }
                      errors++;
                      break;
                    }
                    indices8[item8] = i26;
                  }
                }
              } else {
                const err295 = { instancePath: instancePath + "/mitigations/" + i24 + "/requirements", schemaPath: "#/properties/mitigations/items/properties/requirements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.mitigations.items.properties.requirements.type, parentSchema: schema11.properties.mitigations.items.properties.requirements, data: data141 };
                if (vErrors === null) {
                  vErrors = [err295];
                } else {
                  vErrors.push(err295);
                }
                errors++;
              }
            }
            if (data136.tests !== void 0) {
              let data143 = data136.tests;
              if (Array.isArray(data143)) {
                const len18 = data143.length;
                for (let i27 = 0; i27 < len18; i27++) {
                  let data144 = data143[i27];
                  if (typeof data144 === "string") {
                    if (func3(data144) < 1) {
                      const err296 = { instancePath: instancePath + "/mitigations/" + i24 + "/tests/" + i27, schemaPath: "#/properties/mitigations/items/properties/tests/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.mitigations.items.properties.tests.items, data: data144 };
                      if (vErrors === null) {
                        vErrors = [err296];
                      } else {
                        vErrors.push(err296);
                      }
                      errors++;
                    }
                  } else {
                    const err297 = { instancePath: instancePath + "/mitigations/" + i24 + "/tests/" + i27, schemaPath: "#/properties/mitigations/items/properties/tests/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mitigations.items.properties.tests.items.type, parentSchema: schema11.properties.mitigations.items.properties.tests.items, data: data144 };
                    if (vErrors === null) {
                      vErrors = [err297];
                    } else {
                      vErrors.push(err297);
                    }
                    errors++;
                  }
                }
                let i28 = data143.length;
                let j9;
                if (i28 > 1) {
                  const indices9 = {};
                  for (; i28--; ) {
                    let item9 = data143[i28];
                    if (typeof item9 !== "string") {
                      continue;
                    }
                    if (typeof indices9[item9] == "number") {
                      j9 = indices9[item9];
                      const err298 = { instancePath: instancePath + "/mitigations/" + i24 + "/tests", schemaPath: "#/properties/mitigations/items/properties/tests/uniqueItems", keyword: "uniqueItems", params: { i: i28, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i28 + " are identical)", schema: true, parentSchema: schema11.properties.mitigations.items.properties.tests, data: data143 };
                      if (vErrors === null) {
                        vErrors = [err298];
                      } else {
                        vErrors.push(err298);
                      }
                      errors++;
                      break;
                    }
                    indices9[item9] = i28;
                  }
                }
              } else {
                const err299 = { instancePath: instancePath + "/mitigations/" + i24 + "/tests", schemaPath: "#/properties/mitigations/items/properties/tests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.mitigations.items.properties.tests.type, parentSchema: schema11.properties.mitigations.items.properties.tests, data: data143 };
                if (vErrors === null) {
                  vErrors = [err299];
                } else {
                  vErrors.push(err299);
                }
                errors++;
              }
            }
            if (data136.code !== void 0) {
              let data145 = data136.code;
              if (Array.isArray(data145)) {
                const len19 = data145.length;
                for (let i29 = 0; i29 < len19; i29++) {
                  let data146 = data145[i29];
                  if (typeof data146 === "string") {
                    if (func3(data146) < 1) {
                      const err300 = { instancePath: instancePath + "/mitigations/" + i24 + "/code/" + i29, schemaPath: "#/properties/mitigations/items/properties/code/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.mitigations.items.properties.code.items, data: data146 };
                      if (vErrors === null) {
                        vErrors = [err300];
                      } else {
                        vErrors.push(err300);
                      }
                      errors++;
                    }
                  } else {
                    const err301 = { instancePath: instancePath + "/mitigations/" + i24 + "/code/" + i29, schemaPath: "#/properties/mitigations/items/properties/code/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mitigations.items.properties.code.items.type, parentSchema: schema11.properties.mitigations.items.properties.code.items, data: data146 };
                    if (vErrors === null) {
                      vErrors = [err301];
                    } else {
                      vErrors.push(err301);
                    }
                    errors++;
                  }
                }
              } else {
                const err302 = { instancePath: instancePath + "/mitigations/" + i24 + "/code", schemaPath: "#/properties/mitigations/items/properties/code/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.mitigations.items.properties.code.type, parentSchema: schema11.properties.mitigations.items.properties.code, data: data145 };
                if (vErrors === null) {
                  vErrors = [err302];
                } else {
                  vErrors.push(err302);
                }
                errors++;
              }
            }
          } else {
            const err303 = { instancePath: instancePath + "/mitigations/" + i24, schemaPath: "#/properties/mitigations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mitigations.items.type, parentSchema: schema11.properties.mitigations.items, data: data136 };
            if (vErrors === null) {
              vErrors = [err303];
            } else {
              vErrors.push(err303);
            }
            errors++;
          }
        }
      } else {
        const err304 = { instancePath: instancePath + "/mitigations", schemaPath: "#/properties/mitigations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.mitigations.type, parentSchema: schema11.properties.mitigations, data: data135 };
        if (vErrors === null) {
          vErrors = [err304];
        } else {
          vErrors.push(err304);
        }
        errors++;
      }
    }
    if (data.requirements !== void 0) {
      let data147 = data.requirements;
      if (Array.isArray(data147)) {
        const len20 = data147.length;
        for (let i30 = 0; i30 < len20; i30++) {
          let data148 = data147[i30];
          if (data148 && typeof data148 == "object" && !Array.isArray(data148)) {
            if (data148.id === void 0) {
              const err305 = { instancePath: instancePath + "/requirements/" + i30, schemaPath: "#/properties/requirements/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.requirements.items.required, parentSchema: schema11.properties.requirements.items, data: data148 };
              if (vErrors === null) {
                vErrors = [err305];
              } else {
                vErrors.push(err305);
              }
              errors++;
            }
            if (data148.title === void 0) {
              const err306 = { instancePath: instancePath + "/requirements/" + i30, schemaPath: "#/properties/requirements/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.properties.requirements.items.required, parentSchema: schema11.properties.requirements.items, data: data148 };
              if (vErrors === null) {
                vErrors = [err306];
              } else {
                vErrors.push(err306);
              }
              errors++;
            }
            if (data148.status === void 0) {
              const err307 = { instancePath: instancePath + "/requirements/" + i30, schemaPath: "#/properties/requirements/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema11.properties.requirements.items.required, parentSchema: schema11.properties.requirements.items, data: data148 };
              if (vErrors === null) {
                vErrors = [err307];
              } else {
                vErrors.push(err307);
              }
              errors++;
            }
            for (const key16 in data148) {
              if (!func2.call(schema11.properties.requirements.items.properties, key16)) {
                const err308 = { instancePath: instancePath + "/requirements/" + i30, schemaPath: "#/properties/requirements/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.requirements.items, data: data148 };
                if (vErrors === null) {
                  vErrors = [err308];
                } else {
                  vErrors.push(err308);
                }
                errors++;
              }
            }
            if (data148.id !== void 0) {
              let data149 = data148.id;
              if (typeof data149 === "string") {
                if (!pattern0.test(data149)) {
                  const err309 = { instancePath: instancePath + "/requirements/" + i30 + "/id", schemaPath: "#/properties/requirements/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.requirements.items.properties.id, data: data149 };
                  if (vErrors === null) {
                    vErrors = [err309];
                  } else {
                    vErrors.push(err309);
                  }
                  errors++;
                }
              } else {
                const err310 = { instancePath: instancePath + "/requirements/" + i30 + "/id", schemaPath: "#/properties/requirements/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.requirements.items.properties.id.type, parentSchema: schema11.properties.requirements.items.properties.id, data: data149 };
                if (vErrors === null) {
                  vErrors = [err310];
                } else {
                  vErrors.push(err310);
                }
                errors++;
              }
            }
            if (data148.title !== void 0) {
              let data150 = data148.title;
              if (typeof data150 === "string") {
                if (func3(data150) < 1) {
                  const err311 = { instancePath: instancePath + "/requirements/" + i30 + "/title", schemaPath: "#/properties/requirements/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.requirements.items.properties.title, data: data150 };
                  if (vErrors === null) {
                    vErrors = [err311];
                  } else {
                    vErrors.push(err311);
                  }
                  errors++;
                }
              } else {
                const err312 = { instancePath: instancePath + "/requirements/" + i30 + "/title", schemaPath: "#/properties/requirements/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.requirements.items.properties.title.type, parentSchema: schema11.properties.requirements.items.properties.title, data: data150 };
                if (vErrors === null) {
                  vErrors = [err312];
                } else {
                  vErrors.push(err312);
                }
                errors++;
              }
            }
            if (data148.description !== void 0) {
              let data151 = data148.description;
              if (typeof data151 !== "string") {
                const err313 = { instancePath: instancePath + "/requirements/" + i30 + "/description", schemaPath: "#/properties/requirements/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.requirements.items.properties.description.type, parentSchema: schema11.properties.requirements.items.properties.description, data: data151 };
                if (vErrors === null) {
                  vErrors = [err313];
                } else {
                  vErrors.push(err313);
                }
                errors++;
              }
            }
            if (data148.satisfies !== void 0) {
              let data152 = data148.satisfies;
              if (Array.isArray(data152)) {
                const len21 = data152.length;
                for (let i31 = 0; i31 < len21; i31++) {
                  let data153 = data152[i31];
                  if (typeof data153 === "string") {
                    if (!pattern23.test(data153)) {
                      const err314 = { instancePath: instancePath + "/requirements/" + i30 + "/satisfies/" + i31, schemaPath: "#/properties/requirements/items/properties/satisfies/items/pattern", keyword: "pattern", params: { pattern: "^(CR|SAR|EDR|HDR|NDR) [1-7]\\.[0-9]{1,2}( RE [1-9])?$" }, message: 'must match pattern "^(CR|SAR|EDR|HDR|NDR) [1-7]\\.[0-9]{1,2}( RE [1-9])?$"', schema: "^(CR|SAR|EDR|HDR|NDR) [1-7]\\.[0-9]{1,2}( RE [1-9])?$", parentSchema: schema11.properties.requirements.items.properties.satisfies.items, data: data153 };
                      if (vErrors === null) {
                        vErrors = [err314];
                      } else {
                        vErrors.push(err314);
                      }
                      errors++;
                    }
                  } else {
                    const err315 = { instancePath: instancePath + "/requirements/" + i30 + "/satisfies/" + i31, schemaPath: "#/properties/requirements/items/properties/satisfies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.requirements.items.properties.satisfies.items.type, parentSchema: schema11.properties.requirements.items.properties.satisfies.items, data: data153 };
                    if (vErrors === null) {
                      vErrors = [err315];
                    } else {
                      vErrors.push(err315);
                    }
                    errors++;
                  }
                }
                let i32 = data152.length;
                let j10;
                if (i32 > 1) {
                  const indices10 = {};
                  for (; i32--; ) {
                    let item10 = data152[i32];
                    if (typeof item10 !== "string") {
                      continue;
                    }
                    if (typeof indices10[item10] == "number") {
                      j10 = indices10[item10];
                      const err316 = { instancePath: instancePath + "/requirements/" + i30 + "/satisfies", schemaPath: "#/properties/requirements/items/properties/satisfies/uniqueItems", keyword: "uniqueItems", params: { i: i32, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i32 + " are identical)", schema: true, parentSchema: schema11.properties.requirements.items.properties.satisfies, data: data152 };
                      if (vErrors === null) {
                        vErrors = [err316];
                      } else {
                        vErrors.push(err316);
                      }
                      errors++;
                      break;
                    }
                    indices10[item10] = i32;
                  }
                }
              } else {
                const err317 = { instancePath: instancePath + "/requirements/" + i30 + "/satisfies", schemaPath: "#/properties/requirements/items/properties/satisfies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.requirements.items.properties.satisfies.type, parentSchema: schema11.properties.requirements.items.properties.satisfies, data: data152 };
                if (vErrors === null) {
                  vErrors = [err317];
                } else {
                  vErrors.push(err317);
                }
                errors++;
              }
            }
            if (data148.components !== void 0) {
              let data154 = data148.components;
              if (Array.isArray(data154)) {
                const len22 = data154.length;
                for (let i33 = 0; i33 < len22; i33++) {
                  let data155 = data154[i33];
                  if (typeof data155 === "string") {
                    if (!pattern0.test(data155)) {
                      const err318 = { instancePath: instancePath + "/requirements/" + i30 + "/components/" + i33, schemaPath: "#/properties/requirements/items/properties/components/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.requirements.items.properties.components.items, data: data155 };
                      if (vErrors === null) {
                        vErrors = [err318];
                      } else {
                        vErrors.push(err318);
                      }
                      errors++;
                    }
                  } else {
                    const err319 = { instancePath: instancePath + "/requirements/" + i30 + "/components/" + i33, schemaPath: "#/properties/requirements/items/properties/components/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.requirements.items.properties.components.items.type, parentSchema: schema11.properties.requirements.items.properties.components.items, data: data155 };
                    if (vErrors === null) {
                      vErrors = [err319];
                    } else {
                      vErrors.push(err319);
                    }
                    errors++;
                  }
                }
                let i34 = data154.length;
                let j11;
                if (i34 > 1) {
                  const indices11 = {};
                  for (; i34--; ) {
                    let item11 = data154[i34];
                    if (typeof item11 !== "string") {
                      continue;
                    }
                    if (typeof indices11[item11] == "number") {
                      j11 = indices11[item11];
                      const err320 = { instancePath: instancePath + "/requirements/" + i30 + "/components", schemaPath: "#/properties/requirements/items/properties/components/uniqueItems", keyword: "uniqueItems", params: { i: i34, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i34 + " are identical)", schema: true, parentSchema: schema11.properties.requirements.items.properties.components, data: data154 };
                      if (vErrors === null) {
                        vErrors = [err320];
                      } else {
                        vErrors.push(err320);
                      }
                      errors++;
                      break;
                    }
                    indices11[item11] = i34;
                  }
                }
              } else {
                const err321 = { instancePath: instancePath + "/requirements/" + i30 + "/components", schemaPath: "#/properties/requirements/items/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.requirements.items.properties.components.type, parentSchema: schema11.properties.requirements.items.properties.components, data: data154 };
                if (vErrors === null) {
                  vErrors = [err321];
                } else {
                  vErrors.push(err321);
                }
                errors++;
              }
            }
            if (data148.status !== void 0) {
              let data156 = data148.status;
              if (typeof data156 !== "string") {
                const err322 = { instancePath: instancePath + "/requirements/" + i30 + "/status", schemaPath: "#/properties/requirements/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.requirements.items.properties.status.type, parentSchema: schema11.properties.requirements.items.properties.status, data: data156 };
                if (vErrors === null) {
                  vErrors = [err322];
                } else {
                  vErrors.push(err322);
                }
                errors++;
              }
              if (!(data156 === "met" || data156 === "partial" || data156 === "not-met" || data156 === "planned" || data156 === "not-applicable")) {
                const err323 = { instancePath: instancePath + "/requirements/" + i30 + "/status", schemaPath: "#/properties/requirements/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema11.properties.requirements.items.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.requirements.items.properties.status.enum, parentSchema: schema11.properties.requirements.items.properties.status, data: data156 };
                if (vErrors === null) {
                  vErrors = [err323];
                } else {
                  vErrors.push(err323);
                }
                errors++;
              }
            }
            if (data148.threats !== void 0) {
              let data157 = data148.threats;
              if (Array.isArray(data157)) {
                const len23 = data157.length;
                for (let i35 = 0; i35 < len23; i35++) {
                  let data158 = data157[i35];
                  if (typeof data158 === "string") {
                    if (!pattern0.test(data158)) {
                      const err324 = { instancePath: instancePath + "/requirements/" + i30 + "/threats/" + i35, schemaPath: "#/properties/requirements/items/properties/threats/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.requirements.items.properties.threats.items, data: data158 };
                      if (vErrors === null) {
                        vErrors = [err324];
                      } else {
                        vErrors.push(err324);
                      }
                      errors++;
                    }
                  } else {
                    const err325 = { instancePath: instancePath + "/requirements/" + i30 + "/threats/" + i35, schemaPath: "#/properties/requirements/items/properties/threats/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.requirements.items.properties.threats.items.type, parentSchema: schema11.properties.requirements.items.properties.threats.items, data: data158 };
                    if (vErrors === null) {
                      vErrors = [err325];
                    } else {
                      vErrors.push(err325);
                    }
                    errors++;
                  }
                }
                let i36 = data157.length;
                let j12;
                if (i36 > 1) {
                  const indices12 = {};
                  for (; i36--; ) {
                    let item12 = data157[i36];
                    if (typeof item12 !== "string") {
                      continue;
                    }
                    if (typeof indices12[item12] == "number") {
                      j12 = indices12[item12];
                      const err326 = { instancePath: instancePath + "/requirements/" + i30 + "/threats", schemaPath: "#/properties/requirements/items/properties/threats/uniqueItems", keyword: "uniqueItems", params: { i: i36, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i36 + " are identical)", schema: true, parentSchema: schema11.properties.requirements.items.properties.threats, data: data157 };
                      if (vErrors === null) {
                        vErrors = [err326];
                      } else {
                        vErrors.push(err326);
                      }
                      errors++;
                      break;
                    }
                    indices12[item12] = i36;
                  }
                }
              } else {
                const err327 = { instancePath: instancePath + "/requirements/" + i30 + "/threats", schemaPath: "#/properties/requirements/items/properties/threats/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.requirements.items.properties.threats.type, parentSchema: schema11.properties.requirements.items.properties.threats, data: data157 };
                if (vErrors === null) {
                  vErrors = [err327];
                } else {
                  vErrors.push(err327);
                }
                errors++;
              }
            }
            if (data148.mitigations !== void 0) {
              let data159 = data148.mitigations;
              if (Array.isArray(data159)) {
                const len24 = data159.length;
                for (let i37 = 0; i37 < len24; i37++) {
                  let data160 = data159[i37];
                  if (typeof data160 === "string") {
                    if (!pattern0.test(data160)) {
                      const err328 = { instancePath: instancePath + "/requirements/" + i30 + "/mitigations/" + i37, schemaPath: "#/properties/requirements/items/properties/mitigations/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.requirements.items.properties.mitigations.items, data: data160 };
                      if (vErrors === null) {
                        vErrors = [err328];
                      } else {
                        vErrors.push(err328);
                      }
                      errors++;
                    }
                  } else {
                    const err329 = { instancePath: instancePath + "/requirements/" + i30 + "/mitigations/" + i37, schemaPath: "#/properties/requirements/items/properties/mitigations/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.requirements.items.properties.mitigations.items.type, parentSchema: schema11.properties.requirements.items.properties.mitigations.items, data: data160 };
                    if (vErrors === null) {
                      vErrors = [err329];
                    } else {
                      vErrors.push(err329);
                    }
                    errors++;
                  }
                }
                let i38 = data159.length;
                let j13;
                if (i38 > 1) {
                  const indices13 = {};
                  for (; i38--; ) {
                    let item13 = data159[i38];
                    if (typeof item13 !== "string") {
                      continue;
                    }
                    if (typeof indices13[item13] == "number") {
                      j13 = indices13[item13];
                      const err330 = { instancePath: instancePath + "/requirements/" + i30 + "/mitigations", schemaPath: "#/properties/requirements/items/properties/mitigations/uniqueItems", keyword: "uniqueItems", params: { i: i38, j: j13 }, message: "must NOT have duplicate items (items ## " + j13 + " and " + i38 + " are identical)", schema: true, parentSchema: schema11.properties.requirements.items.properties.mitigations, data: data159 };
                      if (vErrors === null) {
                        vErrors = [err330];
                      } else {
                        vErrors.push(err330);
                      }
                      errors++;
                      break;
                    }
                    indices13[item13] = i38;
                  }
                }
              } else {
                const err331 = { instancePath: instancePath + "/requirements/" + i30 + "/mitigations", schemaPath: "#/properties/requirements/items/properties/mitigations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.requirements.items.properties.mitigations.type, parentSchema: schema11.properties.requirements.items.properties.mitigations, data: data159 };
                if (vErrors === null) {
                  vErrors = [err331];
                } else {
                  vErrors.push(err331);
                }
                errors++;
              }
            }
            if (data148.code !== void 0) {
              let data161 = data148.code;
              if (Array.isArray(data161)) {
                const len25 = data161.length;
                for (let i39 = 0; i39 < len25; i39++) {
                  let data162 = data161[i39];
                  if (typeof data162 === "string") {
                    if (func3(data162) < 1) {
                      const err332 = { instancePath: instancePath + "/requirements/" + i30 + "/code/" + i39, schemaPath: "#/properties/requirements/items/properties/code/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.requirements.items.properties.code.items, data: data162 };
                      if (vErrors === null) {
                        vErrors = [err332];
                      } else {
                        vErrors.push(err332);
                      }
                      errors++;
                    }
                  } else {
                    const err333 = { instancePath: instancePath + "/requirements/" + i30 + "/code/" + i39, schemaPath: "#/properties/requirements/items/properties/code/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.requirements.items.properties.code.items.type, parentSchema: schema11.properties.requirements.items.properties.code.items, data: data162 };
                    if (vErrors === null) {
                      vErrors = [err333];
                    } else {
                      vErrors.push(err333);
                    }
                    errors++;
                  }
                }
              } else {
                const err334 = { instancePath: instancePath + "/requirements/" + i30 + "/code", schemaPath: "#/properties/requirements/items/properties/code/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.requirements.items.properties.code.type, parentSchema: schema11.properties.requirements.items.properties.code, data: data161 };
                if (vErrors === null) {
                  vErrors = [err334];
                } else {
                  vErrors.push(err334);
                }
                errors++;
              }
            }
            if (data148.tests !== void 0) {
              let data163 = data148.tests;
              if (Array.isArray(data163)) {
                const len26 = data163.length;
                for (let i40 = 0; i40 < len26; i40++) {
                  let data164 = data163[i40];
                  if (typeof data164 === "string") {
                    if (func3(data164) < 1) {
                      const err335 = { instancePath: instancePath + "/requirements/" + i30 + "/tests/" + i40, schemaPath: "#/properties/requirements/items/properties/tests/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.requirements.items.properties.tests.items, data: data164 };
                      if (vErrors === null) {
                        vErrors = [err335];
                      } else {
                        vErrors.push(err335);
                      }
                      errors++;
                    }
                  } else {
                    const err336 = { instancePath: instancePath + "/requirements/" + i30 + "/tests/" + i40, schemaPath: "#/properties/requirements/items/properties/tests/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.requirements.items.properties.tests.items.type, parentSchema: schema11.properties.requirements.items.properties.tests.items, data: data164 };
                    if (vErrors === null) {
                      vErrors = [err336];
                    } else {
                      vErrors.push(err336);
                    }
                    errors++;
                  }
                }
                let i41 = data163.length;
                let j14;
                if (i41 > 1) {
                  const indices14 = {};
                  for (; i41--; ) {
                    let item14 = data163[i41];
                    if (typeof item14 !== "string") {
                      continue;
                    }
                    if (typeof indices14[item14] == "number") {
                      j14 = indices14[item14];
                      const err337 = { instancePath: instancePath + "/requirements/" + i30 + "/tests", schemaPath: "#/properties/requirements/items/properties/tests/uniqueItems", keyword: "uniqueItems", params: { i: i41, j: j14 }, message: "must NOT have duplicate items (items ## " + j14 + " and " + i41 + " are identical)", schema: true, parentSchema: schema11.properties.requirements.items.properties.tests, data: data163 };
                      if (vErrors === null) {
                        vErrors = [err337];
                      } else {
                        vErrors.push(err337);
                      }
                      errors++;
                      break;
                    }
                    indices14[item14] = i41;
                  }
                }
              } else {
                const err338 = { instancePath: instancePath + "/requirements/" + i30 + "/tests", schemaPath: "#/properties/requirements/items/properties/tests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.requirements.items.properties.tests.type, parentSchema: schema11.properties.requirements.items.properties.tests, data: data163 };
                if (vErrors === null) {
                  vErrors = [err338];
                } else {
                  vErrors.push(err338);
                }
                errors++;
              }
            }
            if (data148.verification !== void 0) {
              let data165 = data148.verification;
              if (typeof data165 !== "string") {
                const err339 = { instancePath: instancePath + "/requirements/" + i30 + "/verification", schemaPath: "#/properties/requirements/items/properties/verification/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.requirements.items.properties.verification.type, parentSchema: schema11.properties.requirements.items.properties.verification, data: data165 };
                if (vErrors === null) {
                  vErrors = [err339];
                } else {
                  vErrors.push(err339);
                }
                errors++;
              }
              if (!(data165 === "test" || data165 === "inspection" || data165 === "analysis")) {
                const err340 = { instancePath: instancePath + "/requirements/" + i30 + "/verification", schemaPath: "#/properties/requirements/items/properties/verification/enum", keyword: "enum", params: { allowedValues: schema11.properties.requirements.items.properties.verification.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.requirements.items.properties.verification.enum, parentSchema: schema11.properties.requirements.items.properties.verification, data: data165 };
                if (vErrors === null) {
                  vErrors = [err340];
                } else {
                  vErrors.push(err340);
                }
                errors++;
              }
            }
            if (data148.rationale !== void 0) {
              let data166 = data148.rationale;
              if (typeof data166 !== "string") {
                const err341 = { instancePath: instancePath + "/requirements/" + i30 + "/rationale", schemaPath: "#/properties/requirements/items/properties/rationale/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.requirements.items.properties.rationale.type, parentSchema: schema11.properties.requirements.items.properties.rationale, data: data166 };
                if (vErrors === null) {
                  vErrors = [err341];
                } else {
                  vErrors.push(err341);
                }
                errors++;
              }
            }
          } else {
            const err342 = { instancePath: instancePath + "/requirements/" + i30, schemaPath: "#/properties/requirements/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.requirements.items.type, parentSchema: schema11.properties.requirements.items, data: data148 };
            if (vErrors === null) {
              vErrors = [err342];
            } else {
              vErrors.push(err342);
            }
            errors++;
          }
        }
      } else {
        const err343 = { instancePath: instancePath + "/requirements", schemaPath: "#/properties/requirements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.requirements.type, parentSchema: schema11.properties.requirements, data: data147 };
        if (vErrors === null) {
          vErrors = [err343];
        } else {
          vErrors.push(err343);
        }
        errors++;
      }
    }
    if (data.countermeasures !== void 0) {
      let data167 = data.countermeasures;
      if (Array.isArray(data167)) {
        const len27 = data167.length;
        for (let i42 = 0; i42 < len27; i42++) {
          let data168 = data167[i42];
          if (data168 && typeof data168 == "object" && !Array.isArray(data168)) {
            if (data168.id === void 0) {
              const err344 = { instancePath: instancePath + "/countermeasures/" + i42, schemaPath: "#/properties/countermeasures/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.countermeasures.items.required, parentSchema: schema11.properties.countermeasures.items, data: data168 };
              if (vErrors === null) {
                vErrors = [err344];
              } else {
                vErrors.push(err344);
              }
              errors++;
            }
            if (data168.component === void 0) {
              const err345 = { instancePath: instancePath + "/countermeasures/" + i42, schemaPath: "#/properties/countermeasures/items/required", keyword: "required", params: { missingProperty: "component" }, message: "must have required property 'component'", schema: schema11.properties.countermeasures.items.required, parentSchema: schema11.properties.countermeasures.items, data: data168 };
              if (vErrors === null) {
                vErrors = [err345];
              } else {
                vErrors.push(err345);
              }
              errors++;
            }
            if (data168.frs === void 0) {
              const err346 = { instancePath: instancePath + "/countermeasures/" + i42, schemaPath: "#/properties/countermeasures/items/required", keyword: "required", params: { missingProperty: "frs" }, message: "must have required property 'frs'", schema: schema11.properties.countermeasures.items.required, parentSchema: schema11.properties.countermeasures.items, data: data168 };
              if (vErrors === null) {
                vErrors = [err346];
              } else {
                vErrors.push(err346);
              }
              errors++;
            }
            if (data168.description === void 0) {
              const err347 = { instancePath: instancePath + "/countermeasures/" + i42, schemaPath: "#/properties/countermeasures/items/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema11.properties.countermeasures.items.required, parentSchema: schema11.properties.countermeasures.items, data: data168 };
              if (vErrors === null) {
                vErrors = [err347];
              } else {
                vErrors.push(err347);
              }
              errors++;
            }
            if (data168.documentedIn === void 0) {
              const err348 = { instancePath: instancePath + "/countermeasures/" + i42, schemaPath: "#/properties/countermeasures/items/required", keyword: "required", params: { missingProperty: "documentedIn" }, message: "must have required property 'documentedIn'", schema: schema11.properties.countermeasures.items.required, parentSchema: schema11.properties.countermeasures.items, data: data168 };
              if (vErrors === null) {
                vErrors = [err348];
              } else {
                vErrors.push(err348);
              }
              errors++;
            }
            for (const key17 in data168) {
              if (!(key17 === "id" || key17 === "component" || key17 === "frs" || key17 === "description" || key17 === "documentedIn")) {
                const err349 = { instancePath: instancePath + "/countermeasures/" + i42, schemaPath: "#/properties/countermeasures/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.countermeasures.items, data: data168 };
                if (vErrors === null) {
                  vErrors = [err349];
                } else {
                  vErrors.push(err349);
                }
                errors++;
              }
            }
            if (data168.id !== void 0) {
              let data169 = data168.id;
              if (typeof data169 === "string") {
                if (!pattern0.test(data169)) {
                  const err350 = { instancePath: instancePath + "/countermeasures/" + i42 + "/id", schemaPath: "#/properties/countermeasures/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.countermeasures.items.properties.id, data: data169 };
                  if (vErrors === null) {
                    vErrors = [err350];
                  } else {
                    vErrors.push(err350);
                  }
                  errors++;
                }
              } else {
                const err351 = { instancePath: instancePath + "/countermeasures/" + i42 + "/id", schemaPath: "#/properties/countermeasures/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.countermeasures.items.properties.id.type, parentSchema: schema11.properties.countermeasures.items.properties.id, data: data169 };
                if (vErrors === null) {
                  vErrors = [err351];
                } else {
                  vErrors.push(err351);
                }
                errors++;
              }
            }
            if (data168.component !== void 0) {
              let data170 = data168.component;
              if (typeof data170 === "string") {
                if (!pattern0.test(data170)) {
                  const err352 = { instancePath: instancePath + "/countermeasures/" + i42 + "/component", schemaPath: "#/properties/countermeasures/items/properties/component/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.countermeasures.items.properties.component, data: data170 };
                  if (vErrors === null) {
                    vErrors = [err352];
                  } else {
                    vErrors.push(err352);
                  }
                  errors++;
                }
              } else {
                const err353 = { instancePath: instancePath + "/countermeasures/" + i42 + "/component", schemaPath: "#/properties/countermeasures/items/properties/component/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.countermeasures.items.properties.component.type, parentSchema: schema11.properties.countermeasures.items.properties.component, data: data170 };
                if (vErrors === null) {
                  vErrors = [err353];
                } else {
                  vErrors.push(err353);
                }
                errors++;
              }
            }
            if (data168.frs !== void 0) {
              let data171 = data168.frs;
              if (Array.isArray(data171)) {
                if (data171.length < 1) {
                  const err354 = { instancePath: instancePath + "/countermeasures/" + i42 + "/frs", schemaPath: "#/properties/countermeasures/items/properties/frs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.countermeasures.items.properties.frs, data: data171 };
                  if (vErrors === null) {
                    vErrors = [err354];
                  } else {
                    vErrors.push(err354);
                  }
                  errors++;
                }
                const len28 = data171.length;
                for (let i43 = 0; i43 < len28; i43++) {
                  let data172 = data171[i43];
                  if (typeof data172 !== "string") {
                    const err355 = { instancePath: instancePath + "/countermeasures/" + i42 + "/frs/" + i43, schemaPath: "#/properties/countermeasures/items/properties/frs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.countermeasures.items.properties.frs.items.type, parentSchema: schema11.properties.countermeasures.items.properties.frs.items, data: data172 };
                    if (vErrors === null) {
                      vErrors = [err355];
                    } else {
                      vErrors.push(err355);
                    }
                    errors++;
                  }
                  if (!(data172 === "FR1" || data172 === "FR2" || data172 === "FR3" || data172 === "FR4" || data172 === "FR5" || data172 === "FR6" || data172 === "FR7")) {
                    const err356 = { instancePath: instancePath + "/countermeasures/" + i42 + "/frs/" + i43, schemaPath: "#/properties/countermeasures/items/properties/frs/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.countermeasures.items.properties.frs.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.countermeasures.items.properties.frs.items.enum, parentSchema: schema11.properties.countermeasures.items.properties.frs.items, data: data172 };
                    if (vErrors === null) {
                      vErrors = [err356];
                    } else {
                      vErrors.push(err356);
                    }
                    errors++;
                  }
                }
                let i44 = data171.length;
                let j15;
                if (i44 > 1) {
                  const indices15 = {};
                  for (; i44--; ) {
                    let item15 = data171[i44];
                    if (typeof item15 !== "string") {
                      continue;
                    }
                    if (typeof indices15[item15] == "number") {
                      j15 = indices15[item15];
                      const err357 = { instancePath: instancePath + "/countermeasures/" + i42 + "/frs", schemaPath: "#/properties/countermeasures/items/properties/frs/uniqueItems", keyword: "uniqueItems", params: { i: i44, j: j15 }, message: "must NOT have duplicate items (items ## " + j15 + " and " + i44 + " are identical)", schema: true, parentSchema: schema11.properties.countermeasures.items.properties.frs, data: data171 };
                      if (vErrors === null) {
                        vErrors = [err357];
                      } else {
                        vErrors.push(err357);
                      }
                      errors++;
                      break;
                    }
                    indices15[item15] = i44;
                  }
                }
              } else {
                const err358 = { instancePath: instancePath + "/countermeasures/" + i42 + "/frs", schemaPath: "#/properties/countermeasures/items/properties/frs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.countermeasures.items.properties.frs.type, parentSchema: schema11.properties.countermeasures.items.properties.frs, data: data171 };
                if (vErrors === null) {
                  vErrors = [err358];
                } else {
                  vErrors.push(err358);
                }
                errors++;
              }
            }
            if (data168.description !== void 0) {
              let data173 = data168.description;
              if (typeof data173 === "string") {
                if (func3(data173) < 1) {
                  const err359 = { instancePath: instancePath + "/countermeasures/" + i42 + "/description", schemaPath: "#/properties/countermeasures/items/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.countermeasures.items.properties.description, data: data173 };
                  if (vErrors === null) {
                    vErrors = [err359];
                  } else {
                    vErrors.push(err359);
                  }
                  errors++;
                }
              } else {
                const err360 = { instancePath: instancePath + "/countermeasures/" + i42 + "/description", schemaPath: "#/properties/countermeasures/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.countermeasures.items.properties.description.type, parentSchema: schema11.properties.countermeasures.items.properties.description, data: data173 };
                if (vErrors === null) {
                  vErrors = [err360];
                } else {
                  vErrors.push(err360);
                }
                errors++;
              }
            }
            if (data168.documentedIn !== void 0) {
              let data174 = data168.documentedIn;
              if (typeof data174 === "string") {
                if (func3(data174) < 1) {
                  const err361 = { instancePath: instancePath + "/countermeasures/" + i42 + "/documentedIn", schemaPath: "#/properties/countermeasures/items/properties/documentedIn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.countermeasures.items.properties.documentedIn, data: data174 };
                  if (vErrors === null) {
                    vErrors = [err361];
                  } else {
                    vErrors.push(err361);
                  }
                  errors++;
                }
              } else {
                const err362 = { instancePath: instancePath + "/countermeasures/" + i42 + "/documentedIn", schemaPath: "#/properties/countermeasures/items/properties/documentedIn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.countermeasures.items.properties.documentedIn.type, parentSchema: schema11.properties.countermeasures.items.properties.documentedIn, data: data174 };
                if (vErrors === null) {
                  vErrors = [err362];
                } else {
                  vErrors.push(err362);
                }
                errors++;
              }
            }
          } else {
            const err363 = { instancePath: instancePath + "/countermeasures/" + i42, schemaPath: "#/properties/countermeasures/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.countermeasures.items.type, parentSchema: schema11.properties.countermeasures.items, data: data168 };
            if (vErrors === null) {
              vErrors = [err363];
            } else {
              vErrors.push(err363);
            }
            errors++;
          }
        }
      } else {
        const err364 = { instancePath: instancePath + "/countermeasures", schemaPath: "#/properties/countermeasures/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.countermeasures.type, parentSchema: schema11.properties.countermeasures, data: data167 };
        if (vErrors === null) {
          vErrors = [err364];
        } else {
          vErrors.push(err364);
        }
        errors++;
      }
    }
    if (data.dismissed !== void 0) {
      let data175 = data.dismissed;
      if (Array.isArray(data175)) {
        const len29 = data175.length;
        for (let i45 = 0; i45 < len29; i45++) {
          let data176 = data175[i45];
          if (data176 && typeof data176 == "object" && !Array.isArray(data176)) {
            if (data176.suggestion === void 0) {
              const err365 = { instancePath: instancePath + "/dismissed/" + i45, schemaPath: "#/properties/dismissed/items/required", keyword: "required", params: { missingProperty: "suggestion" }, message: "must have required property 'suggestion'", schema: schema11.properties.dismissed.items.required, parentSchema: schema11.properties.dismissed.items, data: data176 };
              if (vErrors === null) {
                vErrors = [err365];
              } else {
                vErrors.push(err365);
              }
              errors++;
            }
            if (data176.reason === void 0) {
              const err366 = { instancePath: instancePath + "/dismissed/" + i45, schemaPath: "#/properties/dismissed/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema11.properties.dismissed.items.required, parentSchema: schema11.properties.dismissed.items, data: data176 };
              if (vErrors === null) {
                vErrors = [err366];
              } else {
                vErrors.push(err366);
              }
              errors++;
            }
            for (const key18 in data176) {
              if (!(key18 === "suggestion" || key18 === "reason")) {
                const err367 = { instancePath: instancePath + "/dismissed/" + i45, schemaPath: "#/properties/dismissed/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.dismissed.items, data: data176 };
                if (vErrors === null) {
                  vErrors = [err367];
                } else {
                  vErrors.push(err367);
                }
                errors++;
              }
            }
            if (data176.suggestion !== void 0) {
              let data177 = data176.suggestion;
              if (typeof data177 === "string") {
                if (!pattern19.test(data177)) {
                  const err368 = { instancePath: instancePath + "/dismissed/" + i45 + "/suggestion", schemaPath: "#/properties/dismissed/items/properties/suggestion/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+@[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9-]+@[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[a-z0-9-]+@[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.dismissed.items.properties.suggestion, data: data177 };
                  if (vErrors === null) {
                    vErrors = [err368];
                  } else {
                    vErrors.push(err368);
                  }
                  errors++;
                }
              } else {
                const err369 = { instancePath: instancePath + "/dismissed/" + i45 + "/suggestion", schemaPath: "#/properties/dismissed/items/properties/suggestion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dismissed.items.properties.suggestion.type, parentSchema: schema11.properties.dismissed.items.properties.suggestion, data: data177 };
                if (vErrors === null) {
                  vErrors = [err369];
                } else {
                  vErrors.push(err369);
                }
                errors++;
              }
            }
            if (data176.reason !== void 0) {
              let data178 = data176.reason;
              if (typeof data178 === "string") {
                if (func3(data178) < 1) {
                  const err370 = { instancePath: instancePath + "/dismissed/" + i45 + "/reason", schemaPath: "#/properties/dismissed/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.dismissed.items.properties.reason, data: data178 };
                  if (vErrors === null) {
                    vErrors = [err370];
                  } else {
                    vErrors.push(err370);
                  }
                  errors++;
                }
              } else {
                const err371 = { instancePath: instancePath + "/dismissed/" + i45 + "/reason", schemaPath: "#/properties/dismissed/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dismissed.items.properties.reason.type, parentSchema: schema11.properties.dismissed.items.properties.reason, data: data178 };
                if (vErrors === null) {
                  vErrors = [err371];
                } else {
                  vErrors.push(err371);
                }
                errors++;
              }
            }
          } else {
            const err372 = { instancePath: instancePath + "/dismissed/" + i45, schemaPath: "#/properties/dismissed/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.dismissed.items.type, parentSchema: schema11.properties.dismissed.items, data: data176 };
            if (vErrors === null) {
              vErrors = [err372];
            } else {
              vErrors.push(err372);
            }
            errors++;
          }
        }
      } else {
        const err373 = { instancePath: instancePath + "/dismissed", schemaPath: "#/properties/dismissed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.dismissed.type, parentSchema: schema11.properties.dismissed, data: data175 };
        if (vErrors === null) {
          vErrors = [err373];
        } else {
          vErrors.push(err373);
        }
        errors++;
      }
    }
    if (data.reviews !== void 0) {
      let data179 = data.reviews;
      if (Array.isArray(data179)) {
        const len30 = data179.length;
        for (let i46 = 0; i46 < len30; i46++) {
          let data180 = data179[i46];
          if (data180 && typeof data180 == "object" && !Array.isArray(data180)) {
            if (data180.kind === void 0) {
              const err374 = { instancePath: instancePath + "/reviews/" + i46, schemaPath: "#/properties/reviews/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema11.properties.reviews.items.required, parentSchema: schema11.properties.reviews.items, data: data180 };
              if (vErrors === null) {
                vErrors = [err374];
              } else {
                vErrors.push(err374);
              }
              errors++;
            }
            if (data180.date === void 0) {
              const err375 = { instancePath: instancePath + "/reviews/" + i46, schemaPath: "#/properties/reviews/items/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema11.properties.reviews.items.required, parentSchema: schema11.properties.reviews.items, data: data180 };
              if (vErrors === null) {
                vErrors = [err375];
              } else {
                vErrors.push(err375);
              }
              errors++;
            }
            if (data180.commit === void 0) {
              const err376 = { instancePath: instancePath + "/reviews/" + i46, schemaPath: "#/properties/reviews/items/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'", schema: schema11.properties.reviews.items.required, parentSchema: schema11.properties.reviews.items, data: data180 };
              if (vErrors === null) {
                vErrors = [err376];
              } else {
                vErrors.push(err376);
              }
              errors++;
            }
            if (data180.reviewers === void 0) {
              const err377 = { instancePath: instancePath + "/reviews/" + i46, schemaPath: "#/properties/reviews/items/required", keyword: "required", params: { missingProperty: "reviewers" }, message: "must have required property 'reviewers'", schema: schema11.properties.reviews.items.required, parentSchema: schema11.properties.reviews.items, data: data180 };
              if (vErrors === null) {
                vErrors = [err377];
              } else {
                vErrors.push(err377);
              }
              errors++;
            }
            if (data180.outcome === void 0) {
              const err378 = { instancePath: instancePath + "/reviews/" + i46, schemaPath: "#/properties/reviews/items/required", keyword: "required", params: { missingProperty: "outcome" }, message: "must have required property 'outcome'", schema: schema11.properties.reviews.items.required, parentSchema: schema11.properties.reviews.items, data: data180 };
              if (vErrors === null) {
                vErrors = [err378];
              } else {
                vErrors.push(err378);
              }
              errors++;
            }
            for (const key19 in data180) {
              if (!(key19 === "kind" || key19 === "date" || key19 === "commit" || key19 === "reviewers" || key19 === "outcome" || key19 === "findings")) {
                const err379 = { instancePath: instancePath + "/reviews/" + i46, schemaPath: "#/properties/reviews/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.reviews.items, data: data180 };
                if (vErrors === null) {
                  vErrors = [err379];
                } else {
                  vErrors.push(err379);
                }
                errors++;
              }
            }
            if (data180.kind !== void 0) {
              let data181 = data180.kind;
              if (typeof data181 !== "string") {
                const err380 = { instancePath: instancePath + "/reviews/" + i46 + "/kind", schemaPath: "#/properties/reviews/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.reviews.items.properties.kind.type, parentSchema: schema11.properties.reviews.items.properties.kind, data: data181 };
                if (vErrors === null) {
                  vErrors = [err380];
                } else {
                  vErrors.push(err380);
                }
                errors++;
              }
              if (!(data181 === "threat-model" || data181 === "security-requirements" || data181 === "design")) {
                const err381 = { instancePath: instancePath + "/reviews/" + i46 + "/kind", schemaPath: "#/properties/reviews/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.reviews.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.reviews.items.properties.kind.enum, parentSchema: schema11.properties.reviews.items.properties.kind, data: data181 };
                if (vErrors === null) {
                  vErrors = [err381];
                } else {
                  vErrors.push(err381);
                }
                errors++;
              }
            }
            if (data180.date !== void 0) {
              let data182 = data180.date;
              if (typeof data182 === "string") {
                if (!formats0.validate(data182)) {
                  const err382 = { instancePath: instancePath + "/reviews/" + i46 + "/date", schemaPath: "#/properties/reviews/items/properties/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema11.properties.reviews.items.properties.date, data: data182 };
                  if (vErrors === null) {
                    vErrors = [err382];
                  } else {
                    vErrors.push(err382);
                  }
                  errors++;
                }
              } else {
                const err383 = { instancePath: instancePath + "/reviews/" + i46 + "/date", schemaPath: "#/properties/reviews/items/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.reviews.items.properties.date.type, parentSchema: schema11.properties.reviews.items.properties.date, data: data182 };
                if (vErrors === null) {
                  vErrors = [err383];
                } else {
                  vErrors.push(err383);
                }
                errors++;
              }
            }
            if (data180.commit !== void 0) {
              let data183 = data180.commit;
              if (typeof data183 === "string") {
                if (!pattern30.test(data183)) {
                  const err384 = { instancePath: instancePath + "/reviews/" + i46 + "/commit", schemaPath: "#/properties/reviews/items/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{7,40}$" }, message: 'must match pattern "^[0-9a-f]{7,40}$"', schema: "^[0-9a-f]{7,40}$", parentSchema: schema11.properties.reviews.items.properties.commit, data: data183 };
                  if (vErrors === null) {
                    vErrors = [err384];
                  } else {
                    vErrors.push(err384);
                  }
                  errors++;
                }
              } else {
                const err385 = { instancePath: instancePath + "/reviews/" + i46 + "/commit", schemaPath: "#/properties/reviews/items/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.reviews.items.properties.commit.type, parentSchema: schema11.properties.reviews.items.properties.commit, data: data183 };
                if (vErrors === null) {
                  vErrors = [err385];
                } else {
                  vErrors.push(err385);
                }
                errors++;
              }
            }
            if (data180.reviewers !== void 0) {
              let data184 = data180.reviewers;
              if (Array.isArray(data184)) {
                if (data184.length < 1) {
                  const err386 = { instancePath: instancePath + "/reviews/" + i46 + "/reviewers", schemaPath: "#/properties/reviews/items/properties/reviewers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.reviews.items.properties.reviewers, data: data184 };
                  if (vErrors === null) {
                    vErrors = [err386];
                  } else {
                    vErrors.push(err386);
                  }
                  errors++;
                }
                const len31 = data184.length;
                for (let i47 = 0; i47 < len31; i47++) {
                  let data185 = data184[i47];
                  if (data185 && typeof data185 == "object" && !Array.isArray(data185)) {
                    if (data185.name === void 0) {
                      const err387 = { instancePath: instancePath + "/reviews/" + i46 + "/reviewers/" + i47, schemaPath: "#/properties/reviews/items/properties/reviewers/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.reviews.items.properties.reviewers.items.required, parentSchema: schema11.properties.reviews.items.properties.reviewers.items, data: data185 };
                      if (vErrors === null) {
                        vErrors = [err387];
                      } else {
                        vErrors.push(err387);
                      }
                      errors++;
                    }
                    if (data185.role === void 0) {
                      const err388 = { instancePath: instancePath + "/reviews/" + i46 + "/reviewers/" + i47, schemaPath: "#/properties/reviews/items/properties/reviewers/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema11.properties.reviews.items.properties.reviewers.items.required, parentSchema: schema11.properties.reviews.items.properties.reviewers.items, data: data185 };
                      if (vErrors === null) {
                        vErrors = [err388];
                      } else {
                        vErrors.push(err388);
                      }
                      errors++;
                    }
                    for (const key20 in data185) {
                      if (!(key20 === "name" || key20 === "role")) {
                        const err389 = { instancePath: instancePath + "/reviews/" + i46 + "/reviewers/" + i47, schemaPath: "#/properties/reviews/items/properties/reviewers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.reviews.items.properties.reviewers.items, data: data185 };
                        if (vErrors === null) {
                          vErrors = [err389];
                        } else {
                          vErrors.push(err389);
                        }
                        errors++;
                      }
                    }
                    if (data185.name !== void 0) {
                      let data186 = data185.name;
                      if (typeof data186 === "string") {
                        if (func3(data186) < 1) {
                          const err390 = { instancePath: instancePath + "/reviews/" + i46 + "/reviewers/" + i47 + "/name", schemaPath: "#/properties/reviews/items/properties/reviewers/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.reviews.items.properties.reviewers.items.properties.name, data: data186 };
                          if (vErrors === null) {
                            vErrors = [err390];
                          } else {
                            vErrors.push(err390);
                          }
                          errors++;
                        }
                      } else {
                        const err391 = { instancePath: instancePath + "/reviews/" + i46 + "/reviewers/" + i47 + "/name", schemaPath: "#/properties/reviews/items/properties/reviewers/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.reviews.items.properties.reviewers.items.properties.name.type, parentSchema: schema11.properties.reviews.items.properties.reviewers.items.properties.name, data: data186 };
                        if (vErrors === null) {
                          vErrors = [err391];
                        } else {
                          vErrors.push(err391);
                        }
                        errors++;
                      }
                    }
                    if (data185.role !== void 0) {
                      let data187 = data185.role;
                      if (typeof data187 === "string") {
                        if (func3(data187) < 1) {
                          const err392 = { instancePath: instancePath + "/reviews/" + i46 + "/reviewers/" + i47 + "/role", schemaPath: "#/properties/reviews/items/properties/reviewers/items/properties/role/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.reviews.items.properties.reviewers.items.properties.role, data: data187 };
                          if (vErrors === null) {
                            vErrors = [err392];
                          } else {
                            vErrors.push(err392);
                          }
                          errors++;
                        }
                      } else {
                        const err393 = { instancePath: instancePath + "/reviews/" + i46 + "/reviewers/" + i47 + "/role", schemaPath: "#/properties/reviews/items/properties/reviewers/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.reviews.items.properties.reviewers.items.properties.role.type, parentSchema: schema11.properties.reviews.items.properties.reviewers.items.properties.role, data: data187 };
                        if (vErrors === null) {
                          vErrors = [err393];
                        } else {
                          vErrors.push(err393);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err394 = { instancePath: instancePath + "/reviews/" + i46 + "/reviewers/" + i47, schemaPath: "#/properties/reviews/items/properties/reviewers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.reviews.items.properties.reviewers.items.type, parentSchema: schema11.properties.reviews.items.properties.reviewers.items, data: data185 };
                    if (vErrors === null) {
                      vErrors = [err394];
                    } else {
                      vErrors.push(err394);
                    }
                    errors++;
                  }
                }
              } else {
                const err395 = { instancePath: instancePath + "/reviews/" + i46 + "/reviewers", schemaPath: "#/properties/reviews/items/properties/reviewers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.reviews.items.properties.reviewers.type, parentSchema: schema11.properties.reviews.items.properties.reviewers, data: data184 };
                if (vErrors === null) {
                  vErrors = [err395];
                } else {
                  vErrors.push(err395);
                }
                errors++;
              }
            }
            if (data180.outcome !== void 0) {
              let data188 = data180.outcome;
              if (typeof data188 !== "string") {
                const err396 = { instancePath: instancePath + "/reviews/" + i46 + "/outcome", schemaPath: "#/properties/reviews/items/properties/outcome/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.reviews.items.properties.outcome.type, parentSchema: schema11.properties.reviews.items.properties.outcome, data: data188 };
                if (vErrors === null) {
                  vErrors = [err396];
                } else {
                  vErrors.push(err396);
                }
                errors++;
              }
              if (!(data188 === "approved" || data188 === "approved-with-findings" || data188 === "rejected")) {
                const err397 = { instancePath: instancePath + "/reviews/" + i46 + "/outcome", schemaPath: "#/properties/reviews/items/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema11.properties.reviews.items.properties.outcome.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.reviews.items.properties.outcome.enum, parentSchema: schema11.properties.reviews.items.properties.outcome, data: data188 };
                if (vErrors === null) {
                  vErrors = [err397];
                } else {
                  vErrors.push(err397);
                }
                errors++;
              }
            }
            if (data180.findings !== void 0) {
              let data189 = data180.findings;
              if (Array.isArray(data189)) {
                const len32 = data189.length;
                for (let i48 = 0; i48 < len32; i48++) {
                  let data190 = data189[i48];
                  if (data190 && typeof data190 == "object" && !Array.isArray(data190)) {
                    if (data190.id === void 0) {
                      const err398 = { instancePath: instancePath + "/reviews/" + i46 + "/findings/" + i48, schemaPath: "#/properties/reviews/items/properties/findings/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.reviews.items.properties.findings.items.required, parentSchema: schema11.properties.reviews.items.properties.findings.items, data: data190 };
                      if (vErrors === null) {
                        vErrors = [err398];
                      } else {
                        vErrors.push(err398);
                      }
                      errors++;
                    }
                    if (data190.text === void 0) {
                      const err399 = { instancePath: instancePath + "/reviews/" + i46 + "/findings/" + i48, schemaPath: "#/properties/reviews/items/properties/findings/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema11.properties.reviews.items.properties.findings.items.required, parentSchema: schema11.properties.reviews.items.properties.findings.items, data: data190 };
                      if (vErrors === null) {
                        vErrors = [err399];
                      } else {
                        vErrors.push(err399);
                      }
                      errors++;
                    }
                    if (data190.status === void 0) {
                      const err400 = { instancePath: instancePath + "/reviews/" + i46 + "/findings/" + i48, schemaPath: "#/properties/reviews/items/properties/findings/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema11.properties.reviews.items.properties.findings.items.required, parentSchema: schema11.properties.reviews.items.properties.findings.items, data: data190 };
                      if (vErrors === null) {
                        vErrors = [err400];
                      } else {
                        vErrors.push(err400);
                      }
                      errors++;
                    }
                    for (const key21 in data190) {
                      if (!(key21 === "id" || key21 === "text" || key21 === "status")) {
                        const err401 = { instancePath: instancePath + "/reviews/" + i46 + "/findings/" + i48, schemaPath: "#/properties/reviews/items/properties/findings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.reviews.items.properties.findings.items, data: data190 };
                        if (vErrors === null) {
                          vErrors = [err401];
                        } else {
                          vErrors.push(err401);
                        }
                        errors++;
                      }
                    }
                    if (data190.id !== void 0) {
                      let data191 = data190.id;
                      if (typeof data191 === "string") {
                        if (!pattern0.test(data191)) {
                          const err402 = { instancePath: instancePath + "/reviews/" + i46 + "/findings/" + i48 + "/id", schemaPath: "#/properties/reviews/items/properties/findings/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.reviews.items.properties.findings.items.properties.id, data: data191 };
                          if (vErrors === null) {
                            vErrors = [err402];
                          } else {
                            vErrors.push(err402);
                          }
                          errors++;
                        }
                      } else {
                        const err403 = { instancePath: instancePath + "/reviews/" + i46 + "/findings/" + i48 + "/id", schemaPath: "#/properties/reviews/items/properties/findings/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.reviews.items.properties.findings.items.properties.id.type, parentSchema: schema11.properties.reviews.items.properties.findings.items.properties.id, data: data191 };
                        if (vErrors === null) {
                          vErrors = [err403];
                        } else {
                          vErrors.push(err403);
                        }
                        errors++;
                      }
                    }
                    if (data190.text !== void 0) {
                      let data192 = data190.text;
                      if (typeof data192 === "string") {
                        if (func3(data192) < 1) {
                          const err404 = { instancePath: instancePath + "/reviews/" + i46 + "/findings/" + i48 + "/text", schemaPath: "#/properties/reviews/items/properties/findings/items/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.reviews.items.properties.findings.items.properties.text, data: data192 };
                          if (vErrors === null) {
                            vErrors = [err404];
                          } else {
                            vErrors.push(err404);
                          }
                          errors++;
                        }
                      } else {
                        const err405 = { instancePath: instancePath + "/reviews/" + i46 + "/findings/" + i48 + "/text", schemaPath: "#/properties/reviews/items/properties/findings/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.reviews.items.properties.findings.items.properties.text.type, parentSchema: schema11.properties.reviews.items.properties.findings.items.properties.text, data: data192 };
                        if (vErrors === null) {
                          vErrors = [err405];
                        } else {
                          vErrors.push(err405);
                        }
                        errors++;
                      }
                    }
                    if (data190.status !== void 0) {
                      let data193 = data190.status;
                      if (typeof data193 !== "string") {
                        const err406 = { instancePath: instancePath + "/reviews/" + i46 + "/findings/" + i48 + "/status", schemaPath: "#/properties/reviews/items/properties/findings/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.reviews.items.properties.findings.items.properties.status.type, parentSchema: schema11.properties.reviews.items.properties.findings.items.properties.status, data: data193 };
                        if (vErrors === null) {
                          vErrors = [err406];
                        } else {
                          vErrors.push(err406);
                        }
                        errors++;
                      }
                      if (!(data193 === "open" || data193 === "resolved" || data193 === "accepted")) {
                        const err407 = { instancePath: instancePath + "/reviews/" + i46 + "/findings/" + i48 + "/status", schemaPath: "#/properties/reviews/items/properties/findings/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema11.properties.reviews.items.properties.findings.items.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.reviews.items.properties.findings.items.properties.status.enum, parentSchema: schema11.properties.reviews.items.properties.findings.items.properties.status, data: data193 };
                        if (vErrors === null) {
                          vErrors = [err407];
                        } else {
                          vErrors.push(err407);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err408 = { instancePath: instancePath + "/reviews/" + i46 + "/findings/" + i48, schemaPath: "#/properties/reviews/items/properties/findings/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.reviews.items.properties.findings.items.type, parentSchema: schema11.properties.reviews.items.properties.findings.items, data: data190 };
                    if (vErrors === null) {
                      vErrors = [err408];
                    } else {
                      vErrors.push(err408);
                    }
                    errors++;
                  }
                }
              } else {
                const err409 = { instancePath: instancePath + "/reviews/" + i46 + "/findings", schemaPath: "#/properties/reviews/items/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.reviews.items.properties.findings.type, parentSchema: schema11.properties.reviews.items.properties.findings, data: data189 };
                if (vErrors === null) {
                  vErrors = [err409];
                } else {
                  vErrors.push(err409);
                }
                errors++;
              }
            }
          } else {
            const err410 = { instancePath: instancePath + "/reviews/" + i46, schemaPath: "#/properties/reviews/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.reviews.items.type, parentSchema: schema11.properties.reviews.items, data: data180 };
            if (vErrors === null) {
              vErrors = [err410];
            } else {
              vErrors.push(err410);
            }
            errors++;
          }
        }
      } else {
        const err411 = { instancePath: instancePath + "/reviews", schemaPath: "#/properties/reviews/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.reviews.type, parentSchema: schema11.properties.reviews, data: data179 };
        if (vErrors === null) {
          vErrors = [err411];
        } else {
          vErrors.push(err411);
        }
        errors++;
      }
    }
  } else {
    const err412 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err412];
    } else {
      vErrors.push(err412);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type22(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type22;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type22 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type22) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type22)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type22)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type22 = requireType();
  str = new Type22("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type22 = requireType();
  seq = new Type22("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type22 = requireType();
  map = new Type22("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type22 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type22("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type22 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type22("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type22 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type22("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type22 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type22("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type22 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type22("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type22 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type22("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type22 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type22("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type22 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type22("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type22 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type22("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type22 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type22("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type: Type2,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// packages/threat-model/src/source.ts
function parseModelText(text, file) {
  if (mayHoldAliases(text)) return parseWithAliases(text, file);
  let data;
  try {
    data = file.endsWith(".json") ? JSON.parse(text) : yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    parseYaml(text, file);
    throw new InputError(`invalid ${file.endsWith(".json") ? "JSON" : "YAML"}: ${firstLine(error)}`, {
      location: { file },
      fix: "correct the syntax",
      cause: error
    });
  }
  if (hasForbiddenKey(data)) return parseYaml(text, file);
  let careful;
  return {
    file,
    data,
    locate(path, options) {
      careful ??= parseYaml(text, file);
      return careful.locate(path, options);
    }
  };
}
function parseWithAliases(text, file) {
  try {
    return parseYaml(text, file);
  } catch (error) {
    if (!(error instanceof InputError) || error.location?.line !== void 0 || !/alias/.test(error.message))
      throw error;
    const offset = text.search(ALIAS);
    const before = text.slice(0, Math.max(offset, 0)).split("\n");
    throw new InputError(error.message, {
      location: { file, line: before.length, column: (before.at(-1)?.length ?? 0) + 2 },
      ...error.fix === void 0 ? {} : { fix: error.fix },
      cause: error
    });
  }
}
var ALIAS = /(?:^|[\s:,[{-])\*[^\s,\]}]/m;
var ANCHOR_OR_ALIAS = /(?:^|[\s:,[{-])[&*][^\s,\]}]/m;
function mayHoldAliases(text) {
  return ANCHOR_OR_ALIAS.test(text);
}
function hasForbiddenKey(value) {
  if (Array.isArray(value)) return value.some(hasForbiddenKey);
  if (value === null || typeof value !== "object") return false;
  if (Object.hasOwn(value, "__proto__")) return true;
  return Object.values(value).some(hasForbiddenKey);
}
function firstLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n", 1)[0] ?? message;
}

// packages/threat-model/src/load.ts
var checkSchema = createSchemaChecker(validate_threat_model_default);
function loadThreatModel(text, file) {
  const source = parseModelText(text, file);
  throwIfProblems(checkSchema(source), create, file);
  const model = source.data;
  const { problems, zoneOf, elements } = checkReferences(model);
  const located = problems.map(
    (problem) => ({
      message: problem.message,
      location: source.locate(problem.path, problem.key ? { key: true } : {}),
      fix: problem.fix
    })
  );
  throwIfProblems(located.sort(byPosition), create, file);
  return { model, source, elements, zoneOf };
}
function byPosition(a, b) {
  return (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0);
}
function create(message, options) {
  return new InputError(message, options);
}
function* identified(model) {
  const lists = [
    ["zones", "zone"],
    ["conduits", "conduit"],
    ["components", "component"],
    ["elements", "element"],
    ["flows", "flow"],
    ["dependencies", "dependency"],
    ["threats", "threat"],
    ["mitigations", "mitigation"],
    ["requirements", "requirement"],
    ["countermeasures", "countermeasure"]
  ];
  for (const [assumption, index] of (model.context.assumptions ?? []).map((a, i) => [a, i])) {
    yield [["context", "assumptions", index, "id"], assumption.id, "assumption"];
  }
  for (const [key, what] of lists) {
    const list2 = model[key] ?? [];
    for (const [index, item] of list2.entries()) yield [[key, index, "id"], item.id, what];
  }
}
function checkReferences(model) {
  const problems = [];
  const kinds = /* @__PURE__ */ new Map();
  const first = /* @__PURE__ */ new Map();
  for (const [path, id, what] of identified(model)) {
    const previous = first.get(id);
    if (previous) {
      problems.push({
        path,
        message: `id "${id}" is used twice (a ${kinds.get(id)} at ${describe(previous)} and this ${what})`,
        fix: "every id in the model must be unique: rename one (ids are stable, so rename the newer one)"
      });
    } else {
      first.set(id, path.slice(0, -1));
      kinds.set(id, what);
    }
  }
  const ofKind = (...wanted) => [...kinds].filter(([, kind]) => wanted.includes(kind)).map(([id]) => id);
  const reference = (path, id, wanted, label) => {
    if (wanted.includes(kinds.get(id) ?? "")) return;
    const known = ofKind(...wanted);
    const nearest = suggest(id, known);
    problems.push({
      path,
      message: `${label} "${id}" does not exist`,
      fix: nearest ? `did you mean "${nearest}"?` : `define it, or use one of ${preview(known)}`
    });
  };
  const references = (path, ids, wanted, label) => {
    for (const [index, id] of (ids ?? []).entries()) reference([...path, index], id, wanted, label);
  };
  for (const [index, conduit] of (model.conduits ?? []).entries()) {
    for (const [position, zone] of conduit.zones.entries()) {
      if (kinds.get(zone) !== "zone") {
        const nearest = suggest(zone, ofKind("zone"));
        problems.push({
          path: ["conduits", index, "zones", position],
          message: `conduit "${conduit.id}" joins the unknown zone "${zone}"`,
          fix: nearest ? `did you mean "${nearest}"?` : `add the zone to zones, or use one of ${preview(ofKind("zone"))}`
        });
      }
    }
  }
  for (const [index, component] of model.components.entries()) {
    reference(["components", index, "zone"], component.zone, ["zone"], "zone");
  }
  const components = new Map(model.components.map((component) => [component.id, component]));
  const zoneOf = /* @__PURE__ */ new Map();
  const elements = /* @__PURE__ */ new Map();
  for (const [index, element] of model.elements.entries()) {
    elements.set(element.id, element);
    checkElement(element, ["elements", index], problems);
    if (element.component !== void 0)
      reference(["elements", index, "component"], element.component, ["component"], "component");
    if (element.zone !== void 0) reference(["elements", index, "zone"], element.zone, ["zone"], "zone");
    const componentZone = components.get(element.component ?? "")?.zone;
    if (element.zone !== void 0 && componentZone !== void 0 && element.zone !== componentZone) {
      problems.push({
        path: ["elements", index, "zone"],
        message: `element "${element.id}" is in zone "${element.zone}", but its component "${element.component}" is in zone "${componentZone}"`,
        fix: "an element is where its component is: remove zone, or move the component"
      });
    }
    const zone = element.zone ?? componentZone;
    if (zone === void 0) {
      if (element.component === void 0) {
        problems.push({
          path: ["elements", index],
          message: `element "${element.id}" is in no zone`,
          fix: "give it a zone, or the component it belongs to"
        });
      }
    } else zoneOf.set(element.id, zone);
  }
  checkFlows(model, zoneOf, reference, problems);
  for (const [index, dependency] of (model.dependencies ?? []).entries()) {
    references(["dependencies", index, "elements"], dependency.elements, ["element"], "element");
  }
  checkThreats(model, kinds, references, problems);
  for (const [index, mitigation] of (model.mitigations ?? []).entries()) {
    references(
      ["mitigations", index, "requirements"],
      mitigation.requirements,
      ["requirement"],
      "requirement"
    );
  }
  checkRequirements(model, references, problems);
  for (const [index, measure] of (model.countermeasures ?? []).entries()) {
    reference(["countermeasures", index, "component"], measure.component, ["component"], "component");
  }
  for (const [index, dismissal] of (model.dismissed ?? []).entries()) {
    checkSuggestionKey(dismissal.suggestion, ["dismissed", index, "suggestion"], kinds, problems);
  }
  return { problems, zoneOf, elements };
}
function checkElement(element, at2, problems) {
  if (element.kind === "interface" && element.interface === void 0) {
    problems.push({
      path: at2,
      message: `interface "${element.id}" does not say what interface it is`,
      fix: "add interface: jtag, uart, usb, sd-card, maintenance-port, ethernet, …"
    });
  }
  if (element.kind !== "interface" && (element.interface !== void 0 || element.state !== void 0)) {
    problems.push({
      path: [...at2, element.interface !== void 0 ? "interface" : "state"],
      key: true,
      message: `only elements of kind interface have ${element.interface !== void 0 ? "interface" : "state"}`,
      fix: "set kind: interface, or remove the key"
    });
  }
}
function checkFlows(model, zoneOf, reference, problems) {
  const conduits = new Map((model.conduits ?? []).map((conduit) => [conduit.id, conduit]));
  for (const [index, flow] of (model.flows ?? []).entries()) {
    reference(["flows", index, "from"], flow.from, ["element"], "element");
    reference(["flows", index, "to"], flow.to, ["element"], "element");
    if (flow.from === flow.to) {
      problems.push({
        path: ["flows", index, "to"],
        message: `flow "${flow.id}" goes from "${flow.from}" to itself`,
        fix: "a data flow joins two different elements"
      });
    }
    if (flow.conduit === void 0) continue;
    const conduit = conduits.get(flow.conduit);
    if (!conduit) {
      reference(["flows", index, "conduit"], flow.conduit, ["conduit"], "conduit");
      continue;
    }
    const ends = [zoneOf.get(flow.from), zoneOf.get(flow.to)].filter((zone) => zone !== void 0);
    const outside = ends.filter((zone) => !conduit.zones.includes(zone));
    if (outside.length > 0) {
      problems.push({
        path: ["flows", index, "conduit"],
        message: `flow "${flow.id}" goes through conduit "${conduit.id}", which does not join zone "${outside[0]}"`,
        fix: `name a conduit that joins ${[...new Set(ends)].join(" and ")}, or add the zone to the conduit`
      });
    }
  }
}
function checkThreats(model, kinds, references, problems) {
  for (const [index, threat] of (model.threats ?? []).entries()) {
    const at2 = ["threats", index];
    references([...at2, "targets"], threat.targets, ["element", "flow", "component"], "target");
    references([...at2, "mitigations"], threat.mitigations, ["mitigation"], "mitigation");
    for (const [position, key] of (threat.suggestions ?? []).entries()) {
      checkSuggestionKey(key, [...at2, "suggestions", position], kinds, problems);
    }
    if (threat.status === "accepted" && threat.acceptance === void 0) {
      problems.push({
        path: [...at2, "status"],
        message: `threat "${threat.id}" is accepted without a record of who accepted it`,
        fix: "add acceptance: { by: <role>, date: YYYY-MM-DD, rationale: <why> }"
      });
    }
    if (threat.status === "mitigated" && (threat.mitigations ?? []).length === 0) {
      problems.push({
        path: [...at2, "status"],
        message: `threat "${threat.id}" is mitigated but names no mitigation`,
        fix: "list its mitigations, or set status: open"
      });
    }
  }
}
function checkRequirements(model, references, problems) {
  for (const [index, requirement] of (model.requirements ?? []).entries()) {
    const at2 = ["requirements", index];
    references([...at2, "components"], requirement.components, ["component"], "component");
    references([...at2, "threats"], requirement.threats, ["threat"], "threat");
    references([...at2, "mitigations"], requirement.mitigations, ["mitigation"], "mitigation");
    for (const [position, cr] of (requirement.satisfies ?? []).entries()) {
      if (!findComponentRequirement(cr)) {
        problems.push({
          path: [...at2, "satisfies", position],
          message: `"${cr}" is not a 62443-4-2 requirement Evident knows`,
          fix: "write it like CR 1.1, CR 3.4 RE 1 or EDR 2.13"
        });
      }
    }
  }
}
function checkSuggestionKey(key, path, kinds, problems) {
  const [rule = "", target = ""] = key.split("@");
  if (!ruleIds.has(rule)) {
    const nearest = suggest(rule, [...ruleIds]);
    problems.push({
      path,
      message: `"${rule}" is not a rule`,
      fix: nearest ? `did you mean "${nearest}@${target}"?` : "copy the key from `evident threat-model check`"
    });
  } else if (!kinds.has(target)) {
    problems.push({
      path,
      message: `"${target}" does not exist`,
      fix: "the part after @ is an element, flow or component id"
    });
  }
}
function describe(path) {
  return path.map((segment) => typeof segment === "number" ? `[${segment}]` : `.${segment}`).join("").slice(1);
}
function preview(ids) {
  if (ids.length === 0) return "(none defined yet)";
  return ids.length > 8 ? `${ids.slice(0, 8).join(", ")}, …` : ids.join(", ");
}

// packages/cli/src/commands/threat-model-files.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
async function readThreatModelInput(options, io, needs = {}) {
  const base = baseDirectory(options, io);
  const config = options.file === void 0 || needs.config ? await readConfig(base) : void 0;
  const file = options.file ?? defaultModelPath(config);
  const [model] = await readNamedFiles([file], base);
  if (!model) throw new UsageError("no threat model given", { fix: "pass the model file" });
  const loaded = loadThreatModel(model.text, model.shown);
  const reports = options.junit === void 0 ? void 0 : await readNamedFiles(options.junit, base);
  const sboms = options.sbom === void 0 ? void 0 : await readNamedFiles(options.sbom, base);
  return {
    file: model.shown,
    loaded,
    ...config && { config },
    inputs: {
      ...reports && { results: reports.flatMap((report) => parseJUnit(report.text, report.shown)) },
      ...sboms && { sbomPurls: sboms.flatMap((sbom) => readSbomPurls(sbom.text, sbom.shown)) },
      ...config && { products: config.products.map((product) => product.id) }
    }
  };
}
async function readConfig(base) {
  const text = await readFile(resolve(base, configFileName), "utf8").catch(() => void 0);
  return text === void 0 ? void 0 : loadConfig(text, configFileName);
}
function defaultModelPath(config) {
  if (config === void 0) return "threat-model.yml";
  const paths = [...new Set(config.products.map((product) => product.paths.threatModel))];
  if (paths.length > 1) {
    throw new UsageError(`evident.yml names several threat models (${paths.join(", ")})`, {
      fix: "pass the one to check as FILE"
    });
  }
  return paths[0] ?? "threat-model.yml";
}

export {
  checkThreatModel,
  toMermaid,
  toDot,
  buildReportData,
  summarizeForPack,
  renderSvg,
  readThreatModelInput
};
