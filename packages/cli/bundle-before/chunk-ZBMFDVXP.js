import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  require_jtd
} from "./chunk-UITVB6FF.js";
import {
  __toESM
} from "./chunk-TQAJVIUW.js";

// node_modules/@secvisogram/csaf-validator-lib/lib/shared/csafHelpers/walkHashes.js
var import_jtd = __toESM(require_jtd(), 1);
var ajv = new import_jtd.default();
var inputSchema = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      product_tree: {
        additionalProperties: true,
        optionalProperties: {
          branches: { elements: { additionalProperties: true, properties: {} } },
          full_product_names: {
            elements: { additionalProperties: true, properties: {} }
          },
          relationships: {
            elements: { additionalProperties: true, properties: {} }
          }
        }
      }
    }
  }
);
var fullProductNameSchema = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      product_identification_helper: {
        additionalProperties: true,
        properties: {
          hashes: {
            elements: {
              additionalProperties: true,
              properties: {}
            }
          }
        }
      }
    }
  }
);
var branchSchema = (
  /** @type {const} */
  {
    additionalProperties: true,
    optionalProperties: {
      product: {
        additionalProperties: true,
        properties: {
          product_identification_helper: {
            additionalProperties: true,
            properties: {
              hashes: {
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
var relationshipSchema = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      full_product_name: {
        additionalProperties: true,
        properties: {
          product_identification_helper: {
            additionalProperties: true,
            properties: {
              hashes: {
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
var validateInput = ajv.compile(inputSchema);
var validateFullProductName = ajv.compile(fullProductNameSchema);
var validateRelationship = ajv.compile(relationshipSchema);
var validateBranch = ajv.compile(branchSchema);
function walkHashes(doc, onHashFound) {
  const ctx = {
    warnings: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    )
  };
  if (!validateInput(doc)) {
    return ctx;
  }
  doc.product_tree.full_product_names?.forEach(
    (fullProductName, fullProductNameIndex) => {
      if (!validateFullProductName(fullProductName)) {
        return;
      }
      fullProductName.product_identification_helper.hashes.forEach(
        (hash, hashIndex) => {
          onHashFound({
            path: `/product_tree/full_product_names/${fullProductNameIndex}/product_identification_helper/hashes/${hashIndex}`,
            hash
          });
        }
      );
    }
  );
  const checkBranches = (prefix, branches) => {
    branches.forEach((branch, branchIndex) => {
      if (!validateBranch(branch)) {
        return;
      }
      branch.product?.product_identification_helper.hashes.forEach(
        (hash, hashIndex) => {
          onHashFound({
            path: `${prefix}${branchIndex}/product_identification_helper/hashes/${hashIndex}`,
            hash
          });
        }
      );
      checkBranches(
        `${prefix}${branchIndex}/branches/`,
        Array.isArray(branch.branches) ? branch.branches : []
      );
    });
  };
  checkBranches("/product_tree/branches/", doc.product_tree.branches ?? []);
  doc.product_tree.relationships?.forEach((relationship, relationshipIndex) => {
    if (!validateRelationship(relationship)) {
      return;
    }
    relationship.full_product_name.product_identification_helper.hashes.forEach(
      (hash, hashIndex) => {
        onHashFound({
          path: `/product_tree/relationships/${relationshipIndex}/product_identification_helper/hashes/${hashIndex}`,
          hash
        });
      }
    );
  });
  return ctx;
}

export {
  walkHashes
};
