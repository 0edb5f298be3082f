import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  informativeTest_6_3_10,
  informativeTest_6_3_11,
  informativeTest_6_3_3,
  informativeTest_6_3_5,
  informativeTest_6_3_6,
  informativeTest_6_3_7,
  informativeTest_6_3_8,
  informativeTest_6_3_9
} from "./chunk-GLX2KPF5.js";
import "./chunk-ZBMFDVXP.js";
import {
  require_jtd
} from "./chunk-UITVB6FF.js";
import "./chunk-DPYHLQSN.js";
import "./chunk-CVJE6LTD.js";
import "./chunk-XM45SO76.js";
import {
  __toESM
} from "./chunk-TQAJVIUW.js";

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/informativeTests/informativeTest_6_3_1.js
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
          properties: {},
          optionalProperties: {
            metrics: {
              elements: {
                additionalProperties: true,
                properties: {
                  products: {
                    elements: { type: "string" }
                  }
                },
                optionalProperties: {
                  content: {
                    additionalProperties: true,
                    optionalProperties: {
                      cvss_v2: {
                        additionalProperties: true,
                        properties: {
                          version: { type: "string" }
                        }
                      },
                      cvss_v3: {
                        additionalProperties: true,
                        properties: {
                          version: { type: "string" }
                        }
                      },
                      cvss_v4: {
                        additionalProperties: true,
                        properties: {
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
var validateInput = ajv.compile(inputSchema);
function informativeTest_6_3_1(doc) {
  const ctx = {
    infos: (
      /** @type {Array<{ message: string; instancePath: string }>} */
      []
    )
  };
  if (!validateInput(doc)) {
    return ctx;
  }
  function addVersionsInMetricToSet(metric, versionSet) {
    if (metric.content?.cvss_v2?.version !== void 0) {
      versionSet.add(metric.content.cvss_v2.version);
    }
    if (metric.content?.cvss_v3?.version !== void 0) {
      versionSet.add(metric.content.cvss_v3.version);
    }
    if (metric.content?.cvss_v4?.version !== void 0) {
      versionSet.add(metric.content.cvss_v4.version);
    }
  }
  const vulnerabilities = doc.vulnerabilities;
  vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
    const cvssVersionsByProduct = /* @__PURE__ */ new Map();
    const metricIndexByProduct = /* @__PURE__ */ new Map();
    const metrics = vulnerability.metrics;
    metrics?.forEach((metric, metricIndex) => {
      const products = metric.products;
      products.forEach((product) => {
        const versionSet = cvssVersionsByProduct.get(product) ?? /* @__PURE__ */ new Set();
        cvssVersionsByProduct.set(product, versionSet);
        metricIndexByProduct.set(product, metricIndex);
        addVersionsInMetricToSet(metric, versionSet);
      });
    });
    cvssVersionsByProduct.forEach((value, product) => {
      if (value.size === 1 && value.values().next().value === "2.0") {
        const metricIndex = metricIndexByProduct.get(product);
        ctx.infos.push({
          instancePath: `/vulnerabilities/${vulnerabilityIndex}/metrics/${metricIndex}`,
          message: `use of cvss v2 as the only scoring system for product ${product}`
        });
      }
    });
  });
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/informativeTests/informativeTest_6_3_2.js
var import_jtd2 = __toESM(require_jtd(), 1);
var ajv2 = new import_jtd2.default();
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
                  content: {
                    additionalProperties: true,
                    optionalProperties: {
                      cvss_v3: {
                        additionalProperties: true,
                        optionalProperties: {
                          version: { type: "string" },
                          vectorString: { type: "string" }
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
var validateInput2 = ajv2.compile(inputSchema2);
function informativeTest_6_3_2(doc) {
  const ctx = {
    infos: (
      /** @type {Array<{ message: string; instancePath: string }>} */
      []
    )
  };
  if (!validateInput2(doc)) {
    return ctx;
  }
  doc.vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
    const metrics = vulnerability.metrics;
    metrics?.forEach((metric, metricIndex) => {
      if (metric.content?.cvss_v3) {
        if (metric.content.cvss_v3.version === "3.0" || metric.content.cvss_v3.vectorString?.startsWith("CVSS:3.0")) {
          ctx.infos.push({
            instancePath: `/vulnerabilities/${vulnerabilityIndex}/metrics/${metricIndex}/content/cvss_v3/version`,
            message: "It is recommended to upgrade to CVSS v3.1."
          });
        }
      }
    });
  });
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/informativeTests/informativeTest_6_3_4.js
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
var validateInput3 = ajv3.compile(inputSchema3);
function informativeTest_6_3_4(doc) {
  const ctx = {
    infos: (
      /** @type {Array<{ message: string; instancePath: string }>} */
      []
    )
  };
  if (!validateInput3(doc)) {
    return ctx;
  }
  doc.vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
    if (!vulnerability?.cwes?.length) {
      ctx.infos.push({
        instancePath: `/vulnerabilities/${vulnerabilityIndex}`,
        message: "missing cwe"
      });
    }
  });
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/informativeTests/informativeTest_6_3_12.js
var import_jtd4 = __toESM(require_jtd(), 1);
var ajv4 = new import_jtd4.default();
var inputSchema4 = (
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
var validateInput4 = ajv4.compile(inputSchema4);
function informativeTest_6_3_12(doc) {
  const ctx = {
    infos: (
      /** @type {Array<{ message: string; instancePath: string }>} */
      []
    )
  };
  if (!validateInput4(doc)) {
    return ctx;
  }
  const vulnerabilities = doc.vulnerabilities;
  vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
    const metrics = vulnerability.metrics;
    metrics?.forEach((metric, metricIndex) => {
      if (!metric?.content?.cvss_v4) {
        ctx.infos.push({
          instancePath: `/vulnerabilities/${vulnerabilityIndex}/metrics/${metricIndex}/content/cvss_v4`,
          message: `cvss_v4 object is not present`
        });
      }
    });
  });
  return ctx;
}
export {
  informativeTest_6_3_1,
  informativeTest_6_3_10,
  informativeTest_6_3_11,
  informativeTest_6_3_12,
  informativeTest_6_3_2,
  informativeTest_6_3_3,
  informativeTest_6_3_4,
  informativeTest_6_3_5,
  informativeTest_6_3_6,
  informativeTest_6_3_7,
  informativeTest_6_3_8,
  informativeTest_6_3_9
};
