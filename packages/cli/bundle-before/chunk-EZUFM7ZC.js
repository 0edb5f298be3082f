import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  require_packageurl_js
} from "./chunk-O42CRF7F.js";
import {
  cwec_default
} from "./chunk-6B77QBQ6.js";
import {
  bcpLanguageTagChecker_default,
  compareZonedDateTimes,
  csafAjv_default,
  cvss30,
  cvss31,
  getEnvironmentalScoreFromVectorString,
  mapping,
  mapping2
} from "./chunk-IDQ55VWM.js";
import {
  require_jtd
} from "./chunk-UITVB6FF.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-TQAJVIUW.js";

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      "\u2028",
      "\u2029",
      " ",
      " ",
      "　",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease4, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease4.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease4[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease4 = [identifier, base];
              if (identifierBase === false) {
                prerelease4 = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease4;
                }
              } else {
                this.prerelease = prerelease4;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid6 = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid6;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major3 = (a, loose) => new SemVer(a, loose).major;
    module.exports = major3;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease4 = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease4;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt2 = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt2;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt2 = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt2(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major3 = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease4 = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major3}.${minor}.${patch}${prerelease4}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt2 = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt2(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt2(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt2 = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt2;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt2;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt2, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt2 = higherGT(gt2, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt2 && lt) {
        gtltComp = compare(gt2.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt2.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt2 && !satisfies(eq, String(gt2), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt2 && !options.includePrerelease && gt2.semver.prerelease.length ? gt2.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt2) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt2, c, options);
            if (higher === c && higher !== gt2) {
              return false;
            }
          } else if (gt2.operator === ">=" && !c.test(gt2.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt2) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt2 && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt2 && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid6 = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major3 = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease4 = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt2 = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse,
      valid: valid6,
      clean,
      inc,
      diff,
      major: major3,
      minor,
      patch,
      prerelease: prerelease4,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt: gt2,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// node_modules/cvss2js/lib/main.js
var require_main = __commonJS({
  "node_modules/cvss2js/lib/main.js"(exports) {
    function __isValidVectorString(input) {
      if (typeof input !== "string") {
        throw "Vector string must be a string";
      }
      const regex = /AV:[LAN]\/AC:[HML]\/Au:[MSN]\/C:[NPC]\/I:[NPC]\/A:[NPC](\/E:(ND|U|POC|F|H)\/RL:(ND|OF|TF|W|U)\/RC:(ND|UC|UR|C))?(\/CDP:(ND|N|L|LM|MH|H)\/TD:(ND|N|L|M|H)\/CR:(ND|L|M|H)\/IR:(ND|L|M|H)\/AR:(ND|L|M|H))?/;
      return input.match(regex) !== null;
    }
    function __prepareVectorObj(input) {
      if (typeof input !== "object") {
        throw new Error("param should be of type object");
      }
      const vectorObj = {
        AV: "",
        AC: "",
        Au: "",
        C: "",
        I: "",
        A: "",
        E: "ND",
        RL: "ND",
        RC: "ND",
        CDP: "ND",
        TD: "ND",
        CR: "ND",
        IR: "ND",
        AR: "ND"
      };
      for (let k in input) {
        vectorObj[k] = input[k];
      }
      return vectorObj;
    }
    function __parseVectorString(input) {
      if (typeof input !== "string") {
        throw "Vector string must be a string";
      }
      const vectorObj = {
        AV: "",
        AC: "",
        Au: "",
        C: "",
        I: "",
        A: "",
        E: "ND",
        RL: "ND",
        RC: "ND",
        CDP: "ND",
        TD: "ND",
        CR: "ND",
        IR: "ND",
        AR: "ND"
      };
      let metrics = input.split("/");
      metrics.forEach(function(metric) {
        let kvPair = metric.split(":");
        if (kvPair.length !== 2) {
          throw "Metric format is not correct";
        }
        vectorObj[kvPair[0]] = kvPair[1];
      });
      return vectorObj;
    }
    function __toVectorString(input) {
      if (typeof input !== "object") {
        throw "Input needs to be an object";
      }
      var vectorStr = "AV:" + input["AV"] + "/AC:" + input["AC"] + "/Au:" + input["Au"] + "/C:" + input["C"] + "/I:" + input["I"] + "/A:" + input["A"] + "/E:" + input["E"] + "/RL:" + input["RL"] + "/RC:" + input["RC"] + "/CDP:" + input["CDP"] + "/TD:" + input["TD"] + "/CR:" + input["CR"] + "/IR:" + input["IR"] + "/AR:" + input["AR"];
      return vectorStr;
    }
    exports.toVectorString = __toVectorString;
    var AccessVector = {
      L: 0.395,
      A: 0.646,
      N: 1
    };
    var AccessComplexity = {
      H: 0.35,
      M: 0.61,
      L: 0.71
    };
    var Authentication = {
      M: 0.45,
      S: 0.56,
      N: 0.704
    };
    var Impacts = {
      N: 0,
      P: 0.275,
      C: 0.66
    };
    var Exploitability = {
      U: 0.85,
      POC: 0.9,
      F: 0.95,
      H: 1,
      ND: 1
    };
    var RemediationLevel = {
      OF: 0.87,
      TF: 0.9,
      W: 0.95,
      U: 1,
      ND: 1
    };
    var ReportConfidence = {
      UC: 0.9,
      UR: 0.95,
      C: 1,
      ND: 1
    };
    var CollateralDamagePotential = {
      N: 0,
      L: 0.1,
      LM: 0.3,
      MH: 0.4,
      H: 0.5,
      ND: 0
    };
    var TargetDistribution = {
      N: 0,
      L: 0.25,
      M: 0.75,
      H: 1,
      ND: 1
    };
    var Requirements = {
      L: 0.5,
      M: 1,
      H: 1.51,
      ND: 1
    };
    function __computeImpact(conf, integrity, avail) {
      if (typeof conf !== "number" && typeof integrity !== "number" && typeof avail !== "number") {
        throw "Params are of the wrong type";
      }
      return 10.41 * (1 - (1 - conf) * (1 - integrity) * (1 - avail));
    }
    function __computeExploitability(av, ac, au) {
      if (typeof av !== "number" && typeof ac !== "number" && typeof au !== "number") {
        throw "Params are of the wrong type";
      }
      return 20 * av * ac * au;
    }
    function __fImpact(impact) {
      if (typeof impact !== "number") {
        throw "Params are of the wrong type";
      }
      return impact === 0 ? 0 : 1.176;
    }
    function __computeBaseScore(input) {
      let scoreObj = {};
      const impact = __computeImpact(Impacts[input.C], Impacts[input.I], Impacts[input.A]);
      const exploitability = __computeExploitability(AccessVector[input.AV], AccessComplexity[input.AC], Authentication[input.Au]);
      const baseScore = ((0.6 * impact + 0.4 * exploitability - 1.5) * __fImpact(impact)).toFixed(1);
      scoreObj["base"] = Number.parseFloat(baseScore);
      return scoreObj;
    }
    function __computeTemporalScore(input) {
      let scoreObj = __computeBaseScore(input);
      const baseScore = scoreObj["base"];
      const temporalScore = (baseScore * Exploitability[input.E] * RemediationLevel[input.RL] * ReportConfidence[input.RC]).toFixed(1);
      scoreObj["temporal"] = Number.parseFloat(temporalScore);
      return scoreObj;
    }
    function __computeAdjustedImpact(input) {
      const adjustedImpact = 10.41 * (1 - (1 - Impacts[input.C] * Requirements[input.CR]) * (1 - Impacts[input.I] * Requirements[input.IR]) * (1 - Impacts[input.A] * Requirements[input.AR]));
      return Math.min(10, adjustedImpact);
    }
    function __computeAdjustedBaseScore(input) {
      let scoreObj = {};
      const adjustedImpact = __computeAdjustedImpact(input);
      const exploitability = __computeExploitability(AccessVector[input.AV], AccessComplexity[input.AC], Authentication[input.Au]);
      const adjBaseScore = ((0.6 * adjustedImpact + 0.4 * exploitability - 1.5) * __fImpact(adjustedImpact)).toFixed(1);
      scoreObj["base"] = Number.parseFloat(adjBaseScore);
      return scoreObj;
    }
    function __computeAdjustedTemporalScore(input) {
      let scoreObj = __computeAdjustedBaseScore(input);
      const adjBaseScore = scoreObj["base"];
      const adjTemporalScore = (adjBaseScore * Exploitability[input.E] * RemediationLevel[input.RL] * ReportConfidence[input.RC]).toFixed(1);
      scoreObj["temporal"] = Number.parseFloat(adjTemporalScore);
      return scoreObj;
    }
    function __computeEnvironmentalScore(input) {
      let scoreObj = __computeAdjustedTemporalScore(input);
      const adjTemporalScore = scoreObj["temporal"];
      const environmentalScore = ((adjTemporalScore + (10 - adjTemporalScore) * CollateralDamagePotential[input.CDP]) * TargetDistribution[input.TD]).toFixed(1);
      scoreObj["environmental"] = Number.parseFloat(environmentalScore);
      return scoreObj;
    }
    function __inRange(range, value) {
      if (typeof range !== "string" && typeof value !== "number") {
        throw "Params are not the correct type";
      }
      const rangeRegEx = /(-?[\d.]+)-([\d.]+)/;
      const match = rangeRegEx.exec(range);
      const low = Number.parseFloat(match[1]);
      const high = Number.parseFloat(match[2]);
      return low <= value && value < high;
    }
    var Ratings = {
      "-1.0-0.1": "Informational",
      "0.1-4": "Low",
      "4-7": "Medium",
      "7-9": "High",
      "9-10.1": "Critical"
    };
    var Compute = {
      base: __computeBaseScore,
      temporal: __computeTemporalScore,
      environmental: __computeEnvironmentalScore
    };
    function __getRating(score) {
      for (const props in Ratings) {
        if (__inRange(props, score)) {
          return Ratings[props];
        }
      }
      return void 0;
    }
    function __getScore(input, func) {
      let vector = void 0;
      if (typeof input === "string") {
        if (__isValidVectorString(input)) {
          vector = __parseVectorString(input);
        } else {
          throw new Error("Invalid Vector String Format. Must be CVSSv2.");
        }
      } else if (typeof input === "object") {
        vector = __prepareVectorObj(input);
      } else {
        throw new Error("Invalid type for 'input'");
      }
      return func(vector);
    }
    function getScore(input, options = {}) {
      let key = "environmental";
      if (options["baseOnly"]) {
        key = "base";
      }
      if (options["temporal"]) {
        key = "temporal";
      }
      if (options["env"]) {
        key = "environmental";
      }
      let scoreObj = __getScore(input, Compute[key]);
      return scoreObj[key];
    }
    exports.getScore = getScore;
    function getBaseScore(input, options = {}) {
      options["baseOnly"] = true;
      return getScore(input, options);
    }
    exports.getBaseScore = getBaseScore;
    function getTemporalScore(input, options = {}) {
      options["temporal"] = true;
      return getScore(input, options);
    }
    exports.getTemporalScore = getTemporalScore;
    function getEnvironmentalScore(input, options = {}) {
      options["env"] = true;
      return getScore(input, options);
    }
    exports.getEnvironmentalScore = getEnvironmentalScore;
    function getRating(score) {
      return __getRating(score);
    }
    exports.getRating = getRating;
    function getBase(input, options = {}) {
      const score = getBaseScore(input, options);
      let scoreObj = {
        score,
        rating: getRating(score)
      };
      return scoreObj;
    }
    exports.getBase = getBase;
    function getTemporal(input, options = {}) {
      const score = getTemporalScore(input, options);
      let scoreObj = {
        score,
        rating: getRating(score)
      };
      return scoreObj;
    }
    exports.getTemporal = getTemporal;
    function getEnvironmental(input, options = {}) {
      const score = getEnvironmentalScore(input, options);
      let scoreObj = {
        score,
        rating: getRating(score)
      };
      return scoreObj;
    }
    exports.getEnvironmental = getEnvironmental;
    function getAll(input, options = {}) {
      var scoreObj = {
        base: getBase(input, options),
        temporal: getTemporal(input, options),
        environmental: getEnvironmental(input, options)
      };
      return scoreObj;
    }
    exports.getAll = getAll;
  }
});

// node_modules/cvss2js/index.js
var require_cvss2js = __commonJS({
  "node_modules/cvss2js/index.js"(exports, module) {
    module.exports = require_main();
  }
});

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/shared/docUtils.js
var docUtils_exports = {};
__export(docUtils_exports, {
  collectGroupIds: () => collectGroupIds,
  collectProductIds: () => collectProductIds,
  compareVersions: () => compareVersions,
  findMissingDefinitions: () => findMissingDefinitions,
  hasTrackingRevisionHistory: () => hasTrackingRevisionHistory,
  hasTrackingStatusField: () => hasTrackingStatusField,
  hasTrackingVersionField: () => hasTrackingVersionField
});
var import_semver = __toESM(require_semver2(), 1);
var hasTrackingVersionField = (doc) => typeof doc?.document?.tracking?.version === "string";
var hasTrackingStatusField = (doc) => typeof doc?.document?.tracking?.status === "string";
var hasTrackingRevisionHistory = (doc) => Array.isArray(doc?.document?.tracking?.revision_history) && doc?.document?.tracking?.revision_history.every(
  (r) => typeof r.number === "string" && typeof r.date === "string"
);
var collectProductIds = ({ document }) => {
  const entries = (
    /** @type {{id: string, name: string, instancePath: string}[]} */
    []
  );
  const fullProductNames = document.product_tree?.full_product_names;
  if (fullProductNames) {
    for (let i = 0; i < fullProductNames.length; ++i) {
      const fullProductName = fullProductNames[i];
      if (fullProductName.product_id) {
        entries.push({
          id: fullProductName.product_id,
          name: fullProductName.name ?? "",
          instancePath: `/product_tree/full_product_names/${i}/product_id`
        });
      }
    }
  }
  const relationships = document.product_tree?.relationships;
  if (relationships) {
    for (let i = 0; i < relationships.length; ++i) {
      const relationship = relationships[i];
      const fullProductName = relationship.full_product_name;
      if (fullProductName) {
        if (fullProductName.product_id) {
          entries.push({
            id: fullProductName.product_id,
            name: fullProductName.name ?? "",
            instancePath: `/product_tree/relationships/${i}/full_product_name/product_id`
          });
        }
      }
    }
  }
  const branches = document.product_tree?.branches;
  if (branches) {
    traverseBranches(branches, entries, "/product_tree/branches");
  }
  return entries;
};
var collectGroupIds = ({ document }) => {
  const entries = (
    /** @type {{id: string, name: string, instancePath: string}[]} */
    []
  );
  const productGroups = document.product_tree?.product_groups;
  if (productGroups) {
    for (let i = 0; i < productGroups.length; ++i) {
      const productGroup = productGroups[i];
      if (productGroup.group_id) {
        entries.push({
          id: productGroup.group_id,
          name: productGroup.summary ?? "",
          instancePath: `/product_tree/product_groups/${i}/group_id`
        });
      }
    }
  }
  return entries;
};
var findMissingDefinitions = (entries, refs) => {
  return refs.filter(
    (ref) => entries.find((e) => e.id === ref.id) === void 0
  );
};
var traverseBranches = (branches, entries, instancePath) => {
  for (let i = 0; i < branches.length; ++i) {
    const branch = branches[i];
    const branchInstancePath = `${instancePath}/${i}`;
    const fullProductName = branch.product;
    if (fullProductName) {
      if (fullProductName.product_id) {
        entries.push({
          id: fullProductName.product_id,
          name: fullProductName.name ?? "",
          instancePath: `${branchInstancePath}/product/product_id`
        });
      }
    }
    if (branch.branches)
      traverseBranches(
        branch.branches,
        entries,
        `${branchInstancePath}/branches`
      );
  }
};
var compareVersions = (v1, v2) => {
  if (import_semver.default.valid(v1) && import_semver.default.valid(v2)) {
    return import_semver.default.gte(v2, v1) ? 1 : -1;
  } else {
    return parseInt(v2) - parseInt(v1);
  }
};

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_1.js
var { collectProductIds: collectProductIds2 } = docUtils_exports;
function mandatoryTest_6_1_1(doc) {
  const errors = [];
  let isValid = true;
  const productIds = collectProductIds2({ document: doc });
  const productIdRefs = collectProductIdRefs({ document: doc });
  const missingProductDefinitions = findMissingDefinitions2(
    productIds,
    productIdRefs
  );
  if (missingProductDefinitions.length > 0) {
    isValid = false;
    missingProductDefinitions.forEach((missingProductDefinition) => {
      errors.push({
        message: "definition of product id missing",
        instancePath: missingProductDefinition.instancePath
      });
    });
  }
  return { isValid, errors };
}
function collectProductIdRefs({ document }) {
  const entries = (
    /** @type {{id: string, instancePath: string}[]} */
    []
  );
  const productGroups = document.product_tree?.product_groups;
  if (productGroups) {
    for (let i = 0; i < productGroups.length; ++i) {
      const productGroup = productGroups[i];
      const productIds = productGroup.product_ids;
      if (productIds) {
        for (let j = 0; j < productIds.length; ++j) {
          const productId = productIds[j];
          if (productId) {
            entries.push({
              id: productId,
              instancePath: `/product_tree/product_groups/${i}/product_ids/${j}`
            });
          }
        }
      }
    }
  }
  const relationshipGroups = document.product_tree?.relationships;
  if (relationshipGroups) {
    for (let i = 0; i < relationshipGroups.length; ++i) {
      const relationshipGroup = relationshipGroups[i];
      const productRef = relationshipGroup.product_reference;
      if (productRef) {
        entries.push({
          id: productRef,
          instancePath: `/product_tree/relationships/${i}/product_reference`
        });
      }
      const relToProductRef = relationshipGroup.relates_to_product_reference;
      if (relToProductRef) {
        entries.push({
          id: relToProductRef,
          instancePath: `/product_tree/relationships/${i}/relates_to_product_reference`
        });
      }
    }
  }
  const vulnerabilities = document.vulnerabilities;
  if (vulnerabilities) {
    for (let i = 0; i < vulnerabilities.length; ++i) {
      const vulnerability = vulnerabilities[i];
      collectRefsInProductStatus(
        `/vulnerabilities/${i}/product_status`,
        vulnerability,
        entries
      );
      collectProductRefsInRemediations(
        `/vulnerabilities/${i}/remediations`,
        vulnerability,
        entries
      );
      collectRefsInScores(
        `/vulnerabilities/${i}/scores`,
        vulnerability,
        entries
      );
      collectProductRefsInThreats(
        `/vulnerabilities/${i}/threats`,
        vulnerability,
        entries
      );
      collectProductRefsInFlags(
        `/vulnerabilities/${i}/flags`,
        vulnerability,
        entries
      );
    }
  }
  return entries;
}
var collectRefsInProductStatus = (instancePath, vulnerability, entries) => {
  findRefsInProductStatus(
    vulnerability.product_status?.first_affected,
    `${instancePath}/first_affected`,
    entries
  );
  findRefsInProductStatus(
    vulnerability.product_status?.first_fixed,
    `${instancePath}/first_fixed`,
    entries
  );
  findRefsInProductStatus(
    vulnerability.product_status?.fixed,
    `${instancePath}/fixed`,
    entries
  );
  findRefsInProductStatus(
    vulnerability.product_status?.known_affected,
    `${instancePath}/known_affected`,
    entries
  );
  findRefsInProductStatus(
    vulnerability.product_status?.known_not_affected,
    `${instancePath}/known_not_affected`,
    entries
  );
  findRefsInProductStatus(
    vulnerability.product_status?.last_affected,
    `${instancePath}/last_affected`,
    entries
  );
  findRefsInProductStatus(
    vulnerability.product_status?.recommended,
    `${instancePath}/recommended`,
    entries
  );
  findRefsInProductStatus(
    vulnerability.product_status?.under_investigation,
    `${instancePath}/under_investigation`,
    entries
  );
};
var findRefsInProductStatus = (refs, instancePath, entries) => {
  if (refs) {
    for (let i = 0; i < refs.length; ++i) {
      const ref = refs[i];
      if (ref) {
        entries.push({
          id: ref,
          instancePath: `${instancePath}/${i}`
        });
      }
    }
  }
};
var collectProductRefsInThreats = (instancePath, vulnerability, entries) => {
  const threats = vulnerability.threats;
  if (threats) {
    for (let i = 0; i < threats.length; ++i) {
      const threat = threats[i];
      const productIds = threat.product_ids;
      if (productIds) {
        for (let j = 0; j < productIds.length; ++j) {
          const productId = productIds[j];
          if (productId) {
            entries.push({
              id: productId,
              instancePath: `${instancePath}/${i}/product_ids/${j}`
            });
          }
        }
      }
    }
  }
};
var collectRefsInScores = (instancePath, vulnerability, entries) => {
  const scores = vulnerability.scores;
  if (scores) {
    for (let i = 0; i < scores.length; ++i) {
      const score = scores[i];
      const products = score.products;
      if (products) {
        for (let j = 0; j < products.length; ++j) {
          const productId = products[j];
          if (productId) {
            entries.push({
              id: productId,
              instancePath: `${instancePath}/${i}/products/${j}`
            });
          }
        }
      }
    }
  }
};
var collectProductRefsInRemediations = (instancePath, vulnerability, entries) => {
  const remediations = vulnerability.remediations;
  if (remediations) {
    for (let i = 0; i < remediations.length; ++i) {
      const remediation = remediations[i];
      const productIds = remediation.product_ids;
      if (productIds) {
        for (let j = 0; j < productIds.length; ++j) {
          const productId = productIds[j];
          if (productId) {
            entries.push({
              id: productId,
              instancePath: `${instancePath}/${i}/product_ids/${j}`
            });
          }
        }
      }
    }
  }
};
var collectProductRefsInFlags = (instancePath, vulnerability, entries) => {
  const flags = vulnerability.flags;
  if (flags) {
    for (let i = 0; i < flags.length; ++i) {
      const flag = flags[i];
      const productIds = flag.product_ids;
      if (productIds) {
        for (let j = 0; j < productIds.length; ++j) {
          const productId = productIds[j];
          if (productId) {
            entries.push({
              id: productId,
              instancePath: `${instancePath}/${i}/product_ids/${j}`
            });
          }
        }
      }
    }
  }
};
var findMissingDefinitions2 = (entries, refs) => {
  return refs.filter(
    (ref) => entries.find((e) => e.id === ref.id) === void 0
  );
};

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_2.js
function mandatoryTest_6_1_2(doc) {
  const errors = [];
  let isValid = true;
  const productIds = collectProductIds3({ document: doc });
  const duplicateProductIds = findDuplicateEntries(productIds);
  if (duplicateProductIds.length > 0) {
    isValid = false;
    duplicateProductIds.forEach((duplicateProductId) => {
      errors.push({
        message: "duplicate definition product id",
        instancePath: duplicateProductId.instancePath
      });
    });
  }
  return { isValid, errors };
}
function collectProductIds3({ document }) {
  const entries = (
    /** @type {{id: string, name: string, instancePath: string}[]} */
    []
  );
  const fullProductNames = document.product_tree?.full_product_names;
  if (fullProductNames) {
    for (let i = 0; i < fullProductNames.length; ++i) {
      const fullProductName = fullProductNames[i];
      if (fullProductName.product_id) {
        entries.push({
          id: fullProductName.product_id,
          name: fullProductName.name ?? "",
          instancePath: `/product_tree/full_product_names/${i}/product_id`
        });
      }
    }
  }
  const relationships = document.product_tree?.relationships;
  if (relationships) {
    for (let i = 0; i < relationships.length; ++i) {
      const relationship = relationships[i];
      const fullProductName = relationship.full_product_name;
      if (fullProductName) {
        if (fullProductName.product_id) {
          entries.push({
            id: fullProductName.product_id,
            name: fullProductName.name ?? "",
            instancePath: `/product_tree/relationships/${i}/full_product_name/product_id`
          });
        }
      }
    }
  }
  const branches = document.product_tree?.branches;
  if (branches) {
    traverseBranches2(branches, entries, "/product_tree/branches");
  }
  return entries;
}
var findDuplicateEntries = (entries) => {
  const lookup = entries.reduce((a, entry) => {
    a[entry.id] = ++a[entry.id] || 0;
    return a;
  }, {});
  return entries.filter((entry) => lookup[entry.id]);
};
var traverseBranches2 = (branches, entries, instancePath) => {
  for (let i = 0; i < branches.length; ++i) {
    const branch = branches[i];
    const branchInstancePath = `${instancePath}/${i}`;
    const fullProductName = branch.product;
    if (fullProductName) {
      if (fullProductName.product_id) {
        entries.push({
          id: fullProductName.product_id,
          name: fullProductName.name ?? "",
          instancePath: `${branchInstancePath}/product/product_id`
        });
      }
    }
    if (branch.branches)
      traverseBranches2(
        branch.branches,
        entries,
        `${branchInstancePath}/branches`
      );
  }
};

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_3.js
function mandatoryTest_6_1_3(doc) {
  const errors = [];
  let isValid = true;
  if (!Array.isArray(doc.product_tree?.relationships)) {
    return { isValid, errors };
  }
  const relationships = doc.product_tree.relationships;
  relationships.forEach((_, index) => {
    const erroredAttributeSet = /* @__PURE__ */ new Set();
    search([], relationships, index, null, ({ key }) => {
      if (typeof key === "string" && !erroredAttributeSet.has(key)) {
        erroredAttributeSet.add(key);
        isValid = false;
        errors.push({
          instancePath: `/product_tree/relationships/${index}/${key}`,
          message: "circular reference"
        });
      }
    });
  });
  return { isValid, errors };
}
function search(path, relationships, index, key, onCycle) {
  const relationship = relationships[index];
  if (typeof relationship.full_product_name?.product_id === "string" && path.includes(index)) {
    return onCycle({ key });
  }
  if (typeof relationship.product_reference === "string") {
    const productRelationshipIndex = relationships.findIndex(
      (r) => r.full_product_name?.product_id === relationship.product_reference
    );
    if (productRelationshipIndex !== -1) {
      search(
        [...path, index],
        relationships,
        productRelationshipIndex,
        key ?? "product_reference",
        onCycle
      );
    }
  }
  if (typeof relationship.relates_to_product_reference === "string") {
    const relatesToProductRelationshipIndex = relationships.findIndex(
      (r) => r.full_product_name?.product_id === relationship.relates_to_product_reference
    );
    if (relatesToProductRelationshipIndex !== -1) {
      search(
        [...path, index],
        relationships,
        relatesToProductRelationshipIndex,
        key ?? "relates_to_product_reference",
        onCycle
      );
    }
  }
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_4.js
var { findMissingDefinitions: findMissingDefinitions3, collectGroupIds: collectGroupIds2 } = docUtils_exports;
function mandatoryTest_6_1_4(doc) {
  const errors = [];
  let isValid = true;
  const groupIds = collectGroupIds2({ document: doc });
  const groupIdRefs = collectGroupIdRefs({ document: doc });
  const missingGroupDefinitions = findMissingDefinitions3(groupIds, groupIdRefs);
  if (missingGroupDefinitions.length > 0) {
    isValid = false;
    missingGroupDefinitions.forEach((missingGroupDefinition) => {
      errors.push({
        message: "definition of group id missing",
        instancePath: missingGroupDefinition.instancePath
      });
    });
  }
  return { isValid, errors };
}
function collectGroupIdRefs({ document }) {
  const entries = (
    /** @type {{id: string, instancePath: string}[]} */
    []
  );
  const vulnerabilities = document.vulnerabilities;
  if (vulnerabilities) {
    for (let i = 0; i < vulnerabilities.length; ++i) {
      const vulnerability = vulnerabilities[i];
      collectGroupRefsInRemediations(
        `/vulnerabilities/${i}/remediations`,
        vulnerability,
        entries
      );
      collectGroupRefsInThreats(
        `/vulnerabilities/${i}/threats`,
        vulnerability,
        entries
      );
      collectGroupRefsInFlags(
        `/vulnerabilities/${i}/flags`,
        vulnerability,
        entries
      );
    }
  }
  return entries;
}
var collectGroupRefsInRemediations = (instancePath, vulnerability, entries) => {
  const remediations = vulnerability.remediations;
  if (remediations) {
    for (let i = 0; i < remediations.length; ++i) {
      const remediation = remediations[i];
      const groupIds = remediation.group_ids;
      if (groupIds) {
        for (let j = 0; j < groupIds.length; ++j) {
          const groupId = groupIds[j];
          if (groupId) {
            entries.push({
              id: groupId,
              instancePath: `${instancePath}/${i}/group_ids/${j}`
            });
          }
        }
      }
    }
  }
};
var collectGroupRefsInThreats = (instancePath, vulnerability, entries) => {
  const threats = vulnerability.threats;
  if (threats) {
    for (let i = 0; i < threats.length; ++i) {
      const threat = threats[i];
      const groupIds = threat.group_ids;
      if (groupIds) {
        for (let j = 0; j < groupIds.length; ++j) {
          const groupId = groupIds[j];
          if (groupId) {
            entries.push({
              id: groupId,
              instancePath: `${instancePath}/${i}/group_ids/${j}`
            });
          }
        }
      }
    }
  }
};
var collectGroupRefsInFlags = (instancePath, vulnerability, entries) => {
  const flags = vulnerability.flags;
  if (flags) {
    for (let i = 0; i < flags.length; ++i) {
      const flag = flags[i];
      const groupIds = flag.group_ids;
      if (groupIds) {
        for (let j = 0; j < groupIds.length; ++j) {
          const groupId = groupIds[j];
          if (groupId) {
            entries.push({
              id: groupId,
              instancePath: `${instancePath}/${i}/group_ids/${j}`
            });
          }
        }
      }
    }
  }
};

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_5.js
function mandatoryTest_6_1_5(doc) {
  const errors = [];
  let isValid = true;
  const groupIds = collectGroupIds3({ document: doc });
  const duplicateGroupIds = findDuplicateEntries2(groupIds);
  if (duplicateGroupIds.length > 0) {
    isValid = false;
    duplicateGroupIds.forEach((duplicateEntry) => {
      errors.push({
        message: "duplicate definition product group id",
        instancePath: duplicateEntry.instancePath
      });
    });
  }
  return { isValid, errors };
}
function collectGroupIds3({ document }) {
  const entries = (
    /** @type {{id: string, name: string, instancePath: string}[]} */
    []
  );
  const productGroups = document.product_tree?.product_groups;
  if (productGroups) {
    for (let i = 0; i < productGroups.length; ++i) {
      const productGroup = productGroups[i];
      if (productGroup.group_id) {
        entries.push({
          id: productGroup.group_id,
          name: productGroup.summary ?? "",
          instancePath: `/product_tree/product_groups/${i}/group_id`
        });
      }
    }
  }
  return entries;
}
var findDuplicateEntries2 = (entries) => {
  const lookup = entries.reduce((a, entry) => {
    a[entry.id] = ++a[entry.id] || 0;
    return a;
  }, {});
  return entries.filter((entry) => lookup[entry.id]);
};

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_6.js
function mandatoryTest_6_1_6(doc) {
  const errors = [];
  let isValid = true;
  if (Array.isArray(doc.vulnerabilities)) {
    const vulnerabilities = doc.vulnerabilities;
    vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
      const productStatus = vulnerability.product_status;
      if (!productStatus) return;
      const groups = [
        new Set(
          [].concat(
            Array.isArray(productStatus.first_affected) ? productStatus.first_affected : []
          ).concat(
            Array.isArray(productStatus.known_affected) ? productStatus.known_affected : []
          ).concat(
            Array.isArray(productStatus.last_affected) ? productStatus.last_affected : []
          )
        ),
        new Set(
          Array.isArray(productStatus.known_not_affected) ? productStatus.known_not_affected : []
        ),
        new Set(
          [].concat(
            Array.isArray(productStatus.first_fixed) ? productStatus.first_fixed : []
          ).concat(
            Array.isArray(productStatus.fixed) ? productStatus.fixed : []
          )
        ),
        new Set(
          Array.isArray(productStatus.under_investigation) ? productStatus.under_investigation : []
        )
      ];
      groups.forEach((group, index) => {
        const remainingGroups = groups.slice(index + 1);
        group.forEach((productID) => {
          if (remainingGroups.some((g) => g.has(productID))) {
            isValid = false;
            errors.push({
              instancePath: `/vulnerabilities/${vulnerabilityIndex}/product_status`,
              message: `product id "${productID}" is mentioned in contradicting product status groups`
            });
          }
        });
      });
    });
  }
  return { isValid, errors };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_7.js
function mandatoryTest_6_1_7(doc) {
  const errors = [];
  let isValid = true;
  if (preconditionFor_6_1_7_Matches(doc)) {
    doc.vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
      const cvssVersionsByProductName = /* @__PURE__ */ new Map();
      vulnerability.scores?.forEach((score, scoreIndex) => {
        score.products?.forEach((product, productIndex) => {
          const versionSet = cvssVersionsByProductName.get(product) ?? /* @__PURE__ */ new Set();
          cvssVersionsByProductName.set(product, versionSet);
          if (score.cvss_v2?.version !== void 0 && versionSet.has(score.cvss_v2.version) || score.cvss_v3?.version !== void 0 && versionSet.has(score.cvss_v3.version)) {
            isValid = false;
            errors.push({
              message: `product is already included in these cvss-versions: ${Array.from(
                versionSet.keys()
              ).join(", ")}`,
              instancePath: `/vulnerabilities/${vulnerabilityIndex}/scores/${scoreIndex}/products/${productIndex}`
            });
          }
          if (score.cvss_v2?.version !== void 0) {
            versionSet.add(score.cvss_v2.version);
          }
          if (score.cvss_v3?.version !== void 0) {
            versionSet.add(score.cvss_v3.version);
          }
        });
      });
    });
  }
  return { errors, isValid };
}
var preconditionFor_6_1_7_Matches = (rawDoc) => {
  if (typeof rawDoc !== "object" || !rawDoc) return false;
  const doc = rawDoc;
  return Array.isArray(doc.vulnerabilities) && doc.vulnerabilities.every(
    (vulnerability) => Array.isArray(vulnerability.scores) && vulnerability.scores.every(
      (score) => Array.isArray(score.products) && score.products.every((product) => typeof product === "string") && (score.cvss_v2 && (typeof score.cvss_v2.version === "string" || score.cvss_v2.version === void 0) || score.cvss_v2 === void 0) && (score.cvss_v3 && (typeof score.cvss_v3.version === "string" || score.cvss_v3.version === void 0) || score.cvss_v3 === void 0)
    ) || vulnerability.scores === void 0
  );
};

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_8.js
var import_jtd = __toESM(require_jtd(), 1);
var jtdAjv = new import_jtd.default();
var inputSchema = (
  /** @type {const} */
  {
    additionalProperties: true,
    optionalProperties: {
      vulnerabilities: {
        elements: {
          additionalProperties: true,
          optionalProperties: {
            scores: {
              elements: {
                additionalProperties: true,
                optionalProperties: {
                  cvss_v2: {
                    additionalProperties: true,
                    properties: {}
                  },
                  cvss_v3: {
                    additionalProperties: true,
                    properties: {}
                  }
                }
              }
            }
          }
        }
      }
    }
  }
);
var validate = jtdAjv.compile(inputSchema);
var validate_2_0 = csafAjv_default.compile({
  $ref: "https://www.first.org/cvss/cvss-v2.0.json"
});
var validate_3 = csafAjv_default.compile({
  oneOf: [
    {
      $ref: "https://www.first.org/cvss/cvss-v3.0.json"
    },
    {
      $ref: "https://www.first.org/cvss/cvss-v3.1.json"
    }
  ]
});
function mandatoryTest_6_1_8(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate(doc)) {
    return ctx;
  }
  for (const [
    vulnerabilityIndex,
    vulnerability
  ] of doc.vulnerabilities?.entries() ?? []) {
    for (const [scoreIndex, score] of vulnerability.scores?.entries() ?? []) {
      if (score.cvss_v2) {
        const valid6 = validate_2_0(score.cvss_v2);
        if (!valid6) {
          ctx.isValid = false;
          for (const err of validate_2_0.errors ?? []) {
            ctx.errors.push({
              instancePath: `/vulnerabilities/${vulnerabilityIndex}/scores/${scoreIndex}/cvss_v2${err.instancePath}`,
              message: err.message ?? ""
            });
          }
        }
      }
      if (score.cvss_v3) {
        const valid6 = validate_3(score.cvss_v3);
        if (!valid6) {
          ctx.isValid = false;
          for (const err of validate_3.errors ?? []) {
            ctx.errors.push({
              instancePath: `/vulnerabilities/${vulnerabilityIndex}/scores/${scoreIndex}/cvss_v3${err.instancePath}`,
              message: err.message ?? ""
            });
          }
        }
      }
    }
  }
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_9.js
var import_cvss2js = __toESM(require_cvss2js(), 1);
function mandatoryTest_6_1_9(doc) {
  const errors = [];
  let isValid = true;
  if (Array.isArray(doc.vulnerabilities)) {
    const vulnerabilities = doc.vulnerabilities;
    vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
      if (!Array.isArray(vulnerability.scores)) return;
      const scores = vulnerability.scores;
      scores.forEach((score, scoreIndex) => {
        if (typeof score.cvss_v2?.vectorString === "string") {
          const cvssV2 = score.cvss_v2;
          const result = safelyParseCVSSV2Vector(cvssV2.vectorString);
          if (result.success) {
            for (const { score: score2, expectedScore, name } of [
              {
                score: cvssV2.baseScore,
                expectedScore: result.baseMetricScore,
                name: "baseScore"
              },
              {
                score: cvssV2.temporalScore,
                expectedScore: result.temporalMetricScore,
                name: "temporalScore"
              },
              {
                score: cvssV2.environmentalScore,
                expectedScore: result.environmentalMetricScore,
                name: "environmentalScore"
              }
            ]) {
              if (typeof score2 === "number") {
                if (score2 !== Number(expectedScore)) {
                  isValid = false;
                  errors.push({
                    instancePath: `/vulnerabilities/${vulnerabilityIndex}/scores/${scoreIndex}/cvss_v2/${name}`,
                    message: "invalid calculated value"
                  });
                }
              }
            }
          }
        }
        if (typeof score.cvss_v3?.vectorString === "string" && (score.cvss_v3.version === "3.1" || score.cvss_v3.version === "3.0")) {
          const cvssV3 = score.cvss_v3;
          const calculator = cvssV3.version === "3.0" ? cvss30 : cvss31;
          const result = calculator.calculateCVSSFromVector(cvssV3.vectorString);
          if (result.success) {
            for (const { score: score2, expectedScore, name } of [
              {
                score: cvssV3.baseScore,
                expectedScore: result.baseMetricScore,
                name: "baseScore"
              },
              {
                score: cvssV3.temporalScore,
                expectedScore: result.temporalMetricScore,
                name: "temporalScore"
              },
              {
                score: cvssV3.environmentalScore,
                expectedScore: result.environmentalMetricScore,
                name: "environmentalScore"
              }
            ]) {
              if (typeof score2 === "number") {
                if (score2 !== Number(expectedScore)) {
                  isValid = false;
                  errors.push({
                    instancePath: `/vulnerabilities/${vulnerabilityIndex}/scores/${scoreIndex}/cvss_v3/${name}`,
                    message: "invalid calculated value"
                  });
                }
              }
            }
            for (const { severity, expectedSeverity, name } of [
              {
                severity: cvssV3.baseSeverity,
                expectedSeverity: result.baseSeverity,
                name: "baseSeverity"
              },
              {
                severity: cvssV3.temporalSeverity,
                expectedSeverity: result.temporalSeverity,
                name: "temporalSeverity"
              },
              {
                severity: cvssV3.environmentalSeverity,
                expectedSeverity: result.environmentalSeverity,
                name: "environmentalSeverity"
              }
            ]) {
              if (typeof severity === "string") {
                if (severity !== expectedSeverity.toUpperCase()) {
                  isValid = false;
                  errors.push({
                    instancePath: `/vulnerabilities/${vulnerabilityIndex}/scores/${scoreIndex}/cvss_v3/${name}`,
                    message: "invalid calculated value"
                  });
                }
              }
            }
          }
        }
      });
    });
  }
  return { errors, isValid };
}
function safelyParseCVSSV2Vector(vectorString) {
  try {
    return {
      success: true,
      baseMetricScore: import_cvss2js.default.getBaseScore(vectorString),
      temporalMetricScore: import_cvss2js.default.getTemporalScore(vectorString),
      environmentalMetricScore: getEnvironmentalScoreFromVectorString(vectorString)
    };
  } catch (e) {
    return {
      success: false,
      baseMetricScore: -1,
      temporalMetricScore: -1,
      environmentalMetricScore: -1
    };
  }
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_10.js
var cvssV3VectorStringMapping = mapping2;
var cvssV2VectorStringMapping = (
  /** @type {ReadonlyArray<readonly [string, string, Record<string, string>]>} */
  mapping.map((mapping3) => [
    mapping3[0],
    mapping3[1],
    Object.fromEntries(
      Object.entries(mapping3[2]).map(([key, value]) => [key, value.id])
    )
  ])
);
function mandatoryTest_6_1_10(doc) {
  const errors = [];
  let isValid = true;
  if (Array.isArray(doc.vulnerabilities)) {
    const vulnerabilities = doc.vulnerabilities;
    vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
      if (!Array.isArray(vulnerability.scores)) return;
      const scores = vulnerability.scores;
      scores.forEach((score, scoreIndex) => {
        if (typeof score.cvss_v2?.vectorString === "string") {
          const cvssV2 = score.cvss_v2;
          const vectorString = (
            /** @type {string} */
            cvssV2.vectorString
          );
          validateCVSSAttributes({
            vectorValues: vectorString.split("/"),
            vectorMapping: cvssV2VectorStringMapping,
            cvss: cvssV2,
            onError({ attributeKey }) {
              isValid = false;
              errors.push({
                instancePath: `/vulnerabilities/${vulnerabilityIndex}/scores/${scoreIndex}/cvss_v2/${attributeKey}`,
                message: "value is not consistent with the vector string"
              });
            }
          });
        }
        if (typeof score.cvss_v3?.vectorString === "string" && (score.cvss_v3.version === "3.1" || score.cvss_v3.version === "3.0")) {
          const cvssV3 = score.cvss_v3;
          const vectorString = (
            /** @type {string} */
            cvssV3.vectorString
          );
          validateCVSSAttributes({
            vectorValues: vectorString.split("/").slice(1),
            vectorMapping: cvssV3VectorStringMapping,
            cvss: cvssV3,
            onError({ attributeKey }) {
              isValid = false;
              errors.push({
                instancePath: `/vulnerabilities/${vulnerabilityIndex}/scores/${scoreIndex}/cvss_v3/${attributeKey}`,
                message: "value is not consistent with the vector string"
              });
            }
          });
        }
      });
    });
  }
  return { errors, isValid };
}
function validateCVSSAttributes({
  vectorValues,
  vectorMapping,
  cvss,
  onError
}) {
  vectorValues.forEach((str) => {
    const [key, value] = str.split(":");
    const entry = vectorMapping.find((e) => e[1] === key);
    if (!entry) return;
    const [attributeKey] = entry;
    const attributeValue = cvss[attributeKey];
    if (typeof attributeValue !== "string") return;
    const expectedAttributeValue = Object.entries(entry[2]).find(
      (e) => e[1] === value
    )?.[0];
    if (typeof expectedAttributeValue !== "string") return;
    if (attributeValue !== expectedAttributeValue) {
      onError({ attributeKey });
    }
  });
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_11.js
function mandatoryTest_6_1_11(doc) {
  const errors = [];
  let isValid = true;
  if (hasVulnerabilities(doc)) {
    for (let i = 0; i < doc.vulnerabilities.length; ++i) {
      const vulnerability = doc.vulnerabilities[i];
      if (vulnerabilityHasCWEFields(vulnerability)) {
        const entry = cwec_default.weaknesses.find((w) => w.id === vulnerability.cwe.id);
        if (!entry) {
          isValid = false;
          errors.push({
            instancePath: `/vulnerabilities/${i}/cwe/id`,
            message: "no weakness with this id is recognized"
          });
          continue;
        }
        if (entry.name !== vulnerability.cwe.name) {
          isValid = false;
          errors.push({
            instancePath: `/vulnerabilities/${i}/cwe/name`,
            message: "the name does not match the weakness with the given id"
          });
          continue;
        }
      }
    }
  }
  return { isValid, errors };
}
var hasVulnerabilities = (doc) => doc && Array.isArray(doc.vulnerabilities) ? true : false;
var vulnerabilityHasCWEFields = (vulnerability) => vulnerability && vulnerability.cwe && typeof vulnerability.cwe.id === "string" && typeof vulnerability.cwe.name === "string" ? true : false;

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_12.js
function mandatoryTest_6_1_12(doc) {
  const errors = [];
  let isValid = true;
  if (hasLangField(doc) && !bcpLanguageTagChecker_default(doc.document.lang)) {
    isValid = false;
    errors.push({
      message: "is not a valid language-tag",
      instancePath: "/document/lang"
    });
  }
  if (hasSourceLangField(doc)) {
    if (!bcpLanguageTagChecker_default(doc.document.source_lang)) {
      isValid = false;
      errors.push({
        message: "is not a valid language-tag",
        instancePath: "/document/source_lang"
      });
    }
  }
  return { errors, isValid };
}
var hasLangField = (doc) => doc && doc.document && typeof doc.document.lang === "string" ? true : false;
var hasSourceLangField = (doc) => doc && doc.document && typeof doc.document.source_lang === "string" ? true : false;

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_13.js
var import_packageurl_js = __toESM(require_packageurl_js(), 1);
var { PackageURL } = import_packageurl_js.default;
function mandatoryTest_6_1_13(doc) {
  const errors = [];
  let isValid = true;
  if (Array.isArray(doc.product_tree?.full_product_names)) {
    doc.product_tree?.full_product_names.forEach(
      (fullProductName, fullProductNameIndex) => {
        checkProductIdentificationHelperPURL(
          fullProductName,
          (errorMessage) => {
            isValid = false;
            errors.push({
              instancePath: `/product_tree/full_product_names/${fullProductNameIndex}/product_identification_helper/purl`,
              message: `invalid purl: ${errorMessage}`
            });
          }
        );
      }
    );
  }
  if (Array.isArray(doc.product_tree?.relationships)) {
    doc.product_tree.relationships.forEach(
      (relationship, relationshipIndex) => {
        checkProductIdentificationHelperPURL(
          relationship.full_product_name,
          (errorMessage) => {
            isValid = false;
            errors.push({
              instancePath: `/product_tree/relationships/${relationshipIndex}/full_product_name/product_identification_helper/purl`,
              message: `invalid purl: ${errorMessage}`
            });
          }
        );
      }
    );
  }
  if (doc.product_tree) {
    checkBranchesForInvalidPURLs(
      doc.product_tree,
      ({ branchIndexes, errorMessage }) => {
        isValid = false;
        const branchPathPart = branchIndexes.reduce(
          (str, index) => `${str}/branches/${index}`,
          "/product_tree"
        );
        errors.push({
          instancePath: `${branchPathPart}/product/product_identification_helper/purl`,
          message: `invalid purl: ${errorMessage}`
        });
      }
    );
  }
  return { errors, isValid };
}
var checkBranchesForInvalidPURLs = (parent, onError, branchIndexes = []) => {
  if (Array.isArray(parent.branches)) {
    parent.branches.forEach(
      (branch, branchIndex) => {
        const currentBranchIndexes = branchIndexes.concat([branchIndex]);
        checkProductIdentificationHelperPURL(branch.product, (errorMessage) => {
          onError({
            branchIndexes: currentBranchIndexes,
            errorMessage
          });
        });
        checkBranchesForInvalidPURLs(branch, onError, currentBranchIndexes);
      }
    );
  }
};
var checkProductIdentificationHelperPURL = (productALike, onError) => {
  if (typeof productALike?.product_identification_helper?.purl !== "string")
    return;
  try {
    PackageURL.fromString(productALike?.product_identification_helper?.purl);
  } catch (e) {
    const errorObject = (
      /** @type {{message: string}} */
      e
    );
    onError(errorObject?.message ?? "Unknown purl error");
  }
};

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_14.js
var import_semver2 = __toESM(require_semver2(), 1);
var { gt, valid } = import_semver2.default;
function mandatoryTest_6_1_14(doc) {
  const errors = [];
  let isValid = true;
  if (preconditionMatches(doc)) {
    const sortedNumbers = Array.from(
      new Set(
        doc.document.tracking.revision_history.slice().sort(
          (a, z) => compareZonedDateTimes(a.date, z.date) || compareVersions(z.number, a.number)
        ).map((e) => valid(e.number) ?? `${e.number}.0.0`)
      ).keys()
    ).filter((n) => valid(n) !== null);
    const isAscending = sortedNumbers.every(
      (number, index, all) => index === 0 || gt(number, all[index - 1])
    );
    if (!isAscending) {
      isValid = false;
      errors.push({
        instancePath: `/document/tracking/revision_history`,
        message: "the items must be in ascending order according to the date"
      });
    }
  }
  return { errors, isValid };
}
var preconditionMatches = (doc) => Array.isArray(doc?.document?.tracking?.revision_history) && doc.document.tracking.revision_history.every(
  (r) => typeof r.number === "string" && typeof r.date === "string"
);

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_15.js
function mandatoryTest_6_1_15(doc) {
  let isValid = true;
  const errors = [];
  if (doc.document?.publisher?.category === "translator" && !doc.document.source_lang) {
    isValid = false;
    errors.push({
      instancePath: "/document/publisher/category",
      message: "source language attribute is missing"
    });
  }
  return { isValid, errors };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_16.js
var {
  hasTrackingRevisionHistory: hasTrackingRevisionHistory2,
  hasTrackingVersionField: hasTrackingVersionField2,
  hasTrackingStatusField: hasTrackingStatusField2
} = docUtils_exports;
function mandatoryTest_6_1_16(doc) {
  let isValid = true;
  const errors = [];
  if (hasTrackingRevisionHistory2(doc) && hasTrackingVersionField2(doc) && hasTrackingStatusField2(doc) && doc.document.tracking.revision_history.length > 0) {
    const normalizeVersion = (version) => doc.document.tracking.status == "draft" ? version.split(/[+-]/)[0] : version.split("+")[0];
    if (normalizeVersion(
      doc.document.tracking.revision_history.slice().sort(
        (a, z) => compareZonedDateTimes(
          /** @type {string} */
          z.date,
          /** @type {string} */
          a.date
        ) || compareVersions(a.number, z.number)
      )[0].number
    ) !== normalizeVersion(doc.document.tracking.version)) {
      isValid = false;
      errors.push({
        message: "version does not match latest revision",
        instancePath: "/document/tracking/version"
      });
    }
  }
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_17.js
var import_semver3 = __toESM(require_semver2(), 1);
var { valid: valid2, major, prerelease } = import_semver3.default;
var { hasTrackingVersionField: hasTrackingVersionField3, hasTrackingStatusField: hasTrackingStatusField3 } = docUtils_exports;
function mandatoryTest_6_1_17(doc) {
  let isValid = true;
  const errors = [];
  if (hasTrackingVersionField3(doc) && hasTrackingStatusField3(doc) && doc.document.tracking.status !== "draft" && (doc.document.tracking.version === "0" || valid2(doc.document.tracking.version) && (major(doc.document.tracking.version) === 0 || prerelease(doc.document.tracking.version)))) {
    isValid = false;
    errors.push({
      message: "the status is not compatible with the version",
      instancePath: "/document/tracking/status"
    });
  }
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_18.js
var import_semver4 = __toESM(require_semver2(), 1);
var { valid: valid3, major: major2 } = import_semver4.default;
var {
  hasTrackingVersionField: hasTrackingVersionField4,
  hasTrackingStatusField: hasTrackingStatusField4,
  hasTrackingRevisionHistory: hasTrackingRevisionHistory3
} = docUtils_exports;
function mandatoryTest_6_1_18(doc) {
  let isValid = true;
  const errors = [];
  if (hasTrackingVersionField4(doc) && hasTrackingStatusField4(doc) && hasTrackingRevisionHistory3(doc) && (doc.document.tracking.status === "final" || doc.document.tracking.status === "interim") && doc.document.tracking.revision_history.some(
    (h) => h.number === "0" || valid3(h.number) && major2(h.number) === 0
  )) {
    isValid = false;
    errors.push({
      message: "some revision-history entries are not compatible with the status",
      instancePath: "/document/tracking/status"
    });
  }
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_19.js
var import_semver5 = __toESM(require_semver2(), 1);
var { valid: valid4, prerelease: prerelease2 } = import_semver5.default;
var {
  hasTrackingVersionField: hasTrackingVersionField5,
  hasTrackingStatusField: hasTrackingStatusField5,
  hasTrackingRevisionHistory: hasTrackingRevisionHistory4
} = docUtils_exports;
function mandatoryTest_6_1_19(doc) {
  let isValid = true;
  const errors = [];
  if (hasTrackingVersionField5(doc) && hasTrackingStatusField5(doc) && hasTrackingRevisionHistory4(doc)) {
    for (let i = 0; i < doc.document.tracking.revision_history.length; ++i) {
      const entry = doc.document.tracking.revision_history[i];
      if (valid4(entry.number) && prerelease2(entry.number)) {
        isValid = false;
        errors.push({
          message: "contains prerelease part",
          instancePath: `/document/tracking/revision_history/${i}/number`
        });
      }
    }
  }
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_20.js
var import_semver6 = __toESM(require_semver2(), 1);
var { valid: valid5, prerelease: prerelease3 } = import_semver6.default;
var { hasTrackingVersionField: hasTrackingVersionField6, hasTrackingStatusField: hasTrackingStatusField6 } = docUtils_exports;
function mandatoryTest_6_1_20(doc) {
  let isValid = true;
  const errors = [];
  if (hasTrackingVersionField6(doc) && hasTrackingStatusField6(doc) && (doc.document.tracking.status === "final" || doc.document.tracking.status === "interim") && valid5(doc.document.tracking.version) && prerelease3(doc.document.tracking.version)) {
    isValid = false;
    errors.push({
      message: "pre-release part is not allowed for status",
      instancePath: `/document/tracking/version`
    });
  }
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_21.js
function mandatoryTest_6_1_21(doc) {
  const errors = [];
  let isValid = true;
  if (preconditionFor_6_1_21_Matches(doc)) {
    const sortedNumbers = Array.from(
      new Set(
        doc.document.tracking.revision_history.slice().sort(
          (a, z) => compareZonedDateTimes(
            /** @type {string} */
            a.date,
            /** @type {string} */
            z.date
          )
        ).map(
          (e) => (
            // By using `parseInt` here we can deal with numeric and semantic versions
            parseInt(e.number)
          )
        )
      ).keys()
    );
    if (sortedNumbers.length > 0 && ![0, 1].includes(sortedNumbers[0])) {
      isValid = false;
      errors.push({
        instancePath: `/document/tracking/revision_history`,
        message: `revision history does not start with a version of 0 or 1 when sorted by date`
      });
    }
    for (let i = 0; i < sortedNumbers.length; ++i) {
      const expectedVersionNumber = i + Number(sortedNumbers[0]);
      if (sortedNumbers[i] > expectedVersionNumber) {
        isValid = false;
        errors.push({
          instancePath: `/document/tracking/revision_history`,
          message: `major version ${expectedVersionNumber} was omitted`
        });
      }
    }
  }
  return { errors, isValid };
}
var preconditionFor_6_1_21_Matches = (doc) => Array.isArray(doc?.document?.tracking?.revision_history) && doc.document.tracking.revision_history.every(
  (r) => typeof r.number === "string" && typeof r.date === "string"
);

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_22.js
var {
  hasTrackingVersionField: hasTrackingVersionField7,
  hasTrackingStatusField: hasTrackingStatusField7,
  hasTrackingRevisionHistory: hasTrackingRevisionHistory5
} = docUtils_exports;
function mandatoryTest_6_1_22(doc) {
  let isValid = true;
  const errors = [];
  if (hasTrackingVersionField7(doc) && hasTrackingStatusField7(doc) && hasTrackingRevisionHistory5(doc)) {
    let dupes = {};
    doc.document.tracking.revision_history.forEach((item, index) => {
      dupes[item.number] = dupes[item.number] ?? [];
      dupes[item.number].push(index);
      if (dupes[item.number].length > 1) {
        isValid = false;
        errors.push({
          message: "version was already used",
          instancePath: `/document/tracking/revision_history/${index}/number`
        });
      }
    });
  }
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_23.js
function mandatoryTest_6_1_23(doc) {
  const errors = [];
  let isValid = true;
  if (preconditionFor_6_1_23_Matches(doc)) {
    const cveStrings = /* @__PURE__ */ new Set();
    doc.vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
      if (vulnerability.cve === void 0) return;
      if (cveStrings.has(vulnerability.cve)) {
        isValid = false;
        errors.push({
          message: `CVE identifier was already used`,
          instancePath: `/vulnerabilities/${vulnerabilityIndex}/cve`
        });
      }
      cveStrings.add(vulnerability.cve);
    });
  }
  return { errors, isValid };
}
var preconditionFor_6_1_23_Matches = (rawDoc) => {
  if (typeof rawDoc !== "object" || !rawDoc) return false;
  const doc = rawDoc;
  return Array.isArray(doc.vulnerabilities) && doc.vulnerabilities.every(
    (vulnerability) => typeof vulnerability.cve === "string" || vulnerability.cve === void 0
  );
};

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_24.js
function mandatoryTest_6_1_24(doc) {
  const errors = [];
  let isValid = true;
  if (preconditionFor_6_1_24_Matches(doc)) {
    doc.vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
      const involvementMap = /* @__PURE__ */ new Map();
      vulnerability.involvements.forEach((involvement, involvementIndex) => {
        if (typeof involvement.date === "string" && typeof involvement.party === "string") {
          const set = involvementMap.get(involvement.date) ?? /* @__PURE__ */ new Set();
          if (set.has(`${involvement.party}`)) {
            isValid = false;
            errors.push({
              message: `status for party was already given for the same date`,
              instancePath: `/vulnerabilities/${vulnerabilityIndex}/involvements/${involvementIndex}`
            });
          }
          set.add(`${involvement.party}`);
          involvementMap.set(involvement.date, set);
        }
      });
    });
  }
  return { errors, isValid };
}
var preconditionFor_6_1_24_Matches = (rawDoc) => {
  if (typeof rawDoc !== "object" || !rawDoc) return false;
  const doc = rawDoc;
  return Array.isArray(doc.vulnerabilities) && doc.vulnerabilities.every(
    (vulnerability) => Array.isArray(vulnerability.involvements) && vulnerability.involvements.every(
      (involvement) => (typeof involvement.date === "string" || involvement.date === void 0) && (typeof involvement.party === "string" || involvement.party === void 0) && (typeof involvement.status === "string" || involvement.status === void 0)
    )
  );
};

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_25.js
function mandatoryTest_6_1_25(doc) {
  const errors = [];
  let isValid = true;
  if (Array.isArray(doc.product_tree?.full_product_names)) {
    doc.product_tree?.full_product_names.forEach(
      (fullProductName, fullProductNameIndex) => {
        if (Array.isArray(fullProductName.product_identification_helper?.hashes)) {
          fullProductName.product_identification_helper.hashes.forEach(
            (hash, hashIndex) => {
              checkDuplicateHashAlgorithms(
                hash,
                ({ fileHash, fileHashIndex }) => {
                  isValid = false;
                  errors.push({
                    instancePath: `/product_tree/full_product_names/${fullProductNameIndex}/product_identification_helper/hashes/${hashIndex}/file_hashes/${fileHashIndex}`,
                    message: `there is already a hash with the algorithm ${fileHash.algorithm}`
                  });
                }
              );
            }
          );
        }
      }
    );
  }
  if (Array.isArray(doc.product_tree?.relationships)) {
    doc.product_tree.relationships.forEach(
      (relationship, relationshipIndex) => {
        if (Array.isArray(
          relationship.full_product_name?.product_identification_helper?.hashes
        )) {
          relationship.full_product_name.product_identification_helper.hashes.forEach(
            (hash, hashIndex) => {
              checkDuplicateHashAlgorithms(
                hash,
                ({ fileHash, fileHashIndex }) => {
                  isValid = false;
                  errors.push({
                    instancePath: `/product_tree/relationships/${relationshipIndex}/full_product_name/product_identification_helper/hashes/${hashIndex}/file_hashes/${fileHashIndex}`,
                    message: `there is already a hash with the algorithm ${fileHash.algorithm}`
                  });
                }
              );
            }
          );
        }
      }
    );
  }
  if (doc.product_tree) {
    checkBranchesForDuplicateHashAlgorithms(
      doc.product_tree,
      ({ branchIndexes, hashIndex, fileHashIndex, fileHash }) => {
        isValid = false;
        const branchPathPart = branchIndexes.reduce(
          (str, index) => `${str}/branches/${index}`,
          "/product_tree"
        );
        errors.push({
          instancePath: `${branchPathPart}/product/product_identification_helper/hashes/${hashIndex}/file_hashes/${fileHashIndex}`,
          message: `there is already a hash with the algorithm ${fileHash.algorithm}`
        });
      }
    );
  }
  return { errors, isValid };
}
var checkBranchesForDuplicateHashAlgorithms = (parent, onError, branchIndexes = []) => {
  if (Array.isArray(parent.branches)) {
    parent.branches.forEach(
      (branch, branchIndex) => {
        const currentBranchIndexes = branchIndexes.concat([branchIndex]);
        if (Array.isArray(branch.product?.product_identification_helper?.hashes)) {
          branch.product.product_identification_helper.hashes.forEach(
            (hash, hashIndex) => {
              checkDuplicateHashAlgorithms(
                hash,
                ({ fileHash, fileHashIndex }) => {
                  onError({
                    branchIndexes: currentBranchIndexes,
                    hashIndex,
                    fileHash,
                    fileHashIndex
                  });
                }
              );
            }
          );
        }
        checkBranchesForDuplicateHashAlgorithms(
          branch,
          onError,
          currentBranchIndexes
        );
      }
    );
  }
};
var checkDuplicateHashAlgorithms = (hash, onError) => {
  if (!Array.isArray(hash.file_hashes)) return;
  const algorithmSet = /* @__PURE__ */ new Set();
  hash.file_hashes.forEach(
    (fileHash, fileHashIndex) => {
      if (fileHash.algorithm == null) return;
      if (algorithmSet.has(fileHash.algorithm)) {
        onError({
          fileHash,
          fileHashIndex
        });
      }
      algorithmSet.add(fileHash.algorithm);
    }
  );
};

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_26.js
function mandatoryTest_6_1_26(doc) {
  const errors = [];
  let isValid = true;
  if (typeof doc.document?.category === "string") {
    const category = doc.document.category;
    const profileValues = [
      "csaf_base",
      "csaf_security_incident_response",
      "csaf_informational_advisory",
      "csaf_security_advisory",
      "csaf_vex"
    ];
    const otherProfileValues = [
      "securityincidentresponse",
      "informationaladvisory",
      "securityadvisory",
      "vex"
    ];
    if (profileValues.includes(category)) return { errors, isValid };
    if (category.toLowerCase().startsWith("csaf_")) {
      isValid = false;
      errors.push({
        instancePath: `/document/category`,
        message: `reserved prefix used`
      });
      return { errors, isValid };
    }
    if (otherProfileValues.includes(
      category.replace(/[_-\s]+/g, "").toLowerCase()
    )) {
      isValid = false;
      errors.push({
        instancePath: `/document/category`,
        message: `value prohibited`
      });
    }
  }
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_27_1.js
function mandatoryTest_6_1_27_1(doc) {
  const errors = [];
  let isValid = true;
  const checkedDocumentCategories = /* @__PURE__ */ new Set([
    "csaf_security_incident_response",
    "csaf_informational_advisory"
  ]);
  if (!checkedDocumentCategories.has(doc.document?.category))
    return { errors, isValid };
  const mandatoryNoteCategories = /* @__PURE__ */ new Set([
    "description",
    "details",
    "general",
    "summary"
  ]);
  isValid = Array.isArray(doc.document?.notes) && /** @type {Note[]} */
  doc.document.notes.some(
    (n) => mandatoryNoteCategories.has(
      /** @type {string} */
      n.category
    )
  );
  if (!isValid) {
    errors.push({
      instancePath: "/document/notes",
      message: "need at least one document note with a category of description, details, general or summary"
    });
  }
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_27_2.js
function mandatoryTest_6_1_27_2(doc) {
  const errors = [];
  let isValid = true;
  const checkedDocumentCategories = /* @__PURE__ */ new Set([
    "csaf_security_incident_response",
    "csaf_informational_advisory"
  ]);
  if (!checkedDocumentCategories.has(doc.document?.category))
    return { errors, isValid };
  const mandatoryReferenceCategories = /* @__PURE__ */ new Set(["external"]);
  isValid = Array.isArray(doc.document?.references) && /** @type {Reference[]} */
  doc.document.references.some(
    (r) => mandatoryReferenceCategories.has(
      /** @type {string} */
      r.category
    )
  );
  if (!isValid) {
    errors.push({
      instancePath: "/document/references",
      message: 'need at least one document reference with the category "external"'
    });
  }
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_27_3.js
function mandatoryTest_6_1_27_3(doc) {
  const errors = [];
  let isValid = true;
  const checkedDocumentCategories = /* @__PURE__ */ new Set(["csaf_informational_advisory"]);
  if (!checkedDocumentCategories.has(doc.document?.category))
    return { errors, isValid };
  isValid = doc.vulnerabilities === void 0;
  if (!isValid) {
    errors.push({
      instancePath: "/vulnerabilities",
      message: "must not exist"
    });
  }
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_27_4.js
function mandatoryTest_6_1_27_4(doc) {
  const errors = [];
  let isValid = true;
  const checkedDocumentCategories = /* @__PURE__ */ new Set([
    "csaf_security_advisory",
    "csaf_vex"
  ]);
  if (!checkedDocumentCategories.has(doc.document?.category))
    return { errors, isValid };
  isValid = Boolean(doc.product_tree);
  if (!isValid) {
    errors.push({
      instancePath: "/",
      message: "needs a product_tree"
    });
  }
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_27_5.js
function mandatoryTest_6_1_27_5(doc) {
  const errors = [];
  let isValid = true;
  const checkedDocumentCategories = /* @__PURE__ */ new Set([
    "csaf_security_advisory",
    "csaf_vex"
  ]);
  if (!checkedDocumentCategories.has(doc.document?.category))
    return { errors, isValid };
  const vulnerabilities = doc.vulnerabilities;
  if (Array.isArray(vulnerabilities)) {
    vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
      if (!vulnerability.notes) {
        isValid = false;
        errors.push({
          instancePath: `/vulnerabilities/${vulnerabilityIndex}`,
          message: "needs a `notes` attribute"
        });
      }
    });
  }
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_27_6.js
function mandatoryTest_6_1_27_6(doc) {
  const errors = [];
  let isValid = true;
  const checkedDocumentCategories = /* @__PURE__ */ new Set(["csaf_security_advisory"]);
  if (!checkedDocumentCategories.has(doc.document?.category))
    return { errors, isValid };
  const vulnerabilities = doc.vulnerabilities;
  if (Array.isArray(vulnerabilities)) {
    vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
      if (!vulnerability.product_status) {
        isValid = false;
        errors.push({
          instancePath: `/vulnerabilities/${vulnerabilityIndex}`,
          message: "needs a `product_status` attribute"
        });
      }
    });
  }
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_27_7.js
function mandatoryTest_6_1_27_7(doc) {
  const errors = [];
  let isValid = true;
  const checkedDocumentCategories = /* @__PURE__ */ new Set(["csaf_vex"]);
  if (!checkedDocumentCategories.has(doc.document?.category))
    return { errors, isValid };
  const vulnerabilities = doc.vulnerabilities;
  if (Array.isArray(vulnerabilities)) {
    vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
      if (!vulnerability.product_status) {
        isValid = false;
        errors.push({
          instancePath: `/vulnerabilities/${vulnerabilityIndex}`,
          message: "needs a `product_status` attribute"
        });
        return;
      }
      const neededArrays = [
        "fixed",
        "known_affected",
        "known_not_affected",
        "under_investigation"
      ];
      if (!neededArrays.some(
        (p) => Array.isArray(vulnerability.product_status[p])
      )) {
        isValid = false;
        errors.push({
          instancePath: `/vulnerabilities/${vulnerabilityIndex}/product_status`,
          message: "needs at least one the following attributes: `fixed`, `known_affected`, `known_not_affected`, `under_investigation`"
        });
      }
    });
  }
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_27_8.js
function mandatoryTest_6_1_27_8(doc) {
  const errors = [];
  let isValid = true;
  const checkedDocumentCategories = /* @__PURE__ */ new Set(["csaf_vex"]);
  if (!checkedDocumentCategories.has(doc.document?.category))
    return { errors, isValid };
  const vulnerabilities = doc.vulnerabilities;
  if (Array.isArray(vulnerabilities)) {
    vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
      if (["ids", "cve"].every((p) => vulnerability[p] === void 0)) {
        isValid = false;
        errors.push({
          instancePath: `/vulnerabilities/${vulnerabilityIndex}`,
          message: "needs at least one the following attributes: `ids`, `cve`"
        });
      }
    });
  }
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_27_9.js
function mandatoryTest_6_1_27_9(doc) {
  const errors = [];
  let isValid = true;
  const vulnerabilities = doc.vulnerabilities;
  if (doc.document?.category !== "csaf_vex" || !Array.isArray(vulnerabilities))
    return { errors, isValid };
  vulnerabilities.forEach(
    (vulnerability, vulnerabilityIndex) => {
      const productStatus = vulnerability?.product_status;
      if (!vulnerability || !productStatus || !Array.isArray(productStatus.known_not_affected))
        return;
      productStatus.known_not_affected.forEach((productId, productIdIndex) => {
        const threats = Array.isArray(vulnerability.threats) ? vulnerability.threats : [];
        const hasMatchingThreat = threats.some((threat) => {
          if (!threat || threat.category !== "impact") return false;
          const threatHasMatchingProduct = Array.isArray(threat.product_ids) && threat.product_ids.includes(productId);
          if (threatHasMatchingProduct) return true;
          const productGroups = doc.product_tree?.product_groups;
          const threatHasMatchingProductGroup = Array.isArray(threat.group_ids) && Array.isArray(productGroups) && threat.group_ids.some((groupId) => {
            const group = productGroups.find((g) => g.group_id === groupId);
            return group && Array.isArray(group.product_ids) && group.product_ids.includes(productId);
          });
          if (threatHasMatchingProductGroup) return true;
          return false;
        });
        const flags = Array.isArray(vulnerability.flags) ? vulnerability.flags : [];
        const hasMatchingFlag = flags.some((flag) => {
          if (!flag) return false;
          const flagHasMatchingProduct = Array.isArray(flag.product_ids) && flag.product_ids.includes(productId);
          if (flagHasMatchingProduct) return true;
          const productGroups = doc.product_tree?.product_groups;
          const flagHasMatchingProductGroup = Array.isArray(flag.group_ids) && Array.isArray(productGroups) && flag.group_ids.some((groupId) => {
            const group = productGroups.find((g) => g.group_id === groupId);
            return group && Array.isArray(group.product_ids) && group.product_ids.includes(productId);
          });
          if (flagHasMatchingProductGroup) return true;
          return false;
        });
        if (!hasMatchingThreat && !hasMatchingFlag) {
          isValid = false;
          errors.push({
            instancePath: `/vulnerabilities/${vulnerabilityIndex}/product_status/known_not_affected/${productIdIndex}`,
            message: "no suitable impact statement found"
          });
        }
      });
    }
  );
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_27_10.js
function mandatoryTest_6_1_27_10(doc) {
  const errors = [];
  let isValid = true;
  const vulnerabilities = doc.vulnerabilities;
  if (doc.document?.category !== "csaf_vex" || !Array.isArray(vulnerabilities))
    return { errors, isValid };
  vulnerabilities.forEach(
    (vulnerability, vulnerabilityIndex) => {
      const productStatus = vulnerability?.product_status;
      if (!vulnerability || !productStatus || !Array.isArray(productStatus.known_affected))
        return;
      productStatus.known_affected.forEach((productId, productIdIndex) => {
        const remediations = Array.isArray(vulnerability.remediations) ? vulnerability.remediations : [];
        const hasMatchingRemediation = remediations.some((remediation) => {
          if (!remediation) return false;
          const remediationHasMatchingProduct = Array.isArray(remediation.product_ids) && remediation.product_ids.includes(productId);
          if (remediationHasMatchingProduct) return true;
          const productGroups = doc.product_tree?.product_groups;
          const remediationHasMatchingProductGroup = Array.isArray(remediation.group_ids) && Array.isArray(productGroups) && remediation.group_ids.some((groupId) => {
            const group = productGroups.find((g) => g.group_id === groupId);
            return group && Array.isArray(group.product_ids) && group.product_ids.includes(productId);
          });
          if (remediationHasMatchingProductGroup) return true;
          return false;
        });
        if (!hasMatchingRemediation) {
          isValid = false;
          errors.push({
            instancePath: `/vulnerabilities/${vulnerabilityIndex}/product_status/known_affected/${productIdIndex}`,
            message: "no suitable action statement found"
          });
        }
      });
    }
  );
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_27_11.js
function mandatoryTest_6_1_27_11(doc) {
  const errors = [];
  let isValid = true;
  const checkedDocumentCategories = /* @__PURE__ */ new Set([
    "csaf_security_advisory",
    "csaf_vex"
  ]);
  if (!checkedDocumentCategories.has(doc.document?.category))
    return { errors, isValid };
  isValid = Boolean(doc.vulnerabilities);
  if (!isValid) {
    errors.push({
      instancePath: "/",
      message: "needs vulnerabilities"
    });
  }
  return { errors, isValid };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_28.js
function mandatoryTest_6_1_28(doc) {
  const errors = [];
  let isValid = true;
  if (typeof doc.document?.source_lang === "string" && typeof doc.document?.lang === "string" && doc.document.source_lang === doc.document.lang) {
    isValid = false;
    errors.push(
      {
        instancePath: `/document/lang`,
        message: "is the same as `/document/source_lang`"
      },
      {
        instancePath: `/document/source_lang`,
        message: "is the same as `/document/lang`"
      }
    );
  }
  return { isValid, errors };
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_29.js
var import_jtd2 = __toESM(require_jtd(), 1);
var ajv = new import_jtd2.default();
var inputSchema2 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      vulnerabilities: {
        elements: {
          additionalProperties: true,
          properties: {
            remediations: {
              elements: {
                additionalProperties: true,
                optionalProperties: {
                  group_ids: { elements: { type: "string" } },
                  product_ids: { elements: { type: "string" } }
                }
              }
            }
          }
        }
      }
    }
  }
);
var validate2 = ajv.compile(inputSchema2);
function mandatoryTest_6_1_29(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate2(doc)) {
    return ctx;
  }
  doc.vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
    vulnerability.remediations.forEach((remediation, remediationIndex) => {
      if (!remediation.group_ids && !remediation.product_ids) {
        ctx.isValid = false;
        ctx.errors.push({
          instancePath: `/vulnerabilities/${vulnerabilityIndex}/remediations/${remediationIndex}`,
          message: "remediation without product reference"
        });
      }
    });
  });
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_30.js
var import_jtd3 = __toESM(require_jtd(), 1);
var ajv2 = new import_jtd3.default();
var inputSchema3 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      document: {
        additionalProperties: true,
        properties: {
          tracking: {
            additionalProperties: true,
            optionalProperties: {
              revision_history: {
                elements: {
                  additionalProperties: true,
                  optionalProperties: {
                    number: { type: "string" }
                  }
                }
              },
              version: { type: "string" }
            }
          }
        }
      }
    }
  }
);
var validate3 = ajv2.compile(inputSchema3);
function mandatoryTest_6_1_30(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate3(doc)) {
    return ctx;
  }
  let versioningSchema = null;
  doc.document.tracking.revision_history?.forEach((revision, revisionIndex) => {
    if (typeof revision.number === "string") {
      const revisionNumberVersioningSchema = detectVersionSchema(
        revision.number
      );
      if (versioningSchema === null) {
        versioningSchema = revisionNumberVersioningSchema;
      }
      if (versioningSchema !== revisionNumberVersioningSchema) {
        ctx.isValid = false;
        ctx.errors.push({
          instancePath: `/document/tracking/revisions/${revisionIndex}/number`,
          message: "mixed integer and semantic versioning"
        });
      }
    }
  });
  if (versioningSchema != null && typeof doc.document.tracking.version === "string") {
    if (versioningSchema !== detectVersionSchema(doc.document.tracking.version)) {
      ctx.isValid = false;
      ctx.errors.push({
        instancePath: `/document/tracking/version`,
        message: "mixed integer and semantic versioning"
      });
    }
  }
  return ctx;
}
function detectVersionSchema(version) {
  if (parseInt(version).toString() === version) return "INTEGER";
  return "SEMANTIC";
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_31.js
var import_jtd4 = __toESM(require_jtd(), 1);
var ajv3 = new import_jtd4.default();
var inputSchema4 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      product_tree: {
        additionalProperties: true,
        properties: {
          branches: {
            elements: {
              additionalProperties: true,
              properties: {}
            }
          }
        }
      }
    }
  }
);
var branchSchema = (
  /** @type {const} */
  {
    additionalProperties: true,
    optionalProperties: {
      category: { type: "string" },
      name: { type: "string" },
      branches: {
        elements: {
          additionalProperties: true,
          properties: {}
        }
      }
    }
  }
);
var validate4 = ajv3.compile(inputSchema4);
var validateBranch = ajv3.compile(branchSchema);
function mandatoryTest_6_1_31(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate4(doc)) {
    return ctx;
  }
  function checkBranches({ path, branches }) {
    branches.forEach((branch, branchIndex) => {
      if (validateBranch(branch)) {
        if (branch.category === "product_version" && typeof branch.name === "string" && (["<", "<=", ">", ">="].some(
          (str) => branch.name?.toLowerCase().includes(str)
        ) || [
          "after",
          "all",
          "before",
          "earlier",
          "later",
          "prior",
          "versions"
        ].some(
          (str) => branch.name?.toLowerCase().split(/\s/).some((word) => {
            return str === word;
          })
        ))) {
          ctx.isValid = false;
          ctx.errors.push({
            instancePath: `${path}/${branchIndex}/name`,
            message: "version range in product version"
          });
        }
        if (Array.isArray(branch.branches)) {
          checkBranches({
            path: `${path}/${branchIndex}/branches`,
            branches: branch.branches
          });
        }
      }
    });
  }
  checkBranches({
    path: "/product_tree/branches",
    branches: doc.product_tree.branches
  });
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_32.js
var import_jtd5 = __toESM(require_jtd(), 1);
var ajv4 = new import_jtd5.default();
var inputSchema5 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      vulnerabilities: {
        elements: {
          additionalProperties: true,
          properties: {
            flags: {
              elements: {
                additionalProperties: true,
                optionalProperties: {
                  group_ids: { elements: { type: "string" } },
                  product_ids: { elements: { type: "string" } }
                }
              }
            }
          }
        }
      }
    }
  }
);
var validate5 = ajv4.compile(inputSchema5);
function mandatoryTest_6_1_32(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate5(doc)) {
    return ctx;
  }
  doc.vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
    vulnerability.flags.forEach((flag, flagIndex) => {
      if (!flag.group_ids && !flag.product_ids) {
        ctx.isValid = false;
        ctx.errors.push({
          instancePath: `/vulnerabilities/${vulnerabilityIndex}/flags/${flagIndex}`,
          message: "flag without product reference"
        });
      }
    });
  });
  return ctx;
}

// node_modules/@secvisogram/csaf-validator-lib/lib/mandatoryTests/mandatoryTest_6_1_33.js
var import_jtd6 = __toESM(require_jtd(), 1);
var ajv5 = new import_jtd6.default();
var inputSchema6 = (
  /** @type {const} */
  {
    additionalProperties: true,
    properties: {
      product_tree: {
        additionalProperties: true,
        optionalProperties: {
          product_groups: {
            elements: {
              optionalProperties: {
                group_id: { type: "string" },
                product_ids: {
                  elements: { type: "string" }
                }
              }
            }
          }
        }
      },
      vulnerabilities: {
        elements: {
          additionalProperties: true,
          properties: {
            flags: {
              elements: {
                additionalProperties: true,
                optionalProperties: {
                  group_ids: { elements: { type: "string" } },
                  product_ids: { elements: { type: "string" } }
                }
              }
            }
          }
        }
      }
    }
  }
);
var validate6 = ajv5.compile(inputSchema6);
function mandatoryTest_6_1_33(doc) {
  const ctx = {
    errors: (
      /** @type {Array<{ instancePath: string; message: string }>} */
      []
    ),
    isValid: true
  };
  if (!validate6(doc)) {
    return ctx;
  }
  doc.vulnerabilities.forEach((vulnerability, vulnerabilityIndex) => {
    const productIDsWithVexJustificationCode = /* @__PURE__ */ new Set();
    vulnerability.flags.forEach((flag, flagIndex) => {
      let flagReported = false;
      function error() {
        if (!flagReported) {
          ctx.isValid = false;
          ctx.errors.push({
            instancePath: `/vulnerabilities/${vulnerabilityIndex}/flags/${flagIndex}`,
            message: "multiple flags with vex justification codes per product"
          });
        }
        flagReported = true;
      }
      flag.product_ids?.forEach((productID) => {
        if (productIDsWithVexJustificationCode.has(productID)) {
          error();
        }
        productIDsWithVexJustificationCode.add(productID);
      });
      flag.group_ids?.forEach((groupID) => {
        const productIDs = doc.product_tree.product_groups?.find(
          (group) => group.group_id === groupID
        )?.product_ids;
        productIDs?.forEach((productID) => {
          if (productIDsWithVexJustificationCode.has(productID)) {
            error();
          }
          productIDsWithVexJustificationCode.add(productID);
        });
      });
    });
  });
  return ctx;
}

export {
  docUtils_exports,
  mandatoryTest_6_1_1,
  mandatoryTest_6_1_2,
  mandatoryTest_6_1_3,
  mandatoryTest_6_1_4,
  mandatoryTest_6_1_5,
  mandatoryTest_6_1_6,
  mandatoryTest_6_1_7,
  mandatoryTest_6_1_8,
  require_cvss2js,
  mandatoryTest_6_1_9,
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
  mandatoryTest_6_1_20,
  mandatoryTest_6_1_21,
  mandatoryTest_6_1_22,
  mandatoryTest_6_1_23,
  mandatoryTest_6_1_24,
  mandatoryTest_6_1_25,
  mandatoryTest_6_1_26,
  mandatoryTest_6_1_27_1,
  mandatoryTest_6_1_27_2,
  mandatoryTest_6_1_27_3,
  mandatoryTest_6_1_27_4,
  mandatoryTest_6_1_27_5,
  mandatoryTest_6_1_27_6,
  mandatoryTest_6_1_27_7,
  mandatoryTest_6_1_27_8,
  mandatoryTest_6_1_27_9,
  mandatoryTest_6_1_27_10,
  mandatoryTest_6_1_27_11,
  mandatoryTest_6_1_28,
  mandatoryTest_6_1_29,
  mandatoryTest_6_1_30,
  mandatoryTest_6_1_31,
  mandatoryTest_6_1_32,
  mandatoryTest_6_1_33
};
