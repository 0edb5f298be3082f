import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  formats_default
} from "./chunk-6ETC3Q3K.js";
import {
  require_equal
} from "./chunk-L23BHNIR.js";
import {
  require_ucs2length
} from "./chunk-ZCQYR5VP.js";
import "./chunk-XM45SO76.js";
import {
  __toESM
} from "./chunk-TQAJVIUW.js";

// packages/sbom/generated/cyclonedx-1.5.js
var imported0Namespace = __toESM(require_equal(), 1);
var imported2Namespace = __toESM(require_ucs2length(), 1);
var imported0 = commonJs(imported0Namespace);
var imported2 = commonJs(imported2Namespace);
function commonJs(namespace) {
  const value = namespace.default;
  return value !== null && typeof value === "object" && value.__esModule ? value : namespace;
}
var validate = validate10;
var cyclonedx_1_5_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "http://cyclonedx.org/schema/bom-1.5.schema.json", "type": "object", "required": ["bomFormat", "specVersion"], "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "bomFormat": { "type": "string", "enum": ["CycloneDX"] }, "specVersion": { "type": "string" }, "serialNumber": { "type": "string", "pattern": "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$" }, "version": { "type": "integer", "minimum": 1, "default": 1 }, "metadata": { "$ref": "#/definitions/metadata" }, "components": { "type": "array", "items": { "$ref": "#/definitions/component" }, "uniqueItems": true }, "services": { "type": "array", "items": { "$ref": "#/definitions/service" }, "uniqueItems": true }, "externalReferences": { "type": "array", "items": { "$ref": "#/definitions/externalReference" } }, "dependencies": { "type": "array", "items": { "$ref": "#/definitions/dependency" }, "uniqueItems": true }, "compositions": { "type": "array", "items": { "$ref": "#/definitions/compositions" }, "uniqueItems": true }, "vulnerabilities": { "type": "array", "items": { "$ref": "#/definitions/vulnerability" }, "uniqueItems": true }, "annotations": { "type": "array", "items": { "$ref": "#/definitions/annotations" }, "uniqueItems": true }, "formulation": { "type": "array", "items": { "$ref": "#/definitions/formula" }, "uniqueItems": true }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } }, "signature": { "$ref": "#/definitions/signature" } }, "definitions": { "refType": { "type": "string", "minLength": 1 }, "refLinkType": { "allOf": [{ "$ref": "#/definitions/refType" }] }, "bomLinkDocumentType": { "type": "string", "format": "iri-reference", "pattern": "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*$" }, "bomLinkElementType": { "type": "string", "format": "iri-reference", "pattern": "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$" }, "bomLink": { "anyOf": [{ "$ref": "#/definitions/bomLinkDocumentType" }, { "$ref": "#/definitions/bomLinkElementType" }] }, "metadata": { "type": "object", "additionalProperties": false, "properties": { "timestamp": { "type": "string", "format": "date-time" }, "lifecycles": { "type": "array", "items": { "type": "object", "oneOf": [{ "required": ["phase"], "additionalProperties": false, "properties": { "phase": { "type": "string", "enum": ["design", "pre-build", "build", "post-build", "operations", "discovery", "decommission"] } } }, { "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string" }, "description": { "type": "string" } } }] } }, "tools": { "oneOf": [{ "type": "object", "additionalProperties": false, "properties": { "components": { "type": "array", "items": { "$ref": "#/definitions/component" }, "uniqueItems": true }, "services": { "type": "array", "items": { "$ref": "#/definitions/service" }, "uniqueItems": true } } }, { "type": "array", "items": { "$ref": "#/definitions/tool" } }] }, "authors": { "type": "array", "items": { "$ref": "#/definitions/organizationalContact" } }, "component": { "$ref": "#/definitions/component" }, "manufacture": { "$ref": "#/definitions/organizationalEntity" }, "supplier": { "$ref": "#/definitions/organizationalEntity" }, "licenses": { "$ref": "#/definitions/licenseChoice" }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "tool": { "type": "object", "additionalProperties": false, "properties": { "vendor": { "type": "string" }, "name": { "type": "string" }, "version": { "type": "string" }, "hashes": { "type": "array", "items": { "$ref": "#/definitions/hash" } }, "externalReferences": { "type": "array", "items": { "$ref": "#/definitions/externalReference" } } } }, "organizationalEntity": { "type": "object", "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "name": { "type": "string" }, "url": { "type": "array", "items": { "type": "string", "format": "iri-reference" } }, "contact": { "type": "array", "items": { "$ref": "#/definitions/organizationalContact" } } } }, "organizationalContact": { "type": "object", "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "name": { "type": "string" }, "email": { "type": "string", "format": "idn-email" }, "phone": { "type": "string" } } }, "component": { "type": "object", "required": ["type", "name"], "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["application", "framework", "library", "container", "platform", "operating-system", "device", "device-driver", "firmware", "file", "machine-learning-model", "data"] }, "mime-type": { "type": "string", "pattern": "^[-+a-z0-9.]+/[-+a-z0-9.]+$" }, "bom-ref": { "$ref": "#/definitions/refType" }, "supplier": { "$ref": "#/definitions/organizationalEntity" }, "author": { "type": "string" }, "publisher": { "type": "string" }, "group": { "type": "string" }, "name": { "type": "string" }, "version": { "type": "string" }, "description": { "type": "string" }, "scope": { "type": "string", "enum": ["required", "optional", "excluded"], "default": "required" }, "hashes": { "type": "array", "items": { "$ref": "#/definitions/hash" } }, "licenses": { "$ref": "#/definitions/licenseChoice" }, "copyright": { "type": "string" }, "cpe": { "type": "string" }, "purl": { "type": "string" }, "swid": { "$ref": "#/definitions/swid" }, "modified": { "type": "boolean" }, "pedigree": { "type": "object", "additionalProperties": false, "properties": { "ancestors": { "type": "array", "items": { "$ref": "#/definitions/component" } }, "descendants": { "type": "array", "items": { "$ref": "#/definitions/component" } }, "variants": { "type": "array", "items": { "$ref": "#/definitions/component" } }, "commits": { "type": "array", "items": { "$ref": "#/definitions/commit" } }, "patches": { "type": "array", "items": { "$ref": "#/definitions/patch" } }, "notes": { "type": "string" } } }, "externalReferences": { "type": "array", "items": { "$ref": "#/definitions/externalReference" } }, "components": { "type": "array", "items": { "$ref": "#/definitions/component" }, "uniqueItems": true }, "evidence": { "$ref": "#/definitions/componentEvidence" }, "releaseNotes": { "$ref": "#/definitions/releaseNotes" }, "modelCard": { "$ref": "#/definitions/modelCard" }, "data": { "type": "array", "items": { "$ref": "#/definitions/componentData" } }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } }, "signature": { "$ref": "#/definitions/signature" } } }, "swid": { "type": "object", "required": ["tagId", "name"], "additionalProperties": false, "properties": { "tagId": { "type": "string" }, "name": { "type": "string" }, "version": { "type": "string", "default": "0.0" }, "tagVersion": { "type": "integer", "default": 0 }, "patch": { "type": "boolean", "default": false }, "text": { "$ref": "#/definitions/attachment" }, "url": { "type": "string", "format": "iri-reference" } } }, "attachment": { "type": "object", "required": ["content"], "additionalProperties": false, "properties": { "contentType": { "type": "string", "default": "text/plain" }, "encoding": { "type": "string", "enum": ["base64"] }, "content": { "type": "string" } } }, "hash": { "type": "object", "required": ["alg", "content"], "additionalProperties": false, "properties": { "alg": { "$ref": "#/definitions/hash-alg" }, "content": { "$ref": "#/definitions/hash-content" } } }, "hash-alg": { "type": "string", "enum": ["MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512", "SHA3-256", "SHA3-384", "SHA3-512", "BLAKE2b-256", "BLAKE2b-384", "BLAKE2b-512", "BLAKE3"] }, "hash-content": { "type": "string", "pattern": "^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})$" }, "license": { "type": "object", "oneOf": [{ "required": ["id"] }, { "required": ["name"] }], "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "id": { "$ref": "spdx.SNAPSHOT.schema.json" }, "name": { "type": "string" }, "text": { "$ref": "#/definitions/attachment" }, "url": { "type": "string", "format": "iri-reference" }, "licensing": { "type": "object", "additionalProperties": false, "properties": { "altIds": { "type": "array", "items": { "type": "string" } }, "licensor": { "type": "object", "additionalProperties": false, "properties": { "organization": { "$ref": "#/definitions/organizationalEntity" }, "individual": { "$ref": "#/definitions/organizationalContact" } }, "oneOf": [{ "required": ["organization"] }, { "required": ["individual"] }] }, "licensee": { "type": "object", "additionalProperties": false, "properties": { "organization": { "$ref": "#/definitions/organizationalEntity" }, "individual": { "$ref": "#/definitions/organizationalContact" } }, "oneOf": [{ "required": ["organization"] }, { "required": ["individual"] }] }, "purchaser": { "type": "object", "additionalProperties": false, "properties": { "organization": { "$ref": "#/definitions/organizationalEntity" }, "individual": { "$ref": "#/definitions/organizationalContact" } }, "oneOf": [{ "required": ["organization"] }, { "required": ["individual"] }] }, "purchaseOrder": { "type": "string" }, "licenseTypes": { "type": "array", "items": { "type": "string", "enum": ["academic", "appliance", "client-access", "concurrent-user", "core-points", "custom-metric", "device", "evaluation", "named-user", "node-locked", "oem", "perpetual", "processor-points", "subscription", "user", "other"] } }, "lastRenewal": { "type": "string", "format": "date-time" }, "expiration": { "type": "string", "format": "date-time" } } }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "licenseChoice": { "type": "array", "oneOf": [{ "type": "array", "items": { "type": "object", "required": ["license"], "additionalProperties": false, "properties": { "license": { "$ref": "#/definitions/license" } } } }, { "type": "array", "additionalItems": false, "minItems": 1, "maxItems": 1, "items": [{ "type": "object", "additionalProperties": false, "required": ["expression"], "properties": { "expression": { "type": "string" }, "bom-ref": { "$ref": "#/definitions/refType" } } }] }] }, "commit": { "type": "object", "additionalProperties": false, "properties": { "uid": { "type": "string" }, "url": { "type": "string", "format": "iri-reference" }, "author": { "$ref": "#/definitions/identifiableAction" }, "committer": { "$ref": "#/definitions/identifiableAction" }, "message": { "type": "string" } } }, "patch": { "type": "object", "required": ["type"], "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["unofficial", "monkey", "backport", "cherry-pick"] }, "diff": { "$ref": "#/definitions/diff" }, "resolves": { "type": "array", "items": { "$ref": "#/definitions/issue" } } } }, "diff": { "type": "object", "additionalProperties": false, "properties": { "text": { "$ref": "#/definitions/attachment" }, "url": { "type": "string", "format": "iri-reference" } } }, "issue": { "type": "object", "required": ["type"], "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["defect", "enhancement", "security"] }, "id": { "type": "string" }, "name": { "type": "string" }, "description": { "type": "string" }, "source": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "url": { "type": "string", "format": "iri-reference" } } }, "references": { "type": "array", "items": { "type": "string", "format": "iri-reference" } } } }, "identifiableAction": { "type": "object", "additionalProperties": false, "properties": { "timestamp": { "type": "string", "format": "date-time" }, "name": { "type": "string" }, "email": { "type": "string", "format": "idn-email" } } }, "externalReference": { "type": "object", "required": ["url", "type"], "additionalProperties": false, "properties": { "url": { "anyOf": [{ "type": "string", "format": "iri-reference" }, { "$ref": "#/definitions/bomLink" }] }, "comment": { "type": "string" }, "type": { "type": "string", "enum": ["vcs", "issue-tracker", "website", "advisories", "bom", "mailing-list", "social", "chat", "documentation", "support", "distribution", "distribution-intake", "license", "build-meta", "build-system", "release-notes", "security-contact", "model-card", "log", "configuration", "evidence", "formulation", "attestation", "threat-model", "adversary-model", "risk-assessment", "vulnerability-assertion", "exploitability-statement", "pentest-report", "static-analysis-report", "dynamic-analysis-report", "runtime-analysis-report", "component-analysis-report", "maturity-report", "certification-report", "codified-infrastructure", "quality-metrics", "poam", "other"] }, "hashes": { "type": "array", "items": { "$ref": "#/definitions/hash" } } } }, "dependency": { "type": "object", "required": ["ref"], "additionalProperties": false, "properties": { "ref": { "$ref": "#/definitions/refLinkType" }, "dependsOn": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/refLinkType" } } } }, "service": { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "provider": { "$ref": "#/definitions/organizationalEntity" }, "group": { "type": "string" }, "name": { "type": "string" }, "version": { "type": "string" }, "description": { "type": "string" }, "endpoints": { "type": "array", "items": { "type": "string", "format": "iri-reference" } }, "authenticated": { "type": "boolean" }, "x-trust-boundary": { "type": "boolean" }, "trustZone": { "type": "string" }, "data": { "type": "array", "items": { "$ref": "#/definitions/serviceData" } }, "licenses": { "$ref": "#/definitions/licenseChoice" }, "externalReferences": { "type": "array", "items": { "$ref": "#/definitions/externalReference" } }, "services": { "type": "array", "items": { "$ref": "#/definitions/service" }, "uniqueItems": true }, "releaseNotes": { "$ref": "#/definitions/releaseNotes" }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } }, "signature": { "$ref": "#/definitions/signature" } } }, "serviceData": { "type": "object", "required": ["flow", "classification"], "additionalProperties": false, "properties": { "flow": { "$ref": "#/definitions/dataFlowDirection" }, "classification": { "$ref": "#/definitions/dataClassification" }, "name": { "type": "string" }, "description": { "type": "string" }, "governance": { "type": "object", "$ref": "#/definitions/dataGovernance" }, "source": { "type": "array", "items": { "anyOf": [{ "type": "string", "format": "iri-reference" }, { "$ref": "#/definitions/bomLinkElementType" }] } }, "destination": { "type": "array", "items": { "anyOf": [{ "type": "string", "format": "iri-reference" }, { "$ref": "#/definitions/bomLinkElementType" }] } } } }, "dataFlowDirection": { "type": "string", "enum": ["inbound", "outbound", "bi-directional", "unknown"] }, "copyright": { "type": "object", "required": ["text"], "additionalProperties": false, "properties": { "text": { "type": "string" } } }, "componentEvidence": { "type": "object", "additionalProperties": false, "properties": { "identity": { "type": "object", "required": ["field"], "additionalProperties": false, "properties": { "field": { "type": "string", "enum": ["group", "name", "version", "purl", "cpe", "swid", "hash"] }, "confidence": { "type": "number", "minimum": 0, "maximum": 1 }, "methods": { "type": "array", "items": { "type": "object", "required": ["technique", "confidence"], "additionalProperties": false, "properties": { "technique": { "type": "string", "enum": ["source-code-analysis", "binary-analysis", "manifest-analysis", "ast-fingerprint", "hash-comparison", "instrumentation", "dynamic-analysis", "filename", "attestation", "other"] }, "confidence": { "type": "number", "minimum": 0, "maximum": 1 }, "value": { "type": "string" } } } }, "tools": { "type": "array", "uniqueItems": true, "items": { "anyOf": [{ "$ref": "#/definitions/refLinkType" }, { "$ref": "#/definitions/bomLinkElementType" }] } } } }, "occurrences": { "type": "array", "items": { "type": "object", "required": ["location"], "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "location": { "type": "string" } } } }, "callstack": { "type": "object", "additionalProperties": false, "properties": { "frames": { "type": "array", "items": { "type": "object", "required": ["module"], "additionalProperties": false, "properties": { "package": { "type": "string" }, "module": { "type": "string" }, "function": { "type": "string" }, "parameters": { "type": "array", "items": { "type": "string" } }, "line": { "type": "integer" }, "column": { "type": "integer" }, "fullFilename": { "type": "string" } } } } } }, "licenses": { "$ref": "#/definitions/licenseChoice" }, "copyright": { "type": "array", "items": { "$ref": "#/definitions/copyright" } } } }, "compositions": { "type": "object", "required": ["aggregate"], "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "aggregate": { "$ref": "#/definitions/aggregateType" }, "assemblies": { "type": "array", "uniqueItems": true, "items": { "anyOf": [{ "$ref": "#/definitions/refLinkType" }, { "$ref": "#/definitions/bomLinkElementType" }] } }, "dependencies": { "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "vulnerabilities": { "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "signature": { "$ref": "#/definitions/signature" } } }, "aggregateType": { "type": "string", "default": "not_specified", "enum": ["complete", "incomplete", "incomplete_first_party_only", "incomplete_first_party_proprietary_only", "incomplete_first_party_opensource_only", "incomplete_third_party_only", "incomplete_third_party_proprietary_only", "incomplete_third_party_opensource_only", "unknown", "not_specified"] }, "property": { "type": "object", "properties": { "name": { "type": "string" }, "value": { "type": "string" } } }, "localeType": { "type": "string", "pattern": "^([a-z]{2})(-[A-Z]{2})?$" }, "releaseType": { "type": "string" }, "note": { "type": "object", "required": ["text"], "additionalProperties": false, "properties": { "locale": { "$ref": "#/definitions/localeType" }, "text": { "$ref": "#/definitions/attachment" } } }, "releaseNotes": { "type": "object", "required": ["type"], "additionalProperties": false, "properties": { "type": { "$ref": "#/definitions/releaseType" }, "title": { "type": "string" }, "featuredImage": { "type": "string", "format": "iri-reference" }, "socialImage": { "type": "string", "format": "iri-reference" }, "description": { "type": "string" }, "timestamp": { "type": "string", "format": "date-time" }, "aliases": { "type": "array", "items": { "type": "string" } }, "tags": { "type": "array", "items": { "type": "string" } }, "resolves": { "type": "array", "items": { "$ref": "#/definitions/issue" } }, "notes": { "type": "array", "items": { "$ref": "#/definitions/note" } }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "advisory": { "type": "object", "required": ["url"], "additionalProperties": false, "properties": { "title": { "type": "string" }, "url": { "type": "string", "format": "iri-reference" } } }, "cwe": { "type": "integer", "minimum": 1 }, "severity": { "type": "string", "enum": ["critical", "high", "medium", "low", "info", "none", "unknown"] }, "scoreMethod": { "type": "string", "enum": ["CVSSv2", "CVSSv3", "CVSSv31", "CVSSv4", "OWASP", "SSVC", "other"] }, "impactAnalysisState": { "type": "string", "enum": ["resolved", "resolved_with_pedigree", "exploitable", "in_triage", "false_positive", "not_affected"] }, "impactAnalysisJustification": { "type": "string", "enum": ["code_not_present", "code_not_reachable", "requires_configuration", "requires_dependency", "requires_environment", "protected_by_compiler", "protected_at_runtime", "protected_at_perimeter", "protected_by_mitigating_control"] }, "rating": { "type": "object", "additionalProperties": false, "properties": { "source": { "$ref": "#/definitions/vulnerabilitySource" }, "score": { "type": "number" }, "severity": { "$ref": "#/definitions/severity" }, "method": { "$ref": "#/definitions/scoreMethod" }, "vector": { "type": "string" }, "justification": { "type": "string" } } }, "vulnerabilitySource": { "type": "object", "additionalProperties": false, "properties": { "url": { "type": "string" }, "name": { "type": "string" } } }, "vulnerability": { "type": "object", "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "id": { "type": "string" }, "source": { "$ref": "#/definitions/vulnerabilitySource" }, "references": { "type": "array", "items": { "type": "object", "required": ["id", "source"], "additionalProperties": false, "properties": { "id": { "type": "string" }, "source": { "$ref": "#/definitions/vulnerabilitySource" } } } }, "ratings": { "type": "array", "items": { "$ref": "#/definitions/rating" } }, "cwes": { "type": "array", "items": { "$ref": "#/definitions/cwe" } }, "description": { "type": "string" }, "detail": { "type": "string" }, "recommendation": { "type": "string" }, "workaround": { "type": "string" }, "proofOfConcept": { "type": "object", "properties": { "reproductionSteps": { "type": "string" }, "environment": { "type": "string" }, "supportingMaterial": { "type": "array", "items": { "$ref": "#/definitions/attachment" } } } }, "advisories": { "type": "array", "items": { "$ref": "#/definitions/advisory" } }, "created": { "type": "string", "format": "date-time" }, "published": { "type": "string", "format": "date-time" }, "updated": { "type": "string", "format": "date-time" }, "rejected": { "type": "string", "format": "date-time" }, "credits": { "type": "object", "additionalProperties": false, "properties": { "organizations": { "type": "array", "items": { "$ref": "#/definitions/organizationalEntity" } }, "individuals": { "type": "array", "items": { "$ref": "#/definitions/organizationalContact" } } } }, "tools": { "oneOf": [{ "type": "object", "additionalProperties": false, "properties": { "components": { "type": "array", "items": { "$ref": "#/definitions/component" }, "uniqueItems": true }, "services": { "type": "array", "items": { "$ref": "#/definitions/service" }, "uniqueItems": true } } }, { "type": "array", "items": { "$ref": "#/definitions/tool" } }] }, "analysis": { "type": "object", "additionalProperties": false, "properties": { "state": { "$ref": "#/definitions/impactAnalysisState" }, "justification": { "$ref": "#/definitions/impactAnalysisJustification" }, "response": { "type": "array", "items": { "type": "string", "enum": ["can_not_fix", "will_not_fix", "update", "rollback", "workaround_available"] } }, "detail": { "type": "string" }, "firstIssued": { "type": "string", "format": "date-time" }, "lastUpdated": { "type": "string", "format": "date-time" } } }, "affects": { "type": "array", "uniqueItems": true, "items": { "type": "object", "required": ["ref"], "additionalProperties": false, "properties": { "ref": { "anyOf": [{ "$ref": "#/definitions/refLinkType" }, { "$ref": "#/definitions/bomLinkElementType" }] }, "versions": { "type": "array", "items": { "type": "object", "oneOf": [{ "required": ["version"] }, { "required": ["range"] }], "additionalProperties": false, "properties": { "version": { "$ref": "#/definitions/version" }, "range": { "$ref": "#/definitions/range" }, "status": { "$ref": "#/definitions/affectedStatus", "default": "affected" } } } } } } }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "affectedStatus": { "type": "string", "enum": ["affected", "unaffected", "unknown"] }, "version": { "type": "string", "minLength": 1, "maxLength": 1024 }, "range": { "type": "string", "minLength": 1, "maxLength": 1024 }, "annotations": { "type": "object", "required": ["subjects", "annotator", "timestamp", "text"], "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "subjects": { "type": "array", "uniqueItems": true, "items": { "anyOf": [{ "$ref": "#/definitions/refLinkType" }, { "$ref": "#/definitions/bomLinkElementType" }] } }, "annotator": { "type": "object", "oneOf": [{ "required": ["organization"] }, { "required": ["individual"] }, { "required": ["component"] }, { "required": ["service"] }], "additionalProperties": false, "properties": { "organization": { "$ref": "#/definitions/organizationalEntity" }, "individual": { "$ref": "#/definitions/organizationalContact" }, "component": { "$ref": "#/definitions/component" }, "service": { "$ref": "#/definitions/service" } } }, "timestamp": { "type": "string", "format": "date-time" }, "text": { "type": "string" }, "signature": { "$ref": "#/definitions/signature" } } }, "modelCard": { "type": "object", "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "modelParameters": { "type": "object", "additionalProperties": false, "properties": { "approach": { "type": "object", "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["supervised", "unsupervised", "reinforcement-learning", "semi-supervised", "self-supervised"] } } }, "task": { "type": "string" }, "architectureFamily": { "type": "string" }, "modelArchitecture": { "type": "string" }, "datasets": { "type": "array", "items": { "oneOf": [{ "$ref": "#/definitions/componentData" }, { "type": "object", "additionalProperties": false, "properties": { "ref": { "anyOf": [{ "$ref": "#/definitions/refLinkType" }, { "$ref": "#/definitions/bomLinkElementType" }] } } }] } }, "inputs": { "type": "array", "items": { "$ref": "#/definitions/inputOutputMLParameters" } }, "outputs": { "type": "array", "items": { "$ref": "#/definitions/inputOutputMLParameters" } } } }, "quantitativeAnalysis": { "type": "object", "additionalProperties": false, "properties": { "performanceMetrics": { "type": "array", "items": { "$ref": "#/definitions/performanceMetric" } }, "graphics": { "$ref": "#/definitions/graphicsCollection" } } }, "considerations": { "type": "object", "additionalProperties": false, "properties": { "users": { "type": "array", "items": { "type": "string" } }, "useCases": { "type": "array", "items": { "type": "string" } }, "technicalLimitations": { "type": "array", "items": { "type": "string" } }, "performanceTradeoffs": { "type": "array", "items": { "type": "string" } }, "ethicalConsiderations": { "type": "array", "items": { "$ref": "#/definitions/risk" } }, "fairnessAssessments": { "type": "array", "items": { "$ref": "#/definitions/fairnessAssessment" } } } }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "inputOutputMLParameters": { "type": "object", "additionalProperties": false, "properties": { "format": { "type": "string" } } }, "componentData": { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "type": { "type": "string", "enum": ["source-code", "configuration", "dataset", "definition", "other"] }, "name": { "type": "string" }, "contents": { "type": "object", "additionalProperties": false, "properties": { "attachment": { "$ref": "#/definitions/attachment" }, "url": { "type": "string", "format": "iri-reference" }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "classification": { "$ref": "#/definitions/dataClassification" }, "sensitiveData": { "type": "array", "items": { "type": "string" } }, "graphics": { "$ref": "#/definitions/graphicsCollection" }, "description": { "type": "string" }, "governance": { "type": "object", "$ref": "#/definitions/dataGovernance" } } }, "dataGovernance": { "type": "object", "additionalProperties": false, "properties": { "custodians": { "type": "array", "items": { "$ref": "#/definitions/dataGovernanceResponsibleParty" } }, "stewards": { "type": "array", "items": { "$ref": "#/definitions/dataGovernanceResponsibleParty" } }, "owners": { "type": "array", "items": { "$ref": "#/definitions/dataGovernanceResponsibleParty" } } } }, "dataGovernanceResponsibleParty": { "type": "object", "additionalProperties": false, "properties": { "organization": { "$ref": "#/definitions/organizationalEntity" }, "contact": { "$ref": "#/definitions/organizationalContact" } }, "oneOf": [{ "required": ["organization"] }, { "required": ["contact"] }] }, "graphicsCollection": { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string" }, "collection": { "type": "array", "items": { "$ref": "#/definitions/graphic" } } } }, "graphic": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "image": { "$ref": "#/definitions/attachment" } } }, "performanceMetric": { "type": "object", "additionalProperties": false, "properties": { "type": { "type": "string" }, "value": { "type": "string" }, "slice": { "type": "string" }, "confidenceInterval": { "type": "object", "additionalProperties": false, "properties": { "lowerBound": { "type": "string" }, "upperBound": { "type": "string" } } } } }, "risk": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "mitigationStrategy": { "type": "string" } } }, "fairnessAssessment": { "type": "object", "additionalProperties": false, "properties": { "groupAtRisk": { "type": "string" }, "benefits": { "type": "string" }, "harms": { "type": "string" }, "mitigationStrategy": { "type": "string" } } }, "dataClassification": { "type": "string" }, "formula": { "type": "object", "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "components": { "type": "array", "items": { "$ref": "#/definitions/component" }, "uniqueItems": true }, "services": { "type": "array", "items": { "$ref": "#/definitions/service" }, "uniqueItems": true }, "workflows": { "type": "array", "items": { "$ref": "#/definitions/workflow" }, "uniqueItems": true }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "workflow": { "type": "object", "required": ["bom-ref", "uid", "taskTypes"], "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "uid": { "type": "string" }, "name": { "type": "string" }, "description": { "type": "string" }, "resourceReferences": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/resourceReferenceChoice" } }, "tasks": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/task" } }, "taskDependencies": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/dependency" } }, "taskTypes": { "type": "array", "items": { "$ref": "#/definitions/taskType" } }, "trigger": { "$ref": "#/definitions/trigger" }, "steps": { "type": "array", "items": { "$ref": "#/definitions/step" }, "uniqueItems": true }, "inputs": { "type": "array", "items": { "$ref": "#/definitions/inputType" }, "uniqueItems": true }, "outputs": { "type": "array", "items": { "$ref": "#/definitions/outputType" }, "uniqueItems": true }, "timeStart": { "type": "string", "format": "date-time" }, "timeEnd": { "type": "string", "format": "date-time" }, "workspaces": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/workspace" } }, "runtimeTopology": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/dependency" } }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "task": { "type": "object", "required": ["bom-ref", "uid", "taskTypes"], "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "uid": { "type": "string" }, "name": { "type": "string" }, "description": { "type": "string" }, "resourceReferences": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/resourceReferenceChoice" } }, "taskTypes": { "type": "array", "items": { "$ref": "#/definitions/taskType" } }, "trigger": { "$ref": "#/definitions/trigger" }, "steps": { "type": "array", "items": { "$ref": "#/definitions/step" }, "uniqueItems": true }, "inputs": { "type": "array", "items": { "$ref": "#/definitions/inputType" }, "uniqueItems": true }, "outputs": { "type": "array", "items": { "$ref": "#/definitions/outputType" }, "uniqueItems": true }, "timeStart": { "type": "string", "format": "date-time" }, "timeEnd": { "type": "string", "format": "date-time" }, "workspaces": { "type": "array", "items": { "$ref": "#/definitions/workspace" }, "uniqueItems": true }, "runtimeTopology": { "type": "array", "items": { "$ref": "#/definitions/dependency" }, "uniqueItems": true }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "step": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "description": { "type": "string" }, "commands": { "type": "array", "items": { "$ref": "#/definitions/command" } }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "command": { "type": "object", "additionalProperties": false, "properties": { "executed": { "type": "string" }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "workspace": { "type": "object", "required": ["bom-ref", "uid"], "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "uid": { "type": "string" }, "name": { "type": "string" }, "aliases": { "type": "array", "items": { "type": "string" } }, "description": { "type": "string" }, "resourceReferences": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/resourceReferenceChoice" } }, "accessMode": { "type": "string", "enum": ["read-only", "read-write", "read-write-once", "write-once", "write-only"] }, "mountPath": { "type": "string" }, "managedDataType": { "type": "string" }, "volumeRequest": { "type": "string" }, "volume": { "$ref": "#/definitions/volume" }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "volume": { "type": "object", "additionalProperties": false, "properties": { "uid": { "type": "string" }, "name": { "type": "string" }, "mode": { "type": "string", "enum": ["filesystem", "block"], "default": "filesystem" }, "path": { "type": "string" }, "sizeAllocated": { "type": "string" }, "persistent": { "type": "boolean" }, "remote": { "type": "boolean" }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "trigger": { "type": "object", "additionalProperties": false, "required": ["type", "bom-ref", "uid"], "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "uid": { "type": "string" }, "name": { "type": "string" }, "description": { "type": "string" }, "resourceReferences": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/resourceReferenceChoice" } }, "type": { "type": "string", "enum": ["manual", "api", "webhook", "scheduled"] }, "event": { "$ref": "#/definitions/event" }, "conditions": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/condition" } }, "timeActivated": { "type": "string", "format": "date-time" }, "inputs": { "type": "array", "items": { "$ref": "#/definitions/inputType" }, "uniqueItems": true }, "outputs": { "type": "array", "items": { "$ref": "#/definitions/outputType" }, "uniqueItems": true }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "event": { "type": "object", "additionalProperties": false, "properties": { "uid": { "type": "string" }, "description": { "type": "string" }, "timeReceived": { "type": "string", "format": "date-time" }, "data": { "$ref": "#/definitions/attachment" }, "source": { "$ref": "#/definitions/resourceReferenceChoice" }, "target": { "$ref": "#/definitions/resourceReferenceChoice" }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "inputType": { "type": "object", "oneOf": [{ "required": ["resource"] }, { "required": ["parameters"] }, { "required": ["environmentVars"] }, { "required": ["data"] }], "additionalProperties": false, "properties": { "source": { "$ref": "#/definitions/resourceReferenceChoice" }, "target": { "$ref": "#/definitions/resourceReferenceChoice" }, "resource": { "$ref": "#/definitions/resourceReferenceChoice" }, "parameters": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/parameter" } }, "environmentVars": { "type": "array", "uniqueItems": true, "items": { "oneOf": [{ "$ref": "#/definitions/property" }, { "type": "string" }] } }, "data": { "$ref": "#/definitions/attachment" }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "outputType": { "type": "object", "oneOf": [{ "required": ["resource"] }, { "required": ["environmentVars"] }, { "required": ["data"] }], "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["artifact", "attestation", "log", "evidence", "metrics", "other"] }, "source": { "$ref": "#/definitions/resourceReferenceChoice" }, "target": { "$ref": "#/definitions/resourceReferenceChoice" }, "resource": { "$ref": "#/definitions/resourceReferenceChoice" }, "data": { "$ref": "#/definitions/attachment" }, "environmentVars": { "type": "array", "items": { "oneOf": [{ "$ref": "#/definitions/property" }, { "type": "string" }] }, "uniqueItems": true }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "resourceReferenceChoice": { "type": "object", "additionalProperties": false, "properties": { "ref": { "anyOf": [{ "$ref": "#/definitions/refLinkType" }, { "$ref": "#/definitions/bomLinkElementType" }] }, "externalReference": { "$ref": "#/definitions/externalReference" } }, "oneOf": [{ "required": ["ref"] }, { "required": ["externalReference"] }] }, "condition": { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string" }, "expression": { "type": "string" }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "taskType": { "type": "string", "enum": ["copy", "clone", "lint", "scan", "merge", "build", "test", "deliver", "deploy", "release", "clean", "other"] }, "parameter": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "value": { "type": "string" }, "dataType": { "type": "string" } } }, "signature": { "$ref": "jsf-0.82.SNAPSHOT.schema.json#/definitions/signature" } } };
var func2 = Object.prototype.hasOwnProperty;
var func0 = imported0.default;
var pattern0 = new RegExp("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", "u");
var schema12 = { "type": "object", "additionalProperties": false, "properties": { "timestamp": { "type": "string", "format": "date-time" }, "lifecycles": { "type": "array", "items": { "type": "object", "oneOf": [{ "required": ["phase"], "additionalProperties": false, "properties": { "phase": { "type": "string", "enum": ["design", "pre-build", "build", "post-build", "operations", "discovery", "decommission"] } } }, { "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string" }, "description": { "type": "string" } } }] } }, "tools": { "oneOf": [{ "type": "object", "additionalProperties": false, "properties": { "components": { "type": "array", "items": { "$ref": "#/definitions/component" }, "uniqueItems": true }, "services": { "type": "array", "items": { "$ref": "#/definitions/service" }, "uniqueItems": true } } }, { "type": "array", "items": { "$ref": "#/definitions/tool" } }] }, "authors": { "type": "array", "items": { "$ref": "#/definitions/organizationalContact" } }, "component": { "$ref": "#/definitions/component" }, "manufacture": { "$ref": "#/definitions/organizationalEntity" }, "supplier": { "$ref": "#/definitions/organizationalEntity" }, "licenses": { "$ref": "#/definitions/licenseChoice" }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } };
var formats0 = formats_default["date-time"];
var schema13 = { "type": "object", "required": ["type", "name"], "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["application", "framework", "library", "container", "platform", "operating-system", "device", "device-driver", "firmware", "file", "machine-learning-model", "data"] }, "mime-type": { "type": "string", "pattern": "^[-+a-z0-9.]+/[-+a-z0-9.]+$" }, "bom-ref": { "$ref": "#/definitions/refType" }, "supplier": { "$ref": "#/definitions/organizationalEntity" }, "author": { "type": "string" }, "publisher": { "type": "string" }, "group": { "type": "string" }, "name": { "type": "string" }, "version": { "type": "string" }, "description": { "type": "string" }, "scope": { "type": "string", "enum": ["required", "optional", "excluded"], "default": "required" }, "hashes": { "type": "array", "items": { "$ref": "#/definitions/hash" } }, "licenses": { "$ref": "#/definitions/licenseChoice" }, "copyright": { "type": "string" }, "cpe": { "type": "string" }, "purl": { "type": "string" }, "swid": { "$ref": "#/definitions/swid" }, "modified": { "type": "boolean" }, "pedigree": { "type": "object", "additionalProperties": false, "properties": { "ancestors": { "type": "array", "items": { "$ref": "#/definitions/component" } }, "descendants": { "type": "array", "items": { "$ref": "#/definitions/component" } }, "variants": { "type": "array", "items": { "$ref": "#/definitions/component" } }, "commits": { "type": "array", "items": { "$ref": "#/definitions/commit" } }, "patches": { "type": "array", "items": { "$ref": "#/definitions/patch" } }, "notes": { "type": "string" } } }, "externalReferences": { "type": "array", "items": { "$ref": "#/definitions/externalReference" } }, "components": { "type": "array", "items": { "$ref": "#/definitions/component" }, "uniqueItems": true }, "evidence": { "$ref": "#/definitions/componentEvidence" }, "releaseNotes": { "$ref": "#/definitions/releaseNotes" }, "modelCard": { "$ref": "#/definitions/modelCard" }, "data": { "type": "array", "items": { "$ref": "#/definitions/componentData" } }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } }, "signature": { "$ref": "#/definitions/signature" } } };
var func5 = imported2.default;
var pattern1 = new RegExp("^[-+a-z0-9.]+/[-+a-z0-9.]+$", "u");
var formats2 = formats_default["idn-email"];
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "bom-ref" || key0 === "name" || key0 === "email" || key0 === "phone")) {
          validate14.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data["bom-ref"] !== void 0) {
          let data0 = data["bom-ref"];
          const _errs2 = errors;
          const _errs3 = errors;
          if (errors === _errs3) {
            if (typeof data0 === "string") {
              if (func5(data0) < 1) {
                validate14.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            } else {
              validate14.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.name !== void 0) {
            const _errs5 = errors;
            if (typeof data.name !== "string") {
              validate14.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.email !== void 0) {
              let data2 = data.email;
              const _errs7 = errors;
              if (errors === _errs7) {
                if (errors === _errs7) {
                  if (typeof data2 === "string") {
                    if (!formats2(data2)) {
                      validate14.errors = [{ instancePath: instancePath + "/email", schemaPath: "#/properties/email/format", keyword: "format", params: { format: "idn-email" }, message: 'must match format "idn-email"' }];
                      return false;
                    }
                  } else {
                    validate14.errors = [{ instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.phone !== void 0) {
                const _errs9 = errors;
                if (typeof data.phone !== "string") {
                  validate14.errors = [{ instancePath: instancePath + "/phone", schemaPath: "#/properties/phone/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate14.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate14.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "bom-ref" || key0 === "name" || key0 === "url" || key0 === "contact")) {
          validate13.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data["bom-ref"] !== void 0) {
          let data0 = data["bom-ref"];
          const _errs2 = errors;
          const _errs3 = errors;
          if (errors === _errs3) {
            if (typeof data0 === "string") {
              if (func5(data0) < 1) {
                validate13.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            } else {
              validate13.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.name !== void 0) {
            const _errs5 = errors;
            if (typeof data.name !== "string") {
              validate13.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs7 = errors;
              if (errors === _errs7) {
                if (Array.isArray(data2)) {
                  var valid2 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs9 = errors;
                    if (errors === _errs9) {
                      if (errors === _errs9) {
                        if (!(typeof data2[i0] === "string")) {
                          validate13.errors = [{ instancePath: instancePath + "/url/" + i0, schemaPath: "#/properties/url/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                    }
                    var valid2 = _errs9 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate13.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.contact !== void 0) {
                let data4 = data.contact;
                const _errs11 = errors;
                if (errors === _errs11) {
                  if (Array.isArray(data4)) {
                    var valid3 = true;
                    const len1 = data4.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      const _errs13 = errors;
                      if (!validate14(data4[i1], { instancePath: instancePath + "/contact/" + i1, parentData: data4, parentDataProperty: i1, rootData })) {
                        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                        errors = vErrors.length;
                      }
                      var valid3 = _errs13 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate13.errors = [{ instancePath: instancePath + "/contact", schemaPath: "#/properties/contact/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs11 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate13.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema20 = { "type": "string", "enum": ["MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512", "SHA3-256", "SHA3-384", "SHA3-512", "BLAKE2b-256", "BLAKE2b-384", "BLAKE2b-512", "BLAKE3"] };
var pattern2 = new RegExp("^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})$", "u");
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.alg === void 0 && (missing0 = "alg") || data.content === void 0 && (missing0 = "content")) {
        validate17.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "alg" || key0 === "content")) {
            validate17.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.alg !== void 0) {
            let data0 = data.alg;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate17.errors = [{ instancePath: instancePath + "/alg", schemaPath: "#/definitions/hash-alg/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            if (!(data0 === "MD5" || data0 === "SHA-1" || data0 === "SHA-256" || data0 === "SHA-384" || data0 === "SHA-512" || data0 === "SHA3-256" || data0 === "SHA3-384" || data0 === "SHA3-512" || data0 === "BLAKE2b-256" || data0 === "BLAKE2b-384" || data0 === "BLAKE2b-512" || data0 === "BLAKE3")) {
              validate17.errors = [{ instancePath: instancePath + "/alg", schemaPath: "#/definitions/hash-alg/enum", keyword: "enum", params: { allowedValues: schema20.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.content !== void 0) {
              let data1 = data.content;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (typeof data1 === "string") {
                  if (!pattern2.test(data1)) {
                    validate17.errors = [{ instancePath: instancePath + "/content", schemaPath: "#/definitions/hash-content/pattern", keyword: "pattern", params: { pattern: "^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})$" }, message: 'must match pattern "^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})$"' }];
                    return false;
                  }
                } else {
                  validate17.errors = [{ instancePath: instancePath + "/content", schemaPath: "#/definitions/hash-content/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate17.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate17.errors = vErrors;
  return errors === 0;
}
var schema23 = { "type": "object", "oneOf": [{ "required": ["id"] }, { "required": ["name"] }], "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "id": { "$ref": "spdx.SNAPSHOT.schema.json" }, "name": { "type": "string" }, "text": { "$ref": "#/definitions/attachment" }, "url": { "type": "string", "format": "iri-reference" }, "licensing": { "type": "object", "additionalProperties": false, "properties": { "altIds": { "type": "array", "items": { "type": "string" } }, "licensor": { "type": "object", "additionalProperties": false, "properties": { "organization": { "$ref": "#/definitions/organizationalEntity" }, "individual": { "$ref": "#/definitions/organizationalContact" } }, "oneOf": [{ "required": ["organization"] }, { "required": ["individual"] }] }, "licensee": { "type": "object", "additionalProperties": false, "properties": { "organization": { "$ref": "#/definitions/organizationalEntity" }, "individual": { "$ref": "#/definitions/organizationalContact" } }, "oneOf": [{ "required": ["organization"] }, { "required": ["individual"] }] }, "purchaser": { "type": "object", "additionalProperties": false, "properties": { "organization": { "$ref": "#/definitions/organizationalEntity" }, "individual": { "$ref": "#/definitions/organizationalContact" } }, "oneOf": [{ "required": ["organization"] }, { "required": ["individual"] }] }, "purchaseOrder": { "type": "string" }, "licenseTypes": { "type": "array", "items": { "type": "string", "enum": ["academic", "appliance", "client-access", "concurrent-user", "core-points", "custom-metric", "device", "evaluation", "named-user", "node-locked", "oem", "perpetual", "processor-points", "subscription", "user", "other"] } }, "lastRenewal": { "type": "string", "format": "date-time" }, "expiration": { "type": "string", "format": "date-time" } } }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } };
var schema25 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "http://cyclonedx.org/schema/spdx.schema.json", "type": "string", "enum": ["0BSD", "3D-Slicer-1.0", "AAL", "Abstyles", "AdaCore-doc", "Adobe-2006", "Adobe-Display-PostScript", "Adobe-Glyph", "Adobe-Utopia", "ADSL", "Advanced-Cryptics-Dictionary", "AFL-1.1", "AFL-1.2", "AFL-2.0", "AFL-2.1", "AFL-3.0", "Afmparse", "AGPL-1.0", "AGPL-1.0-only", "AGPL-1.0-or-later", "AGPL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "Aladdin", "ALGLIB-Documentation", "AMD-newlib", "AMDPLPA", "AML", "AML-glslang", "AMPAS", "ANTLR-PD", "ANTLR-PD-fallback", "any-OSI", "any-OSI-perl-modules", "Apache-1.0", "Apache-1.1", "Apache-2.0", "APAFML", "APL-1.0", "App-s2p", "APSL-1.0", "APSL-1.1", "APSL-1.2", "APSL-2.0", "Arphic-1999", "Artistic-1.0", "Artistic-1.0-cl8", "Artistic-1.0-Perl", "Artistic-2.0", "Artistic-dist", "Aspell-RU", "ASWF-Digital-Assets-1.0", "ASWF-Digital-Assets-1.1", "atc-game", "Baekmuk", "Bahyph", "Barr", "bcrypt-Solar-Designer", "Beerware", "Bitstream-Charter", "Bitstream-Vera", "BitTorrent-1.0", "BitTorrent-1.1", "blessing", "BlueOak-1.0.0", "Boehm-GC", "Boehm-GC-without-fee", "BOLA-1.1", "Borceux", "Brian-Gladman-2-Clause", "Brian-Gladman-3-Clause", "Brian-Gladman-3-Clause-no-conversion", "BSD-1-Clause", "BSD-2-Clause", "BSD-2-Clause-Darwin", "BSD-2-Clause-first-lines", "BSD-2-Clause-FreeBSD", "BSD-2-Clause-NetBSD", "BSD-2-Clause-Patent", "BSD-2-Clause-pkgconf-disclaimer", "BSD-2-Clause-pos-unchanged", "BSD-2-Clause-Views", "BSD-3-Clause", "BSD-3-Clause-acpica", "BSD-3-Clause-Attribution", "BSD-3-Clause-Clear", "BSD-3-Clause-flex", "BSD-3-Clause-HP", "BSD-3-Clause-LBNL", "BSD-3-Clause-Modification", "BSD-3-Clause-No-Military-License", "BSD-3-Clause-No-Nuclear-License", "BSD-3-Clause-No-Nuclear-License-2014", "BSD-3-Clause-No-Nuclear-Warranty", "BSD-3-Clause-Open-MPI", "BSD-3-Clause-OpenWebUI", "BSD-3-Clause-Sun", "BSD-3-Clause-Tso", "BSD-4-Clause", "BSD-4-Clause-Shortened", "BSD-4-Clause-UC", "BSD-4.3RENO", "BSD-4.3TAHOE", "BSD-Advertising-Acknowledgement", "BSD-ask-to-endorse", "BSD-Attribution-HPND-disclaimer", "BSD-Inferno-Nettverk", "BSD-Mark-Modifications", "BSD-Protection", "BSD-Source-alt-GPL", "BSD-Source-beginning-file", "BSD-Source-Code", "BSD-Source-Code-no-disclaimer", "BSD-Systemics", "BSD-Systemics-W3Works", "BSL-1.0", "Buddy", "Bugroff", "BUSL-1.1", "bzip2-1.0.5", "bzip2-1.0.6", "C-UDA-1.0", "CAL-1.0", "CAL-1.0-Combined-Work-Exception", "Caldera", "Caldera-no-preamble", "CAPEC-tou", "Catharon", "CATOSL-1.1", "CC-BY-1.0", "CC-BY-2.0", "CC-BY-2.5", "CC-BY-2.5-AU", "CC-BY-3.0", "CC-BY-3.0-AT", "CC-BY-3.0-AU", "CC-BY-3.0-DE", "CC-BY-3.0-IGO", "CC-BY-3.0-NL", "CC-BY-3.0-US", "CC-BY-4.0", "CC-BY-NC-1.0", "CC-BY-NC-2.0", "CC-BY-NC-2.5", "CC-BY-NC-3.0", "CC-BY-NC-3.0-DE", "CC-BY-NC-3.0-IGO", "CC-BY-NC-4.0", "CC-BY-NC-ND-1.0", "CC-BY-NC-ND-2.0", "CC-BY-NC-ND-2.5", "CC-BY-NC-ND-3.0", "CC-BY-NC-ND-3.0-DE", "CC-BY-NC-ND-3.0-IGO", "CC-BY-NC-ND-4.0", "CC-BY-NC-SA-1.0", "CC-BY-NC-SA-2.0", "CC-BY-NC-SA-2.0-DE", "CC-BY-NC-SA-2.0-FR", "CC-BY-NC-SA-2.0-UK", "CC-BY-NC-SA-2.5", "CC-BY-NC-SA-3.0", "CC-BY-NC-SA-3.0-DE", "CC-BY-NC-SA-3.0-IGO", "CC-BY-NC-SA-4.0", "CC-BY-ND-1.0", "CC-BY-ND-2.0", "CC-BY-ND-2.5", "CC-BY-ND-3.0", "CC-BY-ND-3.0-DE", "CC-BY-ND-4.0", "CC-BY-SA-1.0", "CC-BY-SA-2.0", "CC-BY-SA-2.0-UK", "CC-BY-SA-2.1-JP", "CC-BY-SA-2.5", "CC-BY-SA-3.0", "CC-BY-SA-3.0-AT", "CC-BY-SA-3.0-DE", "CC-BY-SA-3.0-IGO", "CC-BY-SA-4.0", "CC-PDDC", "CC-PDM-1.0", "CC-SA-1.0", "CC0-1.0", "CDDL-1.0", "CDDL-1.1", "CDL-1.0", "CDLA-Permissive-1.0", "CDLA-Permissive-2.0", "CDLA-Sharing-1.0", "CECILL-1.0", "CECILL-1.1", "CECILL-2.0", "CECILL-2.1", "CECILL-B", "CECILL-C", "CERN-OHL-1.1", "CERN-OHL-1.2", "CERN-OHL-P-2.0", "CERN-OHL-S-2.0", "CERN-OHL-W-2.0", "CFITSIO", "check-cvs", "checkmk", "ClArtistic", "Clips", "CMU-Mach", "CMU-Mach-nodoc", "CNRI-Jython", "CNRI-Python", "CNRI-Python-GPL-Compatible", "COIL-1.0", "Community-Spec-1.0", "Condor-1.1", "copyleft-next-0.3.0", "copyleft-next-0.3.1", "Cornell-Lossless-JPEG", "CPAL-1.0", "CPL-1.0", "CPOL-1.02", "Cronyx", "Crossword", "CryptoSwift", "CrystalStacker", "CUA-OPL-1.0", "Cube", "curl", "cve-tou", "D-FSL-1.0", "DEC-3-Clause", "diffmark", "DL-DE-BY-2.0", "DL-DE-ZERO-2.0", "DOC", "DocBook-DTD", "DocBook-Schema", "DocBook-Stylesheet", "DocBook-XML", "Dotseqn", "DRL-1.0", "DRL-1.1", "DSDP", "dtoa", "dvipdfm", "ECL-1.0", "ECL-2.0", "eCos-2.0", "EFL-1.0", "EFL-2.0", "eGenix", "Elastic-2.0", "Entessa", "EPICS", "EPL-1.0", "EPL-2.0", "ErlPL-1.1", "ESA-PL-permissive-2.4", "ESA-PL-strong-copyleft-2.4", "ESA-PL-weak-copyleft-2.4", "etalab-2.0", "EUDatagrid", "EUPL-1.0", "EUPL-1.1", "EUPL-1.2", "Eurosym", "Fair", "FBM", "FDK-AAC", "FDK-MPEG-H", "Ferguson-Twofish", "Frameworx-1.0", "FreeBSD-DOC", "FreeImage", "FSFAP", "FSFAP-no-warranty-disclaimer", "FSFUL", "FSFULLR", "FSFULLRSD", "FSFULLRWD", "FSL-1.1-ALv2", "FSL-1.1-MIT", "FTL", "Furuseth", "fwlw", "Game-Programming-Gems", "GCR-docs", "GD", "generic-xts", "GFDL-1.1", "GFDL-1.1-invariants-only", "GFDL-1.1-invariants-or-later", "GFDL-1.1-no-invariants-only", "GFDL-1.1-no-invariants-or-later", "GFDL-1.1-only", "GFDL-1.1-or-later", "GFDL-1.2", "GFDL-1.2-invariants-only", "GFDL-1.2-invariants-or-later", "GFDL-1.2-no-invariants-only", "GFDL-1.2-no-invariants-or-later", "GFDL-1.2-only", "GFDL-1.2-or-later", "GFDL-1.3", "GFDL-1.3-invariants-only", "GFDL-1.3-invariants-or-later", "GFDL-1.3-no-invariants-only", "GFDL-1.3-no-invariants-or-later", "GFDL-1.3-only", "GFDL-1.3-or-later", "Giftware", "GL2PS", "Glide", "Glulxe", "GLWTPL", "gnuplot", "GPL-1.0", "GPL-1.0+", "GPL-1.0-only", "GPL-1.0-or-later", "GPL-2.0", "GPL-2.0+", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-2.0-with-autoconf-exception", "GPL-2.0-with-bison-exception", "GPL-2.0-with-classpath-exception", "GPL-2.0-with-font-exception", "GPL-2.0-with-GCC-exception", "GPL-3.0", "GPL-3.0+", "GPL-3.0-only", "GPL-3.0-or-later", "GPL-3.0-with-autoconf-exception", "GPL-3.0-with-GCC-exception", "Graphics-Gems", "gSOAP-1.3b", "gtkbook", "Gutmann", "HaskellReport", "HDF5", "hdparm", "HIDAPI", "Hippocratic-2.1", "Hippocratic-3.0-core", "HP-1986", "HP-1989", "HPND", "HPND-DEC", "HPND-doc", "HPND-doc-sell", "HPND-export-US", "HPND-export-US-acknowledgement", "HPND-export-US-modify", "HPND-export2-US", "HPND-Fenneberg-Livingston", "HPND-INRIA-IMAG", "HPND-Intel", "HPND-Kevlin-Henney", "HPND-Markus-Kuhn", "HPND-merchantability-variant", "HPND-MIT-disclaimer", "HPND-Netrek", "HPND-Pbmplus", "HPND-sell-MIT-disclaimer-xserver", "HPND-sell-regexpr", "HPND-sell-variant", "HPND-sell-variant-critical-systems", "HPND-sell-variant-MIT-disclaimer", "HPND-sell-variant-MIT-disclaimer-rev", "HPND-SMC", "HPND-UC", "HPND-UC-export-US", "HTMLTIDY", "hyphen-bulgarian", "IBM-pibs", "ICU", "IEC-Code-Components-EULA", "IJG", "IJG-short", "ImageMagick", "iMatix", "Imlib2", "Info-ZIP", "Informatica", "Inner-Net-2.0", "InnoSetup", "Intel", "Intel-ACPI", "Interbase-1.0", "IPA", "IPL-1.0", "ISC", "ISC-Veillard", "ISO-permission", "Jam", "JasPer-2.0", "jove", "JPL-image", "JPNIC", "JSON", "Kastrup", "Kazlib", "Knuth-CTAN", "LAL-1.2", "LAL-1.3", "Latex2e", "Latex2e-translated-notice", "Leptonica", "LGPL-2.0", "LGPL-2.0+", "LGPL-2.0-only", "LGPL-2.0-or-later", "LGPL-2.1", "LGPL-2.1+", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0", "LGPL-3.0+", "LGPL-3.0-only", "LGPL-3.0-or-later", "LGPLLR", "Libpng", "libpng-1.6.35", "libpng-2.0", "libselinux-1.0", "libtiff", "libutil-David-Nugent", "LiLiQ-P-1.1", "LiLiQ-R-1.1", "LiLiQ-Rplus-1.1", "Linux-man-pages-1-para", "Linux-man-pages-copyleft", "Linux-man-pages-copyleft-2-para", "Linux-man-pages-copyleft-var", "Linux-OpenIB", "LOOP", "LPD-document", "LPL-1.0", "LPL-1.02", "LPPL-1.0", "LPPL-1.1", "LPPL-1.2", "LPPL-1.3a", "LPPL-1.3c", "lsof", "Lucida-Bitmap-Fonts", "LZMA-SDK-9.11-to-9.20", "LZMA-SDK-9.22", "Mackerras-3-Clause", "Mackerras-3-Clause-acknowledgment", "magaz", "mailprio", "MakeIndex", "man2html", "Martin-Birgmeier", "McPhee-slideshow", "metamail", "Minpack", "MIPS", "MirOS", "MIT", "MIT-0", "MIT-advertising", "MIT-Click", "MIT-CMU", "MIT-enna", "MIT-feh", "MIT-Festival", "MIT-Khronos-old", "MIT-Modern-Variant", "MIT-open-group", "MIT-STK", "MIT-testregex", "MIT-Wu", "MITNFA", "MMIXware", "MMPL-1.0.1", "Motosoto", "MPEG-SSG", "mpi-permissive", "mpich2", "MPL-1.0", "MPL-1.1", "MPL-2.0", "MPL-2.0-no-copyleft-exception", "mplus", "MS-LPL", "MS-PL", "MS-RL", "MTLL", "MulanPSL-1.0", "MulanPSL-2.0", "Multics", "Mup", "MVT-1.1", "NAIST-2003", "NASA-1.3", "Naumen", "NBPL-1.0", "NCBI-PD", "NCGL-UK-2.0", "NCL", "NCSA", "Net-SNMP", "NetCDF", "Newsletr", "NGPL", "ngrep", "NICTA-1.0", "NIST-PD", "NIST-PD-fallback", "NIST-PD-TNT", "NIST-Software", "NLOD-1.0", "NLOD-2.0", "NLPL", "Nokia", "NOSL", "Noweb", "NPL-1.0", "NPL-1.1", "NPOSL-3.0", "NRL", "NTIA-PD", "NTP", "NTP-0", "Nunit", "O-UDA-1.0", "OAR", "OCCT-PL", "OCLC-2.0", "ODbL-1.0", "ODC-By-1.0", "OFFIS", "OFL-1.0", "OFL-1.0-no-RFN", "OFL-1.0-RFN", "OFL-1.1", "OFL-1.1-no-RFN", "OFL-1.1-RFN", "OGC-1.0", "OGDL-Taiwan-1.0", "OGL-Canada-2.0", "OGL-UK-1.0", "OGL-UK-2.0", "OGL-UK-3.0", "OGTSL", "OLDAP-1.1", "OLDAP-1.2", "OLDAP-1.3", "OLDAP-1.4", "OLDAP-2.0", "OLDAP-2.0.1", "OLDAP-2.1", "OLDAP-2.2", "OLDAP-2.2.1", "OLDAP-2.2.2", "OLDAP-2.3", "OLDAP-2.4", "OLDAP-2.5", "OLDAP-2.6", "OLDAP-2.7", "OLDAP-2.8", "OLFL-1.3", "OML", "OpenMDW-1.0", "OpenPBS-2.3", "OpenSSL", "OpenSSL-standalone", "OpenVision", "OPL-1.0", "OPL-UK-3.0", "OPUBL-1.0", "OSC-1.0", "OSET-PL-2.1", "OSL-1.0", "OSL-1.1", "OSL-2.0", "OSL-2.1", "OSL-3.0", "OSSP", "PADL", "ParaType-Free-Font-1.3", "Parity-6.0.0", "Parity-7.0.0", "PDDL-1.0", "PHP-3.0", "PHP-3.01", "Pixar", "pkgconf", "Plexus", "pnmstitch", "PolyForm-Noncommercial-1.0.0", "PolyForm-Small-Business-1.0.0", "PostgreSQL", "PPL", "PSF-2.0", "psfrag", "psutils", "Python-2.0", "Python-2.0.1", "python-ldap", "Qhull", "QPL-1.0", "QPL-1.0-INRIA-2004", "radvd", "Rdisc", "RHeCos-1.1", "RPL-1.1", "RPL-1.5", "RPSL-1.0", "RSA-MD", "RSCPL", "Ruby", "Ruby-pty", "SAX-PD", "SAX-PD-2.0", "Saxpath", "SCEA", "SchemeReport", "Sendmail", "Sendmail-8.23", "Sendmail-Open-Source-1.1", "SGI-B-1.0", "SGI-B-1.1", "SGI-B-2.0", "SGI-OpenGL", "SGMLUG-PM", "SGP4", "SHL-0.5", "SHL-0.51", "SimPL-2.0", "SISSL", "SISSL-1.2", "SL", "Sleepycat", "SMAIL-GPL", "SMLNJ", "SMPPL", "SNIA", "snprintf", "SOFA", "softSurfer", "Soundex", "Spencer-86", "Spencer-94", "Spencer-99", "SPL-1.0", "ssh-keyscan", "SSH-OpenSSH", "SSH-short", "SSLeay-standalone", "SSPL-1.0", "StandardML-NJ", "SugarCRM-1.1.3", "SUL-1.0", "Sun-PPP", "Sun-PPP-2000", "SunPro", "SWL", "swrule", "Symlinks", "TAPR-OHL-1.0", "TCL", "TCP-wrappers", "TekHVC", "TermReadKey", "TGPPL-1.0", "ThirdEye", "threeparttable", "TMate", "TORQUE-1.1", "TOSL", "TPDL", "TPL-1.0", "TrustedQSL", "TTWL", "TTYP0", "TU-Berlin-1.0", "TU-Berlin-2.0", "Ubuntu-font-1.0", "UCAR", "UCL-1.0", "ulem", "UMich-Merit", "Unicode-3.0", "Unicode-DFS-2015", "Unicode-DFS-2016", "Unicode-TOU", "UnixCrypt", "Unlicense", "Unlicense-libtelnet", "Unlicense-libwhirlpool", "UnRAR", "UPL-1.0", "URT-RLE", "Vim", "Vixie-Cron", "VOSTROM", "VSL-1.0", "W3C", "W3C-19980720", "W3C-20150513", "w3m", "Watcom-1.0", "Widget-Workshop", "WordNet", "Wsuipa", "WTFNMFPL", "WTFPL", "wwl", "wxWindows", "X11", "X11-distribute-modifications-variant", "X11-no-permit-persons", "X11-swapped", "Xdebug-1.03", "Xerox", "Xfig", "XFree86-1.1", "xinetd", "xkeyboard-config-Zinoviev", "xlock", "Xnet", "xpp", "XSkat", "xzoom", "YPL-1.0", "YPL-1.1", "Zed", "Zeeff", "Zend-2.0", "Zimbra-1.3", "Zimbra-1.4", "Zlib", "zlib-acknowledgement", "ZPL-1.1", "ZPL-2.0", "ZPL-2.1", "389-exception", "Asterisk-exception", "Asterisk-linking-protocols-exception", "Autoconf-exception-2.0", "Autoconf-exception-3.0", "Autoconf-exception-generic", "Autoconf-exception-generic-3.0", "Autoconf-exception-macro", "Bison-exception-1.24", "Bison-exception-2.2", "Bootloader-exception", "CGAL-linking-exception", "Classpath-exception-2.0", "Classpath-exception-2.0-short", "CLISP-exception-2.0", "cryptsetup-OpenSSL-exception", "Digia-Qt-LGPL-exception-1.1", "DigiRule-FOSS-exception", "eCos-exception-2.0", "erlang-otp-linking-exception", "Fawkes-Runtime-exception", "FLTK-exception", "fmt-exception", "Font-exception-2.0", "freertos-exception-2.0", "GCC-exception-2.0", "GCC-exception-2.0-note", "GCC-exception-3.1", "Gmsh-exception", "GNAT-exception", "GNOME-examples-exception", "GNU-compiler-exception", "gnu-javamail-exception", "Google-Patent-WebM", "GPL-3.0-389-ds-base-exception", "GPL-3.0-interface-exception", "GPL-3.0-linking-exception", "GPL-3.0-linking-source-exception", "GPL-CC-1.0", "GStreamer-exception-2005", "GStreamer-exception-2008", "harbour-exception", "i2p-gpl-java-exception", "Independent-modules-exception", "KiCad-libraries-exception", "kvirc-openssl-exception", "LGPL-3.0-linking-exception", "libpri-OpenH323-exception", "Libtool-exception", "Linux-syscall-note", "LLGPL", "LLVM-exception", "LZMA-exception", "mif-exception", "mxml-exception", "Nokia-Qt-exception-1.1", "OCaml-LGPL-linking-exception", "OCCT-exception-1.0", "OpenJDK-assembly-exception-1.0", "openvpn-openssl-exception", "PCRE2-exception", "polyparse-exception", "PS-or-PDF-font-exception-20170817", "QPL-1.0-INRIA-2004-exception", "Qt-GPL-exception-1.0", "Qt-LGPL-exception-1.1", "Qwt-exception-1.0", "romic-exception", "RRDtool-FLOSS-exception-2.0", "rsync-linking-exception", "SANE-exception", "SHL-2.0", "SHL-2.1", "Simple-Library-Usage-exception", "Spelling-Provider-LGPL-exception", "sqlitestudio-OpenSSL-exception", "stunnel-exception", "SWI-exception", "Swift-exception", "Texinfo-exception", "u-boot-exception-2.0", "UBDL-exception", "Universal-FOSS-exception-1.0", "vsftpd-openssl-exception", "WxWindows-exception-3.1", "x11vnc-openssl-exception"] };
var schema26 = { "type": "object", "required": ["content"], "additionalProperties": false, "properties": { "contentType": { "type": "string", "default": "text/plain" }, "encoding": { "type": "string", "enum": ["base64"] }, "content": { "type": "string" } } };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.id === void 0 && (missing0 = "id")) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.name === void 0 && (missing1 = "name")) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate20.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs4 = errors;
      for (const key0 in data) {
        if (!(key0 === "bom-ref" || key0 === "id" || key0 === "name" || key0 === "text" || key0 === "url" || key0 === "licensing" || key0 === "properties")) {
          validate20.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs4 === errors) {
        if (data["bom-ref"] !== void 0) {
          let data0 = data["bom-ref"];
          const _errs5 = errors;
          const _errs6 = errors;
          if (errors === _errs6) {
            if (typeof data0 === "string") {
              if (func5(data0) < 1) {
                validate20.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            } else {
              validate20.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid1 = _errs5 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.id !== void 0) {
            let data1 = data.id;
            const _errs8 = errors;
            if (typeof data1 !== "string") {
              validate20.errors = [{ instancePath: instancePath + "/id", schemaPath: "spdx.SNAPSHOT.schema.json/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            let valid4;
            valid4 = false;
            valid4 = enumHas(schema25.enum, data1, func0);
            if (!valid4) {
              validate20.errors = [{ instancePath: instancePath + "/id", schemaPath: "spdx.SNAPSHOT.schema.json/enum", keyword: "enum", params: { allowedValues: schema25.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid1 = _errs8 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.name !== void 0) {
              const _errs11 = errors;
              if (typeof data.name !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs11 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.text !== void 0) {
                let data3 = data.text;
                const _errs13 = errors;
                const _errs14 = errors;
                if (errors === _errs14) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    let missing2;
                    if (data3.content === void 0 && (missing2 = "content")) {
                      validate20.errors = [{ instancePath: instancePath + "/text", schemaPath: "#/definitions/attachment/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                      return false;
                    } else {
                      const _errs16 = errors;
                      for (const key1 in data3) {
                        if (!(key1 === "contentType" || key1 === "encoding" || key1 === "content")) {
                          validate20.errors = [{ instancePath: instancePath + "/text", schemaPath: "#/definitions/attachment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                          return false;
                          break;
                        }
                      }
                      if (_errs16 === errors) {
                        if (data3.contentType !== void 0) {
                          const _errs17 = errors;
                          if (typeof data3.contentType !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/text/contentType", schemaPath: "#/definitions/attachment/properties/contentType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid6 = _errs17 === errors;
                        } else {
                          var valid6 = true;
                        }
                        if (valid6) {
                          if (data3.encoding !== void 0) {
                            let data5 = data3.encoding;
                            const _errs19 = errors;
                            if (typeof data5 !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/text/encoding", schemaPath: "#/definitions/attachment/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            if (!(data5 === "base64")) {
                              validate20.errors = [{ instancePath: instancePath + "/text/encoding", schemaPath: "#/definitions/attachment/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema26.properties.encoding.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                            var valid6 = _errs19 === errors;
                          } else {
                            var valid6 = true;
                          }
                          if (valid6) {
                            if (data3.content !== void 0) {
                              const _errs21 = errors;
                              if (typeof data3.content !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/text/content", schemaPath: "#/definitions/attachment/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid6 = _errs21 === errors;
                            } else {
                              var valid6 = true;
                            }
                          }
                        }
                      }
                    }
                  } else {
                    validate20.errors = [{ instancePath: instancePath + "/text", schemaPath: "#/definitions/attachment/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid1 = _errs13 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.url !== void 0) {
                  const _errs23 = errors;
                  if (errors === _errs23) {
                    if (errors === _errs23) {
                      if (!(typeof data.url === "string")) {
                        validate20.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                  }
                  var valid1 = _errs23 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.licensing !== void 0) {
                    let data8 = data.licensing;
                    const _errs25 = errors;
                    if (errors === _errs25) {
                      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                        const _errs27 = errors;
                        for (const key2 in data8) {
                          if (!(key2 === "altIds" || key2 === "licensor" || key2 === "licensee" || key2 === "purchaser" || key2 === "purchaseOrder" || key2 === "licenseTypes" || key2 === "lastRenewal" || key2 === "expiration")) {
                            validate20.errors = [{ instancePath: instancePath + "/licensing", schemaPath: "#/properties/licensing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                          }
                        }
                        if (_errs27 === errors) {
                          if (data8.altIds !== void 0) {
                            let data9 = data8.altIds;
                            const _errs28 = errors;
                            if (errors === _errs28) {
                              if (Array.isArray(data9)) {
                                var valid8 = true;
                                const len0 = data9.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                  const _errs30 = errors;
                                  if (typeof data9[i0] !== "string") {
                                    validate20.errors = [{ instancePath: instancePath + "/licensing/altIds/" + i0, schemaPath: "#/properties/licensing/properties/altIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid8 = _errs30 === errors;
                                  if (!valid8) {
                                    break;
                                  }
                                }
                              } else {
                                validate20.errors = [{ instancePath: instancePath + "/licensing/altIds", schemaPath: "#/properties/licensing/properties/altIds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid7 = _errs28 === errors;
                          } else {
                            var valid7 = true;
                          }
                          if (valid7) {
                            if (data8.licensor !== void 0) {
                              let data11 = data8.licensor;
                              const _errs32 = errors;
                              const _errs34 = errors;
                              let valid9 = false;
                              let passing1 = null;
                              const _errs35 = errors;
                              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                let missing3;
                                if (data11.organization === void 0 && (missing3 = "organization")) {
                                  const err3 = { instancePath: instancePath + "/licensing/licensor", schemaPath: "#/properties/licensing/properties/licensor/oneOf/0/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" };
                                  if (vErrors === null) {
                                    vErrors = [err3];
                                  } else {
                                    vErrors.push(err3);
                                  }
                                  errors++;
                                }
                              }
                              var _valid1 = _errs35 === errors;
                              if (_valid1) {
                                valid9 = true;
                                passing1 = 0;
                              }
                              const _errs36 = errors;
                              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                let missing4;
                                if (data11.individual === void 0 && (missing4 = "individual")) {
                                  const err4 = { instancePath: instancePath + "/licensing/licensor", schemaPath: "#/properties/licensing/properties/licensor/oneOf/1/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" };
                                  if (vErrors === null) {
                                    vErrors = [err4];
                                  } else {
                                    vErrors.push(err4);
                                  }
                                  errors++;
                                }
                              }
                              var _valid1 = _errs36 === errors;
                              if (_valid1 && valid9) {
                                valid9 = false;
                                passing1 = [passing1, 1];
                              } else {
                                if (_valid1) {
                                  valid9 = true;
                                  passing1 = 1;
                                }
                              }
                              if (!valid9) {
                                const err5 = { instancePath: instancePath + "/licensing/licensor", schemaPath: "#/properties/licensing/properties/licensor/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                                if (vErrors === null) {
                                  vErrors = [err5];
                                } else {
                                  vErrors.push(err5);
                                }
                                errors++;
                                validate20.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs34;
                                if (vErrors !== null) {
                                  if (_errs34) {
                                    vErrors.length = _errs34;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              if (errors === _errs32) {
                                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                  const _errs37 = errors;
                                  for (const key3 in data11) {
                                    if (!(key3 === "organization" || key3 === "individual")) {
                                      validate20.errors = [{ instancePath: instancePath + "/licensing/licensor", schemaPath: "#/properties/licensing/properties/licensor/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                      return false;
                                      break;
                                    }
                                  }
                                  if (_errs37 === errors) {
                                    if (data11.organization !== void 0) {
                                      const _errs38 = errors;
                                      if (!validate13(data11.organization, { instancePath: instancePath + "/licensing/licensor/organization", parentData: data11, parentDataProperty: "organization", rootData })) {
                                        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid10 = _errs38 === errors;
                                    } else {
                                      var valid10 = true;
                                    }
                                    if (valid10) {
                                      if (data11.individual !== void 0) {
                                        const _errs39 = errors;
                                        if (!validate14(data11.individual, { instancePath: instancePath + "/licensing/licensor/individual", parentData: data11, parentDataProperty: "individual", rootData })) {
                                          vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                                          errors = vErrors.length;
                                        }
                                        var valid10 = _errs39 === errors;
                                      } else {
                                        var valid10 = true;
                                      }
                                    }
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/licensing/licensor", schemaPath: "#/properties/licensing/properties/licensor/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid7 = _errs32 === errors;
                            } else {
                              var valid7 = true;
                            }
                            if (valid7) {
                              if (data8.licensee !== void 0) {
                                let data14 = data8.licensee;
                                const _errs40 = errors;
                                const _errs42 = errors;
                                let valid11 = false;
                                let passing2 = null;
                                const _errs43 = errors;
                                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                  let missing5;
                                  if (data14.organization === void 0 && (missing5 = "organization")) {
                                    const err6 = { instancePath: instancePath + "/licensing/licensee", schemaPath: "#/properties/licensing/properties/licensee/oneOf/0/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" };
                                    if (vErrors === null) {
                                      vErrors = [err6];
                                    } else {
                                      vErrors.push(err6);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid2 = _errs43 === errors;
                                if (_valid2) {
                                  valid11 = true;
                                  passing2 = 0;
                                }
                                const _errs44 = errors;
                                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                  let missing6;
                                  if (data14.individual === void 0 && (missing6 = "individual")) {
                                    const err7 = { instancePath: instancePath + "/licensing/licensee", schemaPath: "#/properties/licensing/properties/licensee/oneOf/1/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" };
                                    if (vErrors === null) {
                                      vErrors = [err7];
                                    } else {
                                      vErrors.push(err7);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid2 = _errs44 === errors;
                                if (_valid2 && valid11) {
                                  valid11 = false;
                                  passing2 = [passing2, 1];
                                } else {
                                  if (_valid2) {
                                    valid11 = true;
                                    passing2 = 1;
                                  }
                                }
                                if (!valid11) {
                                  const err8 = { instancePath: instancePath + "/licensing/licensee", schemaPath: "#/properties/licensing/properties/licensee/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                                  if (vErrors === null) {
                                    vErrors = [err8];
                                  } else {
                                    vErrors.push(err8);
                                  }
                                  errors++;
                                  validate20.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs42;
                                  if (vErrors !== null) {
                                    if (_errs42) {
                                      vErrors.length = _errs42;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                if (errors === _errs40) {
                                  if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                    const _errs45 = errors;
                                    for (const key4 in data14) {
                                      if (!(key4 === "organization" || key4 === "individual")) {
                                        validate20.errors = [{ instancePath: instancePath + "/licensing/licensee", schemaPath: "#/properties/licensing/properties/licensee/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                        return false;
                                        break;
                                      }
                                    }
                                    if (_errs45 === errors) {
                                      if (data14.organization !== void 0) {
                                        const _errs46 = errors;
                                        if (!validate13(data14.organization, { instancePath: instancePath + "/licensing/licensee/organization", parentData: data14, parentDataProperty: "organization", rootData })) {
                                          vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                                          errors = vErrors.length;
                                        }
                                        var valid12 = _errs46 === errors;
                                      } else {
                                        var valid12 = true;
                                      }
                                      if (valid12) {
                                        if (data14.individual !== void 0) {
                                          const _errs47 = errors;
                                          if (!validate14(data14.individual, { instancePath: instancePath + "/licensing/licensee/individual", parentData: data14, parentDataProperty: "individual", rootData })) {
                                            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid12 = _errs47 === errors;
                                        } else {
                                          var valid12 = true;
                                        }
                                      }
                                    }
                                  } else {
                                    validate20.errors = [{ instancePath: instancePath + "/licensing/licensee", schemaPath: "#/properties/licensing/properties/licensee/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid7 = _errs40 === errors;
                              } else {
                                var valid7 = true;
                              }
                              if (valid7) {
                                if (data8.purchaser !== void 0) {
                                  let data17 = data8.purchaser;
                                  const _errs48 = errors;
                                  const _errs50 = errors;
                                  let valid13 = false;
                                  let passing3 = null;
                                  const _errs51 = errors;
                                  if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                    let missing7;
                                    if (data17.organization === void 0 && (missing7 = "organization")) {
                                      const err9 = { instancePath: instancePath + "/licensing/purchaser", schemaPath: "#/properties/licensing/properties/purchaser/oneOf/0/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" };
                                      if (vErrors === null) {
                                        vErrors = [err9];
                                      } else {
                                        vErrors.push(err9);
                                      }
                                      errors++;
                                    }
                                  }
                                  var _valid3 = _errs51 === errors;
                                  if (_valid3) {
                                    valid13 = true;
                                    passing3 = 0;
                                  }
                                  const _errs52 = errors;
                                  if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                    let missing8;
                                    if (data17.individual === void 0 && (missing8 = "individual")) {
                                      const err10 = { instancePath: instancePath + "/licensing/purchaser", schemaPath: "#/properties/licensing/properties/purchaser/oneOf/1/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" };
                                      if (vErrors === null) {
                                        vErrors = [err10];
                                      } else {
                                        vErrors.push(err10);
                                      }
                                      errors++;
                                    }
                                  }
                                  var _valid3 = _errs52 === errors;
                                  if (_valid3 && valid13) {
                                    valid13 = false;
                                    passing3 = [passing3, 1];
                                  } else {
                                    if (_valid3) {
                                      valid13 = true;
                                      passing3 = 1;
                                    }
                                  }
                                  if (!valid13) {
                                    const err11 = { instancePath: instancePath + "/licensing/purchaser", schemaPath: "#/properties/licensing/properties/purchaser/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                                    if (vErrors === null) {
                                      vErrors = [err11];
                                    } else {
                                      vErrors.push(err11);
                                    }
                                    errors++;
                                    validate20.errors = vErrors;
                                    return false;
                                  } else {
                                    errors = _errs50;
                                    if (vErrors !== null) {
                                      if (_errs50) {
                                        vErrors.length = _errs50;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  if (errors === _errs48) {
                                    if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                      const _errs53 = errors;
                                      for (const key5 in data17) {
                                        if (!(key5 === "organization" || key5 === "individual")) {
                                          validate20.errors = [{ instancePath: instancePath + "/licensing/purchaser", schemaPath: "#/properties/licensing/properties/purchaser/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }];
                                          return false;
                                          break;
                                        }
                                      }
                                      if (_errs53 === errors) {
                                        if (data17.organization !== void 0) {
                                          const _errs54 = errors;
                                          if (!validate13(data17.organization, { instancePath: instancePath + "/licensing/purchaser/organization", parentData: data17, parentDataProperty: "organization", rootData })) {
                                            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid14 = _errs54 === errors;
                                        } else {
                                          var valid14 = true;
                                        }
                                        if (valid14) {
                                          if (data17.individual !== void 0) {
                                            const _errs55 = errors;
                                            if (!validate14(data17.individual, { instancePath: instancePath + "/licensing/purchaser/individual", parentData: data17, parentDataProperty: "individual", rootData })) {
                                              vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                                              errors = vErrors.length;
                                            }
                                            var valid14 = _errs55 === errors;
                                          } else {
                                            var valid14 = true;
                                          }
                                        }
                                      }
                                    } else {
                                      validate20.errors = [{ instancePath: instancePath + "/licensing/purchaser", schemaPath: "#/properties/licensing/properties/purchaser/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid7 = _errs48 === errors;
                                } else {
                                  var valid7 = true;
                                }
                                if (valid7) {
                                  if (data8.purchaseOrder !== void 0) {
                                    const _errs56 = errors;
                                    if (typeof data8.purchaseOrder !== "string") {
                                      validate20.errors = [{ instancePath: instancePath + "/licensing/purchaseOrder", schemaPath: "#/properties/licensing/properties/purchaseOrder/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid7 = _errs56 === errors;
                                  } else {
                                    var valid7 = true;
                                  }
                                  if (valid7) {
                                    if (data8.licenseTypes !== void 0) {
                                      let data21 = data8.licenseTypes;
                                      const _errs58 = errors;
                                      if (errors === _errs58) {
                                        if (Array.isArray(data21)) {
                                          var valid15 = true;
                                          const len1 = data21.length;
                                          for (let i1 = 0; i1 < len1; i1++) {
                                            let data22 = data21[i1];
                                            const _errs60 = errors;
                                            if (typeof data22 !== "string") {
                                              validate20.errors = [{ instancePath: instancePath + "/licensing/licenseTypes/" + i1, schemaPath: "#/properties/licensing/properties/licenseTypes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            if (!(data22 === "academic" || data22 === "appliance" || data22 === "client-access" || data22 === "concurrent-user" || data22 === "core-points" || data22 === "custom-metric" || data22 === "device" || data22 === "evaluation" || data22 === "named-user" || data22 === "node-locked" || data22 === "oem" || data22 === "perpetual" || data22 === "processor-points" || data22 === "subscription" || data22 === "user" || data22 === "other")) {
                                              validate20.errors = [{ instancePath: instancePath + "/licensing/licenseTypes/" + i1, schemaPath: "#/properties/licensing/properties/licenseTypes/items/enum", keyword: "enum", params: { allowedValues: schema23.properties.licensing.properties.licenseTypes.items.enum }, message: "must be equal to one of the allowed values" }];
                                              return false;
                                            }
                                            var valid15 = _errs60 === errors;
                                            if (!valid15) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate20.errors = [{ instancePath: instancePath + "/licensing/licenseTypes", schemaPath: "#/properties/licensing/properties/licenseTypes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid7 = _errs58 === errors;
                                    } else {
                                      var valid7 = true;
                                    }
                                    if (valid7) {
                                      if (data8.lastRenewal !== void 0) {
                                        let data23 = data8.lastRenewal;
                                        const _errs62 = errors;
                                        if (errors === _errs62) {
                                          if (errors === _errs62) {
                                            if (typeof data23 === "string") {
                                              if (!formats0.validate(data23)) {
                                                validate20.errors = [{ instancePath: instancePath + "/licensing/lastRenewal", schemaPath: "#/properties/licensing/properties/lastRenewal/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                                return false;
                                              }
                                            } else {
                                              validate20.errors = [{ instancePath: instancePath + "/licensing/lastRenewal", schemaPath: "#/properties/licensing/properties/lastRenewal/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                        }
                                        var valid7 = _errs62 === errors;
                                      } else {
                                        var valid7 = true;
                                      }
                                      if (valid7) {
                                        if (data8.expiration !== void 0) {
                                          let data24 = data8.expiration;
                                          const _errs64 = errors;
                                          if (errors === _errs64) {
                                            if (errors === _errs64) {
                                              if (typeof data24 === "string") {
                                                if (!formats0.validate(data24)) {
                                                  validate20.errors = [{ instancePath: instancePath + "/licensing/expiration", schemaPath: "#/properties/licensing/properties/expiration/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                                  return false;
                                                }
                                              } else {
                                                validate20.errors = [{ instancePath: instancePath + "/licensing/expiration", schemaPath: "#/properties/licensing/properties/expiration/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                          }
                                          var valid7 = _errs64 === errors;
                                        } else {
                                          var valid7 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/licensing", schemaPath: "#/properties/licensing/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid1 = _errs25 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.properties !== void 0) {
                      let data25 = data.properties;
                      const _errs66 = errors;
                      if (errors === _errs66) {
                        if (Array.isArray(data25)) {
                          var valid16 = true;
                          const len2 = data25.length;
                          for (let i2 = 0; i2 < len2; i2++) {
                            let data26 = data25[i2];
                            const _errs68 = errors;
                            const _errs69 = errors;
                            if (errors === _errs69) {
                              if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                if (data26.name !== void 0) {
                                  const _errs71 = errors;
                                  if (typeof data26.name !== "string") {
                                    validate20.errors = [{ instancePath: instancePath + "/properties/" + i2 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid18 = _errs71 === errors;
                                } else {
                                  var valid18 = true;
                                }
                                if (valid18) {
                                  if (data26.value !== void 0) {
                                    const _errs73 = errors;
                                    if (typeof data26.value !== "string") {
                                      validate20.errors = [{ instancePath: instancePath + "/properties/" + i2 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid18 = _errs73 === errors;
                                  } else {
                                    var valid18 = true;
                                  }
                                }
                              } else {
                                validate20.errors = [{ instancePath: instancePath + "/properties/" + i2, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid16 = _errs68 === errors;
                            if (!valid16) {
                              break;
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid1 = _errs66 === errors;
                    } else {
                      var valid1 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data)) {
    validate19.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
    return false;
  }
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (Array.isArray(data)) {
      var valid1 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs4 = errors;
        if (errors === _errs4) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            let missing0;
            if (data0.license === void 0 && (missing0 = "license")) {
              const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/oneOf/0/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            } else {
              const _errs6 = errors;
              for (const key0 in data0) {
                if (!(key0 === "license")) {
                  const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/oneOf/0/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                  break;
                }
              }
              if (_errs6 === errors) {
                if (data0.license !== void 0) {
                  if (!validate20(data0.license, { instancePath: instancePath + "/" + i0 + "/license", parentData: data0, parentDataProperty: "license", rootData })) {
                    vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                    errors = vErrors.length;
                  }
                }
              }
            }
          } else {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/oneOf/0/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        var valid1 = _errs4 === errors;
        if (!valid1) {
          break;
        }
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs8 = errors;
  if (errors === _errs8) {
    if (Array.isArray(data)) {
      if (data.length > 1) {
        const err4 = { instancePath, schemaPath: "#/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        if (data.length < 1) {
          const err5 = { instancePath, schemaPath: "#/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        } else {
          const len1 = data.length;
          if (!(len1 <= 1)) {
            const err6 = { instancePath, schemaPath: "#/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          } else {
            const len2 = data.length;
            if (len2 > 0) {
              let data2 = data[0];
              const _errs10 = errors;
              if (errors === _errs10) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  let missing1;
                  if (data2.expression === void 0 && (missing1 = "expression")) {
                    const err7 = { instancePath: instancePath + "/0", schemaPath: "#/oneOf/1/items/0/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  } else {
                    const _errs12 = errors;
                    for (const key1 in data2) {
                      if (!(key1 === "expression" || key1 === "bom-ref")) {
                        const err8 = { instancePath: instancePath + "/0", schemaPath: "#/oneOf/1/items/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err8];
                        } else {
                          vErrors.push(err8);
                        }
                        errors++;
                        break;
                      }
                    }
                    if (_errs12 === errors) {
                      if (data2.expression !== void 0) {
                        const _errs13 = errors;
                        if (typeof data2.expression !== "string") {
                          const err9 = { instancePath: instancePath + "/0/expression", schemaPath: "#/oneOf/1/items/0/properties/expression/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err9];
                          } else {
                            vErrors.push(err9);
                          }
                          errors++;
                        }
                        var valid4 = _errs13 === errors;
                      } else {
                        var valid4 = true;
                      }
                      if (valid4) {
                        if (data2["bom-ref"] !== void 0) {
                          let data4 = data2["bom-ref"];
                          const _errs15 = errors;
                          const _errs16 = errors;
                          if (errors === _errs16) {
                            if (typeof data4 === "string") {
                              if (func5(data4) < 1) {
                                const err10 = { instancePath: instancePath + "/0/bom-ref", schemaPath: "#/definitions/refType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                  vErrors = [err10];
                                } else {
                                  vErrors.push(err10);
                                }
                                errors++;
                              }
                            } else {
                              const err11 = { instancePath: instancePath + "/0/bom-ref", schemaPath: "#/definitions/refType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              if (vErrors === null) {
                                vErrors = [err11];
                              } else {
                                vErrors.push(err11);
                              }
                              errors++;
                            }
                          }
                          var valid4 = _errs15 === errors;
                        } else {
                          var valid4 = true;
                        }
                      }
                    }
                  }
                } else {
                  const err12 = { instancePath: instancePath + "/0", schemaPath: "#/oneOf/1/items/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
            }
          }
        }
      }
    } else {
      const err13 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
  }
  var _valid0 = _errs8 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err14 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
    validate19.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  validate19.errors = vErrors;
  return errors === 0;
}
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.tagId === void 0 && (missing0 = "tagId") || data.name === void 0 && (missing0 = "name")) {
        validate29.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "tagId" || key0 === "name" || key0 === "version" || key0 === "tagVersion" || key0 === "patch" || key0 === "text" || key0 === "url")) {
            validate29.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.tagId !== void 0) {
            const _errs2 = errors;
            if (typeof data.tagId !== "string") {
              validate29.errors = [{ instancePath: instancePath + "/tagId", schemaPath: "#/properties/tagId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.name !== void 0) {
              const _errs4 = errors;
              if (typeof data.name !== "string") {
                validate29.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.version !== void 0) {
                const _errs6 = errors;
                if (typeof data.version !== "string") {
                  validate29.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.tagVersion !== void 0) {
                  let data3 = data.tagVersion;
                  const _errs8 = errors;
                  if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
                    validate29.errors = [{ instancePath: instancePath + "/tagVersion", schemaPath: "#/properties/tagVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.patch !== void 0) {
                    const _errs10 = errors;
                    if (typeof data.patch !== "boolean") {
                      validate29.errors = [{ instancePath: instancePath + "/patch", schemaPath: "#/properties/patch/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.text !== void 0) {
                      let data5 = data.text;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      if (errors === _errs13) {
                        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                          let missing1;
                          if (data5.content === void 0 && (missing1 = "content")) {
                            validate29.errors = [{ instancePath: instancePath + "/text", schemaPath: "#/definitions/attachment/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            const _errs15 = errors;
                            for (const key1 in data5) {
                              if (!(key1 === "contentType" || key1 === "encoding" || key1 === "content")) {
                                validate29.errors = [{ instancePath: instancePath + "/text", schemaPath: "#/definitions/attachment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs15 === errors) {
                              if (data5.contentType !== void 0) {
                                const _errs16 = errors;
                                if (typeof data5.contentType !== "string") {
                                  validate29.errors = [{ instancePath: instancePath + "/text/contentType", schemaPath: "#/definitions/attachment/properties/contentType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs16 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data5.encoding !== void 0) {
                                  let data7 = data5.encoding;
                                  const _errs18 = errors;
                                  if (typeof data7 !== "string") {
                                    validate29.errors = [{ instancePath: instancePath + "/text/encoding", schemaPath: "#/definitions/attachment/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  if (!(data7 === "base64")) {
                                    validate29.errors = [{ instancePath: instancePath + "/text/encoding", schemaPath: "#/definitions/attachment/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema26.properties.encoding.enum }, message: "must be equal to one of the allowed values" }];
                                    return false;
                                  }
                                  var valid2 = _errs18 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data5.content !== void 0) {
                                    const _errs20 = errors;
                                    if (typeof data5.content !== "string") {
                                      validate29.errors = [{ instancePath: instancePath + "/text/content", schemaPath: "#/definitions/attachment/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid2 = _errs20 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate29.errors = [{ instancePath: instancePath + "/text", schemaPath: "#/definitions/attachment/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.url !== void 0) {
                        const _errs22 = errors;
                        if (errors === _errs22) {
                          if (errors === _errs22) {
                            if (!(typeof data.url === "string")) {
                              validate29.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                        }
                        var valid0 = _errs22 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "uid" || key0 === "url" || key0 === "author" || key0 === "committer" || key0 === "message")) {
          validate31.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.uid !== void 0) {
          const _errs2 = errors;
          if (typeof data.uid !== "string") {
            validate31.errors = [{ instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.url !== void 0) {
            const _errs4 = errors;
            if (errors === _errs4) {
              if (errors === _errs4) {
                if (!(typeof data.url === "string")) {
                  validate31.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.author !== void 0) {
              let data2 = data.author;
              const _errs6 = errors;
              const _errs7 = errors;
              if (errors === _errs7) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  const _errs9 = errors;
                  for (const key1 in data2) {
                    if (!(key1 === "timestamp" || key1 === "name" || key1 === "email")) {
                      validate31.errors = [{ instancePath: instancePath + "/author", schemaPath: "#/definitions/identifiableAction/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                      return false;
                      break;
                    }
                  }
                  if (_errs9 === errors) {
                    if (data2.timestamp !== void 0) {
                      let data3 = data2.timestamp;
                      const _errs10 = errors;
                      if (errors === _errs10) {
                        if (errors === _errs10) {
                          if (typeof data3 === "string") {
                            if (!formats0.validate(data3)) {
                              validate31.errors = [{ instancePath: instancePath + "/author/timestamp", schemaPath: "#/definitions/identifiableAction/properties/timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                              return false;
                            }
                          } else {
                            validate31.errors = [{ instancePath: instancePath + "/author/timestamp", schemaPath: "#/definitions/identifiableAction/properties/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                      }
                      var valid2 = _errs10 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data2.name !== void 0) {
                        const _errs12 = errors;
                        if (typeof data2.name !== "string") {
                          validate31.errors = [{ instancePath: instancePath + "/author/name", schemaPath: "#/definitions/identifiableAction/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs12 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data2.email !== void 0) {
                          let data5 = data2.email;
                          const _errs14 = errors;
                          if (errors === _errs14) {
                            if (errors === _errs14) {
                              if (typeof data5 === "string") {
                                if (!formats2(data5)) {
                                  validate31.errors = [{ instancePath: instancePath + "/author/email", schemaPath: "#/definitions/identifiableAction/properties/email/format", keyword: "format", params: { format: "idn-email" }, message: 'must match format "idn-email"' }];
                                  return false;
                                }
                              } else {
                                validate31.errors = [{ instancePath: instancePath + "/author/email", schemaPath: "#/definitions/identifiableAction/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                          }
                          var valid2 = _errs14 === errors;
                        } else {
                          var valid2 = true;
                        }
                      }
                    }
                  }
                } else {
                  validate31.errors = [{ instancePath: instancePath + "/author", schemaPath: "#/definitions/identifiableAction/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.committer !== void 0) {
                let data6 = data.committer;
                const _errs16 = errors;
                const _errs17 = errors;
                if (errors === _errs17) {
                  if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    const _errs19 = errors;
                    for (const key2 in data6) {
                      if (!(key2 === "timestamp" || key2 === "name" || key2 === "email")) {
                        validate31.errors = [{ instancePath: instancePath + "/committer", schemaPath: "#/definitions/identifiableAction/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                      }
                    }
                    if (_errs19 === errors) {
                      if (data6.timestamp !== void 0) {
                        let data7 = data6.timestamp;
                        const _errs20 = errors;
                        if (errors === _errs20) {
                          if (errors === _errs20) {
                            if (typeof data7 === "string") {
                              if (!formats0.validate(data7)) {
                                validate31.errors = [{ instancePath: instancePath + "/committer/timestamp", schemaPath: "#/definitions/identifiableAction/properties/timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                return false;
                              }
                            } else {
                              validate31.errors = [{ instancePath: instancePath + "/committer/timestamp", schemaPath: "#/definitions/identifiableAction/properties/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                        }
                        var valid4 = _errs20 === errors;
                      } else {
                        var valid4 = true;
                      }
                      if (valid4) {
                        if (data6.name !== void 0) {
                          const _errs22 = errors;
                          if (typeof data6.name !== "string") {
                            validate31.errors = [{ instancePath: instancePath + "/committer/name", schemaPath: "#/definitions/identifiableAction/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid4 = _errs22 === errors;
                        } else {
                          var valid4 = true;
                        }
                        if (valid4) {
                          if (data6.email !== void 0) {
                            let data9 = data6.email;
                            const _errs24 = errors;
                            if (errors === _errs24) {
                              if (errors === _errs24) {
                                if (typeof data9 === "string") {
                                  if (!formats2(data9)) {
                                    validate31.errors = [{ instancePath: instancePath + "/committer/email", schemaPath: "#/definitions/identifiableAction/properties/email/format", keyword: "format", params: { format: "idn-email" }, message: 'must match format "idn-email"' }];
                                    return false;
                                  }
                                } else {
                                  validate31.errors = [{ instancePath: instancePath + "/committer/email", schemaPath: "#/definitions/identifiableAction/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                            }
                            var valid4 = _errs24 === errors;
                          } else {
                            var valid4 = true;
                          }
                        }
                      }
                    }
                  } else {
                    validate31.errors = [{ instancePath: instancePath + "/committer", schemaPath: "#/definitions/identifiableAction/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs16 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.message !== void 0) {
                  const _errs26 = errors;
                  if (typeof data.message !== "string") {
                    validate31.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs26 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
var schema34 = { "type": "object", "required": ["type"], "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["unofficial", "monkey", "backport", "cherry-pick"] }, "diff": { "$ref": "#/definitions/diff" }, "resolves": { "type": "array", "items": { "$ref": "#/definitions/issue" } } } };
var schema37 = { "type": "object", "required": ["type"], "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["defect", "enhancement", "security"] }, "id": { "type": "string" }, "name": { "type": "string" }, "description": { "type": "string" }, "source": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "url": { "type": "string", "format": "iri-reference" } } }, "references": { "type": "array", "items": { "type": "string", "format": "iri-reference" } } } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "text" || key0 === "url")) {
          validate34.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.text !== void 0) {
          let data0 = data.text;
          const _errs2 = errors;
          const _errs3 = errors;
          if (errors === _errs3) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing0;
              if (data0.content === void 0 && (missing0 = "content")) {
                validate34.errors = [{ instancePath: instancePath + "/text", schemaPath: "#/definitions/attachment/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
              } else {
                const _errs5 = errors;
                for (const key1 in data0) {
                  if (!(key1 === "contentType" || key1 === "encoding" || key1 === "content")) {
                    validate34.errors = [{ instancePath: instancePath + "/text", schemaPath: "#/definitions/attachment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                  }
                }
                if (_errs5 === errors) {
                  if (data0.contentType !== void 0) {
                    const _errs6 = errors;
                    if (typeof data0.contentType !== "string") {
                      validate34.errors = [{ instancePath: instancePath + "/text/contentType", schemaPath: "#/definitions/attachment/properties/contentType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid2 = _errs6 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.encoding !== void 0) {
                      let data2 = data0.encoding;
                      const _errs8 = errors;
                      if (typeof data2 !== "string") {
                        validate34.errors = [{ instancePath: instancePath + "/text/encoding", schemaPath: "#/definitions/attachment/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      if (!(data2 === "base64")) {
                        validate34.errors = [{ instancePath: instancePath + "/text/encoding", schemaPath: "#/definitions/attachment/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema26.properties.encoding.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid2 = _errs8 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.content !== void 0) {
                        const _errs10 = errors;
                        if (typeof data0.content !== "string") {
                          validate34.errors = [{ instancePath: instancePath + "/text/content", schemaPath: "#/definitions/attachment/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs10 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate34.errors = [{ instancePath: instancePath + "/text", schemaPath: "#/definitions/attachment/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.url !== void 0) {
            const _errs12 = errors;
            if (errors === _errs12) {
              if (errors === _errs12) {
                if (!(typeof data.url === "string")) {
                  validate34.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
            }
            var valid0 = _errs12 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate34.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate33.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "type" || key0 === "diff" || key0 === "resolves")) {
            validate33.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.type !== void 0) {
            let data0 = data.type;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate33.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            if (!(data0 === "unofficial" || data0 === "monkey" || data0 === "backport" || data0 === "cherry-pick")) {
              validate33.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema34.properties.type.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.diff !== void 0) {
              const _errs4 = errors;
              if (!validate34(data.diff, { instancePath: instancePath + "/diff", parentData: data, parentDataProperty: "diff", rootData })) {
                vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.resolves !== void 0) {
                let data2 = data.resolves;
                const _errs5 = errors;
                if (errors === _errs5) {
                  if (Array.isArray(data2)) {
                    var valid1 = true;
                    const len0 = data2.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data3 = data2[i0];
                      const _errs7 = errors;
                      const _errs8 = errors;
                      if (errors === _errs8) {
                        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                          let missing1;
                          if (data3.type === void 0 && (missing1 = "type")) {
                            validate33.errors = [{ instancePath: instancePath + "/resolves/" + i0, schemaPath: "#/definitions/issue/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            const _errs10 = errors;
                            for (const key1 in data3) {
                              if (!(key1 === "type" || key1 === "id" || key1 === "name" || key1 === "description" || key1 === "source" || key1 === "references")) {
                                validate33.errors = [{ instancePath: instancePath + "/resolves/" + i0, schemaPath: "#/definitions/issue/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs10 === errors) {
                              if (data3.type !== void 0) {
                                let data4 = data3.type;
                                const _errs11 = errors;
                                if (typeof data4 !== "string") {
                                  validate33.errors = [{ instancePath: instancePath + "/resolves/" + i0 + "/type", schemaPath: "#/definitions/issue/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                if (!(data4 === "defect" || data4 === "enhancement" || data4 === "security")) {
                                  validate33.errors = [{ instancePath: instancePath + "/resolves/" + i0 + "/type", schemaPath: "#/definitions/issue/properties/type/enum", keyword: "enum", params: { allowedValues: schema37.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                                  return false;
                                }
                                var valid3 = _errs11 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data3.id !== void 0) {
                                  const _errs13 = errors;
                                  if (typeof data3.id !== "string") {
                                    validate33.errors = [{ instancePath: instancePath + "/resolves/" + i0 + "/id", schemaPath: "#/definitions/issue/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid3 = _errs13 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data3.name !== void 0) {
                                    const _errs15 = errors;
                                    if (typeof data3.name !== "string") {
                                      validate33.errors = [{ instancePath: instancePath + "/resolves/" + i0 + "/name", schemaPath: "#/definitions/issue/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid3 = _errs15 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data3.description !== void 0) {
                                      const _errs17 = errors;
                                      if (typeof data3.description !== "string") {
                                        validate33.errors = [{ instancePath: instancePath + "/resolves/" + i0 + "/description", schemaPath: "#/definitions/issue/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid3 = _errs17 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data3.source !== void 0) {
                                        let data8 = data3.source;
                                        const _errs19 = errors;
                                        if (errors === _errs19) {
                                          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                            const _errs21 = errors;
                                            for (const key2 in data8) {
                                              if (!(key2 === "name" || key2 === "url")) {
                                                validate33.errors = [{ instancePath: instancePath + "/resolves/" + i0 + "/source", schemaPath: "#/definitions/issue/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                                return false;
                                                break;
                                              }
                                            }
                                            if (_errs21 === errors) {
                                              if (data8.name !== void 0) {
                                                const _errs22 = errors;
                                                if (typeof data8.name !== "string") {
                                                  validate33.errors = [{ instancePath: instancePath + "/resolves/" + i0 + "/source/name", schemaPath: "#/definitions/issue/properties/source/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid4 = _errs22 === errors;
                                              } else {
                                                var valid4 = true;
                                              }
                                              if (valid4) {
                                                if (data8.url !== void 0) {
                                                  const _errs24 = errors;
                                                  if (errors === _errs24) {
                                                    if (errors === _errs24) {
                                                      if (!(typeof data8.url === "string")) {
                                                        validate33.errors = [{ instancePath: instancePath + "/resolves/" + i0 + "/source/url", schemaPath: "#/definitions/issue/properties/source/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                    }
                                                  }
                                                  var valid4 = _errs24 === errors;
                                                } else {
                                                  var valid4 = true;
                                                }
                                              }
                                            }
                                          } else {
                                            validate33.errors = [{ instancePath: instancePath + "/resolves/" + i0 + "/source", schemaPath: "#/definitions/issue/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs19 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data3.references !== void 0) {
                                          let data11 = data3.references;
                                          const _errs26 = errors;
                                          if (errors === _errs26) {
                                            if (Array.isArray(data11)) {
                                              var valid5 = true;
                                              const len1 = data11.length;
                                              for (let i1 = 0; i1 < len1; i1++) {
                                                const _errs28 = errors;
                                                if (errors === _errs28) {
                                                  if (errors === _errs28) {
                                                    if (!(typeof data11[i1] === "string")) {
                                                      validate33.errors = [{ instancePath: instancePath + "/resolves/" + i0 + "/references/" + i1, schemaPath: "#/definitions/issue/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                  }
                                                }
                                                var valid5 = _errs28 === errors;
                                                if (!valid5) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate33.errors = [{ instancePath: instancePath + "/resolves/" + i0 + "/references", schemaPath: "#/definitions/issue/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid3 = _errs26 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate33.errors = [{ instancePath: instancePath + "/resolves/" + i0, schemaPath: "#/definitions/issue/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid1 = _errs7 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  } else {
                    validate33.errors = [{ instancePath: instancePath + "/resolves", schemaPath: "#/properties/resolves/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate33.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
var schema38 = { "type": "object", "required": ["url", "type"], "additionalProperties": false, "properties": { "url": { "anyOf": [{ "type": "string", "format": "iri-reference" }, { "$ref": "#/definitions/bomLink" }] }, "comment": { "type": "string" }, "type": { "type": "string", "enum": ["vcs", "issue-tracker", "website", "advisories", "bom", "mailing-list", "social", "chat", "documentation", "support", "distribution", "distribution-intake", "license", "build-meta", "build-system", "release-notes", "security-contact", "model-card", "log", "configuration", "evidence", "formulation", "attestation", "threat-model", "adversary-model", "risk-assessment", "vulnerability-assertion", "exploitability-statement", "pentest-report", "static-analysis-report", "dynamic-analysis-report", "runtime-analysis-report", "component-analysis-report", "maturity-report", "certification-report", "codified-infrastructure", "quality-metrics", "poam", "other"] }, "hashes": { "type": "array", "items": { "$ref": "#/definitions/hash" } } } };
var pattern3 = new RegExp("^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*$", "u");
var pattern4 = new RegExp("^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$", "u");
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (errors === _errs2) {
      if (typeof data === "string") {
        if (!pattern3.test(data)) {
          const err0 = { instancePath, schemaPath: "#/definitions/bomLinkDocumentType/pattern", keyword: "pattern", params: { pattern: "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*$" }, message: 'must match pattern "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath, schemaPath: "#/definitions/bomLinkDocumentType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs4 = errors;
    const _errs5 = errors;
    if (errors === _errs5) {
      if (errors === _errs5) {
        if (typeof data === "string") {
          if (!pattern4.test(data)) {
            const err2 = { instancePath, schemaPath: "#/definitions/bomLinkElementType/pattern", keyword: "pattern", params: { pattern: "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$" }, message: 'must match pattern "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$"' };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        } else {
          const err3 = { instancePath, schemaPath: "#/definitions/bomLinkElementType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
    validate38.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate38.errors = vErrors;
  return errors === 0;
}
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.url === void 0 && (missing0 = "url") || data.type === void 0 && (missing0 = "type")) {
        validate37.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "url" || key0 === "comment" || key0 === "type" || key0 === "hashes")) {
            validate37.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.url !== void 0) {
            let data0 = data.url;
            const _errs2 = errors;
            const _errs3 = errors;
            let valid1 = false;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (errors === _errs4) {
                if (!(typeof data0 === "string")) {
                  const err0 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err0];
                  } else {
                    vErrors.push(err0);
                  }
                  errors++;
                }
              }
            }
            var _valid0 = _errs4 === errors;
            valid1 = valid1 || _valid0;
            if (!valid1) {
              const _errs6 = errors;
              if (!validate38(data0, { instancePath: instancePath + "/url", parentData: data, parentDataProperty: "url", rootData })) {
                vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
                errors = vErrors.length;
              }
              var _valid0 = _errs6 === errors;
              valid1 = valid1 || _valid0;
            }
            if (!valid1) {
              const err1 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
              validate37.errors = vErrors;
              return false;
            } else {
              errors = _errs3;
              if (vErrors !== null) {
                if (_errs3) {
                  vErrors.length = _errs3;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.comment !== void 0) {
              const _errs7 = errors;
              if (typeof data.comment !== "string") {
                validate37.errors = [{ instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.type !== void 0) {
                let data2 = data.type;
                const _errs9 = errors;
                if (typeof data2 !== "string") {
                  validate37.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                if (!(data2 === "vcs" || data2 === "issue-tracker" || data2 === "website" || data2 === "advisories" || data2 === "bom" || data2 === "mailing-list" || data2 === "social" || data2 === "chat" || data2 === "documentation" || data2 === "support" || data2 === "distribution" || data2 === "distribution-intake" || data2 === "license" || data2 === "build-meta" || data2 === "build-system" || data2 === "release-notes" || data2 === "security-contact" || data2 === "model-card" || data2 === "log" || data2 === "configuration" || data2 === "evidence" || data2 === "formulation" || data2 === "attestation" || data2 === "threat-model" || data2 === "adversary-model" || data2 === "risk-assessment" || data2 === "vulnerability-assertion" || data2 === "exploitability-statement" || data2 === "pentest-report" || data2 === "static-analysis-report" || data2 === "dynamic-analysis-report" || data2 === "runtime-analysis-report" || data2 === "component-analysis-report" || data2 === "maturity-report" || data2 === "certification-report" || data2 === "codified-infrastructure" || data2 === "quality-metrics" || data2 === "poam" || data2 === "other")) {
                  validate37.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema38.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                  return false;
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.hashes !== void 0) {
                  let data3 = data.hashes;
                  const _errs11 = errors;
                  if (errors === _errs11) {
                    if (Array.isArray(data3)) {
                      var valid2 = true;
                      const len0 = data3.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs13 = errors;
                        if (!validate17(data3[i0], { instancePath: instancePath + "/hashes/" + i0, parentData: data3, parentDataProperty: i0, rootData })) {
                          vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                          errors = vErrors.length;
                        }
                        var valid2 = _errs13 === errors;
                        if (!valid2) {
                          break;
                        }
                      }
                    } else {
                      validate37.errors = [{ instancePath: instancePath + "/hashes", schemaPath: "#/properties/hashes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
var schema42 = { "type": "object", "additionalProperties": false, "properties": { "identity": { "type": "object", "required": ["field"], "additionalProperties": false, "properties": { "field": { "type": "string", "enum": ["group", "name", "version", "purl", "cpe", "swid", "hash"] }, "confidence": { "type": "number", "minimum": 0, "maximum": 1 }, "methods": { "type": "array", "items": { "type": "object", "required": ["technique", "confidence"], "additionalProperties": false, "properties": { "technique": { "type": "string", "enum": ["source-code-analysis", "binary-analysis", "manifest-analysis", "ast-fingerprint", "hash-comparison", "instrumentation", "dynamic-analysis", "filename", "attestation", "other"] }, "confidence": { "type": "number", "minimum": 0, "maximum": 1 }, "value": { "type": "string" } } } }, "tools": { "type": "array", "uniqueItems": true, "items": { "anyOf": [{ "$ref": "#/definitions/refLinkType" }, { "$ref": "#/definitions/bomLinkElementType" }] } } } }, "occurrences": { "type": "array", "items": { "type": "object", "required": ["location"], "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "location": { "type": "string" } } } }, "callstack": { "type": "object", "additionalProperties": false, "properties": { "frames": { "type": "array", "items": { "type": "object", "required": ["module"], "additionalProperties": false, "properties": { "package": { "type": "string" }, "module": { "type": "string" }, "function": { "type": "string" }, "parameters": { "type": "array", "items": { "type": "string" } }, "line": { "type": "integer" }, "column": { "type": "integer" }, "fullFilename": { "type": "string" } } } } } }, "licenses": { "$ref": "#/definitions/licenseChoice" }, "copyright": { "type": "array", "items": { "$ref": "#/definitions/copyright" } } } };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  if (errors === _errs1) {
    if (typeof data === "string") {
      if (func5(data) < 1) {
        validate43.errors = [{ instancePath, schemaPath: "#/definitions/refType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
        return false;
      }
    } else {
      validate43.errors = [{ instancePath, schemaPath: "#/definitions/refType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate43.errors = vErrors;
  return errors === 0;
}
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "identity" || key0 === "occurrences" || key0 === "callstack" || key0 === "licenses" || key0 === "copyright")) {
          validate42.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.identity !== void 0) {
          let data0 = data.identity;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing0;
              if (data0.field === void 0 && (missing0 = "field")) {
                validate42.errors = [{ instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
              } else {
                const _errs4 = errors;
                for (const key1 in data0) {
                  if (!(key1 === "field" || key1 === "confidence" || key1 === "methods" || key1 === "tools")) {
                    validate42.errors = [{ instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                  }
                }
                if (_errs4 === errors) {
                  if (data0.field !== void 0) {
                    let data1 = data0.field;
                    const _errs5 = errors;
                    if (typeof data1 !== "string") {
                      validate42.errors = [{ instancePath: instancePath + "/identity/field", schemaPath: "#/properties/identity/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    if (!(data1 === "group" || data1 === "name" || data1 === "version" || data1 === "purl" || data1 === "cpe" || data1 === "swid" || data1 === "hash")) {
                      validate42.errors = [{ instancePath: instancePath + "/identity/field", schemaPath: "#/properties/identity/properties/field/enum", keyword: "enum", params: { allowedValues: schema42.properties.identity.properties.field.enum }, message: "must be equal to one of the allowed values" }];
                      return false;
                    }
                    var valid1 = _errs5 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.confidence !== void 0) {
                      let data2 = data0.confidence;
                      const _errs7 = errors;
                      if (errors === _errs7) {
                        if (typeof data2 == "number") {
                          if (data2 > 1 || isNaN(data2)) {
                            validate42.errors = [{ instancePath: instancePath + "/identity/confidence", schemaPath: "#/properties/identity/properties/confidence/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                            return false;
                          } else {
                            if (data2 < 0 || isNaN(data2)) {
                              validate42.errors = [{ instancePath: instancePath + "/identity/confidence", schemaPath: "#/properties/identity/properties/confidence/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                              return false;
                            }
                          }
                        } else {
                          validate42.errors = [{ instancePath: instancePath + "/identity/confidence", schemaPath: "#/properties/identity/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                          return false;
                        }
                      }
                      var valid1 = _errs7 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data0.methods !== void 0) {
                        let data3 = data0.methods;
                        const _errs9 = errors;
                        if (errors === _errs9) {
                          if (Array.isArray(data3)) {
                            var valid2 = true;
                            const len0 = data3.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              let data4 = data3[i0];
                              const _errs11 = errors;
                              if (errors === _errs11) {
                                if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                                  let missing1;
                                  if (data4.technique === void 0 && (missing1 = "technique") || data4.confidence === void 0 && (missing1 = "confidence")) {
                                    validate42.errors = [{ instancePath: instancePath + "/identity/methods/" + i0, schemaPath: "#/properties/identity/properties/methods/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                    return false;
                                  } else {
                                    const _errs13 = errors;
                                    for (const key2 in data4) {
                                      if (!(key2 === "technique" || key2 === "confidence" || key2 === "value")) {
                                        validate42.errors = [{ instancePath: instancePath + "/identity/methods/" + i0, schemaPath: "#/properties/identity/properties/methods/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                        return false;
                                        break;
                                      }
                                    }
                                    if (_errs13 === errors) {
                                      if (data4.technique !== void 0) {
                                        let data5 = data4.technique;
                                        const _errs14 = errors;
                                        if (typeof data5 !== "string") {
                                          validate42.errors = [{ instancePath: instancePath + "/identity/methods/" + i0 + "/technique", schemaPath: "#/properties/identity/properties/methods/items/properties/technique/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        if (!(data5 === "source-code-analysis" || data5 === "binary-analysis" || data5 === "manifest-analysis" || data5 === "ast-fingerprint" || data5 === "hash-comparison" || data5 === "instrumentation" || data5 === "dynamic-analysis" || data5 === "filename" || data5 === "attestation" || data5 === "other")) {
                                          validate42.errors = [{ instancePath: instancePath + "/identity/methods/" + i0 + "/technique", schemaPath: "#/properties/identity/properties/methods/items/properties/technique/enum", keyword: "enum", params: { allowedValues: schema42.properties.identity.properties.methods.items.properties.technique.enum }, message: "must be equal to one of the allowed values" }];
                                          return false;
                                        }
                                        var valid3 = _errs14 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data4.confidence !== void 0) {
                                          let data6 = data4.confidence;
                                          const _errs16 = errors;
                                          if (errors === _errs16) {
                                            if (typeof data6 == "number") {
                                              if (data6 > 1 || isNaN(data6)) {
                                                validate42.errors = [{ instancePath: instancePath + "/identity/methods/" + i0 + "/confidence", schemaPath: "#/properties/identity/properties/methods/items/properties/confidence/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                                                return false;
                                              } else {
                                                if (data6 < 0 || isNaN(data6)) {
                                                  validate42.errors = [{ instancePath: instancePath + "/identity/methods/" + i0 + "/confidence", schemaPath: "#/properties/identity/properties/methods/items/properties/confidence/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                  return false;
                                                }
                                              }
                                            } else {
                                              validate42.errors = [{ instancePath: instancePath + "/identity/methods/" + i0 + "/confidence", schemaPath: "#/properties/identity/properties/methods/items/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                              return false;
                                            }
                                          }
                                          var valid3 = _errs16 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data4.value !== void 0) {
                                            const _errs18 = errors;
                                            if (typeof data4.value !== "string") {
                                              validate42.errors = [{ instancePath: instancePath + "/identity/methods/" + i0 + "/value", schemaPath: "#/properties/identity/properties/methods/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid3 = _errs18 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate42.errors = [{ instancePath: instancePath + "/identity/methods/" + i0, schemaPath: "#/properties/identity/properties/methods/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid2 = _errs11 === errors;
                              if (!valid2) {
                                break;
                              }
                            }
                          } else {
                            validate42.errors = [{ instancePath: instancePath + "/identity/methods", schemaPath: "#/properties/identity/properties/methods/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid1 = _errs9 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data0.tools !== void 0) {
                          let data8 = data0.tools;
                          const _errs20 = errors;
                          if (errors === _errs20) {
                            if (Array.isArray(data8)) {
                              var valid4 = true;
                              const len1 = data8.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                let data9 = data8[i1];
                                const _errs22 = errors;
                                const _errs23 = errors;
                                let valid5 = false;
                                const _errs24 = errors;
                                if (!validate43(data9, { instancePath: instancePath + "/identity/tools/" + i1, parentData: data8, parentDataProperty: i1, rootData })) {
                                  vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                                  errors = vErrors.length;
                                }
                                var _valid0 = _errs24 === errors;
                                valid5 = valid5 || _valid0;
                                if (!valid5) {
                                  const _errs25 = errors;
                                  const _errs26 = errors;
                                  if (errors === _errs26) {
                                    if (errors === _errs26) {
                                      if (typeof data9 === "string") {
                                        if (!pattern4.test(data9)) {
                                          const err0 = { instancePath: instancePath + "/identity/tools/" + i1, schemaPath: "#/definitions/bomLinkElementType/pattern", keyword: "pattern", params: { pattern: "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$" }, message: 'must match pattern "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$"' };
                                          if (vErrors === null) {
                                            vErrors = [err0];
                                          } else {
                                            vErrors.push(err0);
                                          }
                                          errors++;
                                        }
                                      } else {
                                        const err1 = { instancePath: instancePath + "/identity/tools/" + i1, schemaPath: "#/definitions/bomLinkElementType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err1];
                                        } else {
                                          vErrors.push(err1);
                                        }
                                        errors++;
                                      }
                                    }
                                  }
                                  var _valid0 = _errs25 === errors;
                                  valid5 = valid5 || _valid0;
                                }
                                if (!valid5) {
                                  const err2 = { instancePath: instancePath + "/identity/tools/" + i1, schemaPath: "#/properties/identity/properties/tools/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                  if (vErrors === null) {
                                    vErrors = [err2];
                                  } else {
                                    vErrors.push(err2);
                                  }
                                  errors++;
                                  validate42.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs23;
                                  if (vErrors !== null) {
                                    if (_errs23) {
                                      vErrors.length = _errs23;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid4 = _errs22 === errors;
                                if (!valid4) {
                                  break;
                                }
                              }
                              if (valid4) {
                                let i2 = data8.length;
                                let j0;
                                if (i2 > 1) {
                                  outer0: for (const pair of firstDuplicate(data8)) {
                                    i2 = pair[0];
                                    j0 = pair[1];
                                    {
                                      if (true) {
                                        validate42.errors = [{ instancePath: instancePath + "/identity/tools", schemaPath: "#/properties/identity/properties/tools/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" }];
                                        return false;
                                        break outer0;
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate42.errors = [{ instancePath: instancePath + "/identity/tools", schemaPath: "#/properties/identity/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid1 = _errs20 === errors;
                        } else {
                          var valid1 = true;
                        }
                      }
                    }
                  }
                }
              }
            } else {
              validate42.errors = [{ instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.occurrences !== void 0) {
            let data10 = data.occurrences;
            const _errs28 = errors;
            if (errors === _errs28) {
              if (Array.isArray(data10)) {
                var valid8 = true;
                const len2 = data10.length;
                for (let i3 = 0; i3 < len2; i3++) {
                  let data11 = data10[i3];
                  const _errs30 = errors;
                  if (errors === _errs30) {
                    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                      let missing2;
                      if (data11.location === void 0 && (missing2 = "location")) {
                        validate42.errors = [{ instancePath: instancePath + "/occurrences/" + i3, schemaPath: "#/properties/occurrences/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                        return false;
                      } else {
                        const _errs32 = errors;
                        for (const key3 in data11) {
                          if (!(key3 === "bom-ref" || key3 === "location")) {
                            validate42.errors = [{ instancePath: instancePath + "/occurrences/" + i3, schemaPath: "#/properties/occurrences/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                          }
                        }
                        if (_errs32 === errors) {
                          if (data11["bom-ref"] !== void 0) {
                            let data12 = data11["bom-ref"];
                            const _errs33 = errors;
                            const _errs34 = errors;
                            if (errors === _errs34) {
                              if (typeof data12 === "string") {
                                if (func5(data12) < 1) {
                                  validate42.errors = [{ instancePath: instancePath + "/occurrences/" + i3 + "/bom-ref", schemaPath: "#/definitions/refType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                  return false;
                                }
                              } else {
                                validate42.errors = [{ instancePath: instancePath + "/occurrences/" + i3 + "/bom-ref", schemaPath: "#/definitions/refType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                            var valid9 = _errs33 === errors;
                          } else {
                            var valid9 = true;
                          }
                          if (valid9) {
                            if (data11.location !== void 0) {
                              const _errs36 = errors;
                              if (typeof data11.location !== "string") {
                                validate42.errors = [{ instancePath: instancePath + "/occurrences/" + i3 + "/location", schemaPath: "#/properties/occurrences/items/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid9 = _errs36 === errors;
                            } else {
                              var valid9 = true;
                            }
                          }
                        }
                      }
                    } else {
                      validate42.errors = [{ instancePath: instancePath + "/occurrences/" + i3, schemaPath: "#/properties/occurrences/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid8 = _errs30 === errors;
                  if (!valid8) {
                    break;
                  }
                }
              } else {
                validate42.errors = [{ instancePath: instancePath + "/occurrences", schemaPath: "#/properties/occurrences/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs28 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.callstack !== void 0) {
              let data14 = data.callstack;
              const _errs38 = errors;
              if (errors === _errs38) {
                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                  const _errs40 = errors;
                  for (const key4 in data14) {
                    if (!(key4 === "frames")) {
                      validate42.errors = [{ instancePath: instancePath + "/callstack", schemaPath: "#/properties/callstack/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                      return false;
                      break;
                    }
                  }
                  if (_errs40 === errors) {
                    if (data14.frames !== void 0) {
                      let data15 = data14.frames;
                      const _errs41 = errors;
                      if (errors === _errs41) {
                        if (Array.isArray(data15)) {
                          var valid12 = true;
                          const len3 = data15.length;
                          for (let i4 = 0; i4 < len3; i4++) {
                            let data16 = data15[i4];
                            const _errs43 = errors;
                            if (errors === _errs43) {
                              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                let missing3;
                                if (data16.module === void 0 && (missing3 = "module")) {
                                  validate42.errors = [{ instancePath: instancePath + "/callstack/frames/" + i4, schemaPath: "#/properties/callstack/properties/frames/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                  return false;
                                } else {
                                  const _errs45 = errors;
                                  for (const key5 in data16) {
                                    if (!(key5 === "package" || key5 === "module" || key5 === "function" || key5 === "parameters" || key5 === "line" || key5 === "column" || key5 === "fullFilename")) {
                                      validate42.errors = [{ instancePath: instancePath + "/callstack/frames/" + i4, schemaPath: "#/properties/callstack/properties/frames/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }];
                                      return false;
                                      break;
                                    }
                                  }
                                  if (_errs45 === errors) {
                                    if (data16.package !== void 0) {
                                      const _errs46 = errors;
                                      if (typeof data16.package !== "string") {
                                        validate42.errors = [{ instancePath: instancePath + "/callstack/frames/" + i4 + "/package", schemaPath: "#/properties/callstack/properties/frames/items/properties/package/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid13 = _errs46 === errors;
                                    } else {
                                      var valid13 = true;
                                    }
                                    if (valid13) {
                                      if (data16.module !== void 0) {
                                        const _errs48 = errors;
                                        if (typeof data16.module !== "string") {
                                          validate42.errors = [{ instancePath: instancePath + "/callstack/frames/" + i4 + "/module", schemaPath: "#/properties/callstack/properties/frames/items/properties/module/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid13 = _errs48 === errors;
                                      } else {
                                        var valid13 = true;
                                      }
                                      if (valid13) {
                                        if (data16.function !== void 0) {
                                          const _errs50 = errors;
                                          if (typeof data16.function !== "string") {
                                            validate42.errors = [{ instancePath: instancePath + "/callstack/frames/" + i4 + "/function", schemaPath: "#/properties/callstack/properties/frames/items/properties/function/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid13 = _errs50 === errors;
                                        } else {
                                          var valid13 = true;
                                        }
                                        if (valid13) {
                                          if (data16.parameters !== void 0) {
                                            let data20 = data16.parameters;
                                            const _errs52 = errors;
                                            if (errors === _errs52) {
                                              if (Array.isArray(data20)) {
                                                var valid14 = true;
                                                const len4 = data20.length;
                                                for (let i5 = 0; i5 < len4; i5++) {
                                                  const _errs54 = errors;
                                                  if (typeof data20[i5] !== "string") {
                                                    validate42.errors = [{ instancePath: instancePath + "/callstack/frames/" + i4 + "/parameters/" + i5, schemaPath: "#/properties/callstack/properties/frames/items/properties/parameters/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid14 = _errs54 === errors;
                                                  if (!valid14) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate42.errors = [{ instancePath: instancePath + "/callstack/frames/" + i4 + "/parameters", schemaPath: "#/properties/callstack/properties/frames/items/properties/parameters/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid13 = _errs52 === errors;
                                          } else {
                                            var valid13 = true;
                                          }
                                          if (valid13) {
                                            if (data16.line !== void 0) {
                                              let data22 = data16.line;
                                              const _errs56 = errors;
                                              if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)))) {
                                                validate42.errors = [{ instancePath: instancePath + "/callstack/frames/" + i4 + "/line", schemaPath: "#/properties/callstack/properties/frames/items/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                return false;
                                              }
                                              var valid13 = _errs56 === errors;
                                            } else {
                                              var valid13 = true;
                                            }
                                            if (valid13) {
                                              if (data16.column !== void 0) {
                                                let data23 = data16.column;
                                                const _errs58 = errors;
                                                if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)))) {
                                                  validate42.errors = [{ instancePath: instancePath + "/callstack/frames/" + i4 + "/column", schemaPath: "#/properties/callstack/properties/frames/items/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                  return false;
                                                }
                                                var valid13 = _errs58 === errors;
                                              } else {
                                                var valid13 = true;
                                              }
                                              if (valid13) {
                                                if (data16.fullFilename !== void 0) {
                                                  const _errs60 = errors;
                                                  if (typeof data16.fullFilename !== "string") {
                                                    validate42.errors = [{ instancePath: instancePath + "/callstack/frames/" + i4 + "/fullFilename", schemaPath: "#/properties/callstack/properties/frames/items/properties/fullFilename/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid13 = _errs60 === errors;
                                                } else {
                                                  var valid13 = true;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate42.errors = [{ instancePath: instancePath + "/callstack/frames/" + i4, schemaPath: "#/properties/callstack/properties/frames/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid12 = _errs43 === errors;
                            if (!valid12) {
                              break;
                            }
                          }
                        } else {
                          validate42.errors = [{ instancePath: instancePath + "/callstack/frames", schemaPath: "#/properties/callstack/properties/frames/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                    }
                  }
                } else {
                  validate42.errors = [{ instancePath: instancePath + "/callstack", schemaPath: "#/properties/callstack/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs38 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.licenses !== void 0) {
                const _errs62 = errors;
                if (!validate19(data.licenses, { instancePath: instancePath + "/licenses", parentData: data, parentDataProperty: "licenses", rootData })) {
                  vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs62 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.copyright !== void 0) {
                  let data26 = data.copyright;
                  const _errs63 = errors;
                  if (errors === _errs63) {
                    if (Array.isArray(data26)) {
                      var valid15 = true;
                      const len5 = data26.length;
                      for (let i6 = 0; i6 < len5; i6++) {
                        let data27 = data26[i6];
                        const _errs65 = errors;
                        const _errs66 = errors;
                        if (errors === _errs66) {
                          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                            let missing4;
                            if (data27.text === void 0 && (missing4 = "text")) {
                              validate42.errors = [{ instancePath: instancePath + "/copyright/" + i6, schemaPath: "#/definitions/copyright/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                              return false;
                            } else {
                              const _errs68 = errors;
                              for (const key6 in data27) {
                                if (!(key6 === "text")) {
                                  validate42.errors = [{ instancePath: instancePath + "/copyright/" + i6, schemaPath: "#/definitions/copyright/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" }];
                                  return false;
                                  break;
                                }
                              }
                              if (_errs68 === errors) {
                                if (data27.text !== void 0) {
                                  if (typeof data27.text !== "string") {
                                    validate42.errors = [{ instancePath: instancePath + "/copyright/" + i6 + "/text", schemaPath: "#/definitions/copyright/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                              }
                            }
                          } else {
                            validate42.errors = [{ instancePath: instancePath + "/copyright/" + i6, schemaPath: "#/definitions/copyright/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid15 = _errs65 === errors;
                        if (!valid15) {
                          break;
                        }
                      }
                    } else {
                      validate42.errors = [{ instancePath: instancePath + "/copyright", schemaPath: "#/properties/copyright/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs63 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate42.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate42.errors = vErrors;
  return errors === 0;
}
var schema48 = { "type": "object", "required": ["type"], "additionalProperties": false, "properties": { "type": { "$ref": "#/definitions/releaseType" }, "title": { "type": "string" }, "featuredImage": { "type": "string", "format": "iri-reference" }, "socialImage": { "type": "string", "format": "iri-reference" }, "description": { "type": "string" }, "timestamp": { "type": "string", "format": "date-time" }, "aliases": { "type": "array", "items": { "type": "string" } }, "tags": { "type": "array", "items": { "type": "string" } }, "resolves": { "type": "array", "items": { "$ref": "#/definitions/issue" } }, "notes": { "type": "array", "items": { "$ref": "#/definitions/note" } }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } };
var pattern6 = new RegExp("^([a-z]{2})(-[A-Z]{2})?$", "u");
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.text === void 0 && (missing0 = "text")) {
        validate48.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "locale" || key0 === "text")) {
            validate48.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.locale !== void 0) {
            let data0 = data.locale;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === "string") {
                if (!pattern6.test(data0)) {
                  validate48.errors = [{ instancePath: instancePath + "/locale", schemaPath: "#/definitions/localeType/pattern", keyword: "pattern", params: { pattern: "^([a-z]{2})(-[A-Z]{2})?$" }, message: 'must match pattern "^([a-z]{2})(-[A-Z]{2})?$"' }];
                  return false;
                }
              } else {
                validate48.errors = [{ instancePath: instancePath + "/locale", schemaPath: "#/definitions/localeType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.text !== void 0) {
              let data1 = data.text;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  let missing1;
                  if (data1.content === void 0 && (missing1 = "content")) {
                    validate48.errors = [{ instancePath: instancePath + "/text", schemaPath: "#/definitions/attachment/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                    return false;
                  } else {
                    const _errs8 = errors;
                    for (const key1 in data1) {
                      if (!(key1 === "contentType" || key1 === "encoding" || key1 === "content")) {
                        validate48.errors = [{ instancePath: instancePath + "/text", schemaPath: "#/definitions/attachment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                      }
                    }
                    if (_errs8 === errors) {
                      if (data1.contentType !== void 0) {
                        const _errs9 = errors;
                        if (typeof data1.contentType !== "string") {
                          validate48.errors = [{ instancePath: instancePath + "/text/contentType", schemaPath: "#/definitions/attachment/properties/contentType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid3 = _errs9 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data1.encoding !== void 0) {
                          let data3 = data1.encoding;
                          const _errs11 = errors;
                          if (typeof data3 !== "string") {
                            validate48.errors = [{ instancePath: instancePath + "/text/encoding", schemaPath: "#/definitions/attachment/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          if (!(data3 === "base64")) {
                            validate48.errors = [{ instancePath: instancePath + "/text/encoding", schemaPath: "#/definitions/attachment/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema26.properties.encoding.enum }, message: "must be equal to one of the allowed values" }];
                            return false;
                          }
                          var valid3 = _errs11 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data1.content !== void 0) {
                            const _errs13 = errors;
                            if (typeof data1.content !== "string") {
                              validate48.errors = [{ instancePath: instancePath + "/text/content", schemaPath: "#/definitions/attachment/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs13 === errors;
                          } else {
                            var valid3 = true;
                          }
                        }
                      }
                    }
                  }
                } else {
                  validate48.errors = [{ instancePath: instancePath + "/text", schemaPath: "#/definitions/attachment/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate48.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate48.errors = vErrors;
  return errors === 0;
}
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate47.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func2.call(schema48.properties, key0)) {
            validate47.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.type !== void 0) {
            const _errs2 = errors;
            if (typeof data.type !== "string") {
              validate47.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/definitions/releaseType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.title !== void 0) {
              const _errs5 = errors;
              if (typeof data.title !== "string") {
                validate47.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.featuredImage !== void 0) {
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (errors === _errs7) {
                    if (!(typeof data.featuredImage === "string")) {
                      validate47.errors = [{ instancePath: instancePath + "/featuredImage", schemaPath: "#/properties/featuredImage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.socialImage !== void 0) {
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (errors === _errs9) {
                      if (!(typeof data.socialImage === "string")) {
                        validate47.errors = [{ instancePath: instancePath + "/socialImage", schemaPath: "#/properties/socialImage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.description !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.description !== "string") {
                      validate47.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.timestamp !== void 0) {
                      let data5 = data.timestamp;
                      const _errs13 = errors;
                      if (errors === _errs13) {
                        if (errors === _errs13) {
                          if (typeof data5 === "string") {
                            if (!formats0.validate(data5)) {
                              validate47.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/properties/timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                              return false;
                            }
                          } else {
                            validate47.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/properties/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.aliases !== void 0) {
                        let data6 = data.aliases;
                        const _errs15 = errors;
                        if (errors === _errs15) {
                          if (Array.isArray(data6)) {
                            var valid2 = true;
                            const len0 = data6.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs17 = errors;
                              if (typeof data6[i0] !== "string") {
                                validate47.errors = [{ instancePath: instancePath + "/aliases/" + i0, schemaPath: "#/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid2 = _errs17 === errors;
                              if (!valid2) {
                                break;
                              }
                            }
                          } else {
                            validate47.errors = [{ instancePath: instancePath + "/aliases", schemaPath: "#/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.tags !== void 0) {
                          let data8 = data.tags;
                          const _errs19 = errors;
                          if (errors === _errs19) {
                            if (Array.isArray(data8)) {
                              var valid3 = true;
                              const len1 = data8.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                const _errs21 = errors;
                                if (typeof data8[i1] !== "string") {
                                  validate47.errors = [{ instancePath: instancePath + "/tags/" + i1, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid3 = _errs21 === errors;
                                if (!valid3) {
                                  break;
                                }
                              }
                            } else {
                              validate47.errors = [{ instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid0 = _errs19 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.resolves !== void 0) {
                            let data10 = data.resolves;
                            const _errs23 = errors;
                            if (errors === _errs23) {
                              if (Array.isArray(data10)) {
                                var valid4 = true;
                                const len2 = data10.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                  let data11 = data10[i2];
                                  const _errs25 = errors;
                                  const _errs26 = errors;
                                  if (errors === _errs26) {
                                    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                      let missing1;
                                      if (data11.type === void 0 && (missing1 = "type")) {
                                        validate47.errors = [{ instancePath: instancePath + "/resolves/" + i2, schemaPath: "#/definitions/issue/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                        return false;
                                      } else {
                                        const _errs28 = errors;
                                        for (const key1 in data11) {
                                          if (!(key1 === "type" || key1 === "id" || key1 === "name" || key1 === "description" || key1 === "source" || key1 === "references")) {
                                            validate47.errors = [{ instancePath: instancePath + "/resolves/" + i2, schemaPath: "#/definitions/issue/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                            return false;
                                            break;
                                          }
                                        }
                                        if (_errs28 === errors) {
                                          if (data11.type !== void 0) {
                                            let data12 = data11.type;
                                            const _errs29 = errors;
                                            if (typeof data12 !== "string") {
                                              validate47.errors = [{ instancePath: instancePath + "/resolves/" + i2 + "/type", schemaPath: "#/definitions/issue/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            if (!(data12 === "defect" || data12 === "enhancement" || data12 === "security")) {
                                              validate47.errors = [{ instancePath: instancePath + "/resolves/" + i2 + "/type", schemaPath: "#/definitions/issue/properties/type/enum", keyword: "enum", params: { allowedValues: schema37.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                                              return false;
                                            }
                                            var valid6 = _errs29 === errors;
                                          } else {
                                            var valid6 = true;
                                          }
                                          if (valid6) {
                                            if (data11.id !== void 0) {
                                              const _errs31 = errors;
                                              if (typeof data11.id !== "string") {
                                                validate47.errors = [{ instancePath: instancePath + "/resolves/" + i2 + "/id", schemaPath: "#/definitions/issue/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid6 = _errs31 === errors;
                                            } else {
                                              var valid6 = true;
                                            }
                                            if (valid6) {
                                              if (data11.name !== void 0) {
                                                const _errs33 = errors;
                                                if (typeof data11.name !== "string") {
                                                  validate47.errors = [{ instancePath: instancePath + "/resolves/" + i2 + "/name", schemaPath: "#/definitions/issue/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid6 = _errs33 === errors;
                                              } else {
                                                var valid6 = true;
                                              }
                                              if (valid6) {
                                                if (data11.description !== void 0) {
                                                  const _errs35 = errors;
                                                  if (typeof data11.description !== "string") {
                                                    validate47.errors = [{ instancePath: instancePath + "/resolves/" + i2 + "/description", schemaPath: "#/definitions/issue/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid6 = _errs35 === errors;
                                                } else {
                                                  var valid6 = true;
                                                }
                                                if (valid6) {
                                                  if (data11.source !== void 0) {
                                                    let data16 = data11.source;
                                                    const _errs37 = errors;
                                                    if (errors === _errs37) {
                                                      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                                        const _errs39 = errors;
                                                        for (const key2 in data16) {
                                                          if (!(key2 === "name" || key2 === "url")) {
                                                            validate47.errors = [{ instancePath: instancePath + "/resolves/" + i2 + "/source", schemaPath: "#/definitions/issue/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                                            return false;
                                                            break;
                                                          }
                                                        }
                                                        if (_errs39 === errors) {
                                                          if (data16.name !== void 0) {
                                                            const _errs40 = errors;
                                                            if (typeof data16.name !== "string") {
                                                              validate47.errors = [{ instancePath: instancePath + "/resolves/" + i2 + "/source/name", schemaPath: "#/definitions/issue/properties/source/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid7 = _errs40 === errors;
                                                          } else {
                                                            var valid7 = true;
                                                          }
                                                          if (valid7) {
                                                            if (data16.url !== void 0) {
                                                              const _errs42 = errors;
                                                              if (errors === _errs42) {
                                                                if (errors === _errs42) {
                                                                  if (!(typeof data16.url === "string")) {
                                                                    validate47.errors = [{ instancePath: instancePath + "/resolves/" + i2 + "/source/url", schemaPath: "#/definitions/issue/properties/source/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                              var valid7 = _errs42 === errors;
                                                            } else {
                                                              var valid7 = true;
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        validate47.errors = [{ instancePath: instancePath + "/resolves/" + i2 + "/source", schemaPath: "#/definitions/issue/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid6 = _errs37 === errors;
                                                  } else {
                                                    var valid6 = true;
                                                  }
                                                  if (valid6) {
                                                    if (data11.references !== void 0) {
                                                      let data19 = data11.references;
                                                      const _errs44 = errors;
                                                      if (errors === _errs44) {
                                                        if (Array.isArray(data19)) {
                                                          var valid8 = true;
                                                          const len3 = data19.length;
                                                          for (let i3 = 0; i3 < len3; i3++) {
                                                            const _errs46 = errors;
                                                            if (errors === _errs46) {
                                                              if (errors === _errs46) {
                                                                if (!(typeof data19[i3] === "string")) {
                                                                  validate47.errors = [{ instancePath: instancePath + "/resolves/" + i2 + "/references/" + i3, schemaPath: "#/definitions/issue/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                            var valid8 = _errs46 === errors;
                                                            if (!valid8) {
                                                              break;
                                                            }
                                                          }
                                                        } else {
                                                          validate47.errors = [{ instancePath: instancePath + "/resolves/" + i2 + "/references", schemaPath: "#/definitions/issue/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid6 = _errs44 === errors;
                                                    } else {
                                                      var valid6 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate47.errors = [{ instancePath: instancePath + "/resolves/" + i2, schemaPath: "#/definitions/issue/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid4 = _errs25 === errors;
                                  if (!valid4) {
                                    break;
                                  }
                                }
                              } else {
                                validate47.errors = [{ instancePath: instancePath + "/resolves", schemaPath: "#/properties/resolves/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid0 = _errs23 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.notes !== void 0) {
                              let data21 = data.notes;
                              const _errs48 = errors;
                              if (errors === _errs48) {
                                if (Array.isArray(data21)) {
                                  var valid9 = true;
                                  const len4 = data21.length;
                                  for (let i4 = 0; i4 < len4; i4++) {
                                    const _errs50 = errors;
                                    if (!validate48(data21[i4], { instancePath: instancePath + "/notes/" + i4, parentData: data21, parentDataProperty: i4, rootData })) {
                                      vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid9 = _errs50 === errors;
                                    if (!valid9) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate47.errors = [{ instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs48 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.properties !== void 0) {
                                let data23 = data.properties;
                                const _errs51 = errors;
                                if (errors === _errs51) {
                                  if (Array.isArray(data23)) {
                                    var valid10 = true;
                                    const len5 = data23.length;
                                    for (let i5 = 0; i5 < len5; i5++) {
                                      let data24 = data23[i5];
                                      const _errs53 = errors;
                                      const _errs54 = errors;
                                      if (errors === _errs54) {
                                        if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                                          if (data24.name !== void 0) {
                                            const _errs56 = errors;
                                            if (typeof data24.name !== "string") {
                                              validate47.errors = [{ instancePath: instancePath + "/properties/" + i5 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid12 = _errs56 === errors;
                                          } else {
                                            var valid12 = true;
                                          }
                                          if (valid12) {
                                            if (data24.value !== void 0) {
                                              const _errs58 = errors;
                                              if (typeof data24.value !== "string") {
                                                validate47.errors = [{ instancePath: instancePath + "/properties/" + i5 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid12 = _errs58 === errors;
                                            } else {
                                              var valid12 = true;
                                            }
                                          }
                                        } else {
                                          validate47.errors = [{ instancePath: instancePath + "/properties/" + i5, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid10 = _errs53 === errors;
                                      if (!valid10) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate47.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs51 === errors;
                              } else {
                                var valid0 = true;
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate47.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate47.errors = vErrors;
  return errors === 0;
}
var schema55 = { "type": "object", "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "modelParameters": { "type": "object", "additionalProperties": false, "properties": { "approach": { "type": "object", "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["supervised", "unsupervised", "reinforcement-learning", "semi-supervised", "self-supervised"] } } }, "task": { "type": "string" }, "architectureFamily": { "type": "string" }, "modelArchitecture": { "type": "string" }, "datasets": { "type": "array", "items": { "oneOf": [{ "$ref": "#/definitions/componentData" }, { "type": "object", "additionalProperties": false, "properties": { "ref": { "anyOf": [{ "$ref": "#/definitions/refLinkType" }, { "$ref": "#/definitions/bomLinkElementType" }] } } }] } }, "inputs": { "type": "array", "items": { "$ref": "#/definitions/inputOutputMLParameters" } }, "outputs": { "type": "array", "items": { "$ref": "#/definitions/inputOutputMLParameters" } } } }, "quantitativeAnalysis": { "type": "object", "additionalProperties": false, "properties": { "performanceMetrics": { "type": "array", "items": { "$ref": "#/definitions/performanceMetric" } }, "graphics": { "$ref": "#/definitions/graphicsCollection" } } }, "considerations": { "type": "object", "additionalProperties": false, "properties": { "users": { "type": "array", "items": { "type": "string" } }, "useCases": { "type": "array", "items": { "type": "string" } }, "technicalLimitations": { "type": "array", "items": { "type": "string" } }, "performanceTradeoffs": { "type": "array", "items": { "type": "string" } }, "ethicalConsiderations": { "type": "array", "items": { "$ref": "#/definitions/risk" } }, "fairnessAssessments": { "type": "array", "items": { "$ref": "#/definitions/fairnessAssessment" } } } }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } };
var schema57 = { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "type": { "type": "string", "enum": ["source-code", "configuration", "dataset", "definition", "other"] }, "name": { "type": "string" }, "contents": { "type": "object", "additionalProperties": false, "properties": { "attachment": { "$ref": "#/definitions/attachment" }, "url": { "type": "string", "format": "iri-reference" }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } }, "classification": { "$ref": "#/definitions/dataClassification" }, "sensitiveData": { "type": "array", "items": { "type": "string" } }, "graphics": { "$ref": "#/definitions/graphicsCollection" }, "description": { "type": "string" }, "governance": { "type": "object", "$ref": "#/definitions/dataGovernance" } } };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "name" || key0 === "image")) {
          validate54.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.name !== void 0) {
          const _errs2 = errors;
          if (typeof data.name !== "string") {
            validate54.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.image !== void 0) {
            let data1 = data.image;
            const _errs4 = errors;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                let missing0;
                if (data1.content === void 0 && (missing0 = "content")) {
                  validate54.errors = [{ instancePath: instancePath + "/image", schemaPath: "#/definitions/attachment/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                  return false;
                } else {
                  const _errs7 = errors;
                  for (const key1 in data1) {
                    if (!(key1 === "contentType" || key1 === "encoding" || key1 === "content")) {
                      validate54.errors = [{ instancePath: instancePath + "/image", schemaPath: "#/definitions/attachment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                      return false;
                      break;
                    }
                  }
                  if (_errs7 === errors) {
                    if (data1.contentType !== void 0) {
                      const _errs8 = errors;
                      if (typeof data1.contentType !== "string") {
                        validate54.errors = [{ instancePath: instancePath + "/image/contentType", schemaPath: "#/definitions/attachment/properties/contentType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs8 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data1.encoding !== void 0) {
                        let data3 = data1.encoding;
                        const _errs10 = errors;
                        if (typeof data3 !== "string") {
                          validate54.errors = [{ instancePath: instancePath + "/image/encoding", schemaPath: "#/definitions/attachment/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        if (!(data3 === "base64")) {
                          validate54.errors = [{ instancePath: instancePath + "/image/encoding", schemaPath: "#/definitions/attachment/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema26.properties.encoding.enum }, message: "must be equal to one of the allowed values" }];
                          return false;
                        }
                        var valid2 = _errs10 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data1.content !== void 0) {
                          const _errs12 = errors;
                          if (typeof data1.content !== "string") {
                            validate54.errors = [{ instancePath: instancePath + "/image/content", schemaPath: "#/definitions/attachment/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid2 = _errs12 === errors;
                        } else {
                          var valid2 = true;
                        }
                      }
                    }
                  }
                }
              } else {
                validate54.errors = [{ instancePath: instancePath + "/image", schemaPath: "#/definitions/attachment/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate54.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate54.errors = vErrors;
  return errors === 0;
}
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "description" || key0 === "collection")) {
          validate53.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.description !== void 0) {
          const _errs2 = errors;
          if (typeof data.description !== "string") {
            validate53.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.collection !== void 0) {
            let data1 = data.collection;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs6 = errors;
                  if (!validate54(data1[i0], { instancePath: instancePath + "/collection/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                    vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs6 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate53.errors = [{ instancePath: instancePath + "/collection", schemaPath: "#/properties/collection/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate53.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate53.errors = vErrors;
  return errors === 0;
}
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.organization === void 0 && (missing0 = "organization")) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.contact === void 0 && (missing1 = "contact")) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate58.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs4 = errors;
      for (const key0 in data) {
        if (!(key0 === "organization" || key0 === "contact")) {
          validate58.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs4 === errors) {
        if (data.organization !== void 0) {
          const _errs5 = errors;
          if (!validate13(data.organization, { instancePath: instancePath + "/organization", parentData: data, parentDataProperty: "organization", rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
          var valid1 = _errs5 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.contact !== void 0) {
            const _errs6 = errors;
            if (!validate14(data.contact, { instancePath: instancePath + "/contact", parentData: data, parentDataProperty: "contact", rootData })) {
              vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs6 === errors;
          } else {
            var valid1 = true;
          }
        }
      }
    } else {
      validate58.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate58.errors = vErrors;
  return errors === 0;
}
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "custodians" || key0 === "stewards" || key0 === "owners")) {
          validate57.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.custodians !== void 0) {
          let data0 = data.custodians;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                const _errs4 = errors;
                if (!validate58(data0[i0], { instancePath: instancePath + "/custodians/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
                  vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs4 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate57.errors = [{ instancePath: instancePath + "/custodians", schemaPath: "#/properties/custodians/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.stewards !== void 0) {
            let data2 = data.stewards;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (Array.isArray(data2)) {
                var valid2 = true;
                const len1 = data2.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  const _errs7 = errors;
                  if (!validate58(data2[i1], { instancePath: instancePath + "/stewards/" + i1, parentData: data2, parentDataProperty: i1, rootData })) {
                    vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
                    errors = vErrors.length;
                  }
                  var valid2 = _errs7 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              } else {
                validate57.errors = [{ instancePath: instancePath + "/stewards", schemaPath: "#/properties/stewards/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.owners !== void 0) {
              let data4 = data.owners;
              const _errs8 = errors;
              if (errors === _errs8) {
                if (Array.isArray(data4)) {
                  var valid3 = true;
                  const len2 = data4.length;
                  for (let i2 = 0; i2 < len2; i2++) {
                    const _errs10 = errors;
                    if (!validate58(data4[i2], { instancePath: instancePath + "/owners/" + i2, parentData: data4, parentDataProperty: i2, rootData })) {
                      vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
                      errors = vErrors.length;
                    }
                    var valid3 = _errs10 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                } else {
                  validate57.errors = [{ instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs8 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate57.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate57.errors = vErrors;
  return errors === 0;
}
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate52.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func2.call(schema57.properties, key0)) {
            validate52.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data["bom-ref"] !== void 0) {
            let data0 = data["bom-ref"];
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === "string") {
                if (func5(data0) < 1) {
                  validate52.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate52.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.type !== void 0) {
              let data1 = data.type;
              const _errs5 = errors;
              if (typeof data1 !== "string") {
                validate52.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              if (!(data1 === "source-code" || data1 === "configuration" || data1 === "dataset" || data1 === "definition" || data1 === "other")) {
                validate52.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema57.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.name !== void 0) {
                const _errs7 = errors;
                if (typeof data.name !== "string") {
                  validate52.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.contents !== void 0) {
                  let data3 = data.contents;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                      const _errs11 = errors;
                      for (const key1 in data3) {
                        if (!(key1 === "attachment" || key1 === "url" || key1 === "properties")) {
                          validate52.errors = [{ instancePath: instancePath + "/contents", schemaPath: "#/properties/contents/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                          return false;
                          break;
                        }
                      }
                      if (_errs11 === errors) {
                        if (data3.attachment !== void 0) {
                          let data4 = data3.attachment;
                          const _errs12 = errors;
                          const _errs13 = errors;
                          if (errors === _errs13) {
                            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                              let missing1;
                              if (data4.content === void 0 && (missing1 = "content")) {
                                validate52.errors = [{ instancePath: instancePath + "/contents/attachment", schemaPath: "#/definitions/attachment/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                return false;
                              } else {
                                const _errs15 = errors;
                                for (const key2 in data4) {
                                  if (!(key2 === "contentType" || key2 === "encoding" || key2 === "content")) {
                                    validate52.errors = [{ instancePath: instancePath + "/contents/attachment", schemaPath: "#/definitions/attachment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs15 === errors) {
                                  if (data4.contentType !== void 0) {
                                    const _errs16 = errors;
                                    if (typeof data4.contentType !== "string") {
                                      validate52.errors = [{ instancePath: instancePath + "/contents/attachment/contentType", schemaPath: "#/definitions/attachment/properties/contentType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid4 = _errs16 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data4.encoding !== void 0) {
                                      let data6 = data4.encoding;
                                      const _errs18 = errors;
                                      if (typeof data6 !== "string") {
                                        validate52.errors = [{ instancePath: instancePath + "/contents/attachment/encoding", schemaPath: "#/definitions/attachment/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      if (!(data6 === "base64")) {
                                        validate52.errors = [{ instancePath: instancePath + "/contents/attachment/encoding", schemaPath: "#/definitions/attachment/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema26.properties.encoding.enum }, message: "must be equal to one of the allowed values" }];
                                        return false;
                                      }
                                      var valid4 = _errs18 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data4.content !== void 0) {
                                        const _errs20 = errors;
                                        if (typeof data4.content !== "string") {
                                          validate52.errors = [{ instancePath: instancePath + "/contents/attachment/content", schemaPath: "#/definitions/attachment/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid4 = _errs20 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate52.errors = [{ instancePath: instancePath + "/contents/attachment", schemaPath: "#/definitions/attachment/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid2 = _errs12 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data3.url !== void 0) {
                            const _errs22 = errors;
                            if (errors === _errs22) {
                              if (errors === _errs22) {
                                if (!(typeof data3.url === "string")) {
                                  validate52.errors = [{ instancePath: instancePath + "/contents/url", schemaPath: "#/properties/contents/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                            }
                            var valid2 = _errs22 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data3.properties !== void 0) {
                              let data9 = data3.properties;
                              const _errs24 = errors;
                              if (errors === _errs24) {
                                if (Array.isArray(data9)) {
                                  var valid5 = true;
                                  const len0 = data9.length;
                                  for (let i0 = 0; i0 < len0; i0++) {
                                    let data10 = data9[i0];
                                    const _errs26 = errors;
                                    const _errs27 = errors;
                                    if (errors === _errs27) {
                                      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                        if (data10.name !== void 0) {
                                          const _errs29 = errors;
                                          if (typeof data10.name !== "string") {
                                            validate52.errors = [{ instancePath: instancePath + "/contents/properties/" + i0 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid7 = _errs29 === errors;
                                        } else {
                                          var valid7 = true;
                                        }
                                        if (valid7) {
                                          if (data10.value !== void 0) {
                                            const _errs31 = errors;
                                            if (typeof data10.value !== "string") {
                                              validate52.errors = [{ instancePath: instancePath + "/contents/properties/" + i0 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid7 = _errs31 === errors;
                                          } else {
                                            var valid7 = true;
                                          }
                                        }
                                      } else {
                                        validate52.errors = [{ instancePath: instancePath + "/contents/properties/" + i0, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid5 = _errs26 === errors;
                                    if (!valid5) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate52.errors = [{ instancePath: instancePath + "/contents/properties", schemaPath: "#/properties/contents/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid2 = _errs24 === errors;
                            } else {
                              var valid2 = true;
                            }
                          }
                        }
                      }
                    } else {
                      validate52.errors = [{ instancePath: instancePath + "/contents", schemaPath: "#/properties/contents/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.classification !== void 0) {
                    const _errs33 = errors;
                    if (typeof data.classification !== "string") {
                      validate52.errors = [{ instancePath: instancePath + "/classification", schemaPath: "#/definitions/dataClassification/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs33 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.sensitiveData !== void 0) {
                      let data14 = data.sensitiveData;
                      const _errs36 = errors;
                      if (errors === _errs36) {
                        if (Array.isArray(data14)) {
                          var valid9 = true;
                          const len1 = data14.length;
                          for (let i1 = 0; i1 < len1; i1++) {
                            const _errs38 = errors;
                            if (typeof data14[i1] !== "string") {
                              validate52.errors = [{ instancePath: instancePath + "/sensitiveData/" + i1, schemaPath: "#/properties/sensitiveData/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid9 = _errs38 === errors;
                            if (!valid9) {
                              break;
                            }
                          }
                        } else {
                          validate52.errors = [{ instancePath: instancePath + "/sensitiveData", schemaPath: "#/properties/sensitiveData/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs36 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.graphics !== void 0) {
                        const _errs40 = errors;
                        if (!validate53(data.graphics, { instancePath: instancePath + "/graphics", parentData: data, parentDataProperty: "graphics", rootData })) {
                          vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs40 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.description !== void 0) {
                          const _errs41 = errors;
                          if (typeof data.description !== "string") {
                            validate52.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs41 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.governance !== void 0) {
                            let data18 = data.governance;
                            const _errs43 = errors;
                            if (!(data18 && typeof data18 == "object" && !Array.isArray(data18))) {
                              validate52.errors = [{ instancePath: instancePath + "/governance", schemaPath: "#/properties/governance/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                            if (!validate57(data18, { instancePath: instancePath + "/governance", parentData: data, parentDataProperty: "governance", rootData })) {
                              vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs43 === errors;
                          } else {
                            var valid0 = true;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate52.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate52.errors = vErrors;
  return errors === 0;
}
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "bom-ref" || key0 === "modelParameters" || key0 === "quantitativeAnalysis" || key0 === "considerations" || key0 === "properties")) {
          validate51.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data["bom-ref"] !== void 0) {
          let data0 = data["bom-ref"];
          const _errs2 = errors;
          const _errs3 = errors;
          if (errors === _errs3) {
            if (typeof data0 === "string") {
              if (func5(data0) < 1) {
                validate51.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            } else {
              validate51.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.modelParameters !== void 0) {
            let data1 = data.modelParameters;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                const _errs7 = errors;
                for (const key1 in data1) {
                  if (!(key1 === "approach" || key1 === "task" || key1 === "architectureFamily" || key1 === "modelArchitecture" || key1 === "datasets" || key1 === "inputs" || key1 === "outputs")) {
                    validate51.errors = [{ instancePath: instancePath + "/modelParameters", schemaPath: "#/properties/modelParameters/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                  }
                }
                if (_errs7 === errors) {
                  if (data1.approach !== void 0) {
                    let data2 = data1.approach;
                    const _errs8 = errors;
                    if (errors === _errs8) {
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        const _errs10 = errors;
                        for (const key2 in data2) {
                          if (!(key2 === "type")) {
                            validate51.errors = [{ instancePath: instancePath + "/modelParameters/approach", schemaPath: "#/properties/modelParameters/properties/approach/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                          }
                        }
                        if (_errs10 === errors) {
                          if (data2.type !== void 0) {
                            let data3 = data2.type;
                            if (typeof data3 !== "string") {
                              validate51.errors = [{ instancePath: instancePath + "/modelParameters/approach/type", schemaPath: "#/properties/modelParameters/properties/approach/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            if (!(data3 === "supervised" || data3 === "unsupervised" || data3 === "reinforcement-learning" || data3 === "semi-supervised" || data3 === "self-supervised")) {
                              validate51.errors = [{ instancePath: instancePath + "/modelParameters/approach/type", schemaPath: "#/properties/modelParameters/properties/approach/properties/type/enum", keyword: "enum", params: { allowedValues: schema55.properties.modelParameters.properties.approach.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate51.errors = [{ instancePath: instancePath + "/modelParameters/approach", schemaPath: "#/properties/modelParameters/properties/approach/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid2 = _errs8 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data1.task !== void 0) {
                      const _errs13 = errors;
                      if (typeof data1.task !== "string") {
                        validate51.errors = [{ instancePath: instancePath + "/modelParameters/task", schemaPath: "#/properties/modelParameters/properties/task/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs13 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data1.architectureFamily !== void 0) {
                        const _errs15 = errors;
                        if (typeof data1.architectureFamily !== "string") {
                          validate51.errors = [{ instancePath: instancePath + "/modelParameters/architectureFamily", schemaPath: "#/properties/modelParameters/properties/architectureFamily/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs15 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data1.modelArchitecture !== void 0) {
                          const _errs17 = errors;
                          if (typeof data1.modelArchitecture !== "string") {
                            validate51.errors = [{ instancePath: instancePath + "/modelParameters/modelArchitecture", schemaPath: "#/properties/modelParameters/properties/modelArchitecture/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid2 = _errs17 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data1.datasets !== void 0) {
                            let data7 = data1.datasets;
                            const _errs19 = errors;
                            if (errors === _errs19) {
                              if (Array.isArray(data7)) {
                                var valid4 = true;
                                const len0 = data7.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                  let data8 = data7[i0];
                                  const _errs21 = errors;
                                  const _errs22 = errors;
                                  let valid5 = false;
                                  let passing0 = null;
                                  const _errs23 = errors;
                                  if (!validate52(data8, { instancePath: instancePath + "/modelParameters/datasets/" + i0, parentData: data7, parentDataProperty: i0, rootData })) {
                                    vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
                                    errors = vErrors.length;
                                  }
                                  var _valid0 = _errs23 === errors;
                                  if (_valid0) {
                                    valid5 = true;
                                    passing0 = 0;
                                  }
                                  const _errs24 = errors;
                                  if (errors === _errs24) {
                                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                      const _errs26 = errors;
                                      for (const key3 in data8) {
                                        if (!(key3 === "ref")) {
                                          const err0 = { instancePath: instancePath + "/modelParameters/datasets/" + i0, schemaPath: "#/properties/modelParameters/properties/datasets/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                                          if (vErrors === null) {
                                            vErrors = [err0];
                                          } else {
                                            vErrors.push(err0);
                                          }
                                          errors++;
                                          break;
                                        }
                                      }
                                      if (_errs26 === errors) {
                                        if (data8.ref !== void 0) {
                                          let data9 = data8.ref;
                                          const _errs28 = errors;
                                          let valid7 = false;
                                          const _errs29 = errors;
                                          if (!validate43(data9, { instancePath: instancePath + "/modelParameters/datasets/" + i0 + "/ref", parentData: data8, parentDataProperty: "ref", rootData })) {
                                            vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                                            errors = vErrors.length;
                                          }
                                          var _valid1 = _errs29 === errors;
                                          valid7 = valid7 || _valid1;
                                          if (!valid7) {
                                            const _errs30 = errors;
                                            const _errs31 = errors;
                                            if (errors === _errs31) {
                                              if (errors === _errs31) {
                                                if (typeof data9 === "string") {
                                                  if (!pattern4.test(data9)) {
                                                    const err1 = { instancePath: instancePath + "/modelParameters/datasets/" + i0 + "/ref", schemaPath: "#/definitions/bomLinkElementType/pattern", keyword: "pattern", params: { pattern: "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$" }, message: 'must match pattern "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$"' };
                                                    if (vErrors === null) {
                                                      vErrors = [err1];
                                                    } else {
                                                      vErrors.push(err1);
                                                    }
                                                    errors++;
                                                  }
                                                } else {
                                                  const err2 = { instancePath: instancePath + "/modelParameters/datasets/" + i0 + "/ref", schemaPath: "#/definitions/bomLinkElementType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                  if (vErrors === null) {
                                                    vErrors = [err2];
                                                  } else {
                                                    vErrors.push(err2);
                                                  }
                                                  errors++;
                                                }
                                              }
                                            }
                                            var _valid1 = _errs30 === errors;
                                            valid7 = valid7 || _valid1;
                                          }
                                          if (!valid7) {
                                            const err3 = { instancePath: instancePath + "/modelParameters/datasets/" + i0 + "/ref", schemaPath: "#/properties/modelParameters/properties/datasets/items/oneOf/1/properties/ref/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                            if (vErrors === null) {
                                              vErrors = [err3];
                                            } else {
                                              vErrors.push(err3);
                                            }
                                            errors++;
                                          } else {
                                            errors = _errs28;
                                            if (vErrors !== null) {
                                              if (_errs28) {
                                                vErrors.length = _errs28;
                                              } else {
                                                vErrors = null;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      const err4 = { instancePath: instancePath + "/modelParameters/datasets/" + i0, schemaPath: "#/properties/modelParameters/properties/datasets/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                      if (vErrors === null) {
                                        vErrors = [err4];
                                      } else {
                                        vErrors.push(err4);
                                      }
                                      errors++;
                                    }
                                  }
                                  var _valid0 = _errs24 === errors;
                                  if (_valid0 && valid5) {
                                    valid5 = false;
                                    passing0 = [passing0, 1];
                                  } else {
                                    if (_valid0) {
                                      valid5 = true;
                                      passing0 = 1;
                                    }
                                  }
                                  if (!valid5) {
                                    const err5 = { instancePath: instancePath + "/modelParameters/datasets/" + i0, schemaPath: "#/properties/modelParameters/properties/datasets/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                                    if (vErrors === null) {
                                      vErrors = [err5];
                                    } else {
                                      vErrors.push(err5);
                                    }
                                    errors++;
                                    validate51.errors = vErrors;
                                    return false;
                                  } else {
                                    errors = _errs22;
                                    if (vErrors !== null) {
                                      if (_errs22) {
                                        vErrors.length = _errs22;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  var valid4 = _errs21 === errors;
                                  if (!valid4) {
                                    break;
                                  }
                                }
                              } else {
                                validate51.errors = [{ instancePath: instancePath + "/modelParameters/datasets", schemaPath: "#/properties/modelParameters/properties/datasets/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid2 = _errs19 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data1.inputs !== void 0) {
                              let data10 = data1.inputs;
                              const _errs33 = errors;
                              if (errors === _errs33) {
                                if (Array.isArray(data10)) {
                                  var valid9 = true;
                                  const len1 = data10.length;
                                  for (let i1 = 0; i1 < len1; i1++) {
                                    let data11 = data10[i1];
                                    const _errs35 = errors;
                                    const _errs36 = errors;
                                    if (errors === _errs36) {
                                      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                        const _errs38 = errors;
                                        for (const key4 in data11) {
                                          if (!(key4 === "format")) {
                                            validate51.errors = [{ instancePath: instancePath + "/modelParameters/inputs/" + i1, schemaPath: "#/definitions/inputOutputMLParameters/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                            return false;
                                            break;
                                          }
                                        }
                                        if (_errs38 === errors) {
                                          if (data11.format !== void 0) {
                                            if (typeof data11.format !== "string") {
                                              validate51.errors = [{ instancePath: instancePath + "/modelParameters/inputs/" + i1 + "/format", schemaPath: "#/definitions/inputOutputMLParameters/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                        }
                                      } else {
                                        validate51.errors = [{ instancePath: instancePath + "/modelParameters/inputs/" + i1, schemaPath: "#/definitions/inputOutputMLParameters/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid9 = _errs35 === errors;
                                    if (!valid9) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate51.errors = [{ instancePath: instancePath + "/modelParameters/inputs", schemaPath: "#/properties/modelParameters/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid2 = _errs33 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data1.outputs !== void 0) {
                                let data13 = data1.outputs;
                                const _errs41 = errors;
                                if (errors === _errs41) {
                                  if (Array.isArray(data13)) {
                                    var valid12 = true;
                                    const len2 = data13.length;
                                    for (let i2 = 0; i2 < len2; i2++) {
                                      let data14 = data13[i2];
                                      const _errs43 = errors;
                                      const _errs44 = errors;
                                      if (errors === _errs44) {
                                        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                          const _errs46 = errors;
                                          for (const key5 in data14) {
                                            if (!(key5 === "format")) {
                                              validate51.errors = [{ instancePath: instancePath + "/modelParameters/outputs/" + i2, schemaPath: "#/definitions/inputOutputMLParameters/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }];
                                              return false;
                                              break;
                                            }
                                          }
                                          if (_errs46 === errors) {
                                            if (data14.format !== void 0) {
                                              if (typeof data14.format !== "string") {
                                                validate51.errors = [{ instancePath: instancePath + "/modelParameters/outputs/" + i2 + "/format", schemaPath: "#/definitions/inputOutputMLParameters/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                          }
                                        } else {
                                          validate51.errors = [{ instancePath: instancePath + "/modelParameters/outputs/" + i2, schemaPath: "#/definitions/inputOutputMLParameters/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid12 = _errs43 === errors;
                                      if (!valid12) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate51.errors = [{ instancePath: instancePath + "/modelParameters/outputs", schemaPath: "#/properties/modelParameters/properties/outputs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid2 = _errs41 === errors;
                              } else {
                                var valid2 = true;
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              } else {
                validate51.errors = [{ instancePath: instancePath + "/modelParameters", schemaPath: "#/properties/modelParameters/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.quantitativeAnalysis !== void 0) {
              let data16 = data.quantitativeAnalysis;
              const _errs49 = errors;
              if (errors === _errs49) {
                if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                  const _errs51 = errors;
                  for (const key6 in data16) {
                    if (!(key6 === "performanceMetrics" || key6 === "graphics")) {
                      validate51.errors = [{ instancePath: instancePath + "/quantitativeAnalysis", schemaPath: "#/properties/quantitativeAnalysis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" }];
                      return false;
                      break;
                    }
                  }
                  if (_errs51 === errors) {
                    if (data16.performanceMetrics !== void 0) {
                      let data17 = data16.performanceMetrics;
                      const _errs52 = errors;
                      if (errors === _errs52) {
                        if (Array.isArray(data17)) {
                          var valid16 = true;
                          const len3 = data17.length;
                          for (let i3 = 0; i3 < len3; i3++) {
                            let data18 = data17[i3];
                            const _errs54 = errors;
                            const _errs55 = errors;
                            if (errors === _errs55) {
                              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                const _errs57 = errors;
                                for (const key7 in data18) {
                                  if (!(key7 === "type" || key7 === "value" || key7 === "slice" || key7 === "confidenceInterval")) {
                                    validate51.errors = [{ instancePath: instancePath + "/quantitativeAnalysis/performanceMetrics/" + i3, schemaPath: "#/definitions/performanceMetric/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs57 === errors) {
                                  if (data18.type !== void 0) {
                                    const _errs58 = errors;
                                    if (typeof data18.type !== "string") {
                                      validate51.errors = [{ instancePath: instancePath + "/quantitativeAnalysis/performanceMetrics/" + i3 + "/type", schemaPath: "#/definitions/performanceMetric/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid18 = _errs58 === errors;
                                  } else {
                                    var valid18 = true;
                                  }
                                  if (valid18) {
                                    if (data18.value !== void 0) {
                                      const _errs60 = errors;
                                      if (typeof data18.value !== "string") {
                                        validate51.errors = [{ instancePath: instancePath + "/quantitativeAnalysis/performanceMetrics/" + i3 + "/value", schemaPath: "#/definitions/performanceMetric/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid18 = _errs60 === errors;
                                    } else {
                                      var valid18 = true;
                                    }
                                    if (valid18) {
                                      if (data18.slice !== void 0) {
                                        const _errs62 = errors;
                                        if (typeof data18.slice !== "string") {
                                          validate51.errors = [{ instancePath: instancePath + "/quantitativeAnalysis/performanceMetrics/" + i3 + "/slice", schemaPath: "#/definitions/performanceMetric/properties/slice/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid18 = _errs62 === errors;
                                      } else {
                                        var valid18 = true;
                                      }
                                      if (valid18) {
                                        if (data18.confidenceInterval !== void 0) {
                                          let data22 = data18.confidenceInterval;
                                          const _errs64 = errors;
                                          if (errors === _errs64) {
                                            if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                              const _errs66 = errors;
                                              for (const key8 in data22) {
                                                if (!(key8 === "lowerBound" || key8 === "upperBound")) {
                                                  validate51.errors = [{ instancePath: instancePath + "/quantitativeAnalysis/performanceMetrics/" + i3 + "/confidenceInterval", schemaPath: "#/definitions/performanceMetric/properties/confidenceInterval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" }];
                                                  return false;
                                                  break;
                                                }
                                              }
                                              if (_errs66 === errors) {
                                                if (data22.lowerBound !== void 0) {
                                                  const _errs67 = errors;
                                                  if (typeof data22.lowerBound !== "string") {
                                                    validate51.errors = [{ instancePath: instancePath + "/quantitativeAnalysis/performanceMetrics/" + i3 + "/confidenceInterval/lowerBound", schemaPath: "#/definitions/performanceMetric/properties/confidenceInterval/properties/lowerBound/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid19 = _errs67 === errors;
                                                } else {
                                                  var valid19 = true;
                                                }
                                                if (valid19) {
                                                  if (data22.upperBound !== void 0) {
                                                    const _errs69 = errors;
                                                    if (typeof data22.upperBound !== "string") {
                                                      validate51.errors = [{ instancePath: instancePath + "/quantitativeAnalysis/performanceMetrics/" + i3 + "/confidenceInterval/upperBound", schemaPath: "#/definitions/performanceMetric/properties/confidenceInterval/properties/upperBound/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid19 = _errs69 === errors;
                                                  } else {
                                                    var valid19 = true;
                                                  }
                                                }
                                              }
                                            } else {
                                              validate51.errors = [{ instancePath: instancePath + "/quantitativeAnalysis/performanceMetrics/" + i3 + "/confidenceInterval", schemaPath: "#/definitions/performanceMetric/properties/confidenceInterval/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid18 = _errs64 === errors;
                                        } else {
                                          var valid18 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate51.errors = [{ instancePath: instancePath + "/quantitativeAnalysis/performanceMetrics/" + i3, schemaPath: "#/definitions/performanceMetric/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid16 = _errs54 === errors;
                            if (!valid16) {
                              break;
                            }
                          }
                        } else {
                          validate51.errors = [{ instancePath: instancePath + "/quantitativeAnalysis/performanceMetrics", schemaPath: "#/properties/quantitativeAnalysis/properties/performanceMetrics/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid15 = _errs52 === errors;
                    } else {
                      var valid15 = true;
                    }
                    if (valid15) {
                      if (data16.graphics !== void 0) {
                        const _errs71 = errors;
                        if (!validate53(data16.graphics, { instancePath: instancePath + "/quantitativeAnalysis/graphics", parentData: data16, parentDataProperty: "graphics", rootData })) {
                          vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                          errors = vErrors.length;
                        }
                        var valid15 = _errs71 === errors;
                      } else {
                        var valid15 = true;
                      }
                    }
                  }
                } else {
                  validate51.errors = [{ instancePath: instancePath + "/quantitativeAnalysis", schemaPath: "#/properties/quantitativeAnalysis/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs49 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.considerations !== void 0) {
                let data26 = data.considerations;
                const _errs72 = errors;
                if (errors === _errs72) {
                  if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                    const _errs74 = errors;
                    for (const key9 in data26) {
                      if (!(key9 === "users" || key9 === "useCases" || key9 === "technicalLimitations" || key9 === "performanceTradeoffs" || key9 === "ethicalConsiderations" || key9 === "fairnessAssessments")) {
                        validate51.errors = [{ instancePath: instancePath + "/considerations", schemaPath: "#/properties/considerations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                      }
                    }
                    if (_errs74 === errors) {
                      if (data26.users !== void 0) {
                        let data27 = data26.users;
                        const _errs75 = errors;
                        if (errors === _errs75) {
                          if (Array.isArray(data27)) {
                            var valid21 = true;
                            const len4 = data27.length;
                            for (let i4 = 0; i4 < len4; i4++) {
                              const _errs77 = errors;
                              if (typeof data27[i4] !== "string") {
                                validate51.errors = [{ instancePath: instancePath + "/considerations/users/" + i4, schemaPath: "#/properties/considerations/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid21 = _errs77 === errors;
                              if (!valid21) {
                                break;
                              }
                            }
                          } else {
                            validate51.errors = [{ instancePath: instancePath + "/considerations/users", schemaPath: "#/properties/considerations/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid20 = _errs75 === errors;
                      } else {
                        var valid20 = true;
                      }
                      if (valid20) {
                        if (data26.useCases !== void 0) {
                          let data29 = data26.useCases;
                          const _errs79 = errors;
                          if (errors === _errs79) {
                            if (Array.isArray(data29)) {
                              var valid22 = true;
                              const len5 = data29.length;
                              for (let i5 = 0; i5 < len5; i5++) {
                                const _errs81 = errors;
                                if (typeof data29[i5] !== "string") {
                                  validate51.errors = [{ instancePath: instancePath + "/considerations/useCases/" + i5, schemaPath: "#/properties/considerations/properties/useCases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid22 = _errs81 === errors;
                                if (!valid22) {
                                  break;
                                }
                              }
                            } else {
                              validate51.errors = [{ instancePath: instancePath + "/considerations/useCases", schemaPath: "#/properties/considerations/properties/useCases/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid20 = _errs79 === errors;
                        } else {
                          var valid20 = true;
                        }
                        if (valid20) {
                          if (data26.technicalLimitations !== void 0) {
                            let data31 = data26.technicalLimitations;
                            const _errs83 = errors;
                            if (errors === _errs83) {
                              if (Array.isArray(data31)) {
                                var valid23 = true;
                                const len6 = data31.length;
                                for (let i6 = 0; i6 < len6; i6++) {
                                  const _errs85 = errors;
                                  if (typeof data31[i6] !== "string") {
                                    validate51.errors = [{ instancePath: instancePath + "/considerations/technicalLimitations/" + i6, schemaPath: "#/properties/considerations/properties/technicalLimitations/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid23 = _errs85 === errors;
                                  if (!valid23) {
                                    break;
                                  }
                                }
                              } else {
                                validate51.errors = [{ instancePath: instancePath + "/considerations/technicalLimitations", schemaPath: "#/properties/considerations/properties/technicalLimitations/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid20 = _errs83 === errors;
                          } else {
                            var valid20 = true;
                          }
                          if (valid20) {
                            if (data26.performanceTradeoffs !== void 0) {
                              let data33 = data26.performanceTradeoffs;
                              const _errs87 = errors;
                              if (errors === _errs87) {
                                if (Array.isArray(data33)) {
                                  var valid24 = true;
                                  const len7 = data33.length;
                                  for (let i7 = 0; i7 < len7; i7++) {
                                    const _errs89 = errors;
                                    if (typeof data33[i7] !== "string") {
                                      validate51.errors = [{ instancePath: instancePath + "/considerations/performanceTradeoffs/" + i7, schemaPath: "#/properties/considerations/properties/performanceTradeoffs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid24 = _errs89 === errors;
                                    if (!valid24) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate51.errors = [{ instancePath: instancePath + "/considerations/performanceTradeoffs", schemaPath: "#/properties/considerations/properties/performanceTradeoffs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid20 = _errs87 === errors;
                            } else {
                              var valid20 = true;
                            }
                            if (valid20) {
                              if (data26.ethicalConsiderations !== void 0) {
                                let data35 = data26.ethicalConsiderations;
                                const _errs91 = errors;
                                if (errors === _errs91) {
                                  if (Array.isArray(data35)) {
                                    var valid25 = true;
                                    const len8 = data35.length;
                                    for (let i8 = 0; i8 < len8; i8++) {
                                      let data36 = data35[i8];
                                      const _errs93 = errors;
                                      const _errs94 = errors;
                                      if (errors === _errs94) {
                                        if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                                          const _errs96 = errors;
                                          for (const key10 in data36) {
                                            if (!(key10 === "name" || key10 === "mitigationStrategy")) {
                                              validate51.errors = [{ instancePath: instancePath + "/considerations/ethicalConsiderations/" + i8, schemaPath: "#/definitions/risk/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" }];
                                              return false;
                                              break;
                                            }
                                          }
                                          if (_errs96 === errors) {
                                            if (data36.name !== void 0) {
                                              const _errs97 = errors;
                                              if (typeof data36.name !== "string") {
                                                validate51.errors = [{ instancePath: instancePath + "/considerations/ethicalConsiderations/" + i8 + "/name", schemaPath: "#/definitions/risk/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid27 = _errs97 === errors;
                                            } else {
                                              var valid27 = true;
                                            }
                                            if (valid27) {
                                              if (data36.mitigationStrategy !== void 0) {
                                                const _errs99 = errors;
                                                if (typeof data36.mitigationStrategy !== "string") {
                                                  validate51.errors = [{ instancePath: instancePath + "/considerations/ethicalConsiderations/" + i8 + "/mitigationStrategy", schemaPath: "#/definitions/risk/properties/mitigationStrategy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid27 = _errs99 === errors;
                                              } else {
                                                var valid27 = true;
                                              }
                                            }
                                          }
                                        } else {
                                          validate51.errors = [{ instancePath: instancePath + "/considerations/ethicalConsiderations/" + i8, schemaPath: "#/definitions/risk/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid25 = _errs93 === errors;
                                      if (!valid25) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate51.errors = [{ instancePath: instancePath + "/considerations/ethicalConsiderations", schemaPath: "#/properties/considerations/properties/ethicalConsiderations/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid20 = _errs91 === errors;
                              } else {
                                var valid20 = true;
                              }
                              if (valid20) {
                                if (data26.fairnessAssessments !== void 0) {
                                  let data39 = data26.fairnessAssessments;
                                  const _errs101 = errors;
                                  if (errors === _errs101) {
                                    if (Array.isArray(data39)) {
                                      var valid28 = true;
                                      const len9 = data39.length;
                                      for (let i9 = 0; i9 < len9; i9++) {
                                        let data40 = data39[i9];
                                        const _errs103 = errors;
                                        const _errs104 = errors;
                                        if (errors === _errs104) {
                                          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                                            const _errs106 = errors;
                                            for (const key11 in data40) {
                                              if (!(key11 === "groupAtRisk" || key11 === "benefits" || key11 === "harms" || key11 === "mitigationStrategy")) {
                                                validate51.errors = [{ instancePath: instancePath + "/considerations/fairnessAssessments/" + i9, schemaPath: "#/definitions/fairnessAssessment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" }];
                                                return false;
                                                break;
                                              }
                                            }
                                            if (_errs106 === errors) {
                                              if (data40.groupAtRisk !== void 0) {
                                                const _errs107 = errors;
                                                if (typeof data40.groupAtRisk !== "string") {
                                                  validate51.errors = [{ instancePath: instancePath + "/considerations/fairnessAssessments/" + i9 + "/groupAtRisk", schemaPath: "#/definitions/fairnessAssessment/properties/groupAtRisk/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid30 = _errs107 === errors;
                                              } else {
                                                var valid30 = true;
                                              }
                                              if (valid30) {
                                                if (data40.benefits !== void 0) {
                                                  const _errs109 = errors;
                                                  if (typeof data40.benefits !== "string") {
                                                    validate51.errors = [{ instancePath: instancePath + "/considerations/fairnessAssessments/" + i9 + "/benefits", schemaPath: "#/definitions/fairnessAssessment/properties/benefits/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid30 = _errs109 === errors;
                                                } else {
                                                  var valid30 = true;
                                                }
                                                if (valid30) {
                                                  if (data40.harms !== void 0) {
                                                    const _errs111 = errors;
                                                    if (typeof data40.harms !== "string") {
                                                      validate51.errors = [{ instancePath: instancePath + "/considerations/fairnessAssessments/" + i9 + "/harms", schemaPath: "#/definitions/fairnessAssessment/properties/harms/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid30 = _errs111 === errors;
                                                  } else {
                                                    var valid30 = true;
                                                  }
                                                  if (valid30) {
                                                    if (data40.mitigationStrategy !== void 0) {
                                                      const _errs113 = errors;
                                                      if (typeof data40.mitigationStrategy !== "string") {
                                                        validate51.errors = [{ instancePath: instancePath + "/considerations/fairnessAssessments/" + i9 + "/mitigationStrategy", schemaPath: "#/definitions/fairnessAssessment/properties/mitigationStrategy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid30 = _errs113 === errors;
                                                    } else {
                                                      var valid30 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate51.errors = [{ instancePath: instancePath + "/considerations/fairnessAssessments/" + i9, schemaPath: "#/definitions/fairnessAssessment/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid28 = _errs103 === errors;
                                        if (!valid28) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate51.errors = [{ instancePath: instancePath + "/considerations/fairnessAssessments", schemaPath: "#/properties/considerations/properties/fairnessAssessments/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid20 = _errs101 === errors;
                                } else {
                                  var valid20 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  } else {
                    validate51.errors = [{ instancePath: instancePath + "/considerations", schemaPath: "#/properties/considerations/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs72 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.properties !== void 0) {
                  let data45 = data.properties;
                  const _errs115 = errors;
                  if (errors === _errs115) {
                    if (Array.isArray(data45)) {
                      var valid31 = true;
                      const len10 = data45.length;
                      for (let i10 = 0; i10 < len10; i10++) {
                        let data46 = data45[i10];
                        const _errs117 = errors;
                        const _errs118 = errors;
                        if (errors === _errs118) {
                          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                            if (data46.name !== void 0) {
                              const _errs120 = errors;
                              if (typeof data46.name !== "string") {
                                validate51.errors = [{ instancePath: instancePath + "/properties/" + i10 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid33 = _errs120 === errors;
                            } else {
                              var valid33 = true;
                            }
                            if (valid33) {
                              if (data46.value !== void 0) {
                                const _errs122 = errors;
                                if (typeof data46.value !== "string") {
                                  validate51.errors = [{ instancePath: instancePath + "/properties/" + i10 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid33 = _errs122 === errors;
                              } else {
                                var valid33 = true;
                              }
                            }
                          } else {
                            validate51.errors = [{ instancePath: instancePath + "/properties/" + i10, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid31 = _errs117 === errors;
                        if (!valid31) {
                          break;
                        }
                      }
                    } else {
                      validate51.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs115 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate51.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate51.errors = vErrors;
  return errors === 0;
}
var schema77 = { "type": "object", "required": ["algorithm", "value"], "additionalProperties": false, "properties": { "algorithm": { "oneOf": [{ "type": "string", "enum": ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "Ed25519", "Ed448", "HS256", "HS384", "HS512"] }, { "type": "string", "format": "uri" }] }, "keyId": { "type": "string" }, "publicKey": { "$ref": "#/definitions/publicKey" }, "certificatePath": { "type": "array", "items": { "type": "string" } }, "excludes": { "type": "array", "items": { "type": "string" } }, "value": { "type": "string" } } };
var formats18 = formats_default.uri;
var schema78 = { "type": "object", "required": ["kty"], "additionalProperties": true, "properties": { "kty": { "$ref": "#/definitions/keyType" } }, "allOf": [{ "if": { "properties": { "kty": { "const": "EC" } } }, "then": { "required": ["kty", "crv", "x", "y"], "additionalProperties": false, "properties": { "kty": { "$ref": "#/definitions/keyType" }, "crv": { "type": "string", "enum": ["P-256", "P-384", "P-521"] }, "x": { "type": "string" }, "y": { "type": "string" } } } }, { "if": { "properties": { "kty": { "const": "OKP" } } }, "then": { "required": ["kty", "crv", "x"], "additionalProperties": false, "properties": { "kty": { "$ref": "#/definitions/keyType" }, "crv": { "type": "string", "enum": ["Ed25519", "Ed448"] }, "x": { "type": "string" } } } }, { "if": { "properties": { "kty": { "const": "RSA" } } }, "then": { "required": ["kty", "n", "e"], "additionalProperties": false, "properties": { "kty": { "$ref": "#/definitions/keyType" }, "n": { "type": "string" }, "e": { "type": "string" } } } }] };
var schema79 = { "type": "string", "enum": ["EC", "OKP", "RSA"] };
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kty !== void 0) {
      if ("EC" !== data.kty) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.kty === void 0 && (missing0 = "kty") || data.crv === void 0 && (missing0 = "crv") || data.x === void 0 && (missing0 = "x") || data.y === void 0 && (missing0 = "y")) {
        validate73.errors = [{ instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs6 = errors;
        for (const key0 in data) {
          if (!(key0 === "kty" || key0 === "crv" || key0 === "x" || key0 === "y")) {
            validate73.errors = [{ instancePath, schemaPath: "#/allOf/0/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs6 === errors) {
          if (data.kty !== void 0) {
            let data1 = data.kty;
            const _errs7 = errors;
            if (typeof data1 !== "string") {
              validate73.errors = [{ instancePath: instancePath + "/kty", schemaPath: "#/definitions/keyType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            if (!(data1 === "EC" || data1 === "OKP" || data1 === "RSA")) {
              validate73.errors = [{ instancePath: instancePath + "/kty", schemaPath: "#/definitions/keyType/enum", keyword: "enum", params: { allowedValues: schema79.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid3 = _errs7 === errors;
          } else {
            var valid3 = true;
          }
          if (valid3) {
            if (data.crv !== void 0) {
              let data2 = data.crv;
              const _errs10 = errors;
              if (typeof data2 !== "string") {
                validate73.errors = [{ instancePath: instancePath + "/crv", schemaPath: "#/allOf/0/then/properties/crv/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              if (!(data2 === "P-256" || data2 === "P-384" || data2 === "P-521")) {
                validate73.errors = [{ instancePath: instancePath + "/crv", schemaPath: "#/allOf/0/then/properties/crv/enum", keyword: "enum", params: { allowedValues: schema78.allOf[0].then.properties.crv.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid3 = _errs10 === errors;
            } else {
              var valid3 = true;
            }
            if (valid3) {
              if (data.x !== void 0) {
                const _errs12 = errors;
                if (typeof data.x !== "string") {
                  validate73.errors = [{ instancePath: instancePath + "/x", schemaPath: "#/allOf/0/then/properties/x/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid3 = _errs12 === errors;
              } else {
                var valid3 = true;
              }
              if (valid3) {
                if (data.y !== void 0) {
                  const _errs14 = errors;
                  if (typeof data.y !== "string") {
                    validate73.errors = [{ instancePath: instancePath + "/y", schemaPath: "#/allOf/0/then/properties/y/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid3 = _errs14 === errors;
                } else {
                  var valid3 = true;
                }
              }
            }
          }
        }
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err1 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
    validate73.errors = vErrors;
    return false;
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const _errs16 = errors;
    const _errs17 = errors;
    let valid5 = true;
    const _errs18 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.kty !== void 0) {
        if ("OKP" !== data.kty) {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid1 = _errs18 === errors;
    errors = _errs17;
    if (vErrors !== null) {
      if (_errs17) {
        vErrors.length = _errs17;
      } else {
        vErrors = null;
      }
    }
    if (_valid1) {
      const _errs20 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data.kty === void 0 && (missing1 = "kty") || data.crv === void 0 && (missing1 = "crv") || data.x === void 0 && (missing1 = "x")) {
          validate73.errors = [{ instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
          return false;
        } else {
          const _errs21 = errors;
          for (const key1 in data) {
            if (!(key1 === "kty" || key1 === "crv" || key1 === "x")) {
              validate73.errors = [{ instancePath, schemaPath: "#/allOf/1/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
              return false;
              break;
            }
          }
          if (_errs21 === errors) {
            if (data.kty !== void 0) {
              let data6 = data.kty;
              const _errs22 = errors;
              if (typeof data6 !== "string") {
                validate73.errors = [{ instancePath: instancePath + "/kty", schemaPath: "#/definitions/keyType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              if (!(data6 === "EC" || data6 === "OKP" || data6 === "RSA")) {
                validate73.errors = [{ instancePath: instancePath + "/kty", schemaPath: "#/definitions/keyType/enum", keyword: "enum", params: { allowedValues: schema79.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid7 = _errs22 === errors;
            } else {
              var valid7 = true;
            }
            if (valid7) {
              if (data.crv !== void 0) {
                let data7 = data.crv;
                const _errs25 = errors;
                if (typeof data7 !== "string") {
                  validate73.errors = [{ instancePath: instancePath + "/crv", schemaPath: "#/allOf/1/then/properties/crv/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                if (!(data7 === "Ed25519" || data7 === "Ed448")) {
                  validate73.errors = [{ instancePath: instancePath + "/crv", schemaPath: "#/allOf/1/then/properties/crv/enum", keyword: "enum", params: { allowedValues: schema78.allOf[1].then.properties.crv.enum }, message: "must be equal to one of the allowed values" }];
                  return false;
                }
                var valid7 = _errs25 === errors;
              } else {
                var valid7 = true;
              }
              if (valid7) {
                if (data.x !== void 0) {
                  const _errs27 = errors;
                  if (typeof data.x !== "string") {
                    validate73.errors = [{ instancePath: instancePath + "/x", schemaPath: "#/allOf/1/then/properties/x/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid7 = _errs27 === errors;
                } else {
                  var valid7 = true;
                }
              }
            }
          }
        }
      }
      var _valid1 = _errs20 === errors;
      valid5 = _valid1;
    }
    if (!valid5) {
      const err3 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
      validate73.errors = vErrors;
      return false;
    }
    var valid0 = _errs16 === errors;
    if (valid0) {
      const _errs29 = errors;
      const _errs30 = errors;
      let valid9 = true;
      const _errs31 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.kty !== void 0) {
          if ("RSA" !== data.kty) {
            const err4 = {};
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
      var _valid2 = _errs31 === errors;
      errors = _errs30;
      if (vErrors !== null) {
        if (_errs30) {
          vErrors.length = _errs30;
        } else {
          vErrors = null;
        }
      }
      if (_valid2) {
        const _errs33 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing2;
          if (data.kty === void 0 && (missing2 = "kty") || data.n === void 0 && (missing2 = "n") || data.e === void 0 && (missing2 = "e")) {
            validate73.errors = [{ instancePath, schemaPath: "#/allOf/2/then/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
            return false;
          } else {
            const _errs34 = errors;
            for (const key2 in data) {
              if (!(key2 === "kty" || key2 === "n" || key2 === "e")) {
                validate73.errors = [{ instancePath, schemaPath: "#/allOf/2/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                return false;
                break;
              }
            }
            if (_errs34 === errors) {
              if (data.kty !== void 0) {
                let data10 = data.kty;
                const _errs35 = errors;
                if (typeof data10 !== "string") {
                  validate73.errors = [{ instancePath: instancePath + "/kty", schemaPath: "#/definitions/keyType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                if (!(data10 === "EC" || data10 === "OKP" || data10 === "RSA")) {
                  validate73.errors = [{ instancePath: instancePath + "/kty", schemaPath: "#/definitions/keyType/enum", keyword: "enum", params: { allowedValues: schema79.enum }, message: "must be equal to one of the allowed values" }];
                  return false;
                }
                var valid11 = _errs35 === errors;
              } else {
                var valid11 = true;
              }
              if (valid11) {
                if (data.n !== void 0) {
                  const _errs38 = errors;
                  if (typeof data.n !== "string") {
                    validate73.errors = [{ instancePath: instancePath + "/n", schemaPath: "#/allOf/2/then/properties/n/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid11 = _errs38 === errors;
                } else {
                  var valid11 = true;
                }
                if (valid11) {
                  if (data.e !== void 0) {
                    const _errs40 = errors;
                    if (typeof data.e !== "string") {
                      validate73.errors = [{ instancePath: instancePath + "/e", schemaPath: "#/allOf/2/then/properties/e/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid11 = _errs40 === errors;
                  } else {
                    var valid11 = true;
                  }
                }
              }
            }
          }
        }
        var _valid2 = _errs33 === errors;
        valid9 = _valid2;
      }
      if (!valid9) {
        const err5 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
        validate73.errors = vErrors;
        return false;
      }
      var valid0 = _errs29 === errors;
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing3;
      if (data.kty === void 0 && (missing3 = "kty")) {
        validate73.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
        return false;
      } else {
        if (data.kty !== void 0) {
          let data13 = data.kty;
          if (typeof data13 !== "string") {
            validate73.errors = [{ instancePath: instancePath + "/kty", schemaPath: "#/definitions/keyType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          if (!(data13 === "EC" || data13 === "OKP" || data13 === "RSA")) {
            validate73.errors = [{ instancePath: instancePath + "/kty", schemaPath: "#/definitions/keyType/enum", keyword: "enum", params: { allowedValues: schema79.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
        }
      }
    } else {
      validate73.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate73.errors = vErrors;
  return errors === 0;
}
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.algorithm === void 0 && (missing0 = "algorithm") || data.value === void 0 && (missing0 = "value")) {
        validate72.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "algorithm" || key0 === "keyId" || key0 === "publicKey" || key0 === "certificatePath" || key0 === "excludes" || key0 === "value")) {
            validate72.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.algorithm !== void 0) {
            let data0 = data.algorithm;
            const _errs2 = errors;
            const _errs3 = errors;
            let valid1 = false;
            let passing0 = null;
            const _errs4 = errors;
            if (typeof data0 !== "string") {
              const err0 = { instancePath: instancePath + "/algorithm", schemaPath: "#/properties/algorithm/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
            if (!(data0 === "RS256" || data0 === "RS384" || data0 === "RS512" || data0 === "PS256" || data0 === "PS384" || data0 === "PS512" || data0 === "ES256" || data0 === "ES384" || data0 === "ES512" || data0 === "Ed25519" || data0 === "Ed448" || data0 === "HS256" || data0 === "HS384" || data0 === "HS512")) {
              const err1 = { instancePath: instancePath + "/algorithm", schemaPath: "#/properties/algorithm/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema77.properties.algorithm.oneOf[0].enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            var _valid0 = _errs4 === errors;
            if (_valid0) {
              valid1 = true;
              passing0 = 0;
            }
            const _errs6 = errors;
            if (errors === _errs6) {
              if (errors === _errs6) {
                if (typeof data0 === "string") {
                  if (!formats18(data0)) {
                    const err2 = { instancePath: instancePath + "/algorithm", schemaPath: "#/properties/algorithm/oneOf/1/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                  }
                } else {
                  const err3 = { instancePath: instancePath + "/algorithm", schemaPath: "#/properties/algorithm/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              }
            }
            var _valid0 = _errs6 === errors;
            if (_valid0 && valid1) {
              valid1 = false;
              passing0 = [passing0, 1];
            } else {
              if (_valid0) {
                valid1 = true;
                passing0 = 1;
              }
            }
            if (!valid1) {
              const err4 = { instancePath: instancePath + "/algorithm", schemaPath: "#/properties/algorithm/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
              validate72.errors = vErrors;
              return false;
            } else {
              errors = _errs3;
              if (vErrors !== null) {
                if (_errs3) {
                  vErrors.length = _errs3;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.keyId !== void 0) {
              const _errs8 = errors;
              if (typeof data.keyId !== "string") {
                validate72.errors = [{ instancePath: instancePath + "/keyId", schemaPath: "#/properties/keyId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs8 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.publicKey !== void 0) {
                const _errs10 = errors;
                if (!validate73(data.publicKey, { instancePath: instancePath + "/publicKey", parentData: data, parentDataProperty: "publicKey", rootData })) {
                  vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.certificatePath !== void 0) {
                  let data3 = data.certificatePath;
                  const _errs11 = errors;
                  if (errors === _errs11) {
                    if (Array.isArray(data3)) {
                      var valid2 = true;
                      const len0 = data3.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs13 = errors;
                        if (typeof data3[i0] !== "string") {
                          validate72.errors = [{ instancePath: instancePath + "/certificatePath/" + i0, schemaPath: "#/properties/certificatePath/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs13 === errors;
                        if (!valid2) {
                          break;
                        }
                      }
                    } else {
                      validate72.errors = [{ instancePath: instancePath + "/certificatePath", schemaPath: "#/properties/certificatePath/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.excludes !== void 0) {
                    let data5 = data.excludes;
                    const _errs15 = errors;
                    if (errors === _errs15) {
                      if (Array.isArray(data5)) {
                        var valid3 = true;
                        const len1 = data5.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          const _errs17 = errors;
                          if (typeof data5[i1] !== "string") {
                            validate72.errors = [{ instancePath: instancePath + "/excludes/" + i1, schemaPath: "#/properties/excludes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid3 = _errs17 === errors;
                          if (!valid3) {
                            break;
                          }
                        }
                      } else {
                        validate72.errors = [{ instancePath: instancePath + "/excludes", schemaPath: "#/properties/excludes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs15 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.value !== void 0) {
                      const _errs19 = errors;
                      if (typeof data.value !== "string") {
                        validate72.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs19 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate72.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate72.errors = vErrors;
  return errors === 0;
}
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    validate71.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
    return false;
  }
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const _errs3 = errors;
    for (const key0 in data) {
      if (!(key0 === "signers")) {
        const err0 = { instancePath, schemaPath: "#/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
        break;
      }
    }
    if (_errs3 === errors) {
      if (data.signers !== void 0) {
        let data0 = data.signers;
        const _errs4 = errors;
        if (errors === _errs4) {
          if (Array.isArray(data0)) {
            var valid2 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              const _errs6 = errors;
              if (!validate72(data0[i0], { instancePath: instancePath + "/signers/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
                vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
                errors = vErrors.length;
              }
              var valid2 = _errs6 === errors;
              if (!valid2) {
                break;
              }
            }
          } else {
            const err1 = { instancePath: instancePath + "/signers", schemaPath: "#/oneOf/0/properties/signers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs7 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const _errs8 = errors;
    for (const key1 in data) {
      if (!(key1 === "chain")) {
        const err2 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
        break;
      }
    }
    if (_errs8 === errors) {
      if (data.chain !== void 0) {
        let data2 = data.chain;
        const _errs9 = errors;
        if (errors === _errs9) {
          if (Array.isArray(data2)) {
            var valid4 = true;
            const len1 = data2.length;
            for (let i1 = 0; i1 < len1; i1++) {
              const _errs11 = errors;
              if (!validate72(data2[i1], { instancePath: instancePath + "/chain/" + i1, parentData: data2, parentDataProperty: i1, rootData })) {
                vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
                errors = vErrors.length;
              }
              var valid4 = _errs11 === errors;
              if (!valid4) {
                break;
              }
            }
          } else {
            const err3 = { instancePath: instancePath + "/chain", schemaPath: "#/oneOf/1/properties/chain/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
  }
  var _valid0 = _errs7 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs12 = errors;
    if (!validate72(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs12 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
    }
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
    validate71.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  validate71.errors = vErrors;
  return errors === 0;
}
var wrapper0 = { validate: validate12 };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type") || data.name === void 0 && (missing0 = "name")) {
        validate12.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func2.call(schema13.properties, key0)) {
            validate12.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.type !== void 0) {
            let data0 = data.type;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate12.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            if (!(data0 === "application" || data0 === "framework" || data0 === "library" || data0 === "container" || data0 === "platform" || data0 === "operating-system" || data0 === "device" || data0 === "device-driver" || data0 === "firmware" || data0 === "file" || data0 === "machine-learning-model" || data0 === "data")) {
              validate12.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema13.properties.type.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["mime-type"] !== void 0) {
              let data1 = data["mime-type"];
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data1 === "string") {
                  if (!pattern1.test(data1)) {
                    validate12.errors = [{ instancePath: instancePath + "/mime-type", schemaPath: "#/properties/mime-type/pattern", keyword: "pattern", params: { pattern: "^[-+a-z0-9.]+/[-+a-z0-9.]+$" }, message: 'must match pattern "^[-+a-z0-9.]+/[-+a-z0-9.]+$"' }];
                    return false;
                  }
                } else {
                  validate12.errors = [{ instancePath: instancePath + "/mime-type", schemaPath: "#/properties/mime-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data["bom-ref"] !== void 0) {
                let data2 = data["bom-ref"];
                const _errs6 = errors;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data2 === "string") {
                    if (func5(data2) < 1) {
                      validate12.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate12.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.supplier !== void 0) {
                  const _errs9 = errors;
                  if (!validate13(data.supplier, { instancePath: instancePath + "/supplier", parentData: data, parentDataProperty: "supplier", rootData })) {
                    vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.author !== void 0) {
                    const _errs10 = errors;
                    if (typeof data.author !== "string") {
                      validate12.errors = [{ instancePath: instancePath + "/author", schemaPath: "#/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.publisher !== void 0) {
                      const _errs12 = errors;
                      if (typeof data.publisher !== "string") {
                        validate12.errors = [{ instancePath: instancePath + "/publisher", schemaPath: "#/properties/publisher/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.group !== void 0) {
                        const _errs14 = errors;
                        if (typeof data.group !== "string") {
                          validate12.errors = [{ instancePath: instancePath + "/group", schemaPath: "#/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.name !== void 0) {
                          const _errs16 = errors;
                          if (typeof data.name !== "string") {
                            validate12.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs16 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.version !== void 0) {
                            const _errs18 = errors;
                            if (typeof data.version !== "string") {
                              validate12.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs18 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.description !== void 0) {
                              const _errs20 = errors;
                              if (typeof data.description !== "string") {
                                validate12.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs20 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.scope !== void 0) {
                                let data10 = data.scope;
                                const _errs22 = errors;
                                if (typeof data10 !== "string") {
                                  validate12.errors = [{ instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                if (!(data10 === "required" || data10 === "optional" || data10 === "excluded")) {
                                  validate12.errors = [{ instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/enum", keyword: "enum", params: { allowedValues: schema13.properties.scope.enum }, message: "must be equal to one of the allowed values" }];
                                  return false;
                                }
                                var valid0 = _errs22 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.hashes !== void 0) {
                                  let data11 = data.hashes;
                                  const _errs24 = errors;
                                  if (errors === _errs24) {
                                    if (Array.isArray(data11)) {
                                      var valid2 = true;
                                      const len0 = data11.length;
                                      for (let i0 = 0; i0 < len0; i0++) {
                                        const _errs26 = errors;
                                        if (!validate17(data11[i0], { instancePath: instancePath + "/hashes/" + i0, parentData: data11, parentDataProperty: i0, rootData })) {
                                          vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                                          errors = vErrors.length;
                                        }
                                        var valid2 = _errs26 === errors;
                                        if (!valid2) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate12.errors = [{ instancePath: instancePath + "/hashes", schemaPath: "#/properties/hashes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs24 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.licenses !== void 0) {
                                    const _errs27 = errors;
                                    if (!validate19(data.licenses, { instancePath: instancePath + "/licenses", parentData: data, parentDataProperty: "licenses", rootData })) {
                                      vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid0 = _errs27 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.copyright !== void 0) {
                                      const _errs28 = errors;
                                      if (typeof data.copyright !== "string") {
                                        validate12.errors = [{ instancePath: instancePath + "/copyright", schemaPath: "#/properties/copyright/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid0 = _errs28 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.cpe !== void 0) {
                                        const _errs30 = errors;
                                        if (typeof data.cpe !== "string") {
                                          validate12.errors = [{ instancePath: instancePath + "/cpe", schemaPath: "#/properties/cpe/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid0 = _errs30 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.purl !== void 0) {
                                          const _errs32 = errors;
                                          if (typeof data.purl !== "string") {
                                            validate12.errors = [{ instancePath: instancePath + "/purl", schemaPath: "#/properties/purl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid0 = _errs32 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.swid !== void 0) {
                                            const _errs34 = errors;
                                            if (!validate29(data.swid, { instancePath: instancePath + "/swid", parentData: data, parentDataProperty: "swid", rootData })) {
                                              vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                                              errors = vErrors.length;
                                            }
                                            var valid0 = _errs34 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.modified !== void 0) {
                                              const _errs35 = errors;
                                              if (typeof data.modified !== "boolean") {
                                                validate12.errors = [{ instancePath: instancePath + "/modified", schemaPath: "#/properties/modified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                return false;
                                              }
                                              var valid0 = _errs35 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.pedigree !== void 0) {
                                                let data19 = data.pedigree;
                                                const _errs37 = errors;
                                                if (errors === _errs37) {
                                                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                                    const _errs39 = errors;
                                                    for (const key1 in data19) {
                                                      if (!(key1 === "ancestors" || key1 === "descendants" || key1 === "variants" || key1 === "commits" || key1 === "patches" || key1 === "notes")) {
                                                        validate12.errors = [{ instancePath: instancePath + "/pedigree", schemaPath: "#/properties/pedigree/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                                        return false;
                                                        break;
                                                      }
                                                    }
                                                    if (_errs39 === errors) {
                                                      if (data19.ancestors !== void 0) {
                                                        let data20 = data19.ancestors;
                                                        const _errs40 = errors;
                                                        if (errors === _errs40) {
                                                          if (Array.isArray(data20)) {
                                                            var valid4 = true;
                                                            const len1 = data20.length;
                                                            for (let i1 = 0; i1 < len1; i1++) {
                                                              const _errs42 = errors;
                                                              if (!wrapper0.validate(data20[i1], { instancePath: instancePath + "/pedigree/ancestors/" + i1, parentData: data20, parentDataProperty: i1, rootData })) {
                                                                vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                                                                errors = vErrors.length;
                                                              }
                                                              var valid4 = _errs42 === errors;
                                                              if (!valid4) {
                                                                break;
                                                              }
                                                            }
                                                          } else {
                                                            validate12.errors = [{ instancePath: instancePath + "/pedigree/ancestors", schemaPath: "#/properties/pedigree/properties/ancestors/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid3 = _errs40 === errors;
                                                      } else {
                                                        var valid3 = true;
                                                      }
                                                      if (valid3) {
                                                        if (data19.descendants !== void 0) {
                                                          let data22 = data19.descendants;
                                                          const _errs43 = errors;
                                                          if (errors === _errs43) {
                                                            if (Array.isArray(data22)) {
                                                              var valid5 = true;
                                                              const len2 = data22.length;
                                                              for (let i2 = 0; i2 < len2; i2++) {
                                                                const _errs45 = errors;
                                                                if (!wrapper0.validate(data22[i2], { instancePath: instancePath + "/pedigree/descendants/" + i2, parentData: data22, parentDataProperty: i2, rootData })) {
                                                                  vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                                                                  errors = vErrors.length;
                                                                }
                                                                var valid5 = _errs45 === errors;
                                                                if (!valid5) {
                                                                  break;
                                                                }
                                                              }
                                                            } else {
                                                              validate12.errors = [{ instancePath: instancePath + "/pedigree/descendants", schemaPath: "#/properties/pedigree/properties/descendants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid3 = _errs43 === errors;
                                                        } else {
                                                          var valid3 = true;
                                                        }
                                                        if (valid3) {
                                                          if (data19.variants !== void 0) {
                                                            let data24 = data19.variants;
                                                            const _errs46 = errors;
                                                            if (errors === _errs46) {
                                                              if (Array.isArray(data24)) {
                                                                var valid6 = true;
                                                                const len3 = data24.length;
                                                                for (let i3 = 0; i3 < len3; i3++) {
                                                                  const _errs48 = errors;
                                                                  if (!wrapper0.validate(data24[i3], { instancePath: instancePath + "/pedigree/variants/" + i3, parentData: data24, parentDataProperty: i3, rootData })) {
                                                                    vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                                                                    errors = vErrors.length;
                                                                  }
                                                                  var valid6 = _errs48 === errors;
                                                                  if (!valid6) {
                                                                    break;
                                                                  }
                                                                }
                                                              } else {
                                                                validate12.errors = [{ instancePath: instancePath + "/pedigree/variants", schemaPath: "#/properties/pedigree/properties/variants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid3 = _errs46 === errors;
                                                          } else {
                                                            var valid3 = true;
                                                          }
                                                          if (valid3) {
                                                            if (data19.commits !== void 0) {
                                                              let data26 = data19.commits;
                                                              const _errs49 = errors;
                                                              if (errors === _errs49) {
                                                                if (Array.isArray(data26)) {
                                                                  var valid7 = true;
                                                                  const len4 = data26.length;
                                                                  for (let i4 = 0; i4 < len4; i4++) {
                                                                    const _errs51 = errors;
                                                                    if (!validate31(data26[i4], { instancePath: instancePath + "/pedigree/commits/" + i4, parentData: data26, parentDataProperty: i4, rootData })) {
                                                                      vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                                                                      errors = vErrors.length;
                                                                    }
                                                                    var valid7 = _errs51 === errors;
                                                                    if (!valid7) {
                                                                      break;
                                                                    }
                                                                  }
                                                                } else {
                                                                  validate12.errors = [{ instancePath: instancePath + "/pedigree/commits", schemaPath: "#/properties/pedigree/properties/commits/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid3 = _errs49 === errors;
                                                            } else {
                                                              var valid3 = true;
                                                            }
                                                            if (valid3) {
                                                              if (data19.patches !== void 0) {
                                                                let data28 = data19.patches;
                                                                const _errs52 = errors;
                                                                if (errors === _errs52) {
                                                                  if (Array.isArray(data28)) {
                                                                    var valid8 = true;
                                                                    const len5 = data28.length;
                                                                    for (let i5 = 0; i5 < len5; i5++) {
                                                                      const _errs54 = errors;
                                                                      if (!validate33(data28[i5], { instancePath: instancePath + "/pedigree/patches/" + i5, parentData: data28, parentDataProperty: i5, rootData })) {
                                                                        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                                                                        errors = vErrors.length;
                                                                      }
                                                                      var valid8 = _errs54 === errors;
                                                                      if (!valid8) {
                                                                        break;
                                                                      }
                                                                    }
                                                                  } else {
                                                                    validate12.errors = [{ instancePath: instancePath + "/pedigree/patches", schemaPath: "#/properties/pedigree/properties/patches/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid3 = _errs52 === errors;
                                                              } else {
                                                                var valid3 = true;
                                                              }
                                                              if (valid3) {
                                                                if (data19.notes !== void 0) {
                                                                  const _errs55 = errors;
                                                                  if (typeof data19.notes !== "string") {
                                                                    validate12.errors = [{ instancePath: instancePath + "/pedigree/notes", schemaPath: "#/properties/pedigree/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  var valid3 = _errs55 === errors;
                                                                } else {
                                                                  var valid3 = true;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate12.errors = [{ instancePath: instancePath + "/pedigree", schemaPath: "#/properties/pedigree/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                }
                                                var valid0 = _errs37 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                              if (valid0) {
                                                if (data.externalReferences !== void 0) {
                                                  let data31 = data.externalReferences;
                                                  const _errs57 = errors;
                                                  if (errors === _errs57) {
                                                    if (Array.isArray(data31)) {
                                                      var valid9 = true;
                                                      const len6 = data31.length;
                                                      for (let i6 = 0; i6 < len6; i6++) {
                                                        const _errs59 = errors;
                                                        if (!validate37(data31[i6], { instancePath: instancePath + "/externalReferences/" + i6, parentData: data31, parentDataProperty: i6, rootData })) {
                                                          vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                                                          errors = vErrors.length;
                                                        }
                                                        var valid9 = _errs59 === errors;
                                                        if (!valid9) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate12.errors = [{ instancePath: instancePath + "/externalReferences", schemaPath: "#/properties/externalReferences/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid0 = _errs57 === errors;
                                                } else {
                                                  var valid0 = true;
                                                }
                                                if (valid0) {
                                                  if (data.components !== void 0) {
                                                    let data33 = data.components;
                                                    const _errs60 = errors;
                                                    if (errors === _errs60) {
                                                      if (Array.isArray(data33)) {
                                                        var valid10 = true;
                                                        const len7 = data33.length;
                                                        for (let i7 = 0; i7 < len7; i7++) {
                                                          const _errs62 = errors;
                                                          if (!wrapper0.validate(data33[i7], { instancePath: instancePath + "/components/" + i7, parentData: data33, parentDataProperty: i7, rootData })) {
                                                            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                                                            errors = vErrors.length;
                                                          }
                                                          var valid10 = _errs62 === errors;
                                                          if (!valid10) {
                                                            break;
                                                          }
                                                        }
                                                        if (valid10) {
                                                          let i8 = data33.length;
                                                          let j0;
                                                          if (i8 > 1) {
                                                            outer0: for (const pair of firstDuplicate(data33)) {
                                                              i8 = pair[0];
                                                              j0 = pair[1];
                                                              {
                                                                if (true) {
                                                                  validate12.errors = [{ instancePath: instancePath + "/components", schemaPath: "#/properties/components/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i8 + " are identical)" }];
                                                                  return false;
                                                                  break outer0;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        validate12.errors = [{ instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid0 = _errs60 === errors;
                                                  } else {
                                                    var valid0 = true;
                                                  }
                                                  if (valid0) {
                                                    if (data.evidence !== void 0) {
                                                      const _errs63 = errors;
                                                      if (!validate42(data.evidence, { instancePath: instancePath + "/evidence", parentData: data, parentDataProperty: "evidence", rootData })) {
                                                        vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
                                                        errors = vErrors.length;
                                                      }
                                                      var valid0 = _errs63 === errors;
                                                    } else {
                                                      var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                      if (data.releaseNotes !== void 0) {
                                                        const _errs64 = errors;
                                                        if (!validate47(data.releaseNotes, { instancePath: instancePath + "/releaseNotes", parentData: data, parentDataProperty: "releaseNotes", rootData })) {
                                                          vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
                                                          errors = vErrors.length;
                                                        }
                                                        var valid0 = _errs64 === errors;
                                                      } else {
                                                        var valid0 = true;
                                                      }
                                                      if (valid0) {
                                                        if (data.modelCard !== void 0) {
                                                          const _errs65 = errors;
                                                          if (!validate51(data.modelCard, { instancePath: instancePath + "/modelCard", parentData: data, parentDataProperty: "modelCard", rootData })) {
                                                            vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
                                                            errors = vErrors.length;
                                                          }
                                                          var valid0 = _errs65 === errors;
                                                        } else {
                                                          var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                          if (data.data !== void 0) {
                                                            let data38 = data.data;
                                                            const _errs66 = errors;
                                                            if (errors === _errs66) {
                                                              if (Array.isArray(data38)) {
                                                                var valid12 = true;
                                                                const len8 = data38.length;
                                                                for (let i9 = 0; i9 < len8; i9++) {
                                                                  const _errs68 = errors;
                                                                  if (!validate52(data38[i9], { instancePath: instancePath + "/data/" + i9, parentData: data38, parentDataProperty: i9, rootData })) {
                                                                    vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
                                                                    errors = vErrors.length;
                                                                  }
                                                                  var valid12 = _errs68 === errors;
                                                                  if (!valid12) {
                                                                    break;
                                                                  }
                                                                }
                                                              } else {
                                                                validate12.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid0 = _errs66 === errors;
                                                          } else {
                                                            var valid0 = true;
                                                          }
                                                          if (valid0) {
                                                            if (data.properties !== void 0) {
                                                              let data40 = data.properties;
                                                              const _errs69 = errors;
                                                              if (errors === _errs69) {
                                                                if (Array.isArray(data40)) {
                                                                  var valid13 = true;
                                                                  const len9 = data40.length;
                                                                  for (let i10 = 0; i10 < len9; i10++) {
                                                                    let data41 = data40[i10];
                                                                    const _errs71 = errors;
                                                                    const _errs72 = errors;
                                                                    if (errors === _errs72) {
                                                                      if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                                                                        if (data41.name !== void 0) {
                                                                          const _errs74 = errors;
                                                                          if (typeof data41.name !== "string") {
                                                                            validate12.errors = [{ instancePath: instancePath + "/properties/" + i10 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                          }
                                                                          var valid15 = _errs74 === errors;
                                                                        } else {
                                                                          var valid15 = true;
                                                                        }
                                                                        if (valid15) {
                                                                          if (data41.value !== void 0) {
                                                                            const _errs76 = errors;
                                                                            if (typeof data41.value !== "string") {
                                                                              validate12.errors = [{ instancePath: instancePath + "/properties/" + i10 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                              return false;
                                                                            }
                                                                            var valid15 = _errs76 === errors;
                                                                          } else {
                                                                            var valid15 = true;
                                                                          }
                                                                        }
                                                                      } else {
                                                                        validate12.errors = [{ instancePath: instancePath + "/properties/" + i10, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid13 = _errs71 === errors;
                                                                    if (!valid13) {
                                                                      break;
                                                                    }
                                                                  }
                                                                } else {
                                                                  validate12.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid0 = _errs69 === errors;
                                                            } else {
                                                              var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                              if (data.signature !== void 0) {
                                                                const _errs78 = errors;
                                                                if (!validate71(data.signature, { instancePath: instancePath + "/signature", parentData: data, parentDataProperty: "signature", rootData })) {
                                                                  vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
                                                                  errors = vErrors.length;
                                                                }
                                                                var valid0 = _errs78 === errors;
                                                              } else {
                                                                var valid0 = true;
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate12.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var schema83 = { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "provider": { "$ref": "#/definitions/organizationalEntity" }, "group": { "type": "string" }, "name": { "type": "string" }, "version": { "type": "string" }, "description": { "type": "string" }, "endpoints": { "type": "array", "items": { "type": "string", "format": "iri-reference" } }, "authenticated": { "type": "boolean" }, "x-trust-boundary": { "type": "boolean" }, "trustZone": { "type": "string" }, "data": { "type": "array", "items": { "$ref": "#/definitions/serviceData" } }, "licenses": { "$ref": "#/definitions/licenseChoice" }, "externalReferences": { "type": "array", "items": { "$ref": "#/definitions/externalReference" } }, "services": { "type": "array", "items": { "$ref": "#/definitions/service" }, "uniqueItems": true }, "releaseNotes": { "$ref": "#/definitions/releaseNotes" }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } }, "signature": { "$ref": "#/definitions/signature" } } };
var schema86 = { "type": "string", "enum": ["inbound", "outbound", "bi-directional", "unknown"] };
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.flow === void 0 && (missing0 = "flow") || data.classification === void 0 && (missing0 = "classification")) {
        validate82.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "flow" || key0 === "classification" || key0 === "name" || key0 === "description" || key0 === "governance" || key0 === "source" || key0 === "destination")) {
            validate82.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.flow !== void 0) {
            let data0 = data.flow;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate82.errors = [{ instancePath: instancePath + "/flow", schemaPath: "#/definitions/dataFlowDirection/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            if (!(data0 === "inbound" || data0 === "outbound" || data0 === "bi-directional" || data0 === "unknown")) {
              validate82.errors = [{ instancePath: instancePath + "/flow", schemaPath: "#/definitions/dataFlowDirection/enum", keyword: "enum", params: { allowedValues: schema86.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.classification !== void 0) {
              const _errs5 = errors;
              if (typeof data.classification !== "string") {
                validate82.errors = [{ instancePath: instancePath + "/classification", schemaPath: "#/definitions/dataClassification/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.name !== void 0) {
                const _errs8 = errors;
                if (typeof data.name !== "string") {
                  validate82.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.description !== void 0) {
                  const _errs10 = errors;
                  if (typeof data.description !== "string") {
                    validate82.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.governance !== void 0) {
                    let data4 = data.governance;
                    const _errs12 = errors;
                    if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
                      validate82.errors = [{ instancePath: instancePath + "/governance", schemaPath: "#/properties/governance/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                    if (!validate57(data4, { instancePath: instancePath + "/governance", parentData: data, parentDataProperty: "governance", rootData })) {
                      vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.source !== void 0) {
                      let data5 = data.source;
                      const _errs14 = errors;
                      if (errors === _errs14) {
                        if (Array.isArray(data5)) {
                          var valid3 = true;
                          const len0 = data5.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            let data6 = data5[i0];
                            const _errs16 = errors;
                            const _errs17 = errors;
                            let valid4 = false;
                            const _errs18 = errors;
                            if (errors === _errs18) {
                              if (errors === _errs18) {
                                if (!(typeof data6 === "string")) {
                                  const err0 = { instancePath: instancePath + "/source/" + i0, schemaPath: "#/properties/source/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  if (vErrors === null) {
                                    vErrors = [err0];
                                  } else {
                                    vErrors.push(err0);
                                  }
                                  errors++;
                                }
                              }
                            }
                            var _valid0 = _errs18 === errors;
                            valid4 = valid4 || _valid0;
                            if (!valid4) {
                              const _errs20 = errors;
                              const _errs21 = errors;
                              if (errors === _errs21) {
                                if (errors === _errs21) {
                                  if (typeof data6 === "string") {
                                    if (!pattern4.test(data6)) {
                                      const err1 = { instancePath: instancePath + "/source/" + i0, schemaPath: "#/definitions/bomLinkElementType/pattern", keyword: "pattern", params: { pattern: "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$" }, message: 'must match pattern "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$"' };
                                      if (vErrors === null) {
                                        vErrors = [err1];
                                      } else {
                                        vErrors.push(err1);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err2 = { instancePath: instancePath + "/source/" + i0, schemaPath: "#/definitions/bomLinkElementType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err2];
                                    } else {
                                      vErrors.push(err2);
                                    }
                                    errors++;
                                  }
                                }
                              }
                              var _valid0 = _errs20 === errors;
                              valid4 = valid4 || _valid0;
                            }
                            if (!valid4) {
                              const err3 = { instancePath: instancePath + "/source/" + i0, schemaPath: "#/properties/source/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                              if (vErrors === null) {
                                vErrors = [err3];
                              } else {
                                vErrors.push(err3);
                              }
                              errors++;
                              validate82.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs17;
                              if (vErrors !== null) {
                                if (_errs17) {
                                  vErrors.length = _errs17;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid3 = _errs16 === errors;
                            if (!valid3) {
                              break;
                            }
                          }
                        } else {
                          validate82.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.destination !== void 0) {
                        let data7 = data.destination;
                        const _errs23 = errors;
                        if (errors === _errs23) {
                          if (Array.isArray(data7)) {
                            var valid6 = true;
                            const len1 = data7.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                              let data8 = data7[i1];
                              const _errs25 = errors;
                              const _errs26 = errors;
                              let valid7 = false;
                              const _errs27 = errors;
                              if (errors === _errs27) {
                                if (errors === _errs27) {
                                  if (!(typeof data8 === "string")) {
                                    const err4 = { instancePath: instancePath + "/destination/" + i1, schemaPath: "#/properties/destination/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err4];
                                    } else {
                                      vErrors.push(err4);
                                    }
                                    errors++;
                                  }
                                }
                              }
                              var _valid1 = _errs27 === errors;
                              valid7 = valid7 || _valid1;
                              if (!valid7) {
                                const _errs29 = errors;
                                const _errs30 = errors;
                                if (errors === _errs30) {
                                  if (errors === _errs30) {
                                    if (typeof data8 === "string") {
                                      if (!pattern4.test(data8)) {
                                        const err5 = { instancePath: instancePath + "/destination/" + i1, schemaPath: "#/definitions/bomLinkElementType/pattern", keyword: "pattern", params: { pattern: "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$" }, message: 'must match pattern "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$"' };
                                        if (vErrors === null) {
                                          vErrors = [err5];
                                        } else {
                                          vErrors.push(err5);
                                        }
                                        errors++;
                                      }
                                    } else {
                                      const err6 = { instancePath: instancePath + "/destination/" + i1, schemaPath: "#/definitions/bomLinkElementType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      if (vErrors === null) {
                                        vErrors = [err6];
                                      } else {
                                        vErrors.push(err6);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                                var _valid1 = _errs29 === errors;
                                valid7 = valid7 || _valid1;
                              }
                              if (!valid7) {
                                const err7 = { instancePath: instancePath + "/destination/" + i1, schemaPath: "#/properties/destination/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                  vErrors = [err7];
                                } else {
                                  vErrors.push(err7);
                                }
                                errors++;
                                validate82.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs26;
                                if (vErrors !== null) {
                                  if (_errs26) {
                                    vErrors.length = _errs26;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid6 = _errs25 === errors;
                              if (!valid6) {
                                break;
                              }
                            }
                          } else {
                            validate82.errors = [{ instancePath: instancePath + "/destination", schemaPath: "#/properties/destination/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs23 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate82.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate82.errors = vErrors;
  return errors === 0;
}
var wrapper4 = { validate: validate80 };
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name")) {
        validate80.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func2.call(schema83.properties, key0)) {
            validate80.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data["bom-ref"] !== void 0) {
            let data0 = data["bom-ref"];
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === "string") {
                if (func5(data0) < 1) {
                  validate80.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate80.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.provider !== void 0) {
              const _errs5 = errors;
              if (!validate13(data.provider, { instancePath: instancePath + "/provider", parentData: data, parentDataProperty: "provider", rootData })) {
                vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.group !== void 0) {
                const _errs6 = errors;
                if (typeof data.group !== "string") {
                  validate80.errors = [{ instancePath: instancePath + "/group", schemaPath: "#/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.name !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.name !== "string") {
                    validate80.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.version !== void 0) {
                    const _errs10 = errors;
                    if (typeof data.version !== "string") {
                      validate80.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.description !== void 0) {
                      const _errs12 = errors;
                      if (typeof data.description !== "string") {
                        validate80.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.endpoints !== void 0) {
                        let data6 = data.endpoints;
                        const _errs14 = errors;
                        if (errors === _errs14) {
                          if (Array.isArray(data6)) {
                            var valid2 = true;
                            const len0 = data6.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs16 = errors;
                              if (errors === _errs16) {
                                if (errors === _errs16) {
                                  if (!(typeof data6[i0] === "string")) {
                                    validate80.errors = [{ instancePath: instancePath + "/endpoints/" + i0, schemaPath: "#/properties/endpoints/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                              }
                              var valid2 = _errs16 === errors;
                              if (!valid2) {
                                break;
                              }
                            }
                          } else {
                            validate80.errors = [{ instancePath: instancePath + "/endpoints", schemaPath: "#/properties/endpoints/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.authenticated !== void 0) {
                          const _errs18 = errors;
                          if (typeof data.authenticated !== "boolean") {
                            validate80.errors = [{ instancePath: instancePath + "/authenticated", schemaPath: "#/properties/authenticated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                            return false;
                          }
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data["x-trust-boundary"] !== void 0) {
                            const _errs20 = errors;
                            if (typeof data["x-trust-boundary"] !== "boolean") {
                              validate80.errors = [{ instancePath: instancePath + "/x-trust-boundary", schemaPath: "#/properties/x-trust-boundary/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                              return false;
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.trustZone !== void 0) {
                              const _errs22 = errors;
                              if (typeof data.trustZone !== "string") {
                                validate80.errors = [{ instancePath: instancePath + "/trustZone", schemaPath: "#/properties/trustZone/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs22 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.data !== void 0) {
                                let data11 = data.data;
                                const _errs24 = errors;
                                if (errors === _errs24) {
                                  if (Array.isArray(data11)) {
                                    var valid3 = true;
                                    const len1 = data11.length;
                                    for (let i1 = 0; i1 < len1; i1++) {
                                      const _errs26 = errors;
                                      if (!validate82(data11[i1], { instancePath: instancePath + "/data/" + i1, parentData: data11, parentDataProperty: i1, rootData })) {
                                        vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid3 = _errs26 === errors;
                                      if (!valid3) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate80.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs24 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.licenses !== void 0) {
                                  const _errs27 = errors;
                                  if (!validate19(data.licenses, { instancePath: instancePath + "/licenses", parentData: data, parentDataProperty: "licenses", rootData })) {
                                    vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs27 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.externalReferences !== void 0) {
                                    let data14 = data.externalReferences;
                                    const _errs28 = errors;
                                    if (errors === _errs28) {
                                      if (Array.isArray(data14)) {
                                        var valid4 = true;
                                        const len2 = data14.length;
                                        for (let i2 = 0; i2 < len2; i2++) {
                                          const _errs30 = errors;
                                          if (!validate37(data14[i2], { instancePath: instancePath + "/externalReferences/" + i2, parentData: data14, parentDataProperty: i2, rootData })) {
                                            vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid4 = _errs30 === errors;
                                          if (!valid4) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate80.errors = [{ instancePath: instancePath + "/externalReferences", schemaPath: "#/properties/externalReferences/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs28 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.services !== void 0) {
                                      let data16 = data.services;
                                      const _errs31 = errors;
                                      if (errors === _errs31) {
                                        if (Array.isArray(data16)) {
                                          var valid5 = true;
                                          const len3 = data16.length;
                                          for (let i3 = 0; i3 < len3; i3++) {
                                            const _errs33 = errors;
                                            if (!wrapper4.validate(data16[i3], { instancePath: instancePath + "/services/" + i3, parentData: data16, parentDataProperty: i3, rootData })) {
                                              vErrors = vErrors === null ? wrapper4.validate.errors : vErrors.concat(wrapper4.validate.errors);
                                              errors = vErrors.length;
                                            }
                                            var valid5 = _errs33 === errors;
                                            if (!valid5) {
                                              break;
                                            }
                                          }
                                          if (valid5) {
                                            let i4 = data16.length;
                                            let j0;
                                            if (i4 > 1) {
                                              outer0: for (const pair of firstDuplicate(data16)) {
                                                i4 = pair[0];
                                                j0 = pair[1];
                                                {
                                                  if (true) {
                                                    validate80.errors = [{ instancePath: instancePath + "/services", schemaPath: "#/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i4 + " are identical)" }];
                                                    return false;
                                                    break outer0;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate80.errors = [{ instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs31 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.releaseNotes !== void 0) {
                                        const _errs34 = errors;
                                        if (!validate47(data.releaseNotes, { instancePath: instancePath + "/releaseNotes", parentData: data, parentDataProperty: "releaseNotes", rootData })) {
                                          vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
                                          errors = vErrors.length;
                                        }
                                        var valid0 = _errs34 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.properties !== void 0) {
                                          let data19 = data.properties;
                                          const _errs35 = errors;
                                          if (errors === _errs35) {
                                            if (Array.isArray(data19)) {
                                              var valid7 = true;
                                              const len4 = data19.length;
                                              for (let i5 = 0; i5 < len4; i5++) {
                                                let data20 = data19[i5];
                                                const _errs37 = errors;
                                                const _errs38 = errors;
                                                if (errors === _errs38) {
                                                  if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                                    if (data20.name !== void 0) {
                                                      const _errs40 = errors;
                                                      if (typeof data20.name !== "string") {
                                                        validate80.errors = [{ instancePath: instancePath + "/properties/" + i5 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid9 = _errs40 === errors;
                                                    } else {
                                                      var valid9 = true;
                                                    }
                                                    if (valid9) {
                                                      if (data20.value !== void 0) {
                                                        const _errs42 = errors;
                                                        if (typeof data20.value !== "string") {
                                                          validate80.errors = [{ instancePath: instancePath + "/properties/" + i5 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid9 = _errs42 === errors;
                                                      } else {
                                                        var valid9 = true;
                                                      }
                                                    }
                                                  } else {
                                                    validate80.errors = [{ instancePath: instancePath + "/properties/" + i5, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                }
                                                var valid7 = _errs37 === errors;
                                                if (!valid7) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate80.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid0 = _errs35 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.signature !== void 0) {
                                            const _errs44 = errors;
                                            if (!validate71(data.signature, { instancePath: instancePath + "/signature", parentData: data, parentDataProperty: "signature", rootData })) {
                                              vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
                                              errors = vErrors.length;
                                            }
                                            var valid0 = _errs44 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate80.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate80.errors = vErrors;
  return errors === 0;
}
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "vendor" || key0 === "name" || key0 === "version" || key0 === "hashes" || key0 === "externalReferences")) {
          validate90.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.vendor !== void 0) {
          const _errs2 = errors;
          if (typeof data.vendor !== "string") {
            validate90.errors = [{ instancePath: instancePath + "/vendor", schemaPath: "#/properties/vendor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.name !== void 0) {
            const _errs4 = errors;
            if (typeof data.name !== "string") {
              validate90.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.version !== void 0) {
              const _errs6 = errors;
              if (typeof data.version !== "string") {
                validate90.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.hashes !== void 0) {
                let data3 = data.hashes;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (Array.isArray(data3)) {
                    var valid1 = true;
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs10 = errors;
                      if (!validate17(data3[i0], { instancePath: instancePath + "/hashes/" + i0, parentData: data3, parentDataProperty: i0, rootData })) {
                        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs10 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  } else {
                    validate90.errors = [{ instancePath: instancePath + "/hashes", schemaPath: "#/properties/hashes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.externalReferences !== void 0) {
                  let data5 = data.externalReferences;
                  const _errs11 = errors;
                  if (errors === _errs11) {
                    if (Array.isArray(data5)) {
                      var valid2 = true;
                      const len1 = data5.length;
                      for (let i1 = 0; i1 < len1; i1++) {
                        const _errs13 = errors;
                        if (!validate37(data5[i1], { instancePath: instancePath + "/externalReferences/" + i1, parentData: data5, parentDataProperty: i1, rootData })) {
                          vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                          errors = vErrors.length;
                        }
                        var valid2 = _errs13 === errors;
                        if (!valid2) {
                          break;
                        }
                      }
                    } else {
                      validate90.errors = [{ instancePath: instancePath + "/externalReferences", schemaPath: "#/properties/externalReferences/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate90.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate90.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!func2.call(schema12.properties, key0)) {
          validate11.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.timestamp !== void 0) {
          let data0 = data.timestamp;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (errors === _errs2) {
              if (typeof data0 === "string") {
                if (!formats0.validate(data0)) {
                  validate11.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/properties/timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                  return false;
                }
              } else {
                validate11.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/properties/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.lifecycles !== void 0) {
            let data1 = data.lifecycles;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data2 = data1[i0];
                  const _errs6 = errors;
                  if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
                    validate11.errors = [{ instancePath: instancePath + "/lifecycles/" + i0, schemaPath: "#/properties/lifecycles/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                  const _errs8 = errors;
                  let valid2 = false;
                  let passing0 = null;
                  const _errs9 = errors;
                  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    let missing0;
                    if (data2.phase === void 0 && (missing0 = "phase")) {
                      const err0 = { instancePath: instancePath + "/lifecycles/" + i0, schemaPath: "#/properties/lifecycles/items/oneOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
                      if (vErrors === null) {
                        vErrors = [err0];
                      } else {
                        vErrors.push(err0);
                      }
                      errors++;
                    } else {
                      const _errs10 = errors;
                      for (const key1 in data2) {
                        if (!(key1 === "phase")) {
                          const err1 = { instancePath: instancePath + "/lifecycles/" + i0, schemaPath: "#/properties/lifecycles/items/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                          if (vErrors === null) {
                            vErrors = [err1];
                          } else {
                            vErrors.push(err1);
                          }
                          errors++;
                          break;
                        }
                      }
                      if (_errs10 === errors) {
                        if (data2.phase !== void 0) {
                          let data3 = data2.phase;
                          if (typeof data3 !== "string") {
                            const err2 = { instancePath: instancePath + "/lifecycles/" + i0 + "/phase", schemaPath: "#/properties/lifecycles/items/oneOf/0/properties/phase/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err2];
                            } else {
                              vErrors.push(err2);
                            }
                            errors++;
                          }
                          if (!(data3 === "design" || data3 === "pre-build" || data3 === "build" || data3 === "post-build" || data3 === "operations" || data3 === "discovery" || data3 === "decommission")) {
                            const err3 = { instancePath: instancePath + "/lifecycles/" + i0 + "/phase", schemaPath: "#/properties/lifecycles/items/oneOf/0/properties/phase/enum", keyword: "enum", params: { allowedValues: schema12.properties.lifecycles.items.oneOf[0].properties.phase.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                              vErrors = [err3];
                            } else {
                              vErrors.push(err3);
                            }
                            errors++;
                          }
                        }
                      }
                    }
                  }
                  var _valid0 = _errs9 === errors;
                  if (_valid0) {
                    valid2 = true;
                    passing0 = 0;
                  }
                  const _errs13 = errors;
                  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    let missing1;
                    if (data2.name === void 0 && (missing1 = "name")) {
                      const err4 = { instancePath: instancePath + "/lifecycles/" + i0, schemaPath: "#/properties/lifecycles/items/oneOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
                      if (vErrors === null) {
                        vErrors = [err4];
                      } else {
                        vErrors.push(err4);
                      }
                      errors++;
                    } else {
                      const _errs14 = errors;
                      for (const key2 in data2) {
                        if (!(key2 === "name" || key2 === "description")) {
                          const err5 = { instancePath: instancePath + "/lifecycles/" + i0, schemaPath: "#/properties/lifecycles/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                          if (vErrors === null) {
                            vErrors = [err5];
                          } else {
                            vErrors.push(err5);
                          }
                          errors++;
                          break;
                        }
                      }
                      if (_errs14 === errors) {
                        if (data2.name !== void 0) {
                          const _errs15 = errors;
                          if (typeof data2.name !== "string") {
                            const err6 = { instancePath: instancePath + "/lifecycles/" + i0 + "/name", schemaPath: "#/properties/lifecycles/items/oneOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err6];
                            } else {
                              vErrors.push(err6);
                            }
                            errors++;
                          }
                          var valid4 = _errs15 === errors;
                        } else {
                          var valid4 = true;
                        }
                        if (valid4) {
                          if (data2.description !== void 0) {
                            const _errs17 = errors;
                            if (typeof data2.description !== "string") {
                              const err7 = { instancePath: instancePath + "/lifecycles/" + i0 + "/description", schemaPath: "#/properties/lifecycles/items/oneOf/1/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              if (vErrors === null) {
                                vErrors = [err7];
                              } else {
                                vErrors.push(err7);
                              }
                              errors++;
                            }
                            var valid4 = _errs17 === errors;
                          } else {
                            var valid4 = true;
                          }
                        }
                      }
                    }
                  }
                  var _valid0 = _errs13 === errors;
                  if (_valid0 && valid2) {
                    valid2 = false;
                    passing0 = [passing0, 1];
                  } else {
                    if (_valid0) {
                      valid2 = true;
                      passing0 = 1;
                    }
                  }
                  if (!valid2) {
                    const err8 = { instancePath: instancePath + "/lifecycles/" + i0, schemaPath: "#/properties/lifecycles/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                    validate11.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs8;
                    if (vErrors !== null) {
                      if (_errs8) {
                        vErrors.length = _errs8;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid1 = _errs6 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate11.errors = [{ instancePath: instancePath + "/lifecycles", schemaPath: "#/properties/lifecycles/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.tools !== void 0) {
              let data6 = data.tools;
              const _errs19 = errors;
              const _errs20 = errors;
              let valid5 = false;
              let passing1 = null;
              const _errs21 = errors;
              if (errors === _errs21) {
                if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                  const _errs23 = errors;
                  for (const key3 in data6) {
                    if (!(key3 === "components" || key3 === "services")) {
                      const err9 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err9];
                      } else {
                        vErrors.push(err9);
                      }
                      errors++;
                      break;
                    }
                  }
                  if (_errs23 === errors) {
                    if (data6.components !== void 0) {
                      let data7 = data6.components;
                      const _errs24 = errors;
                      if (errors === _errs24) {
                        if (Array.isArray(data7)) {
                          var valid7 = true;
                          const len1 = data7.length;
                          for (let i1 = 0; i1 < len1; i1++) {
                            const _errs26 = errors;
                            if (!validate12(data7[i1], { instancePath: instancePath + "/tools/components/" + i1, parentData: data7, parentDataProperty: i1, rootData })) {
                              vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                              errors = vErrors.length;
                            }
                            var valid7 = _errs26 === errors;
                            if (!valid7) {
                              break;
                            }
                          }
                          if (valid7) {
                            let i2 = data7.length;
                            let j0;
                            if (i2 > 1) {
                              outer0: for (const pair of firstDuplicate(data7)) {
                                i2 = pair[0];
                                j0 = pair[1];
                                {
                                  if (true) {
                                    const err10 = { instancePath: instancePath + "/tools/components", schemaPath: "#/properties/tools/oneOf/0/properties/components/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" };
                                    if (vErrors === null) {
                                      vErrors = [err10];
                                    } else {
                                      vErrors.push(err10);
                                    }
                                    errors++;
                                    break outer0;
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          const err11 = { instancePath: instancePath + "/tools/components", schemaPath: "#/properties/tools/oneOf/0/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                          if (vErrors === null) {
                            vErrors = [err11];
                          } else {
                            vErrors.push(err11);
                          }
                          errors++;
                        }
                      }
                      var valid6 = _errs24 === errors;
                    } else {
                      var valid6 = true;
                    }
                    if (valid6) {
                      if (data6.services !== void 0) {
                        let data9 = data6.services;
                        const _errs27 = errors;
                        if (errors === _errs27) {
                          if (Array.isArray(data9)) {
                            var valid9 = true;
                            const len2 = data9.length;
                            for (let i3 = 0; i3 < len2; i3++) {
                              const _errs29 = errors;
                              if (!validate80(data9[i3], { instancePath: instancePath + "/tools/services/" + i3, parentData: data9, parentDataProperty: i3, rootData })) {
                                vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
                                errors = vErrors.length;
                              }
                              var valid9 = _errs29 === errors;
                              if (!valid9) {
                                break;
                              }
                            }
                            if (valid9) {
                              let i4 = data9.length;
                              let j1;
                              if (i4 > 1) {
                                outer1: for (const pair of firstDuplicate(data9)) {
                                  i4 = pair[0];
                                  j1 = pair[1];
                                  {
                                    if (true) {
                                      const err12 = { instancePath: instancePath + "/tools/services", schemaPath: "#/properties/tools/oneOf/0/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)" };
                                      if (vErrors === null) {
                                        vErrors = [err12];
                                      } else {
                                        vErrors.push(err12);
                                      }
                                      errors++;
                                      break outer1;
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            const err13 = { instancePath: instancePath + "/tools/services", schemaPath: "#/properties/tools/oneOf/0/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err13];
                            } else {
                              vErrors.push(err13);
                            }
                            errors++;
                          }
                        }
                        var valid6 = _errs27 === errors;
                      } else {
                        var valid6 = true;
                      }
                    }
                  }
                } else {
                  const err14 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs21 === errors;
              if (_valid1) {
                valid5 = true;
                passing1 = 0;
              }
              const _errs30 = errors;
              if (errors === _errs30) {
                if (Array.isArray(data6)) {
                  var valid11 = true;
                  const len3 = data6.length;
                  for (let i5 = 0; i5 < len3; i5++) {
                    const _errs32 = errors;
                    if (!validate90(data6[i5], { instancePath: instancePath + "/tools/" + i5, parentData: data6, parentDataProperty: i5, rootData })) {
                      vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
                      errors = vErrors.length;
                    }
                    var valid11 = _errs32 === errors;
                    if (!valid11) {
                      break;
                    }
                  }
                } else {
                  const err15 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs30 === errors;
              if (_valid1 && valid5) {
                valid5 = false;
                passing1 = [passing1, 1];
              } else {
                if (_valid1) {
                  valid5 = true;
                  passing1 = 1;
                }
              }
              if (!valid5) {
                const err16 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
                validate11.errors = vErrors;
                return false;
              } else {
                errors = _errs20;
                if (vErrors !== null) {
                  if (_errs20) {
                    vErrors.length = _errs20;
                  } else {
                    vErrors = null;
                  }
                }
              }
              var valid0 = _errs19 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.authors !== void 0) {
                let data12 = data.authors;
                const _errs33 = errors;
                if (errors === _errs33) {
                  if (Array.isArray(data12)) {
                    var valid12 = true;
                    const len4 = data12.length;
                    for (let i6 = 0; i6 < len4; i6++) {
                      const _errs35 = errors;
                      if (!validate14(data12[i6], { instancePath: instancePath + "/authors/" + i6, parentData: data12, parentDataProperty: i6, rootData })) {
                        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                        errors = vErrors.length;
                      }
                      var valid12 = _errs35 === errors;
                      if (!valid12) {
                        break;
                      }
                    }
                  } else {
                    validate11.errors = [{ instancePath: instancePath + "/authors", schemaPath: "#/properties/authors/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs33 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.component !== void 0) {
                  const _errs36 = errors;
                  if (!validate12(data.component, { instancePath: instancePath + "/component", parentData: data, parentDataProperty: "component", rootData })) {
                    vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs36 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.manufacture !== void 0) {
                    const _errs37 = errors;
                    if (!validate13(data.manufacture, { instancePath: instancePath + "/manufacture", parentData: data, parentDataProperty: "manufacture", rootData })) {
                      vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs37 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.supplier !== void 0) {
                      const _errs38 = errors;
                      if (!validate13(data.supplier, { instancePath: instancePath + "/supplier", parentData: data, parentDataProperty: "supplier", rootData })) {
                        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs38 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.licenses !== void 0) {
                        const _errs39 = errors;
                        if (!validate19(data.licenses, { instancePath: instancePath + "/licenses", parentData: data, parentDataProperty: "licenses", rootData })) {
                          vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs39 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.properties !== void 0) {
                          let data18 = data.properties;
                          const _errs40 = errors;
                          if (errors === _errs40) {
                            if (Array.isArray(data18)) {
                              var valid13 = true;
                              const len5 = data18.length;
                              for (let i7 = 0; i7 < len5; i7++) {
                                let data19 = data18[i7];
                                const _errs42 = errors;
                                const _errs43 = errors;
                                if (errors === _errs43) {
                                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                    if (data19.name !== void 0) {
                                      const _errs45 = errors;
                                      if (typeof data19.name !== "string") {
                                        validate11.errors = [{ instancePath: instancePath + "/properties/" + i7 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid15 = _errs45 === errors;
                                    } else {
                                      var valid15 = true;
                                    }
                                    if (valid15) {
                                      if (data19.value !== void 0) {
                                        const _errs47 = errors;
                                        if (typeof data19.value !== "string") {
                                          validate11.errors = [{ instancePath: instancePath + "/properties/" + i7 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid15 = _errs47 === errors;
                                      } else {
                                        var valid15 = true;
                                      }
                                    }
                                  } else {
                                    validate11.errors = [{ instancePath: instancePath + "/properties/" + i7, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid13 = _errs42 === errors;
                                if (!valid13) {
                                  break;
                                }
                              }
                            } else {
                              validate11.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid0 = _errs40 === errors;
                        } else {
                          var valid0 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.ref === void 0 && (missing0 = "ref")) {
        validate103.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "ref" || key0 === "dependsOn")) {
            validate103.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.ref !== void 0) {
            const _errs2 = errors;
            if (!validate43(data.ref, { instancePath: instancePath + "/ref", parentData: data, parentDataProperty: "ref", rootData })) {
              vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.dependsOn !== void 0) {
              let data1 = data.dependsOn;
              const _errs3 = errors;
              if (errors === _errs3) {
                if (Array.isArray(data1)) {
                  var valid1 = true;
                  const len0 = data1.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs5 = errors;
                    if (!validate43(data1[i0], { instancePath: instancePath + "/dependsOn/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                      vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs5 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                  if (valid1) {
                    let i1 = data1.length;
                    let j0;
                    if (i1 > 1) {
                      outer0: for (const pair of firstDuplicate(data1)) {
                        i1 = pair[0];
                        j0 = pair[1];
                        {
                          if (true) {
                            validate103.errors = [{ instancePath: instancePath + "/dependsOn", schemaPath: "#/properties/dependsOn/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                            return false;
                            break outer0;
                          }
                        }
                      }
                    }
                  }
                } else {
                  validate103.errors = [{ instancePath: instancePath + "/dependsOn", schemaPath: "#/properties/dependsOn/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate103.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate103.errors = vErrors;
  return errors === 0;
}
var schema96 = { "type": "string", "default": "not_specified", "enum": ["complete", "incomplete", "incomplete_first_party_only", "incomplete_first_party_proprietary_only", "incomplete_first_party_opensource_only", "incomplete_third_party_only", "incomplete_third_party_proprietary_only", "incomplete_third_party_opensource_only", "unknown", "not_specified"] };
function validate107(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.aggregate === void 0 && (missing0 = "aggregate")) {
        validate107.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "bom-ref" || key0 === "aggregate" || key0 === "assemblies" || key0 === "dependencies" || key0 === "vulnerabilities" || key0 === "signature")) {
            validate107.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data["bom-ref"] !== void 0) {
            let data0 = data["bom-ref"];
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === "string") {
                if (func5(data0) < 1) {
                  validate107.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate107.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.aggregate !== void 0) {
              let data1 = data.aggregate;
              const _errs5 = errors;
              if (typeof data1 !== "string") {
                validate107.errors = [{ instancePath: instancePath + "/aggregate", schemaPath: "#/definitions/aggregateType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              if (!(data1 === "complete" || data1 === "incomplete" || data1 === "incomplete_first_party_only" || data1 === "incomplete_first_party_proprietary_only" || data1 === "incomplete_first_party_opensource_only" || data1 === "incomplete_third_party_only" || data1 === "incomplete_third_party_proprietary_only" || data1 === "incomplete_third_party_opensource_only" || data1 === "unknown" || data1 === "not_specified")) {
                validate107.errors = [{ instancePath: instancePath + "/aggregate", schemaPath: "#/definitions/aggregateType/enum", keyword: "enum", params: { allowedValues: schema96.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.assemblies !== void 0) {
                let data2 = data.assemblies;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (Array.isArray(data2)) {
                    var valid3 = true;
                    const len0 = data2.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data3 = data2[i0];
                      const _errs10 = errors;
                      const _errs11 = errors;
                      let valid4 = false;
                      const _errs12 = errors;
                      if (!validate43(data3, { instancePath: instancePath + "/assemblies/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
                        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                        errors = vErrors.length;
                      }
                      var _valid0 = _errs12 === errors;
                      valid4 = valid4 || _valid0;
                      if (!valid4) {
                        const _errs13 = errors;
                        const _errs14 = errors;
                        if (errors === _errs14) {
                          if (errors === _errs14) {
                            if (typeof data3 === "string") {
                              if (!pattern4.test(data3)) {
                                const err0 = { instancePath: instancePath + "/assemblies/" + i0, schemaPath: "#/definitions/bomLinkElementType/pattern", keyword: "pattern", params: { pattern: "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$" }, message: 'must match pattern "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$"' };
                                if (vErrors === null) {
                                  vErrors = [err0];
                                } else {
                                  vErrors.push(err0);
                                }
                                errors++;
                              }
                            } else {
                              const err1 = { instancePath: instancePath + "/assemblies/" + i0, schemaPath: "#/definitions/bomLinkElementType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              if (vErrors === null) {
                                vErrors = [err1];
                              } else {
                                vErrors.push(err1);
                              }
                              errors++;
                            }
                          }
                        }
                        var _valid0 = _errs13 === errors;
                        valid4 = valid4 || _valid0;
                      }
                      if (!valid4) {
                        const err2 = { instancePath: instancePath + "/assemblies/" + i0, schemaPath: "#/properties/assemblies/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                          vErrors = [err2];
                        } else {
                          vErrors.push(err2);
                        }
                        errors++;
                        validate107.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs11;
                        if (vErrors !== null) {
                          if (_errs11) {
                            vErrors.length = _errs11;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid3 = _errs10 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                    if (valid3) {
                      let i1 = data2.length;
                      let j0;
                      if (i1 > 1) {
                        outer0: for (const pair of firstDuplicate(data2)) {
                          i1 = pair[0];
                          j0 = pair[1];
                          {
                            if (true) {
                              validate107.errors = [{ instancePath: instancePath + "/assemblies", schemaPath: "#/properties/assemblies/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                              return false;
                              break outer0;
                            }
                          }
                        }
                      }
                    }
                  } else {
                    validate107.errors = [{ instancePath: instancePath + "/assemblies", schemaPath: "#/properties/assemblies/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.dependencies !== void 0) {
                  let data4 = data.dependencies;
                  const _errs16 = errors;
                  if (errors === _errs16) {
                    if (Array.isArray(data4)) {
                      var valid7 = true;
                      const len1 = data4.length;
                      for (let i2 = 0; i2 < len1; i2++) {
                        const _errs18 = errors;
                        if (typeof data4[i2] !== "string") {
                          validate107.errors = [{ instancePath: instancePath + "/dependencies/" + i2, schemaPath: "#/properties/dependencies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid7 = _errs18 === errors;
                        if (!valid7) {
                          break;
                        }
                      }
                      if (valid7) {
                        let i3 = data4.length;
                        let j1;
                        if (i3 > 1) {
                          const indices0 = {};
                          for (; i3--; ) {
                            let item0 = data4[i3];
                            if (typeof item0 !== "string") {
                              continue;
                            }
                            if (typeof indices0[item0] == "number") {
                              j1 = indices0[item0];
                              validate107.errors = [{ instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" }];
                              return false;
                              break;
                            }
                            indices0[item0] = i3;
                          }
                        }
                      }
                    } else {
                      validate107.errors = [{ instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs16 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.vulnerabilities !== void 0) {
                    let data6 = data.vulnerabilities;
                    const _errs20 = errors;
                    if (errors === _errs20) {
                      if (Array.isArray(data6)) {
                        var valid9 = true;
                        const len2 = data6.length;
                        for (let i4 = 0; i4 < len2; i4++) {
                          const _errs22 = errors;
                          if (typeof data6[i4] !== "string") {
                            validate107.errors = [{ instancePath: instancePath + "/vulnerabilities/" + i4, schemaPath: "#/properties/vulnerabilities/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid9 = _errs22 === errors;
                          if (!valid9) {
                            break;
                          }
                        }
                        if (valid9) {
                          let i5 = data6.length;
                          let j2;
                          if (i5 > 1) {
                            const indices1 = {};
                            for (; i5--; ) {
                              let item1 = data6[i5];
                              if (typeof item1 !== "string") {
                                continue;
                              }
                              if (typeof indices1[item1] == "number") {
                                j2 = indices1[item1];
                                validate107.errors = [{ instancePath: instancePath + "/vulnerabilities", schemaPath: "#/properties/vulnerabilities/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" }];
                                return false;
                                break;
                              }
                              indices1[item1] = i5;
                            }
                          }
                        }
                      } else {
                        validate107.errors = [{ instancePath: instancePath + "/vulnerabilities", schemaPath: "#/properties/vulnerabilities/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs20 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.signature !== void 0) {
                      const _errs24 = errors;
                      if (!validate71(data.signature, { instancePath: instancePath + "/signature", parentData: data, parentDataProperty: "signature", rootData })) {
                        vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs24 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate107.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate107.errors = vErrors;
  return errors === 0;
}
var schema98 = { "type": "object", "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "id": { "type": "string" }, "source": { "$ref": "#/definitions/vulnerabilitySource" }, "references": { "type": "array", "items": { "type": "object", "required": ["id", "source"], "additionalProperties": false, "properties": { "id": { "type": "string" }, "source": { "$ref": "#/definitions/vulnerabilitySource" } } } }, "ratings": { "type": "array", "items": { "$ref": "#/definitions/rating" } }, "cwes": { "type": "array", "items": { "$ref": "#/definitions/cwe" } }, "description": { "type": "string" }, "detail": { "type": "string" }, "recommendation": { "type": "string" }, "workaround": { "type": "string" }, "proofOfConcept": { "type": "object", "properties": { "reproductionSteps": { "type": "string" }, "environment": { "type": "string" }, "supportingMaterial": { "type": "array", "items": { "$ref": "#/definitions/attachment" } } } }, "advisories": { "type": "array", "items": { "$ref": "#/definitions/advisory" } }, "created": { "type": "string", "format": "date-time" }, "published": { "type": "string", "format": "date-time" }, "updated": { "type": "string", "format": "date-time" }, "rejected": { "type": "string", "format": "date-time" }, "credits": { "type": "object", "additionalProperties": false, "properties": { "organizations": { "type": "array", "items": { "$ref": "#/definitions/organizationalEntity" } }, "individuals": { "type": "array", "items": { "$ref": "#/definitions/organizationalContact" } } } }, "tools": { "oneOf": [{ "type": "object", "additionalProperties": false, "properties": { "components": { "type": "array", "items": { "$ref": "#/definitions/component" }, "uniqueItems": true }, "services": { "type": "array", "items": { "$ref": "#/definitions/service" }, "uniqueItems": true } } }, { "type": "array", "items": { "$ref": "#/definitions/tool" } }] }, "analysis": { "type": "object", "additionalProperties": false, "properties": { "state": { "$ref": "#/definitions/impactAnalysisState" }, "justification": { "$ref": "#/definitions/impactAnalysisJustification" }, "response": { "type": "array", "items": { "type": "string", "enum": ["can_not_fix", "will_not_fix", "update", "rollback", "workaround_available"] } }, "detail": { "type": "string" }, "firstIssued": { "type": "string", "format": "date-time" }, "lastUpdated": { "type": "string", "format": "date-time" } } }, "affects": { "type": "array", "uniqueItems": true, "items": { "type": "object", "required": ["ref"], "additionalProperties": false, "properties": { "ref": { "anyOf": [{ "$ref": "#/definitions/refLinkType" }, { "$ref": "#/definitions/bomLinkElementType" }] }, "versions": { "type": "array", "items": { "type": "object", "oneOf": [{ "required": ["version"] }, { "required": ["range"] }], "additionalProperties": false, "properties": { "version": { "$ref": "#/definitions/version" }, "range": { "$ref": "#/definitions/range" }, "status": { "$ref": "#/definitions/affectedStatus", "default": "affected" } } } } } } }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } };
var schema109 = { "type": "string", "enum": ["resolved", "resolved_with_pedigree", "exploitable", "in_triage", "false_positive", "not_affected"] };
var schema110 = { "type": "string", "enum": ["code_not_present", "code_not_reachable", "requires_configuration", "requires_dependency", "requires_environment", "protected_by_compiler", "protected_at_runtime", "protected_at_perimeter", "protected_by_mitigating_control"] };
var schema114 = { "type": "string", "enum": ["affected", "unaffected", "unknown"] };
var schema104 = { "type": "string", "enum": ["critical", "high", "medium", "low", "info", "none", "unknown"] };
var schema105 = { "type": "string", "enum": ["CVSSv2", "CVSSv3", "CVSSv31", "CVSSv4", "OWASP", "SSVC", "other"] };
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "source" || key0 === "score" || key0 === "severity" || key0 === "method" || key0 === "vector" || key0 === "justification")) {
          validate112.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.source !== void 0) {
          let data0 = data.source;
          const _errs2 = errors;
          const _errs3 = errors;
          if (errors === _errs3) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              const _errs5 = errors;
              for (const key1 in data0) {
                if (!(key1 === "url" || key1 === "name")) {
                  validate112.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/definitions/vulnerabilitySource/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                  return false;
                  break;
                }
              }
              if (_errs5 === errors) {
                if (data0.url !== void 0) {
                  const _errs6 = errors;
                  if (typeof data0.url !== "string") {
                    validate112.errors = [{ instancePath: instancePath + "/source/url", schemaPath: "#/definitions/vulnerabilitySource/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid2 = _errs6 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.name !== void 0) {
                    const _errs8 = errors;
                    if (typeof data0.name !== "string") {
                      validate112.errors = [{ instancePath: instancePath + "/source/name", schemaPath: "#/definitions/vulnerabilitySource/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid2 = _errs8 === errors;
                  } else {
                    var valid2 = true;
                  }
                }
              }
            } else {
              validate112.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/definitions/vulnerabilitySource/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.score !== void 0) {
            const _errs10 = errors;
            if (!(typeof data.score == "number")) {
              validate112.errors = [{ instancePath: instancePath + "/score", schemaPath: "#/properties/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
              return false;
            }
            var valid0 = _errs10 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.severity !== void 0) {
              let data4 = data.severity;
              const _errs12 = errors;
              if (typeof data4 !== "string") {
                validate112.errors = [{ instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              if (!(data4 === "critical" || data4 === "high" || data4 === "medium" || data4 === "low" || data4 === "info" || data4 === "none" || data4 === "unknown")) {
                validate112.errors = [{ instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema104.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs12 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.method !== void 0) {
                let data5 = data.method;
                const _errs15 = errors;
                if (typeof data5 !== "string") {
                  validate112.errors = [{ instancePath: instancePath + "/method", schemaPath: "#/definitions/scoreMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                if (!(data5 === "CVSSv2" || data5 === "CVSSv3" || data5 === "CVSSv31" || data5 === "CVSSv4" || data5 === "OWASP" || data5 === "SSVC" || data5 === "other")) {
                  validate112.errors = [{ instancePath: instancePath + "/method", schemaPath: "#/definitions/scoreMethod/enum", keyword: "enum", params: { allowedValues: schema105.enum }, message: "must be equal to one of the allowed values" }];
                  return false;
                }
                var valid0 = _errs15 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.vector !== void 0) {
                  const _errs18 = errors;
                  if (typeof data.vector !== "string") {
                    validate112.errors = [{ instancePath: instancePath + "/vector", schemaPath: "#/properties/vector/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs18 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.justification !== void 0) {
                    const _errs20 = errors;
                    if (typeof data.justification !== "string") {
                      validate112.errors = [{ instancePath: instancePath + "/justification", schemaPath: "#/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs20 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate112.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate112.errors = vErrors;
  return errors === 0;
}
function validate111(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!func2.call(schema98.properties, key0)) {
          validate111.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data["bom-ref"] !== void 0) {
          let data0 = data["bom-ref"];
          const _errs2 = errors;
          const _errs3 = errors;
          if (errors === _errs3) {
            if (typeof data0 === "string") {
              if (func5(data0) < 1) {
                validate111.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            } else {
              validate111.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.id !== void 0) {
            const _errs5 = errors;
            if (typeof data.id !== "string") {
              validate111.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.source !== void 0) {
              let data2 = data.source;
              const _errs7 = errors;
              const _errs8 = errors;
              if (errors === _errs8) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  const _errs10 = errors;
                  for (const key1 in data2) {
                    if (!(key1 === "url" || key1 === "name")) {
                      validate111.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/definitions/vulnerabilitySource/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                      return false;
                      break;
                    }
                  }
                  if (_errs10 === errors) {
                    if (data2.url !== void 0) {
                      const _errs11 = errors;
                      if (typeof data2.url !== "string") {
                        validate111.errors = [{ instancePath: instancePath + "/source/url", schemaPath: "#/definitions/vulnerabilitySource/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid3 = _errs11 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data2.name !== void 0) {
                        const _errs13 = errors;
                        if (typeof data2.name !== "string") {
                          validate111.errors = [{ instancePath: instancePath + "/source/name", schemaPath: "#/definitions/vulnerabilitySource/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid3 = _errs13 === errors;
                      } else {
                        var valid3 = true;
                      }
                    }
                  }
                } else {
                  validate111.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/definitions/vulnerabilitySource/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.references !== void 0) {
                let data5 = data.references;
                const _errs15 = errors;
                if (errors === _errs15) {
                  if (Array.isArray(data5)) {
                    var valid4 = true;
                    const len0 = data5.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data6 = data5[i0];
                      const _errs17 = errors;
                      if (errors === _errs17) {
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                          let missing0;
                          if (data6.id === void 0 && (missing0 = "id") || data6.source === void 0 && (missing0 = "source")) {
                            validate111.errors = [{ instancePath: instancePath + "/references/" + i0, schemaPath: "#/properties/references/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                            return false;
                          } else {
                            const _errs19 = errors;
                            for (const key2 in data6) {
                              if (!(key2 === "id" || key2 === "source")) {
                                validate111.errors = [{ instancePath: instancePath + "/references/" + i0, schemaPath: "#/properties/references/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs19 === errors) {
                              if (data6.id !== void 0) {
                                const _errs20 = errors;
                                if (typeof data6.id !== "string") {
                                  validate111.errors = [{ instancePath: instancePath + "/references/" + i0 + "/id", schemaPath: "#/properties/references/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid5 = _errs20 === errors;
                              } else {
                                var valid5 = true;
                              }
                              if (valid5) {
                                if (data6.source !== void 0) {
                                  let data8 = data6.source;
                                  const _errs22 = errors;
                                  const _errs23 = errors;
                                  if (errors === _errs23) {
                                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                      const _errs25 = errors;
                                      for (const key3 in data8) {
                                        if (!(key3 === "url" || key3 === "name")) {
                                          validate111.errors = [{ instancePath: instancePath + "/references/" + i0 + "/source", schemaPath: "#/definitions/vulnerabilitySource/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                          return false;
                                          break;
                                        }
                                      }
                                      if (_errs25 === errors) {
                                        if (data8.url !== void 0) {
                                          const _errs26 = errors;
                                          if (typeof data8.url !== "string") {
                                            validate111.errors = [{ instancePath: instancePath + "/references/" + i0 + "/source/url", schemaPath: "#/definitions/vulnerabilitySource/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid7 = _errs26 === errors;
                                        } else {
                                          var valid7 = true;
                                        }
                                        if (valid7) {
                                          if (data8.name !== void 0) {
                                            const _errs28 = errors;
                                            if (typeof data8.name !== "string") {
                                              validate111.errors = [{ instancePath: instancePath + "/references/" + i0 + "/source/name", schemaPath: "#/definitions/vulnerabilitySource/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid7 = _errs28 === errors;
                                          } else {
                                            var valid7 = true;
                                          }
                                        }
                                      }
                                    } else {
                                      validate111.errors = [{ instancePath: instancePath + "/references/" + i0 + "/source", schemaPath: "#/definitions/vulnerabilitySource/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid5 = _errs22 === errors;
                                } else {
                                  var valid5 = true;
                                }
                              }
                            }
                          }
                        } else {
                          validate111.errors = [{ instancePath: instancePath + "/references/" + i0, schemaPath: "#/properties/references/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid4 = _errs17 === errors;
                      if (!valid4) {
                        break;
                      }
                    }
                  } else {
                    validate111.errors = [{ instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs15 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.ratings !== void 0) {
                  let data11 = data.ratings;
                  const _errs30 = errors;
                  if (errors === _errs30) {
                    if (Array.isArray(data11)) {
                      var valid8 = true;
                      const len1 = data11.length;
                      for (let i1 = 0; i1 < len1; i1++) {
                        const _errs32 = errors;
                        if (!validate112(data11[i1], { instancePath: instancePath + "/ratings/" + i1, parentData: data11, parentDataProperty: i1, rootData })) {
                          vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
                          errors = vErrors.length;
                        }
                        var valid8 = _errs32 === errors;
                        if (!valid8) {
                          break;
                        }
                      }
                    } else {
                      validate111.errors = [{ instancePath: instancePath + "/ratings", schemaPath: "#/properties/ratings/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs30 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.cwes !== void 0) {
                    let data13 = data.cwes;
                    const _errs33 = errors;
                    if (errors === _errs33) {
                      if (Array.isArray(data13)) {
                        var valid9 = true;
                        const len2 = data13.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                          let data14 = data13[i2];
                          const _errs35 = errors;
                          const _errs36 = errors;
                          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)))) {
                            validate111.errors = [{ instancePath: instancePath + "/cwes/" + i2, schemaPath: "#/definitions/cwe/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          if (errors === _errs36) {
                            if (typeof data14 == "number") {
                              if (data14 < 1 || isNaN(data14)) {
                                validate111.errors = [{ instancePath: instancePath + "/cwes/" + i2, schemaPath: "#/definitions/cwe/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                return false;
                              }
                            }
                          }
                          var valid9 = _errs35 === errors;
                          if (!valid9) {
                            break;
                          }
                        }
                      } else {
                        validate111.errors = [{ instancePath: instancePath + "/cwes", schemaPath: "#/properties/cwes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs33 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.description !== void 0) {
                      const _errs38 = errors;
                      if (typeof data.description !== "string") {
                        validate111.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs38 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.detail !== void 0) {
                        const _errs40 = errors;
                        if (typeof data.detail !== "string") {
                          validate111.errors = [{ instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs40 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.recommendation !== void 0) {
                          const _errs42 = errors;
                          if (typeof data.recommendation !== "string") {
                            validate111.errors = [{ instancePath: instancePath + "/recommendation", schemaPath: "#/properties/recommendation/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs42 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.workaround !== void 0) {
                            const _errs44 = errors;
                            if (typeof data.workaround !== "string") {
                              validate111.errors = [{ instancePath: instancePath + "/workaround", schemaPath: "#/properties/workaround/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs44 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.proofOfConcept !== void 0) {
                              let data19 = data.proofOfConcept;
                              const _errs46 = errors;
                              if (errors === _errs46) {
                                if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                  if (data19.reproductionSteps !== void 0) {
                                    const _errs48 = errors;
                                    if (typeof data19.reproductionSteps !== "string") {
                                      validate111.errors = [{ instancePath: instancePath + "/proofOfConcept/reproductionSteps", schemaPath: "#/properties/proofOfConcept/properties/reproductionSteps/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid11 = _errs48 === errors;
                                  } else {
                                    var valid11 = true;
                                  }
                                  if (valid11) {
                                    if (data19.environment !== void 0) {
                                      const _errs50 = errors;
                                      if (typeof data19.environment !== "string") {
                                        validate111.errors = [{ instancePath: instancePath + "/proofOfConcept/environment", schemaPath: "#/properties/proofOfConcept/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid11 = _errs50 === errors;
                                    } else {
                                      var valid11 = true;
                                    }
                                    if (valid11) {
                                      if (data19.supportingMaterial !== void 0) {
                                        let data22 = data19.supportingMaterial;
                                        const _errs52 = errors;
                                        if (errors === _errs52) {
                                          if (Array.isArray(data22)) {
                                            var valid12 = true;
                                            const len3 = data22.length;
                                            for (let i3 = 0; i3 < len3; i3++) {
                                              let data23 = data22[i3];
                                              const _errs54 = errors;
                                              const _errs55 = errors;
                                              if (errors === _errs55) {
                                                if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                                  let missing1;
                                                  if (data23.content === void 0 && (missing1 = "content")) {
                                                    validate111.errors = [{ instancePath: instancePath + "/proofOfConcept/supportingMaterial/" + i3, schemaPath: "#/definitions/attachment/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                    return false;
                                                  } else {
                                                    const _errs57 = errors;
                                                    for (const key4 in data23) {
                                                      if (!(key4 === "contentType" || key4 === "encoding" || key4 === "content")) {
                                                        validate111.errors = [{ instancePath: instancePath + "/proofOfConcept/supportingMaterial/" + i3, schemaPath: "#/definitions/attachment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                                        return false;
                                                        break;
                                                      }
                                                    }
                                                    if (_errs57 === errors) {
                                                      if (data23.contentType !== void 0) {
                                                        const _errs58 = errors;
                                                        if (typeof data23.contentType !== "string") {
                                                          validate111.errors = [{ instancePath: instancePath + "/proofOfConcept/supportingMaterial/" + i3 + "/contentType", schemaPath: "#/definitions/attachment/properties/contentType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid14 = _errs58 === errors;
                                                      } else {
                                                        var valid14 = true;
                                                      }
                                                      if (valid14) {
                                                        if (data23.encoding !== void 0) {
                                                          let data25 = data23.encoding;
                                                          const _errs60 = errors;
                                                          if (typeof data25 !== "string") {
                                                            validate111.errors = [{ instancePath: instancePath + "/proofOfConcept/supportingMaterial/" + i3 + "/encoding", schemaPath: "#/definitions/attachment/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          if (!(data25 === "base64")) {
                                                            validate111.errors = [{ instancePath: instancePath + "/proofOfConcept/supportingMaterial/" + i3 + "/encoding", schemaPath: "#/definitions/attachment/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema26.properties.encoding.enum }, message: "must be equal to one of the allowed values" }];
                                                            return false;
                                                          }
                                                          var valid14 = _errs60 === errors;
                                                        } else {
                                                          var valid14 = true;
                                                        }
                                                        if (valid14) {
                                                          if (data23.content !== void 0) {
                                                            const _errs62 = errors;
                                                            if (typeof data23.content !== "string") {
                                                              validate111.errors = [{ instancePath: instancePath + "/proofOfConcept/supportingMaterial/" + i3 + "/content", schemaPath: "#/definitions/attachment/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid14 = _errs62 === errors;
                                                          } else {
                                                            var valid14 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate111.errors = [{ instancePath: instancePath + "/proofOfConcept/supportingMaterial/" + i3, schemaPath: "#/definitions/attachment/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid12 = _errs54 === errors;
                                              if (!valid12) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate111.errors = [{ instancePath: instancePath + "/proofOfConcept/supportingMaterial", schemaPath: "#/properties/proofOfConcept/properties/supportingMaterial/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid11 = _errs52 === errors;
                                      } else {
                                        var valid11 = true;
                                      }
                                    }
                                  }
                                } else {
                                  validate111.errors = [{ instancePath: instancePath + "/proofOfConcept", schemaPath: "#/properties/proofOfConcept/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs46 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.advisories !== void 0) {
                                let data27 = data.advisories;
                                const _errs64 = errors;
                                if (errors === _errs64) {
                                  if (Array.isArray(data27)) {
                                    var valid15 = true;
                                    const len4 = data27.length;
                                    for (let i4 = 0; i4 < len4; i4++) {
                                      let data28 = data27[i4];
                                      const _errs66 = errors;
                                      const _errs67 = errors;
                                      if (errors === _errs67) {
                                        if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                                          let missing2;
                                          if (data28.url === void 0 && (missing2 = "url")) {
                                            validate111.errors = [{ instancePath: instancePath + "/advisories/" + i4, schemaPath: "#/definitions/advisory/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                            return false;
                                          } else {
                                            const _errs69 = errors;
                                            for (const key5 in data28) {
                                              if (!(key5 === "title" || key5 === "url")) {
                                                validate111.errors = [{ instancePath: instancePath + "/advisories/" + i4, schemaPath: "#/definitions/advisory/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }];
                                                return false;
                                                break;
                                              }
                                            }
                                            if (_errs69 === errors) {
                                              if (data28.title !== void 0) {
                                                const _errs70 = errors;
                                                if (typeof data28.title !== "string") {
                                                  validate111.errors = [{ instancePath: instancePath + "/advisories/" + i4 + "/title", schemaPath: "#/definitions/advisory/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid17 = _errs70 === errors;
                                              } else {
                                                var valid17 = true;
                                              }
                                              if (valid17) {
                                                if (data28.url !== void 0) {
                                                  const _errs72 = errors;
                                                  if (errors === _errs72) {
                                                    if (errors === _errs72) {
                                                      if (!(typeof data28.url === "string")) {
                                                        validate111.errors = [{ instancePath: instancePath + "/advisories/" + i4 + "/url", schemaPath: "#/definitions/advisory/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                    }
                                                  }
                                                  var valid17 = _errs72 === errors;
                                                } else {
                                                  var valid17 = true;
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate111.errors = [{ instancePath: instancePath + "/advisories/" + i4, schemaPath: "#/definitions/advisory/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid15 = _errs66 === errors;
                                      if (!valid15) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate111.errors = [{ instancePath: instancePath + "/advisories", schemaPath: "#/properties/advisories/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs64 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.created !== void 0) {
                                  let data31 = data.created;
                                  const _errs74 = errors;
                                  if (errors === _errs74) {
                                    if (errors === _errs74) {
                                      if (typeof data31 === "string") {
                                        if (!formats0.validate(data31)) {
                                          validate111.errors = [{ instancePath: instancePath + "/created", schemaPath: "#/properties/created/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                          return false;
                                        }
                                      } else {
                                        validate111.errors = [{ instancePath: instancePath + "/created", schemaPath: "#/properties/created/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid0 = _errs74 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.published !== void 0) {
                                    let data32 = data.published;
                                    const _errs76 = errors;
                                    if (errors === _errs76) {
                                      if (errors === _errs76) {
                                        if (typeof data32 === "string") {
                                          if (!formats0.validate(data32)) {
                                            validate111.errors = [{ instancePath: instancePath + "/published", schemaPath: "#/properties/published/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                            return false;
                                          }
                                        } else {
                                          validate111.errors = [{ instancePath: instancePath + "/published", schemaPath: "#/properties/published/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid0 = _errs76 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.updated !== void 0) {
                                      let data33 = data.updated;
                                      const _errs78 = errors;
                                      if (errors === _errs78) {
                                        if (errors === _errs78) {
                                          if (typeof data33 === "string") {
                                            if (!formats0.validate(data33)) {
                                              validate111.errors = [{ instancePath: instancePath + "/updated", schemaPath: "#/properties/updated/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                              return false;
                                            }
                                          } else {
                                            validate111.errors = [{ instancePath: instancePath + "/updated", schemaPath: "#/properties/updated/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                      }
                                      var valid0 = _errs78 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.rejected !== void 0) {
                                        let data34 = data.rejected;
                                        const _errs80 = errors;
                                        if (errors === _errs80) {
                                          if (errors === _errs80) {
                                            if (typeof data34 === "string") {
                                              if (!formats0.validate(data34)) {
                                                validate111.errors = [{ instancePath: instancePath + "/rejected", schemaPath: "#/properties/rejected/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                                return false;
                                              }
                                            } else {
                                              validate111.errors = [{ instancePath: instancePath + "/rejected", schemaPath: "#/properties/rejected/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                        }
                                        var valid0 = _errs80 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.credits !== void 0) {
                                          let data35 = data.credits;
                                          const _errs82 = errors;
                                          if (errors === _errs82) {
                                            if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                                              const _errs84 = errors;
                                              for (const key6 in data35) {
                                                if (!(key6 === "organizations" || key6 === "individuals")) {
                                                  validate111.errors = [{ instancePath: instancePath + "/credits", schemaPath: "#/properties/credits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" }];
                                                  return false;
                                                  break;
                                                }
                                              }
                                              if (_errs84 === errors) {
                                                if (data35.organizations !== void 0) {
                                                  let data36 = data35.organizations;
                                                  const _errs85 = errors;
                                                  if (errors === _errs85) {
                                                    if (Array.isArray(data36)) {
                                                      var valid19 = true;
                                                      const len5 = data36.length;
                                                      for (let i5 = 0; i5 < len5; i5++) {
                                                        const _errs87 = errors;
                                                        if (!validate13(data36[i5], { instancePath: instancePath + "/credits/organizations/" + i5, parentData: data36, parentDataProperty: i5, rootData })) {
                                                          vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                                                          errors = vErrors.length;
                                                        }
                                                        var valid19 = _errs87 === errors;
                                                        if (!valid19) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate111.errors = [{ instancePath: instancePath + "/credits/organizations", schemaPath: "#/properties/credits/properties/organizations/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid18 = _errs85 === errors;
                                                } else {
                                                  var valid18 = true;
                                                }
                                                if (valid18) {
                                                  if (data35.individuals !== void 0) {
                                                    let data38 = data35.individuals;
                                                    const _errs88 = errors;
                                                    if (errors === _errs88) {
                                                      if (Array.isArray(data38)) {
                                                        var valid20 = true;
                                                        const len6 = data38.length;
                                                        for (let i6 = 0; i6 < len6; i6++) {
                                                          const _errs90 = errors;
                                                          if (!validate14(data38[i6], { instancePath: instancePath + "/credits/individuals/" + i6, parentData: data38, parentDataProperty: i6, rootData })) {
                                                            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                                                            errors = vErrors.length;
                                                          }
                                                          var valid20 = _errs90 === errors;
                                                          if (!valid20) {
                                                            break;
                                                          }
                                                        }
                                                      } else {
                                                        validate111.errors = [{ instancePath: instancePath + "/credits/individuals", schemaPath: "#/properties/credits/properties/individuals/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid18 = _errs88 === errors;
                                                  } else {
                                                    var valid18 = true;
                                                  }
                                                }
                                              }
                                            } else {
                                              validate111.errors = [{ instancePath: instancePath + "/credits", schemaPath: "#/properties/credits/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid0 = _errs82 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.tools !== void 0) {
                                            let data40 = data.tools;
                                            const _errs91 = errors;
                                            const _errs92 = errors;
                                            let valid21 = false;
                                            let passing0 = null;
                                            const _errs93 = errors;
                                            if (errors === _errs93) {
                                              if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                                                const _errs95 = errors;
                                                for (const key7 in data40) {
                                                  if (!(key7 === "components" || key7 === "services")) {
                                                    const err0 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                                                    if (vErrors === null) {
                                                      vErrors = [err0];
                                                    } else {
                                                      vErrors.push(err0);
                                                    }
                                                    errors++;
                                                    break;
                                                  }
                                                }
                                                if (_errs95 === errors) {
                                                  if (data40.components !== void 0) {
                                                    let data41 = data40.components;
                                                    const _errs96 = errors;
                                                    if (errors === _errs96) {
                                                      if (Array.isArray(data41)) {
                                                        var valid23 = true;
                                                        const len7 = data41.length;
                                                        for (let i7 = 0; i7 < len7; i7++) {
                                                          const _errs98 = errors;
                                                          if (!validate12(data41[i7], { instancePath: instancePath + "/tools/components/" + i7, parentData: data41, parentDataProperty: i7, rootData })) {
                                                            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                                                            errors = vErrors.length;
                                                          }
                                                          var valid23 = _errs98 === errors;
                                                          if (!valid23) {
                                                            break;
                                                          }
                                                        }
                                                        if (valid23) {
                                                          let i8 = data41.length;
                                                          let j0;
                                                          if (i8 > 1) {
                                                            outer0: for (const pair of firstDuplicate(data41)) {
                                                              i8 = pair[0];
                                                              j0 = pair[1];
                                                              {
                                                                if (true) {
                                                                  const err1 = { instancePath: instancePath + "/tools/components", schemaPath: "#/properties/tools/oneOf/0/properties/components/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i8 + " are identical)" };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err1];
                                                                  } else {
                                                                    vErrors.push(err1);
                                                                  }
                                                                  errors++;
                                                                  break outer0;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        const err2 = { instancePath: instancePath + "/tools/components", schemaPath: "#/properties/tools/oneOf/0/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                        if (vErrors === null) {
                                                          vErrors = [err2];
                                                        } else {
                                                          vErrors.push(err2);
                                                        }
                                                        errors++;
                                                      }
                                                    }
                                                    var valid22 = _errs96 === errors;
                                                  } else {
                                                    var valid22 = true;
                                                  }
                                                  if (valid22) {
                                                    if (data40.services !== void 0) {
                                                      let data43 = data40.services;
                                                      const _errs99 = errors;
                                                      if (errors === _errs99) {
                                                        if (Array.isArray(data43)) {
                                                          var valid25 = true;
                                                          const len8 = data43.length;
                                                          for (let i9 = 0; i9 < len8; i9++) {
                                                            const _errs101 = errors;
                                                            if (!validate80(data43[i9], { instancePath: instancePath + "/tools/services/" + i9, parentData: data43, parentDataProperty: i9, rootData })) {
                                                              vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
                                                              errors = vErrors.length;
                                                            }
                                                            var valid25 = _errs101 === errors;
                                                            if (!valid25) {
                                                              break;
                                                            }
                                                          }
                                                          if (valid25) {
                                                            let i10 = data43.length;
                                                            let j1;
                                                            if (i10 > 1) {
                                                              outer1: for (const pair of firstDuplicate(data43)) {
                                                                i10 = pair[0];
                                                                j1 = pair[1];
                                                                {
                                                                  if (true) {
                                                                    const err3 = { instancePath: instancePath + "/tools/services", schemaPath: "#/properties/tools/oneOf/0/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i10 + " are identical)" };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err3];
                                                                    } else {
                                                                      vErrors.push(err3);
                                                                    }
                                                                    errors++;
                                                                    break outer1;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        } else {
                                                          const err4 = { instancePath: instancePath + "/tools/services", schemaPath: "#/properties/tools/oneOf/0/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                          if (vErrors === null) {
                                                            vErrors = [err4];
                                                          } else {
                                                            vErrors.push(err4);
                                                          }
                                                          errors++;
                                                        }
                                                      }
                                                      var valid22 = _errs99 === errors;
                                                    } else {
                                                      var valid22 = true;
                                                    }
                                                  }
                                                }
                                              } else {
                                                const err5 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                if (vErrors === null) {
                                                  vErrors = [err5];
                                                } else {
                                                  vErrors.push(err5);
                                                }
                                                errors++;
                                              }
                                            }
                                            var _valid0 = _errs93 === errors;
                                            if (_valid0) {
                                              valid21 = true;
                                              passing0 = 0;
                                            }
                                            const _errs102 = errors;
                                            if (errors === _errs102) {
                                              if (Array.isArray(data40)) {
                                                var valid27 = true;
                                                const len9 = data40.length;
                                                for (let i11 = 0; i11 < len9; i11++) {
                                                  const _errs104 = errors;
                                                  if (!validate90(data40[i11], { instancePath: instancePath + "/tools/" + i11, parentData: data40, parentDataProperty: i11, rootData })) {
                                                    vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
                                                    errors = vErrors.length;
                                                  }
                                                  var valid27 = _errs104 === errors;
                                                  if (!valid27) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                const err6 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                if (vErrors === null) {
                                                  vErrors = [err6];
                                                } else {
                                                  vErrors.push(err6);
                                                }
                                                errors++;
                                              }
                                            }
                                            var _valid0 = _errs102 === errors;
                                            if (_valid0 && valid21) {
                                              valid21 = false;
                                              passing0 = [passing0, 1];
                                            } else {
                                              if (_valid0) {
                                                valid21 = true;
                                                passing0 = 1;
                                              }
                                            }
                                            if (!valid21) {
                                              const err7 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                                              if (vErrors === null) {
                                                vErrors = [err7];
                                              } else {
                                                vErrors.push(err7);
                                              }
                                              errors++;
                                              validate111.errors = vErrors;
                                              return false;
                                            } else {
                                              errors = _errs92;
                                              if (vErrors !== null) {
                                                if (_errs92) {
                                                  vErrors.length = _errs92;
                                                } else {
                                                  vErrors = null;
                                                }
                                              }
                                            }
                                            var valid0 = _errs91 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.analysis !== void 0) {
                                              let data46 = data.analysis;
                                              const _errs105 = errors;
                                              if (errors === _errs105) {
                                                if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                                                  const _errs107 = errors;
                                                  for (const key8 in data46) {
                                                    if (!(key8 === "state" || key8 === "justification" || key8 === "response" || key8 === "detail" || key8 === "firstIssued" || key8 === "lastUpdated")) {
                                                      validate111.errors = [{ instancePath: instancePath + "/analysis", schemaPath: "#/properties/analysis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" }];
                                                      return false;
                                                      break;
                                                    }
                                                  }
                                                  if (_errs107 === errors) {
                                                    if (data46.state !== void 0) {
                                                      let data47 = data46.state;
                                                      const _errs108 = errors;
                                                      if (typeof data47 !== "string") {
                                                        validate111.errors = [{ instancePath: instancePath + "/analysis/state", schemaPath: "#/definitions/impactAnalysisState/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      if (!(data47 === "resolved" || data47 === "resolved_with_pedigree" || data47 === "exploitable" || data47 === "in_triage" || data47 === "false_positive" || data47 === "not_affected")) {
                                                        validate111.errors = [{ instancePath: instancePath + "/analysis/state", schemaPath: "#/definitions/impactAnalysisState/enum", keyword: "enum", params: { allowedValues: schema109.enum }, message: "must be equal to one of the allowed values" }];
                                                        return false;
                                                      }
                                                      var valid28 = _errs108 === errors;
                                                    } else {
                                                      var valid28 = true;
                                                    }
                                                    if (valid28) {
                                                      if (data46.justification !== void 0) {
                                                        let data48 = data46.justification;
                                                        const _errs111 = errors;
                                                        if (typeof data48 !== "string") {
                                                          validate111.errors = [{ instancePath: instancePath + "/analysis/justification", schemaPath: "#/definitions/impactAnalysisJustification/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        if (!(data48 === "code_not_present" || data48 === "code_not_reachable" || data48 === "requires_configuration" || data48 === "requires_dependency" || data48 === "requires_environment" || data48 === "protected_by_compiler" || data48 === "protected_at_runtime" || data48 === "protected_at_perimeter" || data48 === "protected_by_mitigating_control")) {
                                                          validate111.errors = [{ instancePath: instancePath + "/analysis/justification", schemaPath: "#/definitions/impactAnalysisJustification/enum", keyword: "enum", params: { allowedValues: schema110.enum }, message: "must be equal to one of the allowed values" }];
                                                          return false;
                                                        }
                                                        var valid28 = _errs111 === errors;
                                                      } else {
                                                        var valid28 = true;
                                                      }
                                                      if (valid28) {
                                                        if (data46.response !== void 0) {
                                                          let data49 = data46.response;
                                                          const _errs114 = errors;
                                                          if (errors === _errs114) {
                                                            if (Array.isArray(data49)) {
                                                              var valid31 = true;
                                                              const len10 = data49.length;
                                                              for (let i12 = 0; i12 < len10; i12++) {
                                                                let data50 = data49[i12];
                                                                const _errs116 = errors;
                                                                if (typeof data50 !== "string") {
                                                                  validate111.errors = [{ instancePath: instancePath + "/analysis/response/" + i12, schemaPath: "#/properties/analysis/properties/response/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                if (!(data50 === "can_not_fix" || data50 === "will_not_fix" || data50 === "update" || data50 === "rollback" || data50 === "workaround_available")) {
                                                                  validate111.errors = [{ instancePath: instancePath + "/analysis/response/" + i12, schemaPath: "#/properties/analysis/properties/response/items/enum", keyword: "enum", params: { allowedValues: schema98.properties.analysis.properties.response.items.enum }, message: "must be equal to one of the allowed values" }];
                                                                  return false;
                                                                }
                                                                var valid31 = _errs116 === errors;
                                                                if (!valid31) {
                                                                  break;
                                                                }
                                                              }
                                                            } else {
                                                              validate111.errors = [{ instancePath: instancePath + "/analysis/response", schemaPath: "#/properties/analysis/properties/response/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid28 = _errs114 === errors;
                                                        } else {
                                                          var valid28 = true;
                                                        }
                                                        if (valid28) {
                                                          if (data46.detail !== void 0) {
                                                            const _errs118 = errors;
                                                            if (typeof data46.detail !== "string") {
                                                              validate111.errors = [{ instancePath: instancePath + "/analysis/detail", schemaPath: "#/properties/analysis/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid28 = _errs118 === errors;
                                                          } else {
                                                            var valid28 = true;
                                                          }
                                                          if (valid28) {
                                                            if (data46.firstIssued !== void 0) {
                                                              let data52 = data46.firstIssued;
                                                              const _errs120 = errors;
                                                              if (errors === _errs120) {
                                                                if (errors === _errs120) {
                                                                  if (typeof data52 === "string") {
                                                                    if (!formats0.validate(data52)) {
                                                                      validate111.errors = [{ instancePath: instancePath + "/analysis/firstIssued", schemaPath: "#/properties/analysis/properties/firstIssued/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                                                      return false;
                                                                    }
                                                                  } else {
                                                                    validate111.errors = [{ instancePath: instancePath + "/analysis/firstIssued", schemaPath: "#/properties/analysis/properties/firstIssued/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                              var valid28 = _errs120 === errors;
                                                            } else {
                                                              var valid28 = true;
                                                            }
                                                            if (valid28) {
                                                              if (data46.lastUpdated !== void 0) {
                                                                let data53 = data46.lastUpdated;
                                                                const _errs122 = errors;
                                                                if (errors === _errs122) {
                                                                  if (errors === _errs122) {
                                                                    if (typeof data53 === "string") {
                                                                      if (!formats0.validate(data53)) {
                                                                        validate111.errors = [{ instancePath: instancePath + "/analysis/lastUpdated", schemaPath: "#/properties/analysis/properties/lastUpdated/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                                                        return false;
                                                                      }
                                                                    } else {
                                                                      validate111.errors = [{ instancePath: instancePath + "/analysis/lastUpdated", schemaPath: "#/properties/analysis/properties/lastUpdated/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                                var valid28 = _errs122 === errors;
                                                              } else {
                                                                var valid28 = true;
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate111.errors = [{ instancePath: instancePath + "/analysis", schemaPath: "#/properties/analysis/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid0 = _errs105 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.affects !== void 0) {
                                                let data54 = data.affects;
                                                const _errs124 = errors;
                                                if (errors === _errs124) {
                                                  if (Array.isArray(data54)) {
                                                    var valid32 = true;
                                                    const len11 = data54.length;
                                                    for (let i13 = 0; i13 < len11; i13++) {
                                                      let data55 = data54[i13];
                                                      const _errs126 = errors;
                                                      if (errors === _errs126) {
                                                        if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                                                          let missing3;
                                                          if (data55.ref === void 0 && (missing3 = "ref")) {
                                                            validate111.errors = [{ instancePath: instancePath + "/affects/" + i13, schemaPath: "#/properties/affects/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                            return false;
                                                          } else {
                                                            const _errs128 = errors;
                                                            for (const key9 in data55) {
                                                              if (!(key9 === "ref" || key9 === "versions")) {
                                                                validate111.errors = [{ instancePath: instancePath + "/affects/" + i13, schemaPath: "#/properties/affects/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" }];
                                                                return false;
                                                                break;
                                                              }
                                                            }
                                                            if (_errs128 === errors) {
                                                              if (data55.ref !== void 0) {
                                                                let data56 = data55.ref;
                                                                const _errs129 = errors;
                                                                const _errs130 = errors;
                                                                let valid34 = false;
                                                                const _errs131 = errors;
                                                                if (!validate43(data56, { instancePath: instancePath + "/affects/" + i13 + "/ref", parentData: data55, parentDataProperty: "ref", rootData })) {
                                                                  vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                                                                  errors = vErrors.length;
                                                                }
                                                                var _valid1 = _errs131 === errors;
                                                                valid34 = valid34 || _valid1;
                                                                if (!valid34) {
                                                                  const _errs132 = errors;
                                                                  const _errs133 = errors;
                                                                  if (errors === _errs133) {
                                                                    if (errors === _errs133) {
                                                                      if (typeof data56 === "string") {
                                                                        if (!pattern4.test(data56)) {
                                                                          const err8 = { instancePath: instancePath + "/affects/" + i13 + "/ref", schemaPath: "#/definitions/bomLinkElementType/pattern", keyword: "pattern", params: { pattern: "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$" }, message: 'must match pattern "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$"' };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err8];
                                                                          } else {
                                                                            vErrors.push(err8);
                                                                          }
                                                                          errors++;
                                                                        }
                                                                      } else {
                                                                        const err9 = { instancePath: instancePath + "/affects/" + i13 + "/ref", schemaPath: "#/definitions/bomLinkElementType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err9];
                                                                        } else {
                                                                          vErrors.push(err9);
                                                                        }
                                                                        errors++;
                                                                      }
                                                                    }
                                                                  }
                                                                  var _valid1 = _errs132 === errors;
                                                                  valid34 = valid34 || _valid1;
                                                                }
                                                                if (!valid34) {
                                                                  const err10 = { instancePath: instancePath + "/affects/" + i13 + "/ref", schemaPath: "#/properties/affects/items/properties/ref/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err10];
                                                                  } else {
                                                                    vErrors.push(err10);
                                                                  }
                                                                  errors++;
                                                                  validate111.errors = vErrors;
                                                                  return false;
                                                                } else {
                                                                  errors = _errs130;
                                                                  if (vErrors !== null) {
                                                                    if (_errs130) {
                                                                      vErrors.length = _errs130;
                                                                    } else {
                                                                      vErrors = null;
                                                                    }
                                                                  }
                                                                }
                                                                var valid33 = _errs129 === errors;
                                                              } else {
                                                                var valid33 = true;
                                                              }
                                                              if (valid33) {
                                                                if (data55.versions !== void 0) {
                                                                  let data57 = data55.versions;
                                                                  const _errs135 = errors;
                                                                  if (errors === _errs135) {
                                                                    if (Array.isArray(data57)) {
                                                                      var valid36 = true;
                                                                      const len12 = data57.length;
                                                                      for (let i14 = 0; i14 < len12; i14++) {
                                                                        let data58 = data57[i14];
                                                                        const _errs137 = errors;
                                                                        const _errs139 = errors;
                                                                        let valid37 = false;
                                                                        let passing1 = null;
                                                                        const _errs140 = errors;
                                                                        if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                                                                          let missing4;
                                                                          if (data58.version === void 0 && (missing4 = "version")) {
                                                                            const err11 = { instancePath: instancePath + "/affects/" + i13 + "/versions/" + i14, schemaPath: "#/properties/affects/items/properties/versions/items/oneOf/0/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err11];
                                                                            } else {
                                                                              vErrors.push(err11);
                                                                            }
                                                                            errors++;
                                                                          }
                                                                        }
                                                                        var _valid2 = _errs140 === errors;
                                                                        if (_valid2) {
                                                                          valid37 = true;
                                                                          passing1 = 0;
                                                                        }
                                                                        const _errs141 = errors;
                                                                        if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                                                                          let missing5;
                                                                          if (data58.range === void 0 && (missing5 = "range")) {
                                                                            const err12 = { instancePath: instancePath + "/affects/" + i13 + "/versions/" + i14, schemaPath: "#/properties/affects/items/properties/versions/items/oneOf/1/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err12];
                                                                            } else {
                                                                              vErrors.push(err12);
                                                                            }
                                                                            errors++;
                                                                          }
                                                                        }
                                                                        var _valid2 = _errs141 === errors;
                                                                        if (_valid2 && valid37) {
                                                                          valid37 = false;
                                                                          passing1 = [passing1, 1];
                                                                        } else {
                                                                          if (_valid2) {
                                                                            valid37 = true;
                                                                            passing1 = 1;
                                                                          }
                                                                        }
                                                                        if (!valid37) {
                                                                          const err13 = { instancePath: instancePath + "/affects/" + i13 + "/versions/" + i14, schemaPath: "#/properties/affects/items/properties/versions/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err13];
                                                                          } else {
                                                                            vErrors.push(err13);
                                                                          }
                                                                          errors++;
                                                                          validate111.errors = vErrors;
                                                                          return false;
                                                                        } else {
                                                                          errors = _errs139;
                                                                          if (vErrors !== null) {
                                                                            if (_errs139) {
                                                                              vErrors.length = _errs139;
                                                                            } else {
                                                                              vErrors = null;
                                                                            }
                                                                          }
                                                                        }
                                                                        if (errors === _errs137) {
                                                                          if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                                                                            const _errs142 = errors;
                                                                            for (const key10 in data58) {
                                                                              if (!(key10 === "version" || key10 === "range" || key10 === "status")) {
                                                                                validate111.errors = [{ instancePath: instancePath + "/affects/" + i13 + "/versions/" + i14, schemaPath: "#/properties/affects/items/properties/versions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" }];
                                                                                return false;
                                                                                break;
                                                                              }
                                                                            }
                                                                            if (_errs142 === errors) {
                                                                              if (data58.version !== void 0) {
                                                                                let data59 = data58.version;
                                                                                const _errs143 = errors;
                                                                                const _errs144 = errors;
                                                                                if (errors === _errs144) {
                                                                                  if (typeof data59 === "string") {
                                                                                    if (func5(data59) > 1024) {
                                                                                      validate111.errors = [{ instancePath: instancePath + "/affects/" + i13 + "/versions/" + i14 + "/version", schemaPath: "#/definitions/version/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                                                                                      return false;
                                                                                    } else {
                                                                                      if (func5(data59) < 1) {
                                                                                        validate111.errors = [{ instancePath: instancePath + "/affects/" + i13 + "/versions/" + i14 + "/version", schemaPath: "#/definitions/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                        return false;
                                                                                      }
                                                                                    }
                                                                                  } else {
                                                                                    validate111.errors = [{ instancePath: instancePath + "/affects/" + i13 + "/versions/" + i14 + "/version", schemaPath: "#/definitions/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                                var valid38 = _errs143 === errors;
                                                                              } else {
                                                                                var valid38 = true;
                                                                              }
                                                                              if (valid38) {
                                                                                if (data58.range !== void 0) {
                                                                                  let data60 = data58.range;
                                                                                  const _errs146 = errors;
                                                                                  const _errs147 = errors;
                                                                                  if (errors === _errs147) {
                                                                                    if (typeof data60 === "string") {
                                                                                      if (func5(data60) > 1024) {
                                                                                        validate111.errors = [{ instancePath: instancePath + "/affects/" + i13 + "/versions/" + i14 + "/range", schemaPath: "#/definitions/range/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                                                                                        return false;
                                                                                      } else {
                                                                                        if (func5(data60) < 1) {
                                                                                          validate111.errors = [{ instancePath: instancePath + "/affects/" + i13 + "/versions/" + i14 + "/range", schemaPath: "#/definitions/range/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                    } else {
                                                                                      validate111.errors = [{ instancePath: instancePath + "/affects/" + i13 + "/versions/" + i14 + "/range", schemaPath: "#/definitions/range/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                      return false;
                                                                                    }
                                                                                  }
                                                                                  var valid38 = _errs146 === errors;
                                                                                } else {
                                                                                  var valid38 = true;
                                                                                }
                                                                                if (valid38) {
                                                                                  if (data58.status !== void 0) {
                                                                                    let data61 = data58.status;
                                                                                    const _errs149 = errors;
                                                                                    if (typeof data61 !== "string") {
                                                                                      validate111.errors = [{ instancePath: instancePath + "/affects/" + i13 + "/versions/" + i14 + "/status", schemaPath: "#/definitions/affectedStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                      return false;
                                                                                    }
                                                                                    if (!(data61 === "affected" || data61 === "unaffected" || data61 === "unknown")) {
                                                                                      validate111.errors = [{ instancePath: instancePath + "/affects/" + i13 + "/versions/" + i14 + "/status", schemaPath: "#/definitions/affectedStatus/enum", keyword: "enum", params: { allowedValues: schema114.enum }, message: "must be equal to one of the allowed values" }];
                                                                                      return false;
                                                                                    }
                                                                                    var valid38 = _errs149 === errors;
                                                                                  } else {
                                                                                    var valid38 = true;
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                          } else {
                                                                            validate111.errors = [{ instancePath: instancePath + "/affects/" + i13 + "/versions/" + i14, schemaPath: "#/properties/affects/items/properties/versions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                        var valid36 = _errs137 === errors;
                                                                        if (!valid36) {
                                                                          break;
                                                                        }
                                                                      }
                                                                    } else {
                                                                      validate111.errors = [{ instancePath: instancePath + "/affects/" + i13 + "/versions", schemaPath: "#/properties/affects/items/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                  var valid33 = _errs135 === errors;
                                                                } else {
                                                                  var valid33 = true;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        } else {
                                                          validate111.errors = [{ instancePath: instancePath + "/affects/" + i13, schemaPath: "#/properties/affects/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid32 = _errs126 === errors;
                                                      if (!valid32) {
                                                        break;
                                                      }
                                                    }
                                                    if (valid32) {
                                                      let i15 = data54.length;
                                                      let j2;
                                                      if (i15 > 1) {
                                                        outer2: for (const pair of firstDuplicate(data54)) {
                                                          i15 = pair[0];
                                                          j2 = pair[1];
                                                          {
                                                            if (true) {
                                                              validate111.errors = [{ instancePath: instancePath + "/affects", schemaPath: "#/properties/affects/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i15 + " are identical)" }];
                                                              return false;
                                                              break outer2;
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate111.errors = [{ instancePath: instancePath + "/affects", schemaPath: "#/properties/affects/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                  }
                                                }
                                                var valid0 = _errs124 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                              if (valid0) {
                                                if (data.properties !== void 0) {
                                                  let data62 = data.properties;
                                                  const _errs152 = errors;
                                                  if (errors === _errs152) {
                                                    if (Array.isArray(data62)) {
                                                      var valid43 = true;
                                                      const len13 = data62.length;
                                                      for (let i16 = 0; i16 < len13; i16++) {
                                                        let data63 = data62[i16];
                                                        const _errs154 = errors;
                                                        const _errs155 = errors;
                                                        if (errors === _errs155) {
                                                          if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                                                            if (data63.name !== void 0) {
                                                              const _errs157 = errors;
                                                              if (typeof data63.name !== "string") {
                                                                validate111.errors = [{ instancePath: instancePath + "/properties/" + i16 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid45 = _errs157 === errors;
                                                            } else {
                                                              var valid45 = true;
                                                            }
                                                            if (valid45) {
                                                              if (data63.value !== void 0) {
                                                                const _errs159 = errors;
                                                                if (typeof data63.value !== "string") {
                                                                  validate111.errors = [{ instancePath: instancePath + "/properties/" + i16 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid45 = _errs159 === errors;
                                                              } else {
                                                                var valid45 = true;
                                                              }
                                                            }
                                                          } else {
                                                            validate111.errors = [{ instancePath: instancePath + "/properties/" + i16, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid43 = _errs154 === errors;
                                                        if (!valid43) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate111.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid0 = _errs152 === errors;
                                                } else {
                                                  var valid0 = true;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate111.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate111.errors = vErrors;
  return errors === 0;
}
function validate121(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.subjects === void 0 && (missing0 = "subjects") || data.annotator === void 0 && (missing0 = "annotator") || data.timestamp === void 0 && (missing0 = "timestamp") || data.text === void 0 && (missing0 = "text")) {
        validate121.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "bom-ref" || key0 === "subjects" || key0 === "annotator" || key0 === "timestamp" || key0 === "text" || key0 === "signature")) {
            validate121.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data["bom-ref"] !== void 0) {
            let data0 = data["bom-ref"];
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === "string") {
                if (func5(data0) < 1) {
                  validate121.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate121.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.subjects !== void 0) {
              let data1 = data.subjects;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data1)) {
                  var valid2 = true;
                  const len0 = data1.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0];
                    const _errs7 = errors;
                    const _errs8 = errors;
                    let valid3 = false;
                    const _errs9 = errors;
                    if (!validate43(data2, { instancePath: instancePath + "/subjects/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                      vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                      errors = vErrors.length;
                    }
                    var _valid0 = _errs9 === errors;
                    valid3 = valid3 || _valid0;
                    if (!valid3) {
                      const _errs10 = errors;
                      const _errs11 = errors;
                      if (errors === _errs11) {
                        if (errors === _errs11) {
                          if (typeof data2 === "string") {
                            if (!pattern4.test(data2)) {
                              const err0 = { instancePath: instancePath + "/subjects/" + i0, schemaPath: "#/definitions/bomLinkElementType/pattern", keyword: "pattern", params: { pattern: "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$" }, message: 'must match pattern "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$"' };
                              if (vErrors === null) {
                                vErrors = [err0];
                              } else {
                                vErrors.push(err0);
                              }
                              errors++;
                            }
                          } else {
                            const err1 = { instancePath: instancePath + "/subjects/" + i0, schemaPath: "#/definitions/bomLinkElementType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err1];
                            } else {
                              vErrors.push(err1);
                            }
                            errors++;
                          }
                        }
                      }
                      var _valid0 = _errs10 === errors;
                      valid3 = valid3 || _valid0;
                    }
                    if (!valid3) {
                      const err2 = { instancePath: instancePath + "/subjects/" + i0, schemaPath: "#/properties/subjects/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                      if (vErrors === null) {
                        vErrors = [err2];
                      } else {
                        vErrors.push(err2);
                      }
                      errors++;
                      validate121.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs8;
                      if (vErrors !== null) {
                        if (_errs8) {
                          vErrors.length = _errs8;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid2 = _errs7 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                  if (valid2) {
                    let i1 = data1.length;
                    let j0;
                    if (i1 > 1) {
                      outer0: for (const pair of firstDuplicate(data1)) {
                        i1 = pair[0];
                        j0 = pair[1];
                        {
                          if (true) {
                            validate121.errors = [{ instancePath: instancePath + "/subjects", schemaPath: "#/properties/subjects/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                            return false;
                            break outer0;
                          }
                        }
                      }
                    }
                  }
                } else {
                  validate121.errors = [{ instancePath: instancePath + "/subjects", schemaPath: "#/properties/subjects/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.annotator !== void 0) {
                let data3 = data.annotator;
                const _errs13 = errors;
                const _errs15 = errors;
                let valid6 = false;
                let passing0 = null;
                const _errs16 = errors;
                if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                  let missing1;
                  if (data3.organization === void 0 && (missing1 = "organization")) {
                    const err3 = { instancePath: instancePath + "/annotator", schemaPath: "#/properties/annotator/oneOf/0/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                }
                var _valid1 = _errs16 === errors;
                if (_valid1) {
                  valid6 = true;
                  passing0 = 0;
                }
                const _errs17 = errors;
                if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                  let missing2;
                  if (data3.individual === void 0 && (missing2 = "individual")) {
                    const err4 = { instancePath: instancePath + "/annotator", schemaPath: "#/properties/annotator/oneOf/1/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                }
                var _valid1 = _errs17 === errors;
                if (_valid1 && valid6) {
                  valid6 = false;
                  passing0 = [passing0, 1];
                } else {
                  if (_valid1) {
                    valid6 = true;
                    passing0 = 1;
                  }
                  const _errs18 = errors;
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    let missing3;
                    if (data3.component === void 0 && (missing3 = "component")) {
                      const err5 = { instancePath: instancePath + "/annotator", schemaPath: "#/properties/annotator/oneOf/2/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" };
                      if (vErrors === null) {
                        vErrors = [err5];
                      } else {
                        vErrors.push(err5);
                      }
                      errors++;
                    }
                  }
                  var _valid1 = _errs18 === errors;
                  if (_valid1 && valid6) {
                    valid6 = false;
                    passing0 = [passing0, 2];
                  } else {
                    if (_valid1) {
                      valid6 = true;
                      passing0 = 2;
                    }
                    const _errs19 = errors;
                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                      let missing4;
                      if (data3.service === void 0 && (missing4 = "service")) {
                        const err6 = { instancePath: instancePath + "/annotator", schemaPath: "#/properties/annotator/oneOf/3/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" };
                        if (vErrors === null) {
                          vErrors = [err6];
                        } else {
                          vErrors.push(err6);
                        }
                        errors++;
                      }
                    }
                    var _valid1 = _errs19 === errors;
                    if (_valid1 && valid6) {
                      valid6 = false;
                      passing0 = [passing0, 3];
                    } else {
                      if (_valid1) {
                        valid6 = true;
                        passing0 = 3;
                      }
                    }
                  }
                }
                if (!valid6) {
                  const err7 = { instancePath: instancePath + "/annotator", schemaPath: "#/properties/annotator/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                  validate121.errors = vErrors;
                  return false;
                } else {
                  errors = _errs15;
                  if (vErrors !== null) {
                    if (_errs15) {
                      vErrors.length = _errs15;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                if (errors === _errs13) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    const _errs20 = errors;
                    for (const key1 in data3) {
                      if (!(key1 === "organization" || key1 === "individual" || key1 === "component" || key1 === "service")) {
                        validate121.errors = [{ instancePath: instancePath + "/annotator", schemaPath: "#/properties/annotator/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                      }
                    }
                    if (_errs20 === errors) {
                      if (data3.organization !== void 0) {
                        const _errs21 = errors;
                        if (!validate13(data3.organization, { instancePath: instancePath + "/annotator/organization", parentData: data3, parentDataProperty: "organization", rootData })) {
                          vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                          errors = vErrors.length;
                        }
                        var valid7 = _errs21 === errors;
                      } else {
                        var valid7 = true;
                      }
                      if (valid7) {
                        if (data3.individual !== void 0) {
                          const _errs22 = errors;
                          if (!validate14(data3.individual, { instancePath: instancePath + "/annotator/individual", parentData: data3, parentDataProperty: "individual", rootData })) {
                            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                            errors = vErrors.length;
                          }
                          var valid7 = _errs22 === errors;
                        } else {
                          var valid7 = true;
                        }
                        if (valid7) {
                          if (data3.component !== void 0) {
                            const _errs23 = errors;
                            if (!validate12(data3.component, { instancePath: instancePath + "/annotator/component", parentData: data3, parentDataProperty: "component", rootData })) {
                              vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                              errors = vErrors.length;
                            }
                            var valid7 = _errs23 === errors;
                          } else {
                            var valid7 = true;
                          }
                          if (valid7) {
                            if (data3.service !== void 0) {
                              const _errs24 = errors;
                              if (!validate80(data3.service, { instancePath: instancePath + "/annotator/service", parentData: data3, parentDataProperty: "service", rootData })) {
                                vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
                                errors = vErrors.length;
                              }
                              var valid7 = _errs24 === errors;
                            } else {
                              var valid7 = true;
                            }
                          }
                        }
                      }
                    }
                  } else {
                    validate121.errors = [{ instancePath: instancePath + "/annotator", schemaPath: "#/properties/annotator/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs13 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.timestamp !== void 0) {
                  let data8 = data.timestamp;
                  const _errs25 = errors;
                  if (errors === _errs25) {
                    if (errors === _errs25) {
                      if (typeof data8 === "string") {
                        if (!formats0.validate(data8)) {
                          validate121.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/properties/timestamp/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                          return false;
                        }
                      } else {
                        validate121.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/properties/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs25 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.text !== void 0) {
                    const _errs27 = errors;
                    if (typeof data.text !== "string") {
                      validate121.errors = [{ instancePath: instancePath + "/text", schemaPath: "#/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs27 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.signature !== void 0) {
                      const _errs29 = errors;
                      if (!validate71(data.signature, { instancePath: instancePath + "/signature", parentData: data, parentDataProperty: "signature", rootData })) {
                        vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs29 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate121.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate121.errors = vErrors;
  return errors === 0;
}
var schema121 = { "type": "object", "required": ["bom-ref", "uid", "taskTypes"], "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "uid": { "type": "string" }, "name": { "type": "string" }, "description": { "type": "string" }, "resourceReferences": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/resourceReferenceChoice" } }, "tasks": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/task" } }, "taskDependencies": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/dependency" } }, "taskTypes": { "type": "array", "items": { "$ref": "#/definitions/taskType" } }, "trigger": { "$ref": "#/definitions/trigger" }, "steps": { "type": "array", "items": { "$ref": "#/definitions/step" }, "uniqueItems": true }, "inputs": { "type": "array", "items": { "$ref": "#/definitions/inputType" }, "uniqueItems": true }, "outputs": { "type": "array", "items": { "$ref": "#/definitions/outputType" }, "uniqueItems": true }, "timeStart": { "type": "string", "format": "date-time" }, "timeEnd": { "type": "string", "format": "date-time" }, "workspaces": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/workspace" } }, "runtimeTopology": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/dependency" } }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } };
var schema127 = { "type": "string", "enum": ["copy", "clone", "lint", "scan", "merge", "build", "test", "deliver", "deploy", "release", "clean", "other"] };
function validate133(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.ref === void 0 && (missing0 = "ref")) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.externalReference === void 0 && (missing1 = "externalReference")) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate133.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs4 = errors;
      for (const key0 in data) {
        if (!(key0 === "ref" || key0 === "externalReference")) {
          validate133.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs4 === errors) {
        if (data.ref !== void 0) {
          let data0 = data.ref;
          const _errs5 = errors;
          const _errs6 = errors;
          let valid2 = false;
          const _errs7 = errors;
          if (!validate43(data0, { instancePath: instancePath + "/ref", parentData: data, parentDataProperty: "ref", rootData })) {
            vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
            errors = vErrors.length;
          }
          var _valid1 = _errs7 === errors;
          valid2 = valid2 || _valid1;
          if (!valid2) {
            const _errs8 = errors;
            const _errs9 = errors;
            if (errors === _errs9) {
              if (errors === _errs9) {
                if (typeof data0 === "string") {
                  if (!pattern4.test(data0)) {
                    const err3 = { instancePath: instancePath + "/ref", schemaPath: "#/definitions/bomLinkElementType/pattern", keyword: "pattern", params: { pattern: "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$" }, message: 'must match pattern "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$"' };
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                } else {
                  const err4 = { instancePath: instancePath + "/ref", schemaPath: "#/definitions/bomLinkElementType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              }
            }
            var _valid1 = _errs8 === errors;
            valid2 = valid2 || _valid1;
          }
          if (!valid2) {
            const err5 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
            validate133.errors = vErrors;
            return false;
          } else {
            errors = _errs6;
            if (vErrors !== null) {
              if (_errs6) {
                vErrors.length = _errs6;
              } else {
                vErrors = null;
              }
            }
          }
          var valid1 = _errs5 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.externalReference !== void 0) {
            const _errs11 = errors;
            if (!validate37(data.externalReference, { instancePath: instancePath + "/externalReference", parentData: data, parentDataProperty: "externalReference", rootData })) {
              vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs11 === errors;
          } else {
            var valid1 = true;
          }
        }
      }
    } else {
      validate133.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate133.errors = vErrors;
  return errors === 0;
}
var schema125 = { "type": "object", "required": ["bom-ref", "uid", "taskTypes"], "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "uid": { "type": "string" }, "name": { "type": "string" }, "description": { "type": "string" }, "resourceReferences": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/resourceReferenceChoice" } }, "taskTypes": { "type": "array", "items": { "$ref": "#/definitions/taskType" } }, "trigger": { "$ref": "#/definitions/trigger" }, "steps": { "type": "array", "items": { "$ref": "#/definitions/step" }, "uniqueItems": true }, "inputs": { "type": "array", "items": { "$ref": "#/definitions/inputType" }, "uniqueItems": true }, "outputs": { "type": "array", "items": { "$ref": "#/definitions/outputType" }, "uniqueItems": true }, "timeStart": { "type": "string", "format": "date-time" }, "timeEnd": { "type": "string", "format": "date-time" }, "workspaces": { "type": "array", "items": { "$ref": "#/definitions/workspace" }, "uniqueItems": true }, "runtimeTopology": { "type": "array", "items": { "$ref": "#/definitions/dependency" }, "uniqueItems": true }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } };
var schema128 = { "type": "object", "additionalProperties": false, "required": ["type", "bom-ref", "uid"], "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "uid": { "type": "string" }, "name": { "type": "string" }, "description": { "type": "string" }, "resourceReferences": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/resourceReferenceChoice" } }, "type": { "type": "string", "enum": ["manual", "api", "webhook", "scheduled"] }, "event": { "$ref": "#/definitions/event" }, "conditions": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/condition" } }, "timeActivated": { "type": "string", "format": "date-time" }, "inputs": { "type": "array", "items": { "$ref": "#/definitions/inputType" }, "uniqueItems": true }, "outputs": { "type": "array", "items": { "$ref": "#/definitions/outputType" }, "uniqueItems": true }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } };
function validate141(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "uid" || key0 === "description" || key0 === "timeReceived" || key0 === "data" || key0 === "source" || key0 === "target" || key0 === "properties")) {
          validate141.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.uid !== void 0) {
          const _errs2 = errors;
          if (typeof data.uid !== "string") {
            validate141.errors = [{ instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.description !== void 0) {
            const _errs4 = errors;
            if (typeof data.description !== "string") {
              validate141.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.timeReceived !== void 0) {
              let data2 = data.timeReceived;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (errors === _errs6) {
                  if (typeof data2 === "string") {
                    if (!formats0.validate(data2)) {
                      validate141.errors = [{ instancePath: instancePath + "/timeReceived", schemaPath: "#/properties/timeReceived/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                      return false;
                    }
                  } else {
                    validate141.errors = [{ instancePath: instancePath + "/timeReceived", schemaPath: "#/properties/timeReceived/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.data !== void 0) {
                let data3 = data.data;
                const _errs8 = errors;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    let missing0;
                    if (data3.content === void 0 && (missing0 = "content")) {
                      validate141.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/definitions/attachment/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                      return false;
                    } else {
                      const _errs11 = errors;
                      for (const key1 in data3) {
                        if (!(key1 === "contentType" || key1 === "encoding" || key1 === "content")) {
                          validate141.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/definitions/attachment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                          return false;
                          break;
                        }
                      }
                      if (_errs11 === errors) {
                        if (data3.contentType !== void 0) {
                          const _errs12 = errors;
                          if (typeof data3.contentType !== "string") {
                            validate141.errors = [{ instancePath: instancePath + "/data/contentType", schemaPath: "#/definitions/attachment/properties/contentType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid2 = _errs12 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data3.encoding !== void 0) {
                            let data5 = data3.encoding;
                            const _errs14 = errors;
                            if (typeof data5 !== "string") {
                              validate141.errors = [{ instancePath: instancePath + "/data/encoding", schemaPath: "#/definitions/attachment/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            if (!(data5 === "base64")) {
                              validate141.errors = [{ instancePath: instancePath + "/data/encoding", schemaPath: "#/definitions/attachment/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema26.properties.encoding.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                            var valid2 = _errs14 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data3.content !== void 0) {
                              const _errs16 = errors;
                              if (typeof data3.content !== "string") {
                                validate141.errors = [{ instancePath: instancePath + "/data/content", schemaPath: "#/definitions/attachment/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid2 = _errs16 === errors;
                            } else {
                              var valid2 = true;
                            }
                          }
                        }
                      }
                    }
                  } else {
                    validate141.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/definitions/attachment/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.source !== void 0) {
                  const _errs18 = errors;
                  if (!validate133(data.source, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData })) {
                    vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs18 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.target !== void 0) {
                    const _errs19 = errors;
                    if (!validate133(data.target, { instancePath: instancePath + "/target", parentData: data, parentDataProperty: "target", rootData })) {
                      vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs19 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.properties !== void 0) {
                      let data9 = data.properties;
                      const _errs20 = errors;
                      if (errors === _errs20) {
                        if (Array.isArray(data9)) {
                          var valid3 = true;
                          const len0 = data9.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            let data10 = data9[i0];
                            const _errs22 = errors;
                            const _errs23 = errors;
                            if (errors === _errs23) {
                              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                if (data10.name !== void 0) {
                                  const _errs25 = errors;
                                  if (typeof data10.name !== "string") {
                                    validate141.errors = [{ instancePath: instancePath + "/properties/" + i0 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid5 = _errs25 === errors;
                                } else {
                                  var valid5 = true;
                                }
                                if (valid5) {
                                  if (data10.value !== void 0) {
                                    const _errs27 = errors;
                                    if (typeof data10.value !== "string") {
                                      validate141.errors = [{ instancePath: instancePath + "/properties/" + i0 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid5 = _errs27 === errors;
                                  } else {
                                    var valid5 = true;
                                  }
                                }
                              } else {
                                validate141.errors = [{ instancePath: instancePath + "/properties/" + i0, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid3 = _errs22 === errors;
                            if (!valid3) {
                              break;
                            }
                          }
                        } else {
                          validate141.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs20 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate141.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate141.errors = vErrors;
  return errors === 0;
}
function validate145(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "description" || key0 === "expression" || key0 === "properties")) {
          validate145.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.description !== void 0) {
          const _errs2 = errors;
          if (typeof data.description !== "string") {
            validate145.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.expression !== void 0) {
            const _errs4 = errors;
            if (typeof data.expression !== "string") {
              validate145.errors = [{ instancePath: instancePath + "/expression", schemaPath: "#/properties/expression/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.properties !== void 0) {
              let data2 = data.properties;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    const _errs8 = errors;
                    const _errs9 = errors;
                    if (errors === _errs9) {
                      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        if (data3.name !== void 0) {
                          const _errs11 = errors;
                          if (typeof data3.name !== "string") {
                            validate145.errors = [{ instancePath: instancePath + "/properties/" + i0 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid3 = _errs11 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data3.value !== void 0) {
                            const _errs13 = errors;
                            if (typeof data3.value !== "string") {
                              validate145.errors = [{ instancePath: instancePath + "/properties/" + i0 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs13 === errors;
                          } else {
                            var valid3 = true;
                          }
                        }
                      } else {
                        validate145.errors = [{ instancePath: instancePath + "/properties/" + i0, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid1 = _errs8 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate145.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate145.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate145.errors = vErrors;
  return errors === 0;
}
function validate147(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.resource === void 0 && (missing0 = "resource")) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.parameters === void 0 && (missing1 = "parameters")) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.environmentVars === void 0 && (missing2 = "environmentVars")) {
        const err2 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
      const _errs5 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing3;
        if (data.data === void 0 && (missing3 = "data")) {
          const err3 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      var _valid0 = _errs5 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
        }
      }
    }
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
    validate147.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs6 = errors;
      for (const key0 in data) {
        if (!(key0 === "source" || key0 === "target" || key0 === "resource" || key0 === "parameters" || key0 === "environmentVars" || key0 === "data" || key0 === "properties")) {
          validate147.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs6 === errors) {
        if (data.source !== void 0) {
          const _errs7 = errors;
          if (!validate133(data.source, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData })) {
            vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
            errors = vErrors.length;
          }
          var valid1 = _errs7 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.target !== void 0) {
            const _errs8 = errors;
            if (!validate133(data.target, { instancePath: instancePath + "/target", parentData: data, parentDataProperty: "target", rootData })) {
              vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs8 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.resource !== void 0) {
              const _errs9 = errors;
              if (!validate133(data.resource, { instancePath: instancePath + "/resource", parentData: data, parentDataProperty: "resource", rootData })) {
                vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
                errors = vErrors.length;
              }
              var valid1 = _errs9 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.parameters !== void 0) {
                let data3 = data.parameters;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (Array.isArray(data3)) {
                    var valid2 = true;
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data4 = data3[i0];
                      const _errs12 = errors;
                      const _errs13 = errors;
                      if (errors === _errs13) {
                        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                          const _errs15 = errors;
                          for (const key1 in data4) {
                            if (!(key1 === "name" || key1 === "value" || key1 === "dataType")) {
                              validate147.errors = [{ instancePath: instancePath + "/parameters/" + i0, schemaPath: "#/definitions/parameter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                              return false;
                              break;
                            }
                          }
                          if (_errs15 === errors) {
                            if (data4.name !== void 0) {
                              const _errs16 = errors;
                              if (typeof data4.name !== "string") {
                                validate147.errors = [{ instancePath: instancePath + "/parameters/" + i0 + "/name", schemaPath: "#/definitions/parameter/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid4 = _errs16 === errors;
                            } else {
                              var valid4 = true;
                            }
                            if (valid4) {
                              if (data4.value !== void 0) {
                                const _errs18 = errors;
                                if (typeof data4.value !== "string") {
                                  validate147.errors = [{ instancePath: instancePath + "/parameters/" + i0 + "/value", schemaPath: "#/definitions/parameter/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid4 = _errs18 === errors;
                              } else {
                                var valid4 = true;
                              }
                              if (valid4) {
                                if (data4.dataType !== void 0) {
                                  const _errs20 = errors;
                                  if (typeof data4.dataType !== "string") {
                                    validate147.errors = [{ instancePath: instancePath + "/parameters/" + i0 + "/dataType", schemaPath: "#/definitions/parameter/properties/dataType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid4 = _errs20 === errors;
                                } else {
                                  var valid4 = true;
                                }
                              }
                            }
                          }
                        } else {
                          validate147.errors = [{ instancePath: instancePath + "/parameters/" + i0, schemaPath: "#/definitions/parameter/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid2 = _errs12 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                    if (valid2) {
                      let i1 = data3.length;
                      let j0;
                      if (i1 > 1) {
                        outer0: for (const pair of firstDuplicate(data3)) {
                          i1 = pair[0];
                          j0 = pair[1];
                          {
                            if (true) {
                              validate147.errors = [{ instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                              return false;
                              break outer0;
                            }
                          }
                        }
                      }
                    }
                  } else {
                    validate147.errors = [{ instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid1 = _errs10 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.environmentVars !== void 0) {
                  let data8 = data.environmentVars;
                  const _errs22 = errors;
                  if (errors === _errs22) {
                    if (Array.isArray(data8)) {
                      var valid6 = true;
                      const len1 = data8.length;
                      for (let i2 = 0; i2 < len1; i2++) {
                        let data9 = data8[i2];
                        const _errs24 = errors;
                        const _errs25 = errors;
                        let valid7 = false;
                        let passing1 = null;
                        const _errs26 = errors;
                        const _errs27 = errors;
                        if (errors === _errs27) {
                          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                            if (data9.name !== void 0) {
                              const _errs29 = errors;
                              if (typeof data9.name !== "string") {
                                const err5 = { instancePath: instancePath + "/environmentVars/" + i2 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err5];
                                } else {
                                  vErrors.push(err5);
                                }
                                errors++;
                              }
                              var valid9 = _errs29 === errors;
                            } else {
                              var valid9 = true;
                            }
                            if (valid9) {
                              if (data9.value !== void 0) {
                                const _errs31 = errors;
                                if (typeof data9.value !== "string") {
                                  const err6 = { instancePath: instancePath + "/environmentVars/" + i2 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  if (vErrors === null) {
                                    vErrors = [err6];
                                  } else {
                                    vErrors.push(err6);
                                  }
                                  errors++;
                                }
                                var valid9 = _errs31 === errors;
                              } else {
                                var valid9 = true;
                              }
                            }
                          } else {
                            const err7 = { instancePath: instancePath + "/environmentVars/" + i2, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err7];
                            } else {
                              vErrors.push(err7);
                            }
                            errors++;
                          }
                        }
                        var _valid1 = _errs26 === errors;
                        if (_valid1) {
                          valid7 = true;
                          passing1 = 0;
                        }
                        const _errs33 = errors;
                        if (typeof data9 !== "string") {
                          const err8 = { instancePath: instancePath + "/environmentVars/" + i2, schemaPath: "#/properties/environmentVars/items/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err8];
                          } else {
                            vErrors.push(err8);
                          }
                          errors++;
                        }
                        var _valid1 = _errs33 === errors;
                        if (_valid1 && valid7) {
                          valid7 = false;
                          passing1 = [passing1, 1];
                        } else {
                          if (_valid1) {
                            valid7 = true;
                            passing1 = 1;
                          }
                        }
                        if (!valid7) {
                          const err9 = { instancePath: instancePath + "/environmentVars/" + i2, schemaPath: "#/properties/environmentVars/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                          if (vErrors === null) {
                            vErrors = [err9];
                          } else {
                            vErrors.push(err9);
                          }
                          errors++;
                          validate147.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs25;
                          if (vErrors !== null) {
                            if (_errs25) {
                              vErrors.length = _errs25;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid6 = _errs24 === errors;
                        if (!valid6) {
                          break;
                        }
                      }
                      if (valid6) {
                        let i3 = data8.length;
                        let j1;
                        if (i3 > 1) {
                          outer1: for (const pair of firstDuplicate(data8)) {
                            i3 = pair[0];
                            j1 = pair[1];
                            {
                              if (true) {
                                validate147.errors = [{ instancePath: instancePath + "/environmentVars", schemaPath: "#/properties/environmentVars/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" }];
                                return false;
                                break outer1;
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate147.errors = [{ instancePath: instancePath + "/environmentVars", schemaPath: "#/properties/environmentVars/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid1 = _errs22 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.data !== void 0) {
                    let data12 = data.data;
                    const _errs35 = errors;
                    const _errs36 = errors;
                    if (errors === _errs36) {
                      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                        let missing4;
                        if (data12.content === void 0 && (missing4 = "content")) {
                          validate147.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/definitions/attachment/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                          return false;
                        } else {
                          const _errs38 = errors;
                          for (const key2 in data12) {
                            if (!(key2 === "contentType" || key2 === "encoding" || key2 === "content")) {
                              validate147.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/definitions/attachment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                              return false;
                              break;
                            }
                          }
                          if (_errs38 === errors) {
                            if (data12.contentType !== void 0) {
                              const _errs39 = errors;
                              if (typeof data12.contentType !== "string") {
                                validate147.errors = [{ instancePath: instancePath + "/data/contentType", schemaPath: "#/definitions/attachment/properties/contentType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid12 = _errs39 === errors;
                            } else {
                              var valid12 = true;
                            }
                            if (valid12) {
                              if (data12.encoding !== void 0) {
                                let data14 = data12.encoding;
                                const _errs41 = errors;
                                if (typeof data14 !== "string") {
                                  validate147.errors = [{ instancePath: instancePath + "/data/encoding", schemaPath: "#/definitions/attachment/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                if (!(data14 === "base64")) {
                                  validate147.errors = [{ instancePath: instancePath + "/data/encoding", schemaPath: "#/definitions/attachment/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema26.properties.encoding.enum }, message: "must be equal to one of the allowed values" }];
                                  return false;
                                }
                                var valid12 = _errs41 === errors;
                              } else {
                                var valid12 = true;
                              }
                              if (valid12) {
                                if (data12.content !== void 0) {
                                  const _errs43 = errors;
                                  if (typeof data12.content !== "string") {
                                    validate147.errors = [{ instancePath: instancePath + "/data/content", schemaPath: "#/definitions/attachment/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid12 = _errs43 === errors;
                                } else {
                                  var valid12 = true;
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate147.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/definitions/attachment/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid1 = _errs35 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.properties !== void 0) {
                      let data16 = data.properties;
                      const _errs45 = errors;
                      if (errors === _errs45) {
                        if (Array.isArray(data16)) {
                          var valid13 = true;
                          const len2 = data16.length;
                          for (let i4 = 0; i4 < len2; i4++) {
                            let data17 = data16[i4];
                            const _errs47 = errors;
                            const _errs48 = errors;
                            if (errors === _errs48) {
                              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                if (data17.name !== void 0) {
                                  const _errs50 = errors;
                                  if (typeof data17.name !== "string") {
                                    validate147.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid15 = _errs50 === errors;
                                } else {
                                  var valid15 = true;
                                }
                                if (valid15) {
                                  if (data17.value !== void 0) {
                                    const _errs52 = errors;
                                    if (typeof data17.value !== "string") {
                                      validate147.errors = [{ instancePath: instancePath + "/properties/" + i4 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid15 = _errs52 === errors;
                                  } else {
                                    var valid15 = true;
                                  }
                                }
                              } else {
                                validate147.errors = [{ instancePath: instancePath + "/properties/" + i4, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid13 = _errs47 === errors;
                            if (!valid13) {
                              break;
                            }
                          }
                        } else {
                          validate147.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid1 = _errs45 === errors;
                    } else {
                      var valid1 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate147.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate147.errors = vErrors;
  return errors === 0;
}
var schema140 = { "type": "object", "oneOf": [{ "required": ["resource"] }, { "required": ["environmentVars"] }, { "required": ["data"] }], "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["artifact", "attestation", "log", "evidence", "metrics", "other"] }, "source": { "$ref": "#/definitions/resourceReferenceChoice" }, "target": { "$ref": "#/definitions/resourceReferenceChoice" }, "resource": { "$ref": "#/definitions/resourceReferenceChoice" }, "data": { "$ref": "#/definitions/attachment" }, "environmentVars": { "type": "array", "items": { "oneOf": [{ "$ref": "#/definitions/property" }, { "type": "string" }] }, "uniqueItems": true }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } };
function validate152(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.resource === void 0 && (missing0 = "resource")) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.environmentVars === void 0 && (missing1 = "environmentVars")) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.data === void 0 && (missing2 = "data")) {
        const err2 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
    }
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
    validate152.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs5 = errors;
      for (const key0 in data) {
        if (!(key0 === "type" || key0 === "source" || key0 === "target" || key0 === "resource" || key0 === "data" || key0 === "environmentVars" || key0 === "properties")) {
          validate152.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs5 === errors) {
        if (data.type !== void 0) {
          let data0 = data.type;
          const _errs6 = errors;
          if (typeof data0 !== "string") {
            validate152.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          if (!(data0 === "artifact" || data0 === "attestation" || data0 === "log" || data0 === "evidence" || data0 === "metrics" || data0 === "other")) {
            validate152.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema140.properties.type.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid1 = _errs6 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.source !== void 0) {
            const _errs8 = errors;
            if (!validate133(data.source, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData })) {
              vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs8 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.target !== void 0) {
              const _errs9 = errors;
              if (!validate133(data.target, { instancePath: instancePath + "/target", parentData: data, parentDataProperty: "target", rootData })) {
                vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
                errors = vErrors.length;
              }
              var valid1 = _errs9 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.resource !== void 0) {
                const _errs10 = errors;
                if (!validate133(data.resource, { instancePath: instancePath + "/resource", parentData: data, parentDataProperty: "resource", rootData })) {
                  vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs10 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.data !== void 0) {
                  let data4 = data.data;
                  const _errs11 = errors;
                  const _errs12 = errors;
                  if (errors === _errs12) {
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                      let missing3;
                      if (data4.content === void 0 && (missing3 = "content")) {
                        validate152.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/definitions/attachment/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                        return false;
                      } else {
                        const _errs14 = errors;
                        for (const key1 in data4) {
                          if (!(key1 === "contentType" || key1 === "encoding" || key1 === "content")) {
                            validate152.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/definitions/attachment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                          }
                        }
                        if (_errs14 === errors) {
                          if (data4.contentType !== void 0) {
                            const _errs15 = errors;
                            if (typeof data4.contentType !== "string") {
                              validate152.errors = [{ instancePath: instancePath + "/data/contentType", schemaPath: "#/definitions/attachment/properties/contentType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs15 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data4.encoding !== void 0) {
                              let data6 = data4.encoding;
                              const _errs17 = errors;
                              if (typeof data6 !== "string") {
                                validate152.errors = [{ instancePath: instancePath + "/data/encoding", schemaPath: "#/definitions/attachment/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              if (!(data6 === "base64")) {
                                validate152.errors = [{ instancePath: instancePath + "/data/encoding", schemaPath: "#/definitions/attachment/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema26.properties.encoding.enum }, message: "must be equal to one of the allowed values" }];
                                return false;
                              }
                              var valid3 = _errs17 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data4.content !== void 0) {
                                const _errs19 = errors;
                                if (typeof data4.content !== "string") {
                                  validate152.errors = [{ instancePath: instancePath + "/data/content", schemaPath: "#/definitions/attachment/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid3 = _errs19 === errors;
                              } else {
                                var valid3 = true;
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate152.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/definitions/attachment/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid1 = _errs11 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.environmentVars !== void 0) {
                    let data8 = data.environmentVars;
                    const _errs21 = errors;
                    if (errors === _errs21) {
                      if (Array.isArray(data8)) {
                        var valid4 = true;
                        const len0 = data8.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data9 = data8[i0];
                          const _errs23 = errors;
                          const _errs24 = errors;
                          let valid5 = false;
                          let passing1 = null;
                          const _errs25 = errors;
                          const _errs26 = errors;
                          if (errors === _errs26) {
                            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                              if (data9.name !== void 0) {
                                const _errs28 = errors;
                                if (typeof data9.name !== "string") {
                                  const err4 = { instancePath: instancePath + "/environmentVars/" + i0 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  if (vErrors === null) {
                                    vErrors = [err4];
                                  } else {
                                    vErrors.push(err4);
                                  }
                                  errors++;
                                }
                                var valid7 = _errs28 === errors;
                              } else {
                                var valid7 = true;
                              }
                              if (valid7) {
                                if (data9.value !== void 0) {
                                  const _errs30 = errors;
                                  if (typeof data9.value !== "string") {
                                    const err5 = { instancePath: instancePath + "/environmentVars/" + i0 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err5];
                                    } else {
                                      vErrors.push(err5);
                                    }
                                    errors++;
                                  }
                                  var valid7 = _errs30 === errors;
                                } else {
                                  var valid7 = true;
                                }
                              }
                            } else {
                              const err6 = { instancePath: instancePath + "/environmentVars/" + i0, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                              if (vErrors === null) {
                                vErrors = [err6];
                              } else {
                                vErrors.push(err6);
                              }
                              errors++;
                            }
                          }
                          var _valid1 = _errs25 === errors;
                          if (_valid1) {
                            valid5 = true;
                            passing1 = 0;
                          }
                          const _errs32 = errors;
                          if (typeof data9 !== "string") {
                            const err7 = { instancePath: instancePath + "/environmentVars/" + i0, schemaPath: "#/properties/environmentVars/items/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err7];
                            } else {
                              vErrors.push(err7);
                            }
                            errors++;
                          }
                          var _valid1 = _errs32 === errors;
                          if (_valid1 && valid5) {
                            valid5 = false;
                            passing1 = [passing1, 1];
                          } else {
                            if (_valid1) {
                              valid5 = true;
                              passing1 = 1;
                            }
                          }
                          if (!valid5) {
                            const err8 = { instancePath: instancePath + "/environmentVars/" + i0, schemaPath: "#/properties/environmentVars/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                              vErrors = [err8];
                            } else {
                              vErrors.push(err8);
                            }
                            errors++;
                            validate152.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs24;
                            if (vErrors !== null) {
                              if (_errs24) {
                                vErrors.length = _errs24;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid4 = _errs23 === errors;
                          if (!valid4) {
                            break;
                          }
                        }
                        if (valid4) {
                          let i1 = data8.length;
                          let j0;
                          if (i1 > 1) {
                            outer0: for (const pair of firstDuplicate(data8)) {
                              i1 = pair[0];
                              j0 = pair[1];
                              {
                                if (true) {
                                  validate152.errors = [{ instancePath: instancePath + "/environmentVars", schemaPath: "#/properties/environmentVars/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                  return false;
                                  break outer0;
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate152.errors = [{ instancePath: instancePath + "/environmentVars", schemaPath: "#/properties/environmentVars/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid1 = _errs21 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.properties !== void 0) {
                      let data12 = data.properties;
                      const _errs34 = errors;
                      if (errors === _errs34) {
                        if (Array.isArray(data12)) {
                          var valid9 = true;
                          const len1 = data12.length;
                          for (let i2 = 0; i2 < len1; i2++) {
                            let data13 = data12[i2];
                            const _errs36 = errors;
                            const _errs37 = errors;
                            if (errors === _errs37) {
                              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                if (data13.name !== void 0) {
                                  const _errs39 = errors;
                                  if (typeof data13.name !== "string") {
                                    validate152.errors = [{ instancePath: instancePath + "/properties/" + i2 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid11 = _errs39 === errors;
                                } else {
                                  var valid11 = true;
                                }
                                if (valid11) {
                                  if (data13.value !== void 0) {
                                    const _errs41 = errors;
                                    if (typeof data13.value !== "string") {
                                      validate152.errors = [{ instancePath: instancePath + "/properties/" + i2 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid11 = _errs41 === errors;
                                  } else {
                                    var valid11 = true;
                                  }
                                }
                              } else {
                                validate152.errors = [{ instancePath: instancePath + "/properties/" + i2, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid9 = _errs36 === errors;
                            if (!valid9) {
                              break;
                            }
                          }
                        } else {
                          validate152.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid1 = _errs34 === errors;
                    } else {
                      var valid1 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate152.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate152.errors = vErrors;
  return errors === 0;
}
function validate139(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type") || data["bom-ref"] === void 0 && (missing0 = "bom-ref") || data.uid === void 0 && (missing0 = "uid")) {
        validate139.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func2.call(schema128.properties, key0)) {
            validate139.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data["bom-ref"] !== void 0) {
            let data0 = data["bom-ref"];
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === "string") {
                if (func5(data0) < 1) {
                  validate139.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate139.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.uid !== void 0) {
              const _errs5 = errors;
              if (typeof data.uid !== "string") {
                validate139.errors = [{ instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.name !== void 0) {
                const _errs7 = errors;
                if (typeof data.name !== "string") {
                  validate139.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.description !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.description !== "string") {
                    validate139.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.resourceReferences !== void 0) {
                    let data4 = data.resourceReferences;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (Array.isArray(data4)) {
                        var valid2 = true;
                        const len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs13 = errors;
                          if (!validate133(data4[i0], { instancePath: instancePath + "/resourceReferences/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
                            vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
                            errors = vErrors.length;
                          }
                          var valid2 = _errs13 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                        if (valid2) {
                          let i1 = data4.length;
                          let j0;
                          if (i1 > 1) {
                            outer0: for (const pair of firstDuplicate(data4)) {
                              i1 = pair[0];
                              j0 = pair[1];
                              {
                                if (true) {
                                  validate139.errors = [{ instancePath: instancePath + "/resourceReferences", schemaPath: "#/properties/resourceReferences/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                  return false;
                                  break outer0;
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate139.errors = [{ instancePath: instancePath + "/resourceReferences", schemaPath: "#/properties/resourceReferences/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.type !== void 0) {
                      let data6 = data.type;
                      const _errs14 = errors;
                      if (typeof data6 !== "string") {
                        validate139.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      if (!(data6 === "manual" || data6 === "api" || data6 === "webhook" || data6 === "scheduled")) {
                        validate139.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema128.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.event !== void 0) {
                        const _errs16 = errors;
                        if (!validate141(data.event, { instancePath: instancePath + "/event", parentData: data, parentDataProperty: "event", rootData })) {
                          vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.conditions !== void 0) {
                          let data8 = data.conditions;
                          const _errs17 = errors;
                          if (errors === _errs17) {
                            if (Array.isArray(data8)) {
                              var valid4 = true;
                              const len1 = data8.length;
                              for (let i2 = 0; i2 < len1; i2++) {
                                const _errs19 = errors;
                                if (!validate145(data8[i2], { instancePath: instancePath + "/conditions/" + i2, parentData: data8, parentDataProperty: i2, rootData })) {
                                  vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);
                                  errors = vErrors.length;
                                }
                                var valid4 = _errs19 === errors;
                                if (!valid4) {
                                  break;
                                }
                              }
                              if (valid4) {
                                let i3 = data8.length;
                                let j1;
                                if (i3 > 1) {
                                  outer1: for (const pair of firstDuplicate(data8)) {
                                    i3 = pair[0];
                                    j1 = pair[1];
                                    {
                                      if (true) {
                                        validate139.errors = [{ instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" }];
                                        return false;
                                        break outer1;
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate139.errors = [{ instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.timeActivated !== void 0) {
                            let data10 = data.timeActivated;
                            const _errs20 = errors;
                            if (errors === _errs20) {
                              if (errors === _errs20) {
                                if (typeof data10 === "string") {
                                  if (!formats0.validate(data10)) {
                                    validate139.errors = [{ instancePath: instancePath + "/timeActivated", schemaPath: "#/properties/timeActivated/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                    return false;
                                  }
                                } else {
                                  validate139.errors = [{ instancePath: instancePath + "/timeActivated", schemaPath: "#/properties/timeActivated/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.inputs !== void 0) {
                              let data11 = data.inputs;
                              const _errs22 = errors;
                              if (errors === _errs22) {
                                if (Array.isArray(data11)) {
                                  var valid6 = true;
                                  const len2 = data11.length;
                                  for (let i4 = 0; i4 < len2; i4++) {
                                    const _errs24 = errors;
                                    if (!validate147(data11[i4], { instancePath: instancePath + "/inputs/" + i4, parentData: data11, parentDataProperty: i4, rootData })) {
                                      vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid6 = _errs24 === errors;
                                    if (!valid6) {
                                      break;
                                    }
                                  }
                                  if (valid6) {
                                    let i5 = data11.length;
                                    let j2;
                                    if (i5 > 1) {
                                      outer2: for (const pair of firstDuplicate(data11)) {
                                        i5 = pair[0];
                                        j2 = pair[1];
                                        {
                                          if (true) {
                                            validate139.errors = [{ instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" }];
                                            return false;
                                            break outer2;
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate139.errors = [{ instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs22 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.outputs !== void 0) {
                                let data13 = data.outputs;
                                const _errs25 = errors;
                                if (errors === _errs25) {
                                  if (Array.isArray(data13)) {
                                    var valid8 = true;
                                    const len3 = data13.length;
                                    for (let i6 = 0; i6 < len3; i6++) {
                                      const _errs27 = errors;
                                      if (!validate152(data13[i6], { instancePath: instancePath + "/outputs/" + i6, parentData: data13, parentDataProperty: i6, rootData })) {
                                        vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid8 = _errs27 === errors;
                                      if (!valid8) {
                                        break;
                                      }
                                    }
                                    if (valid8) {
                                      let i7 = data13.length;
                                      let j3;
                                      if (i7 > 1) {
                                        outer3: for (const pair of firstDuplicate(data13)) {
                                          i7 = pair[0];
                                          j3 = pair[1];
                                          {
                                            if (true) {
                                              validate139.errors = [{ instancePath: instancePath + "/outputs", schemaPath: "#/properties/outputs/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)" }];
                                              return false;
                                              break outer3;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate139.errors = [{ instancePath: instancePath + "/outputs", schemaPath: "#/properties/outputs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs25 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.properties !== void 0) {
                                  let data15 = data.properties;
                                  const _errs28 = errors;
                                  if (errors === _errs28) {
                                    if (Array.isArray(data15)) {
                                      var valid10 = true;
                                      const len4 = data15.length;
                                      for (let i8 = 0; i8 < len4; i8++) {
                                        let data16 = data15[i8];
                                        const _errs30 = errors;
                                        const _errs31 = errors;
                                        if (errors === _errs31) {
                                          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                            if (data16.name !== void 0) {
                                              const _errs33 = errors;
                                              if (typeof data16.name !== "string") {
                                                validate139.errors = [{ instancePath: instancePath + "/properties/" + i8 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid12 = _errs33 === errors;
                                            } else {
                                              var valid12 = true;
                                            }
                                            if (valid12) {
                                              if (data16.value !== void 0) {
                                                const _errs35 = errors;
                                                if (typeof data16.value !== "string") {
                                                  validate139.errors = [{ instancePath: instancePath + "/properties/" + i8 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid12 = _errs35 === errors;
                                              } else {
                                                var valid12 = true;
                                              }
                                            }
                                          } else {
                                            validate139.errors = [{ instancePath: instancePath + "/properties/" + i8, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid10 = _errs30 === errors;
                                        if (!valid10) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate139.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs28 === errors;
                                } else {
                                  var valid0 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate139.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate139.errors = vErrors;
  return errors === 0;
}
function validate159(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "executed" || key0 === "properties")) {
          validate159.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.executed !== void 0) {
          const _errs2 = errors;
          if (typeof data.executed !== "string") {
            validate159.errors = [{ instancePath: instancePath + "/executed", schemaPath: "#/properties/executed/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.properties !== void 0) {
            let data1 = data.properties;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data2 = data1[i0];
                  const _errs6 = errors;
                  const _errs7 = errors;
                  if (errors === _errs7) {
                    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                      if (data2.name !== void 0) {
                        const _errs9 = errors;
                        if (typeof data2.name !== "string") {
                          validate159.errors = [{ instancePath: instancePath + "/properties/" + i0 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid3 = _errs9 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data2.value !== void 0) {
                          const _errs11 = errors;
                          if (typeof data2.value !== "string") {
                            validate159.errors = [{ instancePath: instancePath + "/properties/" + i0 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid3 = _errs11 === errors;
                        } else {
                          var valid3 = true;
                        }
                      }
                    } else {
                      validate159.errors = [{ instancePath: instancePath + "/properties/" + i0, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid1 = _errs6 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate159.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate159.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate159.errors = vErrors;
  return errors === 0;
}
function validate158(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "name" || key0 === "description" || key0 === "commands" || key0 === "properties")) {
          validate158.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.name !== void 0) {
          const _errs2 = errors;
          if (typeof data.name !== "string") {
            validate158.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.description !== void 0) {
            const _errs4 = errors;
            if (typeof data.description !== "string") {
              validate158.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.commands !== void 0) {
              let data2 = data.commands;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs8 = errors;
                    if (!validate159(data2[i0], { instancePath: instancePath + "/commands/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
                      vErrors = vErrors === null ? validate159.errors : vErrors.concat(validate159.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs8 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate158.errors = [{ instancePath: instancePath + "/commands", schemaPath: "#/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.properties !== void 0) {
                let data4 = data.properties;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (Array.isArray(data4)) {
                    var valid2 = true;
                    const len1 = data4.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data5 = data4[i1];
                      const _errs11 = errors;
                      const _errs12 = errors;
                      if (errors === _errs12) {
                        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                          if (data5.name !== void 0) {
                            const _errs14 = errors;
                            if (typeof data5.name !== "string") {
                              validate158.errors = [{ instancePath: instancePath + "/properties/" + i1 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid4 = _errs14 === errors;
                          } else {
                            var valid4 = true;
                          }
                          if (valid4) {
                            if (data5.value !== void 0) {
                              const _errs16 = errors;
                              if (typeof data5.value !== "string") {
                                validate158.errors = [{ instancePath: instancePath + "/properties/" + i1 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid4 = _errs16 === errors;
                            } else {
                              var valid4 = true;
                            }
                          }
                        } else {
                          validate158.errors = [{ instancePath: instancePath + "/properties/" + i1, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid2 = _errs11 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate158.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate158.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate158.errors = vErrors;
  return errors === 0;
}
var schema149 = { "type": "object", "required": ["bom-ref", "uid"], "additionalProperties": false, "properties": { "bom-ref": { "$ref": "#/definitions/refType" }, "uid": { "type": "string" }, "name": { "type": "string" }, "aliases": { "type": "array", "items": { "type": "string" } }, "description": { "type": "string" }, "resourceReferences": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/resourceReferenceChoice" } }, "accessMode": { "type": "string", "enum": ["read-only", "read-write", "read-write-once", "write-once", "write-only"] }, "mountPath": { "type": "string" }, "managedDataType": { "type": "string" }, "volumeRequest": { "type": "string" }, "volume": { "$ref": "#/definitions/volume" }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } };
var schema151 = { "type": "object", "additionalProperties": false, "properties": { "uid": { "type": "string" }, "name": { "type": "string" }, "mode": { "type": "string", "enum": ["filesystem", "block"], "default": "filesystem" }, "path": { "type": "string" }, "sizeAllocated": { "type": "string" }, "persistent": { "type": "boolean" }, "remote": { "type": "boolean" }, "properties": { "type": "array", "items": { "$ref": "#/definitions/property" } } } };
function validate166(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "uid" || key0 === "name" || key0 === "mode" || key0 === "path" || key0 === "sizeAllocated" || key0 === "persistent" || key0 === "remote" || key0 === "properties")) {
          validate166.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.uid !== void 0) {
          const _errs2 = errors;
          if (typeof data.uid !== "string") {
            validate166.errors = [{ instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.name !== void 0) {
            const _errs4 = errors;
            if (typeof data.name !== "string") {
              validate166.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.mode !== void 0) {
              let data2 = data.mode;
              const _errs6 = errors;
              if (typeof data2 !== "string") {
                validate166.errors = [{ instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              if (!(data2 === "filesystem" || data2 === "block")) {
                validate166.errors = [{ instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema151.properties.mode.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.path !== void 0) {
                const _errs8 = errors;
                if (typeof data.path !== "string") {
                  validate166.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.sizeAllocated !== void 0) {
                  const _errs10 = errors;
                  if (typeof data.sizeAllocated !== "string") {
                    validate166.errors = [{ instancePath: instancePath + "/sizeAllocated", schemaPath: "#/properties/sizeAllocated/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.persistent !== void 0) {
                    const _errs12 = errors;
                    if (typeof data.persistent !== "boolean") {
                      validate166.errors = [{ instancePath: instancePath + "/persistent", schemaPath: "#/properties/persistent/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                      return false;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.remote !== void 0) {
                      const _errs14 = errors;
                      if (typeof data.remote !== "boolean") {
                        validate166.errors = [{ instancePath: instancePath + "/remote", schemaPath: "#/properties/remote/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.properties !== void 0) {
                        let data7 = data.properties;
                        const _errs16 = errors;
                        if (errors === _errs16) {
                          if (Array.isArray(data7)) {
                            var valid1 = true;
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              let data8 = data7[i0];
                              const _errs18 = errors;
                              const _errs19 = errors;
                              if (errors === _errs19) {
                                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                  if (data8.name !== void 0) {
                                    const _errs21 = errors;
                                    if (typeof data8.name !== "string") {
                                      validate166.errors = [{ instancePath: instancePath + "/properties/" + i0 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid3 = _errs21 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data8.value !== void 0) {
                                      const _errs23 = errors;
                                      if (typeof data8.value !== "string") {
                                        validate166.errors = [{ instancePath: instancePath + "/properties/" + i0 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid3 = _errs23 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                  }
                                } else {
                                  validate166.errors = [{ instancePath: instancePath + "/properties/" + i0, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid1 = _errs18 === errors;
                              if (!valid1) {
                                break;
                              }
                            }
                          } else {
                            validate166.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate166.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate166.errors = vErrors;
  return errors === 0;
}
function validate164(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["bom-ref"] === void 0 && (missing0 = "bom-ref") || data.uid === void 0 && (missing0 = "uid")) {
        validate164.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func2.call(schema149.properties, key0)) {
            validate164.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data["bom-ref"] !== void 0) {
            let data0 = data["bom-ref"];
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === "string") {
                if (func5(data0) < 1) {
                  validate164.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate164.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.uid !== void 0) {
              const _errs5 = errors;
              if (typeof data.uid !== "string") {
                validate164.errors = [{ instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.name !== void 0) {
                const _errs7 = errors;
                if (typeof data.name !== "string") {
                  validate164.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.aliases !== void 0) {
                  let data3 = data.aliases;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (Array.isArray(data3)) {
                      var valid2 = true;
                      const len0 = data3.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs11 = errors;
                        if (typeof data3[i0] !== "string") {
                          validate164.errors = [{ instancePath: instancePath + "/aliases/" + i0, schemaPath: "#/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs11 === errors;
                        if (!valid2) {
                          break;
                        }
                      }
                    } else {
                      validate164.errors = [{ instancePath: instancePath + "/aliases", schemaPath: "#/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.description !== void 0) {
                    const _errs13 = errors;
                    if (typeof data.description !== "string") {
                      validate164.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs13 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.resourceReferences !== void 0) {
                      let data6 = data.resourceReferences;
                      const _errs15 = errors;
                      if (errors === _errs15) {
                        if (Array.isArray(data6)) {
                          var valid3 = true;
                          const len1 = data6.length;
                          for (let i1 = 0; i1 < len1; i1++) {
                            const _errs17 = errors;
                            if (!validate133(data6[i1], { instancePath: instancePath + "/resourceReferences/" + i1, parentData: data6, parentDataProperty: i1, rootData })) {
                              vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
                              errors = vErrors.length;
                            }
                            var valid3 = _errs17 === errors;
                            if (!valid3) {
                              break;
                            }
                          }
                          if (valid3) {
                            let i2 = data6.length;
                            let j0;
                            if (i2 > 1) {
                              outer0: for (const pair of firstDuplicate(data6)) {
                                i2 = pair[0];
                                j0 = pair[1];
                                {
                                  if (true) {
                                    validate164.errors = [{ instancePath: instancePath + "/resourceReferences", schemaPath: "#/properties/resourceReferences/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" }];
                                    return false;
                                    break outer0;
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate164.errors = [{ instancePath: instancePath + "/resourceReferences", schemaPath: "#/properties/resourceReferences/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs15 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.accessMode !== void 0) {
                        let data8 = data.accessMode;
                        const _errs18 = errors;
                        if (typeof data8 !== "string") {
                          validate164.errors = [{ instancePath: instancePath + "/accessMode", schemaPath: "#/properties/accessMode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        if (!(data8 === "read-only" || data8 === "read-write" || data8 === "read-write-once" || data8 === "write-once" || data8 === "write-only")) {
                          validate164.errors = [{ instancePath: instancePath + "/accessMode", schemaPath: "#/properties/accessMode/enum", keyword: "enum", params: { allowedValues: schema149.properties.accessMode.enum }, message: "must be equal to one of the allowed values" }];
                          return false;
                        }
                        var valid0 = _errs18 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.mountPath !== void 0) {
                          const _errs20 = errors;
                          if (typeof data.mountPath !== "string") {
                            validate164.errors = [{ instancePath: instancePath + "/mountPath", schemaPath: "#/properties/mountPath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs20 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.managedDataType !== void 0) {
                            const _errs22 = errors;
                            if (typeof data.managedDataType !== "string") {
                              validate164.errors = [{ instancePath: instancePath + "/managedDataType", schemaPath: "#/properties/managedDataType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs22 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.volumeRequest !== void 0) {
                              const _errs24 = errors;
                              if (typeof data.volumeRequest !== "string") {
                                validate164.errors = [{ instancePath: instancePath + "/volumeRequest", schemaPath: "#/properties/volumeRequest/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs24 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.volume !== void 0) {
                                const _errs26 = errors;
                                if (!validate166(data.volume, { instancePath: instancePath + "/volume", parentData: data, parentDataProperty: "volume", rootData })) {
                                  vErrors = vErrors === null ? validate166.errors : vErrors.concat(validate166.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs26 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.properties !== void 0) {
                                  let data13 = data.properties;
                                  const _errs27 = errors;
                                  if (errors === _errs27) {
                                    if (Array.isArray(data13)) {
                                      var valid5 = true;
                                      const len2 = data13.length;
                                      for (let i3 = 0; i3 < len2; i3++) {
                                        let data14 = data13[i3];
                                        const _errs29 = errors;
                                        const _errs30 = errors;
                                        if (errors === _errs30) {
                                          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                            if (data14.name !== void 0) {
                                              const _errs32 = errors;
                                              if (typeof data14.name !== "string") {
                                                validate164.errors = [{ instancePath: instancePath + "/properties/" + i3 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid7 = _errs32 === errors;
                                            } else {
                                              var valid7 = true;
                                            }
                                            if (valid7) {
                                              if (data14.value !== void 0) {
                                                const _errs34 = errors;
                                                if (typeof data14.value !== "string") {
                                                  validate164.errors = [{ instancePath: instancePath + "/properties/" + i3 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid7 = _errs34 === errors;
                                              } else {
                                                var valid7 = true;
                                              }
                                            }
                                          } else {
                                            validate164.errors = [{ instancePath: instancePath + "/properties/" + i3, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid5 = _errs29 === errors;
                                        if (!valid5) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate164.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs27 === errors;
                                } else {
                                  var valid0 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate164.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate164.errors = vErrors;
  return errors === 0;
}
function validate137(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["bom-ref"] === void 0 && (missing0 = "bom-ref") || data.uid === void 0 && (missing0 = "uid") || data.taskTypes === void 0 && (missing0 = "taskTypes")) {
        validate137.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func2.call(schema125.properties, key0)) {
            validate137.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data["bom-ref"] !== void 0) {
            let data0 = data["bom-ref"];
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === "string") {
                if (func5(data0) < 1) {
                  validate137.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate137.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.uid !== void 0) {
              const _errs5 = errors;
              if (typeof data.uid !== "string") {
                validate137.errors = [{ instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.name !== void 0) {
                const _errs7 = errors;
                if (typeof data.name !== "string") {
                  validate137.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.description !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.description !== "string") {
                    validate137.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.resourceReferences !== void 0) {
                    let data4 = data.resourceReferences;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (Array.isArray(data4)) {
                        var valid2 = true;
                        const len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs13 = errors;
                          if (!validate133(data4[i0], { instancePath: instancePath + "/resourceReferences/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
                            vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
                            errors = vErrors.length;
                          }
                          var valid2 = _errs13 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                        if (valid2) {
                          let i1 = data4.length;
                          let j0;
                          if (i1 > 1) {
                            outer0: for (const pair of firstDuplicate(data4)) {
                              i1 = pair[0];
                              j0 = pair[1];
                              {
                                if (true) {
                                  validate137.errors = [{ instancePath: instancePath + "/resourceReferences", schemaPath: "#/properties/resourceReferences/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                  return false;
                                  break outer0;
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate137.errors = [{ instancePath: instancePath + "/resourceReferences", schemaPath: "#/properties/resourceReferences/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.taskTypes !== void 0) {
                      let data6 = data.taskTypes;
                      const _errs14 = errors;
                      if (errors === _errs14) {
                        if (Array.isArray(data6)) {
                          var valid4 = true;
                          const len1 = data6.length;
                          for (let i2 = 0; i2 < len1; i2++) {
                            let data7 = data6[i2];
                            const _errs16 = errors;
                            if (typeof data7 !== "string") {
                              validate137.errors = [{ instancePath: instancePath + "/taskTypes/" + i2, schemaPath: "#/definitions/taskType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            if (!(data7 === "copy" || data7 === "clone" || data7 === "lint" || data7 === "scan" || data7 === "merge" || data7 === "build" || data7 === "test" || data7 === "deliver" || data7 === "deploy" || data7 === "release" || data7 === "clean" || data7 === "other")) {
                              validate137.errors = [{ instancePath: instancePath + "/taskTypes/" + i2, schemaPath: "#/definitions/taskType/enum", keyword: "enum", params: { allowedValues: schema127.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                            var valid4 = _errs16 === errors;
                            if (!valid4) {
                              break;
                            }
                          }
                        } else {
                          validate137.errors = [{ instancePath: instancePath + "/taskTypes", schemaPath: "#/properties/taskTypes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.trigger !== void 0) {
                        const _errs19 = errors;
                        if (!validate139(data.trigger, { instancePath: instancePath + "/trigger", parentData: data, parentDataProperty: "trigger", rootData })) {
                          vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs19 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.steps !== void 0) {
                          let data9 = data.steps;
                          const _errs20 = errors;
                          if (errors === _errs20) {
                            if (Array.isArray(data9)) {
                              var valid6 = true;
                              const len2 = data9.length;
                              for (let i3 = 0; i3 < len2; i3++) {
                                const _errs22 = errors;
                                if (!validate158(data9[i3], { instancePath: instancePath + "/steps/" + i3, parentData: data9, parentDataProperty: i3, rootData })) {
                                  vErrors = vErrors === null ? validate158.errors : vErrors.concat(validate158.errors);
                                  errors = vErrors.length;
                                }
                                var valid6 = _errs22 === errors;
                                if (!valid6) {
                                  break;
                                }
                              }
                              if (valid6) {
                                let i4 = data9.length;
                                let j1;
                                if (i4 > 1) {
                                  outer1: for (const pair of firstDuplicate(data9)) {
                                    i4 = pair[0];
                                    j1 = pair[1];
                                    {
                                      if (true) {
                                        validate137.errors = [{ instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)" }];
                                        return false;
                                        break outer1;
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate137.errors = [{ instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid0 = _errs20 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.inputs !== void 0) {
                            let data11 = data.inputs;
                            const _errs23 = errors;
                            if (errors === _errs23) {
                              if (Array.isArray(data11)) {
                                var valid8 = true;
                                const len3 = data11.length;
                                for (let i5 = 0; i5 < len3; i5++) {
                                  const _errs25 = errors;
                                  if (!validate147(data11[i5], { instancePath: instancePath + "/inputs/" + i5, parentData: data11, parentDataProperty: i5, rootData })) {
                                    vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid8 = _errs25 === errors;
                                  if (!valid8) {
                                    break;
                                  }
                                }
                                if (valid8) {
                                  let i6 = data11.length;
                                  let j2;
                                  if (i6 > 1) {
                                    outer2: for (const pair of firstDuplicate(data11)) {
                                      i6 = pair[0];
                                      j2 = pair[1];
                                      {
                                        if (true) {
                                          validate137.errors = [{ instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)" }];
                                          return false;
                                          break outer2;
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate137.errors = [{ instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid0 = _errs23 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.outputs !== void 0) {
                              let data13 = data.outputs;
                              const _errs26 = errors;
                              if (errors === _errs26) {
                                if (Array.isArray(data13)) {
                                  var valid10 = true;
                                  const len4 = data13.length;
                                  for (let i7 = 0; i7 < len4; i7++) {
                                    const _errs28 = errors;
                                    if (!validate152(data13[i7], { instancePath: instancePath + "/outputs/" + i7, parentData: data13, parentDataProperty: i7, rootData })) {
                                      vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid10 = _errs28 === errors;
                                    if (!valid10) {
                                      break;
                                    }
                                  }
                                  if (valid10) {
                                    let i8 = data13.length;
                                    let j3;
                                    if (i8 > 1) {
                                      outer3: for (const pair of firstDuplicate(data13)) {
                                        i8 = pair[0];
                                        j3 = pair[1];
                                        {
                                          if (true) {
                                            validate137.errors = [{ instancePath: instancePath + "/outputs", schemaPath: "#/properties/outputs/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i8 + " are identical)" }];
                                            return false;
                                            break outer3;
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate137.errors = [{ instancePath: instancePath + "/outputs", schemaPath: "#/properties/outputs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs26 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.timeStart !== void 0) {
                                let data15 = data.timeStart;
                                const _errs29 = errors;
                                if (errors === _errs29) {
                                  if (errors === _errs29) {
                                    if (typeof data15 === "string") {
                                      if (!formats0.validate(data15)) {
                                        validate137.errors = [{ instancePath: instancePath + "/timeStart", schemaPath: "#/properties/timeStart/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                        return false;
                                      }
                                    } else {
                                      validate137.errors = [{ instancePath: instancePath + "/timeStart", schemaPath: "#/properties/timeStart/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                }
                                var valid0 = _errs29 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.timeEnd !== void 0) {
                                  let data16 = data.timeEnd;
                                  const _errs31 = errors;
                                  if (errors === _errs31) {
                                    if (errors === _errs31) {
                                      if (typeof data16 === "string") {
                                        if (!formats0.validate(data16)) {
                                          validate137.errors = [{ instancePath: instancePath + "/timeEnd", schemaPath: "#/properties/timeEnd/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                          return false;
                                        }
                                      } else {
                                        validate137.errors = [{ instancePath: instancePath + "/timeEnd", schemaPath: "#/properties/timeEnd/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid0 = _errs31 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.workspaces !== void 0) {
                                    let data17 = data.workspaces;
                                    const _errs33 = errors;
                                    if (errors === _errs33) {
                                      if (Array.isArray(data17)) {
                                        var valid12 = true;
                                        const len5 = data17.length;
                                        for (let i9 = 0; i9 < len5; i9++) {
                                          const _errs35 = errors;
                                          if (!validate164(data17[i9], { instancePath: instancePath + "/workspaces/" + i9, parentData: data17, parentDataProperty: i9, rootData })) {
                                            vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid12 = _errs35 === errors;
                                          if (!valid12) {
                                            break;
                                          }
                                        }
                                        if (valid12) {
                                          let i10 = data17.length;
                                          let j4;
                                          if (i10 > 1) {
                                            outer4: for (const pair of firstDuplicate(data17)) {
                                              i10 = pair[0];
                                              j4 = pair[1];
                                              {
                                                if (true) {
                                                  validate137.errors = [{ instancePath: instancePath + "/workspaces", schemaPath: "#/properties/workspaces/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i10 + " are identical)" }];
                                                  return false;
                                                  break outer4;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        validate137.errors = [{ instancePath: instancePath + "/workspaces", schemaPath: "#/properties/workspaces/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs33 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.runtimeTopology !== void 0) {
                                      let data19 = data.runtimeTopology;
                                      const _errs36 = errors;
                                      if (errors === _errs36) {
                                        if (Array.isArray(data19)) {
                                          var valid14 = true;
                                          const len6 = data19.length;
                                          for (let i11 = 0; i11 < len6; i11++) {
                                            const _errs38 = errors;
                                            if (!validate103(data19[i11], { instancePath: instancePath + "/runtimeTopology/" + i11, parentData: data19, parentDataProperty: i11, rootData })) {
                                              vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                                              errors = vErrors.length;
                                            }
                                            var valid14 = _errs38 === errors;
                                            if (!valid14) {
                                              break;
                                            }
                                          }
                                          if (valid14) {
                                            let i12 = data19.length;
                                            let j5;
                                            if (i12 > 1) {
                                              outer5: for (const pair of firstDuplicate(data19)) {
                                                i12 = pair[0];
                                                j5 = pair[1];
                                                {
                                                  if (true) {
                                                    validate137.errors = [{ instancePath: instancePath + "/runtimeTopology", schemaPath: "#/properties/runtimeTopology/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i12 + " are identical)" }];
                                                    return false;
                                                    break outer5;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate137.errors = [{ instancePath: instancePath + "/runtimeTopology", schemaPath: "#/properties/runtimeTopology/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs36 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.properties !== void 0) {
                                        let data21 = data.properties;
                                        const _errs39 = errors;
                                        if (errors === _errs39) {
                                          if (Array.isArray(data21)) {
                                            var valid16 = true;
                                            const len7 = data21.length;
                                            for (let i13 = 0; i13 < len7; i13++) {
                                              let data22 = data21[i13];
                                              const _errs41 = errors;
                                              const _errs42 = errors;
                                              if (errors === _errs42) {
                                                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                                  if (data22.name !== void 0) {
                                                    const _errs44 = errors;
                                                    if (typeof data22.name !== "string") {
                                                      validate137.errors = [{ instancePath: instancePath + "/properties/" + i13 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid18 = _errs44 === errors;
                                                  } else {
                                                    var valid18 = true;
                                                  }
                                                  if (valid18) {
                                                    if (data22.value !== void 0) {
                                                      const _errs46 = errors;
                                                      if (typeof data22.value !== "string") {
                                                        validate137.errors = [{ instancePath: instancePath + "/properties/" + i13 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid18 = _errs46 === errors;
                                                    } else {
                                                      var valid18 = true;
                                                    }
                                                  }
                                                } else {
                                                  validate137.errors = [{ instancePath: instancePath + "/properties/" + i13, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid16 = _errs41 === errors;
                                              if (!valid16) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate137.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs39 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate137.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate137.errors = vErrors;
  return errors === 0;
}
function validate132(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["bom-ref"] === void 0 && (missing0 = "bom-ref") || data.uid === void 0 && (missing0 = "uid") || data.taskTypes === void 0 && (missing0 = "taskTypes")) {
        validate132.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func2.call(schema121.properties, key0)) {
            validate132.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data["bom-ref"] !== void 0) {
            let data0 = data["bom-ref"];
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === "string") {
                if (func5(data0) < 1) {
                  validate132.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate132.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.uid !== void 0) {
              const _errs5 = errors;
              if (typeof data.uid !== "string") {
                validate132.errors = [{ instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.name !== void 0) {
                const _errs7 = errors;
                if (typeof data.name !== "string") {
                  validate132.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.description !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.description !== "string") {
                    validate132.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.resourceReferences !== void 0) {
                    let data4 = data.resourceReferences;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (Array.isArray(data4)) {
                        var valid2 = true;
                        const len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs13 = errors;
                          if (!validate133(data4[i0], { instancePath: instancePath + "/resourceReferences/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
                            vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
                            errors = vErrors.length;
                          }
                          var valid2 = _errs13 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                        if (valid2) {
                          let i1 = data4.length;
                          let j0;
                          if (i1 > 1) {
                            outer0: for (const pair of firstDuplicate(data4)) {
                              i1 = pair[0];
                              j0 = pair[1];
                              {
                                if (true) {
                                  validate132.errors = [{ instancePath: instancePath + "/resourceReferences", schemaPath: "#/properties/resourceReferences/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                  return false;
                                  break outer0;
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate132.errors = [{ instancePath: instancePath + "/resourceReferences", schemaPath: "#/properties/resourceReferences/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.tasks !== void 0) {
                      let data6 = data.tasks;
                      const _errs14 = errors;
                      if (errors === _errs14) {
                        if (Array.isArray(data6)) {
                          var valid4 = true;
                          const len1 = data6.length;
                          for (let i2 = 0; i2 < len1; i2++) {
                            const _errs16 = errors;
                            if (!validate137(data6[i2], { instancePath: instancePath + "/tasks/" + i2, parentData: data6, parentDataProperty: i2, rootData })) {
                              vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
                              errors = vErrors.length;
                            }
                            var valid4 = _errs16 === errors;
                            if (!valid4) {
                              break;
                            }
                          }
                          if (valid4) {
                            let i3 = data6.length;
                            let j1;
                            if (i3 > 1) {
                              outer1: for (const pair of firstDuplicate(data6)) {
                                i3 = pair[0];
                                j1 = pair[1];
                                {
                                  if (true) {
                                    validate132.errors = [{ instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" }];
                                    return false;
                                    break outer1;
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate132.errors = [{ instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.taskDependencies !== void 0) {
                        let data8 = data.taskDependencies;
                        const _errs17 = errors;
                        if (errors === _errs17) {
                          if (Array.isArray(data8)) {
                            var valid6 = true;
                            const len2 = data8.length;
                            for (let i4 = 0; i4 < len2; i4++) {
                              const _errs19 = errors;
                              if (!validate103(data8[i4], { instancePath: instancePath + "/taskDependencies/" + i4, parentData: data8, parentDataProperty: i4, rootData })) {
                                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                                errors = vErrors.length;
                              }
                              var valid6 = _errs19 === errors;
                              if (!valid6) {
                                break;
                              }
                            }
                            if (valid6) {
                              let i5 = data8.length;
                              let j2;
                              if (i5 > 1) {
                                outer2: for (const pair of firstDuplicate(data8)) {
                                  i5 = pair[0];
                                  j2 = pair[1];
                                  {
                                    if (true) {
                                      validate132.errors = [{ instancePath: instancePath + "/taskDependencies", schemaPath: "#/properties/taskDependencies/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" }];
                                      return false;
                                      break outer2;
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate132.errors = [{ instancePath: instancePath + "/taskDependencies", schemaPath: "#/properties/taskDependencies/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.taskTypes !== void 0) {
                          let data10 = data.taskTypes;
                          const _errs20 = errors;
                          if (errors === _errs20) {
                            if (Array.isArray(data10)) {
                              var valid8 = true;
                              const len3 = data10.length;
                              for (let i6 = 0; i6 < len3; i6++) {
                                let data11 = data10[i6];
                                const _errs22 = errors;
                                if (typeof data11 !== "string") {
                                  validate132.errors = [{ instancePath: instancePath + "/taskTypes/" + i6, schemaPath: "#/definitions/taskType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                if (!(data11 === "copy" || data11 === "clone" || data11 === "lint" || data11 === "scan" || data11 === "merge" || data11 === "build" || data11 === "test" || data11 === "deliver" || data11 === "deploy" || data11 === "release" || data11 === "clean" || data11 === "other")) {
                                  validate132.errors = [{ instancePath: instancePath + "/taskTypes/" + i6, schemaPath: "#/definitions/taskType/enum", keyword: "enum", params: { allowedValues: schema127.enum }, message: "must be equal to one of the allowed values" }];
                                  return false;
                                }
                                var valid8 = _errs22 === errors;
                                if (!valid8) {
                                  break;
                                }
                              }
                            } else {
                              validate132.errors = [{ instancePath: instancePath + "/taskTypes", schemaPath: "#/properties/taskTypes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid0 = _errs20 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.trigger !== void 0) {
                            const _errs25 = errors;
                            if (!validate139(data.trigger, { instancePath: instancePath + "/trigger", parentData: data, parentDataProperty: "trigger", rootData })) {
                              vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs25 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.steps !== void 0) {
                              let data13 = data.steps;
                              const _errs26 = errors;
                              if (errors === _errs26) {
                                if (Array.isArray(data13)) {
                                  var valid10 = true;
                                  const len4 = data13.length;
                                  for (let i7 = 0; i7 < len4; i7++) {
                                    const _errs28 = errors;
                                    if (!validate158(data13[i7], { instancePath: instancePath + "/steps/" + i7, parentData: data13, parentDataProperty: i7, rootData })) {
                                      vErrors = vErrors === null ? validate158.errors : vErrors.concat(validate158.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid10 = _errs28 === errors;
                                    if (!valid10) {
                                      break;
                                    }
                                  }
                                  if (valid10) {
                                    let i8 = data13.length;
                                    let j3;
                                    if (i8 > 1) {
                                      outer3: for (const pair of firstDuplicate(data13)) {
                                        i8 = pair[0];
                                        j3 = pair[1];
                                        {
                                          if (true) {
                                            validate132.errors = [{ instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i8 + " are identical)" }];
                                            return false;
                                            break outer3;
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate132.errors = [{ instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs26 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.inputs !== void 0) {
                                let data15 = data.inputs;
                                const _errs29 = errors;
                                if (errors === _errs29) {
                                  if (Array.isArray(data15)) {
                                    var valid12 = true;
                                    const len5 = data15.length;
                                    for (let i9 = 0; i9 < len5; i9++) {
                                      const _errs31 = errors;
                                      if (!validate147(data15[i9], { instancePath: instancePath + "/inputs/" + i9, parentData: data15, parentDataProperty: i9, rootData })) {
                                        vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid12 = _errs31 === errors;
                                      if (!valid12) {
                                        break;
                                      }
                                    }
                                    if (valid12) {
                                      let i10 = data15.length;
                                      let j4;
                                      if (i10 > 1) {
                                        outer4: for (const pair of firstDuplicate(data15)) {
                                          i10 = pair[0];
                                          j4 = pair[1];
                                          {
                                            if (true) {
                                              validate132.errors = [{ instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i10 + " are identical)" }];
                                              return false;
                                              break outer4;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate132.errors = [{ instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs29 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.outputs !== void 0) {
                                  let data17 = data.outputs;
                                  const _errs32 = errors;
                                  if (errors === _errs32) {
                                    if (Array.isArray(data17)) {
                                      var valid14 = true;
                                      const len6 = data17.length;
                                      for (let i11 = 0; i11 < len6; i11++) {
                                        const _errs34 = errors;
                                        if (!validate152(data17[i11], { instancePath: instancePath + "/outputs/" + i11, parentData: data17, parentDataProperty: i11, rootData })) {
                                          vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
                                          errors = vErrors.length;
                                        }
                                        var valid14 = _errs34 === errors;
                                        if (!valid14) {
                                          break;
                                        }
                                      }
                                      if (valid14) {
                                        let i12 = data17.length;
                                        let j5;
                                        if (i12 > 1) {
                                          outer5: for (const pair of firstDuplicate(data17)) {
                                            i12 = pair[0];
                                            j5 = pair[1];
                                            {
                                              if (true) {
                                                validate132.errors = [{ instancePath: instancePath + "/outputs", schemaPath: "#/properties/outputs/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i12 + " are identical)" }];
                                                return false;
                                                break outer5;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate132.errors = [{ instancePath: instancePath + "/outputs", schemaPath: "#/properties/outputs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs32 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.timeStart !== void 0) {
                                    let data19 = data.timeStart;
                                    const _errs35 = errors;
                                    if (errors === _errs35) {
                                      if (errors === _errs35) {
                                        if (typeof data19 === "string") {
                                          if (!formats0.validate(data19)) {
                                            validate132.errors = [{ instancePath: instancePath + "/timeStart", schemaPath: "#/properties/timeStart/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                            return false;
                                          }
                                        } else {
                                          validate132.errors = [{ instancePath: instancePath + "/timeStart", schemaPath: "#/properties/timeStart/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid0 = _errs35 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.timeEnd !== void 0) {
                                      let data20 = data.timeEnd;
                                      const _errs37 = errors;
                                      if (errors === _errs37) {
                                        if (errors === _errs37) {
                                          if (typeof data20 === "string") {
                                            if (!formats0.validate(data20)) {
                                              validate132.errors = [{ instancePath: instancePath + "/timeEnd", schemaPath: "#/properties/timeEnd/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                              return false;
                                            }
                                          } else {
                                            validate132.errors = [{ instancePath: instancePath + "/timeEnd", schemaPath: "#/properties/timeEnd/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                      }
                                      var valid0 = _errs37 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.workspaces !== void 0) {
                                        let data21 = data.workspaces;
                                        const _errs39 = errors;
                                        if (errors === _errs39) {
                                          if (Array.isArray(data21)) {
                                            var valid16 = true;
                                            const len7 = data21.length;
                                            for (let i13 = 0; i13 < len7; i13++) {
                                              const _errs41 = errors;
                                              if (!validate164(data21[i13], { instancePath: instancePath + "/workspaces/" + i13, parentData: data21, parentDataProperty: i13, rootData })) {
                                                vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
                                                errors = vErrors.length;
                                              }
                                              var valid16 = _errs41 === errors;
                                              if (!valid16) {
                                                break;
                                              }
                                            }
                                            if (valid16) {
                                              let i14 = data21.length;
                                              let j6;
                                              if (i14 > 1) {
                                                outer6: for (const pair of firstDuplicate(data21)) {
                                                  i14 = pair[0];
                                                  j6 = pair[1];
                                                  {
                                                    if (true) {
                                                      validate132.errors = [{ instancePath: instancePath + "/workspaces", schemaPath: "#/properties/workspaces/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i14 + " are identical)" }];
                                                      return false;
                                                      break outer6;
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate132.errors = [{ instancePath: instancePath + "/workspaces", schemaPath: "#/properties/workspaces/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs39 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.runtimeTopology !== void 0) {
                                          let data23 = data.runtimeTopology;
                                          const _errs42 = errors;
                                          if (errors === _errs42) {
                                            if (Array.isArray(data23)) {
                                              var valid18 = true;
                                              const len8 = data23.length;
                                              for (let i15 = 0; i15 < len8; i15++) {
                                                const _errs44 = errors;
                                                if (!validate103(data23[i15], { instancePath: instancePath + "/runtimeTopology/" + i15, parentData: data23, parentDataProperty: i15, rootData })) {
                                                  vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                                                  errors = vErrors.length;
                                                }
                                                var valid18 = _errs44 === errors;
                                                if (!valid18) {
                                                  break;
                                                }
                                              }
                                              if (valid18) {
                                                let i16 = data23.length;
                                                let j7;
                                                if (i16 > 1) {
                                                  outer7: for (const pair of firstDuplicate(data23)) {
                                                    i16 = pair[0];
                                                    j7 = pair[1];
                                                    {
                                                      if (true) {
                                                        validate132.errors = [{ instancePath: instancePath + "/runtimeTopology", schemaPath: "#/properties/runtimeTopology/uniqueItems", keyword: "uniqueItems", params: { i: i16, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i16 + " are identical)" }];
                                                        return false;
                                                        break outer7;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate132.errors = [{ instancePath: instancePath + "/runtimeTopology", schemaPath: "#/properties/runtimeTopology/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid0 = _errs42 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.properties !== void 0) {
                                            let data25 = data.properties;
                                            const _errs45 = errors;
                                            if (errors === _errs45) {
                                              if (Array.isArray(data25)) {
                                                var valid20 = true;
                                                const len9 = data25.length;
                                                for (let i17 = 0; i17 < len9; i17++) {
                                                  let data26 = data25[i17];
                                                  const _errs47 = errors;
                                                  const _errs48 = errors;
                                                  if (errors === _errs48) {
                                                    if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                                      if (data26.name !== void 0) {
                                                        const _errs50 = errors;
                                                        if (typeof data26.name !== "string") {
                                                          validate132.errors = [{ instancePath: instancePath + "/properties/" + i17 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid22 = _errs50 === errors;
                                                      } else {
                                                        var valid22 = true;
                                                      }
                                                      if (valid22) {
                                                        if (data26.value !== void 0) {
                                                          const _errs52 = errors;
                                                          if (typeof data26.value !== "string") {
                                                            validate132.errors = [{ instancePath: instancePath + "/properties/" + i17 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          var valid22 = _errs52 === errors;
                                                        } else {
                                                          var valid22 = true;
                                                        }
                                                      }
                                                    } else {
                                                      validate132.errors = [{ instancePath: instancePath + "/properties/" + i17, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid20 = _errs47 === errors;
                                                  if (!valid20) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate132.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid0 = _errs45 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate132.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate132.errors = vErrors;
  return errors === 0;
}
function validate129(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "bom-ref" || key0 === "components" || key0 === "services" || key0 === "workflows" || key0 === "properties")) {
          validate129.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data["bom-ref"] !== void 0) {
          let data0 = data["bom-ref"];
          const _errs2 = errors;
          const _errs3 = errors;
          if (errors === _errs3) {
            if (typeof data0 === "string") {
              if (func5(data0) < 1) {
                validate129.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            } else {
              validate129.errors = [{ instancePath: instancePath + "/bom-ref", schemaPath: "#/definitions/refType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.components !== void 0) {
            let data1 = data.components;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (Array.isArray(data1)) {
                var valid2 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs7 = errors;
                  if (!validate12(data1[i0], { instancePath: instancePath + "/components/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                    vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                    errors = vErrors.length;
                  }
                  var valid2 = _errs7 === errors;
                  if (!valid2) {
                    break;
                  }
                }
                if (valid2) {
                  let i1 = data1.length;
                  let j0;
                  if (i1 > 1) {
                    outer0: for (const pair of firstDuplicate(data1)) {
                      i1 = pair[0];
                      j0 = pair[1];
                      {
                        if (true) {
                          validate129.errors = [{ instancePath: instancePath + "/components", schemaPath: "#/properties/components/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                          return false;
                          break outer0;
                        }
                      }
                    }
                  }
                }
              } else {
                validate129.errors = [{ instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.services !== void 0) {
              let data3 = data.services;
              const _errs8 = errors;
              if (errors === _errs8) {
                if (Array.isArray(data3)) {
                  var valid4 = true;
                  const len1 = data3.length;
                  for (let i2 = 0; i2 < len1; i2++) {
                    const _errs10 = errors;
                    if (!validate80(data3[i2], { instancePath: instancePath + "/services/" + i2, parentData: data3, parentDataProperty: i2, rootData })) {
                      vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
                      errors = vErrors.length;
                    }
                    var valid4 = _errs10 === errors;
                    if (!valid4) {
                      break;
                    }
                  }
                  if (valid4) {
                    let i3 = data3.length;
                    let j1;
                    if (i3 > 1) {
                      outer1: for (const pair of firstDuplicate(data3)) {
                        i3 = pair[0];
                        j1 = pair[1];
                        {
                          if (true) {
                            validate129.errors = [{ instancePath: instancePath + "/services", schemaPath: "#/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" }];
                            return false;
                            break outer1;
                          }
                        }
                      }
                    }
                  }
                } else {
                  validate129.errors = [{ instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs8 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.workflows !== void 0) {
                let data5 = data.workflows;
                const _errs11 = errors;
                if (errors === _errs11) {
                  if (Array.isArray(data5)) {
                    var valid6 = true;
                    const len2 = data5.length;
                    for (let i4 = 0; i4 < len2; i4++) {
                      const _errs13 = errors;
                      if (!validate132(data5[i4], { instancePath: instancePath + "/workflows/" + i4, parentData: data5, parentDataProperty: i4, rootData })) {
                        vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
                        errors = vErrors.length;
                      }
                      var valid6 = _errs13 === errors;
                      if (!valid6) {
                        break;
                      }
                    }
                    if (valid6) {
                      let i5 = data5.length;
                      let j2;
                      if (i5 > 1) {
                        outer2: for (const pair of firstDuplicate(data5)) {
                          i5 = pair[0];
                          j2 = pair[1];
                          {
                            if (true) {
                              validate129.errors = [{ instancePath: instancePath + "/workflows", schemaPath: "#/properties/workflows/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" }];
                              return false;
                              break outer2;
                            }
                          }
                        }
                      }
                    }
                  } else {
                    validate129.errors = [{ instancePath: instancePath + "/workflows", schemaPath: "#/properties/workflows/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs11 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.properties !== void 0) {
                  let data7 = data.properties;
                  const _errs14 = errors;
                  if (errors === _errs14) {
                    if (Array.isArray(data7)) {
                      var valid8 = true;
                      const len3 = data7.length;
                      for (let i6 = 0; i6 < len3; i6++) {
                        let data8 = data7[i6];
                        const _errs16 = errors;
                        const _errs17 = errors;
                        if (errors === _errs17) {
                          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                            if (data8.name !== void 0) {
                              const _errs19 = errors;
                              if (typeof data8.name !== "string") {
                                validate129.errors = [{ instancePath: instancePath + "/properties/" + i6 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid10 = _errs19 === errors;
                            } else {
                              var valid10 = true;
                            }
                            if (valid10) {
                              if (data8.value !== void 0) {
                                const _errs21 = errors;
                                if (typeof data8.value !== "string") {
                                  validate129.errors = [{ instancePath: instancePath + "/properties/" + i6 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid10 = _errs21 === errors;
                              } else {
                                var valid10 = true;
                              }
                            }
                          } else {
                            validate129.errors = [{ instancePath: instancePath + "/properties/" + i6, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid8 = _errs16 === errors;
                        if (!valid8) {
                          break;
                        }
                      }
                    } else {
                      validate129.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs14 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate129.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate129.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.bomFormat === void 0 && (missing0 = "bomFormat") || data.specVersion === void 0 && (missing0 = "specVersion")) {
        validate10.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func2.call(schema11.properties, key0)) {
            validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.$schema !== void 0) {
            const _errs2 = errors;
            if (typeof data.$schema !== "string") {
              validate10.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.bomFormat !== void 0) {
              let data1 = data.bomFormat;
              const _errs4 = errors;
              if (typeof data1 !== "string") {
                validate10.errors = [{ instancePath: instancePath + "/bomFormat", schemaPath: "#/properties/bomFormat/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              if (!(data1 === "CycloneDX")) {
                validate10.errors = [{ instancePath: instancePath + "/bomFormat", schemaPath: "#/properties/bomFormat/enum", keyword: "enum", params: { allowedValues: schema11.properties.bomFormat.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.specVersion !== void 0) {
                const _errs6 = errors;
                if (typeof data.specVersion !== "string") {
                  validate10.errors = [{ instancePath: instancePath + "/specVersion", schemaPath: "#/properties/specVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.serialNumber !== void 0) {
                  let data3 = data.serialNumber;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (typeof data3 === "string") {
                      if (!pattern0.test(data3)) {
                        validate10.errors = [{ instancePath: instancePath + "/serialNumber", schemaPath: "#/properties/serialNumber/pattern", keyword: "pattern", params: { pattern: "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$" }, message: 'must match pattern "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"' }];
                        return false;
                      }
                    } else {
                      validate10.errors = [{ instancePath: instancePath + "/serialNumber", schemaPath: "#/properties/serialNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.version !== void 0) {
                    let data4 = data.version;
                    const _errs10 = errors;
                    if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
                      validate10.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    if (errors === _errs10) {
                      if (typeof data4 == "number") {
                        if (data4 < 1 || isNaN(data4)) {
                          validate10.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                          return false;
                        }
                      }
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.metadata !== void 0) {
                      const _errs12 = errors;
                      if (!validate11(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
                        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.components !== void 0) {
                        let data6 = data.components;
                        const _errs13 = errors;
                        if (errors === _errs13) {
                          if (Array.isArray(data6)) {
                            var valid1 = true;
                            const len0 = data6.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs15 = errors;
                              if (!validate12(data6[i0], { instancePath: instancePath + "/components/" + i0, parentData: data6, parentDataProperty: i0, rootData })) {
                                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                                errors = vErrors.length;
                              }
                              var valid1 = _errs15 === errors;
                              if (!valid1) {
                                break;
                              }
                            }
                            if (valid1) {
                              let i1 = data6.length;
                              let j0;
                              if (i1 > 1) {
                                outer0: for (const pair of firstDuplicate(data6)) {
                                  i1 = pair[0];
                                  j0 = pair[1];
                                  {
                                    if (true) {
                                      validate10.errors = [{ instancePath: instancePath + "/components", schemaPath: "#/properties/components/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                      return false;
                                      break outer0;
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate10.errors = [{ instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.services !== void 0) {
                          let data8 = data.services;
                          const _errs16 = errors;
                          if (errors === _errs16) {
                            if (Array.isArray(data8)) {
                              var valid3 = true;
                              const len1 = data8.length;
                              for (let i2 = 0; i2 < len1; i2++) {
                                const _errs18 = errors;
                                if (!validate80(data8[i2], { instancePath: instancePath + "/services/" + i2, parentData: data8, parentDataProperty: i2, rootData })) {
                                  vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
                                  errors = vErrors.length;
                                }
                                var valid3 = _errs18 === errors;
                                if (!valid3) {
                                  break;
                                }
                              }
                              if (valid3) {
                                let i3 = data8.length;
                                let j1;
                                if (i3 > 1) {
                                  outer1: for (const pair of firstDuplicate(data8)) {
                                    i3 = pair[0];
                                    j1 = pair[1];
                                    {
                                      if (true) {
                                        validate10.errors = [{ instancePath: instancePath + "/services", schemaPath: "#/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" }];
                                        return false;
                                        break outer1;
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate10.errors = [{ instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid0 = _errs16 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.externalReferences !== void 0) {
                            let data10 = data.externalReferences;
                            const _errs19 = errors;
                            if (errors === _errs19) {
                              if (Array.isArray(data10)) {
                                var valid5 = true;
                                const len2 = data10.length;
                                for (let i4 = 0; i4 < len2; i4++) {
                                  const _errs21 = errors;
                                  if (!validate37(data10[i4], { instancePath: instancePath + "/externalReferences/" + i4, parentData: data10, parentDataProperty: i4, rootData })) {
                                    vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid5 = _errs21 === errors;
                                  if (!valid5) {
                                    break;
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/externalReferences", schemaPath: "#/properties/externalReferences/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid0 = _errs19 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.dependencies !== void 0) {
                              let data12 = data.dependencies;
                              const _errs22 = errors;
                              if (errors === _errs22) {
                                if (Array.isArray(data12)) {
                                  var valid6 = true;
                                  const len3 = data12.length;
                                  for (let i5 = 0; i5 < len3; i5++) {
                                    const _errs24 = errors;
                                    if (!validate103(data12[i5], { instancePath: instancePath + "/dependencies/" + i5, parentData: data12, parentDataProperty: i5, rootData })) {
                                      vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid6 = _errs24 === errors;
                                    if (!valid6) {
                                      break;
                                    }
                                  }
                                  if (valid6) {
                                    let i6 = data12.length;
                                    let j2;
                                    if (i6 > 1) {
                                      outer2: for (const pair of firstDuplicate(data12)) {
                                        i6 = pair[0];
                                        j2 = pair[1];
                                        {
                                          if (true) {
                                            validate10.errors = [{ instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)" }];
                                            return false;
                                            break outer2;
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs22 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.compositions !== void 0) {
                                let data14 = data.compositions;
                                const _errs25 = errors;
                                if (errors === _errs25) {
                                  if (Array.isArray(data14)) {
                                    var valid8 = true;
                                    const len4 = data14.length;
                                    for (let i7 = 0; i7 < len4; i7++) {
                                      const _errs27 = errors;
                                      if (!validate107(data14[i7], { instancePath: instancePath + "/compositions/" + i7, parentData: data14, parentDataProperty: i7, rootData })) {
                                        vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid8 = _errs27 === errors;
                                      if (!valid8) {
                                        break;
                                      }
                                    }
                                    if (valid8) {
                                      let i8 = data14.length;
                                      let j3;
                                      if (i8 > 1) {
                                        outer3: for (const pair of firstDuplicate(data14)) {
                                          i8 = pair[0];
                                          j3 = pair[1];
                                          {
                                            if (true) {
                                              validate10.errors = [{ instancePath: instancePath + "/compositions", schemaPath: "#/properties/compositions/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i8 + " are identical)" }];
                                              return false;
                                              break outer3;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/compositions", schemaPath: "#/properties/compositions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs25 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.vulnerabilities !== void 0) {
                                  let data16 = data.vulnerabilities;
                                  const _errs28 = errors;
                                  if (errors === _errs28) {
                                    if (Array.isArray(data16)) {
                                      var valid10 = true;
                                      const len5 = data16.length;
                                      for (let i9 = 0; i9 < len5; i9++) {
                                        const _errs30 = errors;
                                        if (!validate111(data16[i9], { instancePath: instancePath + "/vulnerabilities/" + i9, parentData: data16, parentDataProperty: i9, rootData })) {
                                          vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
                                          errors = vErrors.length;
                                        }
                                        var valid10 = _errs30 === errors;
                                        if (!valid10) {
                                          break;
                                        }
                                      }
                                      if (valid10) {
                                        let i10 = data16.length;
                                        let j4;
                                        if (i10 > 1) {
                                          outer4: for (const pair of firstDuplicate(data16)) {
                                            i10 = pair[0];
                                            j4 = pair[1];
                                            {
                                              if (true) {
                                                validate10.errors = [{ instancePath: instancePath + "/vulnerabilities", schemaPath: "#/properties/vulnerabilities/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i10 + " are identical)" }];
                                                return false;
                                                break outer4;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate10.errors = [{ instancePath: instancePath + "/vulnerabilities", schemaPath: "#/properties/vulnerabilities/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs28 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.annotations !== void 0) {
                                    let data18 = data.annotations;
                                    const _errs31 = errors;
                                    if (errors === _errs31) {
                                      if (Array.isArray(data18)) {
                                        var valid12 = true;
                                        const len6 = data18.length;
                                        for (let i11 = 0; i11 < len6; i11++) {
                                          const _errs33 = errors;
                                          if (!validate121(data18[i11], { instancePath: instancePath + "/annotations/" + i11, parentData: data18, parentDataProperty: i11, rootData })) {
                                            vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid12 = _errs33 === errors;
                                          if (!valid12) {
                                            break;
                                          }
                                        }
                                        if (valid12) {
                                          let i12 = data18.length;
                                          let j5;
                                          if (i12 > 1) {
                                            outer5: for (const pair of firstDuplicate(data18)) {
                                              i12 = pair[0];
                                              j5 = pair[1];
                                              {
                                                if (true) {
                                                  validate10.errors = [{ instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i12 + " are identical)" }];
                                                  return false;
                                                  break outer5;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs31 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.formulation !== void 0) {
                                      let data20 = data.formulation;
                                      const _errs34 = errors;
                                      if (errors === _errs34) {
                                        if (Array.isArray(data20)) {
                                          var valid14 = true;
                                          const len7 = data20.length;
                                          for (let i13 = 0; i13 < len7; i13++) {
                                            const _errs36 = errors;
                                            if (!validate129(data20[i13], { instancePath: instancePath + "/formulation/" + i13, parentData: data20, parentDataProperty: i13, rootData })) {
                                              vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
                                              errors = vErrors.length;
                                            }
                                            var valid14 = _errs36 === errors;
                                            if (!valid14) {
                                              break;
                                            }
                                          }
                                          if (valid14) {
                                            let i14 = data20.length;
                                            let j6;
                                            if (i14 > 1) {
                                              outer6: for (const pair of firstDuplicate(data20)) {
                                                i14 = pair[0];
                                                j6 = pair[1];
                                                {
                                                  if (true) {
                                                    validate10.errors = [{ instancePath: instancePath + "/formulation", schemaPath: "#/properties/formulation/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i14 + " are identical)" }];
                                                    return false;
                                                    break outer6;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/formulation", schemaPath: "#/properties/formulation/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs34 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.properties !== void 0) {
                                        let data22 = data.properties;
                                        const _errs37 = errors;
                                        if (errors === _errs37) {
                                          if (Array.isArray(data22)) {
                                            var valid16 = true;
                                            const len8 = data22.length;
                                            for (let i15 = 0; i15 < len8; i15++) {
                                              let data23 = data22[i15];
                                              const _errs39 = errors;
                                              const _errs40 = errors;
                                              if (errors === _errs40) {
                                                if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                                  if (data23.name !== void 0) {
                                                    const _errs42 = errors;
                                                    if (typeof data23.name !== "string") {
                                                      validate10.errors = [{ instancePath: instancePath + "/properties/" + i15 + "/name", schemaPath: "#/definitions/property/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid18 = _errs42 === errors;
                                                  } else {
                                                    var valid18 = true;
                                                  }
                                                  if (valid18) {
                                                    if (data23.value !== void 0) {
                                                      const _errs44 = errors;
                                                      if (typeof data23.value !== "string") {
                                                        validate10.errors = [{ instancePath: instancePath + "/properties/" + i15 + "/value", schemaPath: "#/definitions/property/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid18 = _errs44 === errors;
                                                    } else {
                                                      var valid18 = true;
                                                    }
                                                  }
                                                } else {
                                                  validate10.errors = [{ instancePath: instancePath + "/properties/" + i15, schemaPath: "#/definitions/property/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid16 = _errs39 === errors;
                                              if (!valid16) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs37 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.signature !== void 0) {
                                          const _errs46 = errors;
                                          if (!validate71(data.signature, { instancePath: instancePath + "/signature", parentData: data, parentDataProperty: "signature", rootData })) {
                                            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid0 = _errs46 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var enumSets = /* @__PURE__ */ new WeakMap();
function enumHas(values, data, equal) {
  let set = enumSets.get(values);
  if (set === void 0) {
    set = values.every((value) => value === null || typeof value !== "object") ? new Set(values) : null;
    enumSets.set(values, set);
  }
  if (set !== null) return set.has(data);
  return values.some((value) => equal(data, value));
}
function canonicalKey(value) {
  if (Array.isArray(value)) return "[" + value.map(canonicalKey).join(",") + "]";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  return "{" + Object.keys(value).sort().map((key) => JSON.stringify(key) + ":" + canonicalKey(value[key])).join(",") + "}";
}
function bucketKey(value) {
  if (value === null || typeof value !== "object") return typeof value + ":" + value;
  let key = (Array.isArray(value) ? "[" : "{") + JSON.stringify(value).length;
  if (Array.isArray(value)) return key;
  for (const name of Object.keys(value).sort()) {
    const item = value[name];
    if (item === null || typeof item !== "object") key += "\0" + name + "=" + typeof item + ":" + item;
  }
  return key;
}
function firstDuplicate(items) {
  if (items.length < 2) return [];
  const buckets = /* @__PURE__ */ new Map();
  for (let index = items.length - 1; index >= 0; index--) {
    const key = bucketKey(items[index]);
    const bucket = buckets.get(key);
    if (bucket === void 0) buckets.set(key, [index]);
    else bucket.push(index);
  }
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    const seen = /* @__PURE__ */ new Map();
    for (const index of bucket) {
      const key = canonicalKey(items[index]);
      const later = seen.get(key);
      if (later !== void 0) return [[later, index]];
      seen.set(key, index);
    }
  }
  return [];
}
export {
  cyclonedx_1_5_default as default,
  validate
};
