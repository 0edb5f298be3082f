import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  require_errors
} from "./chunk-M6N3JPZZ.js";
import {
  require_enums,
  require_tree
} from "./chunk-3HASGKUE.js";
import {
  __commonJS
} from "./chunk-TQAJVIUW.js";

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/bomRefDiscriminator.js
var require_bomRefDiscriminator = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/bomRefDiscriminator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BomRefDiscriminator = void 0;
    var BomRefDiscriminator = class {
      #originalValues;
      #prefix;
      constructor(bomRefs, prefix = "BomRef") {
        this.#originalValues = Array.from(bomRefs, (r) => [r, r.value]);
        this.#prefix = prefix;
      }
      get prefix() {
        return this.#prefix;
      }
      *[Symbol.iterator]() {
        for (const [bomRef] of this.#originalValues) {
          yield bomRef;
        }
      }
      discriminate() {
        const knownRefValues = /* @__PURE__ */ new Set([""]);
        for (const [bomRef] of this.#originalValues) {
          let value = bomRef.value;
          if (value === void 0 || knownRefValues.has(value)) {
            value = this.#makeUniqueId();
            bomRef.value = value;
          }
          knownRefValues.add(value);
        }
      }
      reset() {
        for (const [bomRef, originalValue] of this.#originalValues) {
          bomRef.value = originalValue;
        }
      }
      #makeUniqueId() {
        return `${this.#prefix}${Math.random().toString(32).substring(1)}${Math.random().toString(32).substring(1)}`;
      }
    };
    exports.BomRefDiscriminator = BomRefDiscriminator;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/baseSerializer.js
var require_baseSerializer = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/baseSerializer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BaseSerializer = void 0;
    var tree_1 = require_tree();
    var bomRefDiscriminator_1 = require_bomRefDiscriminator();
    var BaseSerializer = class {
      *#getAllBomRefs(bom) {
        if (bom.metadata.component !== void 0) {
          yield bom.metadata.component.bomRef;
          for (const { bomRef } of bom.metadata.component.components[tree_1.treeIteratorSymbol]()) {
            yield bomRef;
          }
        }
        for (const { bomRef } of bom.components[tree_1.treeIteratorSymbol]()) {
          yield bomRef;
        }
        for (const { bomRef } of bom.services[tree_1.treeIteratorSymbol]()) {
          yield bomRef;
        }
        for (const { bomRef } of bom.vulnerabilities) {
          yield bomRef;
        }
      }
      #normalize(bom, options) {
        const bomRefDiscriminator = new bomRefDiscriminator_1.BomRefDiscriminator(this.#getAllBomRefs(bom));
        bomRefDiscriminator.discriminate();
        try {
          return this._normalize(bom, options);
        } finally {
          bomRefDiscriminator.reset();
        }
      }
      serialize(bom, options) {
        return this._serialize(this.#normalize(bom, options), options);
      }
    };
    exports.BaseSerializer = BaseSerializer;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/jsonSerializer.js
var require_jsonSerializer = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/jsonSerializer.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JsonSerializer = void 0;
    var enums_1 = require_enums();
    var errors_1 = require_errors();
    var baseSerializer_1 = require_baseSerializer();
    var JsonSerializer = class extends baseSerializer_1.BaseSerializer {
      #normalizerFactory;
      constructor(normalizerFactory) {
        if (!normalizerFactory.spec.supportsFormat(enums_1.Format.JSON)) {
          throw new errors_1.UnsupportedFormatError("Spec does not support JSON format.");
        }
        super();
        this.#normalizerFactory = normalizerFactory;
      }
      get normalizerFactory() {
        return this.#normalizerFactory;
      }
      _normalize(bom, options = {}) {
        return this.#normalizerFactory.makeForBom().normalize(bom, options);
      }
      _serialize(bom, { space } = {}) {
        return JSON.stringify(bom, null, space);
      }
    };
    exports.JsonSerializer = JsonSerializer;
  }
});

export {
  require_bomRefDiscriminator,
  require_baseSerializer,
  require_jsonSerializer
};
/*! Bundled license information:

@cyclonedx/cyclonedx-library/dist.node/serialize/bomRefDiscriminator.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/baseSerializer.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/jsonSerializer.js:
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
