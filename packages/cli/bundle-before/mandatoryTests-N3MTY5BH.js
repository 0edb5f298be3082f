import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
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
  mandatoryTest_6_1_6,
  mandatoryTest_6_1_7,
  mandatoryTest_6_1_8,
  mandatoryTest_6_1_9
} from "./chunk-EZUFM7ZC.js";
import "./chunk-O42CRF7F.js";
import "./chunk-6B77QBQ6.js";
import "./chunk-IDQ55VWM.js";
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
  mandatoryTest_6_1_6,
  mandatoryTest_6_1_7,
  mandatoryTest_6_1_8,
  mandatoryTest_6_1_9
};
