import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
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
  optionalTest_6_2_3,
  optionalTest_6_2_4,
  optionalTest_6_2_5,
  optionalTest_6_2_6,
  optionalTest_6_2_7,
  optionalTest_6_2_8,
  optionalTest_6_2_9
} from "./chunk-T7LEBH3F.js";
import "./chunk-IDQ55VWM.js";
import "./chunk-ZBMFDVXP.js";
import "./chunk-UITVB6FF.js";
import "./chunk-DPYHLQSN.js";
import "./chunk-4MADFU33.js";
import "./chunk-VGXVMTU2.js";
import "./chunk-L23BHNIR.js";
import "./chunk-ZCQYR5VP.js";
import "./chunk-CVJE6LTD.js";
import "./chunk-XM45SO76.js";
import "./chunk-TQAJVIUW.js";
export {
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
  optionalTest_6_2_3,
  optionalTest_6_2_4,
  optionalTest_6_2_5,
  optionalTest_6_2_6,
  optionalTest_6_2_7,
  optionalTest_6_2_8,
  optionalTest_6_2_9
};
