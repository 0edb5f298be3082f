import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  __commonJS
} from "./chunk-TQAJVIUW.js";

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/errors.js
var require_errors = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UnsupportedFormatError = void 0;
    var UnsupportedFormatError = class extends Error {
    };
    exports.UnsupportedFormatError = UnsupportedFormatError;
  }
});

export {
  require_errors
};
/*! Bundled license information:

@cyclonedx/cyclonedx-library/dist.node/spec/errors.js:
  (*!
  This file is part of CycloneDX JavaScript Library.
  
  Licensed under the Apache License, Version 2.0 (the "License");
  you may not use this file except in compliance with the License.
  You may obtain a copy of the License at
  
     http://www.apache.org/licenses/LICENSE-2.0
  
  Unless required by applicable law or agreed to in writing, software
  distributed under the License is distributed on an "AS IS" BASIS,
  WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  See the License for the specific language governing permissions and
  limitations under the License.
  
  SPDX-License-Identifier: Apache-2.0
  Copyright (c) OWASP Foundation. All Rights Reserved.
  *)
*/
