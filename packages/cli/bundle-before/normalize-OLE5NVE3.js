import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  require_normalize
} from "./chunk-SGTOBKD4.js";
import "./chunk-PXBQLHYY.js";
import "./chunk-3HASGKUE.js";
import "./chunk-TQAJVIUW.js";
export default require_normalize();
