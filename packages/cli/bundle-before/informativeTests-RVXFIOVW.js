import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  informativeTest_6_3_1,
  informativeTest_6_3_10,
  informativeTest_6_3_11,
  informativeTest_6_3_2,
  informativeTest_6_3_3,
  informativeTest_6_3_4,
  informativeTest_6_3_5,
  informativeTest_6_3_6,
  informativeTest_6_3_7,
  informativeTest_6_3_8,
  informativeTest_6_3_9
} from "./chunk-GLX2KPF5.js";
import "./chunk-ZBMFDVXP.js";
import "./chunk-UITVB6FF.js";
import "./chunk-DPYHLQSN.js";
import "./chunk-CVJE6LTD.js";
import "./chunk-XM45SO76.js";
import "./chunk-TQAJVIUW.js";
export {
  informativeTest_6_3_1,
  informativeTest_6_3_10,
  informativeTest_6_3_11,
  informativeTest_6_3_2,
  informativeTest_6_3_3,
  informativeTest_6_3_4,
  informativeTest_6_3_5,
  informativeTest_6_3_6,
  informativeTest_6_3_7,
  informativeTest_6_3_8,
  informativeTest_6_3_9
};
