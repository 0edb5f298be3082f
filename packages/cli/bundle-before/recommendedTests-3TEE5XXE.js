import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  MAX_UUID,
  NIL_UUID,
  cwecMap
} from "./chunk-AHV3JXZE.js";
import {
  optionalTest_6_2_1,
  optionalTest_6_2_10,
  optionalTest_6_2_11,
  optionalTest_6_2_12,
  optionalTest_6_2_13,
  optionalTest_6_2_14,
  optionalTest_6_2_15,
  optionalTest_6_2_16,
  optionalTest_6_2_17,
  optionalTest_6_2_18,
  optionalTest_6_2_19,
  optionalTest_6_2_2,
  optionalTest_6_2_20,
  optionalTest_6_2_4,
  optionalTest_6_2_5,
  optionalTest_6_2_6,
  optionalTest_6_2_7,
  optionalTest_6_2_8,
  optionalTest_6_2_9
} from "./chunk-T7LEBH3F.js";
import "./chunk-IDQ55VWM.js";
import "./chunk-ZBMFDVXP.js";
import {
  require_jtd
} from "./chunk-UITVB6FF.js";
import "./chunk-DPYHLQSN.js";
import "./chunk-4MADFU33.js";
import "./chunk-VGXVMTU2.js";
import "./chunk-L23BHNIR.js";
import "./chunk-ZCQYR5VP.js";
import "./chunk-CVJE6LTD.js";
import "./chunk-XM45SO76.js";
import {
  __toESM
} from "./chunk-TQAJVIUW.js";

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_1.js
function recommendedTest_6_2_1(doc) {
  return optionalTest_6_2_1(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_2.js
function recommendedTest_6_2_2(doc) {
  return optionalTest_6_2_2(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_3.js
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
          properties: {
            product_status: {
              additionalProperties: true,
              optionalProperties: {
                first_affected: { elements: { type: "string" } },
                known_affected: { elements: { type: "string" } },
                last_affected: { elements: { type: "string" } }
              }
            }
          },
          optionalProperties: {
            metrics: {
              elements: {
                additionalProperties: true,
                optionalProperties: {
                  products: { elements: { type: "string" } }
                }
              }
            }
          }
        }
      }
    }
  }
);
var validate = ajv.compile(inputSchema);
function recommendedTest_6_2_3(doc) {
  const warnings = [];
  const context = { warnings };
  if (!validate(doc)) {
    return context;
  }
  doc.vulnerabilities?.forEach((vulnerability, vulnerabilityIndex) => {
    const productStatus = vulnerability.product_status;
    const lists = (
      /** @type {const} */
      [
        "first_affected",
        "known_affected",
        "last_affected"
      ]
    );
    lists.forEach((listID) => {
      const listOfProductIDs = productStatus[listID];
      listOfProductIDs?.forEach((productID, productIDIndex) => {
        const hasMatchingMetric = vulnerability.metrics?.some(
          (metric) => metric.products?.includes(productID)
        );
        if (!hasMatchingMetric) {
          context.warnings.push({
            message: "missing metric",
            instancePath: `/vulnerabilities/${vulnerabilityIndex}/product_status/${listID}/${productIDIndex}`
          });
        }
      });
    });
  });
  return context;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_4.js
function recommendedTest_6_2_4(doc) {
  return optionalTest_6_2_4(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_5.js
function recommendedTest_6_2_5(doc) {
  return optionalTest_6_2_5(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_6.js
function recommendedTest_6_2_6(doc) {
  return optionalTest_6_2_6(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_7.js
function recommendedTest_6_2_7(doc) {
  return optionalTest_6_2_7(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_8.js
function recommendedTest_6_2_8(doc) {
  return optionalTest_6_2_8(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_9.js
function recommendedTest_6_2_9(doc) {
  return optionalTest_6_2_9(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_10.js
function recommendedTest_6_2_10(doc) {
  return optionalTest_6_2_10(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_11.js
function recommendedTest_6_2_11(doc) {
  return optionalTest_6_2_11(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_12.js
function recommendedTest_6_2_12(doc) {
  return optionalTest_6_2_12(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_13.js
function recommendedTest_6_2_13(doc) {
  return optionalTest_6_2_13(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_14.js
function recommendedTest_6_2_14(doc) {
  return optionalTest_6_2_14(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_15.js
function recommendedTest_6_2_15(doc) {
  return optionalTest_6_2_15(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_16.js
function recommendedTest_6_2_16(doc) {
  return optionalTest_6_2_16(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_17.js
function recommendedTest_6_2_17(doc) {
  return optionalTest_6_2_17(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_18.js
function recommendedTest_6_2_18(doc) {
  return optionalTest_6_2_18(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_19.js
function recommendedTest_6_2_19(doc) {
  return optionalTest_6_2_19(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_20.js
function recommendedTest_6_2_20(doc) {
  return optionalTest_6_2_20(doc);
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_22.js
var import_jtd2 = __toESM(require_jtd(), 1);
var ajv2 = new import_jtd2.default();
var inputSchema2 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      document: {
        additionalProperties: true,
        properties: {
          title: { type: "string" },
          tracking: {
            additionalProperties: true,
            properties: {
              id: { type: "string" }
            }
          }
        }
      }
    }
  }
);
var validate2 = ajv2.compile(inputSchema2);
function recommendedTest_6_2_22(doc) {
  const warnings = [];
  const context = { warnings };
  if (!validate2(doc)) {
    return context;
  }
  const trackingId = doc.document.tracking.id;
  const documentTitle = doc.document.title;
  if (documentTitle.includes(trackingId)) {
    context.warnings.push({
      message: `document title contains the tracking id ${trackingId}`,
      instancePath: `/document/title`
    });
  }
  return context;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_23.js
var import_jtd3 = __toESM(require_jtd(), 1);
var ajv3 = new import_jtd3.default();
var inputSchema3 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      vulnerabilities: {
        elements: {
          additionalProperties: true,
          optionalProperties: {
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
var validateInput = ajv3.compile(inputSchema3);
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
var validateCWE = ajv3.compile(cweSchema);
async function recommendedTest_6_2_23(doc) {
  const warnings = [];
  const context = { warnings };
  if (!validateInput(doc)) {
    return context;
  }
  for (let i = 0; i < doc.vulnerabilities.length; ++i) {
    const vulnerability = doc.vulnerabilities[i];
    if (vulnerability.cwes) {
      for (let j = 0; j < vulnerability.cwes.length; ++j) {
        const cwe = vulnerability.cwes.at(j);
        if (validateCWE(cwe)) {
          const cwec = cwecMap.get(cwe.version);
          if (cwec) {
            const entry = (await cwec())?.default.weaknesses.find(
              (w) => w.id === cwe.id
            );
            if (entry?.status === "Deprecated") {
              context.warnings.push({
                instancePath: `/vulnerabilities/${i}/cwes/${j}`,
                message: `this CWE is deprecated in version ${cwe.version}`
              });
            }
          }
        }
      }
    }
  }
  return context;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_27.js
var import_jtd4 = __toESM(require_jtd(), 1);
var ajv4 = new import_jtd4.default();
var discouragedRuleMap = new Map(
  /** @satisfies {Array<[Category, ProductStatus[]]>} */
  [
    ["workaround", ["under_investigation", "unknown"]],
    ["mitigation", ["under_investigation", "unknown"]],
    ["vendor_fix", ["under_investigation", "unknown"]],
    ["optional_patch", ["first_fixed", "fixed"]],
    ["fix_planned", ["known_not_affected", "under_investigation", "unknown"]],
    ["no_fix_planned", ["known_not_affected"]]
  ].map((e) => [e[0], new Set(e[1])])
);
var productStatusSchema = (
  /** @type {const} */
  {
    additionalProperties: true,
    optionalProperties: {
      first_affected: { elements: { type: "string" } },
      first_fixed: { elements: { type: "string" } },
      fixed: { elements: { type: "string" } },
      known_affected: { elements: { type: "string" } },
      known_not_affected: { elements: { type: "string" } },
      last_affected: { elements: { type: "string" } },
      recommended: { elements: { type: "string" } },
      under_investigation: { elements: { type: "string" } },
      unknown: { elements: { type: "string" } }
    }
  }
);
var remediationSchema = (
  /** @type {const} */
  {
    additionalProperties: true,
    optionalProperties: {
      category: { type: "string" },
      group_ids: {
        elements: { type: "string" }
      },
      product_ids: {
        elements: { type: "string" }
      }
    }
  }
);
var inputSchema4 = (
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
            product_status: productStatusSchema,
            remediations: {
              elements: remediationSchema
            }
          }
        }
      }
    }
  }
);
var validateInput2 = ajv4.compile(inputSchema4);
function recommendedTest_6_2_27(doc) {
  const ctx = {
    warnings: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    )
  };
  if (!validateInput2(doc)) {
    return ctx;
  }
  if (!doc.vulnerabilities) {
    return ctx;
  }
  for (const [vulnerabilityIndex, vulnerability] of Object.entries(
    doc.vulnerabilities
  )) {
    const productToCategoriesMap = /* @__PURE__ */ new Map();
    const productStatus = new Map(
      Object.entries(vulnerability.product_status || {})
    );
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
        for (const category2 of categories) {
          const status = discouragedRuleMap.get(category2);
          if (!status) continue;
          status.forEach((s) => {
            const statusList = productStatus.get(s);
            if (Array.isArray(statusList) && statusList.includes(productId)) {
              ctx.warnings.push({
                instancePath: `/vulnerabilities/${vulnerabilityIndex}/remediations/${remediationIndex}`,
                message: `discouraged combination of product status ${s} and remediation category ${category2} for product id "${productId}"`
              });
            }
          });
        }
      }
    });
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_28.js
var import_jtd5 = __toESM(require_jtd(), 1);
var ajv5 = new import_jtd5.default();
var inputSchema5 = (
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
                  id: { type: "string" }
                }
              }
            }
          }
        }
      }
    }
  }
);
var validateInput3 = ajv5.compile(inputSchema5);
function recommendedTest_6_2_28(doc) {
  const ctx = {
    warnings: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    )
  };
  if (!validateInput3(doc)) {
    return ctx;
  }
  const sharingGroup = doc.document.distribution.sharing_group;
  if (sharingGroup.id === MAX_UUID) {
    ctx.warnings.push({
      message: "The Max UUID should not be used as sharing group id.",
      instancePath: "/document/distribution/sharing_group/id"
    });
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_29.js
var import_jtd6 = __toESM(require_jtd(), 1);
var ajv6 = new import_jtd6.default();
var inputSchema6 = (
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
                  id: { type: "string" }
                }
              }
            }
          }
        }
      }
    }
  }
);
var validateInput4 = ajv6.compile(inputSchema6);
function recommendedTest_6_2_29(doc) {
  const ctx = {
    warnings: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    )
  };
  if (!validateInput4(doc)) {
    return ctx;
  }
  const sharingGroup = doc.document.distribution.sharing_group;
  if (sharingGroup.id === NIL_UUID) {
    ctx.warnings.push({
      message: "The Nil UUID should not be used as sharing group id.",
      instancePath: "/document/distribution/sharing_group/id"
    });
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests/recommendedTest_6_2_38.js
var import_jtd7 = __toESM(require_jtd(), 1);
var ajv7 = new import_jtd7.default();
var inputSchema7 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      document: {
        additionalProperties: true,
        properties: {
          category: { type: "string" }
        }
      }
    }
  }
);
var validate3 = ajv7.compile(inputSchema7);
function recommendedTest_6_2_38(doc) {
  const warnings = [];
  const context = { warnings };
  if (!validate3(doc)) {
    return context;
  }
  if (doc.document.category.match(/^csaf_deprecated_.*$/)) {
    context.warnings.push({
      message: 'The document category indicates the usage of a deprecated profile as it starts with "csaf_deprecated_"',
      instancePath: "/document/category"
    });
  }
  return context;
}
export {
  recommendedTest_6_2_1,
  recommendedTest_6_2_10,
  recommendedTest_6_2_11,
  recommendedTest_6_2_12,
  recommendedTest_6_2_13,
  recommendedTest_6_2_14,
  recommendedTest_6_2_15,
  recommendedTest_6_2_16,
  recommendedTest_6_2_17,
  recommendedTest_6_2_18,
  recommendedTest_6_2_19,
  recommendedTest_6_2_2,
  recommendedTest_6_2_20,
  recommendedTest_6_2_22,
  recommendedTest_6_2_23,
  recommendedTest_6_2_27,
  recommendedTest_6_2_28,
  recommendedTest_6_2_29,
  recommendedTest_6_2_3,
  recommendedTest_6_2_38,
  recommendedTest_6_2_4,
  recommendedTest_6_2_5,
  recommendedTest_6_2_6,
  recommendedTest_6_2_7,
  recommendedTest_6_2_8,
  recommendedTest_6_2_9
};
