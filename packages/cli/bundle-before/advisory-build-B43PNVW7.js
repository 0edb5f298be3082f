import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  openAdvisoryWorkspace,
  readComponents,
  runAdvisoryBuild
} from "./chunk-J625JHID.js";
import "./chunk-4F7FOPWN.js";
import "./chunk-N6ADPBXU.js";
import "./chunk-FPMXNLYY.js";
import "./chunk-CRQUU744.js";
import "./chunk-C5P4ZO5R.js";
import "./chunk-5TFXESZS.js";
import "./chunk-5SEHQTM4.js";
import "./chunk-6B77QBQ6.js";
import "./chunk-ZCQYR5VP.js";
import "./chunk-TQAJVIUW.js";
export {
  openAdvisoryWorkspace,
  readComponents,
  runAdvisoryBuild
};
