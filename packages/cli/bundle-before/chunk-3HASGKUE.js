import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  __commonJS
} from "./chunk-TQAJVIUW.js";

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/tree.js
var require_tree = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/tree.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.treeIteratorSymbol = void 0;
    exports.treeIteratorSymbol = /* @__PURE__ */ Symbol("iterator of a tree/nesting-like structure");
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/enums.js
var require_enums = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/enums.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Format = exports.Version = void 0;
    var Version;
    (function(Version2) {
      Version2["v1dot7"] = "1.7";
      Version2["v1dot6"] = "1.6";
      Version2["v1dot5"] = "1.5";
      Version2["v1dot4"] = "1.4";
      Version2["v1dot3"] = "1.3";
      Version2["v1dot2"] = "1.2";
      Version2["v1dot1"] = "1.1";
      Version2["v1dot0"] = "1.0";
    })(Version || (exports.Version = Version = {}));
    var Format;
    (function(Format2) {
      Format2["XML"] = "xml";
      Format2["JSON"] = "json";
    })(Format || (exports.Format = Format = {}));
  }
});

export {
  require_tree,
  require_enums
};
/*! Bundled license information:

@cyclonedx/cyclonedx-library/dist.node/_helpers/tree.js:
@cyclonedx/cyclonedx-library/dist.node/spec/enums.js:
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
