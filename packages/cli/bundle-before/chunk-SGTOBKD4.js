import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  require_affect,
  require_license,
  require_lifecycle,
  require_spdx,
  require_tool
} from "./chunk-PXBQLHYY.js";
import {
  require_enums,
  require_tree
} from "./chunk-3HASGKUE.js";
import {
  __commonJS
} from "./chunk-TQAJVIUW.js";

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/iterable.js
var require_iterable = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/iterable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.chainI = chainI;
    function* chainI(...iterables) {
      for (const iterable of iterables) {
        yield* iterable;
      }
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/notUndefined.js
var require_notUndefined = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/notUndefined.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isNotUndefined = isNotUndefined;
    function isNotUndefined(value) {
      return value !== void 0;
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/uri.js
var require_uri = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.escapeUri = escapeUri;
    var _ESCAPES = [
      [/ /g, "%20"],
      [/"/g, "%22"],
      [/'/g, "%27"],
      [/\[/g, "%5B"],
      [/]/g, "%5D"],
      [/</g, "%3C"],
      [/>/g, "%3E"],
      [/\{/g, "%7B"],
      [/}/g, "%7D"]
    ];
    function escapeUri(value) {
      if (value === void 0) {
        return value;
      }
      for (const [s, r] of _ESCAPES) {
        value = value.replace(s, r);
      }
      return value;
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/json/types.js
var require_types = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/json/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JsonSchema = void 0;
    var JsonSchema;
    (function(JsonSchema2) {
      function isIriReference(value) {
        return typeof value === "string" && value.length > 0;
      }
      JsonSchema2.isIriReference = isIriReference;
      function isIdnEmail(value) {
        return typeof value === "string" && value.length > 0;
      }
      JsonSchema2.isIdnEmail = isIdnEmail;
    })(JsonSchema || (exports.JsonSchema = JsonSchema = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/json/normalize.js
var require_normalize = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/json/normalize.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VulnerabilityAnalysisNormalizer = exports.VulnerabilityAffectedVersionNormalizer = exports.VulnerabilityAffectNormalizer = exports.VulnerabilityCreditsNormalizer = exports.VulnerabilityAdvisoryNormalizer = exports.VulnerabilityRatingNormalizer = exports.VulnerabilityReferenceNormalizer = exports.VulnerabilitySourceNormalizer = exports.VulnerabilityNormalizer = exports.DependencyGraphNormalizer = exports.PropertyNormalizer = exports.AttachmentNormalizer = exports.ExternalReferenceNormalizer = exports.SWIDNormalizer = exports.LicenseNormalizer = exports.ComponentEvidenceNormalizer = exports.ServiceNormalizer = exports.ComponentNormalizer = exports.OrganizationalEntityNormalizer = exports.OrganizationalContactNormalizer = exports.HashNormalizer = exports.ToolsNormalizer = exports.ToolNormalizer = exports.LifecycleNormalizer = exports.MetadataNormalizer = exports.BomNormalizer = exports.Factory = void 0;
    var iterable_1 = require_iterable();
    var notUndefined_1 = require_notUndefined();
    var tree_1 = require_tree();
    var uri_1 = require_uri();
    var license_1 = require_license();
    var lifecycle_1 = require_lifecycle();
    var tool_1 = require_tool();
    var affect_1 = require_affect();
    var spdx_1 = require_spdx();
    var enums_1 = require_enums();
    var types_1 = require_types();
    var Factory = class {
      #spec;
      constructor(spec) {
        this.#spec = spec;
      }
      get spec() {
        return this.#spec;
      }
      makeForBom() {
        return new BomNormalizer(this);
      }
      makeForMetadata() {
        return new MetadataNormalizer(this);
      }
      makeForComponent() {
        return new ComponentNormalizer(this);
      }
      makeForService() {
        return new ServiceNormalizer(this);
      }
      makeForComponentEvidence() {
        return new ComponentEvidenceNormalizer(this);
      }
      makeForLifecycle() {
        return new LifecycleNormalizer(this);
      }
      makeForTool() {
        return new ToolNormalizer(this);
      }
      makeForTools() {
        return new ToolsNormalizer(this);
      }
      makeForOrganizationalContact() {
        return new OrganizationalContactNormalizer(this);
      }
      makeForOrganizationalEntity() {
        return new OrganizationalEntityNormalizer(this);
      }
      makeForHash() {
        return new HashNormalizer(this);
      }
      makeForLicense() {
        return new LicenseNormalizer(this);
      }
      makeForSWID() {
        return new SWIDNormalizer(this);
      }
      makeForExternalReference() {
        return new ExternalReferenceNormalizer(this);
      }
      makeForAttachment() {
        return new AttachmentNormalizer(this);
      }
      makeForProperty() {
        return new PropertyNormalizer(this);
      }
      makeForDependencyGraph() {
        return new DependencyGraphNormalizer(this);
      }
      makeForVulnerability() {
        return new VulnerabilityNormalizer(this);
      }
      makeForVulnerabilitySource() {
        return new VulnerabilitySourceNormalizer(this);
      }
      makeForVulnerabilityReference() {
        return new VulnerabilityReferenceNormalizer(this);
      }
      makeForVulnerabilityRating() {
        return new VulnerabilityRatingNormalizer(this);
      }
      makeForVulnerabilityAdvisory() {
        return new VulnerabilityAdvisoryNormalizer(this);
      }
      makeForVulnerabilityCredits() {
        return new VulnerabilityCreditsNormalizer(this);
      }
      makeForVulnerabilityAffect() {
        return new VulnerabilityAffectNormalizer(this);
      }
      makeForVulnerabilityAffectedVersion() {
        return new VulnerabilityAffectedVersionNormalizer(this);
      }
      makeForVulnerabilityAnalysis() {
        return new VulnerabilityAnalysisNormalizer(this);
      }
    };
    exports.Factory = Factory;
    var schemaUrl = /* @__PURE__ */ new Map([
      [enums_1.Version.v1dot7, "http://cyclonedx.org/schema/bom-1.7.schema.json"],
      [enums_1.Version.v1dot6, "http://cyclonedx.org/schema/bom-1.6.schema.json"],
      [enums_1.Version.v1dot5, "http://cyclonedx.org/schema/bom-1.5.schema.json"],
      [enums_1.Version.v1dot4, "http://cyclonedx.org/schema/bom-1.4.schema.json"],
      [enums_1.Version.v1dot3, "http://cyclonedx.org/schema/bom-1.3a.schema.json"],
      [enums_1.Version.v1dot2, "http://cyclonedx.org/schema/bom-1.2b.schema.json"]
    ]);
    var BaseJsonNormalizer = class {
      _factory;
      constructor(factory) {
        this._factory = factory;
      }
      get factory() {
        return this._factory;
      }
    };
    var BomNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          $schema: schemaUrl.get(this._factory.spec.version),
          bomFormat: "CycloneDX",
          specVersion: this._factory.spec.version,
          version: data.version,
          serialNumber: this.#isEligibleSerialNumber(data.serialNumber) ? data.serialNumber : void 0,
          metadata: this._factory.makeForMetadata().normalize(data.metadata, options),
          components: data.components.size > 0 ? this._factory.makeForComponent().normalizeIterable(data.components, options) : [],
          services: this._factory.spec.supportsServices && data.services.size > 0 ? this._factory.makeForService().normalizeIterable(data.services, options) : void 0,
          dependencies: this._factory.spec.supportsDependencyGraph ? this._factory.makeForDependencyGraph().normalize(data, options) : void 0,
          vulnerabilities: this._factory.spec.supportsVulnerabilities && data.vulnerabilities.size > 0 ? this._factory.makeForVulnerability().normalizeIterable(data.vulnerabilities, options) : void 0
        };
      }
      #isEligibleSerialNumber(v) {
        return v !== void 0 && /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v);
      }
    };
    exports.BomNormalizer = BomNormalizer;
    var MetadataNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const orgEntityNormalizer = this._factory.makeForOrganizationalEntity();
        return {
          timestamp: data.timestamp?.toISOString(),
          lifecycles: this._factory.spec.supportsMetadataLifecycles && data.lifecycles.size > 0 ? this._factory.makeForLifecycle().normalizeIterable(data.lifecycles, options) : void 0,
          tools: data.tools.size > 0 ? this._factory.makeForTools().normalize(data.tools, options) : void 0,
          authors: data.authors.size > 0 ? this._factory.makeForOrganizationalContact().normalizeIterable(data.authors, options) : void 0,
          component: data.component === void 0 ? void 0 : this._factory.makeForComponent().normalize(data.component, options),
          manufacture: data.manufacture === void 0 ? void 0 : orgEntityNormalizer.normalize(data.manufacture, options),
          supplier: data.supplier === void 0 ? void 0 : orgEntityNormalizer.normalize(data.supplier, options),
          licenses: this._factory.spec.supportsMetadataLicenses && data.licenses.size > 0 ? this._factory.makeForLicense().normalizeIterable(data.licenses, options) : void 0,
          properties: this._factory.spec.supportsMetadataProperties && data.properties.size > 0 ? this._factory.makeForProperty().normalizeIterable(data.properties, options) : void 0
        };
      }
    };
    exports.MetadataNormalizer = MetadataNormalizer;
    var LifecycleNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return data instanceof lifecycle_1.NamedLifecycle ? { name: data.name, description: data.description } : { phase: data };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((lc) => this.normalize(lc, options));
      }
    };
    exports.LifecycleNormalizer = LifecycleNormalizer;
    var ToolNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          vendor: data.vendor || void 0,
          name: data.name || void 0,
          version: data.version || void 0,
          hashes: data.hashes.size > 0 ? this._factory.makeForHash().normalizeIterable(data.hashes, options) : void 0,
          externalReferences: this._factory.spec.supportsToolReferences && data.externalReferences.size > 0 ? this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options) : void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((t) => this.normalize(t, options));
      }
    };
    exports.ToolNormalizer = ToolNormalizer;
    var ToolsNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        if (data.tools.size > 0 || !this._factory.spec.supportsToolsComponentsServices) {
          return this._factory.makeForTool().normalizeIterable(new tool_1.ToolRepository((0, iterable_1.chainI)(Array.from(data.components, tool_1.Tool.fromComponent), Array.from(data.services, tool_1.Tool.fromService), data.tools)), options);
        }
        return {
          components: data.components.size > 0 ? this._factory.makeForComponent().normalizeIterable(data.components, options) : void 0,
          services: data.services.size > 0 ? this._factory.makeForService().normalizeIterable(data.services, options) : void 0
        };
      }
    };
    exports.ToolsNormalizer = ToolsNormalizer;
    var HashNormalizer = class extends BaseJsonNormalizer {
      normalize([algorithm, content], options) {
        const spec = this._factory.spec;
        return spec.supportsHashAlgorithm(algorithm) && spec.supportsHashValue(content) ? {
          alg: algorithm,
          content
        } : void 0;
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((h) => this.normalize(h, options)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.HashNormalizer = HashNormalizer;
    var OrganizationalContactNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          name: data.name || void 0,
          email: types_1.JsonSchema.isIdnEmail(data.email) ? data.email : void 0,
          phone: data.phone || void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((oc) => this.normalize(oc, options));
      }
    };
    exports.OrganizationalContactNormalizer = OrganizationalContactNormalizer;
    var OrganizationalEntityNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const urls = normalizeStringableIter(Array.from(data.url, (s) => (0, uri_1.escapeUri)(s.toString())), options).filter(types_1.JsonSchema.isIriReference);
        return {
          name: data.name || void 0,
          url: urls.length > 0 ? urls : void 0,
          contact: data.contact.size > 0 ? this._factory.makeForOrganizationalContact().normalizeIterable(data.contact, options) : void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((oe) => this.normalize(oe, options));
      }
    };
    exports.OrganizationalEntityNormalizer = OrganizationalEntityNormalizer;
    var ComponentNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const spec = this._factory.spec;
        if (!spec.supportsComponentType(data.type)) {
          return void 0;
        }
        const version = data.version ?? "";
        return {
          type: data.type,
          name: data.name,
          group: data.group || void 0,
          version: version.length > 0 || spec.requiresComponentVersion ? version : void 0,
          "bom-ref": data.bomRef.value || void 0,
          supplier: data.supplier === void 0 ? void 0 : this._factory.makeForOrganizationalEntity().normalize(data.supplier, options),
          author: data.author || void 0,
          publisher: data.publisher || void 0,
          description: data.description || void 0,
          scope: data.scope,
          hashes: data.hashes.size > 0 ? this._factory.makeForHash().normalizeIterable(data.hashes, options) : void 0,
          licenses: data.licenses.size > 0 ? this._factory.makeForLicense().normalizeIterable(data.licenses, options) : void 0,
          copyright: data.copyright?.toString() || void 0,
          cpe: data.cpe || void 0,
          purl: data.purl?.toString(),
          swid: data.swid === void 0 ? void 0 : this._factory.makeForSWID().normalize(data.swid, options),
          externalReferences: data.externalReferences.size > 0 ? this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options) : void 0,
          properties: spec.supportsProperties(data) && data.properties.size > 0 ? this._factory.makeForProperty().normalizeIterable(data.properties, options) : void 0,
          components: data.components.size > 0 ? this.normalizeIterable(data.components, options) : void 0,
          evidence: spec.supportsComponentEvidence && data.evidence !== void 0 ? this._factory.makeForComponentEvidence().normalize(data.evidence, options) : void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((c) => this.normalize(c, options)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.ComponentNormalizer = ComponentNormalizer;
    var ServiceNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const spec = this._factory.spec;
        return {
          "bom-ref": data.bomRef.value || void 0,
          provider: data.provider ? this._factory.makeForOrganizationalEntity().normalize(data.provider, options) : void 0,
          group: data.group,
          name: data.name,
          version: data.version || void 0,
          description: data.description || void 0,
          licenses: data.licenses.size > 0 ? this._factory.makeForLicense().normalizeIterable(data.licenses, options) : void 0,
          externalReferences: data.externalReferences.size > 0 ? this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options) : void 0,
          services: data.services.size > 0 ? this._factory.makeForService().normalizeIterable(data.services, options) : void 0,
          properties: spec.supportsProperties(data) && data.properties.size > 0 ? this._factory.makeForProperty().normalizeIterable(data.properties, options) : void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((s) => this.normalize(s, options));
      }
    };
    exports.ServiceNormalizer = ServiceNormalizer;
    var ComponentEvidenceNormalizer = class _ComponentEvidenceNormalizer extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          licenses: data.licenses.size > 0 ? this._factory.makeForLicense().normalizeIterable(data.licenses, options) : void 0,
          copyright: data.copyright.size > 0 ? options.sortLists ? data.copyright.sorted().map(_ComponentEvidenceNormalizer.#normalizeCopyright) : Array.from(data.copyright, _ComponentEvidenceNormalizer.#normalizeCopyright) : void 0
        };
      }
      static #normalizeCopyright(c) {
        return { text: c.toString() };
      }
    };
    exports.ComponentEvidenceNormalizer = ComponentEvidenceNormalizer;
    var LicenseNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        switch (true) {
          case data instanceof license_1.NamedLicense:
            return this.#normalizeNamedLicense(data, options);
          case data instanceof license_1.SpdxLicense:
            return (0, spdx_1.isSupportedSpdxId)(data.id) ? this.#normalizeSpdxLicense(data, options) : this.#normalizeNamedLicense(new license_1.NamedLicense(data.id, { url: data.url }), options);
          case data instanceof license_1.LicenseExpression:
            return this.#normalizeLicenseExpression(data);
          default:
            throw new TypeError("Unexpected LicenseChoice");
        }
      }
      #normalizeNamedLicense(data, options) {
        const spec = this._factory.spec;
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
          license: {
            name: data.name,
            acknowledgement: spec.supportsLicenseAcknowledgement ? data.acknowledgement : void 0,
            text: data.text === void 0 ? void 0 : this._factory.makeForAttachment().normalize(data.text, options),
            url: types_1.JsonSchema.isIriReference(url) ? url : void 0,
            properties: spec.supportsProperties(data) && data.properties.size > 0 ? this._factory.makeForProperty().normalizeIterable(data.properties, options) : void 0
          }
        };
      }
      #normalizeSpdxLicense(data, options) {
        const spec = this._factory.spec;
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
          license: {
            id: data.id,
            acknowledgement: spec.supportsLicenseAcknowledgement ? data.acknowledgement : void 0,
            text: data.text === void 0 ? void 0 : this._factory.makeForAttachment().normalize(data.text, options),
            url: types_1.JsonSchema.isIriReference(url) ? url : void 0,
            properties: spec.supportsProperties(data) && data.properties.size > 0 ? this._factory.makeForProperty().normalizeIterable(data.properties, options) : void 0
          }
        };
      }
      #normalizeLicenseExpression(data) {
        return {
          expression: data.expression,
          acknowledgement: this._factory.spec.supportsLicenseAcknowledgement ? data.acknowledgement : void 0
        };
      }
      normalizeIterable(data, options) {
        const licenses = options.sortLists ?? false ? data.sorted() : Array.from(data);
        if (licenses.length > 1) {
          const expressions = licenses.filter((l) => l instanceof license_1.LicenseExpression);
          if (expressions.length > 0) {
            return [this.#normalizeLicenseExpression(expressions[0])];
          }
        }
        return licenses.map((l) => this.normalize(l, options));
      }
    };
    exports.LicenseNormalizer = LicenseNormalizer;
    var SWIDNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
          tagId: data.tagId,
          name: data.name,
          version: data.version || void 0,
          tagVersion: data.tagVersion,
          patch: data.patch,
          text: data.text === void 0 ? void 0 : this._factory.makeForAttachment().normalize(data.text, options),
          url: types_1.JsonSchema.isIriReference(url) ? url : void 0
        };
      }
    };
    exports.SWIDNormalizer = SWIDNormalizer;
    var ExternalReferenceNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return this._factory.spec.supportsExternalReferenceType(data.type) ? {
          url: (0, uri_1.escapeUri)(data.url.toString()),
          type: data.type,
          hashes: this._factory.spec.supportsExternalReferenceHashes && data.hashes.size > 0 ? this._factory.makeForHash().normalizeIterable(data.hashes, options) : void 0,
          comment: data.comment || void 0
        } : void 0;
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((r) => this.normalize(r, options)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.ExternalReferenceNormalizer = ExternalReferenceNormalizer;
    var AttachmentNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          content: data.content.toString(),
          contentType: data.contentType || void 0,
          encoding: data.encoding
        };
      }
    };
    exports.AttachmentNormalizer = AttachmentNormalizer;
    var PropertyNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          name: data.name,
          value: data.value
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((p) => this.normalize(p, options));
      }
    };
    exports.PropertyNormalizer = PropertyNormalizer;
    var DependencyGraphNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const allRefs = /* @__PURE__ */ new Map();
        if (data.metadata.component !== void 0) {
          allRefs.set(data.metadata.component.bomRef, data.metadata.component.dependencies);
          for (const component of data.metadata.component.components[tree_1.treeIteratorSymbol]()) {
            allRefs.set(component.bomRef, component.dependencies);
          }
        }
        for (const component of data.components[tree_1.treeIteratorSymbol]()) {
          allRefs.set(component.bomRef, component.dependencies);
        }
        for (const service of data.services[tree_1.treeIteratorSymbol]()) {
          allRefs.set(service.bomRef, service.dependencies);
        }
        const normalized = [];
        for (const [ref, deps] of allRefs) {
          const dep = this.#normalizeDependency(ref, deps, allRefs, options);
          if ((0, notUndefined_1.isNotUndefined)(dep)) {
            normalized.push(dep);
          }
        }
        if (options.sortLists ?? false) {
          normalized.sort(({ ref: a }, { ref: b }) => a.localeCompare(b));
        }
        return normalized;
      }
      #normalizeDependency(ref, deps, allRefs, options) {
        const bomRef = ref.toString();
        if (bomRef.length === 0) {
          return void 0;
        }
        const dependsOn = normalizeStringableIter(Array.from(deps).filter((d) => allRefs.has(d) && d !== ref), options).filter((d) => d.length > 0);
        return {
          ref: bomRef,
          dependsOn: dependsOn.length > 0 ? dependsOn : void 0
        };
      }
    };
    exports.DependencyGraphNormalizer = DependencyGraphNormalizer;
    var VulnerabilityNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          "bom-ref": data.bomRef.value || void 0,
          id: data.id || void 0,
          source: data.source === void 0 ? void 0 : this._factory.makeForVulnerabilitySource().normalize(data.source, options),
          references: data.references.size > 0 ? this._factory.makeForVulnerabilityReference().normalizeIterable(data.references, options) : void 0,
          ratings: data.ratings.size > 0 ? this._factory.makeForVulnerabilityRating().normalizeIterable(data.ratings, options) : void 0,
          cwes: data.cwes.size > 0 ? options.sortLists ?? false ? data.cwes.sorted() : Array.from(data.cwes) : void 0,
          description: data.description,
          detail: data.detail,
          recommendation: data.recommendation,
          advisories: data.advisories.size > 0 ? this._factory.makeForVulnerabilityAdvisory().normalizeIterable(data.advisories, options) : void 0,
          created: data.created?.toISOString(),
          published: data.published?.toISOString(),
          updated: data.updated?.toISOString(),
          credits: data.credits === void 0 ? void 0 : this._factory.makeForVulnerabilityCredits().normalize(data.credits, options),
          tools: data.tools.size > 0 ? this._factory.makeForTools().normalize(data.tools, options) : void 0,
          analysis: data.analysis === void 0 ? void 0 : this._factory.makeForVulnerabilityAnalysis().normalize(data.analysis, options),
          affects: data.affects.size > 0 ? this._factory.makeForVulnerabilityAffect().normalizeIterable(data.affects, options) : void 0,
          properties: data.properties.size > 0 ? this._factory.makeForProperty().normalizeIterable(data.properties, options) : void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((v) => this.normalize(v, options));
      }
    };
    exports.VulnerabilityNormalizer = VulnerabilityNormalizer;
    var VulnerabilitySourceNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          name: data.name,
          url: data.url?.toString()
        };
      }
    };
    exports.VulnerabilitySourceNormalizer = VulnerabilitySourceNormalizer;
    var VulnerabilityReferenceNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          id: data.id,
          source: this._factory.makeForVulnerabilitySource().normalize(data.source, options)
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((r) => this.normalize(r, options));
      }
    };
    exports.VulnerabilityReferenceNormalizer = VulnerabilityReferenceNormalizer;
    var VulnerabilityRatingNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          source: data.source === void 0 ? void 0 : this._factory.makeForVulnerabilitySource().normalize(data.source, options),
          score: data.score,
          severity: data.severity,
          method: this._factory.spec.supportsVulnerabilityRatingMethod(data.method) ? data.method : void 0,
          vector: data.vector,
          justification: data.justification
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((r) => this.normalize(r, options));
      }
    };
    exports.VulnerabilityRatingNormalizer = VulnerabilityRatingNormalizer;
    var VulnerabilityAdvisoryNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const url = (0, uri_1.escapeUri)(data.url.toString());
        if (!types_1.JsonSchema.isIriReference(url)) {
          return void 0;
        }
        return {
          title: data.title,
          url
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((a) => this.normalize(a, options)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.VulnerabilityAdvisoryNormalizer = VulnerabilityAdvisoryNormalizer;
    var VulnerabilityCreditsNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          organizations: data.organizations.size > 0 ? this._factory.makeForOrganizationalEntity().normalizeIterable(data.organizations, options) : void 0,
          individuals: data.individuals.size > 0 ? this._factory.makeForOrganizationalContact().normalizeIterable(data.individuals, options) : void 0
        };
      }
    };
    exports.VulnerabilityCreditsNormalizer = VulnerabilityCreditsNormalizer;
    var VulnerabilityAffectNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          ref: data.ref.toString(),
          versions: data.versions.size > 0 ? this._factory.makeForVulnerabilityAffectedVersion().normalizeIterable(data.versions, options) : void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((a) => this.normalize(a, options));
      }
    };
    exports.VulnerabilityAffectNormalizer = VulnerabilityAffectNormalizer;
    var VulnerabilityAffectedVersionNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        switch (true) {
          case data instanceof affect_1.AffectedSingleVersion:
            return this.#normalizeAffectedSingleVersion(data);
          case data instanceof affect_1.AffectedVersionRange:
            return this.#normalizeAffectedVersionRange(data);
          default:
            throw new TypeError("Unexpected Vulnerability AffectedVersion");
        }
      }
      #normalizeAffectedSingleVersion(data) {
        return data.version.length < 1 ? void 0 : {
          version: data.version.substring(0, 1024),
          status: data.status
        };
      }
      #normalizeAffectedVersionRange(data) {
        return data.range.length < 1 ? void 0 : {
          range: data.range.substring(0, 1024),
          status: data.status
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((av) => this.normalize(av, options)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.VulnerabilityAffectedVersionNormalizer = VulnerabilityAffectedVersionNormalizer;
    var VulnerabilityAnalysisNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          state: data.state,
          justification: data.justification,
          response: data.response.size > 0 ? options.sortLists ?? false ? data.response.sorted() : Array.from(data.response) : void 0,
          detail: data.detail
        };
      }
    };
    exports.VulnerabilityAnalysisNormalizer = VulnerabilityAnalysisNormalizer;
    function normalizeStringableIter(data, options) {
      const r = Array.from(data, (d) => d.toString());
      if (options.sortLists ?? false) {
        r.sort((a, b) => a.localeCompare(b));
      }
      return r;
    }
  }
});

export {
  require_iterable,
  require_notUndefined,
  require_uri,
  require_types,
  require_normalize
};
/*! Bundled license information:

@cyclonedx/cyclonedx-library/dist.node/_helpers/iterable.js:
@cyclonedx/cyclonedx-library/dist.node/_helpers/notUndefined.js:
@cyclonedx/cyclonedx-library/dist.node/_helpers/uri.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/json/types.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/json/normalize.js:
  (*!
  This file is part of CycloneDX JavaScript Library.
  
  Licensed under the Apache License, Version 2.0 (the "License");
  you may not use this file except in compliance with the License.
  You may obtain a copy of the License at
  
     http://www.apache.org/licenses/LICENSE-2.0
  
  Unless required by applicable law or agreed to in writing, software
  distributed under the License is distributed on an "AS IS" BASIS,
  WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  See the License for the specific language governing permissions and
  limitations under the License.
  
  SPDX-License-Identifier: Apache-2.0
  Copyright (c) OWASP Foundation. All Rights Reserved.
  *)
*/
