import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  require_analysisResponse,
  require_attachment,
  require_models
} from "./chunk-UU5CX6T3.js";
import {
  require_license,
  require_spdx
} from "./chunk-PXBQLHYY.js";
import {
  runClock
} from "./chunk-3A2T3FW3.js";
import {
  require_errors
} from "./chunk-M6N3JPZZ.js";
import {
  require_enums
} from "./chunk-3HASGKUE.js";
import {
  listDeclaredComponents
} from "./chunk-4F7FOPWN.js";
import {
  loadWorkspaceConfig,
  openWorkspace,
  resolveVersions,
  writeDirectoryAtomic,
  writeFileAtomic
} from "./chunk-CRQUU744.js";
import {
  ConfigurationError,
  InputError,
  InternalError,
  UsageError,
  compareStrings,
  configFileName,
  contentUuid,
  sha256Hex
} from "./chunk-C5P4ZO5R.js";
import {
  cliVersion
} from "./chunk-5TFXESZS.js";
import {
  require_packageurl_js
} from "./chunk-O42CRF7F.js";
import "./chunk-ZCQYR5VP.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-TQAJVIUW.js";

// node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/factories.js
var require_factories = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/factories.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LicenseFactory = void 0;
    var license_1 = require_license();
    var spdx_1 = require_spdx();
    var LicenseFactory = class {
      #spdxExpressionValidate;
      constructor(spdxExpressionValidate) {
        this.#spdxExpressionValidate = spdxExpressionValidate;
      }
      makeFromString(value) {
        try {
          return this.makeSpdxLicense(value);
        } catch {
        }
        try {
          return this.makeExpression(value);
        } catch {
        }
        return this.makeNamedLicense(value);
      }
      makeExpression(value) {
        const expression = String(value);
        try {
          this.#spdxExpressionValidate(expression);
        } catch (err) {
          throw new RangeError("Invalid SPDX license expression", { cause: err });
        }
        return new license_1.LicenseExpression(expression);
      }
      makeDisjunctive(value) {
        try {
          return this.makeSpdxLicense(value);
        } catch {
          return this.makeNamedLicense(value);
        }
      }
      makeSpdxLicense(value) {
        const fixed = (0, spdx_1.fixupSpdxId)(String(value));
        if (void 0 === fixed) {
          throw new RangeError("Unsupported SPDX license ID");
        }
        return new license_1.SpdxLicense(fixed);
      }
      makeNamedLicense(value) {
        return new license_1.NamedLicense(String(value));
      }
    };
    exports.LicenseFactory = LicenseFactory;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/index.common.js
var require_index_common = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/index.common.js"(exports) {
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
    exports.Factories = void 0;
    exports.Factories = __importStar(require_factories());
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/attachmentEncoding.js
var require_attachmentEncoding = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/attachmentEncoding.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AttachmentEncoding = void 0;
    var AttachmentEncoding;
    (function(AttachmentEncoding2) {
      AttachmentEncoding2["Base64"] = "base64";
    })(AttachmentEncoding || (exports.AttachmentEncoding = AttachmentEncoding = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/_helpers/mime.node.js
var require_mime_node = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/_helpers/mime.node.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.guessMimeTypeForLicenseFile = guessMimeTypeForLicenseFile;
    var node_path_1 = __require("node:path");
    var MIMETYPE_TEXT_PLAIN = "text/plain";
    var MAP_TEXT_EXTENSION_MIMETYPE = {
      "": MIMETYPE_TEXT_PLAIN,
      ".csv": "text/csv",
      ".htm": "text/html",
      ".html": "text/html",
      ".md": "text/markdown",
      ".txt": MIMETYPE_TEXT_PLAIN,
      ".rst": "text/prs.fallenstein.rst",
      ".rtf": "application/rtf",
      ".xml": "text/xml",
      ".license": MIMETYPE_TEXT_PLAIN,
      ".licence": MIMETYPE_TEXT_PLAIN
    };
    var LICENSE_FILENAME_BASE = /* @__PURE__ */ new Set(["licence", "license"]);
    var LICENSE_FILENAME_EXT = /* @__PURE__ */ new Set([
      ".apache",
      ".bsd",
      ".gpl",
      ".mit"
    ]);
    function guessMimeTypeForLicenseFile(filename) {
      const { name, ext } = (0, node_path_1.parse)(filename.toLowerCase());
      return LICENSE_FILENAME_BASE.has(name) && LICENSE_FILENAME_EXT.has(ext) ? MIMETYPE_TEXT_PLAIN : MAP_TEXT_EXTENSION_MIMETYPE[ext];
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/utils.node.js
var require_utils_node = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/utils.node.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LicenseEvidenceGatherer = void 0;
    var attachmentEncoding_1 = require_attachmentEncoding();
    var attachment_1 = require_attachment();
    var mime_node_1 = require_mime_node();
    var LICENSE_FILENAME_PATTERN = /^(?:UN)?LICEN[CS]E|.\.LICEN[CS]E$|^NOTICE$/i;
    var LicenseEvidenceGatherer = class {
      #fs;
      #path;
      constructor(options = {}) {
        this.#fs = options.fs ?? __require("node:fs");
        this.#path = options.path ?? __require("node:path");
      }
      *getFileAttachments(prefixPath, onError = noop) {
        const files = this.#fs.readdirSync(prefixPath);
        for (const file of files) {
          if (!LICENSE_FILENAME_PATTERN.test(file)) {
            continue;
          }
          const filePath = this.#path.join(prefixPath, file);
          if (!this.#fs.statSync(filePath).isFile()) {
            continue;
          }
          const contentType = (0, mime_node_1.guessMimeTypeForLicenseFile)(file);
          if (contentType === void 0) {
            continue;
          }
          try {
            yield { filePath, file, text: new attachment_1.Attachment(this.#fs.readFileSync(filePath).toString("base64"), { contentType, encoding: attachmentEncoding_1.AttachmentEncoding.Base64 }) };
          } catch (cause) {
            onError(new Error(`skipped license file ${filePath}`, { cause }));
          }
        }
      }
    };
    exports.LicenseEvidenceGatherer = LicenseEvidenceGatherer;
    function noop() {
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/index.node.js
var require_index_node = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/index.node.js"(exports) {
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
    exports.Utils = void 0;
    __exportStar(require_index_common(), exports);
    exports.Utils = __importStar(require_utils_node());
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/componentScope.js
var require_componentScope = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/componentScope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ComponentScope = void 0;
    var ComponentScope;
    (function(ComponentScope2) {
      ComponentScope2["Required"] = "required";
      ComponentScope2["Optional"] = "optional";
      ComponentScope2["Excluded"] = "excluded";
    })(ComponentScope || (exports.ComponentScope = ComponentScope = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/componentType.js
var require_componentType = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/componentType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ComponentType = void 0;
    var ComponentType2;
    (function(ComponentType3) {
      ComponentType3["Application"] = "application";
      ComponentType3["Framework"] = "framework";
      ComponentType3["Library"] = "library";
      ComponentType3["Container"] = "container";
      ComponentType3["Platform"] = "platform";
      ComponentType3["OperatingSystem"] = "operating-system";
      ComponentType3["Device"] = "device";
      ComponentType3["DeviceDriver"] = "device-driver";
      ComponentType3["Firmware"] = "firmware";
      ComponentType3["File"] = "file";
      ComponentType3["MachineLearningModel"] = "machine-learning-model";
      ComponentType3["Data"] = "data";
      ComponentType3["CryptographicAsset"] = "cryptographic-asset";
    })(ComponentType2 || (exports.ComponentType = ComponentType2 = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/externalReferenceType.js
var require_externalReferenceType = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/externalReferenceType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ExternalReferenceType = void 0;
    var ExternalReferenceType2;
    (function(ExternalReferenceType3) {
      ExternalReferenceType3["VCS"] = "vcs";
      ExternalReferenceType3["IssueTracker"] = "issue-tracker";
      ExternalReferenceType3["Website"] = "website";
      ExternalReferenceType3["Advisories"] = "advisories";
      ExternalReferenceType3["BOM"] = "bom";
      ExternalReferenceType3["MailingList"] = "mailing-list";
      ExternalReferenceType3["Social"] = "social";
      ExternalReferenceType3["Chat"] = "chat";
      ExternalReferenceType3["Documentation"] = "documentation";
      ExternalReferenceType3["Support"] = "support";
      ExternalReferenceType3["SourceDistribution"] = "source-distribution";
      ExternalReferenceType3["Distribution"] = "distribution";
      ExternalReferenceType3["DistributionIntake"] = "distribution-intake";
      ExternalReferenceType3["License"] = "license";
      ExternalReferenceType3["BuildMeta"] = "build-meta";
      ExternalReferenceType3["BuildSystem"] = "build-system";
      ExternalReferenceType3["ReleaseNotes"] = "release-notes";
      ExternalReferenceType3["SecurityContact"] = "security-contact";
      ExternalReferenceType3["ModelCard"] = "model-card";
      ExternalReferenceType3["Log"] = "log";
      ExternalReferenceType3["Configuration"] = "configuration";
      ExternalReferenceType3["Evidence"] = "evidence";
      ExternalReferenceType3["Formulation"] = "formulation";
      ExternalReferenceType3["Attestation"] = "attestation";
      ExternalReferenceType3["ThreatModel"] = "threat-model";
      ExternalReferenceType3["AdversaryModel"] = "adversary-model";
      ExternalReferenceType3["RiskAssessment"] = "risk-assessment";
      ExternalReferenceType3["VulnerabilityAssertion"] = "vulnerability-assertion";
      ExternalReferenceType3["ExploitabilityStatement"] = "exploitability-statement";
      ExternalReferenceType3["PentestReport"] = "pentest-report";
      ExternalReferenceType3["StaticAnalysisReport"] = "static-analysis-report";
      ExternalReferenceType3["DynamicAnalysisReport"] = "dynamic-analysis-report";
      ExternalReferenceType3["RuntimeAnalysisReport"] = "runtime-analysis-report";
      ExternalReferenceType3["ComponentAnalysisReport"] = "component-analysis-report";
      ExternalReferenceType3["MaturityReport"] = "maturity-report";
      ExternalReferenceType3["CertificationReport"] = "certification-report";
      ExternalReferenceType3["CodifiedInfrastructure"] = "codified-infrastructure";
      ExternalReferenceType3["QualityMetrics"] = "quality-metrics";
      ExternalReferenceType3["POAM"] = "poam";
      ExternalReferenceType3["ElectronicSignature"] = "electronic-signature";
      ExternalReferenceType3["DigitalSignature"] = "digital-signature";
      ExternalReferenceType3["RFC9116"] = "rfc-9116";
      ExternalReferenceType3["Citation"] = "citation";
      ExternalReferenceType3["Patent"] = "patent";
      ExternalReferenceType3["PatentAssertion"] = "patent-assertion";
      ExternalReferenceType3["PatentFamily"] = "patent-family";
      ExternalReferenceType3["Other"] = "other";
    })(ExternalReferenceType2 || (exports.ExternalReferenceType = ExternalReferenceType2 = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/hashAlogorithm.js
var require_hashAlogorithm = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/hashAlogorithm.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HashAlgorithm = void 0;
    var HashAlgorithm;
    (function(HashAlgorithm2) {
      HashAlgorithm2["MD5"] = "MD5";
      HashAlgorithm2["SHA-1"] = "SHA-1";
      HashAlgorithm2["SHA-256"] = "SHA-256";
      HashAlgorithm2["SHA-384"] = "SHA-384";
      HashAlgorithm2["SHA-512"] = "SHA-512";
      HashAlgorithm2["SHA3-256"] = "SHA3-256";
      HashAlgorithm2["SHA3-384"] = "SHA3-384";
      HashAlgorithm2["SHA3-512"] = "SHA3-512";
      HashAlgorithm2["BLAKE2b-256"] = "BLAKE2b-256";
      HashAlgorithm2["BLAKE2b-384"] = "BLAKE2b-384";
      HashAlgorithm2["BLAKE2b-512"] = "BLAKE2b-512";
      HashAlgorithm2["BLAKE3"] = "BLAKE3";
      HashAlgorithm2["Streebog-256"] = "Streebog-256";
      HashAlgorithm2["Streebog-512"] = "Streebog-512";
    })(HashAlgorithm || (exports.HashAlgorithm = HashAlgorithm = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/licenseAcknowledgement.js
var require_licenseAcknowledgement = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/licenseAcknowledgement.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LicenseAcknowledgement = void 0;
    var LicenseAcknowledgement;
    (function(LicenseAcknowledgement2) {
      LicenseAcknowledgement2["Declared"] = "declared";
      LicenseAcknowledgement2["Concluded"] = "concluded";
    })(LicenseAcknowledgement || (exports.LicenseAcknowledgement = LicenseAcknowledgement = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/lifecyclePhase.js
var require_lifecyclePhase = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/lifecyclePhase.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LifecyclePhase = void 0;
    var LifecyclePhase;
    (function(LifecyclePhase2) {
      LifecyclePhase2["Design"] = "design";
      LifecyclePhase2["PreBuild"] = "pre-build";
      LifecyclePhase2["Build"] = "build";
      LifecyclePhase2["PostBuild"] = "post-build";
      LifecyclePhase2["Operations"] = "operations";
      LifecyclePhase2["Discovery"] = "discovery";
      LifecyclePhase2["Decommission"] = "decommission";
    })(LifecyclePhase || (exports.LifecyclePhase = LifecyclePhase = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/affectStatus.js
var require_affectStatus = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/affectStatus.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AffectStatus = void 0;
    var AffectStatus;
    (function(AffectStatus2) {
      AffectStatus2["Affected"] = "affected";
      AffectStatus2["Unaffected"] = "unaffected";
      AffectStatus2["Unknown"] = "unknown";
    })(AffectStatus || (exports.AffectStatus = AffectStatus = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisJustification.js
var require_analysisJustification = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisJustification.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AnalysisJustification = void 0;
    var AnalysisJustification;
    (function(AnalysisJustification2) {
      AnalysisJustification2["CodeNotPresent"] = "code_not_present";
      AnalysisJustification2["CodeNotReachable"] = "code_not_reachable";
      AnalysisJustification2["RequiresConfiguration"] = "requires_configuration";
      AnalysisJustification2["RequiresDependency"] = "requires_dependency";
      AnalysisJustification2["RequiresEnvironment"] = "requires_environment";
      AnalysisJustification2["ProtectedByCompiler"] = "protected_by_compiler";
      AnalysisJustification2["ProtectedAtRuntime"] = "protected_at_runtime";
      AnalysisJustification2["ProtectedAtPerimeter"] = "protected_at_perimeter";
      AnalysisJustification2["ProtectedByMitigatingControl"] = "protected_by_mitigating_control";
    })(AnalysisJustification || (exports.AnalysisJustification = AnalysisJustification = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisState.js
var require_analysisState = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisState.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AnalysisState = void 0;
    var AnalysisState;
    (function(AnalysisState2) {
      AnalysisState2["Resolved"] = "resolved";
      AnalysisState2["ResolvedWithPedigree"] = "resolved_with_pedigree";
      AnalysisState2["Exploitable"] = "exploitable";
      AnalysisState2["InTriage"] = "in_triage";
      AnalysisState2["FalsePositive"] = "false_positive";
      AnalysisState2["NotAffected"] = "not_affected";
    })(AnalysisState || (exports.AnalysisState = AnalysisState = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/ratingMethod.js
var require_ratingMethod = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/ratingMethod.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RatingMethod = void 0;
    var RatingMethod;
    (function(RatingMethod2) {
      RatingMethod2["CVSSv2"] = "CVSSv2";
      RatingMethod2["CVSSv3"] = "CVSSv3";
      RatingMethod2["CVSSv31"] = "CVSSv31";
      RatingMethod2["CVSSv4"] = "CVSSv4";
      RatingMethod2["OWASP"] = "OWASP";
      RatingMethod2["SSVC"] = "SSVC";
      RatingMethod2["Other"] = "other";
    })(RatingMethod || (exports.RatingMethod = RatingMethod = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/severity.js
var require_severity = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/severity.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Severity = void 0;
    var Severity;
    (function(Severity2) {
      Severity2["Critical"] = "critical";
      Severity2["High"] = "high";
      Severity2["Medium"] = "medium";
      Severity2["Low"] = "low";
      Severity2["Info"] = "info";
      Severity2["None"] = "none";
      Severity2["Unknown"] = "unknown";
    })(Severity || (exports.Severity = Severity = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/index.js
var require_vulnerability = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/index.js"(exports) {
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
    __exportStar(require_affectStatus(), exports);
    __exportStar(require_analysisJustification(), exports);
    __exportStar(require_analysisResponse(), exports);
    __exportStar(require_analysisState(), exports);
    __exportStar(require_ratingMethod(), exports);
    __exportStar(require_severity(), exports);
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var require_enums2 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js"(exports) {
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
    __exportStar(require_attachmentEncoding(), exports);
    __exportStar(require_componentScope(), exports);
    __exportStar(require_componentType(), exports);
    __exportStar(require_externalReferenceType(), exports);
    __exportStar(require_hashAlogorithm(), exports);
    __exportStar(require_licenseAcknowledgement(), exports);
    __exportStar(require_lifecyclePhase(), exports);
    exports.Vulnerability = __importStar(require_vulnerability());
  }
});

// node_modules/spdx-license-ids/index.json
var require_spdx_license_ids = __commonJS({
  "node_modules/spdx-license-ids/index.json"(exports, module) {
    module.exports = [
      "0BSD",
      "3D-Slicer-1.0",
      "AAL",
      "ADSL",
      "AFL-1.1",
      "AFL-1.2",
      "AFL-2.0",
      "AFL-2.1",
      "AFL-3.0",
      "AGPL-1.0-only",
      "AGPL-1.0-or-later",
      "AGPL-3.0-only",
      "AGPL-3.0-or-later",
      "ALGLIB-Documentation",
      "AMD-newlib",
      "AMDPLPA",
      "AML",
      "AML-glslang",
      "AMPAS",
      "ANTLR-PD",
      "ANTLR-PD-fallback",
      "APAFML",
      "APL-1.0",
      "APSL-1.0",
      "APSL-1.1",
      "APSL-1.2",
      "APSL-2.0",
      "ASWF-Digital-Assets-1.0",
      "ASWF-Digital-Assets-1.1",
      "Abstyles",
      "AdaCore-doc",
      "Adobe-2006",
      "Adobe-Display-PostScript",
      "Adobe-Glyph",
      "Adobe-Utopia",
      "Advanced-Cryptics-Dictionary",
      "Afmparse",
      "Aladdin",
      "Apache-1.0",
      "Apache-1.1",
      "Apache-2.0",
      "App-s2p",
      "Arphic-1999",
      "Artistic-1.0",
      "Artistic-1.0-Perl",
      "Artistic-1.0-cl8",
      "Artistic-2.0",
      "Artistic-dist",
      "Aspell-RU",
      "BOLA-1.1",
      "BSD-1-Clause",
      "BSD-2-Clause",
      "BSD-2-Clause-Darwin",
      "BSD-2-Clause-Patent",
      "BSD-2-Clause-Views",
      "BSD-2-Clause-first-lines",
      "BSD-2-Clause-pkgconf-disclaimer",
      "BSD-2-Clause-pos-unchanged",
      "BSD-3-Clause",
      "BSD-3-Clause-Attribution",
      "BSD-3-Clause-Clear",
      "BSD-3-Clause-HP",
      "BSD-3-Clause-LBNL",
      "BSD-3-Clause-Modification",
      "BSD-3-Clause-No-Military-License",
      "BSD-3-Clause-No-Nuclear-License",
      "BSD-3-Clause-No-Nuclear-License-2014",
      "BSD-3-Clause-No-Nuclear-Warranty",
      "BSD-3-Clause-Open-MPI",
      "BSD-3-Clause-OpenWebUI",
      "BSD-3-Clause-Sun",
      "BSD-3-Clause-Tso",
      "BSD-3-Clause-acpica",
      "BSD-3-Clause-flex",
      "BSD-4-Clause",
      "BSD-4-Clause-Shortened",
      "BSD-4-Clause-UC",
      "BSD-4.3RENO",
      "BSD-4.3TAHOE",
      "BSD-Advertising-Acknowledgement",
      "BSD-Attribution-HPND-disclaimer",
      "BSD-Inferno-Nettverk",
      "BSD-Mark-Modifications",
      "BSD-Protection",
      "BSD-Source-Code",
      "BSD-Source-Code-no-disclaimer",
      "BSD-Source-alt-GPL",
      "BSD-Source-beginning-file",
      "BSD-Systemics",
      "BSD-Systemics-W3Works",
      "BSD-ask-to-endorse",
      "BSL-1.0",
      "BUSL-1.1",
      "Baekmuk",
      "Bahyph",
      "Barr",
      "Beerware",
      "BitTorrent-1.0",
      "BitTorrent-1.1",
      "Bitstream-Charter",
      "Bitstream-Vera",
      "BlueOak-1.0.0",
      "Boehm-GC",
      "Boehm-GC-without-fee",
      "Borceux",
      "Brian-Gladman-2-Clause",
      "Brian-Gladman-3-Clause",
      "Brian-Gladman-3-Clause-no-conversion",
      "Buddy",
      "Bugroff",
      "C-UDA-1.0",
      "CAL-1.0",
      "CAL-1.0-Combined-Work-Exception",
      "CAPEC-tou",
      "CATOSL-1.1",
      "CC-BY-1.0",
      "CC-BY-2.0",
      "CC-BY-2.5",
      "CC-BY-2.5-AU",
      "CC-BY-3.0",
      "CC-BY-3.0-AT",
      "CC-BY-3.0-AU",
      "CC-BY-3.0-DE",
      "CC-BY-3.0-IGO",
      "CC-BY-3.0-NL",
      "CC-BY-3.0-US",
      "CC-BY-4.0",
      "CC-BY-NC-1.0",
      "CC-BY-NC-2.0",
      "CC-BY-NC-2.5",
      "CC-BY-NC-3.0",
      "CC-BY-NC-3.0-DE",
      "CC-BY-NC-3.0-IGO",
      "CC-BY-NC-4.0",
      "CC-BY-NC-ND-1.0",
      "CC-BY-NC-ND-2.0",
      "CC-BY-NC-ND-2.5",
      "CC-BY-NC-ND-3.0",
      "CC-BY-NC-ND-3.0-DE",
      "CC-BY-NC-ND-3.0-IGO",
      "CC-BY-NC-ND-4.0",
      "CC-BY-NC-SA-1.0",
      "CC-BY-NC-SA-2.0",
      "CC-BY-NC-SA-2.0-DE",
      "CC-BY-NC-SA-2.0-FR",
      "CC-BY-NC-SA-2.0-UK",
      "CC-BY-NC-SA-2.5",
      "CC-BY-NC-SA-3.0",
      "CC-BY-NC-SA-3.0-DE",
      "CC-BY-NC-SA-3.0-IGO",
      "CC-BY-NC-SA-4.0",
      "CC-BY-ND-1.0",
      "CC-BY-ND-2.0",
      "CC-BY-ND-2.5",
      "CC-BY-ND-3.0",
      "CC-BY-ND-3.0-DE",
      "CC-BY-ND-4.0",
      "CC-BY-SA-1.0",
      "CC-BY-SA-2.0",
      "CC-BY-SA-2.0-UK",
      "CC-BY-SA-2.1-JP",
      "CC-BY-SA-2.5",
      "CC-BY-SA-3.0",
      "CC-BY-SA-3.0-AT",
      "CC-BY-SA-3.0-DE",
      "CC-BY-SA-3.0-IGO",
      "CC-BY-SA-4.0",
      "CC-PDDC",
      "CC-PDM-1.0",
      "CC-SA-1.0",
      "CC0-1.0",
      "CDDL-1.0",
      "CDDL-1.1",
      "CDL-1.0",
      "CDLA-Permissive-1.0",
      "CDLA-Permissive-2.0",
      "CDLA-Sharing-1.0",
      "CECILL-1.0",
      "CECILL-1.1",
      "CECILL-2.0",
      "CECILL-2.1",
      "CECILL-B",
      "CECILL-C",
      "CERN-OHL-1.1",
      "CERN-OHL-1.2",
      "CERN-OHL-P-2.0",
      "CERN-OHL-S-2.0",
      "CERN-OHL-W-2.0",
      "CFITSIO",
      "CMU-Mach",
      "CMU-Mach-nodoc",
      "CNRI-Jython",
      "CNRI-Python",
      "CNRI-Python-GPL-Compatible",
      "COIL-1.0",
      "CPAL-1.0",
      "CPL-1.0",
      "CPOL-1.02",
      "CUA-OPL-1.0",
      "Caldera",
      "Caldera-no-preamble",
      "Catharon",
      "ClArtistic",
      "Clips",
      "Community-Spec-1.0",
      "Condor-1.1",
      "Cornell-Lossless-JPEG",
      "Cronyx",
      "Crossword",
      "CryptoSwift",
      "CrystalStacker",
      "Cube",
      "D-FSL-1.0",
      "DEC-3-Clause",
      "DL-DE-BY-2.0",
      "DL-DE-ZERO-2.0",
      "DOC",
      "DRL-1.0",
      "DRL-1.1",
      "DSDP",
      "DocBook-DTD",
      "DocBook-Schema",
      "DocBook-Stylesheet",
      "DocBook-XML",
      "Dotseqn",
      "ECL-1.0",
      "ECL-2.0",
      "EFL-1.0",
      "EFL-2.0",
      "EPICS",
      "EPL-1.0",
      "EPL-2.0",
      "ESA-PL-permissive-2.4",
      "ESA-PL-strong-copyleft-2.4",
      "ESA-PL-weak-copyleft-2.4",
      "EUDatagrid",
      "EUPL-1.0",
      "EUPL-1.1",
      "EUPL-1.2",
      "Elastic-2.0",
      "Entessa",
      "ErlPL-1.1",
      "Eurosym",
      "FBM",
      "FDK-AAC",
      "FDK-MPEG-H",
      "FSFAP",
      "FSFAP-no-warranty-disclaimer",
      "FSFUL",
      "FSFULLR",
      "FSFULLRSD",
      "FSFULLRWD",
      "FSL-1.1-ALv2",
      "FSL-1.1-MIT",
      "FTL",
      "Fair",
      "Ferguson-Twofish",
      "Frameworx-1.0",
      "FreeBSD-DOC",
      "FreeImage",
      "Furuseth",
      "GCR-docs",
      "GD",
      "GFDL-1.1-invariants-only",
      "GFDL-1.1-invariants-or-later",
      "GFDL-1.1-no-invariants-only",
      "GFDL-1.1-no-invariants-or-later",
      "GFDL-1.1-only",
      "GFDL-1.1-or-later",
      "GFDL-1.2-invariants-only",
      "GFDL-1.2-invariants-or-later",
      "GFDL-1.2-no-invariants-only",
      "GFDL-1.2-no-invariants-or-later",
      "GFDL-1.2-only",
      "GFDL-1.2-or-later",
      "GFDL-1.3-invariants-only",
      "GFDL-1.3-invariants-or-later",
      "GFDL-1.3-no-invariants-only",
      "GFDL-1.3-no-invariants-or-later",
      "GFDL-1.3-only",
      "GFDL-1.3-or-later",
      "GL2PS",
      "GLWTPL",
      "GPL-1.0-only",
      "GPL-1.0-or-later",
      "GPL-2.0-only",
      "GPL-2.0-or-later",
      "GPL-3.0-only",
      "GPL-3.0-or-later",
      "Game-Programming-Gems",
      "Giftware",
      "Glide",
      "Glulxe",
      "Graphics-Gems",
      "Gutmann",
      "HDF5",
      "HIDAPI",
      "HP-1986",
      "HP-1989",
      "HPND",
      "HPND-DEC",
      "HPND-Fenneberg-Livingston",
      "HPND-INRIA-IMAG",
      "HPND-Intel",
      "HPND-Kevlin-Henney",
      "HPND-MIT-disclaimer",
      "HPND-Markus-Kuhn",
      "HPND-Netrek",
      "HPND-Pbmplus",
      "HPND-SMC",
      "HPND-UC",
      "HPND-UC-export-US",
      "HPND-doc",
      "HPND-doc-sell",
      "HPND-export-US",
      "HPND-export-US-acknowledgement",
      "HPND-export-US-modify",
      "HPND-export2-US",
      "HPND-merchantability-variant",
      "HPND-sell-MIT-disclaimer-xserver",
      "HPND-sell-regexpr",
      "HPND-sell-variant",
      "HPND-sell-variant-MIT-disclaimer",
      "HPND-sell-variant-MIT-disclaimer-rev",
      "HPND-sell-variant-critical-systems",
      "HTMLTIDY",
      "HaskellReport",
      "Hippocratic-2.1",
      "Hippocratic-3.0-core",
      "IBM-pibs",
      "ICU",
      "IEC-Code-Components-EULA",
      "IJG",
      "IJG-short",
      "IPA",
      "IPL-1.0",
      "ISC",
      "ISC-Veillard",
      "ISO-permission",
      "ImageMagick",
      "Imlib2",
      "Info-ZIP",
      "Informatica",
      "Inner-Net-2.0",
      "InnoSetup",
      "Intel",
      "Intel-ACPI",
      "Interbase-1.0",
      "JPL-image",
      "JPNIC",
      "JSON",
      "Jam",
      "JasPer-2.0",
      "Kastrup",
      "Kazlib",
      "Knuth-CTAN",
      "LAL-1.2",
      "LAL-1.3",
      "LGPL-2.0-only",
      "LGPL-2.0-or-later",
      "LGPL-2.1-only",
      "LGPL-2.1-or-later",
      "LGPL-3.0-only",
      "LGPL-3.0-or-later",
      "LGPLLR",
      "LOOP",
      "LPD-document",
      "LPL-1.0",
      "LPL-1.02",
      "LPPL-1.0",
      "LPPL-1.1",
      "LPPL-1.2",
      "LPPL-1.3a",
      "LPPL-1.3c",
      "LZMA-SDK-9.11-to-9.20",
      "LZMA-SDK-9.22",
      "Latex2e",
      "Latex2e-translated-notice",
      "Leptonica",
      "LiLiQ-P-1.1",
      "LiLiQ-R-1.1",
      "LiLiQ-Rplus-1.1",
      "Libpng",
      "Linux-OpenIB",
      "Linux-man-pages-1-para",
      "Linux-man-pages-copyleft",
      "Linux-man-pages-copyleft-2-para",
      "Linux-man-pages-copyleft-var",
      "Lucida-Bitmap-Fonts",
      "MIPS",
      "MIT",
      "MIT-0",
      "MIT-CMU",
      "MIT-Click",
      "MIT-Festival",
      "MIT-Khronos-old",
      "MIT-Modern-Variant",
      "MIT-STK",
      "MIT-Wu",
      "MIT-advertising",
      "MIT-enna",
      "MIT-feh",
      "MIT-open-group",
      "MIT-testregex",
      "MITNFA",
      "MMIXware",
      "MMPL-1.0.1",
      "MPEG-SSG",
      "MPL-1.0",
      "MPL-1.1",
      "MPL-2.0",
      "MPL-2.0-no-copyleft-exception",
      "MS-LPL",
      "MS-PL",
      "MS-RL",
      "MTLL",
      "MVT-1.1",
      "Mackerras-3-Clause",
      "Mackerras-3-Clause-acknowledgment",
      "MakeIndex",
      "Martin-Birgmeier",
      "McPhee-slideshow",
      "Minpack",
      "MirOS",
      "Motosoto",
      "MulanPSL-1.0",
      "MulanPSL-2.0",
      "Multics",
      "Mup",
      "NAIST-2003",
      "NASA-1.3",
      "NBPL-1.0",
      "NCBI-PD",
      "NCGL-UK-2.0",
      "NCL",
      "NCSA",
      "NGPL",
      "NICTA-1.0",
      "NIST-PD",
      "NIST-PD-TNT",
      "NIST-PD-fallback",
      "NIST-Software",
      "NLOD-1.0",
      "NLOD-2.0",
      "NLPL",
      "NOSL",
      "NPL-1.0",
      "NPL-1.1",
      "NPOSL-3.0",
      "NRL",
      "NTIA-PD",
      "NTP",
      "NTP-0",
      "Naumen",
      "NetCDF",
      "Newsletr",
      "Nokia",
      "Noweb",
      "O-UDA-1.0",
      "OAR",
      "OCCT-PL",
      "OCLC-2.0",
      "ODC-By-1.0",
      "ODbL-1.0",
      "OFFIS",
      "OFL-1.0",
      "OFL-1.0-RFN",
      "OFL-1.0-no-RFN",
      "OFL-1.1",
      "OFL-1.1-RFN",
      "OFL-1.1-no-RFN",
      "OGC-1.0",
      "OGDL-Taiwan-1.0",
      "OGL-Canada-2.0",
      "OGL-UK-1.0",
      "OGL-UK-2.0",
      "OGL-UK-3.0",
      "OGTSL",
      "OLDAP-1.1",
      "OLDAP-1.2",
      "OLDAP-1.3",
      "OLDAP-1.4",
      "OLDAP-2.0",
      "OLDAP-2.0.1",
      "OLDAP-2.1",
      "OLDAP-2.2",
      "OLDAP-2.2.1",
      "OLDAP-2.2.2",
      "OLDAP-2.3",
      "OLDAP-2.4",
      "OLDAP-2.5",
      "OLDAP-2.6",
      "OLDAP-2.7",
      "OLDAP-2.8",
      "OLFL-1.3",
      "OML",
      "OPL-1.0",
      "OPL-UK-3.0",
      "OPUBL-1.0",
      "OSC-1.0",
      "OSET-PL-2.1",
      "OSL-1.0",
      "OSL-1.1",
      "OSL-2.0",
      "OSL-2.1",
      "OSL-3.0",
      "OSSP",
      "OpenMDW-1.0",
      "OpenPBS-2.3",
      "OpenSSL",
      "OpenSSL-standalone",
      "OpenVision",
      "PADL",
      "PDDL-1.0",
      "PHP-3.0",
      "PHP-3.01",
      "PPL",
      "PSF-2.0",
      "ParaType-Free-Font-1.3",
      "Parity-6.0.0",
      "Parity-7.0.0",
      "Pixar",
      "Plexus",
      "PolyForm-Noncommercial-1.0.0",
      "PolyForm-Small-Business-1.0.0",
      "PostgreSQL",
      "Python-2.0",
      "Python-2.0.1",
      "QPL-1.0",
      "QPL-1.0-INRIA-2004",
      "Qhull",
      "RHeCos-1.1",
      "RPL-1.1",
      "RPL-1.5",
      "RPSL-1.0",
      "RSA-MD",
      "RSCPL",
      "Rdisc",
      "Ruby",
      "Ruby-pty",
      "SAX-PD",
      "SAX-PD-2.0",
      "SCEA",
      "SGI-B-1.0",
      "SGI-B-1.1",
      "SGI-B-2.0",
      "SGI-OpenGL",
      "SGMLUG-PM",
      "SGP4",
      "SHL-0.5",
      "SHL-0.51",
      "SISSL",
      "SISSL-1.2",
      "SL",
      "SMAIL-GPL",
      "SMLNJ",
      "SMPPL",
      "SNIA",
      "SOFA",
      "SPL-1.0",
      "SSH-OpenSSH",
      "SSH-short",
      "SSLeay-standalone",
      "SSPL-1.0",
      "SUL-1.0",
      "SWL",
      "Saxpath",
      "SchemeReport",
      "Sendmail",
      "Sendmail-8.23",
      "Sendmail-Open-Source-1.1",
      "SimPL-2.0",
      "Sleepycat",
      "Soundex",
      "Spencer-86",
      "Spencer-94",
      "Spencer-99",
      "SugarCRM-1.1.3",
      "Sun-PPP",
      "Sun-PPP-2000",
      "SunPro",
      "Symlinks",
      "TAPR-OHL-1.0",
      "TCL",
      "TCP-wrappers",
      "TGPPL-1.0",
      "TMate",
      "TORQUE-1.1",
      "TOSL",
      "TPDL",
      "TPL-1.0",
      "TTWL",
      "TTYP0",
      "TU-Berlin-1.0",
      "TU-Berlin-2.0",
      "TekHVC",
      "TermReadKey",
      "ThirdEye",
      "TrustedQSL",
      "UCAR",
      "UCL-1.0",
      "UMich-Merit",
      "UPL-1.0",
      "URT-RLE",
      "Ubuntu-font-1.0",
      "UnRAR",
      "Unicode-3.0",
      "Unicode-DFS-2015",
      "Unicode-DFS-2016",
      "Unicode-TOU",
      "UnixCrypt",
      "Unlicense",
      "Unlicense-libtelnet",
      "Unlicense-libwhirlpool",
      "VOSTROM",
      "VSL-1.0",
      "Vim",
      "Vixie-Cron",
      "W3C",
      "W3C-19980720",
      "W3C-20150513",
      "WTFNMFPL",
      "WTFPL",
      "Watcom-1.0",
      "Widget-Workshop",
      "WordNet",
      "Wsuipa",
      "X11",
      "X11-distribute-modifications-variant",
      "X11-no-permit-persons",
      "X11-swapped",
      "XFree86-1.1",
      "XSkat",
      "Xdebug-1.03",
      "Xerox",
      "Xfig",
      "Xnet",
      "YPL-1.0",
      "YPL-1.1",
      "ZPL-1.1",
      "ZPL-2.0",
      "ZPL-2.1",
      "Zed",
      "Zeeff",
      "Zend-2.0",
      "Zimbra-1.3",
      "Zimbra-1.4",
      "Zlib",
      "any-OSI",
      "any-OSI-perl-modules",
      "atc-game",
      "bcrypt-Solar-Designer",
      "blessing",
      "bzip2-1.0.6",
      "check-cvs",
      "checkmk",
      "copyleft-next-0.3.0",
      "copyleft-next-0.3.1",
      "curl",
      "cve-tou",
      "diffmark",
      "dtoa",
      "dvipdfm",
      "eGenix",
      "etalab-2.0",
      "fwlw",
      "gSOAP-1.3b",
      "generic-xts",
      "gnuplot",
      "gtkbook",
      "hdparm",
      "hyphen-bulgarian",
      "iMatix",
      "jove",
      "libpng-1.6.35",
      "libpng-2.0",
      "libselinux-1.0",
      "libtiff",
      "libutil-David-Nugent",
      "lsof",
      "magaz",
      "mailprio",
      "man2html",
      "metamail",
      "mpi-permissive",
      "mpich2",
      "mplus",
      "ngrep",
      "pkgconf",
      "pnmstitch",
      "psfrag",
      "psutils",
      "python-ldap",
      "radvd",
      "snprintf",
      "softSurfer",
      "ssh-keyscan",
      "swrule",
      "threeparttable",
      "ulem",
      "w3m",
      "wwl",
      "xinetd",
      "xkeyboard-config-Zinoviev",
      "xlock",
      "xpp",
      "xzoom",
      "zlib-acknowledgement"
    ];
  }
});

// node_modules/spdx-license-ids/deprecated.json
var require_deprecated = __commonJS({
  "node_modules/spdx-license-ids/deprecated.json"(exports, module) {
    module.exports = [
      "AGPL-1.0",
      "AGPL-3.0",
      "BSD-2-Clause-FreeBSD",
      "BSD-2-Clause-NetBSD",
      "GFDL-1.1",
      "GFDL-1.2",
      "GFDL-1.3",
      "GPL-1.0",
      "GPL-2.0",
      "GPL-2.0-with-GCC-exception",
      "GPL-2.0-with-autoconf-exception",
      "GPL-2.0-with-bison-exception",
      "GPL-2.0-with-classpath-exception",
      "GPL-2.0-with-font-exception",
      "GPL-3.0",
      "GPL-3.0-with-GCC-exception",
      "GPL-3.0-with-autoconf-exception",
      "LGPL-2.0",
      "LGPL-2.1",
      "LGPL-3.0",
      "Net-SNMP",
      "Nunit",
      "StandardML-NJ",
      "bzip2-1.0.5",
      "eCos-2.0",
      "wxWindows"
    ];
  }
});

// node_modules/spdx-exceptions/index.json
var require_spdx_exceptions = __commonJS({
  "node_modules/spdx-exceptions/index.json"(exports, module) {
    module.exports = [
      "389-exception",
      "Asterisk-exception",
      "Autoconf-exception-2.0",
      "Autoconf-exception-3.0",
      "Autoconf-exception-generic",
      "Autoconf-exception-generic-3.0",
      "Autoconf-exception-macro",
      "Bison-exception-1.24",
      "Bison-exception-2.2",
      "Bootloader-exception",
      "Classpath-exception-2.0",
      "CLISP-exception-2.0",
      "cryptsetup-OpenSSL-exception",
      "DigiRule-FOSS-exception",
      "eCos-exception-2.0",
      "Fawkes-Runtime-exception",
      "FLTK-exception",
      "fmt-exception",
      "Font-exception-2.0",
      "freertos-exception-2.0",
      "GCC-exception-2.0",
      "GCC-exception-2.0-note",
      "GCC-exception-3.1",
      "Gmsh-exception",
      "GNAT-exception",
      "GNOME-examples-exception",
      "GNU-compiler-exception",
      "gnu-javamail-exception",
      "GPL-3.0-interface-exception",
      "GPL-3.0-linking-exception",
      "GPL-3.0-linking-source-exception",
      "GPL-CC-1.0",
      "GStreamer-exception-2005",
      "GStreamer-exception-2008",
      "i2p-gpl-java-exception",
      "KiCad-libraries-exception",
      "LGPL-3.0-linking-exception",
      "libpri-OpenH323-exception",
      "Libtool-exception",
      "Linux-syscall-note",
      "LLGPL",
      "LLVM-exception",
      "LZMA-exception",
      "mif-exception",
      "OCaml-LGPL-linking-exception",
      "OCCT-exception-1.0",
      "OpenJDK-assembly-exception-1.0",
      "openvpn-openssl-exception",
      "PS-or-PDF-font-exception-20170817",
      "QPL-1.0-INRIA-2004-exception",
      "Qt-GPL-exception-1.0",
      "Qt-LGPL-exception-1.1",
      "Qwt-exception-1.0",
      "SANE-exception",
      "SHL-2.0",
      "SHL-2.1",
      "stunnel-exception",
      "SWI-exception",
      "Swift-exception",
      "Texinfo-exception",
      "u-boot-exception-2.0",
      "UBDL-exception",
      "Universal-FOSS-exception-1.0",
      "vsftpd-openssl-exception",
      "WxWindows-exception-3.1",
      "x11vnc-openssl-exception"
    ];
  }
});

// node_modules/spdx-expression-parse/scan.js
var require_scan = __commonJS({
  "node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated());
    var exceptions = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index);
          var match = chars.match(value);
          if (match) {
            index += match[0].length;
            return match[0];
          }
        } else {
          if (source.indexOf(value, index) === index) {
            index += value.length;
            return value;
          }
        }
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        var string;
        var possibilities = [/^WITH/i, /^AND/i, /^OR/i, "(", ")", ":", "+"];
        for (var i = 0; i < possibilities.length; i++) {
          string = read(possibilities[i]);
          if (string) {
            break;
          }
        }
        if (string === "+" && index > 1 && source[index - 2] === " ") {
          throw new Error("Space before `+`");
        }
        return string && {
          type: "OPERATOR",
          string: string.toUpperCase()
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string) {
          throw new Error("Expected idstring at offset " + index);
        }
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index;
        var string = idstring();
        if (licenses.indexOf(string) !== -1) {
          return {
            type: "LICENSE",
            string
          };
        } else if (exceptions.indexOf(string) !== -1) {
          return {
            type: "EXCEPTION",
            string
          };
        }
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      var tokens = [];
      while (hasMore()) {
        skipWhitespace();
        if (!hasMore()) {
          break;
        }
        var token = parseToken();
        if (!token) {
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        }
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-expression-parse/parse.js
var require_parse = __commonJS({
  "node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore()) {
          throw new Error();
        }
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string) {
          next();
          return t.string;
        }
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION") {
            next();
            return t.string;
          }
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index;
        var string = "";
        var t = token();
        if (t.type === "DOCUMENTREF") {
          next();
          string += "DocumentRef-" + t.string + ":";
          if (!parseOperator(":")) {
            throw new Error("Expected `:` after `DocumentRef-...`");
          }
        }
        t = token();
        if (t.type === "LICENSEREF") {
          next();
          string += "LicenseRef-" + t.string;
          return { license: string };
        }
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          if (parseOperator("+")) {
            node2.plus = true;
          }
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (!left) {
          return;
        }
        var expr = parseExpression();
        if (!parseOperator(")")) {
          throw new Error("Expected `)`");
        }
        return expr;
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (!left) {
            return;
          }
          if (!parseOperator(operator)) {
            return left;
          }
          var right = parseBinaryOp();
          if (!right) {
            throw new Error("Expected expression");
          }
          return {
            left,
            conjunction: operator.toLowerCase(),
            right
          };
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom);
      var parseExpression = makeBinaryOpParser("OR", parseAnd);
      var node = parseExpression();
      if (!node || hasMore()) {
        throw new Error("Syntax error");
      }
      return node;
    };
  }
});

// node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse = __commonJS({
  "node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    module.exports = function(source) {
      return parse(scan(source));
    };
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/_protocol.js
var require_protocol = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/_protocol.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports._Spec = void 0;
    var models_1 = require_models();
    var _Spec = class {
      #version;
      #formats;
      #componentTypes;
      #hashAlgorithms;
      #hashValuePattern;
      #externalReferenceTypes;
      #vulnerabilityRatingMethods;
      #supportsDependencyGraph;
      #supportsToolReferences;
      #requiresComponentVersion;
      #supportsProperties;
      #supportsVulnerabilities;
      #supportsComponentEvidence;
      #supportsMetadataLifecycles;
      #supportsMetadataLicenses;
      #supportsMetadataProperties;
      #supportsExternalReferenceHashes;
      #supportsLicenseAcknowledgement;
      #supportsServices;
      #supportsToolsComponentsServices;
      #supportsLicenseProperties;
      constructor(version, formats, componentTypes2, hashAlgorithms, hashValuePattern, externalReferenceTypes, supportsDependencyGraph, supportsToolReferences, requiresComponentVersion, supportsProperties, supportsVulnerabilities, vulnerabilityRatingMethods, supportsComponentEvidence, supportsMetadataLifecycles, supportsMetadataLicenses, supportsMetadataProperties, supportsExternalReferenceHashes, supportsLicenseAcknowledgement, supportsServices, supportsToolsComponentsServices, supportsLicenseProperties) {
        this.#version = version;
        this.#formats = new Set(formats);
        this.#componentTypes = new Set(componentTypes2);
        this.#hashAlgorithms = new Set(hashAlgorithms);
        this.#hashValuePattern = hashValuePattern;
        this.#externalReferenceTypes = new Set(externalReferenceTypes);
        this.#supportsDependencyGraph = supportsDependencyGraph;
        this.#supportsToolReferences = supportsToolReferences;
        this.#requiresComponentVersion = requiresComponentVersion;
        this.#supportsProperties = supportsProperties;
        this.#supportsVulnerabilities = supportsVulnerabilities;
        this.#vulnerabilityRatingMethods = new Set(vulnerabilityRatingMethods);
        this.#supportsComponentEvidence = supportsComponentEvidence;
        this.#supportsMetadataLifecycles = supportsMetadataLifecycles;
        this.#supportsMetadataLicenses = supportsMetadataLicenses;
        this.#supportsMetadataProperties = supportsMetadataProperties;
        this.#supportsExternalReferenceHashes = supportsExternalReferenceHashes;
        this.#supportsLicenseAcknowledgement = supportsLicenseAcknowledgement;
        this.#supportsServices = supportsServices;
        this.#supportsToolsComponentsServices = supportsToolsComponentsServices;
        this.#supportsLicenseProperties = supportsLicenseProperties;
      }
      get version() {
        return this.#version;
      }
      supportsFormat(f) {
        return this.#formats.has(f);
      }
      supportsComponentType(ct) {
        return this.#componentTypes.has(ct);
      }
      supportsHashAlgorithm(ha) {
        return this.#hashAlgorithms.has(ha);
      }
      supportsHashValue(hv) {
        return typeof hv === "string" && this.#hashValuePattern.test(hv);
      }
      supportsExternalReferenceType(ert) {
        return this.#externalReferenceTypes.has(ert);
      }
      get supportsDependencyGraph() {
        return this.#supportsDependencyGraph;
      }
      get supportsToolReferences() {
        return this.#supportsToolReferences;
      }
      get requiresComponentVersion() {
        return this.#requiresComponentVersion;
      }
      supportsProperties(model) {
        switch (true) {
          case (model instanceof models_1.NamedLicense || model instanceof models_1.SpdxLicense):
            return this.#supportsLicenseProperties;
          default:
            return this.#supportsProperties;
        }
      }
      get supportsVulnerabilities() {
        return this.#supportsVulnerabilities;
      }
      supportsVulnerabilityRatingMethod(rm) {
        return this.#vulnerabilityRatingMethods.has(rm);
      }
      get supportsComponentEvidence() {
        return this.#supportsComponentEvidence;
      }
      get supportsMetadataLifecycles() {
        return this.#supportsMetadataLifecycles;
      }
      get supportsMetadataLicenses() {
        return this.#supportsMetadataLicenses;
      }
      get supportsMetadataProperties() {
        return this.#supportsMetadataProperties;
      }
      get supportsExternalReferenceHashes() {
        return this.#supportsExternalReferenceHashes;
      }
      get supportsLicenseAcknowledgement() {
        return this.#supportsLicenseAcknowledgement;
      }
      get supportsServices() {
        return this.#supportsServices;
      }
      get supportsToolsComponentsServices() {
        return this.#supportsToolsComponentsServices;
      }
    };
    exports._Spec = _Spec;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/consts.js
var require_consts = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/consts.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SpecVersionDict = exports.Spec1dot7 = exports.Spec1dot6 = exports.Spec1dot5 = exports.Spec1dot4 = exports.Spec1dot3 = exports.Spec1dot2 = void 0;
    var componentType_1 = require_componentType();
    var externalReferenceType_1 = require_externalReferenceType();
    var hashAlogorithm_1 = require_hashAlogorithm();
    var ratingMethod_1 = require_ratingMethod();
    var _protocol_1 = require_protocol();
    var enums_1 = require_enums();
    exports.Spec1dot2 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot2, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, false, true, false, false, [], false, false, false, false, false, false, true, false, false));
    exports.Spec1dot3 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot3, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, false, true, true, false, [], true, false, true, true, true, false, true, false, false));
    exports.Spec1dot4 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot4, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, true, false, true, true, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.Other
    ], true, false, true, true, true, false, true, false, false));
    exports.Spec1dot5 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot5, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.Platform,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.DeviceDriver,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File,
      componentType_1.ComponentType.MachineLearningModel,
      componentType_1.ComponentType.Data
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.DistributionIntake,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.SecurityContact,
      externalReferenceType_1.ExternalReferenceType.ModelCard,
      externalReferenceType_1.ExternalReferenceType.Log,
      externalReferenceType_1.ExternalReferenceType.Configuration,
      externalReferenceType_1.ExternalReferenceType.Evidence,
      externalReferenceType_1.ExternalReferenceType.Formulation,
      externalReferenceType_1.ExternalReferenceType.Attestation,
      externalReferenceType_1.ExternalReferenceType.ThreatModel,
      externalReferenceType_1.ExternalReferenceType.AdversaryModel,
      externalReferenceType_1.ExternalReferenceType.RiskAssessment,
      externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
      externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
      externalReferenceType_1.ExternalReferenceType.PentestReport,
      externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.MaturityReport,
      externalReferenceType_1.ExternalReferenceType.CertificationReport,
      externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
      externalReferenceType_1.ExternalReferenceType.QualityMetrics,
      externalReferenceType_1.ExternalReferenceType.POAM,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, true, false, true, true, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.CVSSv4,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.SSVC,
      ratingMethod_1.RatingMethod.Other
    ], true, true, true, true, true, false, true, true, true));
    exports.Spec1dot6 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot6, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.Platform,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.DeviceDriver,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File,
      componentType_1.ComponentType.MachineLearningModel,
      componentType_1.ComponentType.Data,
      componentType_1.ComponentType.CryptographicAsset
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.SourceDistribution,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.DistributionIntake,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.SecurityContact,
      externalReferenceType_1.ExternalReferenceType.ModelCard,
      externalReferenceType_1.ExternalReferenceType.Log,
      externalReferenceType_1.ExternalReferenceType.Configuration,
      externalReferenceType_1.ExternalReferenceType.Evidence,
      externalReferenceType_1.ExternalReferenceType.Formulation,
      externalReferenceType_1.ExternalReferenceType.Attestation,
      externalReferenceType_1.ExternalReferenceType.ThreatModel,
      externalReferenceType_1.ExternalReferenceType.AdversaryModel,
      externalReferenceType_1.ExternalReferenceType.RiskAssessment,
      externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
      externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
      externalReferenceType_1.ExternalReferenceType.PentestReport,
      externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.MaturityReport,
      externalReferenceType_1.ExternalReferenceType.CertificationReport,
      externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
      externalReferenceType_1.ExternalReferenceType.QualityMetrics,
      externalReferenceType_1.ExternalReferenceType.POAM,
      externalReferenceType_1.ExternalReferenceType.ElectronicSignature,
      externalReferenceType_1.ExternalReferenceType.DigitalSignature,
      externalReferenceType_1.ExternalReferenceType.RFC9116,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, true, false, true, true, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.CVSSv4,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.SSVC,
      ratingMethod_1.RatingMethod.Other
    ], true, true, true, true, true, true, true, true, true));
    exports.Spec1dot7 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot7, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.Platform,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.DeviceDriver,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File,
      componentType_1.ComponentType.MachineLearningModel,
      componentType_1.ComponentType.Data,
      componentType_1.ComponentType.CryptographicAsset
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3,
      hashAlogorithm_1.HashAlgorithm["Streebog-256"],
      hashAlogorithm_1.HashAlgorithm["Streebog-512"]
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.SourceDistribution,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.DistributionIntake,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.SecurityContact,
      externalReferenceType_1.ExternalReferenceType.ModelCard,
      externalReferenceType_1.ExternalReferenceType.Log,
      externalReferenceType_1.ExternalReferenceType.Configuration,
      externalReferenceType_1.ExternalReferenceType.Evidence,
      externalReferenceType_1.ExternalReferenceType.Formulation,
      externalReferenceType_1.ExternalReferenceType.Attestation,
      externalReferenceType_1.ExternalReferenceType.ThreatModel,
      externalReferenceType_1.ExternalReferenceType.AdversaryModel,
      externalReferenceType_1.ExternalReferenceType.RiskAssessment,
      externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
      externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
      externalReferenceType_1.ExternalReferenceType.PentestReport,
      externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.MaturityReport,
      externalReferenceType_1.ExternalReferenceType.CertificationReport,
      externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
      externalReferenceType_1.ExternalReferenceType.QualityMetrics,
      externalReferenceType_1.ExternalReferenceType.POAM,
      externalReferenceType_1.ExternalReferenceType.ElectronicSignature,
      externalReferenceType_1.ExternalReferenceType.DigitalSignature,
      externalReferenceType_1.ExternalReferenceType.RFC9116,
      externalReferenceType_1.ExternalReferenceType.Citation,
      externalReferenceType_1.ExternalReferenceType.Patent,
      externalReferenceType_1.ExternalReferenceType.PatentAssertion,
      externalReferenceType_1.ExternalReferenceType.PatentFamily,
      externalReferenceType_1.ExternalReferenceType.RFC9116,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, true, false, true, true, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.CVSSv4,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.SSVC,
      ratingMethod_1.RatingMethod.Other
    ], true, true, true, true, true, true, true, true, true));
    exports.SpecVersionDict = Object.freeze({
      [enums_1.Version.v1dot7]: exports.Spec1dot7,
      [enums_1.Version.v1dot6]: exports.Spec1dot6,
      [enums_1.Version.v1dot5]: exports.Spec1dot5,
      [enums_1.Version.v1dot4]: exports.Spec1dot4,
      [enums_1.Version.v1dot3]: exports.Spec1dot3,
      [enums_1.Version.v1dot2]: exports.Spec1dot2
    });
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js
var require_spec = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js"(exports) {
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
    __exportStar(require_consts(), exports);
    __exportStar(require_enums(), exports);
    __exportStar(require_errors(), exports);
  }
});

// packages/cli/src/commands/sbom.ts
import { execFile } from "node:child_process";
import { mkdir, readdir, stat } from "node:fs/promises";
import path2 from "node:path";

// packages/sbom/src/cyclonedx.ts
var import_License = __toESM(require_index_node(), 1);
var Enums = __toESM(require_enums2(), 1);
var Models = __toESM(require_models(), 1);
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);

// packages/sbom/src/serializers.ts
var json;
var xml;
function loadJsonSerialization() {
  json ??= true ? importJsonModules().then(checkJsonModules) : requireJsonModules().then(checkJsonModules).catch(async () => {
    const module = await loadXmlSerialization();
    return { JsonSerializer: module.JsonSerializer, Factory: module.JSON.Normalize.Factory };
  });
  return json;
}
async function importJsonModules() {
  const [serializer, normalize] = await Promise.all([
    import("./jsonSerializer-VQMGQDMO.js"),
    import("./normalize-OLE5NVE3.js")
  ]);
  return [serializer?.default ?? serializer, normalize?.default ?? normalize];
}
function checkJsonModules([serializer, normalize]) {
  const { JsonSerializer } = serializer;
  const { Factory } = normalize;
  if (typeof JsonSerializer !== "function" || typeof Factory !== "function")
    throw new Error("layout changed");
  return { JsonSerializer, Factory };
}
function loadXmlSerialization() {
  xml ??= import("./index.node-AKJ7AX4Y.js").then(
    (module) => module.default ?? module
  );
  return xml;
}

// packages/sbom/src/cyclonedx.ts
var sbomFormats = ["json", "xml"];
var componentTypes = {
  application: Enums.ComponentType.Application,
  library: Enums.ComponentType.Library,
  framework: Enums.ComponentType.Framework,
  firmware: Enums.ComponentType.Firmware,
  "operating-system": Enums.ComponentType.OperatingSystem,
  device: Enums.ComponentType.Device,
  file: Enums.ComponentType.File
};
var licenseFactory = new import_License.Factories.LicenseFactory(import_spdx_expression_parse.default);
var serialPlaceholder = "urn:uuid:00000000-0000-4000-8000-000000000000";
async function writeCycloneDx(inventory, metadata, spec, format) {
  const bom = toBom(inventory, metadata, spec);
  const serializer = format === "json" ? createJsonWriter(await loadJsonSerialization(), spec, metadata) : createXmlWriter(await loadXmlSerialization(), spec, metadata);
  const draft = `${serializer.serialize(bom, { sortLists: false, space: 2 })}
`;
  return draft.replace(serialPlaceholder, `urn:uuid:${contentUuid(draft)}`);
}
function toBom(inventory, metadata, spec) {
  const models = /* @__PURE__ */ new Map();
  const subject = toComponent(inventory.subject, models);
  const components = inventory.components.map((component) => toComponent(component, models));
  const bom = new Models.Bom({ serialNumber: serialPlaceholder });
  bom.metadata.timestamp = metadata.timestamp;
  bom.metadata.component = subject;
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, metadata.tool.name, {
      version: metadata.tool.version
    })
  );
  for (const phase of metadata.lifecycles ?? []) bom.metadata.lifecycles.add(phase);
  if (metadata.manufacturer && !spec.componentManufacturer) {
    bom.metadata.manufacture = toOrganization(metadata.manufacturer);
  }
  if (metadata.supplier) bom.metadata.supplier = toOrganization(metadata.supplier);
  addSecurityContact(subject, metadata.securityContact);
  for (const component of components) bom.components.add(component);
  linkDependencies([inventory.subject, ...inventory.components], models);
  return bom;
}
function toComponent(item, models) {
  const component = new Models.Component(componentTypes[item.kind], item.name, {
    bomRef: item.ref,
    ...item.version === "" ? {} : { version: item.version },
    ...item.group === void 0 ? {} : { group: item.group },
    ...item.description === void 0 ? {} : { description: item.description },
    ...item.scope === void 0 ? {} : { scope: item.scope },
    ...item.purl === void 0 ? {} : { purl: item.purl },
    ...item.cpe === void 0 ? {} : { cpe: item.cpe },
    ...item.supplier === void 0 ? {} : { supplier: toOrganization(item.supplier) }
  });
  models.set(item.ref, component);
  for (const hash of item.hashes) component.hashes.set(hash.alg, hash.content);
  if (item.license !== void 0) component.licenses.add(licenseFactory.makeFromString(item.license));
  if (item.distribution !== void 0) {
    const hashes = new Models.HashDictionary(
      item.hashes.map((hash) => [hash.alg, hash.content])
    );
    component.externalReferences.add(
      new Models.ExternalReference(item.distribution, Enums.ExternalReferenceType.Distribution, { hashes })
    );
  }
  if (item.vcs !== void 0) {
    component.externalReferences.add(new Models.ExternalReference(item.vcs, Enums.ExternalReferenceType.VCS));
  }
  for (const [name, value] of item.properties) component.properties.add(new Models.Property(name, value));
  for (const nested of item.components) component.components.add(toComponent(nested, models));
  return component;
}
function linkDependencies(items, models) {
  for (const item of items) {
    const model = models.get(item.ref);
    for (const ref of item.dependsOn) {
      const target = models.get(ref);
      if (model && target) model.dependencies.add(target.bomRef);
    }
    linkDependencies(item.components, models);
  }
}
function toOrganization(party) {
  return new Models.OrganizationalEntity({
    name: party.name,
    ...party.url === void 0 ? {} : { url: /* @__PURE__ */ new Set([new URL(party.url)]) }
  });
}
function addSecurityContact(subject, contact) {
  const targets = [contact?.url, contact?.email === void 0 ? void 0 : `mailto:${contact.email}`];
  for (const target of targets) {
    if (target !== void 0) {
      subject.externalReferences.add(
        new Models.ExternalReference(target, Enums.ExternalReferenceType.SecurityContact)
      );
    }
  }
}
function createJsonWriter(library, spec, metadata) {
  class JsonWriter extends library.JsonSerializer {
    _normalize(...args) {
      const bom = super._normalize(...args);
      const manufacturer = metadata.manufacturer;
      if (spec.componentManufacturer && manufacturer && bom.metadata?.component) {
        Object.assign(bom.metadata.component, { manufacturer: jsonOrganization(manufacturer) });
      }
      return bom;
    }
  }
  return new JsonWriter(new library.Factory(spec.library));
}
function jsonOrganization(party) {
  return party.url === void 0 ? { name: party.name } : { name: party.name, url: [new URL(party.url).toString()] };
}
function createXmlWriter(library, spec, metadata) {
  class XmlWriter extends library.XmlSerializer {
    _normalize(...args) {
      const bom = super._normalize(...args);
      const manufacturer = metadata.manufacturer;
      if (spec.componentManufacturer && manufacturer) insertXmlManufacturer(bom, manufacturer);
      return bom;
    }
  }
  return new XmlWriter(new library.XML.Normalize.Factory(spec.library));
}
function insertXmlManufacturer(bom, party) {
  const metadata = childrenOf(bom).find((child) => child.name === "metadata");
  const component = metadata && childrenOf(metadata).find((child) => child.name === "component");
  if (!component) return;
  const children = childrenOf(component);
  const element = {
    type: "element",
    name: "manufacturer",
    children: [
      { type: "element", name: "name", children: party.name },
      ...party.url === void 0 ? [] : [{ type: "element", name: "url", children: new URL(party.url).toString() }]
    ]
  };
  const supplier = children.findIndex((child) => child.name === "supplier");
  children.splice(supplier + 1, 0, element);
  component.children = children;
}
function childrenOf(element) {
  const children = element.children;
  if (children === void 0 || typeof children === "string" || typeof children === "number") return [];
  const list = Array.isArray(children) ? children : [...children];
  element.children = list;
  return list;
}

// packages/sbom/src/declared.ts
import { createHash } from "node:crypto";
function buildDeclaredInventory(declared, files) {
  const mismatches = [];
  const components = declared.map((component) => {
    const ref = component.purl ?? component.cpe ?? `${component.name}@${component.version}`;
    const hashed = component.files.map((file) => {
      const bytes = files.get(file.path) ?? new Uint8Array();
      const hashes = hashFile(bytes);
      const actual = hashes[1]?.content ?? "";
      if (file.sha256 !== void 0 && file.sha256.toLowerCase() !== actual) {
        mismatches.push({
          component: `${component.name}@${component.version}`,
          path: file.path,
          declared: file.sha256.toLowerCase(),
          actual,
          ...file.location === void 0 ? {} : { location: file.location }
        });
      }
      return { file, hashes };
    });
    const single = hashed.length === 1 ? hashed[0] : void 0;
    const nested = single ? [] : hashed.map(({ file, hashes }) => fileComponent(`${ref}#${file.path}`, file.path, hashes)).sort((a, b) => compareStrings(a.ref, b.ref));
    return {
      ref,
      kind: component.kind,
      name: component.name,
      version: component.version,
      scope: "required",
      hashes: single?.hashes ?? [],
      properties: component.files.map((file) => ["evident:file", file.path]),
      dependsOn: [],
      components: nested,
      ...optional("description", component.description),
      ...optional("supplier", component.supplier),
      ...optional("license", component.license),
      ...optional("cpe", component.cpe),
      ...optional("purl", component.purl)
    };
  });
  return { components: components.sort((a, b) => compareStrings(a.ref, b.ref)), mismatches };
}
function hashFile(bytes) {
  return [
    { alg: "SHA-512", content: createHash("sha512").update(bytes).digest("hex") },
    { alg: "SHA-256", content: sha256Hex(bytes) }
  ];
}
function fileComponent(ref, path3, hashes) {
  return {
    ref,
    kind: "file",
    name: path3,
    version: "",
    hashes,
    properties: [],
    dependsOn: [],
    components: []
  };
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

// packages/sbom/src/npm/inventory.ts
var import_packageurl_js = __toESM(require_packageurl_js(), 1);

// packages/sbom/src/inventory.ts
function hashesFromIntegrity(integrity) {
  if (integrity === void 0) return [];
  const hashes = [];
  for (const part of integrity.trim().split(/\s+/)) {
    const match = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/=]+)(?:\?.*)?$/.exec(part);
    if (!match) continue;
    const alg = algorithms[match[1]];
    const content = Buffer.from(match[2] ?? "", "base64").toString("hex");
    if (content.length === hexLength[alg] && !hashes.some((hash) => hash.alg === alg))
      hashes.push({ alg, content });
  }
  return hashes.sort((a, b) => hexLength[b.alg] - hexLength[a.alg]);
}
var algorithms = { sha1: "SHA-1", sha256: "SHA-256", sha384: "SHA-384", sha512: "SHA-512" };
var hexLength = {
  "SHA-1": 40,
  "SHA-256": 64,
  "SHA-384": 96,
  "SHA-512": 128
};

// packages/sbom/src/json-source.ts
function positionOf(text, offset, file) {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { file, line, column: offset - lineStart + 1 };
}
function locateKey(text, key, file, from = 0) {
  const quoted = JSON.stringify(key);
  for (let index = text.indexOf(quoted, from); index !== -1; index = text.indexOf(quoted, index + 1)) {
    const after = text.slice(index + quoted.length, index + quoted.length + 8).trimStart();
    if (after.startsWith(":")) return positionOf(text, index, file);
  }
  return { file };
}
var maxDepth = 1e3;
function locatePath(text, path3, file) {
  let at = 0;
  const space = () => {
    while (at < text.length && " 	\n\r".includes(text[at] ?? "")) at++;
  };
  const skipString = () => {
    at++;
    while (at < text.length && text[at] !== '"') at += text[at] === "\\" ? 2 : 1;
    at++;
  };
  const find = (depth) => {
    space();
    const char = text[at];
    if (char === "{" || char === "[") {
      at++;
      for (; ; ) {
        space();
        if (text[at] === "}" || text[at] === "]") {
          at++;
          return -1;
        }
        if (text[at] === ",") at++;
        space();
        let matches = false;
        let keyAt = at;
        if (char === "{") {
          keyAt = at;
          const start = at;
          skipString();
          matches = depth < path3.length && JSON.parse(text.slice(start, at)) === path3[depth];
          space();
          at++;
        }
        if (matches && depth + 1 === path3.length) return keyAt;
        if (!matches || depth > maxDepth) skipValue();
        else {
          const found = find(depth + 1);
          if (found !== -1) return found;
        }
      }
    }
    skipValue();
    return -1;
  };
  const skipValue = () => {
    space();
    const char = text[at];
    if (char === '"') return skipString();
    if (char !== "{" && char !== "[") {
      while (at < text.length && !",}]".includes(text[at] ?? "")) at++;
      return;
    }
    let depth = 0;
    while (at < text.length) {
      const current = text[at];
      if (current === '"') {
        skipString();
        continue;
      }
      if (current === "{" || current === "[") depth++;
      else if (current === "}" || current === "]") depth--;
      at++;
      if (depth === 0) return;
    }
  };
  const offset = find(0);
  return offset === -1 ? { file } : positionOf(text, offset, file);
}
function parseJsonText(text, file, what) {
  try {
    return JSON.parse(text);
  } catch (error) {
    const { offset, reason } = findSyntaxError(text);
    throw new InputError(`${what} is not valid JSON: ${reason}`, {
      location: positionOf(text, offset, file),
      fix: offset >= text.trimEnd().length ? "the file ends too early (truncated?): restore it, e.g. with `npm install --package-lock-only`" : "repair the JSON at this position, or regenerate the file",
      cause: error
    });
  }
}
function rejectPrototypeKeys(text, file) {
  if (!text.includes("__proto__")) return;
  const match = /"((?:[^"\\]*\/)?__proto__)"\s*:/.exec(text);
  if (!match) return;
  throw new InputError(`the key "${match[1]}" is not allowed: no package can be named __proto__`, {
    location: positionOf(text, match.index, file),
    fix: "remove the entry, then regenerate the lockfile with `npm install --package-lock-only`"
  });
}
function findSyntaxError(text) {
  let at = 0;
  const fail = (reason) => {
    throw new ScanError(at, reason);
  };
  const space = () => {
    while (at < text.length && " 	\n\r".includes(text[at] ?? "")) at++;
  };
  const expect = (char) => {
    if (text[at] !== char) fail(`expected ${describeExpected(char)}, found ${describeChar(text[at])}`);
    at++;
  };
  const string = () => {
    expect('"');
    for (; ; ) {
      const char = text[at];
      if (char === void 0) fail("unterminated string");
      if (char === '"') {
        at++;
        return;
      }
      if (char === "\\") {
        at++;
        const escaped = text[at];
        if (escaped === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail("invalid \\u escape");
          at += 5;
        } else if (escaped !== void 0 && '"\\/bfnrt'.includes(escaped)) at++;
        else fail("invalid escape in string");
      } else if (char.charCodeAt(0) < 32) fail("control character in string");
      else at++;
    }
  };
  const value = (depth) => {
    if (depth > maxDepth) fail(`nested more than ${maxDepth} levels deep`);
    space();
    const char = text[at];
    if (char === "{") {
      at++;
      space();
      if (text[at] === "}") {
        at++;
        return;
      }
      for (; ; ) {
        space();
        string();
        space();
        expect(":");
        value(depth + 1);
        space();
        if (text[at] === ",") at++;
        else {
          expect("}");
          return;
        }
      }
    }
    if (char === "[") {
      at++;
      space();
      if (text[at] === "]") {
        at++;
        return;
      }
      for (; ; ) {
        value(depth + 1);
        space();
        if (text[at] === ",") at++;
        else {
          expect("]");
          return;
        }
      }
    }
    if (char === '"') {
      string();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(at, at + 400)
    );
    if (!literal)
      fail(char === void 0 ? "unexpected end of the file" : `unexpected ${describeChar(char)}`);
    at += literal?.[0].length ?? 0;
  };
  try {
    value(0);
    space();
    if (at < text.length) fail(`unexpected ${describeChar(text[at])} after the end of the document`);
    return { offset: at, reason: "unparseable" };
  } catch (error) {
    if (error instanceof ScanError) return { offset: error.offset, reason: error.message };
    throw error;
  }
}
var ScanError = class extends Error {
  offset;
  constructor(offset, message) {
    super(message);
    this.offset = offset;
  }
};
function describeExpected(char) {
  return char === '"' ? "a double quote (a key)" : `"${char}"`;
}
function describeChar(char) {
  if (char === void 0) return "the end of the file";
  if (char === "\uFEFF") return "a byte order mark";
  return JSON.stringify(char);
}

// packages/sbom/src/npm/graph.ts
var needOf = { required: 0, optional: 1, dev: 2 };
function resolveGraph(lock) {
  const edges = /* @__PURE__ */ new Map();
  const unresolved = [];
  for (const entry of lock.packages.values()) {
    if (entry.link) continue;
    const list = [];
    for (const [name, kind] of entry.dependencies) {
      const to = resolveFrom(lock.packages, entry.path, name);
      if (to === void 0) unresolved.push({ from: entry.path, name, kind });
      else list.push({ to, kind });
    }
    edges.set(entry.path, list);
  }
  return { edges, unresolved };
}
function resolveFrom(packages, from, name) {
  let directory = from;
  for (; ; ) {
    const candidate = `${directory === "" ? "" : `${directory}/`}node_modules/${name}`;
    const found = packages.get(candidate);
    if (found) return followLink(packages, found);
    if (directory === "") return void 0;
    const slash = directory.lastIndexOf("/");
    directory = slash === -1 ? "" : directory.slice(0, slash);
  }
}
function followLink(packages, entry) {
  let current = entry;
  for (let hops = 0; current.link; hops++) {
    if (current.target === void 0 || hops > 8) return void 0;
    const next = packages.get(current.target);
    if (!next) return current.path;
    current = next;
  }
  return current.path;
}
function computeNeeds(graph, starts) {
  const needs = /* @__PURE__ */ new Map();
  const buckets = [[], [], []];
  const reach = (path3, need) => {
    const known = needs.get(path3);
    if (known !== void 0 && known <= need) return;
    needs.set(path3, need);
    buckets[need]?.push(path3);
  };
  const startSet = new Set(starts);
  for (const start of starts) reach(start, 0);
  for (let level = 0; level < 3; level++) {
    const bucket = buckets[level] ?? [];
    for (let index = 0; index < bucket.length; index++) {
      const path3 = bucket[index];
      if (needs.get(path3) !== level) continue;
      for (const edge of graph.edges.get(path3) ?? []) {
        if (edge.kind === "dev" && !startSet.has(path3)) continue;
        reach(edge.to, Math.max(level, needOf[edge.kind]));
      }
    }
  }
  return needs;
}

// packages/sbom/src/npm/inventory.ts
var scopes = { 0: "required", 1: "optional", 2: "excluded" };
function buildNpmInventories(lock, options) {
  const graph = resolveGraph(lock);
  const aggregate = buildInventory(lock, graph, ["", ...lock.workspaces], options, options.product);
  const workspaces = lock.workspaces.map((path3) => {
    const entry = lock.packages.get(path3);
    const subject = componentOf(entry, [], /* @__PURE__ */ new Set([`evident:npm:workspace\0${path3}`]));
    return { path: path3, inventory: buildInventory(lock, graph, [path3], options, subject) };
  });
  return { aggregate, workspaces };
}
function buildInventory(lock, graph, starts, options, subject) {
  const needs = computeNeeds(graph, starts);
  const workspaces = new Set(lock.workspaces);
  const propertiesOf = (entry) => packageProperties(entry, workspaces);
  const refOfPath = /* @__PURE__ */ new Map();
  const accumulators = /* @__PURE__ */ new Map();
  const [main, ...nested] = starts;
  refOfPath.set(main ?? "", subject.ref);
  for (const [path3, need] of needs) {
    if (path3 === main || options.omitDev && need === 2) continue;
    const entry = lock.packages.get(path3);
    const ref = purlOf(entry);
    refOfPath.set(path3, ref);
    const known = accumulators.get(ref);
    if (!known) {
      accumulators.set(ref, { first: entry, need, paths: [path3], properties: new Set(propertiesOf(entry)) });
      continue;
    }
    checkAgreement(lock, known.first, entry);
    known.need = Math.min(known.need, need);
    known.paths.push(path3);
    for (const property of propertiesOf(entry)) known.properties.add(property);
  }
  const dependsOn = (paths) => {
    const refs = /* @__PURE__ */ new Set();
    for (const path3 of paths) {
      for (const edge of graph.edges.get(path3) ?? []) {
        const ref = refOfPath.get(edge.to);
        if (ref !== void 0 && (edge.kind !== "dev" || starts.includes(path3))) refs.add(ref);
      }
    }
    return [...refs].sort(compareStrings);
  };
  const nestedRefs = new Set(nested.map((path3) => refOfPath.get(path3)));
  const components = [];
  const workspaceComponents = [];
  for (const [ref, accumulator] of accumulators) {
    const component = componentOf(
      accumulator.first,
      dependsOn(accumulator.paths),
      accumulator.properties,
      accumulator.need
    );
    if (nestedRefs.has(ref)) workspaceComponents.push(component);
    else components.push(component);
  }
  const product = {
    ...subject,
    dependsOn: dependsOn([main ?? ""]),
    components: [...subject.components, ...workspaceComponents].sort(byRef)
  };
  return { subject: product, components: components.sort(byRef), gaps: gapsOf(components, graph, needs) };
}
function checkAgreement(lock, first, second) {
  if (first.integrity === void 0 || second.integrity === void 0 || first.integrity === second.integrity)
    return;
  const [a, b] = [hashesFromIntegrity(first.integrity), hashesFromIntegrity(second.integrity)];
  if (a.some((hash) => b.some((other) => other.alg === hash.alg && other.content === hash.content))) return;
  throw new InputError(
    `the lockfile contradicts itself: ${second.name}@${second.version} has a different integrity at "${second.path}" than at "${first.path}"`,
    {
      location: locateKey(lock.text, second.path, lock.file),
      fix: "regenerate the lockfile with `npm install --package-lock-only`; if it persists, check where that tarball came from"
    }
  );
}
function byRef(a, b) {
  return compareStrings(a.ref, b.ref);
}
function splitName(fullName) {
  if (!fullName.startsWith("@")) return { name: fullName };
  const slash = fullName.indexOf("/");
  return slash === -1 ? { name: fullName } : { group: fullName.slice(0, slash), name: fullName.slice(slash + 1) };
}
function isGit(resolved) {
  return resolved !== void 0 && /^(?:git\+|git:|github:|gitlab:|bitbucket:)/.test(resolved);
}
var purls = /* @__PURE__ */ new WeakMap();
function purlOf(entry) {
  const known = purls.get(entry);
  if (known !== void 0) return known;
  const purl = buildPurl(entry);
  purls.set(entry, purl);
  return purl;
}
function buildPurl(entry) {
  const { group, name } = splitName(entry.name);
  const qualifiers = isGit(entry.resolved) ? { vcs_url: entry.resolved } : void 0;
  return new import_packageurl_js.PackageURL("npm", group, name, entry.version || void 0, qualifiers, void 0).toString();
}
function packageProperties(entry, workspaces) {
  const properties = [];
  if (workspaces.has(entry.path)) properties.push(`evident:npm:workspace\0${entry.path}`);
  if (entry.inBundle) properties.push("cdx:npm:package:bundled\0true");
  if (entry.alias !== void 0) properties.push(`evident:npm:alias\0${entry.alias}`);
  for (const os of entry.os ?? []) properties.push(`evident:npm:os\0${os}`);
  for (const cpu of entry.cpu ?? []) properties.push(`evident:npm:cpu\0${cpu}`);
  return properties;
}
function componentOf(entry, dependsOn, propertySet, need) {
  const ref = purlOf(entry);
  const hashes = hashesFromIntegrity(entry.integrity);
  const git = isGit(entry.resolved);
  const distribution = !git && entry.resolved !== void 0 && /^https?:\/\//.test(entry.resolved) ? entry.resolved : void 0;
  const properties = [...propertySet].sort(compareStrings).map((pair) => pair.split("\0"));
  return {
    ref,
    kind: "library",
    ...splitName(entry.name),
    version: entry.version,
    purl: ref,
    hashes,
    properties,
    dependsOn,
    components: [],
    ...need === void 0 ? {} : { scope: scopes[need] },
    ...entry.license === void 0 ? {} : { license: entry.license },
    ...distribution === void 0 ? {} : { distribution },
    ...git ? { vcs: entry.resolved } : {}
  };
}
function gapsOf(components, graph, needs) {
  const gaps = [];
  const exempt = (component) => component.properties.some(
    ([name]) => name === "cdx:npm:package:bundled" || name === "evident:npm:workspace"
  );
  const hashless = components.filter((component) => component.hashes.length === 0 && !exempt(component));
  if (hashless.length > 0)
    gaps.push(`${hashless.length} component(s) without a hash (the lockfile records no integrity)`);
  const unlicensed = components.filter((component) => component.license === void 0);
  if (unlicensed.length > 0) gaps.push(`${unlicensed.length} component(s) without a licence in the lockfile`);
  const missing = graph.unresolved.filter((edge) => edge.kind === "required" && needs.has(edge.from));
  if (missing.length > 0) {
    const names = [...new Set(missing.map((edge) => edge.name))].sort(compareStrings);
    gaps.push(
      `${missing.length} required dependency(ies) not in the lockfile: ${names.slice(0, 5).join(", ")}${names.length > 5 ? ", …" : ""}`
    );
  }
  return gaps;
}

// packages/sbom/src/limits.ts
var MAX_LOCKFILE_BYTES = 16 * 1024 * 1024;

// packages/sbom/src/npm/lockfile-v1.ts
function flattenV1(data, text, file, manifest) {
  const packages = /* @__PURE__ */ new Map();
  const top = data.dependencies ?? {};
  if (!isObject(top)) throw malformed(text, file, '"dependencies" must be an object', "dependencies");
  const walk = (tree, prefix) => {
    for (const [installedAs, entry] of Object.entries(tree)) {
      const path3 = `${prefix}node_modules/${installedAs}`;
      if (!isObject(entry))
        throw malformed(text, file, `the entry "${installedAs}" is not an object`, installedAs);
      packages.set(path3, readV1Entry(path3, installedAs, entry, text, file));
      if (entry.dependencies !== void 0) {
        if (!isObject(entry.dependencies)) {
          throw malformed(text, file, `"dependencies" of "${installedAs}" must be an object`, installedAs);
        }
        walk(entry.dependencies, `${path3}/`);
      }
    }
  };
  walk(top, "");
  packages.set("", {
    path: "",
    name: typeof data.name === "string" ? data.name : "",
    version: typeof data.version === "string" ? data.version : "",
    link: false,
    inBundle: false,
    dev: false,
    optional: false,
    dependencies: manifest ? manifestEdges(manifest) : topLevelEdges(top)
  });
  return packages;
}
function readV1Entry(path3, installedAs, entry, text, file) {
  const spec = entry.version;
  if (typeof spec !== "string" || spec === "") {
    throw malformed(text, file, `"${installedAs}" has no version`, installedAs);
  }
  const edges = /* @__PURE__ */ new Map();
  if (entry.requires !== void 0) {
    if (!isObject(entry.requires))
      throw malformed(text, file, `"requires" of "${installedAs}" must be an object`, installedAs);
    for (const name2 of Object.keys(entry.requires)) edges.set(name2, "required");
  }
  const { name, version, resolved, target } = interpretVersion(installedAs, spec, entry);
  const integrity = typeof entry.integrity === "string" ? entry.integrity : void 0;
  return {
    path: path3,
    name,
    version,
    link: target !== void 0,
    inBundle: entry.bundled === true,
    dev: entry.dev === true,
    optional: entry.optional === true,
    dependencies: edges,
    ...resolved === void 0 ? {} : { resolved },
    ...target === void 0 ? {} : { target },
    ...integrity === void 0 ? {} : { integrity },
    ...name === installedAs ? {} : { alias: installedAs }
  };
}
function interpretVersion(installedAs, spec, entry) {
  const resolved = typeof entry.resolved === "string" ? entry.resolved : void 0;
  const withResolved = (name, version) => resolved === void 0 ? { name, version } : { name, version, resolved };
  if (spec.startsWith("npm:")) {
    const at = spec.lastIndexOf("@");
    return withResolved(spec.slice(4, at), spec.slice(at + 1));
  }
  if (spec.startsWith("file:"))
    return { name: installedAs, version: "", target: spec.slice(5).replace(/^\.\//, "") };
  const git = /^(?:github:|gitlab:|bitbucket:|git\+|git:)/.test(spec);
  if (git) {
    const commit = spec.slice(spec.lastIndexOf("#") + 1);
    return { name: installedAs, version: commit, resolved: gitUrl(spec) };
  }
  return withResolved(installedAs, spec);
}
function gitUrl(spec) {
  const hosted = /^(github|gitlab|bitbucket):(.+)$/.exec(spec);
  if (!hosted) return spec;
  const host = { github: "github.com", gitlab: "gitlab.com", bitbucket: "bitbucket.org" }[hosted[1]];
  const [repo, commit] = (hosted[2] ?? "").split("#");
  return `git+ssh://git@${host}/${repo}.git${commit ? `#${commit}` : ""}`;
}
function manifestEdges(manifest) {
  const edges = /* @__PURE__ */ new Map();
  const add = (key, kind) => {
    const list = manifest[key];
    if (isObject(list)) for (const name of Object.keys(list)) edges.set(name, kind);
  };
  add("devDependencies", "dev");
  add("dependencies", "required");
  add("optionalDependencies", "optional");
  return edges;
}
function topLevelEdges(top) {
  const edges = /* @__PURE__ */ new Map();
  for (const [name, entry] of Object.entries(top)) {
    if (!isObject(entry)) continue;
    edges.set(name, entry.dev === true ? "dev" : entry.optional === true ? "optional" : "required");
  }
  return edges;
}

// packages/sbom/src/npm/lockfile.ts
function readNpmLockfile(text, file, manifest) {
  if (text.length > MAX_LOCKFILE_BYTES) {
    throw new InputError(`${file} is larger than the limit of ${MAX_LOCKFILE_BYTES} bytes`, {
      location: { file },
      fix: "check that this is the intended lockfile"
    });
  }
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const data = parseJsonText(source, file, "the lockfile");
  rejectPrototypeKeys(source, file);
  if (!isObject(data)) throw malformed(source, file, "the lockfile is not a JSON object", void 0);
  const version = data.lockfileVersion;
  if (version !== 1 && version !== 2 && version !== 3) {
    throw new InputError(`unknown lockfileVersion ${JSON.stringify(version)}`, {
      location: version === void 0 ? { file, line: 1, column: 1 } : locateKey(source, "lockfileVersion", file),
      fix: "Evident reads npm lockfiles of version 1, 2 and 3; regenerate it with `npm install --package-lock-only`"
    });
  }
  const packages = version === 1 ? flattenV1(data, source, file, parseManifest(manifest, file)) : readPackages(data, source, file);
  if (version === 2) checkV2Agreement(data, packages, source, file);
  const root = packages.get("");
  if (!root) throw malformed(source, file, 'the lockfile has no root package ("")', "packages");
  return {
    file,
    lockfileVersion: version,
    text: source,
    root,
    packages,
    workspaces: findWorkspaces(root, packages)
  };
}
function parseManifest(manifest, file) {
  if (manifest === void 0) return void 0;
  const manifestFile = file.replace(/[^/]*$/, "package.json");
  const data = parseJsonText(manifest.replace(/^\uFEFF/, ""), manifestFile, "package.json");
  rejectPrototypeKeys(manifest, manifestFile);
  return isObject(data) ? data : void 0;
}
function readPackages(data, text, file) {
  const raw = data.packages;
  if (!isObject(raw)) throw malformed(text, file, '"packages" is missing or not an object', "packages");
  const packages = /* @__PURE__ */ new Map();
  for (const [path3, entry] of Object.entries(raw)) {
    if (!isObject(entry))
      throw malformed(text, file, `the entry "${path3}" is not an object`, ["packages", path3]);
    packages.set(path3, readEntry(path3, entry, text, file));
  }
  if (!packages.has("")) {
    packages.set("", {
      path: "",
      name: stringField(data, "name") ?? "",
      version: stringField(data, "version") ?? "",
      link: false,
      inBundle: false,
      dev: false,
      optional: false,
      dependencies: /* @__PURE__ */ new Map()
    });
  }
  return packages;
}
function readEntry(path3, entry, text, file) {
  const installedAs = path3 === "" ? void 0 : nameFromPath(path3);
  const field = (key) => {
    const value = entry[key];
    if (value !== void 0 && typeof value !== "string") {
      throw malformed(text, file, `"${key}" of "${path3}" must be a string`, ["packages", path3]);
    }
    return value;
  };
  const name = field("name") ?? installedAs ?? path3.slice(path3.lastIndexOf("/") + 1);
  const version = field("version") ?? "";
  if (path3.startsWith("node_modules/") || path3.includes("/node_modules/")) {
    if (!entry.link && version === "")
      throw malformed(text, file, `"${path3}" has no version`, ["packages", path3]);
    if (installedAs === void 0)
      throw malformed(text, file, `"${path3}" is not a valid install path`, ["packages", path3]);
  }
  const flag = (key) => entry[key] === true;
  const link = flag("link");
  const resolved = field("resolved");
  return {
    path: path3,
    name,
    version,
    link,
    inBundle: flag("inBundle"),
    dev: flag("dev"),
    optional: flag("optional") || flag("devOptional"),
    dependencies: readEdges(entry, path3, text, file),
    ...resolved === void 0 ? {} : link ? { target: resolved } : { resolved },
    ...optionalString("integrity", field("integrity")),
    ...optionalString("license", licenseOf(entry.license)),
    ...installedAs !== void 0 && installedAs !== name ? { alias: installedAs } : {},
    ...platform("os", entry.os),
    ...platform("cpu", entry.cpu)
  };
}
function readEdges(entry, path3, text, file) {
  const edges = /* @__PURE__ */ new Map();
  const optionalPeers = isObject(entry.peerDependenciesMeta) ? entry.peerDependenciesMeta : {};
  const add = (key, kind) => {
    const list = entry[key];
    if (list === void 0) return;
    if (!isObject(list))
      throw malformed(text, file, `"${key}" of "${path3}" must be an object`, ["packages", path3]);
    for (const name of Object.keys(list)) edges.set(name, kind(name));
  };
  add("devDependencies", () => "dev");
  add("peerDependencies", (name) => {
    const meta = optionalPeers[name];
    return isObject(meta) && meta.optional === true ? "optional" : "required";
  });
  add("dependencies", () => "required");
  add("optionalDependencies", () => "optional");
  return edges;
}
function licenseOf(value) {
  if (typeof value === "string") return value.trim() || void 0;
  if (isObject(value) && typeof value.type === "string") return value.type;
  return void 0;
}
function platform(key, value) {
  if (!Array.isArray(value)) return {};
  return { [key]: value.filter((item) => typeof item === "string") };
}
function nameFromPath(path3) {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/@][^/]*)$/.exec(path3);
  return match?.[1];
}
function checkV2Agreement(data, packages, text, file) {
  if (!isObject(data.dependencies)) return;
  for (const [name, entry] of Object.entries(data.dependencies)) {
    const modern = packages.get(`node_modules/${name}`);
    if (!isObject(entry) || typeof entry.version !== "string" || !modern || modern.link) continue;
    const legacy = entry.version.startsWith("npm:") ? entry.version.slice(entry.version.lastIndexOf("@") + 1) : entry.version;
    if (!/^\d/.test(legacy) || legacy === modern.version) continue;
    throw new InputError(
      `the lockfile contradicts itself: "packages" has ${name}@${modern.version}, "dependencies" has ${name}@${legacy}`,
      {
        location: locatePath(text, ["dependencies", name], file),
        fix: "regenerate the lockfile with `npm install --package-lock-only`"
      }
    );
  }
}
function findWorkspaces(root, packages) {
  const found = /* @__PURE__ */ new Set();
  for (const entry of packages.values()) {
    if (!entry.link || entry.target === void 0 || !/^node_modules\/(?:@[^/]+\/)?[^/]+$/.test(entry.path))
      continue;
    if (entry.target.startsWith("..") || !packages.has(entry.target)) continue;
    if (root.path === "" && isWorkspaceTarget(entry.target, packages)) found.add(entry.target);
  }
  return [...found].sort();
}
function isWorkspaceTarget(target, packages) {
  return !target.includes("node_modules/") && packages.get(target)?.link === false;
}
function malformed(text, file, message, key) {
  const location = key === void 0 ? { file, line: 1, column: 1 } : typeof key === "string" ? locateKey(text, key, file) : locatePath(text, key, file);
  return new InputError(message, {
    location,
    fix: "regenerate the lockfile with `npm install --package-lock-only`, or restore it from version control"
  });
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function stringField(data, key) {
  const value = data[key];
  return typeof value === "string" ? value : void 0;
}
function optionalString(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

// packages/sbom/src/spec-versions.ts
var Spec = __toESM(require_spec(), 1);
var specVersions = ["1.5", "1.6", "1.7"];
var specs = Object.freeze({
  "1.5": Object.freeze({
    version: "1.5",
    library: Spec.Spec1dot5,
    componentManufacturer: false,
    xmlNamespace: "http://cyclonedx.org/schema/bom/1.5"
  }),
  "1.6": Object.freeze({
    version: "1.6",
    library: Spec.Spec1dot6,
    componentManufacturer: true,
    xmlNamespace: "http://cyclonedx.org/schema/bom/1.6"
  }),
  "1.7": Object.freeze({
    version: "1.7",
    library: Spec.Spec1dot7,
    componentManufacturer: true,
    xmlNamespace: "http://cyclonedx.org/schema/bom/1.7"
  })
});
function isSpecVersion(value) {
  return specVersions.includes(value);
}

// packages/sbom/src/validate.ts
var loaders = {
  "1.5": () => import("./cyclonedx-1.5-YHMK4LKT.js"),
  "1.6": () => import("./cyclonedx-1.6-KDHOCEYH.js"),
  "1.7": () => import("./cyclonedx-1.7-I4WAFULH.js")
};
async function validateCycloneDxJson(text, version) {
  const { validate } = await loaders[version]();
  const document = JSON.parse(text);
  const violations = [];
  if (!validate(document)) {
    for (const error of validate.errors ?? []) {
      violations.push({
        at: error.instancePath || "/",
        message: `${error.message ?? "is invalid"} ${JSON.stringify(error.params)}`
      });
    }
  }
  return [...violations, ...checkJsonReferences(document)];
}
function checkJsonReferences(document) {
  const bom = document;
  const refs = /* @__PURE__ */ new Set();
  const collect = (component) => {
    if (component["bom-ref"] !== void 0) refs.add(component["bom-ref"]);
    for (const nested of component.components ?? []) collect(nested);
  };
  if (bom.metadata?.component) collect(bom.metadata.component);
  for (const component of bom.components ?? []) collect(component);
  const violations = [];
  for (const [index, dependency] of (bom.dependencies ?? []).entries()) {
    for (const ref of [dependency.ref, ...dependency.dependsOn ?? []]) {
      if (!refs.has(ref))
        violations.push({
          at: `/dependencies/${index}`,
          message: `refers to "${ref}", which no component has`
        });
    }
  }
  return violations;
}
function checkInventoryReferences(inventory) {
  const refs = /* @__PURE__ */ new Set();
  const all = [];
  const collect = (component) => {
    if (refs.has(component.ref))
      all.push({ ...component, dependsOn: [], ref: `\0duplicate ${component.ref}` });
    refs.add(component.ref);
    all.push(component);
    for (const nested of component.components) collect(nested);
  };
  collect(inventory.subject);
  for (const component of inventory.components) collect(component);
  const violations = [];
  for (const component of all) {
    if (component.ref.startsWith("\0duplicate ")) {
      violations.push({ at: component.ref.slice(11), message: "two components share this bom-ref" });
    }
    for (const ref of component.dependsOn) {
      if (!refs.has(ref))
        violations.push({ at: component.ref, message: `depends on "${ref}", which no component has` });
    }
  }
  return violations;
}

// packages/sbom/src/build-sbom.ts
async function buildSboms(request) {
  const declared = buildDeclaredInventory(request.declared ?? [], request.declaredFiles ?? /* @__PURE__ */ new Map());
  if (declared.mismatches.length > 0) return { documents: [], mismatches: declared.mismatches };
  const inventories = [];
  if (request.lockfile) {
    const { file, text, manifest } = request.lockfile;
    const lock = readNpmLockfile(text, file, manifest);
    const built = buildNpmInventories(lock, { omitDev: request.omitDev, product: request.product });
    inventories.push({ scope: "product", inventory: withDeclared(built.aggregate, declared.components) });
    for (const workspace of built.workspaces)
      inventories.push({ scope: workspace.path, inventory: workspace.inventory });
  } else {
    inventories.push({
      scope: "product",
      inventory: withDeclared({ subject: request.product, components: [], gaps: [] }, declared.components)
    });
  }
  const documents = [];
  for (const { scope, inventory } of inventories)
    documents.push(await writeDocument(scope, inventory, request));
  return { documents, mismatches: [] };
}
function withDeclared(inventory, declared) {
  if (declared.length === 0) return inventory;
  const components = [...inventory.components, ...declared].sort((a, b) => compareStrings(a.ref, b.ref));
  const subject = {
    ...inventory.subject,
    dependsOn: [...inventory.subject.dependsOn, ...declared.map((component) => component.ref)].sort(
      compareStrings
    )
  };
  return { ...inventory, subject, components };
}
async function writeDocument(scope, inventory, request) {
  const violations = checkInventoryReferences(inventory);
  const spec = specs[request.spec];
  const text = await writeCycloneDx(inventory, request.metadata, spec, request.format);
  if (request.format === "json") violations.push(...await validateCycloneDxJson(text, request.spec));
  else if (request.validateXml) violations.push(...await request.validateXml(text, request.spec));
  if (violations.length > 0) {
    const list = violations.slice(0, 10).map((violation) => `  ${violation.at}: ${violation.message}`);
    throw new InternalError(
      `the ${request.format.toUpperCase()} SBOM for ${scope} is not valid CycloneDX ${request.spec}:
${list.join("\n")}`
    );
  }
  const name = inventory.subject.group ? `${inventory.subject.group}/${inventory.subject.name}` : inventory.subject.name;
  return {
    scope,
    subject: name,
    text,
    sha256: sha256Hex(text),
    statistics: statisticsOf(inventory),
    gaps: inventory.gaps
  };
}
function statisticsOf(inventory) {
  const byScope = {};
  const byLicense = {};
  let withHash = 0;
  for (const component of inventory.components) {
    const scope = component.scope ?? "required";
    byScope[scope] = (byScope[scope] ?? 0) + 1;
    const license = component.license ?? "(none)";
    byLicense[license] = (byLicense[license] ?? 0) + 1;
    if (component.hashes.length > 0) withHash++;
  }
  return { components: inventory.components.length, byScope, byLicense, withHash };
}

// packages/cli/src/cyclonedx-xsd.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
var bundledSchemas = fileURLToPath(new URL("./cyclonedx-schema/", import.meta.url));
function cycloneDxXsdPath(version) {
  const name = `bom-${version}.SNAPSHOT.xsd`;
  if (existsSync(path.join(bundledSchemas, name))) return path.join(bundledSchemas, name);
  try {
    const manifest = createRequire(import.meta.url).resolve("@cyclonedx/cyclonedx-library/package.json");
    return path.join(path.dirname(manifest), "res", "schema", name);
  } catch (error) {
    throw new ConfigurationError("the CycloneDX XML schemas are not available in this build of Evident", {
      fix: "write JSON (format json), or run the evident CLI from a full installation for XML",
      cause: error
    });
  }
}

// packages/cli/src/commands/sbom.ts
var lockfileNames = ["npm-shrinkwrap.json", "package-lock.json"];
async function runSbom(options, io, services = {}) {
  const { spec, format, omitDev } = checkOptions(options);
  const workspace = await openWorkspace(options, io, services.logger);
  const start = path2.resolve(io.cwd, options.cwd ?? ".");
  const config = await workspace.store.exists(configFileName) ? await loadWorkspaceConfig(workspace) : void 0;
  const products = config?.products ?? [await productFromManifest(workspace)];
  const versions = config ? await resolveVersions(config.products, workspace) : {};
  const metadataBase = {
    timestamp: (await runClock(workspace, io.env)).now(),
    tool: { name: "evident", version: services.version ?? cliVersion() }
  };
  const documents = [];
  const mismatches = [];
  for (const [index, product] of products.entries()) {
    const sbom = product.sbom;
    const declared = await readDeclared(workspace, config, index);
    const lockfile = await findLockfile(
      workspace,
      sbom?.lockfile ?? relativePath(workspace, start, options.path)
    );
    if (!lockfile && declared.components.length === 0) {
      throw new UsageError(
        `no npm lockfile (package-lock.json or npm-shrinkwrap.json) in ${options.path ?? workspace.root}`,
        {
          fix: "run `npm install --package-lock-only`, pass the lockfile as PATH, or declare components in evident.yml"
        }
      );
    }
    const result = await buildSboms({
      product: productComponent(product, versions[product.id]),
      ...lockfile ? { lockfile } : {},
      declared: declared.components,
      declaredFiles: declared.files,
      metadata: {
        ...metadataBase,
        ...optional2("manufacturer", product.manufacturer),
        ...optional2("supplier", sbom?.supplier ?? product.manufacturer),
        ...optional2("securityContact", product.securityContact),
        ...optional2("lifecycles", sbom?.lifecycles)
      },
      spec,
      format,
      omitDev,
      validateXml
    });
    mismatches.push(...result.mismatches);
    for (const document of result.documents) documents.push({ product: product.id, document });
  }
  if (mismatches.length > 0) return verificationFailed(spec, format, mismatches, workspace);
  const files = await writeDocuments(documents, format, options, io, start);
  const report = { spec, format, files, mismatches: [] };
  return { report, text: files.some((file) => file.path === null) ? "" : describe(report) };
}
function checkOptions(options) {
  const spec = options.spec ?? "1.6";
  if (!isSpecVersion(spec)) {
    throw new UsageError(`--spec ${spec} is not a CycloneDX version Evident writes`, {
      fix: `use one of ${specVersions.join(", ")}`
    });
  }
  const format = options.format ?? "json";
  if (!sbomFormats.includes(format)) {
    throw new UsageError(`--format ${format} is not an SBOM format`, {
      fix: `use one of ${sbomFormats.join(", ")}`
    });
  }
  const omit = typeof options.omit === "string" ? [options.omit] : options.omit ?? [];
  const unknown = omit.find((value) => value !== "dev");
  if (unknown !== void 0)
    throw new UsageError(`--omit ${unknown} is not supported`, { fix: "use --omit dev" });
  if (options.json && options.output === void 0) {
    throw new UsageError("--json needs -o/--output: without it the SBOM itself goes to stdout", {
      fix: "add -o sbom.cdx.json, or leave out --json"
    });
  }
  return { spec, format, omitDev: omit.includes("dev") };
}
function relativePath(workspace, start, given) {
  const absolute = path2.resolve(start, given ?? ".");
  const relative = path2.relative(workspace.root, absolute).split(path2.sep).join("/");
  if (relative.startsWith("..") || path2.isAbsolute(relative)) {
    throw new UsageError(`${absolute} is outside the repository ${workspace.root}`, {
      fix: "pass a lockfile or folder inside the repository, or -C with the repository that holds it"
    });
  }
  return relative === "" ? "." : relative;
}
async function findLockfile(workspace, location) {
  const { store } = workspace;
  const absolute = path2.join(workspace.root, location);
  const isDirectory = (await stat(absolute).catch(() => void 0))?.isDirectory() ?? false;
  const folder = isDirectory ? location : path2.posix.dirname(location);
  const candidates = isDirectory ? lockfileNames.map((name) => path2.posix.join(folder, name)) : [location];
  for (const candidate of candidates) {
    if (!await store.exists(candidate)) continue;
    const manifestPath = path2.posix.join(folder, "package.json");
    const manifest = await store.exists(manifestPath) ? await store.readText(manifestPath) : void 0;
    return { file: candidate, text: await store.readText(candidate), ...optional2("manifest", manifest) };
  }
  if (!isDirectory)
    throw new InputError(`"${location}" not found`, { fix: "pass an existing lockfile or folder" });
  return void 0;
}
async function readDeclared(workspace, config, productIndex) {
  const entries = config ? await listDeclaredComponents(workspace, config, productIndex) : [];
  const files = /* @__PURE__ */ new Map();
  const components = [];
  for (const { component, source: where, path: at } of entries) {
    const declaredFiles = [];
    for (const [index, file] of (component.files ?? []).entries()) {
      const location = where.locate([...at, "files", index, "path"]);
      files.set(file.path, await readDeclaredFile(workspace, file.path, location));
      declaredFiles.push({ path: file.path, location, ...optional2("sha256", file.sha256) });
    }
    components.push({
      name: component.name,
      version: component.version,
      kind: component.type,
      files: declaredFiles,
      ...optional2("description", component.description),
      ...optional2("supplier", component.supplier),
      ...optional2("license", component.license),
      ...optional2("cpe", component.cpe),
      ...optional2("purl", component.purl)
    });
  }
  return { components, files };
}
async function readDeclaredFile(workspace, file, location) {
  try {
    return await workspace.store.readBytes(file);
  } catch (error) {
    if (error instanceof InputError) {
      throw new ConfigurationError(`the declared file "${file}" cannot be read: ${error.message}`, {
        location,
        fix: "correct the path (relative to the repository root) or add the file",
        cause: error
      });
    }
    throw error;
  }
}
async function productFromManifest(workspace) {
  const manifest = await workspace.store.exists("package.json") ? parseManifest2(await workspace.store.readText("package.json")) : {};
  const name = typeof manifest.name === "string" && manifest.name ? manifest.name : path2.basename(workspace.root);
  return {
    id: slug(name),
    name,
    type: "software-application",
    version: { from: "fixed", value: typeof manifest.version === "string" ? manifest.version : "" },
    paths: { threatModel: "", gatePolicy: "", advisories: "", documents: "" },
    ...optional2("description", typeof manifest.description === "string" ? manifest.description : void 0)
  };
}
function parseManifest2(text) {
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === "object" ? value : {};
  } catch (error) {
    throw new InputError(`package.json is not valid JSON: ${error.message}`, {
      location: { file: "package.json" },
      fix: "repair package.json, or describe the product in evident.yml (evident init)",
      cause: error
    });
  }
}
var productKinds = {
  "embedded-device": "firmware",
  "network-device": "firmware",
  "host-device": "application",
  "software-application": "application"
};
function productComponent(product, version) {
  const resolved = version ?? (product.version.from === "fixed" ? product.version.value : "");
  return {
    ref: `urn:evident:product:${product.id}`,
    kind: productKinds[product.type],
    name: product.name,
    version: resolved,
    hashes: [],
    properties: [["evident:product:id", product.id]],
    dependsOn: [],
    components: [],
    ...optional2("description", product.description),
    ...optional2("supplier", product.manufacturer)
  };
}
async function writeDocuments(documents, format, options, io, start) {
  const names = documents.map(
    ({ product, document }) => document.scope === "product" ? `${product}.cdx.${format}` : `${product}.${slug(document.subject)}.cdx.${format}`
  );
  const report = (index, file) => {
    const { product, document } = documents[index];
    return {
      product,
      scope: document.scope,
      subject: document.subject,
      path: file,
      sha256: document.sha256,
      components: document.statistics.components,
      byScope: document.statistics.byScope,
      byLicense: document.statistics.byLicense,
      gaps: document.gaps
    };
  };
  const only = documents.length === 1 ? documents[0] : void 0;
  if (options.output === void 0) {
    if (!only) {
      throw new UsageError(`${documents.length} SBOMs (products and workspaces) cannot all go to stdout`, {
        fix: "pass -o DIR: a directory to write them to"
      });
    }
    io.stdout.write(only.document.text);
    return [report(0, null)];
  }
  const output = path2.resolve(start, options.output);
  if (only) {
    await mkdir(path2.dirname(output), { recursive: true });
    await writeFileAtomic(output, only.document.text);
    return [report(0, output)];
  }
  await refuseForeignDirectory(output);
  await writeDirectoryAtomic(
    output,
    new Map(names.map((name, index) => [name, documents[index]?.document.text ?? ""]))
  );
  return names.map((name, index) => report(index, path2.join(output, name)));
}
async function refuseForeignDirectory(output) {
  const info = await stat(output).catch(() => void 0);
  if (!info) return;
  const fix = "choose a new or empty directory for -o/--output, or one that holds only SBOMs (*.cdx.json, *.cdx.xml)";
  if (!info.isDirectory()) throw new UsageError(`${output} exists and is not a directory`, { fix });
  const foreign = (await readdir(output, { withFileTypes: true })).filter(
    (entry) => !entry.isFile() || !/\.cdx\.(?:json|xml)$/.test(entry.name)
  );
  if (foreign.length > 0) {
    throw new UsageError(
      `${output} holds ${foreign.length} entries that are not SBOMs, e.g. ${foreign[0]?.name}`,
      { fix }
    );
  }
}
function verificationFailed(spec, format, mismatches, workspace) {
  for (const mismatch of mismatches) {
    workspace.logger.error(
      `${mismatch.component}: ${mismatch.path} has SHA-256 ${mismatch.actual}, but ${mismatch.declared} is declared`,
      mismatch.location
    );
  }
  return {
    report: { spec, format, files: [], mismatches },
    text: `Declared hashes do not match ${mismatches.length} file(s): no SBOM written.
  fix: check the files (were they replaced?), then correct sha256 in the declaration`,
    exitCode: 1
  };
}
function validateXml(text, version) {
  const schema = cycloneDxXsdPath(version);
  return new Promise((resolve, reject) => {
    const child = execFile(
      "xmllint",
      ["--noout", "--nonet", "--schema", schema, "-"],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error && error.code === "ENOENT") {
          reject(
            new ConfigurationError("xmllint is needed to validate XML SBOMs and is not installed", {
              fix: "install it (Debian/Ubuntu: apt-get install libxml2-utils; macOS: it comes with Xcode tools), or use --format json"
            })
          );
          return;
        }
        if (!error) return resolve([]);
        const lines = stderr.split("\n").filter((line) => line && !line.endsWith("fails to validate"));
        resolve(lines.map((line) => ({ at: "xml", message: line })));
      }
    );
    child.stdin?.end(text);
  });
}
function describe(report) {
  const lines = report.files.map((file) => {
    const scopes2 = Object.entries(file.byScope).sort().map(([scope, count]) => `${count} ${scope}`).join(", ");
    return `  ${file.path}: ${file.components} components (${scopes2 || "none"})${file.gaps.length ? `
    incomplete: ${file.gaps.join("; ")}` : ""}`;
  });
  return `CycloneDX ${report.spec} ${report.format.toUpperCase()} written and validated:
${lines.join("\n")}`;
}
function slug(name) {
  return name.replace(/^@/, "").replace(/[^A-Za-z0-9._-]+/g, "-") || "sbom";
}
function optional2(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
export {
  runSbom
};
/*! Bundled license information:

@cyclonedx/cyclonedx-library/dist.node/contrib/license/factories.js:
@cyclonedx/cyclonedx-library/dist.node/contrib/license/index.common.js:
@cyclonedx/cyclonedx-library/dist.node/enums/attachmentEncoding.js:
@cyclonedx/cyclonedx-library/dist.node/contrib/license/_helpers/mime.node.js:
@cyclonedx/cyclonedx-library/dist.node/contrib/license/utils.node.js:
@cyclonedx/cyclonedx-library/dist.node/contrib/license/index.node.js:
@cyclonedx/cyclonedx-library/dist.node/enums/componentScope.js:
@cyclonedx/cyclonedx-library/dist.node/enums/componentType.js:
@cyclonedx/cyclonedx-library/dist.node/enums/externalReferenceType.js:
@cyclonedx/cyclonedx-library/dist.node/enums/hashAlogorithm.js:
@cyclonedx/cyclonedx-library/dist.node/enums/licenseAcknowledgement.js:
@cyclonedx/cyclonedx-library/dist.node/enums/lifecyclePhase.js:
@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/affectStatus.js:
@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisJustification.js:
@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisState.js:
@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/ratingMethod.js:
@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/severity.js:
@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/index.js:
@cyclonedx/cyclonedx-library/dist.node/enums/index.js:
@cyclonedx/cyclonedx-library/dist.node/spec/_protocol.js:
@cyclonedx/cyclonedx-library/dist.node/spec/consts.js:
@cyclonedx/cyclonedx-library/dist.node/spec/index.js:
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
