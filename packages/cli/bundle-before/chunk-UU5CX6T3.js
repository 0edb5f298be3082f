import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  require_affect,
  require_bomRef,
  require_component,
  require_copyright,
  require_externalReference,
  require_hash,
  require_license,
  require_lifecycle,
  require_property,
  require_service,
  require_sortable,
  require_tool
} from "./chunk-PXBQLHYY.js";
import {
  __commonJS
} from "./chunk-TQAJVIUW.js";

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/attachment.js
var require_attachment = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/attachment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Attachment = void 0;
    var Attachment = class {
      contentType;
      content;
      encoding;
      constructor(content, op = {}) {
        this.contentType = op.contentType;
        this.content = content;
        this.encoding = op.encoding;
      }
    };
    exports.Attachment = Attachment;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/types/integer.js
var require_integer = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/types/integer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isInteger = isInteger;
    exports.isNonNegativeInteger = isNonNegativeInteger;
    exports.isPositiveInteger = isPositiveInteger;
    function isInteger(value) {
      return Number.isInteger(value);
    }
    function isNonNegativeInteger(value) {
      return isInteger(value) && value >= 0;
    }
    function isPositiveInteger(value) {
      return isInteger(value) && value > 0;
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/organizationalContact.js
var require_organizationalContact = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/organizationalContact.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.OrganizationalContactRepository = exports.OrganizationalContact = void 0;
    var sortable_1 = require_sortable();
    var OrganizationalContact = class {
      name;
      email;
      phone;
      constructor(op = {}) {
        this.name = op.name;
        this.email = op.email;
        this.phone = op.phone;
      }
      compare(other) {
        return (this.name ?? "").localeCompare(other.name ?? "") || (this.email ?? "").localeCompare(other.email ?? "") || (this.phone ?? "").localeCompare(other.phone ?? "");
      }
    };
    exports.OrganizationalContact = OrganizationalContact;
    var OrganizationalContactRepository = class extends sortable_1.SortableComparables {
    };
    exports.OrganizationalContactRepository = OrganizationalContactRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/metadata.js
var require_metadata = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Metadata = void 0;
    var license_1 = require_license();
    var lifecycle_1 = require_lifecycle();
    var organizationalContact_1 = require_organizationalContact();
    var property_1 = require_property();
    var tool_1 = require_tool();
    var Metadata = class {
      timestamp;
      lifecycles;
      tools;
      authors;
      component;
      manufacture;
      supplier;
      licenses;
      properties;
      constructor(op = {}) {
        this.timestamp = op.timestamp;
        this.lifecycles = op.lifecycles ?? new lifecycle_1.LifecycleRepository();
        this.tools = op.tools ?? new tool_1.Tools();
        this.authors = op.authors ?? new organizationalContact_1.OrganizationalContactRepository();
        this.component = op.component;
        this.manufacture = op.manufacture;
        this.supplier = op.supplier;
        this.licenses = op.licenses ?? new license_1.LicenseRepository();
        this.properties = op.properties ?? new property_1.PropertyRepository();
      }
    };
    exports.Metadata = Metadata;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/types/cwe.js
var require_cwe = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/types/cwe.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CweRepository = void 0;
    exports.isCWE = isCWE;
    var sortable_1 = require_sortable();
    var integer_1 = require_integer();
    function isCWE(value) {
      return (0, integer_1.isPositiveInteger)(value);
    }
    var CweRepository = class extends sortable_1.SortableNumbers {
    };
    exports.CweRepository = CweRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/advisory.js
var require_advisory = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/advisory.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AdvisoryRepository = exports.Advisory = void 0;
    var sortable_1 = require_sortable();
    var Advisory = class {
      title;
      url;
      constructor(url, op = {}) {
        this.url = url;
        this.title = op.title;
      }
      compare(other) {
        return this.url.toString().localeCompare(other.url.toString()) || (this.title ?? "").localeCompare(other.title ?? "");
      }
    };
    exports.Advisory = Advisory;
    var AdvisoryRepository = class extends sortable_1.SortableComparables {
    };
    exports.AdvisoryRepository = AdvisoryRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/rating.js
var require_rating = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/rating.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RatingRepository = exports.Rating = void 0;
    var sortable_1 = require_sortable();
    var Rating = class {
      source;
      score;
      severity;
      method;
      vector;
      justification;
      constructor(op = {}) {
        this.source = op.source;
        this.score = op.score;
        this.severity = op.severity;
        this.method = op.method;
        this.vector = op.vector;
        this.justification = op.justification;
      }
      compare(other) {
        return (this.score ?? 0) - (other.score ?? 0) || (this.vector ?? "").localeCompare(other.vector ?? "") || (this.justification ?? "").localeCompare(other.justification ?? "") || (this.severity ?? "").localeCompare(other.severity ?? "") || (this.method ?? "").localeCompare(other.method ?? "") || (this.source && other.source ? this.source.compare(other.source) : 0);
      }
    };
    exports.Rating = Rating;
    var RatingRepository = class extends sortable_1.SortableComparables {
    };
    exports.RatingRepository = RatingRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/reference.js
var require_reference = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/reference.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ReferenceRepository = exports.Reference = void 0;
    var sortable_1 = require_sortable();
    var Reference = class {
      id;
      source;
      constructor(id, source) {
        this.id = id;
        this.source = source;
      }
      compare(other) {
        return this.id.localeCompare(other.id) || this.source.compare(other.source);
      }
    };
    exports.Reference = Reference;
    var ReferenceRepository = class extends sortable_1.SortableComparables {
    };
    exports.ReferenceRepository = ReferenceRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/vulnerability.js
var require_vulnerability = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/vulnerability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VulnerabilityRepository = exports.Vulnerability = void 0;
    var sortable_1 = require_sortable();
    var cwe_1 = require_cwe();
    var bomRef_1 = require_bomRef();
    var property_1 = require_property();
    var tool_1 = require_tool();
    var advisory_1 = require_advisory();
    var affect_1 = require_affect();
    var rating_1 = require_rating();
    var reference_1 = require_reference();
    var Vulnerability = class {
      #bomRef;
      id;
      source;
      references;
      ratings;
      cwes;
      description;
      detail;
      recommendation;
      advisories;
      created;
      published;
      updated;
      credits;
      tools;
      analysis;
      affects;
      properties;
      constructor(op = {}) {
        this.#bomRef = new bomRef_1.BomRef(op.bomRef);
        this.id = op.id;
        this.source = op.source;
        this.references = op.references ?? new reference_1.ReferenceRepository();
        this.ratings = op.ratings ?? new rating_1.RatingRepository();
        this.cwes = op.cwes ?? new cwe_1.CweRepository();
        this.description = op.description;
        this.detail = op.detail;
        this.recommendation = op.recommendation;
        this.advisories = op.advisories ?? new advisory_1.AdvisoryRepository();
        this.created = op.created;
        this.published = op.published;
        this.updated = op.updated;
        this.credits = op.credits;
        this.tools = op.tools ?? new tool_1.Tools();
        this.analysis = op.analysis;
        this.affects = op.affects ?? new affect_1.AffectRepository();
        this.properties = op.properties ?? new property_1.PropertyRepository();
      }
      get bomRef() {
        return this.#bomRef;
      }
      compare(other) {
        const bomRefCompare = this.bomRef.compare(other.bomRef);
        if (bomRefCompare !== 0) {
          return bomRefCompare;
        }
        return (this.id ?? "").localeCompare(other.id ?? "") || (this.created?.getTime() ?? 0) - (other.created?.getTime() ?? 0) || (this.published?.getTime() ?? 0) - (other.published?.getTime() ?? 0) || (this.updated?.getTime() ?? 0) - (other.updated?.getTime() ?? 0) || this.ratings.compare(other.ratings) || this.cwes.compare(other.cwes) || (this.description ?? "").localeCompare(other.description ?? "") || (this.detail ?? "").localeCompare(other.detail ?? "") || (this.recommendation ?? "").localeCompare(other.recommendation ?? "") || (this.source && other.source ? this.source.compare(other.source) : 0) || this.properties.compare(other.properties);
      }
    };
    exports.Vulnerability = Vulnerability;
    var VulnerabilityRepository = class extends sortable_1.SortableComparables {
    };
    exports.VulnerabilityRepository = VulnerabilityRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bom.js
var require_bom = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bom.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Bom = void 0;
    var integer_1 = require_integer();
    var component_1 = require_component();
    var metadata_1 = require_metadata();
    var service_1 = require_service();
    var vulnerability_1 = require_vulnerability();
    var Bom = class {
      metadata;
      components;
      services;
      vulnerabilities;
      #version = 1;
      #serialNumber;
      constructor(op = {}) {
        this.metadata = op.metadata ?? new metadata_1.Metadata();
        this.components = op.components ?? new component_1.ComponentRepository();
        this.services = op.services ?? new service_1.ServiceRepository();
        this.version = op.version ?? this.version;
        this.vulnerabilities = op.vulnerabilities ?? new vulnerability_1.VulnerabilityRepository();
        this.serialNumber = op.serialNumber;
      }
      get version() {
        return this.#version;
      }
      set version(value) {
        if (!(0, integer_1.isPositiveInteger)(value)) {
          throw new TypeError("Not PositiveInteger");
        }
        this.#version = value;
      }
      get serialNumber() {
        return this.#serialNumber;
      }
      set serialNumber(value) {
        this.#serialNumber = value === "" ? void 0 : value;
      }
    };
    exports.Bom = Bom;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bomLink.js
var require_bomLink = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bomLink.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BomLinkElement = exports.BomLinkDocument = void 0;
    var BomLinkBase = class {
      #value;
      constructor(value) {
        this.value = value;
      }
      get value() {
        return this.#value;
      }
      set value(value) {
        if (!this._isValid(value)) {
          throw new RangeError("invalid value");
        }
        this.#value = value;
      }
      compare(other) {
        return this.toString().localeCompare(other.toString());
      }
      toString() {
        return this.value;
      }
    };
    var BomLinkDocument = class _BomLinkDocument extends BomLinkBase {
      static #pattern = /^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9][0-9]*$/;
      static isValid(value) {
        return typeof value === "string" && this.#pattern.test(value);
      }
      _isValid(value) {
        return _BomLinkDocument.isValid(value);
      }
    };
    exports.BomLinkDocument = BomLinkDocument;
    var BomLinkElement = class _BomLinkElement extends BomLinkBase {
      static #pattern = /^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9][0-9]*#.+$/;
      static isValid(value) {
        return typeof value === "string" && this.#pattern.test(value);
      }
      _isValid(value) {
        return _BomLinkElement.isValid(value);
      }
    };
    exports.BomLinkElement = BomLinkElement;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/organizationalEntity.js
var require_organizationalEntity = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/organizationalEntity.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.OrganizationalEntityRepository = exports.OrganizationalEntity = void 0;
    var sortable_1 = require_sortable();
    var organizationalContact_1 = require_organizationalContact();
    var OrganizationalEntity = class {
      name;
      url;
      contact;
      constructor(op = {}) {
        this.name = op.name;
        this.url = op.url ?? /* @__PURE__ */ new Set();
        this.contact = op.contact ?? new organizationalContact_1.OrganizationalContactRepository();
      }
      compare(other) {
        return (this.name ?? "").localeCompare(other.name ?? "") || this.contact.compare(other.contact) || new sortable_1.SortableStringables(this.url).compare(new sortable_1.SortableStringables(other.url));
      }
    };
    exports.OrganizationalEntity = OrganizationalEntity;
    var OrganizationalEntityRepository = class extends sortable_1.SortableComparables {
    };
    exports.OrganizationalEntityRepository = OrganizationalEntityRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/swid.js
var require_swid = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/swid.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SWID = void 0;
    var integer_1 = require_integer();
    var SWID = class {
      tagId;
      name;
      version;
      patch;
      text;
      url;
      #tagVersion;
      constructor(tagId, name, op = {}) {
        this.tagId = tagId;
        this.name = name;
        this.version = op.version;
        this.patch = op.patch;
        this.text = op.text;
        this.url = op.url;
        this.tagVersion = op.tagVersion;
      }
      get tagVersion() {
        return this.#tagVersion;
      }
      set tagVersion(value) {
        if (value !== void 0 && !(0, integer_1.isNonNegativeInteger)(value)) {
          throw new TypeError("Not NonNegativeInteger nor undefined");
        }
        this.#tagVersion = value;
      }
    };
    exports.SWID = SWID;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisResponse.js
var require_analysisResponse = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisResponse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AnalysisResponseRepository = exports.AnalysisResponse = void 0;
    var sortable_1 = require_sortable();
    var AnalysisResponse;
    (function(AnalysisResponse2) {
      AnalysisResponse2["CanNotFix"] = "can_not_fix";
      AnalysisResponse2["WillNotFix"] = "will_not_fix";
      AnalysisResponse2["Update"] = "update";
      AnalysisResponse2["Rollback"] = "rollback";
      AnalysisResponse2["WorkaroundAvailable"] = "workaround_available";
    })(AnalysisResponse || (exports.AnalysisResponse = AnalysisResponse = {}));
    var AnalysisResponseRepository = class extends sortable_1.SortableStringables {
    };
    exports.AnalysisResponseRepository = AnalysisResponseRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/analysis.js
var require_analysis = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/analysis.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Analysis = void 0;
    var analysisResponse_1 = require_analysisResponse();
    var Analysis = class {
      state;
      justification;
      response;
      detail;
      constructor(op = {}) {
        this.state = op.state;
        this.justification = op.justification;
        this.response = op.response ?? new analysisResponse_1.AnalysisResponseRepository();
        this.detail = op.detail;
      }
    };
    exports.Analysis = Analysis;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/credits.js
var require_credits = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/credits.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Credits = void 0;
    var organizationalContact_1 = require_organizationalContact();
    var organizationalEntity_1 = require_organizationalEntity();
    var Credits = class {
      organizations;
      individuals;
      constructor(op = {}) {
        this.organizations = op.organizations ?? new organizationalEntity_1.OrganizationalEntityRepository();
        this.individuals = op.individuals ?? new organizationalContact_1.OrganizationalContactRepository();
      }
    };
    exports.Credits = Credits;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/source.js
var require_source = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/source.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Source = void 0;
    var Source = class {
      name;
      url;
      constructor(op = {}) {
        this.name = op.name;
        this.url = op.url;
      }
      compare(other) {
        return (this.url?.toString() ?? "").localeCompare(other.url?.toString() ?? "") || (this.name ?? "").localeCompare(other.name ?? "");
      }
    };
    exports.Source = Source;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/index.js
var require_vulnerability2 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_advisory(), exports);
    __exportStar(require_affect(), exports);
    __exportStar(require_analysis(), exports);
    __exportStar(require_credits(), exports);
    __exportStar(require_rating(), exports);
    __exportStar(require_reference(), exports);
    __exportStar(require_source(), exports);
    __exportStar(require_vulnerability(), exports);
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js
var require_models = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Vulnerability = void 0;
    __exportStar(require_attachment(), exports);
    __exportStar(require_bom(), exports);
    __exportStar(require_bomLink(), exports);
    __exportStar(require_bomRef(), exports);
    __exportStar(require_component(), exports);
    __exportStar(require_copyright(), exports);
    __exportStar(require_externalReference(), exports);
    __exportStar(require_hash(), exports);
    __exportStar(require_license(), exports);
    __exportStar(require_lifecycle(), exports);
    __exportStar(require_metadata(), exports);
    __exportStar(require_organizationalContact(), exports);
    __exportStar(require_organizationalEntity(), exports);
    __exportStar(require_property(), exports);
    __exportStar(require_service(), exports);
    __exportStar(require_swid(), exports);
    __exportStar(require_tool(), exports);
    exports.Vulnerability = __importStar(require_vulnerability2());
  }
});

export {
  require_attachment,
  require_analysisResponse,
  require_models
};
/*! Bundled license information:

@cyclonedx/cyclonedx-library/dist.node/models/attachment.js:
@cyclonedx/cyclonedx-library/dist.node/types/integer.js:
@cyclonedx/cyclonedx-library/dist.node/models/organizationalContact.js:
@cyclonedx/cyclonedx-library/dist.node/models/metadata.js:
@cyclonedx/cyclonedx-library/dist.node/types/cwe.js:
@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/advisory.js:
@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/rating.js:
@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/reference.js:
@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/vulnerability.js:
@cyclonedx/cyclonedx-library/dist.node/models/bom.js:
@cyclonedx/cyclonedx-library/dist.node/models/bomLink.js:
@cyclonedx/cyclonedx-library/dist.node/models/organizationalEntity.js:
@cyclonedx/cyclonedx-library/dist.node/models/swid.js:
@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisResponse.js:
@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/analysis.js:
@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/credits.js:
@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/source.js:
@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/index.js:
@cyclonedx/cyclonedx-library/dist.node/models/index.js:
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
