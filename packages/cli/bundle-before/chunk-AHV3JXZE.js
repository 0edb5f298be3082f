import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);

// node_modules/@secvisogram/csaf-validator-lib/lib/cwec.js
var cwecMap = /* @__PURE__ */ new Map([
  ["4.17", () => import("./4.17-6U2SCRZX.js")],
  ["4.16", () => import("./4.16-66QPL4OS.js")],
  ["4.15", () => import("./4.15-YW4SOJE6.js")],
  ["4.14", () => import("./4.14-UYACXI65.js")],
  ["4.13", () => import("./4.13-BNXM6S4G.js")],
  ["4.12", () => import("./4.12-SI7LAINL.js")],
  ["4.11", () => import("./4.11-D6ARWYM5.js")],
  ["4.10", () => import("./4.10-OL7A7QKQ.js")],
  ["4.9", () => import("./4.9-EVERHPY5.js")],
  ["4.8", () => import("./4.8-MKTB2HOZ.js")],
  ["4.7", () => import("./4.7-2423WFY7.js")],
  ["4.6", () => import("./4.6-KFUVDS3Q.js")],
  ["4.5", () => import("./4.5-D4M3DTS6.js")],
  ["4.4", () => import("./4.4-Z7QH77CU.js")],
  ["4.3", () => import("./4.3-XMNE26HJ.js")],
  ["4.2", () => import("./4.2-Z55CVKO6.js")],
  ["4.1", () => import("./4.1-BLYKYEZ4.js")],
  ["4.0", () => import("./4.0-ZEY6LUL5.js")],
  ["3.4.1", () => import("./3.4.1-BJRBDIZ6.js")],
  ["3.4", () => import("./3.4-L5TWWHH7.js")],
  ["3.3", () => import("./3.3-PS5N57OH.js")],
  ["3.2", () => import("./3.2-QCFWBT3H.js")],
  ["3.1", () => import("./3.1-WY5DRLYL.js")],
  ["3.0", () => import("./3.0-YGDVEIPA.js")],
  ["2.12", () => import("./2.12-7LPPTFWM.js")],
  ["2.11", () => import("./2.11-CD6ZAK3S.js")],
  ["2.10", () => import("./2.10-3CNW3TDP.js")],
  ["2.9", () => import("./2.9-Y2DZYFSU.js")],
  ["2.8", () => import("./2.8-YG3AHPUO.js")],
  ["2.7", () => import("./2.7-6H2A6QBJ.js")],
  ["2.6", () => import("./2.6-WHQQVFZL.js")],
  ["2.5", () => import("./2.5-3TRFWZOI.js")],
  ["2.4", () => import("./2.4-NXZHVW5E.js")],
  ["2.3", () => import("./2.3-WISUXRGT.js")],
  ["2.2", () => import("./2.2-CRQLCUCA.js")],
  ["2.1", () => import("./2.1-NDHWAUSQ.js")],
  ["2.0", () => import("./2.0-4AQVQMPN.js")],
  ["1.13", () => import("./1.13-WGAXZPEC.js")],
  ["1.12", () => import("./1.12-PTRDIY6M.js")],
  ["1.11", () => import("./1.11-LZFGPR4E.js")],
  ["1.10", () => import("./1.10-U5T6NZOD.js")],
  ["1.9", () => import("./1.9-3VWUIE3I.js")],
  ["1.8.1", () => import("./1.8.1-KVGJVBSX.js")],
  ["1.8", () => import("./1.8-EOAD2BU2.js")],
  ["1.7", () => import("./1.7-QEG6V5JG.js")],
  ["1.6", () => import("./1.6-HXW5L3OH.js")],
  ["1.5", () => import("./1.5-ZJ532AIY.js")],
  ["1.4", () => import("./1.4-E75ZQ5CS.js")],
  ["1.3", () => import("./1.3-V3SUCMKE.js")],
  ["1.2", () => import("./1.2-2MM44AAD.js")],
  ["1.1", () => import("./1.1-XQ5BJKO6.js")],
  ["1.0.1", () => import("./1.0.1-UFPPZJVR.js")],
  ["1.0", () => import("./1.0-H63RQTGG.js")]
]);

// node_modules/@secvisogram/csaf-validator-lib/csaf_2_1/sharingGroup.js
var MAX_UUID = "ffffffff-ffff-ffff-ffff-ffffffffffff";
var NIL_UUID = "00000000-0000-0000-0000-000000000000";
var PUBLIC = "Public";
var NO_SHARING_ALLOWED = "No sharing allowed";

export {
  cwecMap,
  MAX_UUID,
  NIL_UUID,
  PUBLIC,
  NO_SHARING_ALLOWED
};
