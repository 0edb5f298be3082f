import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  require_jsonSerializer
} from "./chunk-SXJP7OFL.js";
import "./chunk-M6N3JPZZ.js";
import "./chunk-3HASGKUE.js";
import "./chunk-TQAJVIUW.js";
export default require_jsonSerializer();
