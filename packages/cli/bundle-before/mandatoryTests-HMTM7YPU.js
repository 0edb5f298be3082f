import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  MAX_UUID,
  NIL_UUID,
  NO_SHARING_ALLOWED,
  PUBLIC,
  cwecMap
} from "./chunk-AHV3JXZE.js";
import {
  docUtils_exports,
  mandatoryTest_6_1_12,
  mandatoryTest_6_1_14,
  mandatoryTest_6_1_15,
  mandatoryTest_6_1_16,
  mandatoryTest_6_1_17,
  mandatoryTest_6_1_18,
  mandatoryTest_6_1_19,
  mandatoryTest_6_1_2,
  mandatoryTest_6_1_20,
  mandatoryTest_6_1_21,
  mandatoryTest_6_1_22,
  mandatoryTest_6_1_23,
  mandatoryTest_6_1_24,
  mandatoryTest_6_1_25,
  mandatoryTest_6_1_26,
  mandatoryTest_6_1_27_1,
  mandatoryTest_6_1_27_10,
  mandatoryTest_6_1_27_11,
  mandatoryTest_6_1_27_2,
  mandatoryTest_6_1_27_3,
  mandatoryTest_6_1_27_4,
  mandatoryTest_6_1_27_5,
  mandatoryTest_6_1_27_6,
  mandatoryTest_6_1_27_7,
  mandatoryTest_6_1_27_8,
  mandatoryTest_6_1_27_9,
  mandatoryTest_6_1_28,
  mandatoryTest_6_1_29,
  mandatoryTest_6_1_3,
  mandatoryTest_6_1_30,
  mandatoryTest_6_1_31,
  mandatoryTest_6_1_32,
  mandatoryTest_6_1_33,
  mandatoryTest_6_1_4,
  mandatoryTest_6_1_5,
  require_cvss2js
} from "./chunk-EZUFM7ZC.js";
import {
  require_packageurl_js
} from "./chunk-O42CRF7F.js";
import "./chunk-6B77QBQ6.js";
import {
  compareZonedDateTimes,
  cvss30,
  cvss31,
  getEnvironmentalScoreFromVectorString,
  mapping,
  mapping2
} from "./chunk-IDQ55VWM.js";
import {
  require_jtd,
  require_lib
} from "./chunk-UITVB6FF.js";
import "./chunk-DPYHLQSN.js";
import {
  csafAjv_default
} from "./chunk-SVWVB2IJ.js";
import "./chunk-4MADFU33.js";
import "./chunk-VGXVMTU2.js";
import "./chunk-L23BHNIR.js";
import "./chunk-ZCQYR5VP.js";
import "./chunk-CVJE6LTD.js";
import "./chunk-XM45SO76.js";
import {
  __toESM
} from "./chunk-TQAJVIUW.js";

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_1.js
var { collectProductIds } = docUtils_exports;
function mandatoryTest_6_1_1(doc) {
  const errors = [];
  let isValid = true;
  const productIds = collectProductIds({ document: doc });
  const productIdRefs = collectProductIdRefs({ document: doc });
  const missingProductDefinitions = findMissingDefinitions(
    productIds,
    productIdRefs
  );
  if (missingProductDefinitions.length > 0) {
    isValid = false;
    missingProductDefinitions.forEach((missingProductDefinition) => {
      errors.push({
        message: "definition of product id missing",
        instancePath: missingProductDefinition.instancePath
      });
    });
  }
  return { isValid, errors };
}
function collectProductIdRefs({ document }) {
  const entries = (
    /** @type {{id: string, instancePath: string}[]} */
    []
  );
  const productGroups = document.product_tree?.product_groups;
  if (productGroups) {
    for (let i = 0; i < productGroups.length; ++i) {
      const productGroup = productGroups[i];
      const productIds = productGroup.product_ids;
      if (productIds) {
        for (let j = 0; j < productIds.length; ++j) {
          const productId = productIds[j];
          if (productId) {
            entries.push({
              id: productId,
              instancePath: `/product_tree/product_groups/${i}/product_ids/${j}`
            });
          }
        }
      }
    }
  }
  const relationshipGroups = document.product_tree?.relationships;
  if (relationshipGroups) {
    for (let i = 0; i < relationshipGroups.length; ++i) {
      const relationshipGroup = relationshipGroups[i];
      const productRef = relationshipGroup.product_reference;
      if (productRef) {
        entries.push({
          id: productRef,
          instancePath: "/product_tree/relationships/${i}/product_reference"
        });
      }
      const relToProductRef = relationshipGroup.relates_to_product_reference;
      if (relToProductRef) {
        entries.push({
          id: relToProductRef,
          instancePath: `/product_tree/relationships/${i}/relates_to_product_reference`
        });
      }
    }
  }
  const vulnerabilities = document.vulnerabilities;
  if (vulnerabilities) {
    for (let i = 0; i < vulnerabilities.length; ++i) {
      const vulnerability = vulnerabilities[i];
      collectRefsInProductStatus(
        `/vulnerabilities/${i}/product_status`,
        vulnerability,
        entries
      );
      collectProductRefsInRemediations(
        `/vulnerabilities/${i}/remediations`,
        vulnerability,
        entries
      );
      collectRefsInMetrics(
        `/vulnerabilities/${i}/metrics`,
        vulnerability,
        entries
      );
      collectProductRefsInThreats(
        `/vulnerabilities/${i}/threats`,
        vulnerability,
        entries
      );
    }
  }
  return entries;
}
var collectRefsInProductStatus = (instancePath, vulnerability, entries) => {
  findRefsInProductStatus(
    vulnerability.product_status?.first_affected,
    `${instancePath}/first_affected`,
    entries
  );
  findRefsInProductStatus(
    vulnerability.product_status?.first_fixed,
    `${instancePath}/first_fixed`,
    entries
  );
  findRefsInProductStatus(
    vulnerability.product_status?.fixed,
    `${instancePath}/fixed`,
    entries
  );
  findRefsInProductStatus(
    vulnerability.product_status?.known_affected,
    `${instancePath}/known_affected`,
    entries
  );
  findRefsInProductStatus(
    vulnerability.product_status?.known_not_affected,
    `${instancePath}/known_not_affected`,
    entries
  );
  findRefsInProductStatus(
    vulnerability.product_status?.last_affected,
    `${instancePath}/last_affected`,
    entries
  );
  findRefsInProductStatus(
    vulnerability.product_status?.recommended,
    `${instancePath}/recommended`,
    entries
  );
  findRefsInProductStatus(
    vulnerability.product_status?.under_investigation,
    `${instancePath}/under_investigation`,
    entries
  );
};
var findRefsInProductStatus = (refs, instancePath, entries) => {
  if (refs) {
    for (let i = 0; i < refs.length; ++i) {
      const ref = refs[i];
      if (ref) {
        entries.push({
          id: ref,
          instancePath: `${instancePath}/${i}`
        });
      }
    }
  }
};
var collectProductRefsInThreats = (instancePath, vulnerability, entries) => {
  const threats = vulnerability.threats;
  if (threats) {
    for (let i = 0; i < threats.length; ++i) {
      const threat = threats[i];
      const productIds = threat.product_ids;
      if (productIds) {
        for (let j = 0; j < productIds.length; ++j) {
          const productId = productIds[j];
          if (productId) {
            entries.push({
              id: productId,
              instancePath: `${instancePath}/${i}/product_ids/${j}`
            });
          }
        }
      }
    }
  }
};
var collectRefsInMetrics = (instancePath, vulnerability, entries) => {
  const metrics = vulnerability.metrics;
  if (metrics) {
    for (let i = 0; i < metrics.length; ++i) {
      const metric = metrics[i];
      const products = metric.products;
      if (products) {
        for (let j = 0; j < products.length; ++j) {
          const productId = products[j];
          if (productId) {
            entries.push({
              id: productId,
              instancePath: `${instancePath}/${i}/products/${j}`
            });
          }
        }
      }
    }
  }
};
var collectProductRefsInRemediations = (instancePath, vulnerability, entries) => {
  const remediations = vulnerability.remediations;
  if (remediations) {
    for (let i = 0; i < remediations.length; ++i) {
      const remediation = remediations[i];
      const productIds = remediation.product_ids;
      if (productIds) {
        for (let j = 0; j < productIds.length; ++j) {
          const productId = productIds[j];
          if (productId) {
            entries.push({
              id: productId,
              instancePath: `${instancePath}/${i}/product_ids/${j}`
            });
          }
        }
      }
    }
  }
};
var findMissingDefinitions = (entries, refs) => {
  return refs.filter(
    (ref) => entries.find((e) => e.id === ref.id) === void 0
  );
};

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_6.js
var import_jtd = __toESM(require_jtd(), 1);
var ajv = new import_jtd.default();
var inputSchema = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      vulnerabilities: {
        elements: {
          additionalProperties: true,
          optionalProperties: {
            product_status: {
              additionalProperties: true,
              optionalProperties: {
                first_affected: { elements: { type: "string" } },
                first_fixed: { elements: { type: "string" } },
                fixed: { elements: { type: "string" } },
                known_affected: { elements: { type: "string" } },
                known_not_affected: { elements: { type: "string" } },
                last_affected: { elements: { type: "string" } },
                under_investigation: { elements: { type: "string" } },
                unknown: { elements: { type: "string" } }
              }
            }
          }
        }
      }
    }
  }
);
var validate = ajv.compile(inputSchema);
function mandatoryTest_6_1_6(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate(doc)) {
    return ctx;
  }
  if (Array.isArray(doc.vulnerabilities)) {
    const vulnerabilities = doc.vulnerabilities;
    vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
      const productStatus2 = vulnerability.product_status;
      if (!productStatus2) return;
      const groups = [
        new Set(
          [].concat(
            Array.isArray(productStatus2.first_affected) ? productStatus2.first_affected : []
          ).concat(
            Array.isArray(productStatus2.known_affected) ? productStatus2.known_affected : []
          ).concat(
            Array.isArray(productStatus2.last_affected) ? productStatus2.last_affected : []
          )
        ),
        new Set(
          Array.isArray(productStatus2.known_not_affected) ? productStatus2.known_not_affected : []
        ),
        new Set(
          [].concat(
            Array.isArray(productStatus2.first_fixed) ? productStatus2.first_fixed : []
          ).concat(
            Array.isArray(productStatus2.fixed) ? productStatus2.fixed : []
          )
        ),
        new Set(
          Array.isArray(productStatus2.under_investigation) ? productStatus2.under_investigation : []
        ),
        new Set(
          Array.isArray(productStatus2.unknown) ? productStatus2.unknown : []
        )
      ];
      groups.forEach((group, index) => {
        const remainingGroups = groups.slice(index + 1);
        group.forEach((productID) => {
          if (remainingGroups.some((g) => g.has(productID))) {
            ctx.isValid = false;
            ctx.errors.push({
              instancePath: `/vulnerabilities/${vulnerabilityIndex}/product_status`,
              message: `product id "${productID}" is mentioned in contradicting product status groups`
            });
          }
        });
      });
    });
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_7.js
var import_jtd2 = __toESM(require_jtd(), 1);
var jtdAjv = new import_jtd2.default();
var inputSchema2 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      vulnerabilities: {
        elements: {
          additionalProperties: true,
          optionalProperties: {
            metrics: {
              elements: {
                additionalProperties: true,
                optionalProperties: {
                  source: {
                    type: "string"
                  },
                  products: {
                    elements: { type: "string" }
                  },
                  content: {
                    additionalProperties: true,
                    optionalProperties: {
                      cvss_v2: {
                        additionalProperties: true,
                        optionalProperties: {
                          version: { type: "string" }
                        }
                      },
                      cvss_v3: {
                        additionalProperties: true,
                        optionalProperties: {
                          version: { type: "string" }
                        }
                      },
                      cvss_v4: {
                        additionalProperties: true,
                        optionalProperties: {
                          version: { type: "string" }
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
);
var validate2 = jtdAjv.compile(inputSchema2);
function mandatoryTest_6_1_7(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  const errors = [];
  let isValid = true;
  if (!validate2(doc)) {
    return ctx;
  }
  const vulnerabilities = doc.vulnerabilities;
  function createIdForVersionAndSource(version, source) {
    return JSON.stringify({ version, source: source ?? "" });
  }
  function findCvssVersionWithSameVersionAndSource(metric, versionSourceId) {
    if (metric.content?.cvss_v2?.version !== void 0 && versionSourceId === createIdForVersionAndSource(
      metric.content?.cvss_v2.version,
      metric.source
    )) {
      return metric.content?.cvss_v2?.version;
    } else if (metric.content?.cvss_v3?.version !== void 0 && versionSourceId === createIdForVersionAndSource(
      metric.content?.cvss_v3.version,
      metric.source
    )) {
      return metric.content?.cvss_v3?.version;
    } else if (metric.content?.cvss_v4?.version !== void 0 && versionSourceId === createIdForVersionAndSource(
      metric.content?.cvss_v4.version,
      metric.source
    )) {
      return metric.content?.cvss_v4?.version;
    } else {
      return null;
    }
  }
  function addAllVersionSourceIdsInMetricToSet(metric, versionSourceIdSet) {
    if (metric.content?.cvss_v2?.version !== void 0) {
      versionSourceIdSet.add(
        createIdForVersionAndSource(
          metric.content?.cvss_v2.version,
          metric.source
        )
      );
    }
    if (metric.content?.cvss_v3?.version !== void 0) {
      versionSourceIdSet.add(
        createIdForVersionAndSource(
          metric.content?.cvss_v3.version,
          metric.source
        )
      );
    }
    if (metric.content?.cvss_v4?.version !== void 0) {
      versionSourceIdSet.add(
        createIdForVersionAndSource(
          metric.content?.cvss_v4.version,
          metric.source
        )
      );
    }
  }
  vulnerabilities.forEach((vulnerabilityItem, vulnerabilityIndex) => {
    const versionsSourceIdSetByProduct = /* @__PURE__ */ new Map();
    const metrics = vulnerabilityItem.metrics;
    metrics?.forEach((metric, metricIndex) => {
      const productsOfMetric = metric.products;
      productsOfMetric?.forEach((product, productIndex) => {
        const versionSourceIdsOfProduct = versionsSourceIdSetByProduct.get(product) ?? /* @__PURE__ */ new Set();
        versionsSourceIdSetByProduct.set(product, versionSourceIdsOfProduct);
        versionSourceIdsOfProduct.forEach((versionSourceIdOfProduct) => {
          const sameVersion = findCvssVersionWithSameVersionAndSource(
            metric,
            versionSourceIdOfProduct
          );
          if (sameVersion) {
            isValid = false;
            const sourceOfMetric = metric.source ? metric.source : "";
            errors.push({
              message: `Product is member of more than one CVSS-Vectors with the same version '${sameVersion}' and same source '${sourceOfMetric}'.`,
              instancePath: `/vulnerabilities/${vulnerabilityIndex}/metrics/${metricIndex}/products/${productIndex}`
            });
          }
        });
        addAllVersionSourceIdsInMetricToSet(metric, versionSourceIdsOfProduct);
      });
    });
  });
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_8.js
var import_jtd3 = __toESM(require_jtd(), 1);
var jtdAjv2 = new import_jtd3.default();
var inputSchema3 = (
  /** @type {const} */
  {
    additionalProperties: true,
    optionalProperties: {
      vulnerabilities: {
        elements: {
          additionalProperties: true,
          optionalProperties: {
            metrics: {
              elements: {
                additionalProperties: true,
                optionalProperties: {
                  content: {
                    additionalProperties: true,
                    optionalProperties: {
                      cvss_v2: {
                        additionalProperties: true,
                        properties: {}
                      },
                      cvss_v3: {
                        additionalProperties: true,
                        properties: {}
                      },
                      cvss_v4: {
                        additionalProperties: true,
                        properties: {}
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
);
var validate3 = jtdAjv2.compile(inputSchema3);
var validate_2_0 = csafAjv_default.compile({
  $ref: "https://www.first.org/cvss/cvss-v2.0.json"
});
var validate_3 = csafAjv_default.compile({
  oneOf: [
    {
      $ref: "https://www.first.org/cvss/cvss-v3.0.json"
    },
    {
      $ref: "https://www.first.org/cvss/cvss-v3.1.json"
    }
  ]
});
var validate_4_0 = csafAjv_default.compile({
  $ref: "https://www.first.org/cvss/cvss-v4.0.json"
});
function mandatoryTest_6_1_8(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate3(doc)) {
    return ctx;
  }
  for (const [
    vulnerabilityIndex,
    vulnerability
  ] of doc.vulnerabilities?.entries() ?? []) {
    for (const [metricIndex, metric] of vulnerability.metrics?.entries() ?? []) {
      if (metric?.content?.cvss_v2) {
        const valid = validate_2_0(metric?.content.cvss_v2);
        if (!valid) {
          ctx.isValid = false;
          for (const err of validate_2_0.errors ?? []) {
            ctx.errors.push({
              instancePath: `/vulnerabilities/${vulnerabilityIndex}/metrics/${metricIndex}/content/cvss_v2${err.instancePath}`,
              message: err.message ?? ""
            });
          }
        }
      }
      if (metric?.content?.cvss_v3) {
        const valid = validate_3(metric?.content?.cvss_v3);
        if (!valid) {
          ctx.isValid = false;
          for (const err of validate_3.errors ?? []) {
            ctx.errors.push({
              instancePath: `/vulnerabilities/${vulnerabilityIndex}/metrics/${metricIndex}/content/cvss_v3${err.instancePath}`,
              message: err.message ?? ""
            });
          }
        }
      }
      if (metric?.content?.cvss_v4) {
        const valid = validate_4_0(metric?.content?.cvss_v4);
        if (!valid) {
          ctx.isValid = false;
          for (const err of validate_4_0.errors ?? []) {
            ctx.errors.push({
              instancePath: `/vulnerabilities/${vulnerabilityIndex}/metrics/${metricIndex}/content/cvss_v4${err.instancePath}`,
              message: err.message ?? ""
            });
          }
        }
      }
    }
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_9.js
var import_cvss2js = __toESM(require_cvss2js(), 1);
var import_jtd4 = __toESM(require_jtd(), 1);

// node_modules/@secvisogram/csaf-validator-lib/lib/shared/first/cvss40.js
function roundToDecimalPlaces(value) {
  const EPSILON = Math.pow(10, -6);
  return Math.round((value + EPSILON) * 10) / 10;
}
var Vector = class _Vector {
  // CVSS40 metrics with defaults values at first key
  static METRICS = {
    // Base (11 metrics)
    BASE: {
      AV: ["N", "A", "L", "P"],
      AC: ["L", "H"],
      AT: ["N", "P"],
      PR: ["N", "L", "H"],
      UI: ["N", "P", "A"],
      VC: ["N", "L", "H"],
      VI: ["N", "L", "H"],
      VA: ["N", "L", "H"],
      SC: ["N", "L", "H"],
      SI: ["N", "L", "H"],
      SA: ["N", "L", "H"]
    },
    // Threat (1 metric)
    THREAT: {
      E: ["X", "A", "P", "U"]
    },
    // Environmental (14 metrics)
    ENVIRONMENTAL: {
      CR: ["X", "H", "M", "L"],
      IR: ["X", "H", "M", "L"],
      AR: ["X", "H", "M", "L"],
      MAV: ["X", "N", "A", "L", "P"],
      MAC: ["X", "L", "H"],
      MAT: ["X", "N", "P"],
      MPR: ["X", "N", "L", "H"],
      MUI: ["X", "N", "P", "A"],
      MVC: ["X", "H", "L", "N"],
      MVI: ["X", "H", "L", "N"],
      MVA: ["X", "H", "L", "N"],
      MSC: ["X", "H", "L", "N"],
      MSI: ["X", "S", "H", "L", "N"],
      MSA: ["X", "S", "H", "L", "N"]
    },
    // Supplemental (6 metrics)
    SUPPLEMENTAL: {
      S: ["X", "N", "P"],
      AU: ["X", "N", "Y"],
      R: ["X", "A", "U", "I"],
      V: ["X", "D", "C"],
      RE: ["X", "L", "M", "H"],
      U: ["X", "Clear", "Green", "Amber", "Red"]
    }
  };
  static ALL_METRICS = Object.keys(_Vector.METRICS).reduce((order, category) => {
    return { ...order, ..._Vector.METRICS[category] };
  }, {});
  // Nomenclature base constant
  static BASE_NOMENCLATURE = "CVSS-B";
  /**
   * Initializes a new Vector instance with optional CVSS vector string.
   *
   * This constructor initializes the metrics with their default values based on the CVSS v4.0 specification.
   * If a vector string is provided, it parses the string and updates the metrics accordingly.
   *
   * @param {string} [vectorString=""] - Optional CVSS v4.0 vector string to initialize the metrics (e.g., "CVSS:4.0/AV:L/AC:L/PR:N/UI:R/...").
   */
  constructor(vectorString = "") {
    const selected = {};
    for (let category in _Vector.METRICS) {
      for (let key in _Vector.METRICS[category]) {
        selected[key] = _Vector.METRICS[category][key][0];
      }
    }
    this.metrics = selected;
    if (vectorString) {
      if (vectorString.startsWith("#")) {
        vectorString = vectorString.slice(1);
      }
      this.updateMetricsFromVectorString(vectorString);
    }
  }
  /**
   * Dynamically generates the `raw` CVSS vector string based on the current state of `metrics`.
   *
   * This getter constructs the vector string from the `metrics` object, including only those metrics
   * that are not set to "X". The string starts with "CVSS:4.0" followed by each metric and its value.
   *
   * @return {string} - The CVSS vector string in the format "CVSS:4.0/AV:N/AC:L/..."
   */
  get raw() {
    const baseString = "CVSS:4.0";
    const metricEntries = Object.entries(this.metrics).filter(([, value]) => value !== "X").map(([key, value]) => `/${key}:${value}`).join("");
    return baseString + metricEntries;
  }
  /**
   * Computes the equivalent classes for the given CVSS metrics.
   *
   * This method aggregates multiple detailed security metrics into a higher-level
   * equivalent classes that represents the overall security posture.
   *
   * @returns {string} - The equivalent classes (e.g., "002201").
   */
  get equivalentClasses() {
    const computeEQ1 = () => {
      const AV = this.getEffectiveMetricValue("AV");
      const PR = this.getEffectiveMetricValue("PR");
      const UI = this.getEffectiveMetricValue("UI");
      if (AV === "N" && PR === "N" && UI === "N") {
        return "0";
      }
      if ((AV === "N" || PR === "N" || UI === "N") && !(AV === "N" && PR === "N" && UI === "N") && AV !== "P") {
        return "1";
      }
      if (AV === "P" || !(AV === "N" || PR === "N" || UI === "N")) {
        return "2";
      }
    };
    const computeEQ2 = () => {
      const AC = this.getEffectiveMetricValue("AC");
      const AT = this.getEffectiveMetricValue("AT");
      return AC === "L" && AT === "N" ? "0" : "1";
    };
    const computeEQ3 = () => {
      const VC = this.getEffectiveMetricValue("VC");
      const VI = this.getEffectiveMetricValue("VI");
      const VA = this.getEffectiveMetricValue("VA");
      if (VC === "H" && VI === "H") {
        return "0";
      }
      if (!(VC === "H" && VI === "H") && (VC === "H" || VI === "H" || VA === "H")) {
        return "1";
      }
      if (!(VC === "H" || VI === "H" || VA === "H")) {
        return "2";
      }
    };
    const computeEQ4 = () => {
      const MSI = this.getEffectiveMetricValue("MSI");
      const MSA = this.getEffectiveMetricValue("MSA");
      const SC = this.getEffectiveMetricValue("SC");
      const SI = this.getEffectiveMetricValue("SI");
      const SA = this.getEffectiveMetricValue("SA");
      if (MSI === "S" || MSA === "S") {
        return "0";
      }
      if (!(MSI === "S" || MSA === "S") && (SC === "H" || SI === "H" || SA === "H")) {
        return "1";
      }
      return "2";
    };
    const computeEQ5 = () => {
      const E = this.getEffectiveMetricValue("E");
      if (E === "A") return "0";
      if (E === "P") return "1";
      if (E === "U") return "2";
    };
    const computeEQ6 = () => {
      const CR = this.getEffectiveMetricValue("CR");
      const VC = this.getEffectiveMetricValue("VC");
      const IR = this.getEffectiveMetricValue("IR");
      const VI = this.getEffectiveMetricValue("VI");
      const AR = this.getEffectiveMetricValue("AR");
      const VA = this.getEffectiveMetricValue("VA");
      if (CR === "H" && VC === "H" || IR === "H" && VI === "H" || AR === "H" && VA === "H") {
        return "0";
      }
      return "1";
    };
    const eq1 = computeEQ1();
    const eq2 = computeEQ2();
    const eq3 = computeEQ3();
    const eq4 = computeEQ4();
    const eq5 = computeEQ5();
    const eq6 = computeEQ6();
    return eq1 + eq2 + eq3 + eq4 + eq5 + eq6;
  }
  /**
   * Determines the CVSS nomenclature based on the metrics used in the vector.
   *
   * This method generates the nomenclature string by evaluating whether the vector includes
   * threat and/or environmental metrics. The nomenclature helps to categorize the type of vector
   * (e.g., "CVSS-B", "CVSS-BE", "CVSS-BT", "CVSS-BTE").
   *
   * @returns {string} - The CVSS nomenclature string.
   */
  get nomenclature() {
    let nomenclature = _Vector.BASE_NOMENCLATURE;
    const hasThreatMetrics = Object.keys(_Vector.METRICS.THREAT).some(
      (key) => this.metrics[key] !== "X"
    );
    const hasEnvironmentalMetrics = Object.keys(
      _Vector.METRICS.ENVIRONMENTAL
    ).some((key) => this.metrics[key] !== "X");
    if (hasThreatMetrics) {
      nomenclature += "T";
    }
    if (hasEnvironmentalMetrics) {
      nomenclature += "E";
    }
    return nomenclature;
  }
  /**
   * Generates a detailed breakdown of equivalent classes with their associated severity levels.
   *
   * This method analyzes a vector string representing various dimensions of a vulnerability
   * (known as macrovectors) and maps them to their corresponding human-readable severity levels
   * ("High", "Medium", "Low").
   *
   * @example
   * const breakdown = vectorInstance.severityBreakdown();
   * console.log(breakdown["Exploitability"]); // Outputs: "Medium"
   * console.log(breakdown["Complexity"]); // Outputs: "High"
   *
   * @returns {Object} An object where each key is a metric description and each value is the corresponding severity level.
   */
  get severityBreakdown() {
    const macroVector = this.equivalentClasses;
    const macroVectorDetails = [
      "Exploitability",
      "Complexity",
      "Vulnerable system",
      "Subsequent system",
      "Exploitation",
      "Security requirements"
    ];
    const macroVectorsWithTwoSeverities = [
      "Complexity",
      "Security requirements"
    ];
    const threeSeverities = ["High", "Medium", "Low"];
    const twoSeverities = ["High", "Low"];
    return Object.fromEntries(
      macroVectorDetails.map((description, index) => {
        const macroVectorValueOptions = macroVectorsWithTwoSeverities.includes(
          description
        ) ? twoSeverities : threeSeverities;
        return [description, macroVectorValueOptions[macroVector[index]]];
      })
    );
  }
  /**
   * Gets the effective value for a given CVSS metric.
   *
   * This method determines the effective value of a metric, considering any
   * modifications and defaults to the worst-case scenario for certain metrics.
   * It checks if the metric has been overridden by an environmental metric and
   * returns the appropriate value.
   *
   * @param {string} metric - The metric for which to get the effective value (e.g., "AV", "PR").
   * @returns {string} - The effective metric value.
   */
  getEffectiveMetricValue(metric) {
    const worstCaseDefaults = {
      E: "A",
      // If E=X, it defaults to E=A
      CR: "H",
      // If CR=X, it defaults to CR=H
      IR: "H",
      // If IR=X, it defaults to IR=H
      AR: "H"
      // If AR=X, it defaults to AR=H
    };
    if (this.metrics[metric] === "X" && Object.prototype.hasOwnProperty.call(worstCaseDefaults, metric)) {
      return worstCaseDefaults[metric];
    }
    const modifiedMetric = "M" + metric;
    if (Object.prototype.hasOwnProperty.call(this.metrics, modifiedMetric) && this.metrics[modifiedMetric] !== "X") {
      return this.metrics[modifiedMetric];
    }
    return this.metrics[metric];
  }
  /**
   * Validates a CVSS v4.0 vector string.
   *
   * This method checks the structure of a given CVSS v4.0 vector string to ensure it adheres to the expected format and values.
   * It verifies the presence of the "CVSS:4.0" prefix, the mandatory metrics, and their valid values.
   *
   * @param {string} vector - The CVSS v4.0 vector string to validate (e.g., "CVSS:4.0/AV:L/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A/MAV:A/AU:N/R:A").
   * @returns {boolean} - Returns true if the vector is valid, otherwise false.
   */
  validateStringVector(vector) {
    const metrics = vector.split("/");
    if (metrics.shift() !== "CVSS:4.0") {
      console.error(
        "Error: invalid vector, missing CVSS v4.0 prefix from vector: " + vector
      );
      return false;
    }
    const expectedMetrics = Object.entries(_Vector.ALL_METRICS);
    let mandatoryMetricIndex = 0;
    for (let metric of metrics) {
      const [key, value] = metric.split(":");
      if (!expectedMetrics[mandatoryMetricIndex]) {
        console.error("Error: invalid vector, too many metric values");
        return false;
      }
      while (expectedMetrics[mandatoryMetricIndex] && expectedMetrics[mandatoryMetricIndex][0] !== key) {
        if (mandatoryMetricIndex < 11) {
          console.error("Error: invalid vector, missing mandatory metrics");
          return false;
        }
        mandatoryMetricIndex++;
      }
      if (!expectedMetrics[mandatoryMetricIndex][1].includes(value)) {
        console.error(
          `Error: invalid vector, for key ${key}, value ${value} is not in ${expectedMetrics[mandatoryMetricIndex][1]}`
        );
        return false;
      }
      mandatoryMetricIndex++;
    }
    return true;
  }
  /**
   * Updates the `metrics` object with values from a provided CVSS v4.0 vector string.
   *
   * This method parses a CVSS v4.0 vector string and updates the `metrics` object
   * with the corresponding metric values. The method validates the vector string
   * to ensure it adheres to the expected CVSS v4.0 format before processing.
   *
   * Example usage:
   * ```
   * vector.updateMetricsFromVectorString("CVSS:4.0/AV:L/AC:L/PR:N/UI:R/...");
   * ```
   *
   * @param {string} vectorString - The CVSS v4.0 vector string to be parsed and applied
   *                                (e.g., "CVSS:4.0/AV:L/AC:L/PR:N/UI:N/...").
   * @throws {Error} - Throws an error if the vector string is invalid or does not conform to the expected format.
   */
  updateMetricsFromVectorString(vector) {
    if (!vector) {
      throw new Error("The vector string cannot be null, undefined, or empty.");
    }
    if (!this.validateStringVector(vector)) {
      throw new Error("Invalid CVSS v4.0 vector: " + vector);
    }
    let metrics = vector.split("/");
    metrics.shift();
    for (let metric of metrics) {
      let [key, value] = metric.split(":");
      this.metrics[key] = value;
    }
  }
  /**
   * Updates the value of a specific CVSS metric and automatically refreshes the `raw` vector string.
   *
   * This method updates the value of the specified metric in the `metrics` object.
   * After updating the metric, it updates the `raw` string by replacing the corresponding
   * metric value in the existing string without reconstructing the entire string.
   *
   * Example usage:
   * ```
   * vector.updateMetric("AV", "L");
   * console.log(vector.raw); // Output: "CVSS:4.0/AV:L/AC:L/..."
   * ```
   *
   * @param {string} metric - The abbreviation of the metric to be updated (e.g., "AV", "AC").
   * @param {string} value - The new value to assign to the metric (e.g., "L", "H").
   */
  updateMetric(metric, value) {
    if (Object.prototype.hasOwnProperty.call(this.metrics, metric)) {
      this.metrics[metric] = value;
    } else {
      console.error(`Metric ${metric} not found.`);
    }
  }
};
var CVSS40 = class _CVSS40 {
  //  Lookup table of macro vectors and their pre-computed equivalent classes value.
  static LOOKUP_TABLE = {
    "000000": 10,
    "000001": 9.9,
    "000010": 9.8,
    "000011": 9.5,
    "000020": 9.5,
    "000021": 9.2,
    "000100": 10,
    "000101": 9.6,
    "000110": 9.3,
    "000111": 8.7,
    "000120": 9.1,
    "000121": 8.1,
    "000200": 9.3,
    "000201": 9,
    "000210": 8.9,
    "000211": 8,
    "000220": 8.1,
    "000221": 6.8,
    "001000": 9.8,
    "001001": 9.5,
    "001010": 9.5,
    "001011": 9.2,
    "001020": 9,
    "001021": 8.4,
    "001100": 9.3,
    "001101": 9.2,
    "001110": 8.9,
    "001111": 8.1,
    "001120": 8.1,
    "001121": 6.5,
    "001200": 8.8,
    "001201": 8,
    "001210": 7.8,
    "001211": 7,
    "001220": 6.9,
    "001221": 4.8,
    "002001": 9.2,
    "002011": 8.2,
    "002021": 7.2,
    "002101": 7.9,
    "002111": 6.9,
    "002121": 5,
    "002201": 6.9,
    "002211": 5.5,
    "002221": 2.7,
    "010000": 9.9,
    "010001": 9.7,
    "010010": 9.5,
    "010011": 9.2,
    "010020": 9.2,
    "010021": 8.5,
    "010100": 9.5,
    "010101": 9.1,
    "010110": 9,
    "010111": 8.3,
    "010120": 8.4,
    "010121": 7.1,
    "010200": 9.2,
    "010201": 8.1,
    "010210": 8.2,
    "010211": 7.1,
    "010220": 7.2,
    "010221": 5.3,
    "011000": 9.5,
    "011001": 9.3,
    "011010": 9.2,
    "011011": 8.5,
    "011020": 8.5,
    "011021": 7.3,
    "011100": 9.2,
    "011101": 8.2,
    "011110": 8,
    "011111": 7.2,
    "011120": 7,
    "011121": 5.9,
    "011200": 8.4,
    "011201": 7,
    "011210": 7.1,
    "011211": 5.2,
    "011220": 5,
    "011221": 3,
    "012001": 8.6,
    "012011": 7.5,
    "012021": 5.2,
    "012101": 7.1,
    "012111": 5.2,
    "012121": 2.9,
    "012201": 6.3,
    "012211": 2.9,
    "012221": 1.7,
    1e5: 9.8,
    100001: 9.5,
    100010: 9.4,
    100011: 8.7,
    100020: 9.1,
    100021: 8.1,
    100100: 9.4,
    100101: 8.9,
    100110: 8.6,
    100111: 7.4,
    100120: 7.7,
    100121: 6.4,
    100200: 8.7,
    100201: 7.5,
    100210: 7.4,
    100211: 6.3,
    100220: 6.3,
    100221: 4.9,
    101e3: 9.4,
    101001: 8.9,
    101010: 8.8,
    101011: 7.7,
    101020: 7.6,
    101021: 6.7,
    101100: 8.6,
    101101: 7.6,
    101110: 7.4,
    101111: 5.8,
    101120: 5.9,
    101121: 5,
    101200: 7.2,
    101201: 5.7,
    101210: 5.7,
    101211: 5.2,
    101220: 5.2,
    101221: 2.5,
    102001: 8.3,
    102011: 7,
    102021: 5.4,
    102101: 6.5,
    102111: 5.8,
    102121: 2.6,
    102201: 5.3,
    102211: 2.1,
    102221: 1.3,
    11e4: 9.5,
    110001: 9,
    110010: 8.8,
    110011: 7.6,
    110020: 7.6,
    110021: 7,
    110100: 9,
    110101: 7.7,
    110110: 7.5,
    110111: 6.2,
    110120: 6.1,
    110121: 5.3,
    110200: 7.7,
    110201: 6.6,
    110210: 6.8,
    110211: 5.9,
    110220: 5.2,
    110221: 3,
    111e3: 8.9,
    111001: 7.8,
    111010: 7.6,
    111011: 6.7,
    111020: 6.2,
    111021: 5.8,
    111100: 7.4,
    111101: 5.9,
    111110: 5.7,
    111111: 5.7,
    111120: 4.7,
    111121: 2.3,
    111200: 6.1,
    111201: 5.2,
    111210: 5.7,
    111211: 2.9,
    111220: 2.4,
    111221: 1.6,
    112001: 7.1,
    112011: 5.9,
    112021: 3,
    112101: 5.8,
    112111: 2.6,
    112121: 1.5,
    112201: 2.3,
    112211: 1.3,
    112221: 0.6,
    2e5: 9.3,
    200001: 8.7,
    200010: 8.6,
    200011: 7.2,
    200020: 7.5,
    200021: 5.8,
    200100: 8.6,
    200101: 7.4,
    200110: 7.4,
    200111: 6.1,
    200120: 5.6,
    200121: 3.4,
    200200: 7,
    200201: 5.4,
    200210: 5.2,
    200211: 4,
    200220: 4,
    200221: 2.2,
    201e3: 8.5,
    201001: 7.5,
    201010: 7.4,
    201011: 5.5,
    201020: 6.2,
    201021: 5.1,
    201100: 7.2,
    201101: 5.7,
    201110: 5.5,
    201111: 4.1,
    201120: 4.6,
    201121: 1.9,
    201200: 5.3,
    201201: 3.6,
    201210: 3.4,
    201211: 1.9,
    201220: 1.9,
    201221: 0.8,
    202001: 6.4,
    202011: 5.1,
    202021: 2,
    202101: 4.7,
    202111: 2.1,
    202121: 1.1,
    202201: 2.4,
    202211: 0.9,
    202221: 0.4,
    21e4: 8.8,
    210001: 7.5,
    210010: 7.3,
    210011: 5.3,
    210020: 6,
    210021: 5,
    210100: 7.3,
    210101: 5.5,
    210110: 5.9,
    210111: 4,
    210120: 4.1,
    210121: 2,
    210200: 5.4,
    210201: 4.3,
    210210: 4.5,
    210211: 2.2,
    210220: 2,
    210221: 1.1,
    211e3: 7.5,
    211001: 5.5,
    211010: 5.8,
    211011: 4.5,
    211020: 4,
    211021: 2.1,
    211100: 6.1,
    211101: 5.1,
    211110: 4.8,
    211111: 1.8,
    211120: 2,
    211121: 0.9,
    211200: 4.6,
    211201: 1.8,
    211210: 1.7,
    211211: 0.7,
    211220: 0.8,
    211221: 0.2,
    212001: 5.3,
    212011: 2.4,
    212021: 1.4,
    212101: 2.4,
    212111: 1.2,
    212121: 0.5,
    212201: 1,
    212211: 0.3,
    212221: 0.1
  };
  // The following defines the index of each metric's values.
  // It is used when looking for the highest vector part of the
  // combinations produced by the MacroVector respective highest
  static METRIC_LEVELS = {
    AV: { N: 0, A: 0.1, L: 0.2, P: 0.3 },
    PR: { N: 0, L: 0.1, H: 0.2 },
    UI: { N: 0, P: 0.1, A: 0.2 },
    AC: { L: 0, H: 0.1 },
    AT: { N: 0, P: 0.1 },
    VC: { H: 0, L: 0.1, N: 0.2 },
    VI: { H: 0, L: 0.1, N: 0.2 },
    VA: { H: 0, L: 0.1, N: 0.2 },
    SC: { H: 0.1, L: 0.2, N: 0.3 },
    SI: { S: 0, H: 0.1, L: 0.2, N: 0.3 },
    SA: { S: 0, H: 0.1, L: 0.2, N: 0.3 },
    CR: { H: 0, M: 0.1, L: 0.2 },
    IR: { H: 0, M: 0.1, L: 0.2 },
    AR: { H: 0, M: 0.1, L: 0.2 },
    E: { U: 0.2, P: 0.1, A: 0 }
  };
  static MAX_COMPOSED = {
    // EQ1
    eq1: {
      0: ["AV:N/PR:N/UI:N/"],
      1: ["AV:A/PR:N/UI:N/", "AV:N/PR:L/UI:N/", "AV:N/PR:N/UI:P/"],
      2: ["AV:P/PR:N/UI:N/", "AV:A/PR:L/UI:P/"]
    },
    // EQ2
    eq2: {
      0: ["AC:L/AT:N/"],
      1: ["AC:H/AT:N/", "AC:L/AT:P/"]
    },
    // EQ3+EQ6
    eq3: {
      0: {
        0: ["VC:H/VI:H/VA:H/CR:H/IR:H/AR:H/"],
        1: ["VC:H/VI:H/VA:L/CR:M/IR:M/AR:H/", "VC:H/VI:H/VA:H/CR:M/IR:M/AR:M/"]
      },
      1: {
        0: ["VC:L/VI:H/VA:H/CR:H/IR:H/AR:H/", "VC:H/VI:L/VA:H/CR:H/IR:H/AR:H/"],
        1: [
          "VC:L/VI:H/VA:L/CR:H/IR:M/AR:H/",
          "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M/",
          "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M/",
          "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H/",
          "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M/"
        ]
      },
      2: { 1: ["VC:L/VI:L/VA:L/CR:H/IR:H/AR:H/"] }
    },
    // EQ4
    eq4: {
      0: ["SC:H/SI:S/SA:S/"],
      1: ["SC:H/SI:H/SA:H/"],
      2: ["SC:L/SI:L/SA:L/"]
    },
    // EQ5
    eq5: {
      0: ["E:A/"],
      1: ["E:P/"],
      2: ["E:U/"]
    }
  };
  // max severity distances in EQs MacroVectors (+1)
  static MAX_SEVERITY = {
    eq1: {
      0: 1,
      1: 4,
      2: 5
    },
    eq2: {
      0: 1,
      1: 2
    },
    eq3eq6: {
      0: { 0: 7, 1: 6 },
      1: { 0: 8, 1: 8 },
      2: { 1: 10 }
    },
    eq4: {
      0: 6,
      1: 5,
      2: 4
    },
    eq5: {
      0: 1,
      1: 1,
      2: 1
    }
  };
  /**
   * Constructs a CVSS40 object and initializes its properties.
   *
   * This constructor validates the provided CVSS v4.0 vector string against the CVSS v4.0 specification,
   * extracts the metrics from the vector string, computes the equivalent classes,
   * and calculates the score.
   *
   * For detailed information on the CVSS v4.0 specification, refer to:
   * https://www.first.org/cvss/v4.0/specification-document
   *
   * @param {string} vectorString - The CVSS v4.0 vector string (e.g., "CVSS:4.0/AV:L/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A/MAV:A/AU:N/R:A").
   *                                Defaults to an empty string if not provided.
   * @throws {Error} - Throws an error if the vector string is invalid according to the CVSS v4.0 schema.
   */
  constructor(input = "") {
    if (input instanceof Vector) {
      this.vector = input;
    } else if (typeof input === "string") {
      this.vector = new Vector(input);
    } else {
      throw new Error(
        `Invalid input type for CVSSv4.0 constructor. Expected a string or a Vector object in ${this.vector}`
      );
    }
    this.score = this.calculateScore();
    this.severity = this.calculateSeverityRating(this.score);
  }
  /**
   * Calculates the qualitative severity rating based on the CVSS score.
   *
   * The rating is determined according to the following scale:
   * - None: 0.0
   * - Low: 0.1 - 3.9
   * - Medium: 4.0 - 6.9
   * - High: 7.0 - 8.9
   * - Critical: 9.0 - 10.0
   *
   * @param {number} score - The CVSS score.
   * @returns {string} - The qualitative severity rating.
   */
  calculateSeverityRating(score) {
    if (score === 0) {
      return "None";
    } else if (score >= 0.1 && score <= 3.9) {
      return "Low";
    } else if (score >= 4 && score <= 6.9) {
      return "Medium";
    } else if (score >= 7 && score <= 8.9) {
      return "High";
    } else if (score >= 9 && score <= 10) {
      return "Critical";
    }
    return "Unknown";
  }
  /**
   * Calculates the severity distances between the effective metric values and the extracted metric values
   * for a given maximum vector.
   *
   * This method computes the difference between the effective value of each metric in the CVSS vector and
   * the corresponding value in the provided maximum vector. The differences are stored in an object where
   * the keys are the metric names and the values are the calculated distances.
   *
   * @param {string} maxVector - The maximum vector string representing the highest severity levels.
   * @returns {object} - An object with keys as metric names and values as the calculated severity distances.
   */
  calculateSeverityDistances(maxVector) {
    const distances = {};
    for (const metric in _CVSS40.METRIC_LEVELS) {
      const effectiveMetricValue = this.vector.getEffectiveMetricValue(metric);
      const extractedMetricValue = this.extractValueMetric(metric, maxVector);
      distances[metric] = _CVSS40.METRIC_LEVELS[metric][effectiveMetricValue] - _CVSS40.METRIC_LEVELS[metric][extractedMetricValue];
    }
    return distances;
  }
  /**
   * Calculates the CVSS v4.0 score for the given vector.
   *
   * This method follows the CVSS v4.0 specification to determine the score for a given vector.
   * It handles the case where there is no impact on the system by returning a score of 0.0.
   * Otherwise, it calculates the score based on the maximal scoring differences (MSD) for each EQ
   * (Equivalency) and the severity distances from the highest severity vector in the same MacroVector.
   *
   * The process involves the following steps:
   * 1. Determine the maximal scoring difference (MSD) for each EQ by computing the difference between
   *    the current MacroVector and the next lower MacroVector.
   * 2. Retrieve the highest severity vectors for each EQ and compute the severity distances from the
   *    to-be-scored vector.
   * 3. Calculate the current severity distances for each EQ and determine the proportion of the distance.
   * 4. Compute the mean of the proportional distances.
   * 5. Subtract the mean distance from the score of the highest severity vector to obtain the final score.
   *
   * For detailed information on the CVSS v4.0 specification, refer to:
   * https://www.first.org/cvss/v4.0/specification-document
   *
   * @returns {number} - The calculated CVSS v4.0 score, rounded to one decimal place.
   */
  calculateScore() {
    const NO_IMPACT_METRICS = ["VC", "VI", "VA", "SC", "SI", "SA"];
    const STEP = 0.1;
    if (NO_IMPACT_METRICS.every(
      (metric) => this.vector.getEffectiveMetricValue(metric) === "N"
    )) {
      return 0;
    }
    const equivalentClasses = this.vector.equivalentClasses;
    let value = _CVSS40.LOOKUP_TABLE[equivalentClasses];
    const [eq1, eq2, eq3, eq4, eq5, eq6] = equivalentClasses.split("").map(Number);
    const eq1_next_lower_macro = `${eq1 + 1}${eq2}${eq3}${eq4}${eq5}${eq6}`;
    const eq2_next_lower_macro = `${eq1}${eq2 + 1}${eq3}${eq4}${eq5}${eq6}`;
    let eq3eq6_next_lower_macro;
    let eq3eq6_next_lower_macro_left;
    let eq3eq6_next_lower_macro_right;
    if (eq3 === 1 && eq6 === 1) {
      eq3eq6_next_lower_macro = `${eq1}${eq2}${eq3 + 1}${eq4}${eq5}${eq6}`;
    } else if (eq3 === 0 && eq6 === 1) {
      eq3eq6_next_lower_macro = `${eq1}${eq2}${eq3 + 1}${eq4}${eq5}${eq6}`;
    } else if (eq3 === 1 && eq6 === 0) {
      eq3eq6_next_lower_macro = `${eq1}${eq2}${eq3}${eq4}${eq5}${eq6 + 1}`;
    } else if (eq3 === 0 && eq6 === 0) {
      eq3eq6_next_lower_macro_left = `${eq1}${eq2}${eq3}${eq4}${eq5}${eq6 + 1}`;
      eq3eq6_next_lower_macro_right = `${eq1}${eq2}${eq3 + 1}${eq4}${eq5}${eq6}`;
    } else {
      eq3eq6_next_lower_macro = `${eq1}${eq2}${eq3 + 1}${eq4}${eq5}${eq6 + 1}`;
    }
    const eq4_next_lower_macro = `${eq1}${eq2}${eq3}${eq4 + 1}${eq5}${eq6}`;
    const eq5_next_lower_macro = `${eq1}${eq2}${eq3}${eq4}${eq5 + 1}${eq6}`;
    const score_eq1_next_lower_macro = _CVSS40.LOOKUP_TABLE[eq1_next_lower_macro];
    const score_eq2_next_lower_macro = _CVSS40.LOOKUP_TABLE[eq2_next_lower_macro];
    let score_eq3eq6_next_lower_macro;
    if (eq3 == 0 && eq6 == 0) {
      const score_eq3eq6_next_lower_macro_left = _CVSS40.LOOKUP_TABLE[eq3eq6_next_lower_macro_left];
      const score_eq3eq6_next_lower_macro_right = _CVSS40.LOOKUP_TABLE[eq3eq6_next_lower_macro_right];
      score_eq3eq6_next_lower_macro = Math.max(
        score_eq3eq6_next_lower_macro_left,
        score_eq3eq6_next_lower_macro_right
      );
    } else {
      score_eq3eq6_next_lower_macro = _CVSS40.LOOKUP_TABLE[eq3eq6_next_lower_macro];
    }
    const score_eq4_next_lower_macro = _CVSS40.LOOKUP_TABLE[eq4_next_lower_macro];
    const score_eq5_next_lower_macro = _CVSS40.LOOKUP_TABLE[eq5_next_lower_macro];
    const eqMaxes = [
      this.getMaxSeverityVectorsForEQ(equivalentClasses, 1),
      this.getMaxSeverityVectorsForEQ(equivalentClasses, 2),
      this.getMaxSeverityVectorsForEQ(equivalentClasses, 3)[eq6],
      this.getMaxSeverityVectorsForEQ(equivalentClasses, 4),
      this.getMaxSeverityVectorsForEQ(equivalentClasses, 5)
    ];
    const maxVectors = [];
    for (const eq1Max of eqMaxes[0]) {
      for (const eq2Max of eqMaxes[1]) {
        for (const eq3Max of eqMaxes[2]) {
          for (const eq4Max of eqMaxes[3]) {
            for (const eq5Max of eqMaxes[4]) {
              maxVectors.push(eq1Max + eq2Max + eq3Max + eq4Max + eq5Max);
            }
          }
        }
      }
    }
    let maxVector, distances;
    for (const vector of maxVectors) {
      distances = this.calculateSeverityDistances(vector);
      if (Object.values(distances).every((distance) => distance >= 0)) {
        maxVector = vector;
        break;
      }
    }
    const current_severity_distance_eq1 = distances["AV"] + distances["PR"] + distances["UI"];
    const current_severity_distance_eq2 = distances["AC"] + distances["AT"];
    const current_severity_distance_eq3eq6 = distances["VC"] + distances["VI"] + distances["VA"] + distances["CR"] + distances["IR"] + distances["AR"];
    const current_severity_distance_eq4 = distances["SC"] + distances["SI"] + distances["SA"];
    const available_distance_eq1 = value - score_eq1_next_lower_macro;
    const available_distance_eq2 = value - score_eq2_next_lower_macro;
    const available_distance_eq3eq6 = value - score_eq3eq6_next_lower_macro;
    const available_distance_eq4 = value - score_eq4_next_lower_macro;
    const available_distance_eq5 = value - score_eq5_next_lower_macro;
    let percent_to_next_eq1_severity = 0;
    let percent_to_next_eq2_severity = 0;
    let percent_to_next_eq3eq6_severity = 0;
    let percent_to_next_eq4_severity = 0;
    let percent_to_next_eq5_severity = 0;
    let n_existing_lower = 0;
    let normalized_severity_eq1 = 0;
    let normalized_severity_eq2 = 0;
    let normalized_severity_eq3eq6 = 0;
    let normalized_severity_eq4 = 0;
    let normalized_severity_eq5 = 0;
    const maxSeverity_eq1 = _CVSS40.MAX_SEVERITY["eq1"][eq1] * STEP;
    const maxSeverity_eq2 = _CVSS40.MAX_SEVERITY["eq2"][eq2] * STEP;
    const maxSeverity_eq3eq6 = _CVSS40.MAX_SEVERITY["eq3eq6"][eq3][eq6] * STEP;
    const maxSeverity_eq4 = _CVSS40.MAX_SEVERITY["eq4"][eq4] * STEP;
    if (!isNaN(available_distance_eq1)) {
      n_existing_lower = n_existing_lower + 1;
      percent_to_next_eq1_severity = current_severity_distance_eq1 / maxSeverity_eq1;
      normalized_severity_eq1 = available_distance_eq1 * percent_to_next_eq1_severity;
    }
    if (!isNaN(available_distance_eq2)) {
      n_existing_lower = n_existing_lower + 1;
      percent_to_next_eq2_severity = current_severity_distance_eq2 / maxSeverity_eq2;
      normalized_severity_eq2 = available_distance_eq2 * percent_to_next_eq2_severity;
    }
    if (!isNaN(available_distance_eq3eq6)) {
      n_existing_lower = n_existing_lower + 1;
      percent_to_next_eq3eq6_severity = current_severity_distance_eq3eq6 / maxSeverity_eq3eq6;
      normalized_severity_eq3eq6 = available_distance_eq3eq6 * percent_to_next_eq3eq6_severity;
    }
    if (!isNaN(available_distance_eq4)) {
      n_existing_lower = n_existing_lower + 1;
      percent_to_next_eq4_severity = current_severity_distance_eq4 / maxSeverity_eq4;
      normalized_severity_eq4 = available_distance_eq4 * percent_to_next_eq4_severity;
    }
    if (!isNaN(available_distance_eq5)) {
      n_existing_lower = n_existing_lower + 1;
      percent_to_next_eq5_severity = 0;
      normalized_severity_eq5 = available_distance_eq5 * percent_to_next_eq5_severity;
    }
    let meanDistance;
    if (n_existing_lower == 0) {
      meanDistance = 0;
    } else {
      meanDistance = (normalized_severity_eq1 + normalized_severity_eq2 + normalized_severity_eq3eq6 + normalized_severity_eq4 + normalized_severity_eq5) / n_existing_lower;
    }
    return roundToDecimalPlaces(
      Math.max(0, Math.min(10, value - meanDistance)),
      1
    );
  }
  /**
   * Utility method to get the maximum vectors for a given equivalency (EQ) number.
   *
   * This method retrieves the highest severity vectors corresponding to the provided
   * EQ number based on the lookup table.
   *
   * @param {string} macroVector - The macro vector string representing the equivalent classes.
   * @param {number} eqNumber - The EQ number to look up (1-based index).
   * @returns {Array} - An array of highest severity vectors for the given EQ number.
   * @throws {Error} - Throws an error if the lookup key is not found for the given EQ number.
   */
  getMaxSeverityVectorsForEQ(macroVector, eqNumber) {
    return _CVSS40.MAX_COMPOSED["eq" + eqNumber][macroVector[eqNumber - 1]];
  }
  /**
   * Extracts the value of a specified metric from a given string.
   *
   * This method finds the value of the specified metric within the provided string.
   * The metric value is expected to be followed by a colon and may be terminated by a slash.
   *
   * @param {string} metric - The metric to extract the value for.
   * @param {string} str - The string containing the metric and its value.
   * @returns {string} - The extracted metric value.
   */
  extractValueMetric(metric, str) {
    const metricIndex = str.indexOf(metric) + metric.length + 1;
    const extracted = str.slice(metricIndex);
    return extracted.indexOf("/") > 0 ? extracted.substring(0, extracted.indexOf("/")) : extracted;
  }
};

// node_modules/@secvisogram/csaf-validator-lib/lib/shared/cvss4.js
var flatMetrics = [
  {
    metricType: "Base Metrics",
    metricTypeId: "BASE",
    metricGroup: "Exploitability Metrics",
    jsonName: "attackVector",
    metric: "Attack Vector (AV)",
    metricShort: "AV",
    options: [
      {
        optionName: "Network (N)",
        optionValue: "NETWORK",
        optionKey: "N"
      },
      {
        optionName: "Adjacent (A)",
        optionValue: "ADJACENT",
        optionKey: "A"
      },
      {
        optionName: "Local (L)",
        optionValue: "LOCAL",
        optionKey: "L"
      },
      {
        optionName: "Physical (P)",
        optionValue: "PHYSICAL",
        optionKey: "P"
      }
    ],
    initialOption: "N"
  },
  {
    metricType: "Base Metrics",
    metricTypeId: "BASE",
    metricGroup: "Exploitability Metrics",
    jsonName: "attackComplexity",
    metric: "Attack Complexity (AC)",
    metricShort: "AC",
    options: [
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      },
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      }
    ],
    initialOption: "L"
  },
  {
    metricType: "Base Metrics",
    metricTypeId: "BASE",
    metricGroup: "Exploitability Metrics",
    jsonName: "attackRequirements",
    metric: "Attack Requirements (AT)",
    metricShort: "AT",
    options: [
      {
        optionName: "None (N)",
        optionValue: "NONE",
        optionKey: "N"
      },
      {
        optionName: "Present (P)",
        optionValue: "PRESENT",
        optionKey: "P"
      }
    ],
    initialOption: "N"
  },
  {
    metricType: "Base Metrics",
    metricTypeId: "BASE",
    metricGroup: "Exploitability Metrics",
    jsonName: "privilegesRequired",
    metric: "Privileges Required (PR)",
    metricShort: "PR",
    options: [
      {
        optionName: "None (N)",
        optionValue: "NONE",
        optionKey: "N"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      },
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      }
    ],
    initialOption: "N"
  },
  {
    metricType: "Base Metrics",
    metricTypeId: "BASE",
    metricGroup: "Exploitability Metrics",
    jsonName: "userInteraction",
    metric: "User Interaction (UI)",
    metricShort: "UI",
    options: [
      {
        optionName: "None (N)",
        optionValue: "NONE",
        optionKey: "N"
      },
      {
        optionName: "Passive (P)",
        optionValue: "PASSIVE",
        optionKey: "P"
      },
      {
        optionName: "Active (A)",
        optionValue: "ACTIVE",
        optionKey: "A"
      }
    ],
    initialOption: "N"
  },
  {
    metricType: "Base Metrics",
    metricTypeId: "BASE",
    metricGroup: "Vulnerable System Impact Metrics",
    jsonName: "vulnConfidentialityImpact",
    metric: "Confidentiality (VC)",
    metricShort: "VC",
    options: [
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      },
      {
        optionName: "None (N)",
        optionValue: "NONE",
        optionKey: "N"
      }
    ],
    initialOption: "N"
  },
  {
    metricType: "Base Metrics",
    metricTypeId: "BASE",
    metricGroup: "Vulnerable System Impact Metrics",
    jsonName: "vulnIntegrityImpact",
    metric: "Integrity (VI)",
    metricShort: "VI",
    options: [
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      },
      {
        optionName: "None (N)",
        optionValue: "NONE",
        optionKey: "N"
      }
    ],
    initialOption: "N"
  },
  {
    metricType: "Base Metrics",
    metricTypeId: "BASE",
    metricGroup: "Vulnerable System Impact Metrics",
    jsonName: "vulnAvailabilityImpact",
    metric: "Availability (VA)",
    metricShort: "VA",
    options: [
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      },
      {
        optionName: "None (N)",
        optionValue: "NONE",
        optionKey: "N"
      }
    ],
    initialOption: "N"
  },
  {
    metricType: "Base Metrics",
    metricTypeId: "BASE",
    metricGroup: "Subsequent System Impact Metrics",
    jsonName: "subConfidentialityImpact",
    metric: "Confidentiality (SC)",
    metricShort: "SC",
    options: [
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      },
      {
        optionName: "None (N)",
        optionValue: "NONE",
        optionKey: "N"
      }
    ],
    initialOption: "N"
  },
  {
    metricType: "Base Metrics",
    metricTypeId: "BASE",
    metricGroup: "Subsequent System Impact Metrics",
    jsonName: "subIntegrityImpact",
    metric: "Integrity (SI)",
    metricShort: "SI",
    options: [
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      },
      {
        optionName: "None (N)",
        optionValue: "NONE",
        optionKey: "N"
      }
    ],
    initialOption: "N"
  },
  {
    metricType: "Base Metrics",
    metricTypeId: "BASE",
    metricGroup: "Subsequent System Impact Metrics",
    jsonName: "subAvailabilityImpact",
    metric: "Availability (SA)",
    metricShort: "SA",
    options: [
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      },
      {
        optionName: "None (N)",
        optionValue: "NONE",
        optionKey: "N"
      }
    ],
    initialOption: "N"
  },
  {
    metricType: "Supplemental Metrics",
    metricTypeId: "SUPPLEMENTAL",
    metricGroup: "",
    jsonName: "Safety",
    metric: "Safety (S)",
    metricShort: "S",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "Negligible (N)",
        optionValue: "NEGLIGIBLE",
        optionKey: "N"
      },
      {
        optionName: "Present (P)",
        optionValue: "PRESENT",
        optionKey: "P"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Supplemental Metrics",
    metricTypeId: "SUPPLEMENTAL",
    metricGroup: "",
    jsonName: "Automatable",
    metric: "Automatable (AU)",
    metricShort: "AU",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "No (N)",
        optionValue: "NO",
        optionKey: "N"
      },
      {
        optionName: "Yes (Y)",
        optionValue: "YES",
        optionKey: "Y"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Supplemental Metrics",
    metricTypeId: "SUPPLEMENTAL",
    metricGroup: "",
    jsonName: "Recovery",
    metric: "Recovery (R)",
    metricShort: "R",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "Automatic (A)",
        optionValue: "AUTOMATIC",
        optionKey: "A"
      },
      {
        optionName: "User (U)",
        optionValue: "USER",
        optionKey: "U"
      },
      {
        optionName: "Irrecoverable (I)",
        optionValue: "IRRECOVERABLE",
        optionKey: "I"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Supplemental Metrics",
    metricTypeId: "SUPPLEMENTAL",
    metricGroup: "",
    jsonName: "valueDensity",
    metric: "Value Density (V)",
    metricShort: "V",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "Diffuse (D)",
        optionValue: "DIFFUSE",
        optionKey: "D"
      },
      {
        optionName: "Concentrated (C)",
        optionValue: "CONCENTRATED",
        optionKey: "C"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Supplemental Metrics",
    metricTypeId: "SUPPLEMENTAL",
    metricGroup: "",
    jsonName: "vulnerabilityResponseEffort",
    metric: "Vulnerability Response Effort (RE)",
    metricShort: "RE",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      },
      {
        optionName: "Moderate (M)",
        optionValue: "MODERATE",
        optionKey: "M"
      },
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Supplemental Metrics",
    metricTypeId: "SUPPLEMENTAL",
    metricGroup: "",
    jsonName: "providerUrgency",
    metric: "Provider Urgency (U)",
    metricShort: "U",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "Clear",
        optionValue: "CLEAR",
        optionKey: "Clear"
      },
      {
        optionName: "Green",
        optionValue: "GREEN",
        optionKey: "Green"
      },
      {
        optionName: "Amber",
        optionValue: "AMBER",
        optionKey: "Amber"
      },
      {
        optionName: "Red",
        optionValue: "RED",
        optionKey: "Red"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Environmental (Modified Base Metrics)",
    metricTypeId: "ENVIRONMENTAL",
    metricGroup: "Exploitability Metrics",
    jsonName: "modifiedAttackVector",
    metric: "Attack Vector (MAV)",
    metricShort: "MAV",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "Network (N)",
        optionValue: "NETWORK",
        optionKey: "N"
      },
      {
        optionName: "Adjacent (A)",
        optionValue: "ADJACENT",
        optionKey: "A"
      },
      {
        optionName: "Local (L)",
        optionValue: "LOW",
        optionKey: "L"
      },
      {
        optionName: "Physical (P)",
        optionValue: "PHYSICAL",
        optionKey: "P"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Environmental (Modified Base Metrics)",
    metricTypeId: "ENVIRONMENTAL",
    metricGroup: "Exploitability Metrics",
    jsonName: "modifiedAttackComplexity",
    metric: "Attack Complexity (MAC)",
    metricShort: "MAC",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      },
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Environmental (Modified Base Metrics)",
    metricTypeId: "ENVIRONMENTAL",
    metricGroup: "Exploitability Metrics",
    jsonName: "modifiedAttackRequirements",
    metric: "Attack Requirements (MAT)",
    metricShort: "MAT",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "None (N)",
        optionValue: "NONE",
        optionKey: "N"
      },
      {
        optionName: "Present (P)",
        optionValue: "PRESENT",
        optionKey: "P"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Environmental (Modified Base Metrics)",
    metricTypeId: "ENVIRONMENTAL",
    metricGroup: "Exploitability Metrics",
    jsonName: "modifiedPrivilegesRequired",
    metric: "Privileges Required (MPR)",
    metricShort: "MPR",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "None (N)",
        optionValue: "NONE",
        optionKey: "N"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      },
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Environmental (Modified Base Metrics)",
    metricTypeId: "ENVIRONMENTAL",
    metricGroup: "Exploitability Metrics",
    jsonName: "modifiedUserInteraction",
    metric: "User Interaction (MUI)",
    metricShort: "MUI",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "None (N)",
        optionValue: "NONE",
        optionKey: "N"
      },
      {
        optionName: "Passive (P)",
        optionValue: "PASSIVE",
        optionKey: "P"
      },
      {
        optionName: "Active (A)",
        optionValue: "ACTIVE",
        optionKey: "A"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Environmental (Modified Base Metrics)",
    metricTypeId: "ENVIRONMENTAL",
    metricGroup: "Vulnerable System Impact Metrics",
    jsonName: "modifiedVulnConfidentialityImpact",
    metric: "Confidentiality (MVC)",
    metricShort: "MVC",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      },
      {
        optionName: "None (N)",
        optionValue: "NONE",
        optionKey: "N"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Environmental (Modified Base Metrics)",
    metricTypeId: "ENVIRONMENTAL",
    metricGroup: "Vulnerable System Impact Metrics",
    jsonName: "modifiedVulnIntegrityImpact",
    metric: "Integrity (MVI)",
    metricShort: "MVI",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      },
      {
        optionName: "None (N)",
        optionValue: "NONEN",
        optionKey: "N"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Environmental (Modified Base Metrics)",
    metricTypeId: "ENVIRONMENTAL",
    metricGroup: "Vulnerable System Impact Metrics",
    jsonName: "modifiedVulnAvailabilityImpact",
    metric: "Availability (MVA)",
    metricShort: "MVA",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      },
      {
        optionName: "None (N)",
        optionValue: "NONE",
        optionKey: "N"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Environmental (Modified Base Metrics)",
    metricTypeId: "ENVIRONMENTAL",
    metricGroup: "Subsequent System Impact Metrics",
    jsonName: "modifiedSubConfidentialityImpact",
    metric: "Confidentiality (MSC)",
    metricShort: "MSC",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      },
      {
        optionName: "Negligible (N)",
        optionValue: "NEGLIGIBLE",
        optionKey: "N"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Environmental (Modified Base Metrics)",
    metricTypeId: "ENVIRONMENTAL",
    metricGroup: "Subsequent System Impact Metrics",
    jsonName: "modifiedSubIntegrityImpact",
    metric: "Integrity (MSI)",
    metricShort: "MSI",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "Safety (S)",
        optionValue: "SAFETY",
        optionKey: "S"
      },
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      },
      {
        optionName: "Negligible (N)",
        optionValue: "",
        optionKey: "N"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Environmental (Modified Base Metrics)",
    metricTypeId: "ENVIRONMENTAL",
    metricGroup: "Subsequent System Impact Metrics",
    jsonName: "modifiedSubAvailabilityImpact",
    metric: "Availability (MSA)",
    metricShort: "MSA",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "Safety (S)",
        optionValue: "SAFETY",
        optionKey: "S"
      },
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      },
      {
        optionName: "Negligible (N)",
        optionValue: "NEGLIGIBLE",
        optionKey: "N"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Environmental (Security Requirements)",
    metricTypeId: "ENVIRONMENTAL",
    metricGroup: "",
    jsonName: "confidentialityRequirement",
    metric: "Confidentiality Requirements (CR)",
    metricShort: "CR",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      },
      {
        optionName: "Medium (M)",
        optionValue: "MEDIUM",
        optionKey: "M"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Environmental (Security Requirements)",
    metricTypeId: "ENVIRONMENTAL",
    metricGroup: "",
    jsonName: "integrityRequirement",
    metric: "Integrity Requirements (IR)",
    metricShort: "IR",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      },
      {
        optionName: "Medium (M)",
        optionValue: "MEDIUM",
        optionKey: "M"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Environmental (Security Requirements)",
    metricTypeId: "ENVIRONMENTAL",
    metricGroup: "",
    jsonName: "availabilityRequirement",
    metric: "Availability Requirements (AR)",
    metricShort: "AR",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "High (H)",
        optionValue: "HIGH",
        optionKey: "H"
      },
      {
        optionName: "Medium (M)",
        optionValue: "MEDIUM",
        optionKey: "M"
      },
      {
        optionName: "Low (L)",
        optionValue: "LOW",
        optionKey: "L"
      }
    ],
    initialOption: "X"
  },
  {
    metricType: "Threat Metrics",
    metricTypeId: "THREAT",
    metricGroup: "",
    jsonName: "exploitMaturity",
    metric: "Exploit Maturity (E)",
    metricShort: "E",
    options: [
      {
        optionName: "Not Defined (X)",
        optionValue: "NOT_DEFINED",
        optionKey: "X"
      },
      {
        optionName: "Attacked (A)",
        optionValue: "ATTACKED",
        optionKey: "A"
      },
      {
        optionName: "POC (P)",
        optionValue: "PROOF_OF_CONCEPT",
        optionKey: "P"
      },
      {
        optionName: "Unreported (U)",
        optionValue: "UNREPORTED",
        optionKey: "U"
      }
    ],
    initialOption: "X"
  }
];
var cvss4Scores = {
  BASE: {
    scoreJsonName: "baseScore",
    severityJsonName: "baseSeverity"
  },
  THREAT: {
    scoreJsonName: "threatScore",
    severityJsonName: "threatSeverity"
  },
  ENVIRONMENTAL: {
    scoreJsonName: "environmentalScore",
    severityJsonName: "environmentalSeverity"
  }
};
var name2Metric = calculateName2MetricMap();
function calculateName2MetricMap() {
  const name2Metric2 = /* @__PURE__ */ new Map();
  flatMetrics.forEach((metric) => {
    name2Metric2.set(metric.jsonName, {
      metricShort: metric.metricShort,
      optionsByValue: new Map(
        metric.options.map((option) => [option.optionValue, option.optionKey])
      ),
      optionsByKey: new Map(
        metric.options.map((option) => [option.optionKey, option.optionValue])
      )
    });
  });
  return name2Metric2;
}
function calculateScoreObject(cvss40, metricTypeId) {
  const calculator = new CVSS40(cvss40.vector.raw);
  flatMetrics.filter(
    (metric) => metric.metricTypeId !== metricTypeId && metric.metricTypeId !== "BASE"
  ).forEach((metric) => {
    calculator.vector.updateMetric(metric.metricShort, metric.initialOption);
  });
  const score = cvss4Scores[metricTypeId];
  return {
    score: calculator.calculateScore(),
    severity: calculator.calculateSeverityRating(calculator.calculateScore()).toUpperCase(),
    metricTypeId,
    scoreJsonName: score.scoreJsonName,
    severityJsonName: score.severityJsonName
  };
}
function calculateCvss4_0_Score(vectorString) {
  return [
    calculateScoreObject(new CVSS40(vectorString), "BASE"),
    calculateScoreObject(new CVSS40(vectorString), "THREAT"),
    calculateScoreObject(new CVSS40(vectorString), "ENVIRONMENTAL")
  ];
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_9.js
var ajv2 = new import_jtd4.default();
var inputSchema4 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      vulnerabilities: {
        elements: {
          additionalProperties: true,
          properties: {
            metrics: {
              elements: {
                additionalProperties: true,
                properties: {
                  content: {
                    additionalProperties: true,
                    optionalProperties: {
                      cvss_v2: {
                        additionalProperties: true,
                        optionalProperties: {
                          vectorString: { type: "string" },
                          baseScore: { type: "float64" },
                          temporalScore: { type: "float64" },
                          environmentalScore: { type: "float64" }
                        }
                      },
                      cvss_v3: {
                        additionalProperties: true,
                        optionalProperties: {
                          vectorString: { type: "string" },
                          version: { type: "string" },
                          baseScore: { type: "float64" },
                          baseSeverity: { type: "string" },
                          temporalScore: { type: "float64" },
                          temporalSeverity: { type: "string" },
                          environmentalScore: { type: "float64" },
                          environmentalSeverity: { type: "string" }
                        }
                      },
                      cvss_v4: {
                        additionalProperties: true,
                        optionalProperties: {
                          vectorString: { type: "string" },
                          version: { type: "string" },
                          baseScore: { type: "float64" },
                          baseSeverity: { type: "string" },
                          threatScore: { type: "float64" },
                          threatSeverity: { type: "string" },
                          environmentalScore: { type: "float64" },
                          environmentalSeverity: { type: "string" }
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
);
var validateInput = ajv2.compile(inputSchema4);
function mandatoryTest_6_1_9(doc) {
  const errors = [];
  let isValid = true;
  if (!validateInput(doc)) {
    return { errors, isValid };
  }
  const vulnerabilities = doc.vulnerabilities;
  vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
    const metrics = vulnerability.metrics;
    metrics?.forEach((metric, metricIndex) => {
      calculateCvss2(metric).forEach((failedMetricName) => {
        errors.push({
          instancePath: `/vulnerabilities/${vulnerabilityIndex}/scores/${metricIndex}/cvss_v2/${failedMetricName}`,
          message: "invalid calculated value"
        });
      });
      calculateCvss3(metric).forEach((failedMetricName) => {
        errors.push({
          instancePath: `/vulnerabilities/${vulnerabilityIndex}/scores/${metricIndex}/cvss_v3/${failedMetricName}`,
          message: "invalid calculated value"
        });
      });
      calculateCvss4(metric).forEach((failedMetricName) => {
        errors.push({
          instancePath: `/vulnerabilities/${vulnerabilityIndex}/scores/${metricIndex}/cvss_v4/${failedMetricName}`,
          message: "invalid calculated value"
        });
      });
    });
  });
  return { errors, isValid: errors.length === 0 };
}
function safelyParseCVSSV2Vector(vectorString) {
  try {
    return {
      success: true,
      baseMetricScore: import_cvss2js.default.getBaseScore(vectorString),
      temporalMetricScore: import_cvss2js.default.getTemporalScore(vectorString),
      environmentalMetricScore: getEnvironmentalScoreFromVectorString(vectorString)
    };
  } catch (e) {
    return {
      success: false,
      baseMetricScore: -1,
      temporalMetricScore: -1,
      environmentalMetricScore: -1
    };
  }
}
function calculateCvss2(metric) {
  const failedMetrics = [];
  if (metric.content?.cvss_v2 && typeof metric.content.cvss_v2.vectorString === "string") {
    const cvssV2 = metric.content.cvss_v2;
    const result = safelyParseCVSSV2Vector(metric.content.cvss_v2.vectorString);
    if (result.success) {
      for (const { score, expectedScore, name } of [
        {
          score: cvssV2.baseScore,
          expectedScore: result.baseMetricScore,
          name: "baseScore"
        },
        {
          score: cvssV2.temporalScore,
          expectedScore: result.temporalMetricScore,
          name: "temporalScore"
        },
        {
          score: cvssV2.environmentalScore,
          expectedScore: result.environmentalMetricScore,
          name: "environmentalScore"
        }
      ]) {
        if (typeof score === "number") {
          if (score !== Number(expectedScore)) {
            failedMetrics.push(name);
          }
        }
      }
    } else {
    }
  }
  return failedMetrics;
}
function calculateCvss3(metric) {
  const failedMetrics = [];
  if (metric.content?.cvss_v3 && typeof metric.content.cvss_v3.vectorString === "string" && (metric.content.cvss_v3.version === "3.1" || metric.content.cvss_v3.version === "3.0")) {
    const calculator = metric.content.cvss_v3.version === "3.0" ? cvss30 : cvss31;
    const result = calculator.calculateCVSSFromVector(
      metric.content.cvss_v3.vectorString
    );
    if (result.success) {
      for (const { score: scoreValue, expectedScore, name } of [
        {
          score: metric.content.cvss_v3.baseScore,
          expectedScore: result.baseMetricScore,
          name: "baseScore"
        },
        {
          score: metric.content.cvss_v3.temporalScore,
          expectedScore: result.temporalMetricScore,
          name: "temporalScore"
        },
        {
          score: metric.content.cvss_v3.environmentalScore,
          expectedScore: result.environmentalMetricScore,
          name: "environmentalScore"
        }
      ]) {
        if (typeof scoreValue === "number") {
          if (scoreValue !== Number(expectedScore)) {
            failedMetrics.push(name);
          }
        }
      }
      for (const { severity, expectedSeverity, name } of [
        {
          severity: metric.content.cvss_v3.baseSeverity,
          expectedSeverity: result.baseSeverity,
          name: "baseSeverity"
        },
        {
          severity: metric.content.cvss_v3.temporalSeverity,
          expectedSeverity: result.temporalSeverity,
          name: "temporalSeverity"
        },
        {
          severity: metric.content.cvss_v3.environmentalSeverity,
          expectedSeverity: result.environmentalSeverity,
          name: "environmentalSeverity"
        }
      ]) {
        if (typeof severity === "string") {
          if (severity !== expectedSeverity.toUpperCase()) {
            failedMetrics.push(name);
          }
        }
      }
    } else {
    }
  }
  return failedMetrics;
}
function calculateCvss4(metric) {
  const failedMetrics = [];
  if (metric.content?.cvss_v4 && typeof metric.content.cvss_v4.vectorString === "string") {
    const scores = calculateCvss4_0_Score(metric.content.cvss_v4.vectorString);
    scores.forEach((score) => {
      const expectedScore = metric.content.cvss_v4[score.scoreJsonName];
      const expectedSeverity = metric.content.cvss_v4[score.severityJsonName];
      if (typeof expectedScore === "number" && score.score !== expectedScore) {
        failedMetrics.push(score.scoreJsonName);
      }
      if (typeof expectedSeverity === "string" && score.severity.toUpperCase() !== expectedSeverity.toUpperCase()) {
        failedMetrics.push(score.severityJsonName);
      }
    });
  }
  return failedMetrics;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_10.js
var import_jtd5 = __toESM(require_jtd(), 1);
var inputSchema5 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      vulnerabilities: {
        elements: {
          additionalProperties: true,
          optionalProperties: {
            metrics: {
              elements: {
                additionalProperties: true,
                optionalProperties: {
                  content: {
                    additionalProperties: true,
                    optionalProperties: {
                      cvss_v2: {
                        additionalProperties: true,
                        optionalProperties: {
                          vectorString: { type: "string" },
                          version: { type: "string" }
                        }
                      },
                      cvss_v3: {
                        additionalProperties: true,
                        optionalProperties: {
                          vectorString: { type: "string" },
                          version: { type: "string" }
                        }
                      },
                      cvss_v4: {
                        additionalProperties: true,
                        optionalProperties: {
                          vectorString: { type: "string" },
                          version: { type: "string" }
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
);
var ajv3 = new import_jtd5.default();
var validateInput2 = ajv3.compile(inputSchema5);
var cvssV3MappingByMetricKey = Object.fromEntries(
  mapping2.map((mapping3) => {
    return [
      mapping3[1],
      {
        jsonName: mapping3[0],
        optionsByKey: Object.fromEntries(
          Object.entries(mapping3[2]).map(([key, value]) => [value, key])
        )
      }
    ];
  })
);
var cvssV2MappingByMetricKey = Object.fromEntries(
  mapping.map((mapping3) => {
    return [
      mapping3[1],
      {
        jsonName: mapping3[0],
        optionsByKey: Object.fromEntries(
          Object.entries(mapping3[2]).map(([key, value]) => [value.id, key])
        )
      }
    ];
  })
);
function convertOptionsArrayToObject(optionsArray) {
  const result = {};
  optionsArray.forEach((option) => {
    result[option.optionKey] = option.optionValue;
  });
  return result;
}
var cvssV4MappingByMetricKey = Object.fromEntries(
  flatMetrics.map((flatMetric) => {
    return [
      flatMetric.metricShort,
      {
        jsonName: flatMetric.jsonName,
        optionsByKey: convertOptionsArrayToObject(flatMetric.options)
      }
    ];
  })
);
function validateCvss2(metric) {
  if (typeof metric.content?.cvss_v2?.vectorString === "string") {
    return validateCVSSAttributes(
      cvssV2MappingByMetricKey,
      metric.content.cvss_v2
    );
  } else {
    return [];
  }
}
function validateCvss3(metric) {
  if (typeof metric?.content?.cvss_v3?.vectorString === "string" && (metric.content.cvss_v3.version === "3.1" || metric.content.cvss_v3.version === "3.0")) {
    return validateCVSSAttributes(
      cvssV3MappingByMetricKey,
      metric.content.cvss_v3
    );
  } else {
    return [];
  }
}
function validateCvss4(metric) {
  if (typeof metric?.content?.cvss_v4?.vectorString === "string") {
    return validateCVSSAttributes(
      cvssV4MappingByMetricKey,
      metric.content.cvss_v4
    );
  } else {
    return [];
  }
}
function mandatoryTest_6_1_10(doc) {
  const errors = [];
  if (!validateInput2(doc)) {
    return { errors, isValid: true };
  }
  if (Array.isArray(doc.vulnerabilities)) {
    const vulnerabilities = doc.vulnerabilities;
    vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
      if (!Array.isArray(vulnerability.metrics)) return;
      const metrics = vulnerability.metrics;
      metrics.forEach((metric, metricIndex) => {
        validateCvss2(metric).forEach((attributeKey) => {
          errors.push({
            instancePath: `/vulnerabilities/${vulnerabilityIndex}/metrics/${metricIndex}/content/cvss_v2/${attributeKey}`,
            message: "value is not consistent with the vector string"
          });
        });
        validateCvss3(metric).forEach((attributeKey) => {
          errors.push({
            instancePath: `/vulnerabilities/${vulnerabilityIndex}/metrics/${metricIndex}/content/cvss_v3/${attributeKey}`,
            message: "value is not consistent with the vector string"
          });
        });
        validateCvss4(metric).forEach((attributeKey) => {
          errors.push({
            instancePath: `/vulnerabilities/${vulnerabilityIndex}/metrics/${metricIndex}/content/cvss_v4/${attributeKey}`,
            message: "value is not consistent with the vector string"
          });
        });
      });
    });
  }
  return { errors, isValid: errors.length === 0 };
}
function validateCVSSAttributes(mappingByMetricKey, cvss) {
  const vectorString = (
    /** @type {string} */
    cvss.vectorString
  );
  const vectorValues = vectorString.split("/").slice(1);
  const invalidKeys = [];
  vectorValues.forEach((vectorValue) => {
    const [vectorMetricKey, vectorOptionKey] = vectorValue.split(":");
    const mapping3 = mappingByMetricKey[vectorMetricKey];
    if (mapping3) {
      const metricOptionValue = cvss[mapping3.jsonName];
      if (typeof metricOptionValue == "string") {
        const expectedOptionValue = mapping3.optionsByKey[vectorOptionKey];
        if (metricOptionValue !== expectedOptionValue) {
          invalidKeys.push(mapping3.jsonName);
        }
      }
    }
  });
  return invalidKeys;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_11.js
var import_jtd6 = __toESM(require_jtd(), 1);
var ajv4 = new import_jtd6.default();
var inputSchema6 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      vulnerabilities: {
        elements: {
          additionalProperties: true,
          properties: {
            cwes: {
              elements: {
                additionalProperties: true,
                properties: {}
              }
            }
          }
        }
      }
    }
  }
);
var validateInput3 = ajv4.compile(inputSchema6);
var cweSchema = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      id: { type: "string" },
      version: { type: "string" },
      name: { type: "string" }
    }
  }
);
var validateCWE = ajv4.compile(cweSchema);
async function mandatoryTest_6_1_11(doc) {
  const errors = [];
  let isValid = true;
  if (!validateInput3(doc)) {
    return { errors, isValid };
  }
  for (let i = 0; i < doc.vulnerabilities.length; ++i) {
    const vulnerability = doc.vulnerabilities[i];
    for (let j = 0; j < vulnerability.cwes.length; ++j) {
      const cwe = vulnerability.cwes.at(j);
      if (validateCWE(cwe)) {
        const cwec = cwecMap.get(cwe.version);
        if (!cwec) {
          isValid = false;
          errors.push({
            instancePath: `/vulnerabilities/${i}/cwes/${j}/version`,
            message: "no such cwe version is recognized"
          });
          continue;
        }
        const entry = (await cwec()).default.weaknesses.find(
          (w) => w.id === cwe.id
        );
        if (!entry) {
          isValid = false;
          errors.push({
            instancePath: `/vulnerabilities/${i}/cwes/${j}/id`,
            message: `no weakness with this id is recognized in CWE ${cwe.version}`
          });
          continue;
        }
        if (entry.name !== cwe.name) {
          isValid = false;
          errors.push({
            instancePath: `/vulnerabilities/${i}/cwes/${j}/name`,
            message: `the name does not match the weakness with the given id in CWE ${cwe.version}`
          });
          continue;
        }
      }
    }
  }
  return { isValid, errors };
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_13.js
var import_packageurl_js = __toESM(require_packageurl_js(), 1);
var import_jtd7 = __toESM(require_jtd(), 1);
var { PackageURL } = import_packageurl_js.default;
var ajv5 = new import_jtd7.default();
var branchSchema = (
  /** @type {const} */
  {
    additionalProperties: true,
    optionalProperties: {
      branches: {
        elements: {
          additionalProperties: true,
          properties: {}
        }
      },
      product: {
        additionalProperties: true,
        optionalProperties: {
          product_identification_helper: {
            additionalProperties: true,
            optionalProperties: {
              purls: { elements: { type: "string" } }
            }
          }
        }
      }
    }
  }
);
var validateBranch = ajv5.compile(branchSchema);
var fullProductNameSchema = (
  /** @type {const} */
  {
    additionalProperties: true,
    optionalProperties: {
      product_identification_helper: {
        additionalProperties: true,
        optionalProperties: {
          purls: { elements: { type: "string" } }
        }
      }
    }
  }
);
var validateFullProductName = ajv5.compile(fullProductNameSchema);
var inputSchema7 = (
  /** @type {const} */
  {
    additionalProperties: true,
    optionalProperties: {
      product_tree: {
        additionalProperties: true,
        optionalProperties: {
          branches: {
            elements: branchSchema
          },
          full_product_names: {
            elements: fullProductNameSchema
          },
          relationships: {
            elements: {
              additionalProperties: true,
              optionalProperties: {
                full_product_name: fullProductNameSchema
              }
            }
          }
        }
      }
    }
  }
);
var validate4 = ajv5.compile(inputSchema7);
function mandatoryTest_6_1_13(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate4(doc)) {
    return ctx;
  }
  doc.product_tree?.branches?.forEach((branch, index) => {
    checkBranch(`/product_tree/branches/${index}`, branch);
  });
  doc.product_tree?.full_product_names?.forEach((name, index) => {
    checkFullProductName(`/product_tree/full_product_names/${index}`, name);
  });
  doc.product_tree?.relationships?.forEach((relationship, index) => {
    const fullProductName = relationship.full_product_name;
    if (!fullProductName) return;
    checkFullProductName(
      `/product_tree/relationships/${index}/full_product_name`,
      fullProductName
    );
  });
  return ctx;
  function checkPURL(instancePath, str) {
    try {
      PackageURL.fromString(str);
    } catch (e) {
      const errorObject = (
        /** @type {{message: string}} */
        e
      );
      ctx.isValid = false;
      const message = errorObject?.message ?? "unknown purl error";
      ctx.errors.push({
        instancePath,
        message: `${message.at(0)?.toLocaleLowerCase()}${message.slice(1)}`
      });
    }
  }
  function checkFullProductName(prefix, fullProductName) {
    fullProductName.product_identification_helper?.purls?.forEach(
      (purl, index) => {
        checkPURL(
          `${prefix}/product_identification_helper/purls/${index}`,
          purl
        );
      }
    );
  }
  function checkBranch(prefix, branch) {
    branch.product?.product_identification_helper?.purls?.forEach(
      (purl, index) => {
        checkPURL(
          `${prefix}/product/product_identification_helper/purls/${index}`,
          purl
        );
      }
    );
    branch.branches?.forEach((branch2, index) => {
      if (!validateBranch(branch2)) return;
      checkBranch(`${prefix}/branches/${index}`, branch2);
    });
  }
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_27_12.js
var import_jtd8 = __toESM(require_jtd(), 1);
var ajv6 = new import_jtd8.default();
var inputSchema8 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      document: {
        additionalProperties: true,
        properties: {
          category: {
            type: "string"
          }
        }
      },
      vulnerabilities: {
        elements: {
          additionalProperties: true,
          optionalProperties: {
            product_status: {
              additionalProperties: true,
              optionalProperties: {
                known_affected: {
                  elements: {
                    type: "string"
                  }
                }
              }
            }
          }
        }
      }
    }
  }
);
var validate5 = ajv6.compile(inputSchema8);
function mandatoryTest_6_1_27_12(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate5(doc) || doc.document.category !== "csaf_security_advisory")
    return ctx;
  for (const [index, vulnerability] of doc.vulnerabilities.entries()) {
    if (!vulnerability.product_status?.known_affected) {
      ctx.isValid = false;
      ctx.errors.push({
        instancePath: `/vulnerabilities/${index}/product_status`,
        message: `needs a know_affected element`
      });
    }
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_27_14.js
var import_jtd9 = __toESM(require_jtd(), 1);
var ajv7 = new import_jtd9.default();
var inputSchema9 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      document: {
        additionalProperties: true,
        properties: {
          category: {
            type: "string"
          }
        },
        optionalProperties: {
          notes: {
            elements: {
              additionalProperties: true,
              optionalProperties: {
                category: {
                  type: "string"
                }
              }
            }
          }
        }
      }
    }
  }
);
var validate6 = ajv7.compile(inputSchema9);
function mandatoryTest_6_1_27_14(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate6(doc) || !["csaf_withdrawn", "csaf_superseded"].includes(doc.document.category))
    return ctx;
  if (!doc.document.notes?.find((n) => n.category === "description")) {
    ctx.isValid = false;
    ctx.errors.push({
      instancePath: "/document/notes",
      message: 'needs at least one note with the category "description"'
    });
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_27_15.js
var import_jtd10 = __toESM(require_jtd(), 1);
var ajv8 = new import_jtd10.default();
var inputSchema10 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      document: {
        additionalProperties: true,
        properties: {
          category: {
            type: "string"
          }
        }
      }
    },
    optionalProperties: {
      product_tree: {
        additionalProperties: true,
        properties: {}
      }
    }
  }
);
var validate7 = ajv8.compile(inputSchema10);
function mandatoryTest_6_1_27_15(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate7(doc) || !["csaf_withdrawn", "csaf_superseded"].includes(doc.document.category))
    return ctx;
  if (doc.product_tree) {
    ctx.isValid = false;
    ctx.errors.push({
      instancePath: "/product_tree",
      message: "must not exist in the specified document category"
    });
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_27_16.js
var import_jtd11 = __toESM(require_jtd(), 1);
var ajv9 = new import_jtd11.default();
var inputSchema11 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      document: {
        additionalProperties: true,
        properties: {
          category: {
            type: "string"
          },
          tracking: {
            additionalProperties: true,
            properties: {
              revision_history: {
                elements: {
                  additionalProperties: true,
                  properties: {}
                }
              }
            }
          }
        }
      }
    }
  }
);
var validate8 = ajv9.compile(inputSchema11);
function mandatoryTest_6_1_27_16(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate8(doc) || !["csaf_withdrawn", "csaf_superseded"].includes(doc.document.category))
    return ctx;
  if (doc.document.tracking.revision_history.length < 2) {
    ctx.isValid = false;
    ctx.errors.push({
      instancePath: `/document/tracking/revision_history`,
      message: "needs at least two entries for the specified document category"
    });
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_27_17.js
var import_jtd12 = __toESM(require_jtd(), 1);
var import_bcp47 = __toESM(require_lib(), 1);
var ajv10 = new import_jtd12.default();
var inputSchema12 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      document: {
        additionalProperties: true,
        properties: {
          category: {
            type: "string"
          }
        },
        optionalProperties: {
          lang: { type: "string" },
          notes: {
            elements: {
              additionalProperties: true,
              optionalProperties: {
                category: {
                  type: "string"
                },
                title: {
                  type: "string"
                }
              }
            }
          }
        }
      }
    }
  }
);
var validate9 = ajv10.compile(inputSchema12);
function mandatoryTest_6_1_27_17(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate9(doc) || doc.document.category !== "csaf_withdrawn" || //
  // The spec says that this test is activated only for documents with the language
  // english. Or if the language is unspecified.
  doc.document.lang && import_bcp47.default.parse(doc.document.lang)?.langtag.language.language !== "en")
    return ctx;
  const reasonTitle = "Reasoning for Withdrawal";
  const withdrawalNotes = (
    // Here we filter and map the document notes in one step using `flatMap`
    // to avoid double looping through the note array. The category is
    // not yet included in the filtering since it is checked below for each note
    // individually to improve the error messages.
    doc.document.notes?.flatMap(
      (n, i) => n.title === reasonTitle ? { note: n, index: i } : []
    ) ?? []
  );
  if (withdrawalNotes.length !== 1) {
    ctx.isValid = false;
    ctx.errors.push({
      instancePath: `/document/notes`,
      message: `needs exactly one entry with the title "${reasonTitle}"`
    });
  }
  for (const { note, index } of withdrawalNotes) {
    if (note.category !== "description") {
      ctx.isValid = false;
      ctx.errors.push({
        instancePath: `/document/notes/${index}`,
        message: `the category of the "${reasonTitle}" note must be "description"`
      });
    }
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_27_18.js
var import_jtd13 = __toESM(require_jtd(), 1);
var import_bcp472 = __toESM(require_lib(), 1);
var ajv11 = new import_jtd13.default();
var inputSchema13 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      document: {
        additionalProperties: true,
        properties: {
          category: {
            type: "string"
          }
        },
        optionalProperties: {
          lang: { type: "string" },
          notes: {
            elements: {
              additionalProperties: true,
              optionalProperties: {
                category: {
                  type: "string"
                },
                title: {
                  type: "string"
                }
              }
            }
          }
        }
      }
    }
  }
);
var validate10 = ajv11.compile(inputSchema13);
function mandatoryTest_6_1_27_18(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate10(doc) || doc.document.category !== "csaf_superseded" || //
  // The spec says that this test is activated only for documents with the language
  // english. Or if the language is unspecified.
  doc.document.lang && import_bcp472.default.parse(doc.document.lang)?.langtag.language.language !== "en")
    return ctx;
  const reasonTitle = "Reasoning for Supersession";
  const supersessionNotes = (
    // Here we filter and map the document notes in one step using `flatMap`
    // to avoid double looping through the note array. The category is
    // not yet included in the filtering since it is checked below for each note
    // individually to improve the error messages.
    doc.document.notes?.flatMap(
      (n, i) => n.title === reasonTitle ? { note: n, index: i } : []
    ) ?? []
  );
  if (supersessionNotes.length !== 1) {
    ctx.isValid = false;
    ctx.errors.push({
      instancePath: `/document/notes`,
      message: `needs exactly one entry with the title "${reasonTitle}"`
    });
  }
  for (const { note, index } of supersessionNotes) {
    if (note.category !== "description") {
      ctx.isValid = false;
      ctx.errors.push({
        instancePath: `/document/notes/${index}`,
        message: `the category of the "${reasonTitle}" note must be "description"`
      });
    }
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_27_19.js
var import_jtd14 = __toESM(require_jtd(), 1);
var import_bcp473 = __toESM(require_lib(), 1);
var ajv12 = new import_jtd14.default();
var inputSchema14 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      document: {
        additionalProperties: true,
        properties: {
          category: {
            type: "string"
          }
        },
        optionalProperties: {
          lang: { type: "string" },
          references: {
            elements: {
              additionalProperties: true,
              optionalProperties: {
                category: {
                  type: "string"
                },
                summary: {
                  type: "string"
                }
              }
            }
          }
        }
      }
    }
  }
);
var validate11 = ajv12.compile(inputSchema14);
function mandatoryTest_6_1_27_19(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate11(doc) || doc.document.category !== "csaf_superseded" || //
  // The spec says that this test is activated only for documents with the language
  // english. Or if the language is unspecified.
  doc.document.lang && import_bcp473.default.parse(doc.document.lang)?.langtag.language.language !== "en")
    return ctx;
  const summaryTitle = "Superseding Document";
  const supersessionReferences = (
    // Here we filter and map the document references in one step using `flatMap`
    // to avoid double looping through the note array. The category is
    // not yet included in the filtering since it is checked below for each note
    // individually to improve the error messages.
    doc.document.references?.flatMap(
      (r, i) => r.summary?.startsWith(summaryTitle) ? { reference: r, index: i } : []
    ) ?? []
  );
  if (!supersessionReferences.length) {
    ctx.isValid = false;
    ctx.errors.push({
      instancePath: `/document/references`,
      message: `needs at least one entry that has a summary starting with "${summaryTitle}"`
    });
  }
  for (const { reference, index } of supersessionReferences) {
    if (reference.category !== "external") {
      ctx.isValid = false;
      ctx.errors.push({
        instancePath: `/document/references/${index}`,
        message: `the category of a "${summaryTitle}" reference must be "external"`
      });
    }
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_34.js
var import_jtd15 = __toESM(require_jtd(), 1);
var MAX_DEPTH = 30;
var ajv13 = new import_jtd15.default();
var branchSchema2 = (
  /** @type {const} */
  {
    additionalProperties: true,
    optionalProperties: {
      branches: {
        elements: {
          additionalProperties: true,
          properties: {}
        }
      }
    }
  }
);
var validateBranch2 = ajv13.compile(branchSchema2);
var inputSchema15 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      product_tree: branchSchema2
    }
  }
);
var validate12 = ajv13.compile(inputSchema15);
function mandatoryTest_6_1_34(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate12(doc)) {
    return ctx;
  }
  const checkBranch = (branch, prefix, count = 0) => {
    if (!branch.branches?.length && count > MAX_DEPTH) {
      ctx.isValid = false;
      ctx.errors.push({
        instancePath: prefix,
        message: `branch structure nesting exceeds ${MAX_DEPTH} branches (it is ${count} levels deep)`
      });
      return;
    }
    branch.branches?.forEach((branch2, index) => {
      if (!validateBranch2(branch2)) return;
      checkBranch(branch2, `${prefix}/branches/${index}`, count + 1);
    });
  };
  checkBranch(doc.product_tree, "/product_tree");
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_35.js
var import_jtd16 = __toESM(require_jtd(), 1);
var ajv14 = new import_jtd16.default();
var prohibitionRuleMap = new Map(
  /** @satisfies {Array<[Category, Category[]]>} */
  [
    ["workaround", ["optional_patch", "none_available"]],
    ["mitigation", ["optional_patch", "none_available"]],
    [
      "vendor_fix",
      ["optional_patch", "none_available", "fix_planned", "no_fix_planned"]
    ],
    [
      "optional_patch",
      [
        "workaround",
        "mitigation",
        "vendor_fix",
        "none_available",
        "fix_planned",
        "no_fix_planned"
      ]
    ],
    [
      "none_available",
      [
        "workaround",
        "mitigation",
        "vendor_fix",
        "optional_patch",
        "fix_planned",
        "no_fix_planned"
      ]
    ],
    [
      "fix_planned",
      ["vendor_fix", "optional_patch", "none_available", "no_fix_planned"]
    ],
    [
      "no_fix_planned",
      ["vendor_fix", "optional_patch", "none_available", "fix_planned"]
    ]
  ].map((e) => [e[0], new Set(e[1])])
);
var remediationSchema = (
  /** @type {const} */
  {
    additionalProperties: true,
    optionalProperties: {
      group_ids: {
        elements: {
          type: "string"
        }
      },
      product_ids: {
        elements: {
          type: "string"
        }
      },
      category: { type: "string" }
    }
  }
);
var inputSchema16 = (
  /** @type {const} */
  {
    additionalProperties: true,
    optionalProperties: {
      product_tree: {
        additionalProperties: true,
        optionalProperties: {
          product_groups: {
            elements: {
              additionalProperties: true,
              optionalProperties: {
                group_id: { type: "string" },
                product_ids: {
                  elements: {
                    type: "string"
                  }
                }
              }
            }
          }
        }
      }
    },
    properties: {
      vulnerabilities: {
        elements: {
          additionalProperties: true,
          optionalProperties: {
            remediations: {
              elements: remediationSchema
            }
          }
        }
      }
    }
  }
);
var validate13 = ajv14.compile(inputSchema16);
function mandatoryTest_6_1_35(doc) {
  const ctx = {
    /** @type {Array<{ instancePath: string; message: string }>} */
    errors: [],
    isValid: true
  };
  if (!validate13(doc)) {
    return ctx;
  }
  for (const [vulnerabilityIndex, vulnerability] of Object.entries(
    doc.vulnerabilities
  )) {
    const productToCategoriesMap = /* @__PURE__ */ new Map();
    vulnerability.remediations?.forEach((remediation, remediationIndex) => {
      const category = remediation.category;
      if (!category) return;
      const collectCategory = (id) => {
        productToCategoriesMap.set(
          id,
          new Set(productToCategoriesMap.get(id)).add(category)
        );
      };
      remediation.product_ids?.forEach(collectCategory);
      remediation.group_ids?.forEach((id) => {
        const group = doc.product_tree?.product_groups?.find(
          (g) => g.group_id === id
        );
        if (!group) return;
        group.product_ids?.forEach(collectCategory);
      });
      for (const [productId, categories] of productToCategoriesMap) {
        const checkedCategories = /* @__PURE__ */ new Set();
        for (const categoryA of categories) {
          checkedCategories.add(categoryA);
          for (const categoryB of categories) {
            if (checkedCategories.has(categoryB)) continue;
            if (prohibitionRuleMap.get(categoryA)?.has(categoryB)) {
              ctx.errors.push({
                instancePath: `/vulnerabilities/${vulnerabilityIndex}/remediations/${remediationIndex}`,
                message: `contradicting remediation categories for product id "${productId}": ${categoryA}, ${categoryB}`
              });
              ctx.isValid = false;
            }
          }
        }
      }
    });
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_36.js
var import_jtd17 = __toESM(require_jtd(), 1);
var ajv15 = new import_jtd17.default();
var productStatus = (
  /**
  * @type {const}
  * @satisfies {Record<string, ProductStatus[]>}
  */
  {
    affected: ["first_affected", "known_affected", "last_affected"],
    notAffected: ["known_not_affected"],
    fixed: ["first_fixed", "fixed"],
    underInvestigation: ["under_investigation"]
  }
);
var prohibitionRuleMap2 = new Map(
  /** @satisfies {Array<[Category, ProductStatus[]]>} */
  [
    ["workaround", [...productStatus.notAffected, ...productStatus.fixed]],
    ["mitigation", [...productStatus.notAffected, ...productStatus.fixed]],
    ["vendor_fix", [...productStatus.notAffected, ...productStatus.fixed]],
    ["optional_patch", [...productStatus.affected]],
    ["none_available", [...productStatus.notAffected, ...productStatus.fixed]],
    ["fix_planned", [...productStatus.fixed]],
    ["no_fix_planned", [...productStatus.fixed]]
  ].map((e) => [e[0], new Set(e[1])])
);
var remediationSchema2 = (
  /** @type {const} */
  {
    additionalProperties: true,
    optionalProperties: {
      group_ids: {
        elements: {
          type: "string"
        }
      },
      product_ids: {
        elements: {
          type: "string"
        }
      },
      category: { type: "string" }
    }
  }
);
var inputSchema17 = (
  /** @type {const} */
  {
    additionalProperties: true,
    optionalProperties: {
      product_tree: {
        additionalProperties: true,
        optionalProperties: {
          product_groups: {
            elements: {
              additionalProperties: true,
              optionalProperties: {
                group_id: { type: "string" },
                product_ids: {
                  elements: {
                    type: "string"
                  }
                }
              }
            }
          }
        }
      }
    },
    properties: {
      vulnerabilities: {
        elements: {
          additionalProperties: true,
          optionalProperties: {
            remediations: {
              elements: remediationSchema2
            },
            product_status: {
              additionalProperties: true,
              optionalProperties: {
                first_affected: { elements: { type: "string" } },
                known_affected: { elements: { type: "string" } },
                last_affected: { elements: { type: "string" } },
                known_not_affected: { elements: { type: "string" } },
                first_fixed: { elements: { type: "string" } },
                fixed: { elements: { type: "string" } },
                under_investigation: { elements: { type: "string" } }
              }
            }
          }
        }
      }
    }
  }
);
var validate14 = ajv15.compile(inputSchema17);
function mandatoryTest_6_1_36(doc) {
  const ctx = {
    /** @type {Array<{ instancePath: string; message: string }>} */
    errors: [],
    isValid: true
  };
  if (!validate14(doc)) {
    return ctx;
  }
  for (const [
    vulnerabilityIndex,
    vulnerability
  ] of doc.vulnerabilities.entries()) {
    vulnerability.remediations?.forEach((remediation, remediationIndex) => {
      const category = remediation.category;
      if (!category) return;
      const productToProductStatusNamesMap = /* @__PURE__ */ new Map();
      const collectProductStatusNames = (id) => {
        const productStatusNames = (
          /*
            To speed things up we first check if the product status names where already
            collected and do not search again. The product names are always for a
            product in the same vulnerability.
           */
          productToProductStatusNamesMap.get(id) ?? new Set(
            /** @type {string[]} */
            Object.entries(vulnerability.product_status ?? {}).filter(
              (e) => Array.isArray(e[1]) ? e[1].includes(id) : false
            ).map((e) => e[0])
          )
        );
        productToProductStatusNamesMap.set(id, productStatusNames);
      };
      remediation.product_ids?.forEach(collectProductStatusNames);
      remediation.group_ids?.forEach((id) => {
        const group = doc.product_tree?.product_groups?.find(
          (g) => g.group_id === id
        );
        if (!group) return;
        group.product_ids?.forEach(collectProductStatusNames);
      });
      for (const [
        productId,
        productStatusNames
      ] of productToProductStatusNamesMap) {
        for (const productStatus2 of productStatusNames) {
          if (prohibitionRuleMap2.get(category)?.has(productStatus2)) {
            ctx.errors.push({
              instancePath: `/vulnerabilities/${vulnerabilityIndex}/remediations/${remediationIndex}`,
              message: `contradicting combination of product status ${productStatus2} and remediation category ${category} for product id "${productId}"`
            });
            ctx.isValid = false;
          }
        }
      }
    });
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_37.js
var import_jtd18 = __toESM(require_jtd(), 1);
var ajv16 = new import_jtd18.default();
var inputSchema18 = (
  /** @type {const} */
  {
    additionalProperties: true,
    optionalProperties: {
      document: {
        additionalProperties: true,
        optionalProperties: {
          tracking: {
            additionalProperties: true,
            optionalProperties: {
              generator: {
                additionalProperties: true,
                optionalProperties: {
                  date: { type: "string" }
                }
              },
              initial_release_date: { type: "string" },
              current_release_date: { type: "string" },
              revision_history: {
                elements: {
                  additionalProperties: true,
                  optionalProperties: {
                    date: { type: "string" }
                  }
                }
              }
            }
          }
        }
      },
      vulnerabilities: {
        elements: {
          additionalProperties: true,
          optionalProperties: {
            disclosure_date: { type: "string" },
            discovery_date: { type: "string" },
            flags: {
              elements: {
                additionalProperties: true,
                optionalProperties: {
                  date: { type: "string" }
                }
              }
            },
            involvements: {
              elements: {
                additionalProperties: true,
                optionalProperties: {
                  date: { type: "string" }
                }
              }
            },
            remediations: {
              elements: {
                additionalProperties: true,
                optionalProperties: {
                  date: { type: "string" }
                }
              }
            },
            threats: {
              elements: {
                additionalProperties: true,
                optionalProperties: {
                  date: { type: "string" }
                }
              }
            }
          }
        }
      }
    }
  }
);
var validate15 = ajv16.compile(inputSchema18);
var dateRegex = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
var dateFn = csafAjv_default.compile({ type: "string", format: "date-time" });
var isValidDate = (date) => {
  if (!dateRegex.exec(date)) {
    return {
      isValid: (
        /** @type {const} */
        false
      ),
      error: (
        /** @type {const} */
        "INVALID_FORMAT"
      )
    };
  }
  if (!dateFn(date)) {
    return {
      isValid: (
        /** @type {const} */
        false
      ),
      error: (
        /** @type {const} */
        "INVALID_DATE"
      )
    };
  }
  return { isValid: (
    /** @type {const} */
    true
  ), error: null };
};
function mandatoryTest_6_1_37(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate15(doc)) return ctx;
  const validateDate = (date, path) => {
    if (date === void 0) return;
    const result = isValidDate(date);
    if (!result.isValid) {
      ctx.errors.push({
        instancePath: path,
        message: result.error === "INVALID_FORMAT" ? `invalid date format` : `invalid date`
      });
      ctx.isValid = false;
    }
  };
  validateDate(
    doc.document?.tracking?.generator?.date,
    "/document/tracking/generator/date"
  );
  validateDate(
    doc.document?.tracking?.initial_release_date,
    "/document/tracking/initial_release_date"
  );
  validateDate(
    doc.document?.tracking?.current_release_date,
    "/document/tracking/current_release_date"
  );
  doc.document?.tracking?.revision_history?.forEach((history, index) => {
    validateDate(
      history.date,
      `/document/tracking/revision_history/${index}/date`
    );
  });
  doc.vulnerabilities?.forEach((vulnerabiltiy, vulnerabilityIndex) => {
    const prefix = `/vulnerabilities/${vulnerabilityIndex}`;
    validateDate(vulnerabiltiy.disclosure_date, `${prefix}/disclosure_date`);
    validateDate(vulnerabiltiy.discovery_date, `${prefix}/discovery_date`);
    vulnerabiltiy.flags?.forEach((flag, index) => {
      validateDate(flag.date, `${prefix}/flags/${index}/date`);
    });
    vulnerabiltiy.involvements?.forEach((involvement, index) => {
      validateDate(involvement.date, `${prefix}/involvements/${index}/date`);
    });
    vulnerabiltiy.remediations?.forEach((remediation, index) => {
      validateDate(remediation.date, `${prefix}/remediations/${index}/date`);
    });
    vulnerabiltiy.threats?.forEach((threat, index) => {
      validateDate(threat.date, `${prefix}/threats/${index}/date`);
    });
  });
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTests_6_1_38.js
var import_jtd19 = __toESM(require_jtd(), 1);
var MAX_UUID2 = "ffffffff-ffff-ffff-ffff-ffffffffffff";
var ajv17 = new import_jtd19.default();
var inputSchema19 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      document: {
        additionalProperties: true,
        properties: {
          distribution: {
            additionalProperties: true,
            properties: {
              sharing_group: {
                additionalProperties: true,
                properties: {
                  id: {
                    type: "string"
                  }
                }
              }
            },
            optionalProperties: {
              tlp: {
                additionalProperties: true,
                optionalProperties: {
                  label: { type: "string" }
                }
              }
            }
          }
        }
      }
    }
  }
);
var validate16 = ajv17.compile(inputSchema19);
function mandatoryTest_6_1_38(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate16(doc)) return ctx;
  if (doc.document.distribution.sharing_group.id === MAX_UUID2 && doc.document.distribution.tlp?.label !== "CLEAR") {
    ctx.isValid = false;
    ctx.errors.push({
      instancePath: "/document/distribution/tlp/label",
      message: `the sharing group uses the Max UUID but the CSAF document is not labeled as TLP:CLEAR`
    });
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_39.js
var import_jtd20 = __toESM(require_jtd(), 1);
var ajv18 = new import_jtd20.default();
var inputSchema20 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      document: {
        additionalProperties: true,
        properties: {
          distribution: {
            additionalProperties: true,
            optionalProperties: {
              sharing_group: {
                additionalProperties: true,
                properties: {
                  id: {
                    type: "string"
                  }
                }
              },
              tlp: {
                additionalProperties: true,
                optionalProperties: {
                  label: { type: "string" }
                }
              }
            }
          }
        },
        optionalProperties: {
          tracking: {
            additionalProperties: true,
            optionalProperties: {
              status: { type: "string" }
            }
          }
        }
      }
    }
  }
);
var validate17 = ajv18.compile(inputSchema20);
function mandatoryTest_6_1_39(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate17(doc)) return ctx;
  const sharingGroupId = doc.document.distribution.sharing_group?.id;
  if (
    /*
      It MUST be tested that a CSAF document with the TLP label CLEAR use the Max UUID as sharing
      group ID if any. The test SHALL pass if no sharing group is present or the Nil UUID is used
      and the document status is draft.
     */
    doc.document.distribution.tlp?.label === "CLEAR" && typeof sharingGroupId === "string" && sharingGroupId !== MAX_UUID && !(sharingGroupId === NIL_UUID && doc.document.tracking?.status === "draft")
  ) {
    ctx.isValid = false;
    ctx.errors.push({
      instancePath: "/document/distribution/sharing_group/id",
      message: `the sharing group is present for the TLP:CLEAR document but it differs from the Max UUID`
    });
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_40.js
var import_jtd21 = __toESM(require_jtd(), 1);
var ajv19 = new import_jtd21.default();
var inputSchema21 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      document: {
        additionalProperties: true,
        properties: {
          distribution: {
            additionalProperties: true,
            optionalProperties: {
              sharing_group: {
                additionalProperties: true,
                properties: {
                  id: {
                    type: "string"
                  }
                }
              }
            }
          }
        }
      }
    }
  }
);
var validate18 = ajv19.compile(inputSchema21);
function mandatoryTest_6_1_40(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate18(doc)) return ctx;
  const sharingGroupId = doc.document.distribution.sharing_group?.id;
  const sharingGroupName = doc.document.distribution.sharing_group?.name;
  if (sharingGroupName === PUBLIC && sharingGroupId !== MAX_UUID) {
    ctx.isValid = false;
    ctx.errors.push({
      instancePath: "/document/distribution/sharing_group/name",
      message: `the sharing group id is not the Max UUID but the sharing group name is "${PUBLIC}"`
    });
  } else if (sharingGroupName === NO_SHARING_ALLOWED && sharingGroupId !== NIL_UUID) {
    ctx.isValid = false;
    ctx.errors.push({
      instancePath: "/document/distribution/sharing_group/name",
      message: `the sharing group id is not the Nil UUID but the sharing group name is "${NO_SHARING_ALLOWED}"`
    });
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_41.js
var import_jtd22 = __toESM(require_jtd(), 1);
var ajv20 = new import_jtd22.default();
var inputSchema22 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      document: {
        additionalProperties: true,
        properties: {
          distribution: {
            additionalProperties: true,
            optionalProperties: {
              sharing_group: {
                additionalProperties: true,
                properties: {
                  id: {
                    type: "string"
                  }
                }
              }
            }
          }
        }
      }
    }
  }
);
var validate19 = ajv20.compile(inputSchema22);
function mandatoryTest_6_1_41(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate19(doc)) return ctx;
  const sharingGroupId = doc.document.distribution.sharing_group?.id;
  const sharingGroupName = doc.document.distribution.sharing_group?.name;
  if (sharingGroupId === MAX_UUID && sharingGroupName !== PUBLIC) {
    ctx.isValid = false;
    if (typeof sharingGroupName === "string") {
      ctx.errors.push({
        instancePath: "/document/distribution/sharing_group/id",
        message: `the Max UUID is used but the sharing group name does not equal "${PUBLIC}"`
      });
    } else {
      ctx.errors.push({
        instancePath: "/document/distribution/sharing_group/id",
        message: `the Max UUID is used but the sharing group name does not exist`
      });
    }
  } else if (sharingGroupId === NIL_UUID && sharingGroupName !== NO_SHARING_ALLOWED) {
    ctx.isValid = false;
    if (typeof sharingGroupName === "string") {
      ctx.errors.push({
        instancePath: "/document/distribution/sharing_group/id",
        message: `the Nil UUID is used but the sharing group name does not equal "${NO_SHARING_ALLOWED}"`
      });
    } else {
      ctx.errors.push({
        instancePath: "/document/distribution/sharing_group/id",
        message: `the Nil UUID is used but the sharing group name does not exist`
      });
    }
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_43.js
var import_jtd23 = __toESM(require_jtd(), 1);
var ajv21 = new import_jtd23.default();
var branchSchema3 = (
  /** @type {const} */
  {
    additionalProperties: true,
    optionalProperties: {
      branches: {
        elements: {
          additionalProperties: true,
          properties: {}
        }
      },
      product: {
        additionalProperties: true,
        optionalProperties: {
          product_identification_helper: {
            additionalProperties: true,
            optionalProperties: {
              model_numbers: { elements: { type: "string" } }
            }
          }
        }
      }
    }
  }
);
var validateBranch3 = ajv21.compile(branchSchema3);
var fullProductNameSchema2 = (
  /** @type {const} */
  {
    additionalProperties: true,
    optionalProperties: {
      product_identification_helper: {
        additionalProperties: true,
        optionalProperties: {
          model_numbers: { elements: { type: "string" } }
        }
      }
    }
  }
);
var inputSchema23 = (
  /** @type {const} */
  {
    additionalProperties: true,
    optionalProperties: {
      product_tree: {
        additionalProperties: true,
        optionalProperties: {
          branches: {
            elements: branchSchema3
          },
          full_product_names: {
            elements: fullProductNameSchema2
          },
          relationships: {
            elements: {
              additionalProperties: true,
              optionalProperties: {
                full_product_name: fullProductNameSchema2
              }
            }
          }
        }
      }
    }
  }
);
var validate20 = ajv21.compile(inputSchema23);
function containMultipleUnescapedStars(stringToCheck) {
  const regex = /\*/g;
  return (stringToCheck.replace(/\\\*/g, "").match(regex)?.length ?? 0) > 1;
}
function checkModelNumbers(modelNumbers) {
  const invalidNumbers = [];
  if (modelNumbers) {
    for (let i = 0; i < modelNumbers.length; i++) {
      const modelNumber = modelNumbers[i];
      if (containMultipleUnescapedStars(modelNumber)) {
        invalidNumbers.push(i);
      }
    }
  }
  return invalidNumbers;
}
function mandatoryTest_6_1_43(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate20(doc)) {
    return ctx;
  }
  doc.product_tree?.branches?.forEach((branch, index) => {
    checkBranch(`/product_tree/branches/${index}`, branch);
  });
  doc.product_tree?.full_product_names?.forEach((fullProduceName, index) => {
    checkFullProductName(
      `/product_tree/full_product_names/${index}`,
      fullProduceName
    );
  });
  doc.product_tree?.relationships?.forEach((relationship, index) => {
    const fullProductName = relationship.full_product_name;
    if (fullProductName) {
      checkFullProductName(
        `/product_tree/relationships/${index}/full_product_name`,
        fullProductName
      );
    }
  });
  return ctx;
  function checkFullProductName(prefix, fullProductName) {
    const invalidNumberIndexes = checkModelNumbers(
      fullProductName.product_identification_helper?.model_numbers
    );
    invalidNumberIndexes.forEach((invalidNumberIndex) => {
      ctx.isValid = false;
      ctx.errors.push({
        instancePath: `${prefix}/product_identification_helper/model_numbers/${invalidNumberIndex}`,
        message: `model number contains multiple unescaped stars`
      });
    });
  }
  function checkBranch(prefix, branch) {
    const invalidNumberIndexes = checkModelNumbers(
      branch.product?.product_identification_helper?.model_numbers
    );
    invalidNumberIndexes.forEach((invalidNumberIndex) => {
      ctx.isValid = false;
      ctx.errors.push({
        instancePath: `${prefix}/product/product_identification_helper/model_numbers/${invalidNumberIndex}`,
        message: `model number contains multiple unescaped stars`
      });
    });
    branch.branches?.forEach((branch2, index) => {
      if (validateBranch3(branch2)) {
        checkBranch(`${prefix}/branches/${index}`, branch2);
      }
    });
  }
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_45.js
var import_jtd24 = __toESM(require_jtd(), 1);
var ajv22 = new import_jtd24.default();
var inputSchema24 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      document: {
        additionalProperties: true,
        properties: {
          distribution: {
            additionalProperties: true,
            properties: {
              tlp: {
                additionalProperties: true,
                properties: {
                  label: { type: "string" }
                }
              }
            }
          },
          tracking: {
            additionalProperties: true,
            properties: {
              revision_history: {
                elements: {
                  additionalProperties: true,
                  optionalProperties: {
                    date: { type: "string" }
                  }
                }
              }
            }
          }
        }
      },
      vulnerabilities: {
        elements: {
          additionalProperties: true,
          optionalProperties: {
            disclosure_date: { type: "string" }
          }
        }
      }
    }
  }
);
var validate21 = ajv22.compile(inputSchema24);
function mandatoryTest_6_1_45(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate21(doc)) {
    return ctx;
  }
  const status = doc.document.tracking.status;
  const tlpLabel = doc.document.distribution.tlp.label;
  if (!(tlpLabel === "CLEAR" && (status === "final" || status === "interim"))) {
    return ctx;
  }
  const revisionHistory = doc.document.tracking?.revision_history;
  const newestRevisionHistoryItem = revisionHistory.filter((item) => item.date !== void 0).sort(
    (a, b) => compareZonedDateTimes(
      /** @type {string} */
      b.date,
      /** @type {string} */
      a.date
    )
  )[0];
  doc.vulnerabilities?.forEach((vulnerability, vulnerabilityIndex) => {
    const disclosureDate = vulnerability.disclosure_date;
    if (disclosureDate && compareZonedDateTimes(
      disclosureDate,
      /** @type {string} */
      newestRevisionHistoryItem.date
    ) > 0) {
      ctx.isValid = false;
      ctx.errors.push({
        instancePath: `/vulnerabilities/${vulnerabilityIndex}/disclosure_date`,
        message: `the "status" is ${status}, but the "disclosure date" is newer than the date of the newest item of the revision_history`
      });
    }
  });
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests/mandatoryTest_6_1_52.js
var import_jtd25 = __toESM(require_jtd(), 1);
var ajv23 = new import_jtd25.default();
var inputSchema25 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      document: {
        additionalProperties: true,
        properties: {
          tracking: {
            additionalProperties: true,
            properties: {
              revision_history: {
                elements: {
                  additionalProperties: true,
                  optionalProperties: {
                    date: { type: "string" }
                  }
                }
              },
              status: { type: "string" }
            }
          }
        }
      },
      vulnerabilities: {
        elements: {
          additionalProperties: true,
          optionalProperties: {
            first_known_exploitation_dates: {
              elements: {
                additionalProperties: true,
                optionalProperties: {
                  date: { type: "string" },
                  exploitation_date: { type: "string" }
                }
              }
            }
          }
        }
      }
    }
  }
);
var validate22 = ajv23.compile(inputSchema25);
function mandatoryTest_6_1_52(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate22(doc)) {
    return ctx;
  }
  const status = doc.document.tracking.status;
  if (status !== "final" && status !== "interim") {
    return ctx;
  }
  const newestRevisionHistoryItem = doc.document.tracking.revision_history.filter((item) => item.date != null).sort(
    (a, z) => compareZonedDateTimes(
      /** @type {string} */
      z.date,
      /** @type {string} */
      a.date
    )
  )[0];
  doc.vulnerabilities?.forEach((vulnerability, vulnerabilityIndex) => {
    const exploitDate = vulnerability.first_known_exploitation_dates || [];
    exploitDate.forEach((exploit, exploitIdx) => {
      const date = exploit.date;
      const exploitationDate = exploit.exploitation_date;
      if (newestRevisionHistoryItem && compareZonedDateTimes(
        /** @type {string} */
        newestRevisionHistoryItem.date,
        /** @type {string} */
        date
      ) < 0) {
        ctx.isValid = false;
        ctx.errors.push({
          instancePath: `/vulnerabilities/${vulnerabilityIndex}/first_known_exploitation_dates/${exploitIdx}/date`,
          message: `the status is ${status}, but the "date" of the First Known Exploitation Dates is newer than the newest revision history date`
        });
      }
      if (newestRevisionHistoryItem && compareZonedDateTimes(
        /** @type {string} */
        newestRevisionHistoryItem.date,
        /** @type {string} */
        exploitationDate
      ) < 0) {
        ctx.isValid = false;
        ctx.errors.push({
          instancePath: `/vulnerabilities/${vulnerabilityIndex}/first_known_exploitation_dates/${exploitIdx}/exploitation_date`,
          message: `the status is ${status}, but the "exploitation_date" of the First Known Exploitation Dates is newer than the newest revision history date`
        });
      }
    });
  });
  return ctx;
}
export {
  mandatoryTest_6_1_1,
  mandatoryTest_6_1_10,
  mandatoryTest_6_1_11,
  mandatoryTest_6_1_12,
  mandatoryTest_6_1_13,
  mandatoryTest_6_1_14,
  mandatoryTest_6_1_15,
  mandatoryTest_6_1_16,
  mandatoryTest_6_1_17,
  mandatoryTest_6_1_18,
  mandatoryTest_6_1_19,
  mandatoryTest_6_1_2,
  mandatoryTest_6_1_20,
  mandatoryTest_6_1_21,
  mandatoryTest_6_1_22,
  mandatoryTest_6_1_23,
  mandatoryTest_6_1_24,
  mandatoryTest_6_1_25,
  mandatoryTest_6_1_26,
  mandatoryTest_6_1_27_1,
  mandatoryTest_6_1_27_10,
  mandatoryTest_6_1_27_11,
  mandatoryTest_6_1_27_12,
  mandatoryTest_6_1_27_14,
  mandatoryTest_6_1_27_15,
  mandatoryTest_6_1_27_16,
  mandatoryTest_6_1_27_17,
  mandatoryTest_6_1_27_18,
  mandatoryTest_6_1_27_19,
  mandatoryTest_6_1_27_2,
  mandatoryTest_6_1_27_3,
  mandatoryTest_6_1_27_4,
  mandatoryTest_6_1_27_5,
  mandatoryTest_6_1_27_6,
  mandatoryTest_6_1_27_7,
  mandatoryTest_6_1_27_8,
  mandatoryTest_6_1_27_9,
  mandatoryTest_6_1_28,
  mandatoryTest_6_1_29,
  mandatoryTest_6_1_3,
  mandatoryTest_6_1_30,
  mandatoryTest_6_1_31,
  mandatoryTest_6_1_32,
  mandatoryTest_6_1_33,
  mandatoryTest_6_1_34,
  mandatoryTest_6_1_35,
  mandatoryTest_6_1_36,
  mandatoryTest_6_1_37,
  mandatoryTest_6_1_38,
  mandatoryTest_6_1_39,
  mandatoryTest_6_1_4,
  mandatoryTest_6_1_40,
  mandatoryTest_6_1_41,
  mandatoryTest_6_1_43,
  mandatoryTest_6_1_45,
  mandatoryTest_6_1_5,
  mandatoryTest_6_1_52,
  mandatoryTest_6_1_6,
  mandatoryTest_6_1_7,
  mandatoryTest_6_1_8,
  mandatoryTest_6_1_9
};
