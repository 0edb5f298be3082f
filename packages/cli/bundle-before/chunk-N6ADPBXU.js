import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  InputError,
  Type,
  UsageError,
  compareStrings,
  createSchemaChecker,
  describePath,
  parseYaml,
  require_dist,
  sortedBy,
  suggest,
  throwIfProblems
} from "./chunk-C5P4ZO5R.js";
import {
  __default
} from "./chunk-5SEHQTM4.js";
import {
  cwec_default
} from "./chunk-6B77QBQ6.js";
import {
  require_formats,
  require_ucs2length
} from "./chunk-ZCQYR5VP.js";
import {
  __commonJS,
  __toESM
} from "./chunk-TQAJVIUW.js";

// node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var require_ae_cvss_calculator = __commonJS({
  "node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js"(exports, module) {
    !(function(e, t) {
      "object" == typeof exports && "object" == typeof module ? module.exports = t() : "function" == typeof define && define.amd ? define([], t) : "object" == typeof exports ? exports.CvssCalculator = t() : e.CvssCalculator = t();
    })(exports, (() => (() => {
      "use strict";
      var e = { 154: (e2, t2) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.CvssVector = void 0;
        class o {
          constructor(e3, t3, o2) {
            this.vector = e3, this.normalize = t3, this.scores = o2;
          }
          isUpToDate(e3, t3) {
            return this.vector === e3 && this.normalize === t3;
          }
          getScores() {
            return this.scores;
          }
        }
        t2.CvssVector = class {
          constructor(e3) {
            this.vectorChangedListeners = [], this.components = /* @__PURE__ */ new Map(), this.clearComponents(), e3 && this.applyVector(e3);
          }
          calculateScores(e3 = false) {
            const t3 = this.toString(true);
            if (this.cachedScores && this.cachedScores.isUpToDate(t3, e3)) return this.cachedScores.getScores();
            const a = this.calculateScoresInternal(e3);
            return this.cachedScores = new o(t3, e3, a), a;
          }
          fillBaseMetrics() {
            for (const [e3, t3] of this.getRegisteredComponents()) if ("base" === e3.name) {
              for (const e4 of t3) {
                const t4 = e4.values[1];
                t4 && this.applyComponent(e4, t4);
              }
              return;
            }
            throw new Error("No base category found");
          }
          getComponents() {
            return this.components;
          }
          clearComponents() {
            this.getRegisteredComponents().forEach(((e3, t3) => {
              e3.forEach(((e4) => this.components.set(e4, e4.values[0])));
            }));
          }
          clearSpecifiedComponents(e3) {
            e3.forEach(((e4) => this.components.set(e4, e4.values[0])));
          }
          addVectorChangedListener(e3) {
            this.vectorChangedListeners.push(e3);
          }
          normalizeVector(e3) {
            return e3.replace(/\(/g, "").replace(/\)/g, "").replace(/CVSS:\d+\.?\d?/g, "").replace(/\s/g, "").replace(/\\/g, "").replace(/^\//g, "").replace(/\/$/g, "").trim();
          }
          findComponent(e3) {
            for (const t3 of this.getRegisteredComponents().values()) {
              const o2 = t3.find(((t4) => t4.name === e3 || t4.shortName === e3));
              if (o2) return o2;
            }
            return Array.from(this.components.keys()).find(((t3) => t3.name === e3 || t3.shortName === e3));
          }
          applyVector(e3) {
            this.applyVectorCount(e3);
          }
          applyVectorCount(e3) {
            const t3 = this.normalizeVector(e3).split("/");
            let o2 = 0;
            return t3.forEach(((e4) => {
              if (0 === e4.length) return;
              const [t4, a] = e4.split(":");
              0 !== t4.length && 0 !== a.length ? this.applyComponentString(t4, a, false) && o2++ : console.warn("Invalid component/value pair", e4);
            })), this.vectorChangedListeners.forEach(((e4) => e4(this))), o2;
          }
          applyComponentString(e3, t3, o2 = true) {
            const a = this.findComponent(e3);
            if (a) {
              const i = a.values.find(((e4) => e4.name === t3 || e4.shortName === t3));
              if (i) return this.components.get(a) !== i && (this.applyComponent(a, i), o2 && this.vectorChangedListeners.forEach(((e4) => e4(this))), true);
              throw new Error(`Unknown component value ${t3} for component ${e3}`);
            }
            throw new Error(`Unknown component ${e3} when setting value ${t3}`);
          }
          applyComponentStringSilent(e3, t3, o2 = true) {
            try {
              return this.applyComponentString(e3, t3, o2);
            } catch (e4) {
              return false;
            }
          }
          applyComponent(e3, t3, o2 = true) {
            this.components.set(e3, t3), o2 && this.vectorChangedListeners.forEach(((e4) => e4(this)));
          }
          applyVectorPartsIf(e3, t3, o2) {
            if (!e3) return 0;
            const a = this.normalizeVector(e3);
            if (0 === a.length) return 0;
            const i = a.split("/");
            let s = 0;
            for (const e4 of i) {
              if (!e4) continue;
              const a2 = e4.split(":", 2), i2 = this.clone(), n = t3(i2);
              if (2 === a2.length) {
                i2.applyComponentStringSilent(a2[0], a2[1]);
                const e5 = t3(i2);
                o2 ? e5 <= n && (s += this.applyComponentStringSilent(a2[0], a2[1]) ? 1 : 0) : e5 >= n && (s += this.applyComponentStringSilent(a2[0], a2[1]) ? 1 : 0);
              } else console.warn("Unknown vector argument:", e4);
            }
            return s;
          }
          applyVectorPartsIfLower(e3, t3) {
            return this.applyVectorPartsIf(e3, t3, true);
          }
          applyVectorPartsIfHigher(e3, t3) {
            return this.applyVectorPartsIf(e3, t3, false);
          }
          applyVectorPartsIfLowerVector(e3, t3) {
            return this.applyVectorPartsIf(e3.toStringDefinedParts(), t3, true);
          }
          applyVectorPartsIfHigherVector(e3, t3) {
            return this.applyVectorPartsIf(e3.toStringDefinedParts(), t3, false);
          }
          getComponent(e3) {
            const t3 = this.components.get(e3);
            if (!t3) throw new Error(`Unknown component: ${e3.name}`);
            return t3;
          }
          getComponentByString(e3) {
            const t3 = this.findComponent(e3);
            if (!t3) throw new Error(`Unknown component: ${e3}`);
            const o2 = this.components.get(t3);
            if (!o2) throw new Error(`Unknown component: ${e3}`);
            return o2;
          }
          getComponentByStringOpt(e3) {
            try {
              return this.getComponentByString(e3);
            } catch (e4) {
              return null;
            }
          }
          size() {
            return Array.from(this.components.values()).filter(this.isComponentValueDefined).length;
          }
          getFirstDefinedComponent(e3) {
            return e3.map(((e4) => this.components.get(e4))).find(this.isComponentValueDefined);
          }
          toString(e3 = false, t3 = this.getRegisteredComponents(), o2 = false) {
            let a = "";
            for (const [i, s] of t3) if (e3 || this.isCategoryPartiallyDefined(i)) for (const e4 of s) {
              const t4 = this.components.get(e4);
              if (t4) {
                if (o2 && !this.isComponentValueDefined(t4)) continue;
                a += `${e4.shortName}:${t4.shortName}/`;
              }
            }
            return this.getVectorPrefix() + a.slice(0, -1);
          }
          toStringDefinedParts() {
            return this.toString(false, this.getRegisteredComponents(), true);
          }
          isCategoryFullyDefined(e3) {
            const t3 = this.getRegisteredComponents().get(e3);
            return !!t3 && t3.every(((e4) => void 0 !== this.components.get(e4) && "ND" !== this.components.get(e4).shortName && "X" !== this.components.get(e4).shortName));
          }
          isCategoryPartiallyDefined(e3) {
            const t3 = this.getRegisteredComponents().get(e3);
            return !!t3 && t3.some(((e4) => void 0 !== this.components.get(e4) && "ND" !== this.components.get(e4).shortName && "X" !== this.components.get(e4).shortName));
          }
          round(e3, t3) {
            let o2 = Math.pow(10, t3);
            return Math.round(e3 * o2) / o2;
          }
          roundUp(e3) {
            let t3 = Math.round(1e5 * e3);
            return t3 % 1e4 == 0 ? t3 / 1e5 : (Math.floor(t3 / 1e4) + 1) / 10;
          }
          normalizeScore(e3, t3) {
            return 10 === t3 ? e3 : this.round(this.mapRange(e3, 0, t3, 0, 10), 1);
          }
          mapRange(e3, t3, o2, a, i) {
            return (e3 - t3) / (o2 - t3) * (i - a) + a;
          }
          pickRandomDefinedComponentValue(e3) {
            for (let t3 = 0; t3 < 999999; t3++) {
              const t4 = e3.values[Math.floor(Math.random() * e3.values.length)];
              if ("X" !== t4.shortName && "ND" !== t4.shortName && !t4.hide) return t4;
            }
          }
          clone() {
            const e3 = new this.constructor();
            return e3.components = new Map(this.components), e3;
          }
          diffVector(e3) {
            const t3 = new this.constructor();
            for (const [o2, a] of this.getRegisteredComponents()) for (const o3 of a) {
              const a2 = this.components.get(o3), i = e3.components.get(o3), s = this.isComponentValueDefined(a2), n = this.isComponentValueDefined(i);
              s && n && a2.shortName !== i.shortName || !s && n ? t3.applyComponent(o3, i) : s && !n && t3.applyComponent(o3, a2);
            }
            return t3;
          }
          applyEnvironmentalMetricsOntoBase() {
            for (const [e3, t3] of this.getRegisteredComponents()) for (const e4 of t3) {
              const t4 = this.components.get(e4);
              t4 && e4.baseMetricEquivalent && this.isComponentValueDefined(t4) && (e4.baseMetricEquivalentMapper ? this.applyComponentString(e4.baseMetricEquivalent.shortName, e4.baseMetricEquivalentMapper(t4).shortName, false) : this.applyComponentString(e4.baseMetricEquivalent.shortName, t4.shortName, false), this.applyComponent(e4, e4.values[0], false));
            }
            this.vectorChangedListeners.forEach(((e3) => e3(this)));
          }
          isComponentValueDefined(e3) {
            return void 0 !== e3 && "ND" !== e3.shortName && "X" !== e3.shortName;
          }
          static _reorderAttributeSeverityOrder(e3) {
            const t3 = [];
            return e3.forEach(((e4, o2) => {
              t3.push([e4]);
            })), t3;
          }
        };
      }, 156: function(e2, t2, o) {
        var a = this && this.__createBinding || (Object.create ? function(e3, t3, o2, a2) {
          void 0 === a2 && (a2 = o2);
          var i2 = Object.getOwnPropertyDescriptor(t3, o2);
          i2 && !("get" in i2 ? !t3.__esModule : i2.writable || i2.configurable) || (i2 = { enumerable: true, get: function() {
            return t3[o2];
          } }), Object.defineProperty(e3, a2, i2);
        } : function(e3, t3, o2, a2) {
          void 0 === a2 && (a2 = o2), e3[a2] = t3[o2];
        }), i = this && this.__exportStar || function(e3, t3) {
          for (var o2 in e3) "default" === o2 || Object.prototype.hasOwnProperty.call(t3, o2) || a(t3, e3, o2);
        };
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss4P0 = t2.Cvss3P0 = t2.Cvss3P1 = t2.Cvss2 = t2.CvssVector = void 0;
        var s = o(154);
        Object.defineProperty(t2, "CvssVector", { enumerable: true, get: function() {
          return s.CvssVector;
        } }), i(o(564), t2);
        var n = o(475);
        Object.defineProperty(t2, "Cvss2", { enumerable: true, get: function() {
          return n.Cvss2;
        } });
        var r = o(371);
        Object.defineProperty(t2, "Cvss3P1", { enumerable: true, get: function() {
          return r.Cvss3P1;
        } });
        var c = o(623);
        Object.defineProperty(t2, "Cvss3P0", { enumerable: true, get: function() {
          return c.Cvss3P0;
        } });
        var l = o(987);
        Object.defineProperty(t2, "Cvss4P0", { enumerable: true, get: function() {
          return l.Cvss4P0;
        } });
      }, 331: (e2, t2) => {
        var o;
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss3P0Components = void 0;
        class a {
        }
        t2.Cvss3P0Components = a, o = a, a.CONFIDENTIALITY_IMPACT_VALUES = { X: { shortName: "X", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no loss of confidentiality within the impacted component." }, L: { shortName: "L", value: 0.22, name: "Low", jsonSchemaName: "LOW", description: "There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the impacted component." }, H: { shortName: "H", value: 0.56, name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of confidentiality, resulting in all resources within the impacted component being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact. For example, an attacker steals the administrator's password, or private encryption keys of a web server." } }, a.CONFIDENTIALITY_IMPACT = [o.CONFIDENTIALITY_IMPACT_VALUES.X, o.CONFIDENTIALITY_IMPACT_VALUES.N, o.CONFIDENTIALITY_IMPACT_VALUES.L, o.CONFIDENTIALITY_IMPACT_VALUES.H], a.INTEGRITY_IMPACT_VALUES = { X: { shortName: "X", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no loss of integrity within the impacted component." }, L: { shortName: "L", value: 0.22, name: "Low", jsonSchemaName: "LOW", description: "Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact on the impacted component." }, H: { shortName: "H", value: 0.56, name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the impacted component. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the impacted component." } }, a.INTEGRITY_IMPACT = [o.INTEGRITY_IMPACT_VALUES.X, o.INTEGRITY_IMPACT_VALUES.N, o.INTEGRITY_IMPACT_VALUES.L, o.INTEGRITY_IMPACT_VALUES.H], a.AVAILABILITY_IMPACT_VALUES = { X: { shortName: "X", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no impact to availability within the impacted component." }, L: { shortName: "L", value: 0.22, name: "Low", jsonSchemaName: "LOW", description: "Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the impacted component are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the impacted component." }, H: { shortName: "H", value: 0.56, name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the impacted component; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the impacted component (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)." } }, a.AVAILABILITY_IMPACT = [o.AVAILABILITY_IMPACT_VALUES.X, o.AVAILABILITY_IMPACT_VALUES.N, o.AVAILABILITY_IMPACT_VALUES.L, o.AVAILABILITY_IMPACT_VALUES.H], a.CONFIDENTIALITY_REQUIREMENT_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of Confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "Loss of Confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, a.CONFIDENTIALITY_REQUIREMENT = [o.CONFIDENTIALITY_REQUIREMENT_VALUES.X, o.CONFIDENTIALITY_REQUIREMENT_VALUES.L, o.CONFIDENTIALITY_REQUIREMENT_VALUES.M, o.CONFIDENTIALITY_REQUIREMENT_VALUES.H], a.INTEGRITY_REQUIREMENT_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of Integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "Loss of Integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, a.INTEGRITY_REQUIREMENT = [o.INTEGRITY_REQUIREMENT_VALUES.X, o.INTEGRITY_REQUIREMENT_VALUES.L, o.INTEGRITY_REQUIREMENT_VALUES.M, o.INTEGRITY_REQUIREMENT_VALUES.H], a.AVAILABILITY_REQUIREMENT_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of Availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "Loss of Availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, a.AVAILABILITY_REQUIREMENT = [o.AVAILABILITY_REQUIREMENT_VALUES.X, o.AVAILABILITY_REQUIREMENT_VALUES.L, o.AVAILABILITY_REQUIREMENT_VALUES.M, o.AVAILABILITY_REQUIREMENT_VALUES.H], a.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "There is no impact to the integrity of the system." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "There is a partial compromise of system integrity." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "There is a total compromise of system integrity." } }, a.TEMPLATE_CIA_REQUIREMENT_MODIFIED = [o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.X, o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.L, o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.M, o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.H], a.BASE_CATEGORY = { name: "base", description: "This metric reflects the qualities of a vulnerability that are constant over time and across user environments." }, a.AV_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "Network", abbreviatedName: "Netw.", jsonSchemaName: "NETWORK", description: "The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet." }, A: { shortName: "A", value: 0.62, name: "Adjacent Network", abbreviatedName: "Adj. Network", jsonSchemaName: "ADJACENT_NETWORK", description: "The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology." }, L: { shortName: "L", value: 0.55, name: "Local", jsonSchemaName: "LOCAL", description: "The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities." }, P: { shortName: "P", value: 0.2, name: "Physical", abbreviatedName: "Phys.", jsonSchemaName: "PHYSICAL", description: "The attack requires the attacker to physically touch or manipulate the vulnerable component." } }, a.AV = { name: "Attack Vector", shortName: "AV", subCategory: "Exploitability Metrics", description: "This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.", values: [o.AV_VALUES.X, o.AV_VALUES.N, o.AV_VALUES.A, o.AV_VALUES.L, o.AV_VALUES.P] }, a.AC_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, L: { shortName: "L", value: 0.77, name: "Low", jsonSchemaName: "LOW", description: "Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component." }, H: { shortName: "H", value: 0.44, name: "High", jsonSchemaName: "HIGH", description: "A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected." } }, a.AC = { name: "Attack Complexity", shortName: "AC", subCategory: "Exploitability Metrics", description: "This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.", values: [o.AC_VALUES.X, o.AC_VALUES.L, o.AC_VALUES.H] }, a.PR_VALUES = { X: { shortName: "X", value: 1, changedValue: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, changedValue: 0.85, name: "None", jsonSchemaName: "NONE", description: "The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack." }, L: { shortName: "L", value: 0.62, changedValue: 0.68, name: "Low", jsonSchemaName: "LOW", description: "The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources." }, H: { shortName: "H", value: 0.27, changedValue: 0.5, name: "High", jsonSchemaName: "HIGH", description: "The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files." } }, a.PR = { name: "Privileges Required", shortName: "PR", subCategory: "Exploitability Metrics", description: "This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.", values: [o.PR_VALUES.X, o.PR_VALUES.N, o.PR_VALUES.L, o.PR_VALUES.H] }, a.UI_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "None", jsonSchemaName: "NONE", description: "The vulnerable system can be exploited without interaction from any user." }, R: { shortName: "R", value: 0.62, name: "Required", abbreviatedName: "Req.", jsonSchemaName: "REQUIRED", description: "Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator." } }, a.UI = { name: "User Interaction", shortName: "UI", subCategory: "Exploitability Metrics", description: "This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.", values: [o.UI_VALUES.X, o.UI_VALUES.N, o.UI_VALUES.R] }, a.S_VALUES = { X: { shortName: "X", value: false, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: false, name: "Unchanged", abbreviatedName: "Unchang.", jsonSchemaName: "UNCHANGED", description: "An exploited vulnerability can only affect resources managed by the same authority." }, C: { shortName: "C", value: true, name: "Changed", jsonSchemaName: "CHANGED", description: "An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design." } }, a.S = { name: "Scope", shortName: "S", subCategory: "Exploitability Metrics", description: "Can an exploit of the vulnerability be accomplished remotely?", values: [o.S_VALUES.X, o.S_VALUES.U, o.S_VALUES.C] }, a.C = { name: "Confidentiality Impact", shortName: "C", subCategory: "Impact Metrics", description: "This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.", values: o.CONFIDENTIALITY_IMPACT }, a.I = { name: "Integrity Impact", shortName: "I", subCategory: "Impact Metrics", description: "This metric measures the impact to integrity of a successfully exploited vulnerability.", values: o.INTEGRITY_IMPACT }, a.A = { name: "Availability Impact", shortName: "A", subCategory: "Impact Metrics", description: "This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.", values: o.AVAILABILITY_IMPACT }, a.BASE_CATEGORY_VALUES = [o.AV, o.AC, o.PR, o.UI, o.S, o.C, o.I, o.A], a.TEMPORAL_CATEGORY = { name: "temporal", description: "This metric reflects the current state of exploit techniques or code availability." }, a.E_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: 0.91, name: "Unproven", abbreviatedName: "Unproven", description: "No exploit code is available, or an exploit is theoretical." }, P: { shortName: "P", value: 0.94, name: "Proof-of-Concept", abbreviatedName: "Proof-of-conc.", jsonSchemaName: "PROOF_OF_CONCEPT", description: "Proof-of-concept exploit code is available, or an attack demonstration is not practical for most systems. The code or technique is not functional in all situations and may require substantial modification by a skilled attacker." }, F: { shortName: "F", value: 0.97, name: "Functional", jsonSchemaName: "FUNCTIONAL", description: "Functional exploit code is available. The code works in most situations where the vulnerability exists." }, H: { shortName: "H", value: 1, name: "High", jsonSchemaName: "HIGH", description: "Functional exploit code is available. The code is widespread and automated and works in all situations where the vulnerability exists." } }, a.E = { name: "Exploit Code Maturity", shortName: "E", description: "This metric measures the likelihood of the vulnerability being attacked, and is typically based on the current state of exploit techniques, exploit code availability, or active, successful exploitation of the vulnerability.", values: [o.E_VALUES.X, o.E_VALUES.U, o.E_VALUES.P, o.E_VALUES.F, o.E_VALUES.H] }, a.RL_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, O: { shortName: "O", value: 0.95, name: "Official Fix", abbreviatedName: "Off. Fix", jsonSchemaName: "OFFICIAL_FIX", description: "A complete vendor solution is available. Either the vendor has issued an official patch, or an upgrade is available." }, T: { shortName: "T", value: 0.96, name: "Temporary Fix", abbreviatedName: "Temp. Fix", jsonSchemaName: "TEMPORARY_FIX", description: "There is an official but temporary fix available. This includes instances where the vendor issues a temporary hotfix, tool, or workaround." }, W: { shortName: "W", value: 0.97, name: "Workaround", jsonSchemaName: "WORKAROUND", description: "There is an unofficial, non-vendor solution available. In some cases, users of the affected technology will create a patch of their own or provide steps to work around or otherwise mitigate the vulnerability." }, U: { shortName: "U", value: 1, name: "Unavailable", jsonSchemaName: "UNAVAILABLE", description: "There is either no solution available or it is impossible to apply." } }, a.RL = { name: "Remediation Level", shortName: "RL", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: [o.RL_VALUES.X, o.RL_VALUES.O, o.RL_VALUES.T, o.RL_VALUES.W, o.RL_VALUES.U] }, a.RC_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: 0.92, name: "Unknown", description: "Report confidence is unknown." }, R: { shortName: "R", value: 0.96, name: "Reasonable", jsonSchemaName: "REASONABLE", description: "Reasonable confidence exists, or the reported vulnerability is in a component not typically used by a target or not having a large installed base." }, C: { shortName: "C", value: 1, name: "Confirmed", jsonSchemaName: "CONFIRMED", description: "Confirmed confidence exists, or the exploit is functional in the environment where the vulnerability exists." } }, a.RC = { name: "Report Confidence", shortName: "RC", description: "This metric describes the level of confidence in the existence of the vulnerability and the credibility of the known technical details.", values: [o.RC_VALUES.X, o.RC_VALUES.U, o.RC_VALUES.R, o.RC_VALUES.C] }, a.TEMPORAL_CATEGORY_VALUES = [o.E, o.RL, o.RC], a.ENVIRONMENTAL_CATEGORY = { name: "environmental", description: "This metric reflects the characteristics of a vulnerability that are relevant and unique to a particular user's environment. This metric can greatly improve the accuracy of a score." }, a.MAV_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "Network", abbreviatedName: "Netw.", jsonSchemaName: "NETWORK", description: "The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet." }, A: { shortName: "A", value: 0.62, name: "Adjacent Network", abbreviatedName: "Adj. Network", jsonSchemaName: "ADJACENT_NETWORK", description: "The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology." }, L: { shortName: "L", value: 0.55, name: "Local", jsonSchemaName: "LOCAL", description: "The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities." }, P: { shortName: "P", value: 0.2, name: "Physical", abbreviatedName: "Phys.", jsonSchemaName: "PHYSICAL", description: "The attack requires the attacker to physically touch or manipulate the vulnerable component." } }, a.MAV = { name: "Modified Attack Vector", shortName: "MAV", subCategory: "Exploitability Metrics", description: "This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.", baseMetricEquivalent: o.AV, values: [o.MAV_VALUES.X, o.MAV_VALUES.N, o.MAV_VALUES.A, o.MAV_VALUES.L, o.MAV_VALUES.P] }, a.MAC_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, L: { shortName: "L", value: 0.77, name: "Low", jsonSchemaName: "LOW", description: "Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component." }, H: { shortName: "H", value: 0.44, name: "High", jsonSchemaName: "HIGH", description: "A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected." } }, a.MAC = { name: "Modified Attack Complexity", shortName: "MAC", subCategory: "Exploitability Metrics", description: "This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.", baseMetricEquivalent: o.AC, values: [o.MAC_VALUES.X, o.MAC_VALUES.L, o.MAC_VALUES.H] }, a.MPR_VALUES = { X: { shortName: "X", value: 1, changedValue: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, changedValue: 0.85, name: "None", jsonSchemaName: "NONE", description: "The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack." }, L: { shortName: "L", value: 0.62, changedValue: 0.68, name: "Low", jsonSchemaName: "LOW", description: "The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources." }, H: { shortName: "H", value: 0.27, changedValue: 0.5, name: "High", jsonSchemaName: "HIGH", description: "The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files." } }, a.MPR = { name: "Modified Privileges Required", shortName: "MPR", subCategory: "Exploitability Metrics", description: "This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.", baseMetricEquivalent: o.PR, values: [o.MPR_VALUES.X, o.MPR_VALUES.N, o.MPR_VALUES.L, o.MPR_VALUES.H] }, a.MUI_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "None", jsonSchemaName: "NONE", description: "The vulnerable system can be exploited without interaction from any user." }, R: { shortName: "R", value: 0.62, name: "Required", jsonSchemaName: "REQUIRED", description: "Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator." } }, a.MUI = { name: "Modified User Interaction", shortName: "MUI", subCategory: "Exploitability Metrics", description: "This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.", baseMetricEquivalent: o.UI, values: [o.MUI_VALUES.X, o.MUI_VALUES.N, o.MUI_VALUES.R] }, a.MS_VALUES = { X: { shortName: "X", value: false, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: false, name: "Unchanged", abbreviatedName: "Unchang.", jsonSchemaName: "UNCHANGED", description: "An exploited vulnerability can only affect resources managed by the same authority." }, C: { shortName: "C", value: true, name: "Changed", jsonSchemaName: "CHANGED", description: "An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design." } }, a.MS = { name: "Modified Scope", shortName: "MS", subCategory: "Exploitability Metrics", description: "Can an exploit of the vulnerability be accomplished remotely?", baseMetricEquivalent: o.S, values: [o.MS_VALUES.X, o.MS_VALUES.U, o.MS_VALUES.C] }, a.MC = { name: "Confidentiality Impact", shortName: "MC", subCategory: "Modified Impact", description: "This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.", baseMetricEquivalent: o.C, values: o.CONFIDENTIALITY_IMPACT }, a.MI = { name: "Integrity Impact", shortName: "MI", subCategory: "Modified Impact", description: "This metric measures the impact to integrity of a successfully exploited vulnerability.", baseMetricEquivalent: o.I, values: o.INTEGRITY_IMPACT }, a.MA = { name: "Availability Impact", shortName: "MA", subCategory: "Modified Impact", description: "This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.", baseMetricEquivalent: o.A, values: o.AVAILABILITY_IMPACT }, a.CR = { name: "Confidentiality Requirement", shortName: "CR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: o.CONFIDENTIALITY_REQUIREMENT }, a.IR = { name: "Integrity Requirement", shortName: "IR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: o.INTEGRITY_REQUIREMENT }, a.AR = { name: "Availability Requirement", shortName: "AR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: o.AVAILABILITY_REQUIREMENT }, a.ENVIRONMENTAL_CATEGORY_VALUES = [o.CR, o.IR, o.AR, o.MAV, o.MAC, o.MPR, o.MUI, o.MS, o.MC, o.MI, o.MA], a.REGISTERED_COMPONENTS = /* @__PURE__ */ new Map(), o.REGISTERED_COMPONENTS.set(o.BASE_CATEGORY, o.BASE_CATEGORY_VALUES), o.REGISTERED_COMPONENTS.set(o.TEMPORAL_CATEGORY, o.TEMPORAL_CATEGORY_VALUES), o.REGISTERED_COMPONENTS.set(o.ENVIRONMENTAL_CATEGORY, o.ENVIRONMENTAL_CATEGORY_VALUES), a.ATTRIBUTE_SEVERITY_ORDER = [[o.S_VALUES.U, o.MS_VALUES.U], [o.CONFIDENTIALITY_IMPACT_VALUES.N, o.INTEGRITY_IMPACT_VALUES.N, o.AVAILABILITY_IMPACT_VALUES.N], [o.AV_VALUES.P, o.MAV_VALUES.P], [o.CONFIDENTIALITY_IMPACT_VALUES.L, o.INTEGRITY_IMPACT_VALUES.L, o.AVAILABILITY_IMPACT_VALUES.L], [o.PR_VALUES.H, o.MPR_VALUES.H], [o.AC_VALUES.H, o.MAC_VALUES.H], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.L, o.INTEGRITY_REQUIREMENT_VALUES.L, o.AVAILABILITY_REQUIREMENT_VALUES.L], [o.AV_VALUES.L, o.MAV_VALUES.L], [o.CONFIDENTIALITY_IMPACT_VALUES.H, o.INTEGRITY_IMPACT_VALUES.H, o.AVAILABILITY_IMPACT_VALUES.H], [o.AV_VALUES.A, o.MAV_VALUES.A], [o.UI_VALUES.R, o.MUI_VALUES.R], [o.PR_VALUES.L, o.MPR_VALUES.L], [o.AC_VALUES.L, o.MAC_VALUES.L], [o.AV_VALUES.N, o.MAV_VALUES.N], [o.PR_VALUES.N, o.MPR_VALUES.N], [o.UI_VALUES.N, o.MUI_VALUES.N], [o.E_VALUES.U], [o.E_VALUES.P], [o.E_VALUES.F], [o.E_VALUES.H], [o.E_VALUES.X], [o.RC_VALUES.U], [o.RL_VALUES.O], [o.RL_VALUES.T], [o.RC_VALUES.R], [o.RL_VALUES.W], [o.AV_VALUES.X, o.MAV_VALUES.X], [o.AC_VALUES.X, o.MAC_VALUES.X], [o.PR_VALUES.X, o.MPR_VALUES.X], [o.UI_VALUES.X, o.MUI_VALUES.X], [o.S_VALUES.C, o.MS_VALUES.C], [o.S_VALUES.X, o.MS_VALUES.X], [o.CONFIDENTIALITY_IMPACT_VALUES.X], [o.INTEGRITY_IMPACT_VALUES.X], [o.AVAILABILITY_IMPACT_VALUES.X], [o.RL_VALUES.U], [o.RL_VALUES.X], [o.RC_VALUES.C], [o.RC_VALUES.X], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.M, o.INTEGRITY_REQUIREMENT_VALUES.M, o.AVAILABILITY_REQUIREMENT_VALUES.M], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.X, o.INTEGRITY_REQUIREMENT_VALUES.X, o.AVAILABILITY_REQUIREMENT_VALUES.X], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.H, o.INTEGRITY_REQUIREMENT_VALUES.H, o.AVAILABILITY_REQUIREMENT_VALUES.H]];
      }, 371: (e2, t2, o) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss3P1 = void 0;
        const a = o(154), i = o(951);
        class s extends a.CvssVector {
          constructor(e3) {
            super(e3);
          }
          getRegisteredComponents() {
            return i.Cvss3P1Components.REGISTERED_COMPONENTS;
          }
          getVectorPrefix() {
            return "CVSS:3.1/";
          }
          getVectorName() {
            return "CVSS:3.1";
          }
          fillAverageVector() {
            this.applyVector("AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L");
          }
          fillRandomBaseVector() {
            this.fillRandomComponentsForCategory(i.Cvss3P1Components.BASE_CATEGORY);
          }
          fillRandomTemporalVector() {
            this.fillRandomComponentsForCategory(i.Cvss3P1Components.TEMPORAL_CATEGORY);
          }
          fillRandomEnvironmentalVector() {
            this.fillRandomComponentsForCategory(i.Cvss3P1Components.ENVIRONMENTAL_CATEGORY);
          }
          fillRandomComponentsForCategory(e3) {
            const t3 = i.Cvss3P1Components.REGISTERED_COMPONENTS.get(e3);
            if (t3) for (let e4 = 0; e4 < t3.length; e4++) {
              const o2 = t3[e4], a2 = super.pickRandomDefinedComponentValue(o2);
              if (!a2) return console.warn("Failed to pick random vector component for", o2), void this.fillAverageVector();
              this.applyComponent(o2, a2);
            }
            else console.warn("Failed to pick random vector components for", e3);
          }
          calculateScoresInternal(e3 = false) {
            const t3 = this.isBaseFullyDefined(), o2 = this.isAnyTemporalDefined(), a2 = this.isAnyEnvironmentalDefined();
            return { normalized: e3, base: t3 ? super.round(this.calculateExactBaseScore(), 1) : void 0, impact: t3 ? super.normalizeScore(super.round(this.calculateImpactScore(), 1), e3 ? 6 : 10) : void 0, exploitability: t3 ? super.normalizeScore(super.round(this.calculateExactExploitabilityScore(), 1), e3 ? 3.9 : 10) : void 0, temporal: t3 && o2 ? super.round(this.calculateExactTemporalScore(), 1) : void 0, environmental: t3 && a2 ? super.round(this.calculateExactEnvironmentalScore(), 1) : void 0, modifiedImpact: t3 && a2 ? super.normalizeScore(super.round(Math.max(0, this.calculateExactAdjustedImpactScore()), 1), e3 ? 6.1 : 10) : void 0, overall: super.round(this.calculateExactOverallScore(), 1), vector: this.toString() };
          }
          calculateExactBaseScore() {
            if (!this.isBaseFullyDefined()) return 0;
            let e3 = this.calculateExactImpactScore();
            if (e3 <= 0) return 0;
            let t3 = this.calculateExactExploitabilityScore();
            return this.getComponent(i.Cvss3P1Components.S).value ? super.roundUp(Math.min(s.SCOPE_COEFFICIENT * (e3 + t3), 10)) : super.roundUp(Math.min(e3 + t3, 10));
          }
          calculateImpactScore() {
            const e3 = this.calculateExactImpactScore();
            return e3 <= 0 ? 0 : e3;
          }
          calculateExactImpactScore() {
            let e3 = this.calculateExactISSScore();
            return this.getComponent(i.Cvss3P1Components.S).value ? s.SCOPE_CHANGED_FACTOR * (e3 - 0.029) - 3.25 * Math.pow(e3 - 0.02, 15) : s.SCOPE_UNCHANGED_FACTOR * e3;
          }
          calculateExactISSScore() {
            return 1 - (1 - this.getComponent(i.Cvss3P1Components.C).value) * (1 - this.getComponent(i.Cvss3P1Components.I).value) * (1 - this.getComponent(i.Cvss3P1Components.A).value);
          }
          calculateExactMISSScore() {
            let e3, t3, o2, a2, s2, n, r = this.getComponent(i.Cvss3P1Components.MC), c = this.getComponent(i.Cvss3P1Components.MI), l = this.getComponent(i.Cvss3P1Components.MA), m = this.getComponent(i.Cvss3P1Components.C), h = this.getComponent(i.Cvss3P1Components.I), E = this.getComponent(i.Cvss3P1Components.A), u = this.getComponent(i.Cvss3P1Components.CR), d = this.getComponent(i.Cvss3P1Components.IR), p = this.getComponent(i.Cvss3P1Components.AR);
            return e3 = r === i.Cvss3P1Components.MC.values[0] ? m.value : r.value, t3 = c === i.Cvss3P1Components.MI.values[0] ? h.value : c.value, o2 = l === i.Cvss3P1Components.MA.values[0] ? E.value : l.value, i.Cvss3P1Components.CR.values[0], a2 = u.value, i.Cvss3P1Components.IR.values[0], s2 = d.value, i.Cvss3P1Components.AR.values[0], n = p.value, Math.min(1 - (1 - a2 * e3) * (1 - s2 * t3) * (1 - n * o2), 0.915);
          }
          calculateExactExploitabilityScore() {
            const e3 = this.getComponent(i.Cvss3P1Components.AV).value, t3 = this.getComponent(i.Cvss3P1Components.AC).value, o2 = this.getComponent(i.Cvss3P1Components.UI).value;
            let a2;
            return a2 = this.getComponent(i.Cvss3P1Components.S).value ? this.getComponent(i.Cvss3P1Components.PR).changedValue : this.getComponent(i.Cvss3P1Components.PR).value, s.EXPLOITABILITY_COEFFICIENT * e3 * t3 * a2 * o2;
          }
          calculateExactTemporalScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (!this.isAnyTemporalDefined()) return 0;
            let e3 = this.getComponent(i.Cvss3P1Components.E).value, t3 = this.getComponent(i.Cvss3P1Components.RL).value, o2 = this.getComponent(i.Cvss3P1Components.RC).value, a2 = this.calculateExactBaseScore();
            return super.roundUp(a2 * e3 * t3 * o2);
          }
          calculateExactEnvironmentalScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (!this.isAnyEnvironmentalDefined()) return 0;
            let e3 = this.calculateExactAdjustedImpactScore();
            if (e3 <= 0) return 0;
            let t3 = this.calculateAdjustedExploitability(), o2 = this.getComponent(i.Cvss3P1Components.E).value, a2 = this.getComponent(i.Cvss3P1Components.RL).value, n = this.getComponent(i.Cvss3P1Components.RC).value;
            if (this.isModifiedScope()) {
              let i2 = super.roundUp(Math.min(e3 + t3, 10));
              return super.roundUp(i2 * o2 * a2 * n);
            }
            {
              let i2 = super.roundUp(Math.min(s.SCOPE_COEFFICIENT * (e3 + t3), 10));
              return super.roundUp(i2 * o2 * a2 * n);
            }
          }
          calculateExactAdjustedImpactScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (!this.isAnyEnvironmentalDefined()) return 0;
            let e3 = this.calculateExactMISSScore();
            return this.isModifiedScope() ? s.SCOPE_UNCHANGED_FACTOR * e3 : s.SCOPE_CHANGED_FACTOR * (e3 - 0.029) - 3.25 * Math.pow(0.9731 * e3 - 0.02, 13);
          }
          calculateAdjustedExploitability() {
            let e3, t3 = this.getFirstDefinedComponent([i.Cvss3P1Components.MAV, i.Cvss3P1Components.AV]).value, o2 = this.getFirstDefinedComponent([i.Cvss3P1Components.MAC, i.Cvss3P1Components.AC]).value, a2 = this.getFirstDefinedComponent([i.Cvss3P1Components.MUI, i.Cvss3P1Components.UI]).value, n = this.getFirstDefinedComponent([i.Cvss3P1Components.MPR, i.Cvss3P1Components.PR]);
            return e3 = this.isModifiedScope() ? n.value : n.changedValue, s.EXPLOITABILITY_COEFFICIENT * t3 * o2 * e3 * a2;
          }
          isModifiedScope() {
            let e3 = this.getComponent(i.Cvss3P1Components.S), t3 = this.getComponent(i.Cvss3P1Components.MS);
            return t3 === i.Cvss3P1Components.MS.values[0] ? !e3.value : !t3.value;
          }
          calculateExactOverallScore() {
            return this.isAnyEnvironmentalDefined() ? this.calculateExactEnvironmentalScore() : this.isAnyTemporalDefined() ? this.calculateExactTemporalScore() : this.calculateExactBaseScore();
          }
          isBaseFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss3P1Components.BASE_CATEGORY);
          }
          isTemporalFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss3P1Components.TEMPORAL_CATEGORY);
          }
          isEnvironmentalFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss3P1Components.ENVIRONMENTAL_CATEGORY);
          }
          isAnyBaseDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss3P1Components.BASE_CATEGORY);
          }
          isAnyTemporalDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss3P1Components.TEMPORAL_CATEGORY);
          }
          isAnyEnvironmentalDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss3P1Components.ENVIRONMENTAL_CATEGORY);
          }
          getJsonSchemaSeverity(e3) {
            return 0 === e3 || isNaN(e3) ? "NONE" : e3 <= 3.9 ? "LOW" : e3 <= 6.9 ? "MEDIUM" : e3 <= 8.9 ? "HIGH" : "CRITICAL";
          }
          createJsonSchema() {
            const e3 = this.calculateScores();
            return { version: "3.1", vectorString: this.toString(), baseScore: e3.base, temporalScore: e3.temporal, environmentalScore: e3.environmental, baseSeverity: this.getJsonSchemaSeverity(e3.base), temporalSeverity: e3.temporal ? this.getJsonSchemaSeverity(e3.temporal) : void 0, environmentalSeverity: e3.environmental ? this.getJsonSchemaSeverity(e3.environmental) : void 0, attackVector: this.getComponent(i.Cvss3P1Components.AV).jsonSchemaName, attackComplexity: this.getComponent(i.Cvss3P1Components.AC).jsonSchemaName, privilegesRequired: this.getComponent(i.Cvss3P1Components.PR).jsonSchemaName, userInteraction: this.getComponent(i.Cvss3P1Components.UI).jsonSchemaName, scope: this.getComponent(i.Cvss3P1Components.S).jsonSchemaName, confidentialityImpact: this.getComponent(i.Cvss3P1Components.C).jsonSchemaName, integrityImpact: this.getComponent(i.Cvss3P1Components.I).jsonSchemaName, availabilityImpact: this.getComponent(i.Cvss3P1Components.A).jsonSchemaName, exploitCodeMaturity: this.getComponent(i.Cvss3P1Components.E).jsonSchemaName, remediationLevel: this.getComponent(i.Cvss3P1Components.RL).jsonSchemaName, reportConfidence: this.getComponent(i.Cvss3P1Components.RC).jsonSchemaName, confidentialityRequirement: this.getComponent(i.Cvss3P1Components.CR).jsonSchemaName, integrityRequirement: this.getComponent(i.Cvss3P1Components.IR).jsonSchemaName, availabilityRequirement: this.getComponent(i.Cvss3P1Components.AR).jsonSchemaName, modifiedAttackVector: this.getComponent(i.Cvss3P1Components.MAV).jsonSchemaName, modifiedAttackComplexity: this.getComponent(i.Cvss3P1Components.MAC).jsonSchemaName, modifiedPrivilegesRequired: this.getComponent(i.Cvss3P1Components.MPR).jsonSchemaName, modifiedUserInteraction: this.getComponent(i.Cvss3P1Components.MUI).jsonSchemaName, modifiedScope: this.getComponent(i.Cvss3P1Components.MS).jsonSchemaName, modifiedConfidentialityImpact: this.getComponent(i.Cvss3P1Components.MC).jsonSchemaName, modifiedIntegrityImpact: this.getComponent(i.Cvss3P1Components.MI).jsonSchemaName, modifiedAvailabilityImpact: this.getComponent(i.Cvss3P1Components.MA).jsonSchemaName };
          }
        }
        t2.Cvss3P1 = s, s.SCOPE_CHANGED_FACTOR = 7.52, s.SCOPE_UNCHANGED_FACTOR = 6.42, s.EXPLOITABILITY_COEFFICIENT = 8.22, s.SCOPE_COEFFICIENT = 1.08;
      }, 475: (e2, t2, o) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss2 = void 0;
        const a = o(154), i = o(479);
        class s extends a.CvssVector {
          constructor(e3) {
            super(e3);
          }
          getRegisteredComponents() {
            return i.Cvss2Components.REGISTERED_COMPONENTS;
          }
          getVectorPrefix() {
            return "";
          }
          getVectorName() {
            return "CVSS:2.0";
          }
          fillAverageVector() {
            this.applyVector("AV:A/AC:M/Au:N/C:P/I:P/A:P");
          }
          fillRandomBaseVector() {
            const e3 = i.Cvss2Components.BASE_CATEGORY_VALUES;
            for (let t3 = 0; t3 < e3.length; t3++) {
              const o2 = e3[t3], a2 = super.pickRandomDefinedComponentValue(o2);
              if (!a2) return console.warn("Failed to pick random vector component for", o2), void this.fillAverageVector();
              this.applyComponent(o2, a2);
            }
          }
          calculateScoresInternal(e3 = false) {
            const t3 = this.isBaseFullyDefined(), o2 = this.isAnyTemporalDefined(), a2 = this.isAnyEnvironmentalDefined();
            return { normalized: e3, base: t3 ? super.round(this.calculateExactBaseScore(), 1) : void 0, impact: t3 ? super.round(this.calculateExactImpactScore(), 1) : void 0, exploitability: t3 ? super.round(this.calculateExactExploitabilityScore(), 1) : void 0, temporal: t3 && o2 ? super.round(this.calculateExactTemporalScore(), 1) : void 0, environmental: t3 && a2 ? super.round(this.calculateExactEnvironmentalScore(), 1) : void 0, modifiedImpact: t3 && a2 ? super.round(this.calculateExactAdjustedImpactScore(), 1) : void 0, overall: super.round(this.calculateExactOverallScore(), 1), vector: this.toString() };
          }
          calculateExactBaseScore() {
            if (!this.isBaseFullyDefined()) return 0;
            let e3 = this.calculateExactImpactScore();
            return (0.6 * e3 + 0.4 * this.calculateExactExploitabilityScore() - 1.5) * this.f(e3);
          }
          calculateExactImpactScore() {
            return this.isBaseFullyDefined() ? 10.41 * (1 - (1 - this.getComponent(i.Cvss2Components.C).value) * (1 - this.getComponent(i.Cvss2Components.I).value) * (1 - this.getComponent(i.Cvss2Components.A).value)) : 0;
          }
          calculateExactExploitabilityScore() {
            return this.isBaseFullyDefined() ? 20 * this.getComponent(i.Cvss2Components.AC).value * this.getComponent(i.Cvss2Components.Au).value * this.getComponent(i.Cvss2Components.AV).value : 0;
          }
          calculateExactTemporalScore() {
            return this.isAnyTemporalDefined() ? super.round(this.calculateExactBaseScore(), 1) * this.getComponent(i.Cvss2Components.E).value * this.getComponent(i.Cvss2Components.RL).value * this.getComponent(i.Cvss2Components.RC).value : 0;
          }
          calculateExactAdjustedBaseScore() {
            let e3 = this.calculateExactAdjustedImpactScore(), t3 = this.calculateExactExploitabilityScore();
            return t3 = this.round(t3, 1), (0.6 * e3 + 0.4 * t3 - 1.5) * this.f(e3);
          }
          calculateExactAdjustedTemporalScore() {
            return this.calculateExactAdjustedBaseScore() * this.getComponent(i.Cvss2Components.E).value * this.getComponent(i.Cvss2Components.RL).value * this.getComponent(i.Cvss2Components.RC).value;
          }
          calculateExactEnvironmentalScore() {
            if (!this.isAnyEnvironmentalDefined()) return 0;
            let e3 = this.calculateExactAdjustedTemporalScore();
            return (e3 + (10 - e3) * this.getComponent(i.Cvss2Components.CDP).value) * this.getComponent(i.Cvss2Components.TD).value;
          }
          calculateExactAdjustedImpactScore() {
            if (!this.isAnyEnvironmentalDefined()) return 0;
            let e3 = this.getComponent(i.Cvss2Components.C).value, t3 = this.getComponent(i.Cvss2Components.I).value, o2 = this.getComponent(i.Cvss2Components.A).value, a2 = this.getComponent(i.Cvss2Components.CR).value, s2 = this.getComponent(i.Cvss2Components.IR).value, n = this.getComponent(i.Cvss2Components.AR).value;
            return Math.min(10, 10.41 * (1 - (1 - e3 * a2) * (1 - t3 * s2) * (1 - o2 * n)));
          }
          calculateExactOverallScore() {
            return this.isAnyEnvironmentalDefined() ? this.calculateExactEnvironmentalScore() : this.isAnyTemporalDefined() ? this.calculateExactTemporalScore() : this.calculateExactBaseScore();
          }
          isBaseFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss2Components.BASE_CATEGORY);
          }
          isTemporalFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss2Components.TEMPORAL_CATEGORY);
          }
          isEnvironmentalFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss2Components.ENVIRONMENTAL_CATEGORY);
          }
          isAnyBaseDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss2Components.BASE_CATEGORY);
          }
          isAnyTemporalDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss2Components.TEMPORAL_CATEGORY);
          }
          isAnyEnvironmentalDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss2Components.ENVIRONMENTAL_CATEGORY);
          }
          f(e3) {
            return 0 === e3 ? 0 : 1.176;
          }
          createJsonSchema() {
            const e3 = this.calculateScores();
            return { version: "2.0", vectorString: this.toString(), baseScore: e3.base, temporalScore: e3.temporal, environmentalScore: e3.environmental, accessVector: this.getComponent(i.Cvss2Components.AV).jsonSchemaName, accessComplexity: this.getComponent(i.Cvss2Components.AC).jsonSchemaName, authentication: this.getComponent(i.Cvss2Components.Au).jsonSchemaName, confidentialityImpact: this.getComponent(i.Cvss2Components.C).jsonSchemaName, integrityImpact: this.getComponent(i.Cvss2Components.I).jsonSchemaName, availabilityImpact: this.getComponent(i.Cvss2Components.A).jsonSchemaName, exploitability: this.getComponent(i.Cvss2Components.E).jsonSchemaName, remediationLevel: this.getComponent(i.Cvss2Components.RL).jsonSchemaName, reportConfidence: this.getComponent(i.Cvss2Components.RC).jsonSchemaName, collateralDamagePotential: this.getComponent(i.Cvss2Components.CDP).jsonSchemaName, targetDistribution: this.getComponent(i.Cvss2Components.TD).jsonSchemaName, confidentialityRequirement: this.getComponent(i.Cvss2Components.CR).jsonSchemaName, integrityRequirement: this.getComponent(i.Cvss2Components.IR).jsonSchemaName, availabilityRequirement: this.getComponent(i.Cvss2Components.AR).jsonSchemaName };
          }
        }
        t2.Cvss2 = s;
      }, 479: (e2, t2, o) => {
        var a;
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss2Components = void 0;
        const i = o(154);
        class s {
        }
        t2.Cvss2Components = s, a = s, s.BASE_CATEGORY = { name: "base", description: "Represents the intrinsic and fundamental characteristics of a vulnerability that are constant over time and user environments." }, s.AV_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will result in no score being calculated." }, L: { shortName: "L", value: 0.395, name: "Local", jsonSchemaName: "LOCAL", description: "A vulnerability exploitable with only local access requires the attacker to have either physical access to the vulnerable system or a local (shell) account. Examples of locally exploitable vulnerabilities are peripheral attacks such as Firewire/USB DMA attacks, and local privilege escalations (e.g., sudo)." }, A: { shortName: "A", value: 0.646, name: "Adjacent Network", abbreviatedName: "Adj. Network", jsonSchemaName: "ADJACENT_NETWORK", description: "A vulnerability exploitable with adjacent network access requires the attacker to have access to either the broadcast or collision domain of the vulnerable software.  Examples of local networks include local IP subnet, Bluetooth, IEEE 802.11, and local Ethernet segment." }, N: { shortName: "N", value: 1, name: "Network", jsonSchemaName: "NETWORK", description: 'A vulnerability exploitable with network access means the vulnerable software is bound to the network stack and the attacker does not require local network access or local access. Such a vulnerability is often termed "remotely exploitable". An example of a network attack is an RPC buffer overflow.' } }, s.AV = { name: "Access Vector", shortName: "AV", subCategory: "Exploitability Metrics", description: "This metric reflects how the vulnerability is exploited. The more remote an attacker can be to attack a host, the greater the vulnerability score.", values: [a.AV_VALUES.ND, a.AV_VALUES.L, a.AV_VALUES.A, a.AV_VALUES.N] }, s.AC_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will result in no score being calculated." }, H: { shortName: "H", value: 0.35, name: "High", jsonSchemaName: "HIGH", description: "Specialized access conditions exist. For example, an attacker can only exploit the vulnerability under very specialized conditions." }, M: { shortName: "M", value: 0.61, name: "Medium", jsonSchemaName: "MEDIUM", description: "The access conditions are somewhat specialized. For example, the attacker can only exploit the vulnerability under certain conditions." }, L: { shortName: "L", value: 0.71, name: "Low", jsonSchemaName: "LOW", description: "Specialized access conditions or extenuating circumstances do not exist. For example, an attacker can exploit the vulnerability under most conditions." } }, s.AC = { name: "Access Complexity", shortName: "AC", subCategory: "Exploitability Metrics", description: 'This metric measures the complexity of the attack required to exploit the vulnerability once an attacker has gained access to the target system. For example, consider a buffer overflow in an Internet service: If the vulnerability is exploitable only once a user has been authenticated by the service, the vulnerability is only "Medium" complexity. If, however, the vulnerability can be exploited anonymously, it is "Low" complexity.', values: [a.AC_VALUES.ND, a.AC_VALUES.H, a.AC_VALUES.M, a.AC_VALUES.L] }, s.Au_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will result in no score being calculated." }, M: { shortName: "M", value: 0.45, name: "Multiple", jsonSchemaName: "MULTIPLE", description: "Exploiting the vulnerability requires that the attacker authenticate two or more times, even if the same credentials are used each time. An example is an attacker authenticating to an operating system in addition to providing credentials to access an application hosted on that system." }, S: { shortName: "S", value: 0.56, name: "Single", jsonSchemaName: "SINGLE", description: "The vulnerability requires an attacker to be logged into the system (such as at a command line or via a desktop session or web interface)." }, N: { shortName: "N", value: 0.704, name: "None", jsonSchemaName: "NONE", description: "Authentication is not required to exploit the vulnerability." } }, s.Au = { name: "Authentication", shortName: "Au", subCategory: "Exploitability Metrics", description: 'This metric measures the number of times an attacker must authenticate to a target in order to exploit a vulnerability. "Multiple" means that the attacker must authenticate two or more times, "Single" means that the attacker must authenticate once, and "None" means that the attacker need not authenticate at all to exploit the vulnerability.', values: [a.Au_VALUES.ND, a.Au_VALUES.M, a.Au_VALUES.S, a.Au_VALUES.N] }, s.C_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will result in no score being calculated." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no impact to the confidentiality of the system." }, P: { shortName: "P", value: 0.275, name: "Partial", jsonSchemaName: "PARTIAL", description: "There is considerable informational disclosure. Access to some system files is possible, but the attacker does not have control over what is obtained, or the scope of the loss is constrained. An example is a vulnerability that divulges only certain tables in a database." }, C: { shortName: "C", value: 0.66, name: "Complete", jsonSchemaName: "COMPLETE", description: "There is total information disclosure, resulting in all system files being revealed. The attacker is able to read all of the system's data (memory, files, etc.)" } }, s.C = { name: "Confidentiality Impact", shortName: "C", subCategory: "Impact Metrics", description: "This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability. Confidentiality refers to limiting information access and disclosure to only authorized users, as well as preventing access by, or disclosure to, unauthorized ones.", values: [a.C_VALUES.ND, a.C_VALUES.N, a.C_VALUES.P, a.C_VALUES.C] }, s.I_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will result in no score being calculated." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no impact to the integrity of the system." }, P: { shortName: "P", value: 0.275, name: "Partial", jsonSchemaName: "PARTIAL", description: "Modification of some system files or information is possible, but the attacker does not have control over what can be modified, or the scope of what the attacker can affect is limited. For example, system or application files may be overwritten or modified, but either the attacker has no control over which files are affected or the attacker can modify files within only a limited context or scope." }, C: { shortName: "C", value: 0.66, name: "Complete", jsonSchemaName: "COMPLETE", description: "There is a total compromise of system integrity. There is a complete loss of system protection, resulting in the entire system being compromised. The attacker is able to modify any files on the target system." } }, s.I = { name: "Integrity Impact", shortName: "I", subCategory: "Impact Metrics", description: "This metric measures the impact to integrity of a successfully exploited vulnerability. Integrity refers to the trustworthiness and guaranteed veracity of information.", values: [a.I_VALUES.ND, a.I_VALUES.N, a.I_VALUES.P, a.I_VALUES.C] }, s.A_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will result in no score being calculated." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no impact to availability within the impacted component." }, P: { shortName: "P", value: 0.275, name: "Partial", jsonSchemaName: "PARTIAL", description: "There is reduced performance or interruptions in resource availability. An example is a network-based flood attack that permits a limited number of successful connections to an Internet service." }, C: { shortName: "C", value: 0.66, name: "Complete", jsonSchemaName: "COMPLETE", description: "There is a total shutdown of the affected resource. The attacker can render the resource completely unavailable." } }, s.A = { name: "Availability Impact", shortName: "A", subCategory: "Impact Metrics", description: "This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability. While the Confidentiality and Integrity impact metrics apply to the loss of confidentiality or integrity of data (e.g., information, files) used by the impacted component, this metric refers to the loss of availability of the impacted component itself, such as a networked service (e.g., web, database, email). Since availability refers to the accessibility of information resources, attacks that consume network bandwidth, processor cycles, or disk space all impact the availability of an impacted component. This metric considers only the availability of the impacted component itself.", values: [a.A_VALUES.ND, a.A_VALUES.N, a.A_VALUES.P, a.A_VALUES.C] }, s.BASE_CATEGORY_VALUES = [a.AV, a.AC, a.Au, a.C, a.I, a.A], s.TEMPORAL_CATEGORY = { name: "temporal", description: "The threat posed by a vulnerability may change over time. Three such factors that CVSS captures are: confirmation of the technical details of a vulnerability, the remediation status of the vulnerability, and the availability of exploit code or techniques. Since temporal metrics are optional they each include a metric value that has no effect on the score." }, s.E_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, U: { shortName: "U", value: 0.85, name: "Unproven", jsonSchemaName: "UNPROVEN", description: "No exploit code is available, or an exploit is entirely theoretical." }, POC: { shortName: "POC", value: 0.9, name: "Proof-of-concept", abbreviatedName: "Proof-of-conc.", jsonSchemaName: "PROOF_OF_CONCEPT", description: "Proof-of-concept exploit code or an attack demonstration that is not practical for most systems is available. The code or technique is not functional in all situations and may require substantial modification by a skilled attacker." }, F: { shortName: "F", value: 0.95, name: "Functional", jsonSchemaName: "FUNCTIONAL", description: "Functional exploit code is available. The code works in most situations where the vulnerability exists." }, H: { shortName: "H", value: 1, name: "High", jsonSchemaName: "HIGH", description: "Either the vulnerability is exploitable by functional mobile autonomous code, or no exploit is required (manual trigger) and details are widely available. The code works in every situation, or is actively being delivered via a mobile autonomous agent (such as a worm or virus)." } }, s.E = { name: "Exploitability", shortName: "E", description: 'This metric measures the current state of exploit techniques or code availability. "Unproven that exploit exists" is the lowest impact and "Proof-of-concept code" is the highest impact.', values: [a.E_VALUES.ND, a.E_VALUES.U, a.E_VALUES.POC, a.E_VALUES.F, a.E_VALUES.H] }, s.RL_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, OF: { shortName: "OF", value: 0.87, name: "Official Fix", abbreviatedName: "Off. Fix", jsonSchemaName: "OFFICIAL_FIX", description: "A complete vendor solution is available. Either the vendor has issued an official patch, or an upgrade is available." }, TF: { shortName: "TF", value: 0.9, name: "Temporary Fix", abbreviatedName: "Temp. Fix", jsonSchemaName: "TEMPORARY_FIX", description: "There is an official but temporary fix available. This includes instances where the vendor issues a temporary hotfix, tool, or workaround." }, W: { shortName: "W", value: 0.95, name: "Workaround", jsonSchemaName: "WORKAROUND", description: "There is an unofficial, non-vendor solution available. In some cases, users of the affected technology will create a patch of their own or provide steps to work around or otherwise mitigate the vulnerability." }, U: { shortName: "U", value: 1, name: "Unavailable", jsonSchemaName: "UNAVAILABLE", description: "There is either no solution available or it is impossible to apply." } }, s.RL = { name: "Remediation Level", shortName: "RL", description: 'This metric measures the remediation level of a vulnerability. "Official fix" is the lowest impact and "Unavailable" is the highest impact.', values: [a.RL_VALUES.ND, a.RL_VALUES.OF, a.RL_VALUES.TF, a.RL_VALUES.W, a.RL_VALUES.U] }, s.RC_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, UC: { shortName: "UC", value: 0.9, name: "Unconfirmed", jsonSchemaName: "UNCONFIRMED", description: "There is little confidence in the existence of this vulnerability. The report is unconfirmed, or the source is not known." }, UR: { shortName: "UR", value: 0.95, name: "Uncorroborated", jsonSchemaName: "UNCORROBORATED", description: "There is reasonable confidence in the existence of this vulnerability, but the technical details are not known publicly. The report is unconfirmed." }, C: { shortName: "C", value: 1, name: "Confirmed", jsonSchemaName: "CONFIRMED", description: "The existence of this vulnerability is confirmed, but the details are not known publicly. An exploit has been observed, or proof-of-concept exploit code is available. The bugtraq ID or CVE ID has been made public." } }, s.RC = { name: "Report Confidence", shortName: "RC", description: 'This metric measures the degree of confidence in the existence of the vulnerability and the credibility of the known technical details. "Unconfirmed" is the lowest confidence and "Confirmed" is the highest.', values: [a.RC_VALUES.ND, a.RC_VALUES.UC, a.RC_VALUES.UR, a.RC_VALUES.C] }, s.TEMPORAL_CATEGORY_VALUES = [a.E, a.RL, a.RC], s.ENVIRONMENTAL_CATEGORY = { name: "environmental", description: "Different environments can have an immense bearing on the risk that a vulnerability poses to an organization and its stakeholders. The CVSS environmental metric group captures the characteristics of a vulnerability that are associated with a user's IT environment. Since environmental metrics are optional they each include a metric value that has no effect on the score." }, s.CDP_VALUES = { ND: { shortName: "ND", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no potential for loss of life, physical assets, productivity or revenue." }, L: { shortName: "L", value: 0.1, name: "Low", jsonSchemaName: "LOW", description: "A successful exploit of this vulnerability may result in slight physical or property damage. Or, there may be a slight loss of revenue or productivity to the organization." }, LM: { shortName: "LM", value: 0.3, name: "Low-Medium", abbreviatedName: "Low-Med.", jsonSchemaName: "LOW_MEDIUM", description: "A successful exploit of this vulnerability may result in moderate physical or property damage. Or, there may be a moderate loss of revenue or productivity to the organization." }, MH: { shortName: "MH", value: 0.4, name: "Medium-High", abbreviatedName: "Med.-High", jsonSchemaName: "MEDIUM_HIGH", description: "A successful exploit of this vulnerability may result in significant physical or property damage or loss. Or, there may be a significant loss of revenue or productivity." }, H: { shortName: "H", value: 0.5, name: "High", jsonSchemaName: "HIGH", description: "A successful exploit of this vulnerability may result in catastrophic physical or property damage and loss. Or, there may be a catastrophic loss of revenue or productivity." } }, s.CDP = { name: "Collateral Damage Potential", shortName: "CDP", subCategory: "General Modifiers", description: 'This metric measures the potential for loss of life or physical assets resulting from a vulnerability. "None" is the lowest impact and "High" is the highest impact.', values: [a.CDP_VALUES.ND, a.CDP_VALUES.N, a.CDP_VALUES.L, a.CDP_VALUES.LM, a.CDP_VALUES.MH, a.CDP_VALUES.H] }, s.TD_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no (0%) target distribution." }, L: { shortName: "L", value: 0.25, name: "Low", jsonSchemaName: "LOW", description: "There is a small (< 25%) target distribution." }, M: { shortName: "M", value: 0.75, name: "Medium", jsonSchemaName: "MEDIUM", description: "There is a medium (26-75%) target distribution." }, H: { shortName: "H", value: 1, name: "High", description: "There is a high (> 75%) target distribution." } }, s.TD = { name: "Target Distribution", shortName: "TD", subCategory: "General Modifiers", description: 'This metric measures the proportion of vulnerable systems that could be affected by an attack. It is meant to represent the proportion of vulnerable systems that an attacker can expect to target. "None" is the lowest impact and "High" is the highest impact.', values: [a.TD_VALUES.ND, a.TD_VALUES.N, a.TD_VALUES.L, a.TD_VALUES.M, a.TD_VALUES.H] }, s.CR_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.51, name: "High", jsonSchemaName: "HIGH", description: "Loss of confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, s.CR = { name: "Confidentiality Requirement", shortName: "CR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: 'This metric measures the need for confidentiality of the vulnerable component to the user. For example, an attacker that exploits a vulnerability that exists on a network boundary and requires no privileges has a low need for the confidentiality of the vulnerable component. Conversely, an attacker that exploits a vulnerability that exists on the same system as the vulnerable component and requires Privileged access to the system in order to exploit it has a high need for confidentiality. "Not Defined" is the lowest impact and "High" is the highest impact.', values: [a.CR_VALUES.ND, a.CR_VALUES.L, a.CR_VALUES.M, a.CR_VALUES.H] }, s.IR_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.51, name: "High", jsonSchemaName: "HIGH", description: "Loss of integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, s.IR = { name: "Integrity Requirement", shortName: "IR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: 'This metric measures the need for integrity of the vulnerable component to a user. For example, an attacker that exploits a vulnerability that exists on a network boundary and requires no privileges has a low need for the integrity of the vulnerable component. Conversely, an attacker that exploits a vulnerability that exists on the same system as the vulnerable component and requires Privileged access to the system in order to exploit it has a high need for integrity. "Not Defined" is the lowest impact and "High" is the highest impact.', values: [a.IR_VALUES.ND, a.IR_VALUES.L, a.IR_VALUES.M, a.IR_VALUES.H] }, s.AR_VALUES = { ND: { shortName: "ND", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.51, name: "High", jsonSchemaName: "HIGH", description: "Loss of availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, s.AR = { name: "Availability Requirement", shortName: "AR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: 'This metric measures the need for availability of the vulnerable component to a user. For example, an attacker that exploits a vulnerability that exists on a network boundary and requires no privileges has a low need for the availability of the vulnerable component. Conversely, an attacker that exploits a vulnerability that exists on the same system as the vulnerable component and requires Privileged access to the system in order to exploit it has a high need for availability. "Not Defined" is the lowest impact and "High" is the highest impact.', values: [a.AR_VALUES.ND, a.AR_VALUES.L, a.AR_VALUES.M, a.AR_VALUES.H] }, s.ENVIRONMENTAL_CATEGORY_VALUES = [a.CDP, a.TD, a.CR, a.IR, a.AR], s.REGISTERED_COMPONENTS = /* @__PURE__ */ new Map(), a.REGISTERED_COMPONENTS.set(a.BASE_CATEGORY, a.BASE_CATEGORY_VALUES), a.REGISTERED_COMPONENTS.set(a.TEMPORAL_CATEGORY, a.TEMPORAL_CATEGORY_VALUES), a.REGISTERED_COMPONENTS.set(a.ENVIRONMENTAL_CATEGORY, a.ENVIRONMENTAL_CATEGORY_VALUES), s.ATTRIBUTE_SEVERITY_ORDER = i.CvssVector._reorderAttributeSeverityOrder([a.AC_VALUES.ND, a.AV_VALUES.ND, a.Au_VALUES.ND, a.C_VALUES.ND, a.I_VALUES.ND, a.A_VALUES.ND, a.C_VALUES.N, a.I_VALUES.N, a.A_VALUES.N, a.CDP_VALUES.N, a.CDP_VALUES.ND, a.TD_VALUES.N, a.CDP_VALUES.L, a.TD_VALUES.L, a.C_VALUES.P, a.I_VALUES.P, a.A_VALUES.P, a.CDP_VALUES.LM, a.AC_VALUES.H, a.AV_VALUES.L, a.CDP_VALUES.MH, a.Au_VALUES.M, a.CDP_VALUES.H, a.Au_VALUES.S, a.AC_VALUES.M, a.AV_VALUES.A, a.C_VALUES.C, a.I_VALUES.C, a.A_VALUES.C, a.Au_VALUES.N, a.AC_VALUES.L, a.TD_VALUES.M, a.E_VALUES.U, a.RL_VALUES.OF, a.E_VALUES.POC, a.RL_VALUES.TF, a.RL_VALUES.W, a.RC_VALUES.UC, a.AV_VALUES.N, a.E_VALUES.F, a.E_VALUES.H, a.E_VALUES.ND, a.RL_VALUES.U, a.RL_VALUES.ND, a.RC_VALUES.UR, a.RC_VALUES.C, a.RC_VALUES.ND, a.TD_VALUES.H, a.TD_VALUES.ND, a.CR_VALUES.L, a.CR_VALUES.M, a.IR_VALUES.L, a.IR_VALUES.M, a.AR_VALUES.L, a.AR_VALUES.M, a.CR_VALUES.ND, a.IR_VALUES.ND, a.AR_VALUES.ND, a.CR_VALUES.H, a.IR_VALUES.H, a.AR_VALUES.H]);
      }, 564: (e2, t2, o) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.applyVectorPartsIfMetricsHigher = t2.applyVectorPartsIfMetricsLower = t2.fromVector = void 0;
        const a = o(475), i = o(623), s = o(371), n = o(987), r = o(479), c = o(331), l = o(951), m = o(759), h = { "CVSS:2.0": a.Cvss2, "2.0": a.Cvss2, "CVSS:3.0": i.Cvss3P0, "3.0": i.Cvss3P0, "CVSS:3.1": s.Cvss3P1, 3.1: s.Cvss3P1, "CVSS:4.0": n.Cvss4P0, "4.0": n.Cvss4P0 };
        function E(e3, t3, o2) {
          if (!t3) return 0;
          const a2 = e3.normalizeVector(t3);
          if (0 === a2.length) return 0;
          const i2 = a2.split("/");
          let s2 = 0;
          for (const t4 of i2) {
            if (!t4) continue;
            const a3 = t4.split(":", 2);
            if (2 === a3.length) {
              const t5 = a3[0], i3 = a3[1], n2 = e3.getComponentByStringOpt(t5), r2 = t5.startsWith("M"), c2 = r2 ? t5.replace("M", "") : t5, l2 = e3.getComponentByStringOpt(c2), m2 = r2 ? t5 : `M${t5}`, h2 = e3.getComponentByStringOpt(m2), E2 = (null == n2 ? void 0 : n2.shortName) || "X", u2 = e3.applyComponentStringSilent(t5, i3), d2 = e3.getComponentByStringOpt(t5);
              u2 && o2(n2, l2, h2, d2, r2) ? s2++ : e3.applyComponentStringSilent(t5, E2);
            } else console.warn("Unknown vector argument:", t4);
          }
          return s2;
        }
        function u(e3, t3, o2, a2, i2) {
          const s2 = null != o2 && "NOT_DEFINED" !== o2.name && "NULL" !== o2.name && "X" !== o2.shortName;
          return { oldSeverity: d(e3, i2 && s2 ? o2 : t3), newSeverity: d(e3, a2) };
        }
        function d(e3, t3) {
          if (!t3) return -1;
          let o2 = [];
          if (e3 instanceof a.Cvss2 ? o2 = r.Cvss2Components.ATTRIBUTE_SEVERITY_ORDER : e3 instanceof i.Cvss3P0 ? o2 = c.Cvss3P0Components.ATTRIBUTE_SEVERITY_ORDER : e3 instanceof s.Cvss3P1 ? o2 = l.Cvss3P1Components.ATTRIBUTE_SEVERITY_ORDER : e3 instanceof n.Cvss4P0 && (o2 = m.Cvss4P0Components.ATTRIBUTE_SEVERITY_ORDER), 0 === o2.length) return console.warn("Unknown", e3.getVectorName(), "severity order list for attribute type:", t3), -1;
          for (let e4 = 0; e4 < o2.length; e4++) if (o2[e4].includes(t3)) return e4;
          return console.warn("Unknown", e3.getVectorName(), "attribute type:", t3), -1;
        }
        t2.fromVector = function(e3, t3 = void 0) {
          if (t3) {
            const o3 = h[t3];
            if (o3) return new o3(e3);
          }
          const o2 = h[e3];
          if (o2) return new o2();
          for (let t4 in h) {
            const o3 = h[t4];
            if (e3.startsWith(t4)) try {
              return new o3(e3);
            } catch (e4) {
            }
          }
          for (let t4 in h) {
            const o3 = h[t4];
            try {
              return new o3(e3);
            } catch (e4) {
            }
          }
          return null;
        }, t2.applyVectorPartsIfMetricsLower = function(e3, t3) {
          return t3 ? E(e3, t3, ((t4, o2, a2, i2, s2) => {
            const n2 = u(e3, o2, a2, i2, s2);
            return n2.newSeverity <= n2.oldSeverity;
          })) : 0;
        }, t2.applyVectorPartsIfMetricsHigher = function(e3, t3) {
          return t3 ? E(e3, t3, ((t4, o2, a2, i2, s2) => {
            const n2 = u(e3, o2, a2, i2, s2);
            return n2.newSeverity >= n2.oldSeverity;
          })) : 0;
        };
      }, 623: (e2, t2, o) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss3P0 = void 0;
        const a = o(154), i = o(331);
        class s extends a.CvssVector {
          constructor(e3) {
            super(e3);
          }
          getRegisteredComponents() {
            return i.Cvss3P0Components.REGISTERED_COMPONENTS;
          }
          getVectorPrefix() {
            return "CVSS:3.0/";
          }
          getVectorName() {
            return "CVSS:3.0";
          }
          fillAverageVector() {
            this.applyVector("AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L");
          }
          fillRandomBaseVector() {
            this.fillRandomComponentsForCategory(i.Cvss3P0Components.BASE_CATEGORY);
          }
          fillRandomTemporalVector() {
            this.fillRandomComponentsForCategory(i.Cvss3P0Components.TEMPORAL_CATEGORY);
          }
          fillRandomEnvironmentalVector() {
            this.fillRandomComponentsForCategory(i.Cvss3P0Components.ENVIRONMENTAL_CATEGORY);
          }
          fillRandomComponentsForCategory(e3) {
            const t3 = i.Cvss3P0Components.REGISTERED_COMPONENTS.get(e3);
            if (t3) for (let e4 = 0; e4 < t3.length; e4++) {
              const o2 = t3[e4], a2 = super.pickRandomDefinedComponentValue(o2);
              if (!a2) return console.warn("Failed to pick random vector component for", o2), void this.fillAverageVector();
              this.applyComponent(o2, a2);
            }
            else console.warn("Failed to pick random vector components for", e3);
          }
          calculateScoresInternal(e3 = false) {
            const t3 = this.isBaseFullyDefined(), o2 = this.isAnyTemporalDefined(), a2 = this.isAnyEnvironmentalDefined();
            return { normalized: e3, base: t3 ? super.round(this.calculateExactBaseScore(), 1) : void 0, impact: t3 ? super.normalizeScore(super.round(this.calculateImpactScore(), 1), e3 ? 6 : 10) : void 0, exploitability: t3 ? super.normalizeScore(super.round(this.calculateExactExploitabilityScore(), 1), e3 ? 3.9 : 10) : void 0, temporal: t3 && o2 ? super.round(this.calculateExactTemporalScore(), 1) : void 0, environmental: t3 && a2 ? super.round(this.calculateExactEnvironmentalScore(), 1) : void 0, modifiedImpact: t3 && a2 ? super.normalizeScore(super.round(Math.max(0, this.calculateExactAdjustedImpactScore()), 1), e3 ? 6.1 : 10) : void 0, overall: super.round(this.calculateExactOverallScore(), 1), vector: this.toString() };
          }
          calculateExactBaseScore() {
            if (!this.isBaseFullyDefined()) return 0;
            let e3 = this.calculateExactImpactScore();
            if (e3 <= 0) return 0;
            let t3 = this.calculateExactExploitabilityScore();
            return this.getComponent(i.Cvss3P0Components.S).value ? this.roundUp1(Math.min(s.SCOPE_COEFFICIENT * (e3 + t3), 10)) : this.roundUp1(Math.min(e3 + t3, 10));
          }
          calculateImpactScore() {
            const e3 = this.calculateExactImpactScore();
            return e3 <= 0 ? 0 : e3;
          }
          calculateExactImpactScore() {
            let e3 = this.calculateExactISSScore();
            return this.getComponent(i.Cvss3P0Components.S).value ? s.SCOPE_CHANGED_FACTOR * (e3 - 0.029) - 3.25 * Math.pow(e3 - 0.02, 15) : s.SCOPE_UNCHANGED_FACTOR * e3;
          }
          calculateExactISSScore() {
            return 1 - (1 - this.getComponent(i.Cvss3P0Components.C).value) * (1 - this.getComponent(i.Cvss3P0Components.I).value) * (1 - this.getComponent(i.Cvss3P0Components.A).value);
          }
          calculateExactMISSScore() {
            let e3, t3, o2, a2, s2, n, r = this.getComponent(i.Cvss3P0Components.MC), c = this.getComponent(i.Cvss3P0Components.MI), l = this.getComponent(i.Cvss3P0Components.MA), m = this.getComponent(i.Cvss3P0Components.C), h = this.getComponent(i.Cvss3P0Components.I), E = this.getComponent(i.Cvss3P0Components.A), u = this.getComponent(i.Cvss3P0Components.CR), d = this.getComponent(i.Cvss3P0Components.IR), p = this.getComponent(i.Cvss3P0Components.AR);
            return e3 = r === i.Cvss3P0Components.MC.values[0] ? m.value : r.value, t3 = c === i.Cvss3P0Components.MI.values[0] ? h.value : c.value, o2 = l === i.Cvss3P0Components.MA.values[0] ? E.value : l.value, i.Cvss3P0Components.CR.values[0], a2 = u.value, i.Cvss3P0Components.IR.values[0], s2 = d.value, i.Cvss3P0Components.AR.values[0], n = p.value, Math.min(1 - (1 - a2 * e3) * (1 - s2 * t3) * (1 - n * o2), 0.915);
          }
          calculateExactExploitabilityScore() {
            const e3 = this.getComponent(i.Cvss3P0Components.AV).value, t3 = this.getComponent(i.Cvss3P0Components.AC).value, o2 = this.getComponent(i.Cvss3P0Components.UI).value;
            let a2;
            return a2 = this.getComponent(i.Cvss3P0Components.S).value ? this.getComponent(i.Cvss3P0Components.PR).changedValue : this.getComponent(i.Cvss3P0Components.PR).value, s.EXPLOITABILITY_COEFFICIENT * e3 * t3 * a2 * o2;
          }
          calculateExactTemporalScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (!this.isAnyTemporalDefined()) return 0;
            let e3 = this.getComponent(i.Cvss3P0Components.E).value, t3 = this.getComponent(i.Cvss3P0Components.RL).value, o2 = this.getComponent(i.Cvss3P0Components.RC).value, a2 = this.calculateExactBaseScore();
            return this.roundUp1(a2 * e3 * t3 * o2);
          }
          calculateExactEnvironmentalScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (!this.isAnyEnvironmentalDefined()) return 0;
            let e3 = this.calculateExactAdjustedImpactScore();
            if (e3 <= 0) return 0;
            let t3 = this.calculateAdjustedExploitability(), o2 = this.getComponent(i.Cvss3P0Components.E).value, a2 = this.getComponent(i.Cvss3P0Components.RL).value, n = this.getComponent(i.Cvss3P0Components.RC).value;
            if (this.isModifiedScope()) {
              let i2 = this.roundUp1(Math.min(e3 + t3, 10));
              return this.roundUp1(i2 * o2 * a2 * n);
            }
            {
              let i2 = this.roundUp1(Math.min(s.SCOPE_COEFFICIENT * (e3 + t3), 10));
              return this.roundUp1(i2 * o2 * a2 * n);
            }
          }
          calculateExactAdjustedImpactScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (!this.isAnyEnvironmentalDefined()) return 0;
            let e3 = this.calculateExactMISSScore();
            return this.isModifiedScope() ? s.SCOPE_UNCHANGED_FACTOR * e3 : s.SCOPE_CHANGED_FACTOR * (e3 - 0.029) - 3.25 * Math.pow(e3 - 0.02, 15);
          }
          calculateAdjustedExploitability() {
            let e3, t3 = this.getFirstDefinedComponent([i.Cvss3P0Components.MAV, i.Cvss3P0Components.AV]).value, o2 = this.getFirstDefinedComponent([i.Cvss3P0Components.MAC, i.Cvss3P0Components.AC]).value, a2 = this.getFirstDefinedComponent([i.Cvss3P0Components.MUI, i.Cvss3P0Components.UI]).value, n = this.getFirstDefinedComponent([i.Cvss3P0Components.MPR, i.Cvss3P0Components.PR]);
            return e3 = this.isModifiedScope() ? n.value : n.changedValue, s.EXPLOITABILITY_COEFFICIENT * t3 * o2 * e3 * a2;
          }
          isModifiedScope() {
            let e3 = this.getComponent(i.Cvss3P0Components.S), t3 = this.getComponent(i.Cvss3P0Components.MS);
            return t3 === i.Cvss3P0Components.MS.values[0] ? !e3.value : !t3.value;
          }
          calculateExactOverallScore() {
            return this.isAnyEnvironmentalDefined() ? this.calculateExactEnvironmentalScore() : this.isAnyTemporalDefined() ? this.calculateExactTemporalScore() : this.calculateExactBaseScore();
          }
          isBaseFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss3P0Components.BASE_CATEGORY);
          }
          isTemporalFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss3P0Components.TEMPORAL_CATEGORY);
          }
          isEnvironmentalFullyDefined() {
            return super.isCategoryFullyDefined(i.Cvss3P0Components.ENVIRONMENTAL_CATEGORY);
          }
          isAnyBaseDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss3P0Components.BASE_CATEGORY);
          }
          isAnyTemporalDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss3P0Components.TEMPORAL_CATEGORY);
          }
          isAnyEnvironmentalDefined() {
            return super.isCategoryPartiallyDefined(i.Cvss3P0Components.ENVIRONMENTAL_CATEGORY);
          }
          roundUp1(e3) {
            return Math.ceil(10 * e3) / 10;
          }
          getJsonSchemaSeverity(e3) {
            return 0 === e3 || isNaN(e3) ? "NONE" : e3 <= 3.9 ? "LOW" : e3 <= 6.9 ? "MEDIUM" : e3 <= 8.9 ? "HIGH" : "CRITICAL";
          }
          createJsonSchema() {
            const e3 = this.calculateScores();
            return { version: "3.0", vectorString: this.toString(), baseScore: e3.base, temporalScore: e3.temporal, environmentalScore: e3.environmental, baseSeverity: this.getJsonSchemaSeverity(e3.base), temporalSeverity: e3.temporal ? this.getJsonSchemaSeverity(e3.temporal) : void 0, environmentalSeverity: e3.environmental ? this.getJsonSchemaSeverity(e3.environmental) : void 0, attackVector: this.getComponent(i.Cvss3P0Components.AV).jsonSchemaName, attackComplexity: this.getComponent(i.Cvss3P0Components.AC).jsonSchemaName, privilegesRequired: this.getComponent(i.Cvss3P0Components.PR).jsonSchemaName, userInteraction: this.getComponent(i.Cvss3P0Components.UI).jsonSchemaName, scope: this.getComponent(i.Cvss3P0Components.S).jsonSchemaName, confidentialityImpact: this.getComponent(i.Cvss3P0Components.C).jsonSchemaName, integrityImpact: this.getComponent(i.Cvss3P0Components.I).jsonSchemaName, availabilityImpact: this.getComponent(i.Cvss3P0Components.A).jsonSchemaName, exploitCodeMaturity: this.getComponent(i.Cvss3P0Components.E).jsonSchemaName, remediationLevel: this.getComponent(i.Cvss3P0Components.RL).jsonSchemaName, reportConfidence: this.getComponent(i.Cvss3P0Components.RC).jsonSchemaName, confidentialityRequirement: this.getComponent(i.Cvss3P0Components.CR).jsonSchemaName, integrityRequirement: this.getComponent(i.Cvss3P0Components.IR).jsonSchemaName, availabilityRequirement: this.getComponent(i.Cvss3P0Components.AR).jsonSchemaName, modifiedAttackVector: this.getComponent(i.Cvss3P0Components.MAV).jsonSchemaName, modifiedAttackComplexity: this.getComponent(i.Cvss3P0Components.MAC).jsonSchemaName, modifiedPrivilegesRequired: this.getComponent(i.Cvss3P0Components.MPR).jsonSchemaName, modifiedUserInteraction: this.getComponent(i.Cvss3P0Components.MUI).jsonSchemaName, modifiedScope: this.getComponent(i.Cvss3P0Components.MS).jsonSchemaName, modifiedConfidentialityImpact: this.getComponent(i.Cvss3P0Components.MC).jsonSchemaName, modifiedIntegrityImpact: this.getComponent(i.Cvss3P0Components.MI).jsonSchemaName, modifiedAvailabilityImpact: this.getComponent(i.Cvss3P0Components.MA).jsonSchemaName };
          }
        }
        t2.Cvss3P0 = s, s.SCOPE_CHANGED_FACTOR = 7.52, s.SCOPE_UNCHANGED_FACTOR = 6.42, s.EXPLOITABILITY_COEFFICIENT = 8.22, s.SCOPE_COEFFICIENT = 1.08;
      }, 730: (e2, t2) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.EQ = void 0;
        class o {
          constructor(e3, t3, o2, a) {
            this.highestSeverityVectors = [], this.level = e3, this.vectorDepth = t3, this.highestSeverityVectorsUnparsed = o2, this.predicate = a;
          }
          getLevel() {
            return this.level;
          }
          getLevelAsInt() {
            return parseInt(this.level);
          }
          getVectorDepth() {
            return this.vectorDepth;
          }
          getHighestSeverityVectors() {
            return 0 === this.highestSeverityVectors.length && (this.highestSeverityVectors = this.highestSeverityVectorsUnparsed.map(((e3) => o.createCvssInstance(e3)))), this.highestSeverityVectors;
          }
          getHighestSeverityVectorsUnparsed() {
            return this.highestSeverityVectorsUnparsed;
          }
          matchesConstraints(e3) {
            return this.predicate(e3);
          }
        }
        t2.EQ = o;
      }, 759: (e2, t2) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss4P0Components = void 0;
        class o {
        }
        t2.Cvss4P0Components = o, o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of confidentiality, resulting in all information within the Vulnerable System being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the Vulnerable System." }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "There is no loss of confidentiality within the Vulnerable System." } }, o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE = [o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X, o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H, o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L, o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N], o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the Vulnerable System. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the Vulnerable System." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact to the Vulnerable System." }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "There is no loss of integrity within the Vulnerable System." } }, o.VULNERABLE_SYSTEM_INTEGRITY_BASE = [o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.X, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.L, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.N], o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the Vulnerable System; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the Vulnerable System (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the Vulnerable System are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the Vulnerable System." }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "There is no impact to availability within the Vulnerable System." } }, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE = [o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.X, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.L, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.N], o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, S: { shortName: "S", name: "Safety", jsonSchemaName: "SAFETY", description: "! NOT A VALID VALUE FOR Safety (S), REQUIRED FOR CALCULATION OF SCORE !", hide: true }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of confidentiality, resulting in all resources within the Subsequent System being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the Subsequent System." }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "There is no loss of confidentiality within the Subsequent System or all confidentiality impact is constrained to the Vulnerable System." } }, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE = [o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.S, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N], o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, S: { shortName: "S", name: "Safety", jsonSchemaName: "SAFETY", description: "! NOT A VALID VALUE FOR Safety (S), REQUIRED FOR CALCULATION OF SCORE !", hide: true }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the Subsequent System. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the Subsequent System." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact to the Subsequent System." }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "There is no loss of integrity within the Subsequent System or all integrity impact is constrained to the Vulnerable System." } }, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE = [o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.X, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.S, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.H, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.L, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.N], o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, S: { shortName: "S", name: "Safety", jsonSchemaName: "SAFETY", description: "! NOT A VALID VALUE FOR Safety (S), REQUIRED FOR CALCULATION OF SCORE !", hide: true }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the Subsequent System; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the Subsequent System (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the Subsequent System are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the Subsequent System." }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "There is no impact to availability within the Subsequent System or all availability impact is constrained to the Vulnerable System." } }, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE = [o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.X, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.S, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.H, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.L, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.N], o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of confidentiality, resulting in all resources within the Subsequent System being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the Subsequent System." }, N: { shortName: "N", name: "Negligible", abbreviatedName: "Negl.", jsonSchemaName: "NEGLIGIBLE", description: "There is no loss of confidentiality within the Subsequent System or all confidentiality impact is constrained to the Vulnerable System." } }, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED = [o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.X, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.H, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.L, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.N], o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, S: { shortName: "S", name: "Safety", jsonSchemaName: "SAFETY", description: 'The exploited vulnerability will result in integrity impacts that could cause serious injury or worse (categories of "Marginal" or worse as described in IEC 61508) to a human actor or participant.' }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the Subsequent System. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the Subsequent System." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact to the Subsequent System." }, N: { shortName: "N", name: "Negligible", abbreviatedName: "Negl.", jsonSchemaName: "NEGLIGIBLE", description: "There is no loss of integrity within the Subsequent System or all integrity impact is constrained to the Vulnerable System." } }, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED = [o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.X, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.L, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.N], o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, S: { shortName: "S", name: "Safety", jsonSchemaName: "SAFETY", description: 'The exploited vulnerability will result in availability impacts that could cause serious injury or worse (categories of "Marginal" or worse as described in IEC 61508) to a human actor or participant.' }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the Subsequent System; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the Subsequent System (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the Subsequent System are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the Subsequent System." }, N: { shortName: "N", name: "Negligible", abbreviatedName: "Negl.", jsonSchemaName: "NEGLIGIBLE", description: "There is no impact to availability within the Subsequent System or all availability impact is constrained to the Vulnerable System." } }, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED = [o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.X, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.L, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.N], o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "Loss of Confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Loss of Confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, o.REQUIREMENT_CONFIDENTIALITY_MODIFIED = [o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.X, o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H, o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.M, o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.L], o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "Loss of Integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Loss of Integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, o.REQUIREMENT_INTEGRITY_MODIFIED = [o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.X, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.M, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.L], o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "Loss of Availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "Loss of Availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, o.REQUIREMENT_AVAILABILITY_MODIFIED = [o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.X, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.M, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.L], o.AV_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Not Defined" }, N: { shortName: "N", name: "Network", jsonSchemaName: "NETWORK", description: "The vulnerable system is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet. Such a vulnerability is often termed “remotely exploitable” and can be thought of as an attack being exploitable at the protocol level one or more network hops away (e.g., across one or more routers). An example of a network attack is an attacker causing a denial of service (DoS) by sending a specially crafted TCP packet across a wide area network." }, A: { shortName: "A", name: "Adjacent Network", abbreviatedName: "Adj. Network", jsonSchemaName: "ADJACENT", description: "The vulnerable system is bound to a protocol stack, but the attack is limited at the protocol level to a logically adjacent topology. This can mean an attack must be launched from the same shared proximity (e.g., Bluetooth, NFC, or IEEE 802.11) or logical network (e.g., local IP subnet), or from within a secure or otherwise limited administrative domain (e.g., MPLS, secure VPN within an administrative network zone). One example of an Adjacent attack would be an ARP (IPv4) or neighbor discovery (IPv6) flood leading to a denial of service on the local LAN segment." }, L: { shortName: "L", name: "Local", jsonSchemaName: "LOCAL", description: "The vulnerable system is not bound to the network stack and the attacker’s path is via read/write/execute capabilities. Either: the attacker exploits the vulnerability by accessing the target system locally (e.g., keyboard, console), or through terminal emulation (e.g., SSH); or the attacker relies on User Interaction by another person to perform actions required to exploit the vulnerability (e.g., using social engineering techniques to trick a legitimate user into opening a malicious document)." }, P: { shortName: "P", name: "Physical", abbreviatedName: "Phys.", jsonSchemaName: "PHYSICAL", description: "The attack requires the attacker to physically touch or manipulate the vulnerable system. Physical interaction may be brief (e.g., evil maid attack) or persistent. An example of such an attack is a cold boot attack in which an attacker gains access to disk encryption keys after physically accessing the target system. Other examples include peripheral attacks via FireWire/USB Direct Memory Access (DMA)." } }, o.AV = { name: "Attack Vector", shortName: "AV", subCategory: "Exploitability Metrics", description: "This metric reflects the context by which vulnerability exploitation is possible.", values: [o.AV_VALUES.X, o.AV_VALUES.N, o.AV_VALUES.A, o.AV_VALUES.L, o.AV_VALUES.P], worseCaseValue: o.AV_VALUES.N }, o.AC_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Not Defined" }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "The attacker must take no measurable action to exploit the vulnerability. The attack requires no target-specific circumvention to exploit the vulnerability. An attacker can expect repeatable success against the vulnerable system." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "successful attack depends on the evasion or circumvention of security-enhancing techniques in place that would otherwise hinder the attack. The attacker must have additional methods available to bypass security measures in place." } }, o.AC = { name: "Attack Complexity", shortName: "AC", subCategory: "Exploitability Metrics", description: "This metric captures measurable actions that the attacker must take to evade or circumvent built-in security-enhancing conditions in order to obtain a working exploit.", values: [o.AC_VALUES.X, o.AC_VALUES.L, o.AC_VALUES.H], worseCaseValue: o.AC_VALUES.L }, o.AT_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Not Defined" }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "The successful attack does not depend on the deployment and execution conditions of the vulnerable system. The attacker can expect to be able to reach the vulnerability and execute the exploit under all or most instances of the vulnerability." }, P: { shortName: "P", name: "Present", jsonSchemaName: "PRESENT", description: "The successful attack depends on the presence of specific deployment and execution conditions of the vulnerable system that enable the attack. The successfulness of the attack is conditioned on execution conditions that are not under full control of the attacker. The attack may need to be launched multiple times against a single target before being successful. Network injection. The attacker must inject themselves into the logical network path between the target and the resource requested by the victim (e.g. vulnerabilities requiring an on-path attacker)." } }, o.AT = { name: "Attack Requirements", shortName: "AT", subCategory: "Exploitability Metrics", description: "This metric captures the prerequisite deployment and execution conditions or variables of the vulnerable system that enable the attack.", values: [o.AT_VALUES.X, o.AT_VALUES.N, o.AT_VALUES.P], worseCaseValue: o.AT_VALUES.N }, o.PR_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Not Defined" }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "The attacker is unauthenticated prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "The attacker requires privileges that provide basic capabilities that are typically limited to settings and resources owned by a single low-privileged user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable system allowing full access to the vulnerable system’s settings and files." } }, o.PR = { name: "Privileges Required", shortName: "PR", subCategory: "Exploitability Metrics", description: "This metric describes the level of privileges an attacker must possess prior to successfully exploiting the vulnerability.", values: [o.PR_VALUES.X, o.PR_VALUES.N, o.PR_VALUES.L, o.PR_VALUES.H], worseCaseValue: o.PR_VALUES.N }, o.UI_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Not Defined" }, N: { shortName: "N", name: "None", jsonSchemaName: "NONE", description: "The vulnerable system can be exploited without interaction from any human user, other than the attacker. Examples include: a remote attacker is able to send packets to a target system a locally authenticated attacker executes code to elevate privileges" }, P: { shortName: "P", name: "Passive", jsonSchemaName: "PASSIVE", description: "Successful exploitation of this vulnerability requires limited interaction by the targeted user with the vulnerable system and the attacker’s payload. These interactions would be considered involuntary and do not require that the user actively subvert protections built into the vulnerable system." }, A: { shortName: "A", name: "Active", jsonSchemaName: "ACTIVE", description: "Successful exploitation of this vulnerability requires a targeted user to perform specific, conscious interactions with the vulnerable system and the attacker’s payload, or the user’s interactions would actively subvert protection mechanisms which would lead to exploitation of the vulnerability." } }, o.UI = { name: "User Interaction", shortName: "UI", subCategory: "Exploitability Metrics", description: "This metric captures the requirement for a human user, other than the attacker, to participate in the successful compromise of the vulnerable system.", values: [o.UI_VALUES.X, o.UI_VALUES.N, o.UI_VALUES.P, o.UI_VALUES.A], worseCaseValue: o.UI_VALUES.N }, o.VC = { name: "Confidentiality", shortName: "VC", subCategory: "Vulnerable System Impact", description: "This metric measures the impact to the confidentiality of the information managed by the Vulnerable System due to a successfully exploited vulnerability.", values: o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE, worseCaseValue: o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H }, o.VI = { name: "Integrity", shortName: "VI", subCategory: "Vulnerable System Impact", description: "This metric measures the impact to the integrity of the Vulnerable System due to a successfully exploited vulnerability.", values: o.VULNERABLE_SYSTEM_INTEGRITY_BASE, worseCaseValue: o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H }, o.VA = { name: "Availability", shortName: "VA", subCategory: "Vulnerable System Impact", description: "This metric measures the impact to the availability of the Vulnerable System due to a successfully exploited vulnerability.", values: o.VULNERABLE_SYSTEM_AVAILABILITY_BASE, worseCaseValue: o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H }, o.SC = { name: "Confidentiality", shortName: "SC", subCategory: "Subsequent System Impact", description: "This metric measures the impact to the confidentiality of information managed by a system other than the Vulnerable System as a consequence of a successfully exploited vulnerability.", values: o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE, worseCaseValue: o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H }, o.SI = { name: "Integrity", shortName: "SI", subCategory: "Subsequent System Impact", description: "This metric measures the impact to the integrity of a system other than the Vulnerable System as a consequence of a successfully exploited vulnerability.", values: o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE, worseCaseValue: o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.H }, o.SA = { name: "Availability", shortName: "SA", subCategory: "Subsequent System Impact", description: "This metric measures the impact to the availability of a system other than the Vulnerable System as a consequence of a successfully exploited vulnerability.", values: o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE, worseCaseValue: o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.H }, o.S_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "The metric has not been evaluated." }, N: { shortName: "N", name: "Negligible", abbreviatedName: "Negl.", jsonSchemaName: "NEGLIGIBLE", description: 'Consequences of the vulnerability meet definition of IEC 61508 consequence categories of "marginal," "critical," or "catastrophic."' }, P: { shortName: "P", name: "Present", jsonSchemaName: "PRESENT", description: 'Consequences of the vulnerability meet definition of IEC 61508 consequence category "negligible."' } }, o.S = { name: "Safety", shortName: "S", description: "This supplemental metric captures Safety impacts of a vulnerability when the affected system has an intended use or fitness of purpose aligned to safety.", values: [o.S_VALUES.X, o.S_VALUES.N, o.S_VALUES.P], worseCaseValue: o.S_VALUES.P }, o.AU_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "The metric has not been evaluated." }, N: { shortName: "N", name: "No", jsonSchemaName: "NO", description: "Attackers cannot reliably automate all 4 steps of the kill chain for this vulnerability for some reason. These steps are reconnaissance, weaponization, delivery, and exploitation." }, Y: { shortName: "Y", name: "Yes", jsonSchemaName: "YES", description: "Attackers can reliably automate all 4 steps of the kill chain. These steps are reconnaissance, weaponization, delivery, and exploitation (e.g., the vulnerability is “wormable”)." } }, o.AU = { name: "Automatable", shortName: "AU", description: "This supplemental metric captures whether an attacker can reliably automate exploitation of this vulnerability across multiple targets, based on the first four steps of the kill chain (reconnaissance, weaponization, delivery, and exploitation).", values: [o.AU_VALUES.X, o.AU_VALUES.N, o.AU_VALUES.Y], worseCaseValue: o.AU_VALUES.Y }, o.R_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "The metric has not been evaluated." }, A: { shortName: "A", name: "Automatic", abbreviatedName: "Automat.", jsonSchemaName: "AUTOMATIC", description: "The system recovers services automatically after an attack has been performed." }, U: { shortName: "U", name: "User", jsonSchemaName: "USER", description: "The system requires manual intervention by the user to recover services, after an attack has been performed." }, I: { shortName: "I", name: "Irrecoverable", abbreviatedName: "Irrecov.", jsonSchemaName: "IRRECOVERABLE", description: "The system services are irrecoverable by the user, after an attack has been performed." } }, o.R = { name: "Recovery", shortName: "R", description: "This supplemental metric describes the resilience of a system to recover services, in terms of performance and availability, after an attack has been performed.", values: [o.R_VALUES.X, o.R_VALUES.A, o.R_VALUES.U, o.R_VALUES.I], worseCaseValue: o.R_VALUES.I }, o.V_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "The metric has not been evaluated." }, D: { shortName: "D", name: "Diffuse", jsonSchemaName: "DIFFUSE", description: "The vulnerable system has limited resources. That is, the resources that the attacker will gain control over with a single exploitation event are relatively small. An example of Diffuse (think: limited) Value Density would be an attack on a single email client vulnerability." }, C: { shortName: "C", name: "Concentrated", abbreviatedName: "Concentr.", jsonSchemaName: "CONCENTRATED", description: "The vulnerable system is rich in resources. Heuristically, such systems are often the direct responsibility of “system operators” rather than users. An example of Concentrated (think: broad) Value Density would be an attack on a central email server." } }, o.V = { name: "Value Density", shortName: "V", description: "This supplemental metric describes the resources that the attacker will gain control over with a single exploitation event.", values: [o.V_VALUES.X, o.V_VALUES.D, o.V_VALUES.C], worseCaseValue: o.V_VALUES.C }, o.RE_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "The metric has not been evaluated." }, L: { shortName: "L", name: "Low", jsonSchemaName: "LOW", description: "The effort required to respond to a vulnerability is low/trivial. Examples include: communication on better documentation, configuration workarounds, or guidance from the vendor that does not require an immediate update, upgrade, or replacement by the consuming entity, such as firewall filter configuration." }, M: { shortName: "M", name: "Moderate", abbreviatedName: "Moder.", jsonSchemaName: "MODERATE", description: "The actions required to respond to a vulnerability require some effort on behalf of the consumer and could cause minimal service impact to implement. Examples include: simple remote update, disabling of a subsystem, or a low-touch software upgrade such as a driver update." }, H: { shortName: "H", name: "High", jsonSchemaName: "HIGH", description: "The actions required to respond to a vulnerability are significant and/or difficult, and may possibly lead to an extended, scheduled service impact. This would need to be considered for scheduling purposes including honoring any embargo on deployment of the selected response. Alternatively, response to the vulnerability in the field is not possible remotely. The only resolution to the vulnerability involves physical replacement (e.g. units deployed would have to be recalled for a depot level repair or replacement)." } }, o.RE = { name: "Vulnerability Response Effort", shortName: "RE", description: "This supplemental metric provides supplemental information on how difficult it is for consumers to provide an initial response to the impact of a vulnerability for deployed products and services in their infrastructure.", values: [o.RE_VALUES.X, o.RE_VALUES.L, o.RE_VALUES.M, o.RE_VALUES.H], worseCaseValue: o.RE_VALUES.H }, o.U_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "The metric has not been evaluated." }, Clear: { shortName: "Clear", name: "Clear", jsonSchemaName: "CLEAR", description: "Provider has assessed the impact of this vulnerability as having the highest urgency." }, Green: { shortName: "Green", name: "Green", jsonSchemaName: "GREEN", description: "Provider has assessed the impact of this vulnerability as having a moderate urgency." }, Amber: { shortName: "Amber", name: "Amber", jsonSchemaName: "AMBER", description: "Provider has assessed the impact of this vulnerability as having a reduced urgency." }, Red: { shortName: "Red", name: "Red", jsonSchemaName: "RED", description: "Provider has assessed the impact of this vulnerability as having no urgency (Informational)." } }, o.U = { name: "Provider Urgency", shortName: "U", description: "This supplemental metric provides a standardized way for the system provider to convey a qualitative urgency rating (Clear, Green, Amber, Red) for the vulnerability.", values: [o.U_VALUES.X, o.U_VALUES.Clear, o.U_VALUES.Green, o.U_VALUES.Amber, o.U_VALUES.Red], worseCaseValue: o.U_VALUES.Red }, o.MAV = { name: "Modified Attack Vector", shortName: "MAV", subCategory: "Exploitability Metrics", description: "Overrides the Base Attack Vector metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.AV, values: o.AV.values, worseCaseValue: o.AV_VALUES.N }, o.MAC = { name: "Modified Attack Complexity", shortName: "MAC", subCategory: "Exploitability Metrics", description: "Overrides the Base Attack Complexity metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.AC, values: o.AC.values, worseCaseValue: o.AC_VALUES.L }, o.MAT = { name: "Modified Attack Requirements", shortName: "MAT", subCategory: "Exploitability Metrics", description: "Overrides the Base Attack Requirements metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.AT, values: o.AT.values, worseCaseValue: o.AT_VALUES.P }, o.MPR = { name: "Modified Privileges Required", shortName: "MPR", subCategory: "Exploitability Metrics", description: "Overrides the Base Privileges Required metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.PR, values: o.PR.values, worseCaseValue: o.PR_VALUES.N }, o.MUI = { name: "Modified User Interaction", shortName: "MUI", subCategory: "Exploitability Metrics", description: "Overrides the Base User Interaction metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.UI, values: o.UI.values, worseCaseValue: o.UI_VALUES.N }, o.MVC = { name: "Modified Confidentiality", shortName: "MVC", subCategory: "Vulnerable System Impact", description: "Overrides the Base Vulnerable System Confidentiality metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.VC, values: o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE, worseCaseValue: o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H }, o.MVI = { name: "Modified Integrity", shortName: "MVI", subCategory: "Vulnerable System Impact", description: "Overrides the Base Vulnerable System Integrity metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.VI, values: o.VULNERABLE_SYSTEM_INTEGRITY_BASE, worseCaseValue: o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H }, o.MVA = { name: "Modified Availability", shortName: "MVA", subCategory: "Vulnerable System Impact", description: "Overrides the Base Vulnerable System Availability metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.VA, values: o.VULNERABLE_SYSTEM_AVAILABILITY_BASE, worseCaseValue: o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H }, o.MSC = { name: "Modified Confidentiality", shortName: "MSC", subCategory: "Subsequent System Impact", description: "Overrides the Base Subsequent System Confidentiality metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.SC, values: o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED, worseCaseValue: o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.H }, o.MSI = { name: "Modified Integrity", shortName: "MSI", subCategory: "Subsequent System Impact", description: "Overrides the Base Subsequent System Integrity metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.SI, baseMetricEquivalentMapper: (e3) => e3 === o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S ? o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H : e3, values: o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED, worseCaseValue: o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H }, o.MSA = { name: "Modified Availability", shortName: "MSA", subCategory: "Subsequent System Impact", description: "Overrides the Base Subsequent System Availability metric to reflect specific characteristics of the analyst's environment.", baseMetricEquivalent: o.SA, baseMetricEquivalentMapper: (e3) => e3 === o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S ? o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H : e3, values: o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED, worseCaseValue: o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H }, o.CR = { name: "Confidentiality Requirement", shortName: "CR", description: "This metric enables the consumer to customize the assessment depending on the importance of Confidentiality to the affected IT asset within the analyst's organization.", values: o.REQUIREMENT_CONFIDENTIALITY_MODIFIED, worseCaseValue: o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H }, o.IR = { name: "Integrity Requirement", shortName: "IR", description: "This metric enables the consumer to customize the assessment depending on the importance of Integrity to the affected IT asset within the analyst's organization.", values: o.REQUIREMENT_INTEGRITY_MODIFIED, worseCaseValue: o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H }, o.AR = { name: "Availability Requirement", shortName: "AR", description: "This metric enables the consumer to customize the assessment depending on the importance of Availability to the affected IT asset within the analyst's organization.", values: o.REQUIREMENT_AVAILABILITY_MODIFIED, worseCaseValue: o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H }, o.E_VALUES = { X: { shortName: "X", name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Reliable threat intelligence is not available to determine Exploit Maturity characteristics. This is the default value and is equivalent to Attacked (A) for the purposes of the calculation of the score by assuming the worst case." }, A: { shortName: "A", name: "Attacked", jsonSchemaName: "ATTACKED", description: "Based on available threat intelligence either of the following must apply: Attacks targeting this vulnerability (attempted or successful) have been reported Solutions to simplify attempts to exploit the vulnerability are publicly or privately available (such as exploit toolkits)" }, P: { shortName: "P", name: "POC", jsonSchemaName: "PROOF_OF_CONCEPT", description: "Based on available threat intelligence each of the following must apply: Proof-of-concept exploit code is publicly available No knowledge of reported attempts to exploit this vulnerability No knowledge of publicly available solutions used to simplify attempts to exploit the vulnerability (i.e., the “Attacked” value does not apply)" }, U: { shortName: "U", name: "Unreported", jsonSchemaName: "UNREPORTED", description: "Based on available threat intelligence each of the following must apply: No knowledge of publicly available proof-of-concept exploit code No knowledge of reported attempts to exploit this vulnerability No knowledge of publicly available solutions used to simplify attempts to exploit the vulnerability (i.e., neither the “POC” nor “Attacked” values apply)" } }, o.E = { name: "Exploit Maturity", shortName: "E", description: "This metric measures the likelihood of the vulnerability being attacked, and is based on the current state of exploit techniques, exploit code availability, or active in-the-wild exploitation.", values: [o.E_VALUES.X, o.E_VALUES.A, o.E_VALUES.P, o.E_VALUES.U], worseCaseValue: o.E_VALUES.A }, o.BASE_CATEGORY = { name: "base", description: "Base Metrics" }, o.SUPPLEMENTAL_CATEGORY = { name: "supplemental", description: "Supplemental Metrics" }, o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY = { name: "environmental-base", description: "Environmental Metrics (Modified Base)" }, o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY = { name: "environmental-security-requirement", description: "Environmental Metrics (Security Requirements)" }, o.THREAT_CATEGORY = { name: "threat", description: "Threat Metrics" }, o.BASE_CATEGORY_VALUES = [o.AV, o.AC, o.AT, o.PR, o.UI, o.VC, o.VI, o.VA, o.SC, o.SI, o.SA], o.SUPPLEMENTAL_CATEGORY_VALUES = [o.S, o.AU, o.R, o.V, o.RE, o.U], o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES = [o.MAV, o.MAC, o.MAT, o.MPR, o.MUI, o.MVC, o.MVI, o.MVA, o.MSC, o.MSI, o.MSA], o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES = [o.CR, o.IR, o.AR], o.THREAT_CATEGORY_VALUES = [o.E], o.REGISTERED_COMPONENTS_EDITOR_ORDER = /* @__PURE__ */ new Map(), o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER = /* @__PURE__ */ new Map(), o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.BASE_CATEGORY, o.BASE_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.SUPPLEMENTAL_CATEGORY, o.SUPPLEMENTAL_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY, o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY, o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.THREAT_CATEGORY, o.THREAT_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.BASE_CATEGORY, o.BASE_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.THREAT_CATEGORY, o.THREAT_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY, o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY, o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES), o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.SUPPLEMENTAL_CATEGORY, o.SUPPLEMENTAL_CATEGORY_VALUES), o.MV_LOOKUP = { "000000": 10, "000001": 9.9, "000010": 9.8, "000011": 9.5, "000020": 9.5, "000021": 9.2, "000100": 10, "000101": 9.6, "000110": 9.3, "000111": 8.7, "000120": 9.1, "000121": 8.1, "000200": 9.3, "000201": 9, "000210": 8.9, "000211": 8, "000220": 8.1, "000221": 6.8, "001000": 9.8, "001001": 9.5, "001010": 9.5, "001011": 9.2, "001020": 9, "001021": 8.4, "001100": 9.3, "001101": 9.2, "001110": 8.9, "001111": 8.1, "001120": 8.1, "001121": 6.5, "001200": 8.8, "001201": 8, "001210": 7.8, "001211": 7, "001220": 6.9, "001221": 4.8, "002001": 9.2, "002011": 8.2, "002021": 7.2, "002101": 7.9, "002111": 6.9, "002121": 5, "002201": 6.9, "002211": 5.5, "002221": 2.7, "010000": 9.9, "010001": 9.7, "010010": 9.5, "010011": 9.2, "010020": 9.2, "010021": 8.5, "010100": 9.5, "010101": 9.1, "010110": 9, "010111": 8.3, "010120": 8.4, "010121": 7.1, "010200": 9.2, "010201": 8.1, "010210": 8.2, "010211": 7.1, "010220": 7.2, "010221": 5.3, "011000": 9.5, "011001": 9.3, "011010": 9.2, "011011": 8.5, "011020": 8.5, "011021": 7.3, "011100": 9.2, "011101": 8.2, "011110": 8, "011111": 7.2, "011120": 7, "011121": 5.9, "011200": 8.4, "011201": 7, "011210": 7.1, "011211": 5.2, "011220": 5, "011221": 3, "012001": 8.6, "012011": 7.5, "012021": 5.2, "012101": 7.1, "012111": 5.2, "012121": 2.9, "012201": 6.3, "012211": 2.9, "012221": 1.7, 1e5: 9.8, 100001: 9.5, 100010: 9.4, 100011: 8.7, 100020: 9.1, 100021: 8.1, 100100: 9.4, 100101: 8.9, 100110: 8.6, 100111: 7.4, 100120: 7.7, 100121: 6.4, 100200: 8.7, 100201: 7.5, 100210: 7.4, 100211: 6.3, 100220: 6.3, 100221: 4.9, 101e3: 9.4, 101001: 8.9, 101010: 8.8, 101011: 7.7, 101020: 7.6, 101021: 6.7, 101100: 8.6, 101101: 7.6, 101110: 7.4, 101111: 5.8, 101120: 5.9, 101121: 5, 101200: 7.2, 101201: 5.7, 101210: 5.7, 101211: 5.2, 101220: 5.2, 101221: 2.5, 102001: 8.3, 102011: 7, 102021: 5.4, 102101: 6.5, 102111: 5.8, 102121: 2.6, 102201: 5.3, 102211: 2.1, 102221: 1.3, 11e4: 9.5, 110001: 9, 110010: 8.8, 110011: 7.6, 110020: 7.6, 110021: 7, 110100: 9, 110101: 7.7, 110110: 7.5, 110111: 6.2, 110120: 6.1, 110121: 5.3, 110200: 7.7, 110201: 6.6, 110210: 6.8, 110211: 5.9, 110220: 5.2, 110221: 3, 111e3: 8.9, 111001: 7.8, 111010: 7.6, 111011: 6.7, 111020: 6.2, 111021: 5.8, 111100: 7.4, 111101: 5.9, 111110: 5.7, 111111: 5.7, 111120: 4.7, 111121: 2.3, 111200: 6.1, 111201: 5.2, 111210: 5.7, 111211: 2.9, 111220: 2.4, 111221: 1.6, 112001: 7.1, 112011: 5.9, 112021: 3, 112101: 5.8, 112111: 2.6, 112121: 1.5, 112201: 2.3, 112211: 1.3, 112221: 0.6, 2e5: 9.3, 200001: 8.7, 200010: 8.6, 200011: 7.2, 200020: 7.5, 200021: 5.8, 200100: 8.6, 200101: 7.4, 200110: 7.4, 200111: 6.1, 200120: 5.6, 200121: 3.4, 200200: 7, 200201: 5.4, 200210: 5.2, 200211: 4, 200220: 4, 200221: 2.2, 201e3: 8.5, 201001: 7.5, 201010: 7.4, 201011: 5.5, 201020: 6.2, 201021: 5.1, 201100: 7.2, 201101: 5.7, 201110: 5.5, 201111: 4.1, 201120: 4.6, 201121: 1.9, 201200: 5.3, 201201: 3.6, 201210: 3.4, 201211: 1.9, 201220: 1.9, 201221: 0.8, 202001: 6.4, 202011: 5.1, 202021: 2, 202101: 4.7, 202111: 2.1, 202121: 1.1, 202201: 2.4, 202211: 0.9, 202221: 0.4, 21e4: 8.8, 210001: 7.5, 210010: 7.3, 210011: 5.3, 210020: 6, 210021: 5, 210100: 7.3, 210101: 5.5, 210110: 5.9, 210111: 4, 210120: 4.1, 210121: 2, 210200: 5.4, 210201: 4.3, 210210: 4.5, 210211: 2.2, 210220: 2, 210221: 1.1, 211e3: 7.5, 211001: 5.5, 211010: 5.8, 211011: 4.5, 211020: 4, 211021: 2.1, 211100: 6.1, 211101: 5.1, 211110: 4.8, 211111: 1.8, 211120: 2, 211121: 0.9, 211200: 4.6, 211201: 1.8, 211210: 1.7, 211211: 0.7, 211220: 0.8, 211221: 0.2, 212001: 5.3, 212011: 2.4, 212021: 1.4, 212101: 2.4, 212111: 1.2, 212121: 0.5, 212201: 1, 212211: 0.3, 212221: 0.1 }, o.ATTRIBUTE_SEVERITY_ORDER = [[o.AT_VALUES.P, o.AT_VALUES.P], [o.AT_VALUES.N, o.AT_VALUES.N], [o.AT_VALUES.X, o.AT_VALUES.X], [o.S_VALUES.X], [o.S_VALUES.N], [o.S_VALUES.P], [o.AU_VALUES.X], [o.AU_VALUES.N], [o.AU_VALUES.Y], [o.V_VALUES.X], [o.V_VALUES.D], [o.V_VALUES.C], [o.AC_VALUES.H, o.AC_VALUES.H], [o.AC_VALUES.L, o.AC_VALUES.L], [o.AC_VALUES.X, o.AC_VALUES.X], [o.PR_VALUES.H, o.PR_VALUES.H], [o.PR_VALUES.L, o.PR_VALUES.L], [o.PR_VALUES.N, o.PR_VALUES.N], [o.PR_VALUES.X, o.PR_VALUES.X], [o.UI_VALUES.A, o.UI_VALUES.A], [o.UI_VALUES.P, o.UI_VALUES.P], [o.UI_VALUES.N, o.UI_VALUES.N], [o.UI_VALUES.X, o.UI_VALUES.X], [o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.X, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.X], [o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.N, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.N], [o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.L, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.L], [o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H, o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H, o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H], [o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.X, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.X, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.X, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.X, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.X], [o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.N, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.N, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.N, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.N, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.N], [o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.L, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.L, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.L, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.L, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.L], [o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.H, o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.H, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.H], [o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S, o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S, o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.S, o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.S, o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.S], [o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.L, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.L, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.L], [o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.M, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.M, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.M], [o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H], [o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.X, o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.X, o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.X], [o.E_VALUES.U], [o.E_VALUES.P], [o.E_VALUES.A], [o.E_VALUES.X], [o.R_VALUES.X], [o.R_VALUES.A], [o.R_VALUES.U], [o.R_VALUES.I], [o.RE_VALUES.X], [o.RE_VALUES.L], [o.RE_VALUES.M], [o.RE_VALUES.H], [o.U_VALUES.X], [o.U_VALUES.Clear], [o.U_VALUES.Green], [o.U_VALUES.Amber], [o.U_VALUES.Red], [o.AV_VALUES.X, o.AV_VALUES.X], [o.AV_VALUES.P, o.AV_VALUES.P], [o.AV_VALUES.L, o.AV_VALUES.L], [o.AV_VALUES.A, o.AV_VALUES.A], [o.AV_VALUES.N, o.AV_VALUES.N]];
      }, 904: (e2, t2) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.EqOperations36 = t2.EqOperations5 = t2.EqOperations4 = t2.EqOperations2 = t2.EqOperations1 = t2.EqOperations1245 = t2.getEqImplementations = void 0, t2.getEqImplementations = () => [a.getInstance(), i.getInstance(), s.getInstance(), n.getInstance(), r.getInstance()];
        class o {
          deriveNextLowerMacro(e3) {
            return [e3.deriveNextLower(this.getEqNumber())];
          }
          lookupScoresForNextLowerMacro(e3) {
            return e3[0].getLookupTableScore();
          }
          getHighestSeverityVectors(e3) {
            return this.getEq(e3).getHighestSeverityVectorsUnparsed();
          }
          lookupMacroVectorDepth(e3) {
            return this.getEq(e3).getVectorDepth();
          }
        }
        t2.EqOperations1245 = o;
        class a extends o {
          getEq(e3) {
            return e3.getEq1();
          }
          getRelevantAttributes() {
            return ["AV", "PR", "UI"];
          }
          getEqNumber() {
            return 1;
          }
          static getInstance() {
            return a.instance;
          }
        }
        t2.EqOperations1 = a, a.instance = new a();
        class i extends o {
          getEq(e3) {
            return e3.getEq2();
          }
          getRelevantAttributes() {
            return ["AC", "AT"];
          }
          getEqNumber() {
            return 2;
          }
          static getInstance() {
            return i.instance;
          }
        }
        t2.EqOperations2 = i, i.instance = new i();
        class s extends o {
          getEq(e3) {
            return e3.getEq4();
          }
          getRelevantAttributes() {
            return ["SC", "SI", "SA"];
          }
          getEqNumber() {
            return 4;
          }
          static getInstance() {
            return s.instance;
          }
        }
        t2.EqOperations4 = s, s.instance = new s();
        class n extends o {
          getEq(e3) {
            return e3.getEq5();
          }
          getRelevantAttributes() {
            return [];
          }
          getEqNumber() {
            return 5;
          }
          static getInstance() {
            return n.instance;
          }
        }
        t2.EqOperations5 = n, n.instance = new n();
        class r {
          static getInstance() {
            return r.instance;
          }
          getHighestSeverityVectors(e3) {
            return e3.getJointEq3AndEq6().getHighestSeverityVectorsUnparsed();
          }
          getRelevantAttributes() {
            return ["VC", "VI", "VA", "CR", "IR", "AR"];
          }
          deriveNextLowerMacro(e3) {
            const t3 = e3.getEq3().getLevelAsInt(), o2 = e3.getEq6().getLevelAsInt();
            return 1 === t3 && 1 === o2 || 0 === t3 && 1 === o2 ? [e3.deriveNextLower(3)] : 1 === t3 && 0 === o2 ? [e3.deriveNextLower(6)] : 0 === t3 && 0 === o2 ? [e3.deriveNextLower(3), e3.deriveNextLower(6)] : [e3.deriveNextLower(3).deriveNextLower(6)];
          }
          lookupScoresForNextLowerMacro(e3) {
            let t3 = NaN, o2 = NaN;
            return e3.length > 0 && null != e3[0] && (t3 = e3[0].getLookupTableScore()), e3.length > 1 && null != e3[1] && (o2 = e3[1].getLookupTableScore()), isNaN(t3) || isNaN(o2) ? isNaN(t3) ? o2 : t3 : Math.max(t3, o2);
          }
          lookupMacroVectorDepth(e3) {
            return e3.getJointEq3AndEq6().getVectorDepth();
          }
        }
        t2.EqOperations36 = r, r.instance = new r();
      }, 951: (e2, t2) => {
        var o;
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss3P1Components = void 0;
        class a {
        }
        t2.Cvss3P1Components = a, o = a, a.CONFIDENTIALITY_IMPACT_VALUES = { X: { shortName: "X", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no loss of confidentiality within the impacted component." }, L: { shortName: "L", value: 0.22, name: "Low", jsonSchemaName: "LOW", description: "There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the impacted component." }, H: { shortName: "H", value: 0.56, name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of confidentiality, resulting in all resources within the impacted component being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact. For example, an attacker steals the administrator's password, or private encryption keys of a web server." } }, a.CONFIDENTIALITY_IMPACT = [o.CONFIDENTIALITY_IMPACT_VALUES.X, o.CONFIDENTIALITY_IMPACT_VALUES.N, o.CONFIDENTIALITY_IMPACT_VALUES.L, o.CONFIDENTIALITY_IMPACT_VALUES.H], a.INTEGRITY_IMPACT_VALUES = { X: { shortName: "X", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no loss of integrity within the impacted component." }, L: { shortName: "L", value: 0.22, name: "Low", jsonSchemaName: "LOW", description: "Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact on the impacted component." }, H: { shortName: "H", value: 0.56, name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the impacted component. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the impacted component." } }, a.INTEGRITY_IMPACT = [o.INTEGRITY_IMPACT_VALUES.X, o.INTEGRITY_IMPACT_VALUES.N, o.INTEGRITY_IMPACT_VALUES.L, o.INTEGRITY_IMPACT_VALUES.H], a.AVAILABILITY_IMPACT_VALUES = { X: { shortName: "X", value: 0, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0, name: "None", jsonSchemaName: "NONE", description: "There is no impact to availability within the impacted component." }, L: { shortName: "L", value: 0.22, name: "Low", jsonSchemaName: "LOW", description: "Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the impacted component are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the impacted component." }, H: { shortName: "H", value: 0.56, name: "High", jsonSchemaName: "HIGH", description: "There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the impacted component; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the impacted component (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)." } }, a.AVAILABILITY_IMPACT = [o.AVAILABILITY_IMPACT_VALUES.X, o.AVAILABILITY_IMPACT_VALUES.N, o.AVAILABILITY_IMPACT_VALUES.L, o.AVAILABILITY_IMPACT_VALUES.H], a.CONFIDENTIALITY_REQUIREMENT_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of Confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "Loss of Confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, a.CONFIDENTIALITY_REQUIREMENT = [o.CONFIDENTIALITY_REQUIREMENT_VALUES.X, o.CONFIDENTIALITY_REQUIREMENT_VALUES.L, o.CONFIDENTIALITY_REQUIREMENT_VALUES.M, o.CONFIDENTIALITY_REQUIREMENT_VALUES.H], a.INTEGRITY_REQUIREMENT_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of Integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "Loss of Integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, a.INTEGRITY_REQUIREMENT = [o.INTEGRITY_REQUIREMENT_VALUES.X, o.INTEGRITY_REQUIREMENT_VALUES.L, o.INTEGRITY_REQUIREMENT_VALUES.M, o.INTEGRITY_REQUIREMENT_VALUES.H], a.AVAILABILITY_REQUIREMENT_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "Loss of Availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "Loss of Availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "Loss of Availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)." } }, a.AVAILABILITY_REQUIREMENT = [o.AVAILABILITY_REQUIREMENT_VALUES.X, o.AVAILABILITY_REQUIREMENT_VALUES.L, o.AVAILABILITY_REQUIREMENT_VALUES.M, o.AVAILABILITY_REQUIREMENT_VALUES.H], a.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, L: { shortName: "L", value: 0.5, name: "Low", jsonSchemaName: "LOW", description: "There is no impact to the integrity of the system." }, M: { shortName: "M", value: 1, name: "Medium", jsonSchemaName: "MEDIUM", description: "There is a partial compromise of system integrity." }, H: { shortName: "H", value: 1.5, name: "High", jsonSchemaName: "HIGH", description: "There is a total compromise of system integrity." } }, a.TEMPLATE_CIA_REQUIREMENT_MODIFIED = [o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.X, o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.L, o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.M, o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.H], a.BASE_CATEGORY = { name: "base", description: "This metric reflects the qualities of a vulnerability that are constant over time and across user environments." }, a.AV_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "Network", abbreviatedName: "Netw.", jsonSchemaName: "NETWORK", description: "The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet." }, A: { shortName: "A", value: 0.62, name: "Adjacent Network", abbreviatedName: "Adj. Network", jsonSchemaName: "ADJACENT_NETWORK", description: "The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology." }, L: { shortName: "L", value: 0.55, name: "Local", jsonSchemaName: "LOCAL", description: "The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities." }, P: { shortName: "P", value: 0.2, name: "Physical", abbreviatedName: "Phys.", jsonSchemaName: "PHYSICAL", description: "The attack requires the attacker to physically touch or manipulate the vulnerable component." } }, a.AV = { name: "Attack Vector", shortName: "AV", subCategory: "Exploitability Metrics", description: "This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.", values: [o.AV_VALUES.X, o.AV_VALUES.N, o.AV_VALUES.A, o.AV_VALUES.L, o.AV_VALUES.P] }, a.AC_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, L: { shortName: "L", value: 0.77, name: "Low", jsonSchemaName: "LOW", description: "Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component." }, H: { shortName: "H", value: 0.44, name: "High", jsonSchemaName: "HIGH", description: "A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected." } }, a.AC = { name: "Attack Complexity", shortName: "AC", subCategory: "Exploitability Metrics", description: "This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.", values: [o.AC_VALUES.X, o.AC_VALUES.L, o.AC_VALUES.H] }, a.PR_VALUES = { X: { shortName: "X", value: 1, changedValue: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, changedValue: 0.85, name: "None", jsonSchemaName: "NONE", description: "The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack." }, L: { shortName: "L", value: 0.62, changedValue: 0.68, name: "Low", jsonSchemaName: "LOW", description: "The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources." }, H: { shortName: "H", value: 0.27, changedValue: 0.5, name: "High", jsonSchemaName: "HIGH", description: "The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files." } }, a.PR = { name: "Privileges Required", shortName: "PR", subCategory: "Exploitability Metrics", description: "This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.", values: [o.PR_VALUES.X, o.PR_VALUES.N, o.PR_VALUES.L, o.PR_VALUES.H] }, a.UI_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "None", jsonSchemaName: "NONE", description: "The vulnerable system can be exploited without interaction from any user." }, R: { shortName: "R", value: 0.62, name: "Required", abbreviatedName: "Req.", jsonSchemaName: "REQUIRED", description: "Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator." } }, a.UI = { name: "User Interaction", shortName: "UI", subCategory: "Exploitability Metrics", description: "This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.", values: [o.UI_VALUES.X, o.UI_VALUES.N, o.UI_VALUES.R] }, a.S_VALUES = { X: { shortName: "X", value: false, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: false, name: "Unchanged", abbreviatedName: "Unchang.", jsonSchemaName: "UNCHANGED", description: "An exploited vulnerability can only affect resources managed by the same authority." }, C: { shortName: "C", value: true, name: "Changed", jsonSchemaName: "CHANGED", description: "An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design." } }, a.S = { name: "Scope", shortName: "S", subCategory: "Exploitability Metrics", description: "Can an exploit of the vulnerability be accomplished remotely?", values: [o.S_VALUES.X, o.S_VALUES.U, o.S_VALUES.C] }, a.C = { name: "Confidentiality Impact", shortName: "C", subCategory: "Impact Metrics", description: "This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.", values: o.CONFIDENTIALITY_IMPACT }, a.I = { name: "Integrity Impact", shortName: "I", subCategory: "Impact Metrics", description: "This metric measures the impact to integrity of a successfully exploited vulnerability.", values: o.INTEGRITY_IMPACT }, a.A = { name: "Availability Impact", shortName: "A", subCategory: "Impact Metrics", description: "This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.", values: o.AVAILABILITY_IMPACT }, a.BASE_CATEGORY_VALUES = [o.AV, o.AC, o.PR, o.UI, o.S, o.C, o.I, o.A], a.TEMPORAL_CATEGORY = { name: "temporal", description: "This metric reflects the current state of exploit techniques or code availability." }, a.E_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: 0.91, name: "Unproven", abbreviatedName: "Unproven", description: "No exploit code is available, or an exploit is theoretical." }, P: { shortName: "P", value: 0.94, name: "Proof-of-Concept", abbreviatedName: "Proof-of-conc.", jsonSchemaName: "PROOF_OF_CONCEPT", description: "Proof-of-concept exploit code is available, or an attack demonstration is not practical for most systems. The code or technique is not functional in all situations and may require substantial modification by a skilled attacker." }, F: { shortName: "F", value: 0.97, name: "Functional", jsonSchemaName: "FUNCTIONAL", description: "Functional exploit code is available. The code works in most situations where the vulnerability exists." }, H: { shortName: "H", value: 1, name: "High", jsonSchemaName: "HIGH", description: "Functional exploit code is available. The code is widespread and automated and works in all situations where the vulnerability exists." } }, a.E = { name: "Exploit Code Maturity", shortName: "E", description: "This metric measures the likelihood of the vulnerability being attacked, and is typically based on the current state of exploit techniques, exploit code availability, or active, successful exploitation of the vulnerability.", values: [o.E_VALUES.X, o.E_VALUES.U, o.E_VALUES.P, o.E_VALUES.F, o.E_VALUES.H] }, a.RL_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, O: { shortName: "O", value: 0.95, name: "Official Fix", abbreviatedName: "Off. Fix", jsonSchemaName: "OFFICIAL_FIX", description: "A complete vendor solution is available. Either the vendor has issued an official patch, or an upgrade is available." }, T: { shortName: "T", value: 0.96, name: "Temporary Fix", abbreviatedName: "Temp. Fix", jsonSchemaName: "TEMPORARY_FIX", description: "There is an official but temporary fix available. This includes instances where the vendor issues a temporary hotfix, tool, or workaround." }, W: { shortName: "W", value: 0.97, name: "Workaround", jsonSchemaName: "WORKAROUND", description: "There is an unofficial, non-vendor solution available. In some cases, users of the affected technology will create a patch of their own or provide steps to work around or otherwise mitigate the vulnerability." }, U: { shortName: "U", value: 1, name: "Unavailable", jsonSchemaName: "UNAVAILABLE", description: "There is either no solution available or it is impossible to apply." } }, a.RL = { name: "Remediation Level", shortName: "RL", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: [o.RL_VALUES.X, o.RL_VALUES.O, o.RL_VALUES.T, o.RL_VALUES.W, o.RL_VALUES.U] }, a.RC_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: 0.92, name: "Unknown", description: "Report confidence is unknown." }, R: { shortName: "R", value: 0.96, name: "Reasonable", jsonSchemaName: "REASONABLE", description: "Reasonable confidence exists, or the reported vulnerability is in a component not typically used by a target or not having a large installed base." }, C: { shortName: "C", value: 1, name: "Confirmed", jsonSchemaName: "CONFIRMED", description: "Confirmed confidence exists, or the exploit is functional in the environment where the vulnerability exists." } }, a.RC = { name: "Report Confidence", shortName: "RC", description: "This metric describes the level of confidence in the existence of the vulnerability and the credibility of the known technical details.", values: [o.RC_VALUES.X, o.RC_VALUES.U, o.RC_VALUES.R, o.RC_VALUES.C] }, a.TEMPORAL_CATEGORY_VALUES = [o.E, o.RL, o.RC], a.ENVIRONMENTAL_CATEGORY = { name: "environmental", description: "This metric reflects the characteristics of a vulnerability that are relevant and unique to a particular user's environment. This metric can greatly improve the accuracy of a score." }, a.MAV_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "Network", abbreviatedName: "Netw.", jsonSchemaName: "NETWORK", description: "The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet." }, A: { shortName: "A", value: 0.62, name: "Adjacent Network", abbreviatedName: "Adj. Network", jsonSchemaName: "ADJACENT_NETWORK", description: "The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology." }, L: { shortName: "L", value: 0.55, name: "Local", jsonSchemaName: "LOCAL", description: "The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities." }, P: { shortName: "P", value: 0.2, name: "Physical", abbreviatedName: "Phys.", jsonSchemaName: "PHYSICAL", description: "The attack requires the attacker to physically touch or manipulate the vulnerable component." } }, a.MAV = { name: "Modified Attack Vector", shortName: "MAV", subCategory: "Exploitability Metrics", description: "This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.", baseMetricEquivalent: o.AV, values: [o.MAV_VALUES.X, o.MAV_VALUES.N, o.MAV_VALUES.A, o.MAV_VALUES.L, o.MAV_VALUES.P] }, a.MAC_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, L: { shortName: "L", value: 0.77, name: "Low", jsonSchemaName: "LOW", description: "Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component." }, H: { shortName: "H", value: 0.44, name: "High", jsonSchemaName: "HIGH", description: "A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected." } }, a.MAC = { name: "Modified Attack Complexity", shortName: "MAC", subCategory: "Exploitability Metrics", description: "This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.", baseMetricEquivalent: o.AC, values: [o.MAC_VALUES.X, o.MAC_VALUES.L, o.MAC_VALUES.H] }, a.MPR_VALUES = { X: { shortName: "X", value: 1, changedValue: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, changedValue: 0.85, name: "None", jsonSchemaName: "NONE", description: "The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack." }, L: { shortName: "L", value: 0.62, changedValue: 0.68, name: "Low", jsonSchemaName: "LOW", description: "The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources." }, H: { shortName: "H", value: 0.27, changedValue: 0.5, name: "High", jsonSchemaName: "HIGH", description: "The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files." } }, a.MPR = { name: "Modified Privileges Required", shortName: "MPR", subCategory: "Exploitability Metrics", description: "This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.", baseMetricEquivalent: o.PR, values: [o.MPR_VALUES.X, o.MPR_VALUES.N, o.MPR_VALUES.L, o.MPR_VALUES.H] }, a.MUI_VALUES = { X: { shortName: "X", value: 1, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, N: { shortName: "N", value: 0.85, name: "None", jsonSchemaName: "NONE", description: "The vulnerable system can be exploited without interaction from any user." }, R: { shortName: "R", value: 0.62, name: "Required", jsonSchemaName: "REQUIRED", description: "Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator." } }, a.MUI = { name: "Modified User Interaction", shortName: "MUI", subCategory: "Exploitability Metrics", description: "This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.", baseMetricEquivalent: o.UI, values: [o.MUI_VALUES.X, o.MUI_VALUES.N, o.MUI_VALUES.R] }, a.MS_VALUES = { X: { shortName: "X", value: false, name: "Not Defined", abbreviatedName: "Not Def.", jsonSchemaName: "NOT_DEFINED", description: "Component is not defined." }, U: { shortName: "U", value: false, name: "Unchanged", abbreviatedName: "Unchang.", jsonSchemaName: "UNCHANGED", description: "An exploited vulnerability can only affect resources managed by the same authority." }, C: { shortName: "C", value: true, name: "Changed", jsonSchemaName: "CHANGED", description: "An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design." } }, a.MS = { name: "Modified Scope", shortName: "MS", subCategory: "Exploitability Metrics", description: "Can an exploit of the vulnerability be accomplished remotely?", baseMetricEquivalent: o.S, values: [o.MS_VALUES.X, o.MS_VALUES.U, o.MS_VALUES.C] }, a.MC = { name: "Confidentiality Impact", shortName: "MC", subCategory: "Modified Impact", description: "This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.", baseMetricEquivalent: o.C, values: o.CONFIDENTIALITY_IMPACT }, a.MI = { name: "Integrity Impact", shortName: "MI", subCategory: "Modified Impact", description: "This metric measures the impact to integrity of a successfully exploited vulnerability.", baseMetricEquivalent: o.I, values: o.INTEGRITY_IMPACT }, a.MA = { name: "Availability Impact", shortName: "MA", subCategory: "Modified Impact", description: "This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.", baseMetricEquivalent: o.A, values: o.AVAILABILITY_IMPACT }, a.CR = { name: "Confidentiality Requirement", shortName: "CR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: o.CONFIDENTIALITY_REQUIREMENT }, a.IR = { name: "Integrity Requirement", shortName: "IR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: o.INTEGRITY_REQUIREMENT }, a.AR = { name: "Availability Requirement", shortName: "AR", subCategory: "Modified Requirement (Impact Subscore) Modifiers", description: "This metric describes the remediation level for a vulnerability in an affected resource.", values: o.AVAILABILITY_REQUIREMENT }, a.ENVIRONMENTAL_CATEGORY_VALUES = [o.CR, o.IR, o.AR, o.MAV, o.MAC, o.MPR, o.MUI, o.MS, o.MC, o.MI, o.MA], a.REGISTERED_COMPONENTS = /* @__PURE__ */ new Map(), o.REGISTERED_COMPONENTS.set(o.BASE_CATEGORY, o.BASE_CATEGORY_VALUES), o.REGISTERED_COMPONENTS.set(o.TEMPORAL_CATEGORY, o.TEMPORAL_CATEGORY_VALUES), o.REGISTERED_COMPONENTS.set(o.ENVIRONMENTAL_CATEGORY, o.ENVIRONMENTAL_CATEGORY_VALUES), a.ATTRIBUTE_SEVERITY_ORDER = [[o.S_VALUES.U, o.MS_VALUES.U], [o.CONFIDENTIALITY_IMPACT_VALUES.N, o.INTEGRITY_IMPACT_VALUES.N, o.AVAILABILITY_IMPACT_VALUES.N], [o.AV_VALUES.P, o.MAV_VALUES.P], [o.CONFIDENTIALITY_IMPACT_VALUES.L, o.INTEGRITY_IMPACT_VALUES.L, o.AVAILABILITY_IMPACT_VALUES.L], [o.PR_VALUES.H, o.MPR_VALUES.H], [o.AC_VALUES.H, o.MAC_VALUES.H], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.L, o.INTEGRITY_REQUIREMENT_VALUES.L, o.AVAILABILITY_REQUIREMENT_VALUES.L], [o.AV_VALUES.L, o.MAV_VALUES.L], [o.CONFIDENTIALITY_IMPACT_VALUES.H, o.INTEGRITY_IMPACT_VALUES.H, o.AVAILABILITY_IMPACT_VALUES.H], [o.AV_VALUES.A, o.MAV_VALUES.A], [o.UI_VALUES.R, o.MUI_VALUES.R], [o.PR_VALUES.L, o.MPR_VALUES.L], [o.AC_VALUES.L, o.MAC_VALUES.L], [o.AV_VALUES.N, o.MAV_VALUES.N], [o.PR_VALUES.N, o.MPR_VALUES.N], [o.UI_VALUES.N, o.MUI_VALUES.N], [o.E_VALUES.U], [o.E_VALUES.P], [o.E_VALUES.F], [o.E_VALUES.H], [o.E_VALUES.X], [o.RC_VALUES.U], [o.RL_VALUES.O], [o.RL_VALUES.T], [o.RC_VALUES.R], [o.RL_VALUES.W], [o.AV_VALUES.X, o.MAV_VALUES.X], [o.AC_VALUES.X, o.MAC_VALUES.X], [o.PR_VALUES.X, o.MPR_VALUES.X], [o.UI_VALUES.X, o.MUI_VALUES.X], [o.S_VALUES.C, o.MS_VALUES.C], [o.S_VALUES.X, o.MS_VALUES.X], [o.CONFIDENTIALITY_IMPACT_VALUES.X], [o.INTEGRITY_IMPACT_VALUES.X], [o.AVAILABILITY_IMPACT_VALUES.X], [o.RL_VALUES.U], [o.RL_VALUES.X], [o.RC_VALUES.C], [o.RC_VALUES.X], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.M, o.INTEGRITY_REQUIREMENT_VALUES.M, o.AVAILABILITY_REQUIREMENT_VALUES.M], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.X, o.INTEGRITY_REQUIREMENT_VALUES.X, o.AVAILABILITY_REQUIREMENT_VALUES.X], [o.CONFIDENTIALITY_REQUIREMENT_VALUES.H, o.INTEGRITY_REQUIREMENT_VALUES.H, o.AVAILABILITY_REQUIREMENT_VALUES.H]];
      }, 972: (e2, t2, o) => {
        var a;
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss4P0MacroVector = void 0;
        const i = o(730), s = o(759);
        class n {
          constructor(e3, t3, o2, a2, i2, s2, n2) {
            this.eq1 = e3, this.eq2 = t3, this.eq3 = o2, this.eq4 = a2, this.eq5 = i2, this.eq6 = s2, this.jointEq3AndEq6 = n2;
          }
          static fromVector(e3) {
            const t3 = a.findMatchingEQ("1", a.EQ1_DEFINITIONS, e3), o2 = a.findMatchingEQ("2", a.EQ2_DEFINITIONS, e3), i2 = a.findMatchingEQ("3", a.EQ3_DEFINITIONS, e3), s2 = a.findMatchingEQ("4", a.EQ4_DEFINITIONS, e3), n2 = a.findMatchingEQ("5", a.EQ5_DEFINITIONS, e3), r = a.findMatchingEQ("6", a.EQ6_DEFINITIONS, e3), c = a.findMatchingEQ("3,6", a.JOINT_EQ3_EQ6_DEFINITIONS, e3);
            return new a(t3, o2, i2, s2, n2, r, c);
          }
          static findMatchingEQ(e3, t3, o2) {
            for (let e4 of t3) if (e4.matchesConstraints(o2)) return e4;
            throw new Error("No matching EQ found for " + e3 + " and vector " + o2);
          }
          getEq1() {
            return this.eq1;
          }
          getEq2() {
            return this.eq2;
          }
          getEq3() {
            return this.eq3;
          }
          getEq4() {
            return this.eq4;
          }
          getEq5() {
            return this.eq5;
          }
          getEq6() {
            return this.eq6;
          }
          getJointEq3AndEq6() {
            return this.jointEq3AndEq6;
          }
          getEQ(e3) {
            switch (e3) {
              case 1:
                return this.eq1;
              case 2:
                return this.eq2;
              case 3:
                return this.eq3;
              case 4:
                return this.eq4;
              case 5:
                return this.eq5;
              case 6:
                return this.eq6;
              case 7:
                return this.jointEq3AndEq6;
              default:
                throw new Error("Invalid EQ index: " + e3);
            }
          }
          getLookupTableScore() {
            return a.getMacroVectorScore(this);
          }
          static getMacroVectorScore(e3) {
            const t3 = e3.toString(), o2 = s.Cvss4P0Components.MV_LOOKUP[t3];
            return void 0 === o2 ? NaN : o2;
          }
          toString() {
            return this.eq1.getLevel() + this.eq2.getLevel() + this.eq3.getLevel() + this.eq4.getLevel() + this.eq5.getLevel() + this.eq6.getLevel();
          }
          deriveNextLower(e3) {
            const t3 = 1 !== e3 ? this.eq1 : this.getNextLower(a.EQ1_DEFINITIONS, this.eq1), o2 = 2 !== e3 ? this.eq2 : this.getNextLower(a.EQ2_DEFINITIONS, this.eq2), i2 = 3 !== e3 ? this.eq3 : this.getNextLower(a.EQ3_DEFINITIONS, this.eq3), s2 = 4 !== e3 ? this.eq4 : this.getNextLower(a.EQ4_DEFINITIONS, this.eq4), n2 = 5 !== e3 ? this.eq5 : this.getNextLower(a.EQ5_DEFINITIONS, this.eq5), r = 6 !== e3 ? this.eq6 : this.getNextLower(a.EQ6_DEFINITIONS, this.eq6), c = 7 !== e3 ? this.jointEq3AndEq6 : this.getNextLower(a.JOINT_EQ3_EQ6_DEFINITIONS, this.jointEq3AndEq6);
            return new a(t3, o2, i2, s2, n2, r, c);
          }
          static getIndexInDefinitions(e3, t3) {
            for (let o2 = 0; o2 < e3.length; o2++) if (e3[o2] === t3) return o2;
            throw new Error("EQ not found in definitions: " + t3);
          }
          getNextLower(e3, t3) {
            const o2 = a.getIndexInDefinitions(e3, t3);
            return e3.length > o2 + 1 ? e3[o2 + 1] : a.EQ_ERROR_DEFINITION;
          }
          static is(e3, t3, o2) {
            return o2 === a.getComparisonMetric(e3, t3).shortName;
          }
          static getComparisonMetricComponent(e3, t3) {
            return a.getComparisonMetric(e3, t3.shortName);
          }
          static getComparisonMetric(e3, t3) {
            const o2 = e3.getComponentByString(t3);
            if ("E" === t3 && s.Cvss4P0Components.E_VALUES.X === o2) return s.Cvss4P0Components.E_VALUES.A;
            if ("CR" === t3 && s.Cvss4P0Components.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.X === o2) return s.Cvss4P0Components.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H;
            if ("IR" === t3 && s.Cvss4P0Components.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.X === o2) return s.Cvss4P0Components.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H;
            if ("AR" === t3 && s.Cvss4P0Components.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.X === o2) return s.Cvss4P0Components.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H;
            if ("MSI" === t3 && s.Cvss4P0Components.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.X === o2 && "S" === e3.getComponentByString("SI").shortName) return s.Cvss4P0Components.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H;
            if ("MSA" === t3 && s.Cvss4P0Components.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.X === o2 && "S" === e3.getComponentByString("SA").shortName) return s.Cvss4P0Components.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H;
            try {
              const o3 = e3.getComponentByString((t3.startsWith("M") ? "" : "M") + t3), a2 = o3.shortName;
              if (null != a2 && "X" !== a2) return o3;
            } catch (e4) {
            }
            return o2;
          }
        }
        t2.Cvss4P0MacroVector = n, a = n, n.EQ_ERROR_DEFINITION = new i.EQ("9", -1, [], (() => true)), n.EQ1_DEFINITIONS = [new i.EQ("0", 1, ["AV:N/PR:N/UI:N"], ((e3) => a.is(e3, "AV", "N") && a.is(e3, "PR", "N") && a.is(e3, "UI", "N"))), new i.EQ("1", 4, ["AV:A/PR:N/UI:N", "AV:N/PR:L/UI:N", "AV:N/PR:N/UI:P"], ((e3) => (a.is(e3, "AV", "N") || a.is(e3, "PR", "N") || a.is(e3, "UI", "N")) && !(a.is(e3, "AV", "N") && a.is(e3, "PR", "N") && a.is(e3, "UI", "N")) && !a.is(e3, "AV", "P"))), new i.EQ("2", 5, ["AV:P/PR:N/UI:N", "AV:A/PR:L/UI:P"], ((e3) => a.is(e3, "AV", "P") || !(a.is(e3, "AV", "N") || a.is(e3, "PR", "N") || a.is(e3, "UI", "N"))))], n.EQ2_DEFINITIONS = [new i.EQ("0", 1, ["AC:L/AT:N"], ((e3) => a.is(e3, "AC", "L") && a.is(e3, "AT", "N"))), new i.EQ("1", 2, ["AC:H/AT:N", "AC:L/AT:P"], ((e3) => !(a.is(e3, "AC", "L") && a.is(e3, "AT", "N"))))], n.EQ3_DEFINITIONS = [new i.EQ("0", -1, ["VC:H/VI:H/VA:H"], ((e3) => a.is(e3, "VC", "H") && a.is(e3, "VI", "H"))), new i.EQ("1", -1, ["VC:L/VI:H/VA:H", "VC:H/VI:L/VA:H"], ((e3) => !(a.is(e3, "VC", "H") && a.is(e3, "VI", "H")) && (a.is(e3, "VC", "H") || a.is(e3, "VI", "H") || a.is(e3, "VA", "H")))), new i.EQ("2", -1, ["VC:L/VI:L/VA:L"], ((e3) => !(a.is(e3, "VC", "H") || a.is(e3, "VI", "H") || a.is(e3, "VA", "H"))))], n.EQ4_DEFINITIONS = [new i.EQ("0", 6, ["SC:H/SI:S/SA:S"], ((e3) => a.is(e3, "MSI", "S") || a.is(e3, "MSA", "S"))), new i.EQ("1", 5, ["SC:H/SI:H/SA:H"], ((e3) => !(a.is(e3, "MSI", "S") && a.is(e3, "MSA", "S")) && (a.is(e3, "SC", "H") || a.is(e3, "SI", "H") || a.is(e3, "SA", "H")))), new i.EQ("2", 4, ["SC:L/SI:L/SA:L"], ((e3) => !(a.is(e3, "MSI", "S") && a.is(e3, "MSA", "S") || a.is(e3, "SC", "H") || a.is(e3, "SI", "H") || a.is(e3, "SA", "H"))))], n.EQ5_DEFINITIONS = [new i.EQ("0", 1, ["E:A"], ((e3) => a.is(e3, "E", "A"))), new i.EQ("1", 1, ["E:P"], ((e3) => a.is(e3, "E", "P"))), new i.EQ("2", 1, ["E:U"], ((e3) => a.is(e3, "E", "U")))], n.EQ6_DEFINITIONS = [new i.EQ("0", -1, ["AV:N/PR:N/UI:N"], ((e3) => a.is(e3, "CR", "H") && a.is(e3, "VC", "H") || a.is(e3, "IR", "H") && a.is(e3, "VI", "H") || a.is(e3, "AR", "H") && a.is(e3, "VA", "H"))), new i.EQ("1", -1, ["VC:H/VI:H/VA:H/CR:M/IR:M/AR:M", "VC:H/VI:H/VA:L/CR:M/IR:M/AR:H", "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M", "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H", "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M", "VC:L/VI:H/VA:L/CR:H/IR:M/AR:H", "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M", "VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"], ((e3) => !(a.is(e3, "CR", "H") && a.is(e3, "VC", "H") || a.is(e3, "IR", "H") && a.is(e3, "VI", "H") || a.is(e3, "AR", "H") && a.is(e3, "VA", "H"))))], n.JOINT_EQ3_EQ6_DEFINITIONS = [new i.EQ("00", 7, ["VC:H/VI:H/VA:H/CR:H/IR:H/AR:H"], ((e3) => a.is(e3, "VC", "H") && a.is(e3, "VI", "H") && (a.is(e3, "CR", "H") || a.is(e3, "IR", "H") || a.is(e3, "AR", "H") && a.is(e3, "VA", "H")))), new i.EQ("01", 6, ["VC:H/VI:H/VA:L/CR:M/IR:M/AR:H", "VC:H/VI:H/VA:H/CR:M/IR:M/AR:M"], ((e3) => a.is(e3, "VC", "H") && a.is(e3, "VI", "H") && !(a.is(e3, "CR", "H") || a.is(e3, "IR", "H")) && !(a.is(e3, "AR", "H") && a.is(e3, "VA", "H")))), new i.EQ("10", 8, ["VC:L/VI:H/VA:H/CR:H/IR:H/AR:H", "VC:H/VI:L/VA:H/CR:H/IR:H/AR:H"], ((e3) => !(a.is(e3, "VC", "H") && a.is(e3, "VI", "H")) && (a.is(e3, "VC", "H") || a.is(e3, "VI", "H") || a.is(e3, "VA", "H")) && (a.is(e3, "CR", "H") && a.is(e3, "VC", "H") || a.is(e3, "IR", "H") && a.is(e3, "VI", "H") || a.is(e3, "AR", "H") && a.is(e3, "VA", "H")))), new i.EQ("11", 8, ["VC:L/VI:H/VA:L/CR:H/IR:M/AR:H", "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M", "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M", "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H", "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M"], ((e3) => !(a.is(e3, "VC", "H") && a.is(e3, "VI", "H")) && (a.is(e3, "VC", "H") || a.is(e3, "VI", "H") || a.is(e3, "VA", "H")) && !(a.is(e3, "CR", "H") && a.is(e3, "VC", "H")) && !(a.is(e3, "IR", "H") && a.is(e3, "VI", "H")) && !(a.is(e3, "AR", "H") && a.is(e3, "VA", "H")))), new i.EQ("20", 0, [], ((e3) => false)), new i.EQ("21", 10, ["VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"], ((e3) => !(a.is(e3, "VC", "H") || a.is(e3, "VI", "H") || a.is(e3, "VA", "H") || a.is(e3, "CR", "H") && a.is(e3, "VC", "H") || a.is(e3, "IR", "H") && a.is(e3, "VI", "H") || a.is(e3, "AR", "H") && a.is(e3, "VA", "H"))))];
      }, 987: (e2, t2, o) => {
        Object.defineProperty(t2, "__esModule", { value: true }), t2.Cvss4P0 = void 0;
        const a = o(154), i = o(972), s = o(904), n = o(759), r = o(730), c = o(951);
        class l extends a.CvssVector {
          constructor(e3) {
            super(e3), this.ROUNDING_EPSILON = Math.pow(10, -6);
          }
          getRegisteredComponents() {
            return n.Cvss4P0Components.REGISTERED_COMPONENTS_EDITOR_ORDER;
          }
          getVectorStringOrderProperties() {
            return n.Cvss4P0Components.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER;
          }
          getVectorPrefix() {
            return "CVSS:4.0/";
          }
          getVectorName() {
            return "CVSS:4.0";
          }
          fillAverageVector() {
            this.applyVector("AV:A/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L");
          }
          fillRandomBaseVector() {
            const e3 = n.Cvss4P0Components.BASE_CATEGORY_VALUES;
            for (let t3 = 0; t3 < e3.length; t3++) {
              const o2 = e3[t3], a2 = super.pickRandomDefinedComponentValue(o2);
              if (!a2) return console.warn("Failed to pick random vector component for", o2, ", filling average vector instead"), void this.fillAverageVector();
              this.applyComponent(o2, a2);
            }
          }
          calculateScoresInternal(e3 = false) {
            const t3 = this.isAnyEnvironmentalDefined(), o2 = this.isAnyThreatDefined(), a2 = this.calculateOverallScore();
            let i2, s2, r2;
            if (t3 || o2) {
              const e4 = this.clone();
              e4.clearSpecifiedComponents(n.Cvss4P0Components.THREAT_CATEGORY_VALUES), e4.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES), e4.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES), i2 = e4.calculateOverallScore();
            } else i2 = a2;
            if (t3) if (o2) {
              const e4 = this.clone();
              e4.clearSpecifiedComponents(n.Cvss4P0Components.THREAT_CATEGORY_VALUES), s2 = e4.calculateOverallScore();
            } else s2 = a2;
            if (o2) if (t3) {
              const e4 = this.clone();
              e4.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES), e4.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES), r2 = e4.calculateOverallScore();
            } else r2 = a2;
            return { normalized: e3, overall: a2, base: a2, baseMetricsOnly: i2, environmental: s2, threat: r2, vector: this.toString() };
          }
          toString(e3 = false, t3 = this.getVectorStringOrderProperties(), o2 = false) {
            return super.toString(e3, t3, o2);
          }
          calculateOverallScore() {
            if (!this.isBaseFullyDefined()) return 0;
            if (["VC", "VI", "VA", "SC", "SI", "SA"].map(((e4) => i.Cvss4P0MacroVector.getComparisonMetric(this, e4))).every(((e4) => "N" === e4.shortName))) return 0;
            const e3 = this.getMacroVector(), t3 = e3.getLookupTableScore(), o2 = (0, s.getEqImplementations)();
            (e3.getEq3().getLevel() + e3.getEq6().getLevel()).toLowerCase() !== e3.getJointEq3AndEq6().getLevel().toLowerCase() && console.warn(`CVSS 4.0: Joint Eq3 and Eq6 level [${e3.getJointEq3AndEq6().getLevel()}] does not match Eq3 [${e3.getEq3().getLevel()}] and Eq6 [${e3.getEq6().getLevel()}]`);
            const a2 = o2.map(((t4) => t4.getHighestSeverityVectors(e3))), n2 = this.generateCvssPermutations(a2[0], a2[1], a2[2], a2[3], a2[4]);
            if (0 === n2.length) return console.warn(`No max vectors found for ${e3}`), 0;
            const r2 = this.calculateSeverityDistancesByComparingToHighestSeverityVectors(n2), c2 = new m();
            for (const a3 of o2) {
              const o3 = a3.deriveNextLowerMacro(e3), i2 = t3 - a3.lookupScoresForNextLowerMacro(o3), s2 = a3.lookupMacroVectorDepth(e3), n3 = a3.getRelevantAttributes().map(((e4) => r2.get(e4) || 0)).reduce(((e4, t4) => e4 + t4), 0);
              if (!isNaN(i2) && 0 !== s2) {
                const e4 = n3 / s2 * i2;
                c2.add(e4);
              }
            }
            const l2 = t3 - c2.get(0);
            return l2 < 0 ? 0 : l2 > 10 ? 10 : this.roundToDecimalPlaces(l2);
          }
          roundToDecimalPlaces(e3) {
            return Math.round(10 * (e3 + this.ROUNDING_EPSILON)) / 10;
          }
          generateCvssPermutations(e3, t3, o2, a2, i2) {
            const s2 = [];
            return e3.forEach(((e4) => {
              t3.forEach(((t4) => {
                o2.forEach(((o3) => {
                  a2.forEach(((a3) => {
                    i2.forEach(((i3) => {
                      const n2 = `${e4}/${t4}/${o3}/${a3}/${i3}`;
                      s2.push(new l(n2));
                    }));
                  }));
                }));
              }));
            })), s2;
          }
          severityDistance(e3, t3, o2, a2) {
            const i2 = "X" === t3.shortName ? void 0 === e3.worseCaseValue ? t3 : e3.worseCaseValue : t3, s2 = "X" === a2.shortName ? void 0 === o2.worseCaseValue ? a2 : o2.worseCaseValue : a2;
            let n2, r2, c2, l2;
            if (e3 !== o2) {
              const t4 = e3.name.startsWith("Modified"), a3 = o2.name.startsWith("Modified");
              if (t4 && !a3) {
                const t5 = e3.values.find(((e4) => e4.shortName === s2.shortName));
                if (!t5) throw new Error("Cannot find modified value for " + s2);
                r2 = i2, l2 = t5, n2 = e3, c2 = e3;
              } else {
                if (t4 || !a3) return console.warn(`Cannot compute severity distance for [${i2}] and [${s2}], assuming distance is 0`), 0;
                {
                  const e4 = o2.values.find(((e5) => e5.shortName === i2.shortName));
                  if (!e4) throw new Error("Cannot find modified value for " + i2);
                  r2 = e4, l2 = s2, n2 = o2, c2 = o2;
                }
              }
            } else r2 = i2, l2 = s2, n2 = e3, c2 = o2;
            return n2.values.indexOf(r2) - c2.values.indexOf(l2);
          }
          severityDistanceBetweenComponents(e3, t3, o2, a2) {
            const i2 = e3.values.find(((e4) => e4.shortName === t3.shortName)), s2 = o2.values.find(((e4) => e4.shortName === a2.shortName));
            if (!i2) throw new Error(`Cannot find component values for ${e3.name} with short name ${t3.shortName} in ${e3.values.map(((e4) => e4.shortName)).join(", ")}`);
            if (!s2) throw new Error(`Cannot find component values for ${o2.name} with short name ${a2.shortName} in ${o2.values.map(((e4) => e4.shortName)).join(", ")}`);
            return e3.values.indexOf(i2) - o2.values.indexOf(s2);
          }
          severityDistanceToVector(e3) {
            let t3 = 0;
            return n.Cvss4P0Components.REGISTERED_COMPONENTS_EDITOR_ORDER.forEach(((o2) => {
              o2.forEach(((o3) => {
                const a2 = this.getComponent(o3), i2 = e3.getComponent(o3);
                t3 += this.severityDistanceBetweenComponents(o3, a2, o3, i2);
              }));
            })), t3;
          }
          calculateSeverityDistancesByComparingToHighestSeverityVectors(e3) {
            const t3 = /* @__PURE__ */ new Map();
            for (const o2 of e3) {
              t3.set("AV", this.severityDistanceBetweenComponents(n.Cvss4P0Components.AV, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.AV), n.Cvss4P0Components.AV, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.AV))), t3.set("PR", this.severityDistanceBetweenComponents(n.Cvss4P0Components.PR, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.PR), n.Cvss4P0Components.PR, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.PR))), t3.set("UI", this.severityDistanceBetweenComponents(n.Cvss4P0Components.UI, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.UI), n.Cvss4P0Components.UI, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.UI))), t3.set("AC", this.severityDistanceBetweenComponents(n.Cvss4P0Components.AC, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.AC), n.Cvss4P0Components.AC, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.AC))), t3.set("AT", this.severityDistanceBetweenComponents(n.Cvss4P0Components.AT, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.AT), n.Cvss4P0Components.AT, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.AT))), t3.set("VC", this.severityDistanceBetweenComponents(n.Cvss4P0Components.VC, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.VC), n.Cvss4P0Components.VC, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.VC))), t3.set("VI", this.severityDistanceBetweenComponents(n.Cvss4P0Components.VI, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.VI), n.Cvss4P0Components.VI, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.VI))), t3.set("VA", this.severityDistanceBetweenComponents(n.Cvss4P0Components.VA, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.VA), n.Cvss4P0Components.VA, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.VA))), t3.set("SC", this.severityDistanceBetweenComponents(n.Cvss4P0Components.SC, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.SC), n.Cvss4P0Components.SC, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.SC))), t3.set("CR", this.severityDistanceBetweenComponents(n.Cvss4P0Components.CR, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.CR), n.Cvss4P0Components.CR, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.CR))), t3.set("IR", this.severityDistanceBetweenComponents(n.Cvss4P0Components.IR, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.IR), n.Cvss4P0Components.IR, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.IR))), t3.set("AR", this.severityDistanceBetweenComponents(n.Cvss4P0Components.AR, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.AR), n.Cvss4P0Components.AR, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.AR)));
              const e4 = this.getComponent(n.Cvss4P0Components.SI) === n.Cvss4P0Components.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S ? "MSI" : "SI", a2 = this.getComponent(n.Cvss4P0Components.SA) === n.Cvss4P0Components.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S ? "MSA" : "SA";
              if (t3.set(e4, this.severityDistanceBetweenComponents(n.Cvss4P0Components.SI, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.SI), n.Cvss4P0Components.SI, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.SI))), t3.set(a2, this.severityDistanceBetweenComponents(n.Cvss4P0Components.SA, i.Cvss4P0MacroVector.getComparisonMetricComponent(this, n.Cvss4P0Components.SA), n.Cvss4P0Components.SA, i.Cvss4P0MacroVector.getComparisonMetricComponent(o2, n.Cvss4P0Components.SA))), !Array.from(t3.values()).some(((e5) => e5 < 0))) break;
              t3.clear();
            }
            return 0 === t3.size && console.warn(`No severity distances found for [${this.toString()}]`), t3;
          }
          getNomenclature() {
            let e3 = "CVSS-B";
            return this.isCategoryPartiallyDefined(n.Cvss4P0Components.THREAT_CATEGORY) && (e3 += "T"), (this.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY) || this.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY)) && (e3 += "E"), e3;
          }
          getMacroVector() {
            return i.Cvss4P0MacroVector.fromVector(this);
          }
          isBaseFullyDefined() {
            return super.isCategoryFullyDefined(n.Cvss4P0Components.BASE_CATEGORY);
          }
          isAnyBaseDefined() {
            return super.isCategoryPartiallyDefined(c.Cvss3P1Components.BASE_CATEGORY);
          }
          isThreatFullyDefined() {
            return super.isCategoryFullyDefined(n.Cvss4P0Components.THREAT_CATEGORY);
          }
          isAnyThreatDefined() {
            return super.isCategoryPartiallyDefined(n.Cvss4P0Components.THREAT_CATEGORY);
          }
          isAnyEnvironmentalDefined() {
            return super.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY) || super.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY);
          }
          getJsonSchemaSeverity(e3) {
            return 0 === e3 || isNaN(e3) ? "NONE" : e3 <= 3.9 ? "LOW" : e3 <= 6.9 ? "MEDIUM" : e3 <= 8.9 ? "HIGH" : "CRITICAL";
          }
          createJsonSchema() {
            const e3 = this.calculateScores();
            return { version: "4.0", vectorString: this.toString(), baseScore: e3.overall, baseSeverity: this.getJsonSchemaSeverity(e3.overall), attackVector: this.getComponent(n.Cvss4P0Components.AV).jsonSchemaName, attackComplexity: this.getComponent(n.Cvss4P0Components.AC).jsonSchemaName, attackRequirements: this.getComponent(n.Cvss4P0Components.AT).jsonSchemaName, privilegesRequired: this.getComponent(n.Cvss4P0Components.PR).jsonSchemaName, userInteraction: this.getComponent(n.Cvss4P0Components.UI).jsonSchemaName, vulnConfidentialityImpact: this.getComponent(n.Cvss4P0Components.VC).jsonSchemaName, vulnIntegrityImpact: this.getComponent(n.Cvss4P0Components.VI).jsonSchemaName, vulnAvailabilityImpact: this.getComponent(n.Cvss4P0Components.VA).jsonSchemaName, subConfidentialityImpact: this.getComponent(n.Cvss4P0Components.SC).jsonSchemaName, subIntegrityImpact: this.getComponent(n.Cvss4P0Components.SI).jsonSchemaName, subAvailabilityImpact: this.getComponent(n.Cvss4P0Components.SA).jsonSchemaName, exploitMaturity: this.getComponent(n.Cvss4P0Components.E).jsonSchemaName, confidentialityRequirement: this.getComponent(n.Cvss4P0Components.CR).jsonSchemaName, integrityRequirement: this.getComponent(n.Cvss4P0Components.IR).jsonSchemaName, availabilityRequirement: this.getComponent(n.Cvss4P0Components.AR).jsonSchemaName, modifiedAttackVector: this.getComponent(n.Cvss4P0Components.MAV).jsonSchemaName, modifiedAttackComplexity: this.getComponent(n.Cvss4P0Components.MAC).jsonSchemaName, modifiedAttackRequirements: this.getComponent(n.Cvss4P0Components.MAT).jsonSchemaName, modifiedPrivilegesRequired: this.getComponent(n.Cvss4P0Components.MPR).jsonSchemaName, modifiedUserInteraction: this.getComponent(n.Cvss4P0Components.MUI).jsonSchemaName, modifiedVulnConfidentialityImpact: this.getComponent(n.Cvss4P0Components.MVC).jsonSchemaName, modifiedVulnIntegrityImpact: this.getComponent(n.Cvss4P0Components.MVI).jsonSchemaName, modifiedVulnAvailabilityImpact: this.getComponent(n.Cvss4P0Components.MVA).jsonSchemaName, modifiedSubConfidentialityImpact: this.getComponent(n.Cvss4P0Components.MSC).jsonSchemaName, modifiedSubIntegrityImpact: this.getComponent(n.Cvss4P0Components.MSI).jsonSchemaName, modifiedSubAvailabilityImpact: this.getComponent(n.Cvss4P0Components.MSA).jsonSchemaName, Safety: this.getComponent(n.Cvss4P0Components.S).jsonSchemaName, Automatable: this.getComponent(n.Cvss4P0Components.AU).jsonSchemaName, Recovery: this.getComponent(n.Cvss4P0Components.R).jsonSchemaName, valueDensity: this.getComponent(n.Cvss4P0Components.V).jsonSchemaName, vulnerabilityResponseEffort: this.getComponent(n.Cvss4P0Components.RE).jsonSchemaName, providerUrgency: this.getComponent(n.Cvss4P0Components.U).jsonSchemaName };
          }
        }
        t2.Cvss4P0 = l, r.EQ.createCvssInstance = (e3) => new l(e3);
        class m {
          constructor() {
            this.sum = 0, this.count = 0;
          }
          add(e3) {
            this.sum += e3, this.count++;
          }
          get(e3) {
            return 0 == this.count ? e3 : this.sum / this.count;
          }
        }
      } }, t = {};
      return (function o(a) {
        var i = t[a];
        if (void 0 !== i) return i.exports;
        var s = t[a] = { exports: {} };
        return e[a].call(s.exports, s, s.exports, o), s.exports;
      })(156);
    })()));
  }
});

// packages/advisory/src/spec-versions.ts
var csaf20 = Object.freeze({
  version: "2.0",
  tlpLabels: Object.freeze(["WHITE", "GREEN", "AMBER", "RED"]),
  tlpUnlimited: "WHITE",
  tlpUrl: "https://www.first.org/tlp/",
  cvssV4: false,
  scoresKey: "scores",
  schemaUrl: "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json",
  vendorFixOnFixed: true,
  draft: false,
  cweKey: "cwe",
  releaseDateKey: "release_date"
});
var csaf21 = Object.freeze({
  version: "2.1",
  tlpLabels: Object.freeze(["CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"]),
  tlpUnlimited: "CLEAR",
  tlpUrl: "https://www.first.org/tlp/",
  cvssV4: true,
  scoresKey: "metrics",
  schemaUrl: "https://docs.oasis-open.org/csaf/csaf/v2.1/schema/csaf.json",
  vendorFixOnFixed: false,
  draft: true,
  cweKey: "cwes",
  releaseDateKey: "disclosure_date"
});
function tlpLabelFor(label, spec) {
  if (label === "WHITE" || label === "CLEAR") return spec.tlpUnlimited;
  if (label === "AMBER+STRICT" && !spec.tlpLabels.includes(label)) return "AMBER";
  return label;
}
var tlpLabels = ["WHITE", "CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"];

// packages/advisory/src/file-name.ts
function fileNameOfTrackingId(id) {
  return `${id.toLowerCase().replace(/[^+\-a-z0-9]+/g, "_")}.json`;
}
function csafFileName(document) {
  const id = document?.document?.tracking?.id;
  return typeof id === "string" && id !== "" ? fileNameOfTrackingId(id) : void 0;
}

// packages/advisory/generated/formats.js
var import_formats = __toESM(require_formats(), 1);
var formats_default = { date: import_formats.fullFormats.date, "date-time": import_formats.fullFormats["date-time"], uri: import_formats.fullFormats.uri, email: import_formats.fullFormats.email };

// packages/advisory/generated/validate-advisory.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validate_advisory_default = validate10;
var schema11 = { "additionalProperties": false, "title": "Evident advisory", "description": "A security advisory, built into CSAF by `evident advisory build`.", "type": "object", "required": ["id", "title", "tlp"], "properties": { "$schema": { "type": "string" }, "id": { "pattern": "^\\S(.*\\S)?$", "description": "The tracking id, e.g. ACME-SA-2026-001.", "type": "string" }, "title": { "minLength": 1, "type": "string" }, "category": { "type": "string", "enum": ["security-advisory", "vex", "informational"], "description": "security-advisory (default), vex or informational." }, "tlp": { "type": "string", "enum": ["WHITE", "CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"], "description": "Traffic Light Protocol label (WHITE/CLEAR: public)." }, "lang": { "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "description": "Language, e.g. en.", "type": "string" }, "summary": { "minLength": 1, "type": "string" }, "notes": { "type": "array", "items": { "additionalProperties": false, "description": "A note.", "type": "object", "required": ["category", "text"], "properties": { "category": { "type": "string", "enum": ["description", "details", "faq", "general", "legal_disclaimer", "other", "summary"], "description": "The CSAF note category." }, "title": { "minLength": 1, "type": "string" }, "text": { "minLength": 1, "type": "string" } } } }, "references": { "type": "array", "items": { "additionalProperties": false, "description": "A reference.", "type": "object", "required": ["url", "summary"], "properties": { "url": { "format": "uri", "description": "An absolute URL.", "type": "string" }, "summary": { "minLength": 1, "type": "string" }, "category": { "type": "string", "enum": ["external", "self"], "description": "external (default) or self." } } } }, "acknowledgments": { "type": "array", "items": { "additionalProperties": false, "description": "Who is thanked, and for what.", "type": "object", "properties": { "names": { "minItems": 1, "type": "array", "items": { "minLength": 1, "type": "string" } }, "organization": { "minLength": 1, "type": "string" }, "summary": { "minLength": 1, "type": "string" }, "urls": { "minItems": 1, "type": "array", "items": { "format": "uri", "description": "An absolute URL.", "type": "string" } } } } }, "products": { "description": "The products and versions this advisory speaks about.", "type": "array", "items": { "additionalProperties": false, "description": "A product, by reference to evident.yml or written out.", "type": "object", "required": ["versions"], "properties": { "ref": { "minLength": 1, "description": "The id of a product in evident.yml (gives name and vendor).", "type": "string" }, "component": { "minLength": 1, "description": "A component of the product's SBOM (evident.yml sbom.components): its name, supplier, CPE and purl are used.", "type": "string" }, "name": { "minLength": 1, "type": "string" }, "vendor": { "minLength": 1, "type": "string" }, "models": { "minItems": 1, "description": "Model numbers of the hardware the product is, or runs on.", "type": "array", "items": { "minLength": 1, "type": "string" } }, "versions": { "minItems": 1, "type": "array", "items": { "additionalProperties": false, "description": "A version or range of a product, with the id statuses refer to.", "type": "object", "required": ["id"], "properties": { "id": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._+-]*$", "description": "A product version id defined under products[].versions.", "type": "string" }, "version": { "minLength": 1, "description": "One version, e.g. 2.4.1.", "type": "string" }, "range": { "minLength": 1, "description": 'A range: comparators like ">=2.0.0 <2.4.1", or a vers: range (vers:semver/>=2.0.0|<2.4.1).', "type": "string" }, "cpe": { "pattern": "^cpe:", "description": "A CPE 2.3 name of this version.", "type": "string" }, "purl": { "pattern": "^pkg:", "description": "A package URL of this version.", "type": "string" } } } } } } }, "vulnerabilities": { "description": "The vulnerabilities.", "type": "array", "items": { "additionalProperties": false, "description": "A vulnerability and how it touches each product version.", "type": "object", "required": ["status"], "properties": { "cve": { "pattern": "^CVE-[0-9]{4}-[0-9]{4,}$", "description": "The CVE id.", "type": "string" }, "title": { "minLength": 1, "type": "string" }, "description": { "minLength": 1, "type": "string" }, "cwe": { "anyOf": [{ "pattern": "^CWE-[1-9]\\d*$", "description": "A CWE id; its name comes from the CWE list.", "type": "string" }, { "additionalProperties": false, "type": "object", "required": ["id", "name"], "properties": { "id": { "pattern": "^CWE-[1-9]\\d*$", "type": "string" }, "name": { "minLength": 1, "description": "Checked against the CWE list.", "type": "string" } } }] }, "cvss": { "pattern": "^CVSS:3\\.[01]/", "description": "A CVSS v3.1 vector; the scores are computed.", "type": "string" }, "cvssV4": { "pattern": "^CVSS:4\\.0/", "description": "A CVSS v4.0 vector (carried by CSAF 2.1 only).", "type": "string" }, "discovered": { "minLength": 10, "description": "A date (YYYY-MM-DD) or a date-time with a zone (2026-03-10T09:00:00Z).", "type": "string" }, "released": { "minLength": 10, "description": "A date (YYYY-MM-DD) or a date-time with a zone (2026-03-10T09:00:00Z).", "type": "string" }, "status": { "additionalProperties": false, "description": "Product status: which product versions are in which state.", "type": "object", "properties": { "known_affected": { "minItems": 1, "uniqueItems": true, "type": "array", "items": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._+-]*$", "description": "A product version id defined under products[].versions.", "type": "string" } }, "first_affected": { "minItems": 1, "uniqueItems": true, "type": "array", "items": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._+-]*$", "description": "A product version id defined under products[].versions.", "type": "string" } }, "last_affected": { "minItems": 1, "uniqueItems": true, "type": "array", "items": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._+-]*$", "description": "A product version id defined under products[].versions.", "type": "string" } }, "fixed": { "minItems": 1, "uniqueItems": true, "type": "array", "items": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._+-]*$", "description": "A product version id defined under products[].versions.", "type": "string" } }, "first_fixed": { "minItems": 1, "uniqueItems": true, "type": "array", "items": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._+-]*$", "description": "A product version id defined under products[].versions.", "type": "string" } }, "recommended": { "minItems": 1, "uniqueItems": true, "type": "array", "items": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._+-]*$", "description": "A product version id defined under products[].versions.", "type": "string" } }, "under_investigation": { "minItems": 1, "uniqueItems": true, "type": "array", "items": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._+-]*$", "description": "A product version id defined under products[].versions.", "type": "string" } }, "known_not_affected": { "minItems": 1, "type": "array", "items": { "additionalProperties": false, "description": "A product that is not affected, with a justification or an impact statement.", "type": "object", "required": ["id"], "properties": { "id": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._+-]*$", "description": "A product version id defined under products[].versions.", "type": "string" }, "justification": { "type": "string", "enum": ["component_not_present", "inline_mitigations_already_exist", "vulnerable_code_cannot_be_controlled_by_adversary", "vulnerable_code_not_in_execute_path", "vulnerable_code_not_present"], "description": "Why the product is not affected (VEX)." }, "impact": { "minLength": 1, "description": "An impact statement: why it is not affected.", "type": "string" } } } } } }, "remediations": { "type": "array", "items": { "additionalProperties": false, "description": "What users can do; products default to the affected ones.", "type": "object", "required": ["category", "details"], "properties": { "category": { "type": "string", "enum": ["vendor_fix", "mitigation", "workaround", "none_available", "no_fix_planned"], "description": "The CSAF remediation category." }, "details": { "minLength": 1, "type": "string" }, "url": { "format": "uri", "description": "An absolute URL.", "type": "string" }, "fixedVersion": { "minLength": 1, "description": "The version that fixes it (vendor_fix).", "type": "string" }, "date": { "minLength": 10, "description": "A date (YYYY-MM-DD) or a date-time with a zone (2026-03-10T09:00:00Z).", "type": "string" }, "products": { "minItems": 1, "uniqueItems": true, "type": "array", "items": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._+-]*$", "description": "A product version id defined under products[].versions.", "type": "string" } } } } }, "notes": { "type": "array", "items": { "additionalProperties": false, "description": "A note.", "type": "object", "required": ["category", "text"], "properties": { "category": { "type": "string", "enum": ["description", "details", "faq", "general", "legal_disclaimer", "other", "summary"], "description": "The CSAF note category." }, "title": { "minLength": 1, "type": "string" }, "text": { "minLength": 1, "type": "string" } } } }, "references": { "type": "array", "items": { "additionalProperties": false, "description": "A reference.", "type": "object", "required": ["url", "summary"], "properties": { "url": { "format": "uri", "description": "An absolute URL.", "type": "string" }, "summary": { "minLength": 1, "type": "string" }, "category": { "type": "string", "enum": ["external", "self"], "description": "external (default) or self." } } } }, "acknowledgments": { "type": "array", "items": { "additionalProperties": false, "description": "Who is thanked, and for what.", "type": "object", "properties": { "names": { "minItems": 1, "type": "array", "items": { "minLength": 1, "type": "string" } }, "organization": { "minLength": 1, "type": "string" }, "summary": { "minLength": 1, "type": "string" }, "urls": { "minItems": 1, "type": "array", "items": { "format": "uri", "description": "An absolute URL.", "type": "string" } } } } } } } }, "tracking": { "additionalProperties": false, "description": "The revision history; `evident advisory revise` maintains it.", "type": "object", "required": ["status", "version", "revisions"], "properties": { "status": { "type": "string", "enum": ["draft", "interim", "final"], "description": "draft, interim or final; set by `evident advisory revise`." }, "version": { "minLength": 1, "type": "string" }, "revisions": { "minItems": 1, "type": "array", "items": { "additionalProperties": false, "description": "A revision; written by `evident advisory revise`.", "type": "object", "required": ["number", "date", "summary"], "properties": { "number": { "minLength": 1, "type": "string" }, "date": { "minLength": 10, "description": "A date (YYYY-MM-DD) or a date-time with a zone (2026-03-10T09:00:00Z).", "type": "string" }, "summary": { "minLength": 1, "type": "string" } } } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length.default.default ?? import_ucs2length.default;
var pattern0 = new RegExp("^\\S(.*\\S)?$", "u");
var pattern1 = new RegExp("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "u");
var pattern2 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._+-]*$", "u");
var pattern3 = new RegExp("^cpe:", "u");
var pattern4 = new RegExp("^pkg:", "u");
var pattern5 = new RegExp("^CVE-[0-9]{4}-[0-9]{4,}$", "u");
var pattern6 = new RegExp("^CWE-[1-9]\\d*$", "u");
var pattern8 = new RegExp("^CVSS:3\\.[01]/", "u");
var pattern9 = new RegExp("^CVSS:4\\.0/", "u");
var formats0 = formats_default.uri;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tlp === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tlp" }, message: "must have required property 'tlp'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^\\S(.*\\S)?$" }, message: 'must match pattern "^\\S(.*\\S)?$"', schema: "^\\S(.*\\S)?$", parentSchema: schema11.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.id.type, parentSchema: schema11.properties.id, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err7 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.title, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.title.type, parentSchema: schema11.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.category !== void 0) {
      let data3 = data.category;
      if (typeof data3 !== "string") {
        const err9 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.category.type, parentSchema: schema11.properties.category, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data3 === "security-advisory" || data3 === "vex" || data3 === "informational")) {
        const err10 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/enum", keyword: "enum", params: { allowedValues: schema11.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.category.enum, parentSchema: schema11.properties.category, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.tlp !== void 0) {
      let data4 = data.tlp;
      if (typeof data4 !== "string") {
        const err11 = { instancePath: instancePath + "/tlp", schemaPath: "#/properties/tlp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tlp.type, parentSchema: schema11.properties.tlp, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (!(data4 === "WHITE" || data4 === "CLEAR" || data4 === "GREEN" || data4 === "AMBER" || data4 === "AMBER+STRICT" || data4 === "RED")) {
        const err12 = { instancePath: instancePath + "/tlp", schemaPath: "#/properties/tlp/enum", keyword: "enum", params: { allowedValues: schema11.properties.tlp.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.tlp.enum, parentSchema: schema11.properties.tlp, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.lang !== void 0) {
      let data5 = data.lang;
      if (typeof data5 === "string") {
        if (!pattern1.test(data5)) {
          const err13 = { instancePath: instancePath + "/lang", schemaPath: "#/properties/lang/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$" }, message: 'must match pattern "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"', schema: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", parentSchema: schema11.properties.lang, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/lang", schemaPath: "#/properties/lang/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.lang.type, parentSchema: schema11.properties.lang, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data6 = data.summary;
      if (typeof data6 === "string") {
        if (func3(data6) < 1) {
          const err15 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.summary, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.summary.type, parentSchema: schema11.properties.summary, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data7 = data.notes;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.category === void 0) {
              const err17 = { instancePath: instancePath + "/notes/" + i0, schemaPath: "#/properties/notes/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'", schema: schema11.properties.notes.items.required, parentSchema: schema11.properties.notes.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data8.text === void 0) {
              const err18 = { instancePath: instancePath + "/notes/" + i0, schemaPath: "#/properties/notes/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema11.properties.notes.items.required, parentSchema: schema11.properties.notes.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key1 in data8) {
              if (!(key1 === "category" || key1 === "title" || key1 === "text")) {
                const err19 = { instancePath: instancePath + "/notes/" + i0, schemaPath: "#/properties/notes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.notes.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data8.category !== void 0) {
              let data9 = data8.category;
              if (typeof data9 !== "string") {
                const err20 = { instancePath: instancePath + "/notes/" + i0 + "/category", schemaPath: "#/properties/notes/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.notes.items.properties.category.type, parentSchema: schema11.properties.notes.items.properties.category, data: data9 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              if (!(data9 === "description" || data9 === "details" || data9 === "faq" || data9 === "general" || data9 === "legal_disclaimer" || data9 === "other" || data9 === "summary")) {
                const err21 = { instancePath: instancePath + "/notes/" + i0 + "/category", schemaPath: "#/properties/notes/items/properties/category/enum", keyword: "enum", params: { allowedValues: schema11.properties.notes.items.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.notes.items.properties.category.enum, parentSchema: schema11.properties.notes.items.properties.category, data: data9 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data8.title !== void 0) {
              let data10 = data8.title;
              if (typeof data10 === "string") {
                if (func3(data10) < 1) {
                  const err22 = { instancePath: instancePath + "/notes/" + i0 + "/title", schemaPath: "#/properties/notes/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.notes.items.properties.title, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/notes/" + i0 + "/title", schemaPath: "#/properties/notes/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.notes.items.properties.title.type, parentSchema: schema11.properties.notes.items.properties.title, data: data10 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data8.text !== void 0) {
              let data11 = data8.text;
              if (typeof data11 === "string") {
                if (func3(data11) < 1) {
                  const err24 = { instancePath: instancePath + "/notes/" + i0 + "/text", schemaPath: "#/properties/notes/items/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.notes.items.properties.text, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/notes/" + i0 + "/text", schemaPath: "#/properties/notes/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.notes.items.properties.text.type, parentSchema: schema11.properties.notes.items.properties.text, data: data11 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/notes/" + i0, schemaPath: "#/properties/notes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.notes.items.type, parentSchema: schema11.properties.notes.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.notes.type, parentSchema: schema11.properties.notes, data: data7 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.references !== void 0) {
      let data12 = data.references;
      if (Array.isArray(data12)) {
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data13 = data12[i1];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.url === void 0) {
              const err28 = { instancePath: instancePath + "/references/" + i1, schemaPath: "#/properties/references/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema11.properties.references.items.required, parentSchema: schema11.properties.references.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data13.summary === void 0) {
              const err29 = { instancePath: instancePath + "/references/" + i1, schemaPath: "#/properties/references/items/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema11.properties.references.items.required, parentSchema: schema11.properties.references.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            for (const key2 in data13) {
              if (!(key2 === "url" || key2 === "summary" || key2 === "category")) {
                const err30 = { instancePath: instancePath + "/references/" + i1, schemaPath: "#/properties/references/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.references.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data13.url !== void 0) {
              let data14 = data13.url;
              if (typeof data14 === "string") {
                if (!formats0(data14)) {
                  const err31 = { instancePath: instancePath + "/references/" + i1 + "/url", schemaPath: "#/properties/references/items/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema11.properties.references.items.properties.url, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/references/" + i1 + "/url", schemaPath: "#/properties/references/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.references.items.properties.url.type, parentSchema: schema11.properties.references.items.properties.url, data: data14 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data13.summary !== void 0) {
              let data15 = data13.summary;
              if (typeof data15 === "string") {
                if (func3(data15) < 1) {
                  const err33 = { instancePath: instancePath + "/references/" + i1 + "/summary", schemaPath: "#/properties/references/items/properties/summary/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.references.items.properties.summary, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = { instancePath: instancePath + "/references/" + i1 + "/summary", schemaPath: "#/properties/references/items/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.references.items.properties.summary.type, parentSchema: schema11.properties.references.items.properties.summary, data: data15 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data13.category !== void 0) {
              let data16 = data13.category;
              if (typeof data16 !== "string") {
                const err35 = { instancePath: instancePath + "/references/" + i1 + "/category", schemaPath: "#/properties/references/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.references.items.properties.category.type, parentSchema: schema11.properties.references.items.properties.category, data: data16 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              if (!(data16 === "external" || data16 === "self")) {
                const err36 = { instancePath: instancePath + "/references/" + i1 + "/category", schemaPath: "#/properties/references/items/properties/category/enum", keyword: "enum", params: { allowedValues: schema11.properties.references.items.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.references.items.properties.category.enum, parentSchema: schema11.properties.references.items.properties.category, data: data16 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/references/" + i1, schemaPath: "#/properties/references/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.references.items.type, parentSchema: schema11.properties.references.items, data: data13 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.references.type, parentSchema: schema11.properties.references, data: data12 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.acknowledgments !== void 0) {
      let data17 = data.acknowledgments;
      if (Array.isArray(data17)) {
        const len2 = data17.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data18 = data17[i2];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key3 in data18) {
              if (!(key3 === "names" || key3 === "organization" || key3 === "summary" || key3 === "urls")) {
                const err39 = { instancePath: instancePath + "/acknowledgments/" + i2, schemaPath: "#/properties/acknowledgments/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.acknowledgments.items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data18.names !== void 0) {
              let data19 = data18.names;
              if (Array.isArray(data19)) {
                if (data19.length < 1) {
                  const err40 = { instancePath: instancePath + "/acknowledgments/" + i2 + "/names", schemaPath: "#/properties/acknowledgments/items/properties/names/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.acknowledgments.items.properties.names, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                const len3 = data19.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data20 = data19[i3];
                  if (typeof data20 === "string") {
                    if (func3(data20) < 1) {
                      const err41 = { instancePath: instancePath + "/acknowledgments/" + i2 + "/names/" + i3, schemaPath: "#/properties/acknowledgments/items/properties/names/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.acknowledgments.items.properties.names.items, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  } else {
                    const err42 = { instancePath: instancePath + "/acknowledgments/" + i2 + "/names/" + i3, schemaPath: "#/properties/acknowledgments/items/properties/names/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.acknowledgments.items.properties.names.items.type, parentSchema: schema11.properties.acknowledgments.items.properties.names.items, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/acknowledgments/" + i2 + "/names", schemaPath: "#/properties/acknowledgments/items/properties/names/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.acknowledgments.items.properties.names.type, parentSchema: schema11.properties.acknowledgments.items.properties.names, data: data19 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data18.organization !== void 0) {
              let data21 = data18.organization;
              if (typeof data21 === "string") {
                if (func3(data21) < 1) {
                  const err44 = { instancePath: instancePath + "/acknowledgments/" + i2 + "/organization", schemaPath: "#/properties/acknowledgments/items/properties/organization/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.acknowledgments.items.properties.organization, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              } else {
                const err45 = { instancePath: instancePath + "/acknowledgments/" + i2 + "/organization", schemaPath: "#/properties/acknowledgments/items/properties/organization/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.acknowledgments.items.properties.organization.type, parentSchema: schema11.properties.acknowledgments.items.properties.organization, data: data21 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data18.summary !== void 0) {
              let data22 = data18.summary;
              if (typeof data22 === "string") {
                if (func3(data22) < 1) {
                  const err46 = { instancePath: instancePath + "/acknowledgments/" + i2 + "/summary", schemaPath: "#/properties/acknowledgments/items/properties/summary/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.acknowledgments.items.properties.summary, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/acknowledgments/" + i2 + "/summary", schemaPath: "#/properties/acknowledgments/items/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.acknowledgments.items.properties.summary.type, parentSchema: schema11.properties.acknowledgments.items.properties.summary, data: data22 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data18.urls !== void 0) {
              let data23 = data18.urls;
              if (Array.isArray(data23)) {
                if (data23.length < 1) {
                  const err48 = { instancePath: instancePath + "/acknowledgments/" + i2 + "/urls", schemaPath: "#/properties/acknowledgments/items/properties/urls/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.acknowledgments.items.properties.urls, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                const len4 = data23.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data24 = data23[i4];
                  if (typeof data24 === "string") {
                    if (!formats0(data24)) {
                      const err49 = { instancePath: instancePath + "/acknowledgments/" + i2 + "/urls/" + i4, schemaPath: "#/properties/acknowledgments/items/properties/urls/items/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema11.properties.acknowledgments.items.properties.urls.items, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                  } else {
                    const err50 = { instancePath: instancePath + "/acknowledgments/" + i2 + "/urls/" + i4, schemaPath: "#/properties/acknowledgments/items/properties/urls/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.acknowledgments.items.properties.urls.items.type, parentSchema: schema11.properties.acknowledgments.items.properties.urls.items, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
              } else {
                const err51 = { instancePath: instancePath + "/acknowledgments/" + i2 + "/urls", schemaPath: "#/properties/acknowledgments/items/properties/urls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.acknowledgments.items.properties.urls.type, parentSchema: schema11.properties.acknowledgments.items.properties.urls, data: data23 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/acknowledgments/" + i2, schemaPath: "#/properties/acknowledgments/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.acknowledgments.items.type, parentSchema: schema11.properties.acknowledgments.items, data: data18 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/acknowledgments", schemaPath: "#/properties/acknowledgments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.acknowledgments.type, parentSchema: schema11.properties.acknowledgments, data: data17 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.products !== void 0) {
      let data25 = data.products;
      if (Array.isArray(data25)) {
        const len5 = data25.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data26 = data25[i5];
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.versions === void 0) {
              const err54 = { instancePath: instancePath + "/products/" + i5, schemaPath: "#/properties/products/items/required", keyword: "required", params: { missingProperty: "versions" }, message: "must have required property 'versions'", schema: schema11.properties.products.items.required, parentSchema: schema11.properties.products.items, data: data26 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            for (const key4 in data26) {
              if (!(key4 === "ref" || key4 === "component" || key4 === "name" || key4 === "vendor" || key4 === "models" || key4 === "versions")) {
                const err55 = { instancePath: instancePath + "/products/" + i5, schemaPath: "#/properties/products/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.products.items, data: data26 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data26.ref !== void 0) {
              let data27 = data26.ref;
              if (typeof data27 === "string") {
                if (func3(data27) < 1) {
                  const err56 = { instancePath: instancePath + "/products/" + i5 + "/ref", schemaPath: "#/properties/products/items/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.products.items.properties.ref, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/products/" + i5 + "/ref", schemaPath: "#/properties/products/items/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.products.items.properties.ref.type, parentSchema: schema11.properties.products.items.properties.ref, data: data27 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data26.component !== void 0) {
              let data28 = data26.component;
              if (typeof data28 === "string") {
                if (func3(data28) < 1) {
                  const err58 = { instancePath: instancePath + "/products/" + i5 + "/component", schemaPath: "#/properties/products/items/properties/component/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.products.items.properties.component, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/products/" + i5 + "/component", schemaPath: "#/properties/products/items/properties/component/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.products.items.properties.component.type, parentSchema: schema11.properties.products.items.properties.component, data: data28 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data26.name !== void 0) {
              let data29 = data26.name;
              if (typeof data29 === "string") {
                if (func3(data29) < 1) {
                  const err60 = { instancePath: instancePath + "/products/" + i5 + "/name", schemaPath: "#/properties/products/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.products.items.properties.name, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = { instancePath: instancePath + "/products/" + i5 + "/name", schemaPath: "#/properties/products/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.products.items.properties.name.type, parentSchema: schema11.properties.products.items.properties.name, data: data29 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data26.vendor !== void 0) {
              let data30 = data26.vendor;
              if (typeof data30 === "string") {
                if (func3(data30) < 1) {
                  const err62 = { instancePath: instancePath + "/products/" + i5 + "/vendor", schemaPath: "#/properties/products/items/properties/vendor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.products.items.properties.vendor, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              } else {
                const err63 = { instancePath: instancePath + "/products/" + i5 + "/vendor", schemaPath: "#/properties/products/items/properties/vendor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.products.items.properties.vendor.type, parentSchema: schema11.properties.products.items.properties.vendor, data: data30 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data26.models !== void 0) {
              let data31 = data26.models;
              if (Array.isArray(data31)) {
                if (data31.length < 1) {
                  const err64 = { instancePath: instancePath + "/products/" + i5 + "/models", schemaPath: "#/properties/products/items/properties/models/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.products.items.properties.models, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                const len6 = data31.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data32 = data31[i6];
                  if (typeof data32 === "string") {
                    if (func3(data32) < 1) {
                      const err65 = { instancePath: instancePath + "/products/" + i5 + "/models/" + i6, schemaPath: "#/properties/products/items/properties/models/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.products.items.properties.models.items, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                  } else {
                    const err66 = { instancePath: instancePath + "/products/" + i5 + "/models/" + i6, schemaPath: "#/properties/products/items/properties/models/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.products.items.properties.models.items.type, parentSchema: schema11.properties.products.items.properties.models.items, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
              } else {
                const err67 = { instancePath: instancePath + "/products/" + i5 + "/models", schemaPath: "#/properties/products/items/properties/models/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.products.items.properties.models.type, parentSchema: schema11.properties.products.items.properties.models, data: data31 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data26.versions !== void 0) {
              let data33 = data26.versions;
              if (Array.isArray(data33)) {
                if (data33.length < 1) {
                  const err68 = { instancePath: instancePath + "/products/" + i5 + "/versions", schemaPath: "#/properties/products/items/properties/versions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.products.items.properties.versions, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                const len7 = data33.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data34 = data33[i7];
                  if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                    if (data34.id === void 0) {
                      const err69 = { instancePath: instancePath + "/products/" + i5 + "/versions/" + i7, schemaPath: "#/properties/products/items/properties/versions/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.products.items.properties.versions.items.required, parentSchema: schema11.properties.products.items.properties.versions.items, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                    for (const key5 in data34) {
                      if (!(key5 === "id" || key5 === "version" || key5 === "range" || key5 === "cpe" || key5 === "purl")) {
                        const err70 = { instancePath: instancePath + "/products/" + i5 + "/versions/" + i7, schemaPath: "#/properties/products/items/properties/versions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.products.items.properties.versions.items, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err70];
                        } else {
                          vErrors.push(err70);
                        }
                        errors++;
                      }
                    }
                    if (data34.id !== void 0) {
                      let data35 = data34.id;
                      if (typeof data35 === "string") {
                        if (!pattern2.test(data35)) {
                          const err71 = { instancePath: instancePath + "/products/" + i5 + "/versions/" + i7 + "/id", schemaPath: "#/properties/products/items/properties/versions/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]*$", parentSchema: schema11.properties.products.items.properties.versions.items.properties.id, data: data35 };
                          if (vErrors === null) {
                            vErrors = [err71];
                          } else {
                            vErrors.push(err71);
                          }
                          errors++;
                        }
                      } else {
                        const err72 = { instancePath: instancePath + "/products/" + i5 + "/versions/" + i7 + "/id", schemaPath: "#/properties/products/items/properties/versions/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.products.items.properties.versions.items.properties.id.type, parentSchema: schema11.properties.products.items.properties.versions.items.properties.id, data: data35 };
                        if (vErrors === null) {
                          vErrors = [err72];
                        } else {
                          vErrors.push(err72);
                        }
                        errors++;
                      }
                    }
                    if (data34.version !== void 0) {
                      let data36 = data34.version;
                      if (typeof data36 === "string") {
                        if (func3(data36) < 1) {
                          const err73 = { instancePath: instancePath + "/products/" + i5 + "/versions/" + i7 + "/version", schemaPath: "#/properties/products/items/properties/versions/items/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.products.items.properties.versions.items.properties.version, data: data36 };
                          if (vErrors === null) {
                            vErrors = [err73];
                          } else {
                            vErrors.push(err73);
                          }
                          errors++;
                        }
                      } else {
                        const err74 = { instancePath: instancePath + "/products/" + i5 + "/versions/" + i7 + "/version", schemaPath: "#/properties/products/items/properties/versions/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.products.items.properties.versions.items.properties.version.type, parentSchema: schema11.properties.products.items.properties.versions.items.properties.version, data: data36 };
                        if (vErrors === null) {
                          vErrors = [err74];
                        } else {
                          vErrors.push(err74);
                        }
                        errors++;
                      }
                    }
                    if (data34.range !== void 0) {
                      let data37 = data34.range;
                      if (typeof data37 === "string") {
                        if (func3(data37) < 1) {
                          const err75 = { instancePath: instancePath + "/products/" + i5 + "/versions/" + i7 + "/range", schemaPath: "#/properties/products/items/properties/versions/items/properties/range/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.products.items.properties.versions.items.properties.range, data: data37 };
                          if (vErrors === null) {
                            vErrors = [err75];
                          } else {
                            vErrors.push(err75);
                          }
                          errors++;
                        }
                      } else {
                        const err76 = { instancePath: instancePath + "/products/" + i5 + "/versions/" + i7 + "/range", schemaPath: "#/properties/products/items/properties/versions/items/properties/range/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.products.items.properties.versions.items.properties.range.type, parentSchema: schema11.properties.products.items.properties.versions.items.properties.range, data: data37 };
                        if (vErrors === null) {
                          vErrors = [err76];
                        } else {
                          vErrors.push(err76);
                        }
                        errors++;
                      }
                    }
                    if (data34.cpe !== void 0) {
                      let data38 = data34.cpe;
                      if (typeof data38 === "string") {
                        if (!pattern3.test(data38)) {
                          const err77 = { instancePath: instancePath + "/products/" + i5 + "/versions/" + i7 + "/cpe", schemaPath: "#/properties/products/items/properties/versions/items/properties/cpe/pattern", keyword: "pattern", params: { pattern: "^cpe:" }, message: 'must match pattern "^cpe:"', schema: "^cpe:", parentSchema: schema11.properties.products.items.properties.versions.items.properties.cpe, data: data38 };
                          if (vErrors === null) {
                            vErrors = [err77];
                          } else {
                            vErrors.push(err77);
                          }
                          errors++;
                        }
                      } else {
                        const err78 = { instancePath: instancePath + "/products/" + i5 + "/versions/" + i7 + "/cpe", schemaPath: "#/properties/products/items/properties/versions/items/properties/cpe/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.products.items.properties.versions.items.properties.cpe.type, parentSchema: schema11.properties.products.items.properties.versions.items.properties.cpe, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err78];
                        } else {
                          vErrors.push(err78);
                        }
                        errors++;
                      }
                    }
                    if (data34.purl !== void 0) {
                      let data39 = data34.purl;
                      if (typeof data39 === "string") {
                        if (!pattern4.test(data39)) {
                          const err79 = { instancePath: instancePath + "/products/" + i5 + "/versions/" + i7 + "/purl", schemaPath: "#/properties/products/items/properties/versions/items/properties/purl/pattern", keyword: "pattern", params: { pattern: "^pkg:" }, message: 'must match pattern "^pkg:"', schema: "^pkg:", parentSchema: schema11.properties.products.items.properties.versions.items.properties.purl, data: data39 };
                          if (vErrors === null) {
                            vErrors = [err79];
                          } else {
                            vErrors.push(err79);
                          }
                          errors++;
                        }
                      } else {
                        const err80 = { instancePath: instancePath + "/products/" + i5 + "/versions/" + i7 + "/purl", schemaPath: "#/properties/products/items/properties/versions/items/properties/purl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.products.items.properties.versions.items.properties.purl.type, parentSchema: schema11.properties.products.items.properties.versions.items.properties.purl, data: data39 };
                        if (vErrors === null) {
                          vErrors = [err80];
                        } else {
                          vErrors.push(err80);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err81 = { instancePath: instancePath + "/products/" + i5 + "/versions/" + i7, schemaPath: "#/properties/products/items/properties/versions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.products.items.properties.versions.items.type, parentSchema: schema11.properties.products.items.properties.versions.items, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
              } else {
                const err82 = { instancePath: instancePath + "/products/" + i5 + "/versions", schemaPath: "#/properties/products/items/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.products.items.properties.versions.type, parentSchema: schema11.properties.products.items.properties.versions, data: data33 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
          } else {
            const err83 = { instancePath: instancePath + "/products/" + i5, schemaPath: "#/properties/products/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.products.items.type, parentSchema: schema11.properties.products.items, data: data26 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
      } else {
        const err84 = { instancePath: instancePath + "/products", schemaPath: "#/properties/products/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.products.type, parentSchema: schema11.properties.products, data: data25 };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.vulnerabilities !== void 0) {
      let data40 = data.vulnerabilities;
      if (Array.isArray(data40)) {
        const len8 = data40.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data41 = data40[i8];
          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
            if (data41.status === void 0) {
              const err85 = { instancePath: instancePath + "/vulnerabilities/" + i8, schemaPath: "#/properties/vulnerabilities/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema11.properties.vulnerabilities.items.required, parentSchema: schema11.properties.vulnerabilities.items, data: data41 };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
            for (const key6 in data41) {
              if (!func2.call(schema11.properties.vulnerabilities.items.properties, key6)) {
                const err86 = { instancePath: instancePath + "/vulnerabilities/" + i8, schemaPath: "#/properties/vulnerabilities/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.vulnerabilities.items, data: data41 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data41.cve !== void 0) {
              let data42 = data41.cve;
              if (typeof data42 === "string") {
                if (!pattern5.test(data42)) {
                  const err87 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/cve", schemaPath: "#/properties/vulnerabilities/items/properties/cve/pattern", keyword: "pattern", params: { pattern: "^CVE-[0-9]{4}-[0-9]{4,}$" }, message: 'must match pattern "^CVE-[0-9]{4}-[0-9]{4,}$"', schema: "^CVE-[0-9]{4}-[0-9]{4,}$", parentSchema: schema11.properties.vulnerabilities.items.properties.cve, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              } else {
                const err88 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/cve", schemaPath: "#/properties/vulnerabilities/items/properties/cve/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.cve.type, parentSchema: schema11.properties.vulnerabilities.items.properties.cve, data: data42 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data41.title !== void 0) {
              let data43 = data41.title;
              if (typeof data43 === "string") {
                if (func3(data43) < 1) {
                  const err89 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/title", schemaPath: "#/properties/vulnerabilities/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.title, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              } else {
                const err90 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/title", schemaPath: "#/properties/vulnerabilities/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.title.type, parentSchema: schema11.properties.vulnerabilities.items.properties.title, data: data43 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data41.description !== void 0) {
              let data44 = data41.description;
              if (typeof data44 === "string") {
                if (func3(data44) < 1) {
                  const err91 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/description", schemaPath: "#/properties/vulnerabilities/items/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.description, data: data44 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              } else {
                const err92 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/description", schemaPath: "#/properties/vulnerabilities/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.description.type, parentSchema: schema11.properties.vulnerabilities.items.properties.description, data: data44 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data41.cwe !== void 0) {
              let data45 = data41.cwe;
              const _errs99 = errors;
              let valid25 = false;
              const _errs100 = errors;
              if (typeof data45 === "string") {
                if (!pattern6.test(data45)) {
                  const err93 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/cwe", schemaPath: "#/properties/vulnerabilities/items/properties/cwe/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^CWE-[1-9]\\d*$" }, message: 'must match pattern "^CWE-[1-9]\\d*$"', schema: "^CWE-[1-9]\\d*$", parentSchema: schema11.properties.vulnerabilities.items.properties.cwe.anyOf[0], data: data45 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              } else {
                const err94 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/cwe", schemaPath: "#/properties/vulnerabilities/items/properties/cwe/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.cwe.anyOf[0].type, parentSchema: schema11.properties.vulnerabilities.items.properties.cwe.anyOf[0], data: data45 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
              var _valid0 = _errs100 === errors;
              valid25 = valid25 || _valid0;
              if (!valid25) {
                const _errs102 = errors;
                if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                  if (data45.id === void 0) {
                    const err95 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/cwe", schemaPath: "#/properties/vulnerabilities/items/properties/cwe/anyOf/1/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.vulnerabilities.items.properties.cwe.anyOf[1].required, parentSchema: schema11.properties.vulnerabilities.items.properties.cwe.anyOf[1], data: data45 };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                  if (data45.name === void 0) {
                    const err96 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/cwe", schemaPath: "#/properties/vulnerabilities/items/properties/cwe/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.vulnerabilities.items.properties.cwe.anyOf[1].required, parentSchema: schema11.properties.vulnerabilities.items.properties.cwe.anyOf[1], data: data45 };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                  for (const key7 in data45) {
                    if (!(key7 === "id" || key7 === "name")) {
                      const err97 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/cwe", schemaPath: "#/properties/vulnerabilities/items/properties/cwe/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.vulnerabilities.items.properties.cwe.anyOf[1], data: data45 };
                      if (vErrors === null) {
                        vErrors = [err97];
                      } else {
                        vErrors.push(err97);
                      }
                      errors++;
                    }
                  }
                  if (data45.id !== void 0) {
                    let data46 = data45.id;
                    if (typeof data46 === "string") {
                      if (!pattern6.test(data46)) {
                        const err98 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/cwe/id", schemaPath: "#/properties/vulnerabilities/items/properties/cwe/anyOf/1/properties/id/pattern", keyword: "pattern", params: { pattern: "^CWE-[1-9]\\d*$" }, message: 'must match pattern "^CWE-[1-9]\\d*$"', schema: "^CWE-[1-9]\\d*$", parentSchema: schema11.properties.vulnerabilities.items.properties.cwe.anyOf[1].properties.id, data: data46 };
                        if (vErrors === null) {
                          vErrors = [err98];
                        } else {
                          vErrors.push(err98);
                        }
                        errors++;
                      }
                    } else {
                      const err99 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/cwe/id", schemaPath: "#/properties/vulnerabilities/items/properties/cwe/anyOf/1/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.cwe.anyOf[1].properties.id.type, parentSchema: schema11.properties.vulnerabilities.items.properties.cwe.anyOf[1].properties.id, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                  }
                  if (data45.name !== void 0) {
                    let data47 = data45.name;
                    if (typeof data47 === "string") {
                      if (func3(data47) < 1) {
                        const err100 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/cwe/name", schemaPath: "#/properties/vulnerabilities/items/properties/cwe/anyOf/1/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.cwe.anyOf[1].properties.name, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err100];
                        } else {
                          vErrors.push(err100);
                        }
                        errors++;
                      }
                    } else {
                      const err101 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/cwe/name", schemaPath: "#/properties/vulnerabilities/items/properties/cwe/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.cwe.anyOf[1].properties.name.type, parentSchema: schema11.properties.vulnerabilities.items.properties.cwe.anyOf[1].properties.name, data: data47 };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err102 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/cwe", schemaPath: "#/properties/vulnerabilities/items/properties/cwe/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.vulnerabilities.items.properties.cwe.anyOf[1].type, parentSchema: schema11.properties.vulnerabilities.items.properties.cwe.anyOf[1], data: data45 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
                var _valid0 = _errs102 === errors;
                valid25 = valid25 || _valid0;
              }
              if (!valid25) {
                const err103 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/cwe", schemaPath: "#/properties/vulnerabilities/items/properties/cwe/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.vulnerabilities.items.properties.cwe.anyOf, parentSchema: schema11.properties.vulnerabilities.items.properties.cwe, data: data45 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              } else {
                errors = _errs99;
                if (vErrors !== null) {
                  if (_errs99) {
                    vErrors.length = _errs99;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data41.cvss !== void 0) {
              let data48 = data41.cvss;
              if (typeof data48 === "string") {
                if (!pattern8.test(data48)) {
                  const err104 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/cvss", schemaPath: "#/properties/vulnerabilities/items/properties/cvss/pattern", keyword: "pattern", params: { pattern: "^CVSS:3\\.[01]/" }, message: 'must match pattern "^CVSS:3\\.[01]/"', schema: "^CVSS:3\\.[01]/", parentSchema: schema11.properties.vulnerabilities.items.properties.cvss, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
              } else {
                const err105 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/cvss", schemaPath: "#/properties/vulnerabilities/items/properties/cvss/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.cvss.type, parentSchema: schema11.properties.vulnerabilities.items.properties.cvss, data: data48 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data41.cvssV4 !== void 0) {
              let data49 = data41.cvssV4;
              if (typeof data49 === "string") {
                if (!pattern9.test(data49)) {
                  const err106 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/cvssV4", schemaPath: "#/properties/vulnerabilities/items/properties/cvssV4/pattern", keyword: "pattern", params: { pattern: "^CVSS:4\\.0/" }, message: 'must match pattern "^CVSS:4\\.0/"', schema: "^CVSS:4\\.0/", parentSchema: schema11.properties.vulnerabilities.items.properties.cvssV4, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
              } else {
                const err107 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/cvssV4", schemaPath: "#/properties/vulnerabilities/items/properties/cvssV4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.cvssV4.type, parentSchema: schema11.properties.vulnerabilities.items.properties.cvssV4, data: data49 };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data41.discovered !== void 0) {
              let data50 = data41.discovered;
              if (typeof data50 === "string") {
                if (func3(data50) < 10) {
                  const err108 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/discovered", schemaPath: "#/properties/vulnerabilities/items/properties/discovered/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters", schema: 10, parentSchema: schema11.properties.vulnerabilities.items.properties.discovered, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
              } else {
                const err109 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/discovered", schemaPath: "#/properties/vulnerabilities/items/properties/discovered/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.discovered.type, parentSchema: schema11.properties.vulnerabilities.items.properties.discovered, data: data50 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
            if (data41.released !== void 0) {
              let data51 = data41.released;
              if (typeof data51 === "string") {
                if (func3(data51) < 10) {
                  const err110 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/released", schemaPath: "#/properties/vulnerabilities/items/properties/released/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters", schema: 10, parentSchema: schema11.properties.vulnerabilities.items.properties.released, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
              } else {
                const err111 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/released", schemaPath: "#/properties/vulnerabilities/items/properties/released/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.released.type, parentSchema: schema11.properties.vulnerabilities.items.properties.released, data: data51 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data41.status !== void 0) {
              let data52 = data41.status;
              if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                for (const key8 in data52) {
                  if (!(key8 === "known_affected" || key8 === "first_affected" || key8 === "last_affected" || key8 === "fixed" || key8 === "first_fixed" || key8 === "recommended" || key8 === "under_investigation" || key8 === "known_not_affected")) {
                    const err112 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status", schemaPath: "#/properties/vulnerabilities/items/properties/status/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.vulnerabilities.items.properties.status, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
                if (data52.known_affected !== void 0) {
                  let data53 = data52.known_affected;
                  if (Array.isArray(data53)) {
                    if (data53.length < 1) {
                      const err113 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/known_affected", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/known_affected/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.known_affected, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                    const len9 = data53.length;
                    for (let i9 = 0; i9 < len9; i9++) {
                      let data54 = data53[i9];
                      if (typeof data54 === "string") {
                        if (!pattern2.test(data54)) {
                          const err114 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/known_affected/" + i9, schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/known_affected/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]*$", parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.known_affected.items, data: data54 };
                          if (vErrors === null) {
                            vErrors = [err114];
                          } else {
                            vErrors.push(err114);
                          }
                          errors++;
                        }
                      } else {
                        const err115 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/known_affected/" + i9, schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/known_affected/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.status.properties.known_affected.items.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.known_affected.items, data: data54 };
                        if (vErrors === null) {
                          vErrors = [err115];
                        } else {
                          vErrors.push(err115);
                        }
                        errors++;
                      }
                    }
                    let i10 = data53.length;
                    let j0;
                    if (i10 > 1) {
                      const indices0 = {};
                      for (; i10--; ) {
                        let item0 = data53[i10];
                        if (typeof item0 !== "string") {
                          continue;
                        }
                        if (typeof indices0[item0] == "number") {
                          j0 = indices0[item0];
                          const err116 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/known_affected", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/known_affected/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i10 + " are identical)", schema: true, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.known_affected, data: data53 };
                          if (vErrors === null) {
                            vErrors = [err116];
                          } else {
                            vErrors.push(err116);
                          }
                          errors++;
                          break;
                        }
                        indices0[item0] = i10;
                      }
                    }
                  } else {
                    const err117 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/known_affected", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/known_affected/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.vulnerabilities.items.properties.status.properties.known_affected.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.known_affected, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
                if (data52.first_affected !== void 0) {
                  let data55 = data52.first_affected;
                  if (Array.isArray(data55)) {
                    if (data55.length < 1) {
                      const err118 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/first_affected", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/first_affected/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.first_affected, data: data55 };
                      if (vErrors === null) {
                        vErrors = [err118];
                      } else {
                        vErrors.push(err118);
                      }
                      errors++;
                    }
                    const len10 = data55.length;
                    for (let i11 = 0; i11 < len10; i11++) {
                      let data56 = data55[i11];
                      if (typeof data56 === "string") {
                        if (!pattern2.test(data56)) {
                          const err119 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/first_affected/" + i11, schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/first_affected/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]*$", parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.first_affected.items, data: data56 };
                          if (vErrors === null) {
                            vErrors = [err119];
                          } else {
                            vErrors.push(err119);
                          }
                          errors++;
                        }
                      } else {
                        const err120 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/first_affected/" + i11, schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/first_affected/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.status.properties.first_affected.items.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.first_affected.items, data: data56 };
                        if (vErrors === null) {
                          vErrors = [err120];
                        } else {
                          vErrors.push(err120);
                        }
                        errors++;
                      }
                    }
                    let i12 = data55.length;
                    let j1;
                    if (i12 > 1) {
                      const indices1 = {};
                      for (; i12--; ) {
                        let item1 = data55[i12];
                        if (typeof item1 !== "string") {
                          continue;
                        }
                        if (typeof indices1[item1] == "number") {
                          j1 = indices1[item1];
                          const err121 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/first_affected", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/first_affected/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i12 + " are identical)", schema: true, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.first_affected, data: data55 };
                          if (vErrors === null) {
                            vErrors = [err121];
                          } else {
                            vErrors.push(err121);
                          }
                          errors++;
                          break;
                        }
                        indices1[item1] = i12;
                      }
                    }
                  } else {
                    const err122 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/first_affected", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/first_affected/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.vulnerabilities.items.properties.status.properties.first_affected.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.first_affected, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err122];
                    } else {
                      vErrors.push(err122);
                    }
                    errors++;
                  }
                }
                if (data52.last_affected !== void 0) {
                  let data57 = data52.last_affected;
                  if (Array.isArray(data57)) {
                    if (data57.length < 1) {
                      const err123 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/last_affected", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/last_affected/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.last_affected, data: data57 };
                      if (vErrors === null) {
                        vErrors = [err123];
                      } else {
                        vErrors.push(err123);
                      }
                      errors++;
                    }
                    const len11 = data57.length;
                    for (let i13 = 0; i13 < len11; i13++) {
                      let data58 = data57[i13];
                      if (typeof data58 === "string") {
                        if (!pattern2.test(data58)) {
                          const err124 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/last_affected/" + i13, schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/last_affected/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]*$", parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.last_affected.items, data: data58 };
                          if (vErrors === null) {
                            vErrors = [err124];
                          } else {
                            vErrors.push(err124);
                          }
                          errors++;
                        }
                      } else {
                        const err125 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/last_affected/" + i13, schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/last_affected/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.status.properties.last_affected.items.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.last_affected.items, data: data58 };
                        if (vErrors === null) {
                          vErrors = [err125];
                        } else {
                          vErrors.push(err125);
                        }
                        errors++;
                      }
                    }
                    let i14 = data57.length;
                    let j2;
                    if (i14 > 1) {
                      const indices2 = {};
                      for (; i14--; ) {
                        let item2 = data57[i14];
                        if (typeof item2 !== "string") {
                          continue;
                        }
                        if (typeof indices2[item2] == "number") {
                          j2 = indices2[item2];
                          const err126 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/last_affected", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/last_affected/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i14 + " are identical)", schema: true, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.last_affected, data: data57 };
                          if (vErrors === null) {
                            vErrors = [err126];
                          } else {
                            vErrors.push(err126);
                          }
                          errors++;
                          break;
                        }
                        indices2[item2] = i14;
                      }
                    }
                  } else {
                    const err127 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/last_affected", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/last_affected/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.vulnerabilities.items.properties.status.properties.last_affected.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.last_affected, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err127];
                    } else {
                      vErrors.push(err127);
                    }
                    errors++;
                  }
                }
                if (data52.fixed !== void 0) {
                  let data59 = data52.fixed;
                  if (Array.isArray(data59)) {
                    if (data59.length < 1) {
                      const err128 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/fixed", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/fixed/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.fixed, data: data59 };
                      if (vErrors === null) {
                        vErrors = [err128];
                      } else {
                        vErrors.push(err128);
                      }
                      errors++;
                    }
                    const len12 = data59.length;
                    for (let i15 = 0; i15 < len12; i15++) {
                      let data60 = data59[i15];
                      if (typeof data60 === "string") {
                        if (!pattern2.test(data60)) {
                          const err129 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/fixed/" + i15, schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/fixed/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]*$", parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.fixed.items, data: data60 };
                          if (vErrors === null) {
                            vErrors = [err129];
                          } else {
                            vErrors.push(err129);
                          }
                          errors++;
                        }
                      } else {
                        const err130 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/fixed/" + i15, schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/fixed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.status.properties.fixed.items.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.fixed.items, data: data60 };
                        if (vErrors === null) {
                          vErrors = [err130];
                        } else {
                          vErrors.push(err130);
                        }
                        errors++;
                      }
                    }
                    let i16 = data59.length;
                    let j3;
                    if (i16 > 1) {
                      const indices3 = {};
                      for (; i16--; ) {
                        let item3 = data59[i16];
                        if (typeof item3 !== "string") {
                          continue;
                        }
                        if (typeof indices3[item3] == "number") {
                          j3 = indices3[item3];
                          const err131 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/fixed", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/fixed/uniqueItems", keyword: "uniqueItems", params: { i: i16, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i16 + " are identical)", schema: true, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.fixed, data: data59 };
                          if (vErrors === null) {
                            vErrors = [err131];
                          } else {
                            vErrors.push(err131);
                          }
                          errors++;
                          break;
                        }
                        indices3[item3] = i16;
                      }
                    }
                  } else {
                    const err132 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/fixed", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/fixed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.vulnerabilities.items.properties.status.properties.fixed.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.fixed, data: data59 };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
                if (data52.first_fixed !== void 0) {
                  let data61 = data52.first_fixed;
                  if (Array.isArray(data61)) {
                    if (data61.length < 1) {
                      const err133 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/first_fixed", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/first_fixed/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.first_fixed, data: data61 };
                      if (vErrors === null) {
                        vErrors = [err133];
                      } else {
                        vErrors.push(err133);
                      }
                      errors++;
                    }
                    const len13 = data61.length;
                    for (let i17 = 0; i17 < len13; i17++) {
                      let data62 = data61[i17];
                      if (typeof data62 === "string") {
                        if (!pattern2.test(data62)) {
                          const err134 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/first_fixed/" + i17, schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/first_fixed/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]*$", parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.first_fixed.items, data: data62 };
                          if (vErrors === null) {
                            vErrors = [err134];
                          } else {
                            vErrors.push(err134);
                          }
                          errors++;
                        }
                      } else {
                        const err135 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/first_fixed/" + i17, schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/first_fixed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.status.properties.first_fixed.items.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.first_fixed.items, data: data62 };
                        if (vErrors === null) {
                          vErrors = [err135];
                        } else {
                          vErrors.push(err135);
                        }
                        errors++;
                      }
                    }
                    let i18 = data61.length;
                    let j4;
                    if (i18 > 1) {
                      const indices4 = {};
                      for (; i18--; ) {
                        let item4 = data61[i18];
                        if (typeof item4 !== "string") {
                          continue;
                        }
                        if (typeof indices4[item4] == "number") {
                          j4 = indices4[item4];
                          const err136 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/first_fixed", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/first_fixed/uniqueItems", keyword: "uniqueItems", params: { i: i18, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i18 + " are identical)", schema: true, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.first_fixed, data: data61 };
                          if (vErrors === null) {
                            vErrors = [err136];
                          } else {
                            vErrors.push(err136);
                          }
                          errors++;
                          break;
                        }
                        indices4[item4] = i18;
                      }
                    }
                  } else {
                    const err137 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/first_fixed", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/first_fixed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.vulnerabilities.items.properties.status.properties.first_fixed.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.first_fixed, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err137];
                    } else {
                      vErrors.push(err137);
                    }
                    errors++;
                  }
                }
                if (data52.recommended !== void 0) {
                  let data63 = data52.recommended;
                  if (Array.isArray(data63)) {
                    if (data63.length < 1) {
                      const err138 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/recommended", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/recommended/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.recommended, data: data63 };
                      if (vErrors === null) {
                        vErrors = [err138];
                      } else {
                        vErrors.push(err138);
                      }
                      errors++;
                    }
                    const len14 = data63.length;
                    for (let i19 = 0; i19 < len14; i19++) {
                      let data64 = data63[i19];
                      if (typeof data64 === "string") {
                        if (!pattern2.test(data64)) {
                          const err139 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/recommended/" + i19, schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/recommended/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]*$", parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.recommended.items, data: data64 };
                          if (vErrors === null) {
                            vErrors = [err139];
                          } else {
                            vErrors.push(err139);
                          }
                          errors++;
                        }
                      } else {
                        const err140 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/recommended/" + i19, schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/recommended/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.status.properties.recommended.items.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.recommended.items, data: data64 };
                        if (vErrors === null) {
                          vErrors = [err140];
                        } else {
                          vErrors.push(err140);
                        }
                        errors++;
                      }
                    }
                    let i20 = data63.length;
                    let j5;
                    if (i20 > 1) {
                      const indices5 = {};
                      for (; i20--; ) {
                        let item5 = data63[i20];
                        if (typeof item5 !== "string") {
                          continue;
                        }
                        if (typeof indices5[item5] == "number") {
                          j5 = indices5[item5];
                          const err141 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/recommended", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/recommended/uniqueItems", keyword: "uniqueItems", params: { i: i20, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i20 + " are identical)", schema: true, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.recommended, data: data63 };
                          if (vErrors === null) {
                            vErrors = [err141];
                          } else {
                            vErrors.push(err141);
                          }
                          errors++;
                          break;
                        }
                        indices5[item5] = i20;
                      }
                    }
                  } else {
                    const err142 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/recommended", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/recommended/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.vulnerabilities.items.properties.status.properties.recommended.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.recommended, data: data63 };
                    if (vErrors === null) {
                      vErrors = [err142];
                    } else {
                      vErrors.push(err142);
                    }
                    errors++;
                  }
                }
                if (data52.under_investigation !== void 0) {
                  let data65 = data52.under_investigation;
                  if (Array.isArray(data65)) {
                    if (data65.length < 1) {
                      const err143 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/under_investigation", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/under_investigation/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.under_investigation, data: data65 };
                      if (vErrors === null) {
                        vErrors = [err143];
                      } else {
                        vErrors.push(err143);
                      }
                      errors++;
                    }
                    const len15 = data65.length;
                    for (let i21 = 0; i21 < len15; i21++) {
                      let data66 = data65[i21];
                      if (typeof data66 === "string") {
                        if (!pattern2.test(data66)) {
                          const err144 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/under_investigation/" + i21, schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/under_investigation/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]*$", parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.under_investigation.items, data: data66 };
                          if (vErrors === null) {
                            vErrors = [err144];
                          } else {
                            vErrors.push(err144);
                          }
                          errors++;
                        }
                      } else {
                        const err145 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/under_investigation/" + i21, schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/under_investigation/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.status.properties.under_investigation.items.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.under_investigation.items, data: data66 };
                        if (vErrors === null) {
                          vErrors = [err145];
                        } else {
                          vErrors.push(err145);
                        }
                        errors++;
                      }
                    }
                    let i22 = data65.length;
                    let j6;
                    if (i22 > 1) {
                      const indices6 = {};
                      for (; i22--; ) {
                        let item6 = data65[i22];
                        if (typeof item6 !== "string") {
                          continue;
                        }
                        if (typeof indices6[item6] == "number") {
                          j6 = indices6[item6];
                          const err146 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/under_investigation", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/under_investigation/uniqueItems", keyword: "uniqueItems", params: { i: i22, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i22 + " are identical)", schema: true, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.under_investigation, data: data65 };
                          if (vErrors === null) {
                            vErrors = [err146];
                          } else {
                            vErrors.push(err146);
                          }
                          errors++;
                          break;
                        }
                        indices6[item6] = i22;
                      }
                    }
                  } else {
                    const err147 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/under_investigation", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/under_investigation/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.vulnerabilities.items.properties.status.properties.under_investigation.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.under_investigation, data: data65 };
                    if (vErrors === null) {
                      vErrors = [err147];
                    } else {
                      vErrors.push(err147);
                    }
                    errors++;
                  }
                }
                if (data52.known_not_affected !== void 0) {
                  let data67 = data52.known_not_affected;
                  if (Array.isArray(data67)) {
                    if (data67.length < 1) {
                      const err148 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/known_not_affected", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/known_not_affected/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected, data: data67 };
                      if (vErrors === null) {
                        vErrors = [err148];
                      } else {
                        vErrors.push(err148);
                      }
                      errors++;
                    }
                    const len16 = data67.length;
                    for (let i23 = 0; i23 < len16; i23++) {
                      let data68 = data67[i23];
                      if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                        if (data68.id === void 0) {
                          const err149 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/known_not_affected/" + i23, schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/known_not_affected/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected.items.required, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected.items, data: data68 };
                          if (vErrors === null) {
                            vErrors = [err149];
                          } else {
                            vErrors.push(err149);
                          }
                          errors++;
                        }
                        for (const key9 in data68) {
                          if (!(key9 === "id" || key9 === "justification" || key9 === "impact")) {
                            const err150 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/known_not_affected/" + i23, schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/known_not_affected/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected.items, data: data68 };
                            if (vErrors === null) {
                              vErrors = [err150];
                            } else {
                              vErrors.push(err150);
                            }
                            errors++;
                          }
                        }
                        if (data68.id !== void 0) {
                          let data69 = data68.id;
                          if (typeof data69 === "string") {
                            if (!pattern2.test(data69)) {
                              const err151 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/known_not_affected/" + i23 + "/id", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/known_not_affected/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]*$", parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected.items.properties.id, data: data69 };
                              if (vErrors === null) {
                                vErrors = [err151];
                              } else {
                                vErrors.push(err151);
                              }
                              errors++;
                            }
                          } else {
                            const err152 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/known_not_affected/" + i23 + "/id", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/known_not_affected/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected.items.properties.id.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected.items.properties.id, data: data69 };
                            if (vErrors === null) {
                              vErrors = [err152];
                            } else {
                              vErrors.push(err152);
                            }
                            errors++;
                          }
                        }
                        if (data68.justification !== void 0) {
                          let data70 = data68.justification;
                          if (typeof data70 !== "string") {
                            const err153 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/known_not_affected/" + i23 + "/justification", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/known_not_affected/items/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected.items.properties.justification.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected.items.properties.justification, data: data70 };
                            if (vErrors === null) {
                              vErrors = [err153];
                            } else {
                              vErrors.push(err153);
                            }
                            errors++;
                          }
                          if (!(data70 === "component_not_present" || data70 === "inline_mitigations_already_exist" || data70 === "vulnerable_code_cannot_be_controlled_by_adversary" || data70 === "vulnerable_code_not_in_execute_path" || data70 === "vulnerable_code_not_present")) {
                            const err154 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/known_not_affected/" + i23 + "/justification", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/known_not_affected/items/properties/justification/enum", keyword: "enum", params: { allowedValues: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected.items.properties.justification.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected.items.properties.justification.enum, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected.items.properties.justification, data: data70 };
                            if (vErrors === null) {
                              vErrors = [err154];
                            } else {
                              vErrors.push(err154);
                            }
                            errors++;
                          }
                        }
                        if (data68.impact !== void 0) {
                          let data71 = data68.impact;
                          if (typeof data71 === "string") {
                            if (func3(data71) < 1) {
                              const err155 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/known_not_affected/" + i23 + "/impact", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/known_not_affected/items/properties/impact/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected.items.properties.impact, data: data71 };
                              if (vErrors === null) {
                                vErrors = [err155];
                              } else {
                                vErrors.push(err155);
                              }
                              errors++;
                            }
                          } else {
                            const err156 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/known_not_affected/" + i23 + "/impact", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/known_not_affected/items/properties/impact/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected.items.properties.impact.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected.items.properties.impact, data: data71 };
                            if (vErrors === null) {
                              vErrors = [err156];
                            } else {
                              vErrors.push(err156);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err157 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/known_not_affected/" + i23, schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/known_not_affected/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected.items.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected.items, data: data68 };
                        if (vErrors === null) {
                          vErrors = [err157];
                        } else {
                          vErrors.push(err157);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err158 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status/known_not_affected", schemaPath: "#/properties/vulnerabilities/items/properties/status/properties/known_not_affected/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status.properties.known_not_affected, data: data67 };
                    if (vErrors === null) {
                      vErrors = [err158];
                    } else {
                      vErrors.push(err158);
                    }
                    errors++;
                  }
                }
              } else {
                const err159 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/status", schemaPath: "#/properties/vulnerabilities/items/properties/status/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.vulnerabilities.items.properties.status.type, parentSchema: schema11.properties.vulnerabilities.items.properties.status, data: data52 };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              }
            }
            if (data41.remediations !== void 0) {
              let data72 = data41.remediations;
              if (Array.isArray(data72)) {
                const len17 = data72.length;
                for (let i24 = 0; i24 < len17; i24++) {
                  let data73 = data72[i24];
                  if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
                    if (data73.category === void 0) {
                      const err160 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24, schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'", schema: schema11.properties.vulnerabilities.items.properties.remediations.items.required, parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items, data: data73 };
                      if (vErrors === null) {
                        vErrors = [err160];
                      } else {
                        vErrors.push(err160);
                      }
                      errors++;
                    }
                    if (data73.details === void 0) {
                      const err161 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24, schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/required", keyword: "required", params: { missingProperty: "details" }, message: "must have required property 'details'", schema: schema11.properties.vulnerabilities.items.properties.remediations.items.required, parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items, data: data73 };
                      if (vErrors === null) {
                        vErrors = [err161];
                      } else {
                        vErrors.push(err161);
                      }
                      errors++;
                    }
                    for (const key10 in data73) {
                      if (!(key10 === "category" || key10 === "details" || key10 === "url" || key10 === "fixedVersion" || key10 === "date" || key10 === "products")) {
                        const err162 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24, schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items, data: data73 };
                        if (vErrors === null) {
                          vErrors = [err162];
                        } else {
                          vErrors.push(err162);
                        }
                        errors++;
                      }
                    }
                    if (data73.category !== void 0) {
                      let data74 = data73.category;
                      if (typeof data74 !== "string") {
                        const err163 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24 + "/category", schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.category.type, parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.category, data: data74 };
                        if (vErrors === null) {
                          vErrors = [err163];
                        } else {
                          vErrors.push(err163);
                        }
                        errors++;
                      }
                      if (!(data74 === "vendor_fix" || data74 === "mitigation" || data74 === "workaround" || data74 === "none_available" || data74 === "no_fix_planned")) {
                        const err164 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24 + "/category", schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/properties/category/enum", keyword: "enum", params: { allowedValues: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.category.enum, parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.category, data: data74 };
                        if (vErrors === null) {
                          vErrors = [err164];
                        } else {
                          vErrors.push(err164);
                        }
                        errors++;
                      }
                    }
                    if (data73.details !== void 0) {
                      let data75 = data73.details;
                      if (typeof data75 === "string") {
                        if (func3(data75) < 1) {
                          const err165 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24 + "/details", schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/properties/details/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.details, data: data75 };
                          if (vErrors === null) {
                            vErrors = [err165];
                          } else {
                            vErrors.push(err165);
                          }
                          errors++;
                        }
                      } else {
                        const err166 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24 + "/details", schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/properties/details/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.details.type, parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.details, data: data75 };
                        if (vErrors === null) {
                          vErrors = [err166];
                        } else {
                          vErrors.push(err166);
                        }
                        errors++;
                      }
                    }
                    if (data73.url !== void 0) {
                      let data76 = data73.url;
                      if (typeof data76 === "string") {
                        if (!formats0(data76)) {
                          const err167 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24 + "/url", schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.url, data: data76 };
                          if (vErrors === null) {
                            vErrors = [err167];
                          } else {
                            vErrors.push(err167);
                          }
                          errors++;
                        }
                      } else {
                        const err168 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24 + "/url", schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.url.type, parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.url, data: data76 };
                        if (vErrors === null) {
                          vErrors = [err168];
                        } else {
                          vErrors.push(err168);
                        }
                        errors++;
                      }
                    }
                    if (data73.fixedVersion !== void 0) {
                      let data77 = data73.fixedVersion;
                      if (typeof data77 === "string") {
                        if (func3(data77) < 1) {
                          const err169 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24 + "/fixedVersion", schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/properties/fixedVersion/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.fixedVersion, data: data77 };
                          if (vErrors === null) {
                            vErrors = [err169];
                          } else {
                            vErrors.push(err169);
                          }
                          errors++;
                        }
                      } else {
                        const err170 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24 + "/fixedVersion", schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/properties/fixedVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.fixedVersion.type, parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.fixedVersion, data: data77 };
                        if (vErrors === null) {
                          vErrors = [err170];
                        } else {
                          vErrors.push(err170);
                        }
                        errors++;
                      }
                    }
                    if (data73.date !== void 0) {
                      let data78 = data73.date;
                      if (typeof data78 === "string") {
                        if (func3(data78) < 10) {
                          const err171 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24 + "/date", schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/properties/date/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters", schema: 10, parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.date, data: data78 };
                          if (vErrors === null) {
                            vErrors = [err171];
                          } else {
                            vErrors.push(err171);
                          }
                          errors++;
                        }
                      } else {
                        const err172 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24 + "/date", schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.date.type, parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.date, data: data78 };
                        if (vErrors === null) {
                          vErrors = [err172];
                        } else {
                          vErrors.push(err172);
                        }
                        errors++;
                      }
                    }
                    if (data73.products !== void 0) {
                      let data79 = data73.products;
                      if (Array.isArray(data79)) {
                        if (data79.length < 1) {
                          const err173 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24 + "/products", schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/properties/products/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.products, data: data79 };
                          if (vErrors === null) {
                            vErrors = [err173];
                          } else {
                            vErrors.push(err173);
                          }
                          errors++;
                        }
                        const len18 = data79.length;
                        for (let i25 = 0; i25 < len18; i25++) {
                          let data80 = data79[i25];
                          if (typeof data80 === "string") {
                            if (!pattern2.test(data80)) {
                              const err174 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24 + "/products/" + i25, schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/properties/products/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]*$", parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.products.items, data: data80 };
                              if (vErrors === null) {
                                vErrors = [err174];
                              } else {
                                vErrors.push(err174);
                              }
                              errors++;
                            }
                          } else {
                            const err175 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24 + "/products/" + i25, schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/properties/products/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.products.items.type, parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.products.items, data: data80 };
                            if (vErrors === null) {
                              vErrors = [err175];
                            } else {
                              vErrors.push(err175);
                            }
                            errors++;
                          }
                        }
                        let i26 = data79.length;
                        let j7;
                        if (i26 > 1) {
                          const indices7 = {};
                          for (; i26--; ) {
                            let item7 = data79[i26];
                            if (typeof item7 !== "string") {
                              continue;
                            }
                            if (typeof indices7[item7] == "number") {
                              j7 = indices7[item7];
                              const err176 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24 + "/products", schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/properties/products/uniqueItems", keyword: "uniqueItems", params: { i: i26, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i26 + " are identical)", schema: true, parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.products, data: data79 };
                              if (vErrors === null) {
                                vErrors = [err176];
                              } else {
                                vErrors.push(err176);
                              }
                              errors++;
                              break;
                            }
                            indices7[item7] = i26;
                          }
                        }
                      } else {
                        const err177 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24 + "/products", schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/properties/products/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.products.type, parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items.properties.products, data: data79 };
                        if (vErrors === null) {
                          vErrors = [err177];
                        } else {
                          vErrors.push(err177);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err178 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations/" + i24, schemaPath: "#/properties/vulnerabilities/items/properties/remediations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.vulnerabilities.items.properties.remediations.items.type, parentSchema: schema11.properties.vulnerabilities.items.properties.remediations.items, data: data73 };
                    if (vErrors === null) {
                      vErrors = [err178];
                    } else {
                      vErrors.push(err178);
                    }
                    errors++;
                  }
                }
              } else {
                const err179 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/remediations", schemaPath: "#/properties/vulnerabilities/items/properties/remediations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.vulnerabilities.items.properties.remediations.type, parentSchema: schema11.properties.vulnerabilities.items.properties.remediations, data: data72 };
                if (vErrors === null) {
                  vErrors = [err179];
                } else {
                  vErrors.push(err179);
                }
                errors++;
              }
            }
            if (data41.notes !== void 0) {
              let data81 = data41.notes;
              if (Array.isArray(data81)) {
                const len19 = data81.length;
                for (let i27 = 0; i27 < len19; i27++) {
                  let data82 = data81[i27];
                  if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                    if (data82.category === void 0) {
                      const err180 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/notes/" + i27, schemaPath: "#/properties/vulnerabilities/items/properties/notes/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'", schema: schema11.properties.vulnerabilities.items.properties.notes.items.required, parentSchema: schema11.properties.vulnerabilities.items.properties.notes.items, data: data82 };
                      if (vErrors === null) {
                        vErrors = [err180];
                      } else {
                        vErrors.push(err180);
                      }
                      errors++;
                    }
                    if (data82.text === void 0) {
                      const err181 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/notes/" + i27, schemaPath: "#/properties/vulnerabilities/items/properties/notes/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema11.properties.vulnerabilities.items.properties.notes.items.required, parentSchema: schema11.properties.vulnerabilities.items.properties.notes.items, data: data82 };
                      if (vErrors === null) {
                        vErrors = [err181];
                      } else {
                        vErrors.push(err181);
                      }
                      errors++;
                    }
                    for (const key11 in data82) {
                      if (!(key11 === "category" || key11 === "title" || key11 === "text")) {
                        const err182 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/notes/" + i27, schemaPath: "#/properties/vulnerabilities/items/properties/notes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.vulnerabilities.items.properties.notes.items, data: data82 };
                        if (vErrors === null) {
                          vErrors = [err182];
                        } else {
                          vErrors.push(err182);
                        }
                        errors++;
                      }
                    }
                    if (data82.category !== void 0) {
                      let data83 = data82.category;
                      if (typeof data83 !== "string") {
                        const err183 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/notes/" + i27 + "/category", schemaPath: "#/properties/vulnerabilities/items/properties/notes/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.notes.items.properties.category.type, parentSchema: schema11.properties.vulnerabilities.items.properties.notes.items.properties.category, data: data83 };
                        if (vErrors === null) {
                          vErrors = [err183];
                        } else {
                          vErrors.push(err183);
                        }
                        errors++;
                      }
                      if (!(data83 === "description" || data83 === "details" || data83 === "faq" || data83 === "general" || data83 === "legal_disclaimer" || data83 === "other" || data83 === "summary")) {
                        const err184 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/notes/" + i27 + "/category", schemaPath: "#/properties/vulnerabilities/items/properties/notes/items/properties/category/enum", keyword: "enum", params: { allowedValues: schema11.properties.vulnerabilities.items.properties.notes.items.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.vulnerabilities.items.properties.notes.items.properties.category.enum, parentSchema: schema11.properties.vulnerabilities.items.properties.notes.items.properties.category, data: data83 };
                        if (vErrors === null) {
                          vErrors = [err184];
                        } else {
                          vErrors.push(err184);
                        }
                        errors++;
                      }
                    }
                    if (data82.title !== void 0) {
                      let data84 = data82.title;
                      if (typeof data84 === "string") {
                        if (func3(data84) < 1) {
                          const err185 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/notes/" + i27 + "/title", schemaPath: "#/properties/vulnerabilities/items/properties/notes/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.notes.items.properties.title, data: data84 };
                          if (vErrors === null) {
                            vErrors = [err185];
                          } else {
                            vErrors.push(err185);
                          }
                          errors++;
                        }
                      } else {
                        const err186 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/notes/" + i27 + "/title", schemaPath: "#/properties/vulnerabilities/items/properties/notes/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.notes.items.properties.title.type, parentSchema: schema11.properties.vulnerabilities.items.properties.notes.items.properties.title, data: data84 };
                        if (vErrors === null) {
                          vErrors = [err186];
                        } else {
                          vErrors.push(err186);
                        }
                        errors++;
                      }
                    }
                    if (data82.text !== void 0) {
                      let data85 = data82.text;
                      if (typeof data85 === "string") {
                        if (func3(data85) < 1) {
                          const err187 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/notes/" + i27 + "/text", schemaPath: "#/properties/vulnerabilities/items/properties/notes/items/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.notes.items.properties.text, data: data85 };
                          if (vErrors === null) {
                            vErrors = [err187];
                          } else {
                            vErrors.push(err187);
                          }
                          errors++;
                        }
                      } else {
                        const err188 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/notes/" + i27 + "/text", schemaPath: "#/properties/vulnerabilities/items/properties/notes/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.notes.items.properties.text.type, parentSchema: schema11.properties.vulnerabilities.items.properties.notes.items.properties.text, data: data85 };
                        if (vErrors === null) {
                          vErrors = [err188];
                        } else {
                          vErrors.push(err188);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err189 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/notes/" + i27, schemaPath: "#/properties/vulnerabilities/items/properties/notes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.vulnerabilities.items.properties.notes.items.type, parentSchema: schema11.properties.vulnerabilities.items.properties.notes.items, data: data82 };
                    if (vErrors === null) {
                      vErrors = [err189];
                    } else {
                      vErrors.push(err189);
                    }
                    errors++;
                  }
                }
              } else {
                const err190 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/notes", schemaPath: "#/properties/vulnerabilities/items/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.vulnerabilities.items.properties.notes.type, parentSchema: schema11.properties.vulnerabilities.items.properties.notes, data: data81 };
                if (vErrors === null) {
                  vErrors = [err190];
                } else {
                  vErrors.push(err190);
                }
                errors++;
              }
            }
            if (data41.references !== void 0) {
              let data86 = data41.references;
              if (Array.isArray(data86)) {
                const len20 = data86.length;
                for (let i28 = 0; i28 < len20; i28++) {
                  let data87 = data86[i28];
                  if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                    if (data87.url === void 0) {
                      const err191 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/references/" + i28, schemaPath: "#/properties/vulnerabilities/items/properties/references/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema11.properties.vulnerabilities.items.properties.references.items.required, parentSchema: schema11.properties.vulnerabilities.items.properties.references.items, data: data87 };
                      if (vErrors === null) {
                        vErrors = [err191];
                      } else {
                        vErrors.push(err191);
                      }
                      errors++;
                    }
                    if (data87.summary === void 0) {
                      const err192 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/references/" + i28, schemaPath: "#/properties/vulnerabilities/items/properties/references/items/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema11.properties.vulnerabilities.items.properties.references.items.required, parentSchema: schema11.properties.vulnerabilities.items.properties.references.items, data: data87 };
                      if (vErrors === null) {
                        vErrors = [err192];
                      } else {
                        vErrors.push(err192);
                      }
                      errors++;
                    }
                    for (const key12 in data87) {
                      if (!(key12 === "url" || key12 === "summary" || key12 === "category")) {
                        const err193 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/references/" + i28, schemaPath: "#/properties/vulnerabilities/items/properties/references/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.vulnerabilities.items.properties.references.items, data: data87 };
                        if (vErrors === null) {
                          vErrors = [err193];
                        } else {
                          vErrors.push(err193);
                        }
                        errors++;
                      }
                    }
                    if (data87.url !== void 0) {
                      let data88 = data87.url;
                      if (typeof data88 === "string") {
                        if (!formats0(data88)) {
                          const err194 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/references/" + i28 + "/url", schemaPath: "#/properties/vulnerabilities/items/properties/references/items/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema11.properties.vulnerabilities.items.properties.references.items.properties.url, data: data88 };
                          if (vErrors === null) {
                            vErrors = [err194];
                          } else {
                            vErrors.push(err194);
                          }
                          errors++;
                        }
                      } else {
                        const err195 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/references/" + i28 + "/url", schemaPath: "#/properties/vulnerabilities/items/properties/references/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.references.items.properties.url.type, parentSchema: schema11.properties.vulnerabilities.items.properties.references.items.properties.url, data: data88 };
                        if (vErrors === null) {
                          vErrors = [err195];
                        } else {
                          vErrors.push(err195);
                        }
                        errors++;
                      }
                    }
                    if (data87.summary !== void 0) {
                      let data89 = data87.summary;
                      if (typeof data89 === "string") {
                        if (func3(data89) < 1) {
                          const err196 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/references/" + i28 + "/summary", schemaPath: "#/properties/vulnerabilities/items/properties/references/items/properties/summary/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.references.items.properties.summary, data: data89 };
                          if (vErrors === null) {
                            vErrors = [err196];
                          } else {
                            vErrors.push(err196);
                          }
                          errors++;
                        }
                      } else {
                        const err197 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/references/" + i28 + "/summary", schemaPath: "#/properties/vulnerabilities/items/properties/references/items/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.references.items.properties.summary.type, parentSchema: schema11.properties.vulnerabilities.items.properties.references.items.properties.summary, data: data89 };
                        if (vErrors === null) {
                          vErrors = [err197];
                        } else {
                          vErrors.push(err197);
                        }
                        errors++;
                      }
                    }
                    if (data87.category !== void 0) {
                      let data90 = data87.category;
                      if (typeof data90 !== "string") {
                        const err198 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/references/" + i28 + "/category", schemaPath: "#/properties/vulnerabilities/items/properties/references/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.references.items.properties.category.type, parentSchema: schema11.properties.vulnerabilities.items.properties.references.items.properties.category, data: data90 };
                        if (vErrors === null) {
                          vErrors = [err198];
                        } else {
                          vErrors.push(err198);
                        }
                        errors++;
                      }
                      if (!(data90 === "external" || data90 === "self")) {
                        const err199 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/references/" + i28 + "/category", schemaPath: "#/properties/vulnerabilities/items/properties/references/items/properties/category/enum", keyword: "enum", params: { allowedValues: schema11.properties.vulnerabilities.items.properties.references.items.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.vulnerabilities.items.properties.references.items.properties.category.enum, parentSchema: schema11.properties.vulnerabilities.items.properties.references.items.properties.category, data: data90 };
                        if (vErrors === null) {
                          vErrors = [err199];
                        } else {
                          vErrors.push(err199);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err200 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/references/" + i28, schemaPath: "#/properties/vulnerabilities/items/properties/references/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.vulnerabilities.items.properties.references.items.type, parentSchema: schema11.properties.vulnerabilities.items.properties.references.items, data: data87 };
                    if (vErrors === null) {
                      vErrors = [err200];
                    } else {
                      vErrors.push(err200);
                    }
                    errors++;
                  }
                }
              } else {
                const err201 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/references", schemaPath: "#/properties/vulnerabilities/items/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.vulnerabilities.items.properties.references.type, parentSchema: schema11.properties.vulnerabilities.items.properties.references, data: data86 };
                if (vErrors === null) {
                  vErrors = [err201];
                } else {
                  vErrors.push(err201);
                }
                errors++;
              }
            }
            if (data41.acknowledgments !== void 0) {
              let data91 = data41.acknowledgments;
              if (Array.isArray(data91)) {
                const len21 = data91.length;
                for (let i29 = 0; i29 < len21; i29++) {
                  let data92 = data91[i29];
                  if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
                    for (const key13 in data92) {
                      if (!(key13 === "names" || key13 === "organization" || key13 === "summary" || key13 === "urls")) {
                        const err202 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/acknowledgments/" + i29, schemaPath: "#/properties/vulnerabilities/items/properties/acknowledgments/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items, data: data92 };
                        if (vErrors === null) {
                          vErrors = [err202];
                        } else {
                          vErrors.push(err202);
                        }
                        errors++;
                      }
                    }
                    if (data92.names !== void 0) {
                      let data93 = data92.names;
                      if (Array.isArray(data93)) {
                        if (data93.length < 1) {
                          const err203 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/acknowledgments/" + i29 + "/names", schemaPath: "#/properties/vulnerabilities/items/properties/acknowledgments/items/properties/names/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.properties.names, data: data93 };
                          if (vErrors === null) {
                            vErrors = [err203];
                          } else {
                            vErrors.push(err203);
                          }
                          errors++;
                        }
                        const len22 = data93.length;
                        for (let i30 = 0; i30 < len22; i30++) {
                          let data94 = data93[i30];
                          if (typeof data94 === "string") {
                            if (func3(data94) < 1) {
                              const err204 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/acknowledgments/" + i29 + "/names/" + i30, schemaPath: "#/properties/vulnerabilities/items/properties/acknowledgments/items/properties/names/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.properties.names.items, data: data94 };
                              if (vErrors === null) {
                                vErrors = [err204];
                              } else {
                                vErrors.push(err204);
                              }
                              errors++;
                            }
                          } else {
                            const err205 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/acknowledgments/" + i29 + "/names/" + i30, schemaPath: "#/properties/vulnerabilities/items/properties/acknowledgments/items/properties/names/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.properties.names.items.type, parentSchema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.properties.names.items, data: data94 };
                            if (vErrors === null) {
                              vErrors = [err205];
                            } else {
                              vErrors.push(err205);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err206 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/acknowledgments/" + i29 + "/names", schemaPath: "#/properties/vulnerabilities/items/properties/acknowledgments/items/properties/names/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.properties.names.type, parentSchema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.properties.names, data: data93 };
                        if (vErrors === null) {
                          vErrors = [err206];
                        } else {
                          vErrors.push(err206);
                        }
                        errors++;
                      }
                    }
                    if (data92.organization !== void 0) {
                      let data95 = data92.organization;
                      if (typeof data95 === "string") {
                        if (func3(data95) < 1) {
                          const err207 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/acknowledgments/" + i29 + "/organization", schemaPath: "#/properties/vulnerabilities/items/properties/acknowledgments/items/properties/organization/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.properties.organization, data: data95 };
                          if (vErrors === null) {
                            vErrors = [err207];
                          } else {
                            vErrors.push(err207);
                          }
                          errors++;
                        }
                      } else {
                        const err208 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/acknowledgments/" + i29 + "/organization", schemaPath: "#/properties/vulnerabilities/items/properties/acknowledgments/items/properties/organization/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.properties.organization.type, parentSchema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.properties.organization, data: data95 };
                        if (vErrors === null) {
                          vErrors = [err208];
                        } else {
                          vErrors.push(err208);
                        }
                        errors++;
                      }
                    }
                    if (data92.summary !== void 0) {
                      let data96 = data92.summary;
                      if (typeof data96 === "string") {
                        if (func3(data96) < 1) {
                          const err209 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/acknowledgments/" + i29 + "/summary", schemaPath: "#/properties/vulnerabilities/items/properties/acknowledgments/items/properties/summary/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.properties.summary, data: data96 };
                          if (vErrors === null) {
                            vErrors = [err209];
                          } else {
                            vErrors.push(err209);
                          }
                          errors++;
                        }
                      } else {
                        const err210 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/acknowledgments/" + i29 + "/summary", schemaPath: "#/properties/vulnerabilities/items/properties/acknowledgments/items/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.properties.summary.type, parentSchema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.properties.summary, data: data96 };
                        if (vErrors === null) {
                          vErrors = [err210];
                        } else {
                          vErrors.push(err210);
                        }
                        errors++;
                      }
                    }
                    if (data92.urls !== void 0) {
                      let data97 = data92.urls;
                      if (Array.isArray(data97)) {
                        if (data97.length < 1) {
                          const err211 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/acknowledgments/" + i29 + "/urls", schemaPath: "#/properties/vulnerabilities/items/properties/acknowledgments/items/properties/urls/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.properties.urls, data: data97 };
                          if (vErrors === null) {
                            vErrors = [err211];
                          } else {
                            vErrors.push(err211);
                          }
                          errors++;
                        }
                        const len23 = data97.length;
                        for (let i31 = 0; i31 < len23; i31++) {
                          let data98 = data97[i31];
                          if (typeof data98 === "string") {
                            if (!formats0(data98)) {
                              const err212 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/acknowledgments/" + i29 + "/urls/" + i31, schemaPath: "#/properties/vulnerabilities/items/properties/acknowledgments/items/properties/urls/items/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.properties.urls.items, data: data98 };
                              if (vErrors === null) {
                                vErrors = [err212];
                              } else {
                                vErrors.push(err212);
                              }
                              errors++;
                            }
                          } else {
                            const err213 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/acknowledgments/" + i29 + "/urls/" + i31, schemaPath: "#/properties/vulnerabilities/items/properties/acknowledgments/items/properties/urls/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.properties.urls.items.type, parentSchema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.properties.urls.items, data: data98 };
                            if (vErrors === null) {
                              vErrors = [err213];
                            } else {
                              vErrors.push(err213);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err214 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/acknowledgments/" + i29 + "/urls", schemaPath: "#/properties/vulnerabilities/items/properties/acknowledgments/items/properties/urls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.properties.urls.type, parentSchema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.properties.urls, data: data97 };
                        if (vErrors === null) {
                          vErrors = [err214];
                        } else {
                          vErrors.push(err214);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err215 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/acknowledgments/" + i29, schemaPath: "#/properties/vulnerabilities/items/properties/acknowledgments/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items.type, parentSchema: schema11.properties.vulnerabilities.items.properties.acknowledgments.items, data: data92 };
                    if (vErrors === null) {
                      vErrors = [err215];
                    } else {
                      vErrors.push(err215);
                    }
                    errors++;
                  }
                }
              } else {
                const err216 = { instancePath: instancePath + "/vulnerabilities/" + i8 + "/acknowledgments", schemaPath: "#/properties/vulnerabilities/items/properties/acknowledgments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.vulnerabilities.items.properties.acknowledgments.type, parentSchema: schema11.properties.vulnerabilities.items.properties.acknowledgments, data: data91 };
                if (vErrors === null) {
                  vErrors = [err216];
                } else {
                  vErrors.push(err216);
                }
                errors++;
              }
            }
          } else {
            const err217 = { instancePath: instancePath + "/vulnerabilities/" + i8, schemaPath: "#/properties/vulnerabilities/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.vulnerabilities.items.type, parentSchema: schema11.properties.vulnerabilities.items, data: data41 };
            if (vErrors === null) {
              vErrors = [err217];
            } else {
              vErrors.push(err217);
            }
            errors++;
          }
        }
      } else {
        const err218 = { instancePath: instancePath + "/vulnerabilities", schemaPath: "#/properties/vulnerabilities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.vulnerabilities.type, parentSchema: schema11.properties.vulnerabilities, data: data40 };
        if (vErrors === null) {
          vErrors = [err218];
        } else {
          vErrors.push(err218);
        }
        errors++;
      }
    }
    if (data.tracking !== void 0) {
      let data99 = data.tracking;
      if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
        if (data99.status === void 0) {
          const err219 = { instancePath: instancePath + "/tracking", schemaPath: "#/properties/tracking/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema11.properties.tracking.required, parentSchema: schema11.properties.tracking, data: data99 };
          if (vErrors === null) {
            vErrors = [err219];
          } else {
            vErrors.push(err219);
          }
          errors++;
        }
        if (data99.version === void 0) {
          const err220 = { instancePath: instancePath + "/tracking", schemaPath: "#/properties/tracking/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.properties.tracking.required, parentSchema: schema11.properties.tracking, data: data99 };
          if (vErrors === null) {
            vErrors = [err220];
          } else {
            vErrors.push(err220);
          }
          errors++;
        }
        if (data99.revisions === void 0) {
          const err221 = { instancePath: instancePath + "/tracking", schemaPath: "#/properties/tracking/required", keyword: "required", params: { missingProperty: "revisions" }, message: "must have required property 'revisions'", schema: schema11.properties.tracking.required, parentSchema: schema11.properties.tracking, data: data99 };
          if (vErrors === null) {
            vErrors = [err221];
          } else {
            vErrors.push(err221);
          }
          errors++;
        }
        for (const key14 in data99) {
          if (!(key14 === "status" || key14 === "version" || key14 === "revisions")) {
            const err222 = { instancePath: instancePath + "/tracking", schemaPath: "#/properties/tracking/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.tracking, data: data99 };
            if (vErrors === null) {
              vErrors = [err222];
            } else {
              vErrors.push(err222);
            }
            errors++;
          }
        }
        if (data99.status !== void 0) {
          let data100 = data99.status;
          if (typeof data100 !== "string") {
            const err223 = { instancePath: instancePath + "/tracking/status", schemaPath: "#/properties/tracking/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tracking.properties.status.type, parentSchema: schema11.properties.tracking.properties.status, data: data100 };
            if (vErrors === null) {
              vErrors = [err223];
            } else {
              vErrors.push(err223);
            }
            errors++;
          }
          if (!(data100 === "draft" || data100 === "interim" || data100 === "final")) {
            const err224 = { instancePath: instancePath + "/tracking/status", schemaPath: "#/properties/tracking/properties/status/enum", keyword: "enum", params: { allowedValues: schema11.properties.tracking.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.tracking.properties.status.enum, parentSchema: schema11.properties.tracking.properties.status, data: data100 };
            if (vErrors === null) {
              vErrors = [err224];
            } else {
              vErrors.push(err224);
            }
            errors++;
          }
        }
        if (data99.version !== void 0) {
          let data101 = data99.version;
          if (typeof data101 === "string") {
            if (func3(data101) < 1) {
              const err225 = { instancePath: instancePath + "/tracking/version", schemaPath: "#/properties/tracking/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.tracking.properties.version, data: data101 };
              if (vErrors === null) {
                vErrors = [err225];
              } else {
                vErrors.push(err225);
              }
              errors++;
            }
          } else {
            const err226 = { instancePath: instancePath + "/tracking/version", schemaPath: "#/properties/tracking/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tracking.properties.version.type, parentSchema: schema11.properties.tracking.properties.version, data: data101 };
            if (vErrors === null) {
              vErrors = [err226];
            } else {
              vErrors.push(err226);
            }
            errors++;
          }
        }
        if (data99.revisions !== void 0) {
          let data102 = data99.revisions;
          if (Array.isArray(data102)) {
            if (data102.length < 1) {
              const err227 = { instancePath: instancePath + "/tracking/revisions", schemaPath: "#/properties/tracking/properties/revisions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.tracking.properties.revisions, data: data102 };
              if (vErrors === null) {
                vErrors = [err227];
              } else {
                vErrors.push(err227);
              }
              errors++;
            }
            const len24 = data102.length;
            for (let i32 = 0; i32 < len24; i32++) {
              let data103 = data102[i32];
              if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                if (data103.number === void 0) {
                  const err228 = { instancePath: instancePath + "/tracking/revisions/" + i32, schemaPath: "#/properties/tracking/properties/revisions/items/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema11.properties.tracking.properties.revisions.items.required, parentSchema: schema11.properties.tracking.properties.revisions.items, data: data103 };
                  if (vErrors === null) {
                    vErrors = [err228];
                  } else {
                    vErrors.push(err228);
                  }
                  errors++;
                }
                if (data103.date === void 0) {
                  const err229 = { instancePath: instancePath + "/tracking/revisions/" + i32, schemaPath: "#/properties/tracking/properties/revisions/items/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema11.properties.tracking.properties.revisions.items.required, parentSchema: schema11.properties.tracking.properties.revisions.items, data: data103 };
                  if (vErrors === null) {
                    vErrors = [err229];
                  } else {
                    vErrors.push(err229);
                  }
                  errors++;
                }
                if (data103.summary === void 0) {
                  const err230 = { instancePath: instancePath + "/tracking/revisions/" + i32, schemaPath: "#/properties/tracking/properties/revisions/items/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema11.properties.tracking.properties.revisions.items.required, parentSchema: schema11.properties.tracking.properties.revisions.items, data: data103 };
                  if (vErrors === null) {
                    vErrors = [err230];
                  } else {
                    vErrors.push(err230);
                  }
                  errors++;
                }
                for (const key15 in data103) {
                  if (!(key15 === "number" || key15 === "date" || key15 === "summary")) {
                    const err231 = { instancePath: instancePath + "/tracking/revisions/" + i32, schemaPath: "#/properties/tracking/properties/revisions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.tracking.properties.revisions.items, data: data103 };
                    if (vErrors === null) {
                      vErrors = [err231];
                    } else {
                      vErrors.push(err231);
                    }
                    errors++;
                  }
                }
                if (data103.number !== void 0) {
                  let data104 = data103.number;
                  if (typeof data104 === "string") {
                    if (func3(data104) < 1) {
                      const err232 = { instancePath: instancePath + "/tracking/revisions/" + i32 + "/number", schemaPath: "#/properties/tracking/properties/revisions/items/properties/number/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.tracking.properties.revisions.items.properties.number, data: data104 };
                      if (vErrors === null) {
                        vErrors = [err232];
                      } else {
                        vErrors.push(err232);
                      }
                      errors++;
                    }
                  } else {
                    const err233 = { instancePath: instancePath + "/tracking/revisions/" + i32 + "/number", schemaPath: "#/properties/tracking/properties/revisions/items/properties/number/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tracking.properties.revisions.items.properties.number.type, parentSchema: schema11.properties.tracking.properties.revisions.items.properties.number, data: data104 };
                    if (vErrors === null) {
                      vErrors = [err233];
                    } else {
                      vErrors.push(err233);
                    }
                    errors++;
                  }
                }
                if (data103.date !== void 0) {
                  let data105 = data103.date;
                  if (typeof data105 === "string") {
                    if (func3(data105) < 10) {
                      const err234 = { instancePath: instancePath + "/tracking/revisions/" + i32 + "/date", schemaPath: "#/properties/tracking/properties/revisions/items/properties/date/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters", schema: 10, parentSchema: schema11.properties.tracking.properties.revisions.items.properties.date, data: data105 };
                      if (vErrors === null) {
                        vErrors = [err234];
                      } else {
                        vErrors.push(err234);
                      }
                      errors++;
                    }
                  } else {
                    const err235 = { instancePath: instancePath + "/tracking/revisions/" + i32 + "/date", schemaPath: "#/properties/tracking/properties/revisions/items/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tracking.properties.revisions.items.properties.date.type, parentSchema: schema11.properties.tracking.properties.revisions.items.properties.date, data: data105 };
                    if (vErrors === null) {
                      vErrors = [err235];
                    } else {
                      vErrors.push(err235);
                    }
                    errors++;
                  }
                }
                if (data103.summary !== void 0) {
                  let data106 = data103.summary;
                  if (typeof data106 === "string") {
                    if (func3(data106) < 1) {
                      const err236 = { instancePath: instancePath + "/tracking/revisions/" + i32 + "/summary", schemaPath: "#/properties/tracking/properties/revisions/items/properties/summary/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.tracking.properties.revisions.items.properties.summary, data: data106 };
                      if (vErrors === null) {
                        vErrors = [err236];
                      } else {
                        vErrors.push(err236);
                      }
                      errors++;
                    }
                  } else {
                    const err237 = { instancePath: instancePath + "/tracking/revisions/" + i32 + "/summary", schemaPath: "#/properties/tracking/properties/revisions/items/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tracking.properties.revisions.items.properties.summary.type, parentSchema: schema11.properties.tracking.properties.revisions.items.properties.summary, data: data106 };
                    if (vErrors === null) {
                      vErrors = [err237];
                    } else {
                      vErrors.push(err237);
                    }
                    errors++;
                  }
                }
              } else {
                const err238 = { instancePath: instancePath + "/tracking/revisions/" + i32, schemaPath: "#/properties/tracking/properties/revisions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.tracking.properties.revisions.items.type, parentSchema: schema11.properties.tracking.properties.revisions.items, data: data103 };
                if (vErrors === null) {
                  vErrors = [err238];
                } else {
                  vErrors.push(err238);
                }
                errors++;
              }
            }
          } else {
            const err239 = { instancePath: instancePath + "/tracking/revisions", schemaPath: "#/properties/tracking/properties/revisions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.tracking.properties.revisions.type, parentSchema: schema11.properties.tracking.properties.revisions, data: data102 };
            if (vErrors === null) {
              vErrors = [err239];
            } else {
              vErrors.push(err239);
            }
            errors++;
          }
        }
      } else {
        const err240 = { instancePath: instancePath + "/tracking", schemaPath: "#/properties/tracking/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.tracking.type, parentSchema: schema11.properties.tracking, data: data99 };
        if (vErrors === null) {
          vErrors = [err240];
        } else {
          vErrors.push(err240);
        }
        errors++;
      }
    }
  } else {
    const err241 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err241];
    } else {
      vErrors.push(err241);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// packages/advisory/src/cvss.ts
var import_ae_cvss_calculator = __toESM(require_ae_cvss_calculator(), 1);
var v31Base = {
  AV: ["N", "A", "L", "P"],
  AC: ["L", "H"],
  PR: ["N", "L", "H"],
  UI: ["N", "R"],
  S: ["U", "C"],
  C: ["H", "L", "N"],
  I: ["H", "L", "N"],
  A: ["H", "L", "N"]
};
var v31Temporal = {
  E: ["X", "U", "P", "F", "H"],
  RL: ["X", "O", "T", "W", "U"],
  RC: ["X", "U", "R", "C"]
};
var v31Environmental = {
  CR: ["X", "L", "M", "H"],
  IR: ["X", "L", "M", "H"],
  AR: ["X", "L", "M", "H"],
  MAV: ["X", "N", "A", "L", "P"],
  MAC: ["X", "L", "H"],
  MPR: ["X", "N", "L", "H"],
  MUI: ["X", "N", "R"],
  MS: ["X", "U", "C"],
  MC: ["X", "N", "L", "H"],
  MI: ["X", "N", "L", "H"],
  MA: ["X", "N", "L", "H"]
};
var v40Base = {
  AV: ["N", "A", "L", "P"],
  AC: ["L", "H"],
  AT: ["N", "P"],
  PR: ["N", "L", "H"],
  UI: ["N", "P", "A"],
  VC: ["H", "L", "N"],
  VI: ["H", "L", "N"],
  VA: ["H", "L", "N"],
  SC: ["H", "L", "N"],
  SI: ["H", "L", "N"],
  SA: ["H", "L", "N"]
};
var v40Other = {
  E: ["X", "A", "P", "U"],
  CR: ["X", "H", "M", "L"],
  IR: ["X", "H", "M", "L"],
  AR: ["X", "H", "M", "L"],
  MAV: ["X", "N", "A", "L", "P"],
  MAC: ["X", "L", "H"],
  MAT: ["X", "N", "P"],
  MPR: ["X", "N", "L", "H"],
  MUI: ["X", "N", "P", "A"],
  MVC: ["X", "H", "L", "N"],
  MVI: ["X", "H", "L", "N"],
  MVA: ["X", "H", "L", "N"],
  MSC: ["X", "H", "L", "N"],
  MSI: ["X", "S", "H", "L", "N"],
  MSA: ["X", "S", "H", "L", "N"],
  S: ["X", "N", "P"],
  AU: ["X", "N", "Y"],
  R: ["X", "A", "U", "I"],
  V: ["X", "D", "C"],
  RE: ["X", "L", "M", "H"],
  U: ["X", "Clear", "Green", "Amber", "Red"]
};
function vectorProblem(vector, prefix, base, others) {
  if (!vector.startsWith(`${prefix}/`)) return `it must start with ${prefix}/`;
  const seen = /* @__PURE__ */ new Set();
  for (const part of vector.slice(prefix.length + 1).split("/")) {
    const [metric = "", value, extra] = part.split(":");
    const allowed = base[metric] ?? others[metric];
    if (allowed === void 0 || value === void 0 || extra !== void 0) {
      return `"${part}" is not a metric of ${prefix}`;
    }
    if (!allowed.includes(value)) return `${metric} must be one of ${allowed.join(", ")}, not ${value}`;
    if (seen.has(metric)) return `${metric} appears twice`;
    seen.add(metric);
  }
  const missing = Object.keys(base).filter((metric) => !seen.has(metric));
  return missing.length ? `the base metric${missing.length > 1 ? "s" : ""} ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} missing` : void 0;
}
function severityOf(score) {
  if (score === 0) return "NONE";
  if (score < 4) return "LOW";
  if (score < 7) return "MEDIUM";
  if (score < 9) return "HIGH";
  return "CRITICAL";
}
var v31Names = {
  AV: ["attackVector", { N: "NETWORK", A: "ADJACENT_NETWORK", L: "LOCAL", P: "PHYSICAL" }],
  AC: ["attackComplexity", { L: "LOW", H: "HIGH" }],
  PR: ["privilegesRequired", { N: "NONE", L: "LOW", H: "HIGH" }],
  UI: ["userInteraction", { N: "NONE", R: "REQUIRED" }],
  S: ["scope", { U: "UNCHANGED", C: "CHANGED" }],
  C: ["confidentialityImpact", { N: "NONE", L: "LOW", H: "HIGH" }],
  I: ["integrityImpact", { N: "NONE", L: "LOW", H: "HIGH" }],
  A: ["availabilityImpact", { N: "NONE", L: "LOW", H: "HIGH" }]
};
function cvssV3Problem(vector) {
  return vectorProblem(vector, "CVSS:3.1", v31Base, { ...v31Temporal, ...v31Environmental });
}
function cvssV4Problem(vector) {
  return vectorProblem(vector, "CVSS:4.0", v40Base, v40Other);
}
function scoreCvssV3(vector) {
  const scores = new import_ae_cvss_calculator.default.Cvss3P1(vector).calculateScores();
  const baseScore = scores.base ?? 0;
  const metrics = {};
  for (const part of vector.split("/").slice(1)) {
    const [metric = "", value = ""] = part.split(":");
    const names2 = v31Names[metric];
    const name = names2?.[1][value];
    if (names2 && name) metrics[names2[0]] = name;
  }
  const parts = vector.split("/");
  const temporal = Object.keys(v31Temporal).some(
    (metric) => parts.some((part) => part.startsWith(`${metric}:`))
  );
  const environmental = Object.keys(v31Environmental).some(
    (metric) => parts.some((part) => part.startsWith(`${metric}:`))
  );
  return {
    version: "3.1",
    vectorString: vector,
    ...metrics,
    baseScore,
    baseSeverity: severityOf(baseScore),
    ...temporal && scores.temporal !== void 0 ? { temporalScore: scores.temporal, temporalSeverity: severityOf(scores.temporal) } : {},
    ...environmental && scores.environmental !== void 0 ? { environmentalScore: scores.environmental, environmentalSeverity: severityOf(scores.environmental) } : {}
  };
}
function scoreCvssV4(vector) {
  const scores = new import_ae_cvss_calculator.default.Cvss4P0(vector).calculateScores();
  const baseScore = scores.overall ?? scores.base ?? 0;
  return { version: "4.0", vectorString: vector, baseScore, baseSeverity: severityOf(baseScore) };
}

// node_modules/@secvisogram/csaf-validator-lib/cwe.js
var weaknesses = cwec_default.weaknesses;

// packages/advisory/src/cwe.ts
var cweListVersion = "4.17";
var latestNames = new Map(
  __default.weaknesses.map((weakness) => [
    weakness.id,
    weakness.name
  ])
);
function cweNameInLatestList(id) {
  return latestNames.get(id);
}
var names = new Map(
  weaknesses.map((weakness) => [weakness.id, weakness.name])
);
function cweName(id) {
  return names.get(id);
}

// packages/advisory/src/version-range.ts
var comparator = /^(>=|<=|!=|>|<|=)?([^\s<>=!|]+)$/;
var semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
var versRange = /^vers:[a-z][a-z0-9.+-]*\/\S+$/;
function toVersRange(range) {
  const text2 = range.trim();
  if (text2.startsWith("vers:")) {
    return versRange.test(text2) ? { vers: text2 } : { problem: "is not a vers: range like vers:semver/>=1.0.0|<2.0.0" };
  }
  const parts = text2.split(/\s+/);
  const constraints = [];
  const versions = [];
  for (const part of parts) {
    const match = comparator.exec(part);
    if (!match) return { problem: `"${part}" is not a comparator like >=2.0.0 or <2.4.1` };
    const [, operator = "", version = ""] = match;
    constraints.push(`${operator === "=" ? "" : operator}${version}`);
    versions.push(version);
  }
  if (!parts.some((part) => /^[<>]/.test(part)) && parts.length > 1) {
    return { problem: "lists versions without < or >; write one version per entry with version:" };
  }
  const scheme = versions.every((version) => semver.test(version)) ? "semver" : "generic";
  return { vers: `vers:${scheme}/${constraints.join("|")}` };
}
function isSingleVersion(version) {
  return !/[<>=*]|\s(and|or|to|through|before|after|prior)\s|\ball\b|\bbefore\b|\bprior\b|\bearlier\b|\blater\b/i.test(
    version
  );
}

// packages/advisory/src/load-advisory.ts
var checkSchema = createSchemaChecker(validate_advisory_default);
function loadAdvisory(text2, file, products, components = /* @__PURE__ */ new Map()) {
  const source = parseYaml(text2, file);
  throwIfProblems(checkSchema(source), create, file);
  const input = source.data;
  const problem = (path, message, fix) => ({
    message,
    location: source.locate(path),
    fix
  });
  const definedIds = /* @__PURE__ */ new Map();
  throwIfProblems(
    [
      ...checkProducts(input, products, definedIds, problem),
      ...checkComponents(input, components, problem),
      ...checkVulnerabilities(input, definedIds, problem),
      ...checkDates(input, problem),
      ...checkTracking(input, problem)
    ].sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0)),
    create,
    file
  );
  return { input, source };
}
function create(message, options) {
  return new InputError(message, options);
}
function checkProducts(input, products, defined, problem) {
  const problems = [];
  const known = products.map((product) => product.id);
  for (const [index, product] of (input.products ?? []).entries()) {
    const at = ["products", index];
    if (product.ref !== void 0 && !known.includes(product.ref)) {
      const nearest = suggest(product.ref, known);
      problems.push(
        problem(
          [...at, "ref"],
          `product "${product.ref}" is not in evident.yml`,
          nearest ? `did you mean "${nearest}"?` : `use one of ${known.join(", ") || "(none: add the product to evident.yml)"}`
        )
      );
    }
    if (product.ref === void 0 && (product.name === void 0 || product.vendor === void 0)) {
      problems.push(
        problem(
          at,
          "a product needs ref (an evident.yml product) or both name and vendor",
          "add ref: <product id>, or name: and vendor:"
        )
      );
    }
    for (const [position, version] of product.versions.entries()) {
      const where = [...at, "versions", position];
      const previous = defined.get(version.id);
      if (previous) {
        problems.push(
          problem(
            [...where, "id"],
            `product version id "${version.id}" is defined twice`,
            `rename one; the other is at ${describePath(previous)}`
          )
        );
      }
      defined.set(version.id, where);
      if (version.version === void 0 === (version.range === void 0)) {
        problems.push(
          problem(
            where,
            "a product version needs exactly one of version and range",
            'write version: 2.4.1 for one version, or range: ">=2.0.0 <2.4.1"'
          )
        );
      }
      if (version.version !== void 0 && !isSingleVersion(version.version)) {
        problems.push(
          problem(
            [...where, "version"],
            `"${version.version}" looks like a range`,
            "write it as range: instead (CSAF forbids ranges in product_version, 6.1.31)"
          )
        );
      }
      if (version.range !== void 0) {
        const range = toVersRange(version.range);
        if ("problem" in range)
          problems.push(
            problem(
              [...where, "range"],
              `range "${version.range}" ${range.problem}`,
              'write comparators like ">=2.0.0 <2.4.1" or a vers: range'
            )
          );
      }
    }
  }
  return problems;
}
function checkComponents(input, catalog, problem) {
  const problems = [];
  for (const [index, product] of (input.products ?? []).entries()) {
    if (product.component === void 0) continue;
    if (product.ref === void 0) {
      problems.push(
        problem(
          ["products", index, "component"],
          "a component belongs to a product",
          "add ref: <the evident.yml product whose SBOM lists it>"
        )
      );
      continue;
    }
    const known = (catalog.get(product.ref) ?? []).map((component) => component.name);
    if (!known.includes(product.component)) {
      const nearest = suggest(product.component, known);
      problems.push(
        problem(
          ["products", index, "component"],
          `the SBOM of "${product.ref}" has no component "${product.component}"`,
          nearest ? `did you mean "${nearest}"?` : `declare it in evident.yml products[].sbom.components${known.length ? `, or use one of ${known.join(", ")}` : ""}`
        )
      );
    }
  }
  return problems;
}
function componentOf(product, catalog) {
  if (product.ref === void 0 || product.component === void 0) return void 0;
  return catalog.get(product.ref)?.find((component) => component.name === product.component);
}
function checkVulnerabilities(input, defined, problem) {
  const problems = [];
  const cves = /* @__PURE__ */ new Map();
  const ids = [...defined.keys()];
  const checkId = (id, path) => {
    if (defined.has(id)) return;
    const nearest = suggest(id, ids);
    problems.push(
      problem(
        path,
        `unknown product id "${id}"`,
        nearest ? `did you mean "${nearest}"?` : "define it under products[].versions, or use one of its ids"
      )
    );
  };
  for (const [index, vulnerability] of (input.vulnerabilities ?? []).entries()) {
    const at = ["vulnerabilities", index];
    if (vulnerability.cve !== void 0) {
      const first = cves.get(vulnerability.cve);
      if (first !== void 0) {
        problems.push(
          problem(
            [...at, "cve"],
            `${vulnerability.cve} is listed twice (first at line ${problem(["vulnerabilities", first, "cve"], "", "").location.line})`,
            "merge the two entries into one"
          )
        );
      } else cves.set(vulnerability.cve, index);
    }
    problems.push(...checkScores(vulnerability, at, problem), ...checkCwe(vulnerability, at, problem));
    for (const [group, list2] of statusLists(vulnerability)) {
      for (const [position, id] of list2.entries())
        checkId(id, [...at, "status", group, position, ...group === "known_not_affected" ? ["id"] : []]);
    }
    for (const [position, entry] of (vulnerability.status.known_not_affected ?? []).entries()) {
      if (entry.justification === void 0 && entry.impact === void 0) {
        problems.push(
          problem(
            [...at, "status", "known_not_affected", position],
            `"${entry.id}" is not affected, but the advisory does not say why`,
            "add justification: (e.g. vulnerable_code_not_present) or impact: with a statement"
          )
        );
      }
    }
    for (const [position, remediation] of (vulnerability.remediations ?? []).entries()) {
      for (const [item, id] of (remediation.products ?? []).entries())
        checkId(id, [...at, "remediations", position, "products", item]);
      if (remediation.products === void 0 && affectedIds(vulnerability).length === 0) {
        problems.push(
          problem(
            [...at, "remediations", position],
            "this remediation names no products, and no product is affected",
            "add products: [ids] to the remediation"
          )
        );
      }
    }
    problems.push(...checkContradictions(vulnerability, at, problem));
  }
  return problems;
}
function statusLists(vulnerability) {
  const { known_not_affected, ...plain } = vulnerability.status;
  const lists = Object.entries(plain).map(([group, ids]) => [group, [...ids ?? []]]);
  if (known_not_affected) lists.push(["known_not_affected", known_not_affected.map((entry) => entry.id)]);
  return lists;
}
function affectedIds(vulnerability) {
  const { known_affected = [], first_affected = [], last_affected = [] } = vulnerability.status;
  return [.../* @__PURE__ */ new Set([...known_affected, ...first_affected, ...last_affected])];
}
var statusGroups = {
  known_affected: "affected",
  first_affected: "affected",
  last_affected: "affected",
  known_not_affected: "not affected",
  fixed: "fixed",
  first_fixed: "fixed",
  under_investigation: "under investigation"
};
function checkContradictions(vulnerability, at, problem) {
  const problems = [];
  const groupOf = /* @__PURE__ */ new Map();
  for (const [status, ids] of statusLists(vulnerability)) {
    const group = statusGroups[status];
    if (group === void 0) continue;
    for (const [position, id] of ids.entries()) {
      const earlier = groupOf.get(id);
      if (earlier !== void 0 && earlier !== group) {
        problems.push(
          problem(
            [...at, "status", status, position],
            `"${id}" is both ${earlier} and ${group}`,
            "a product version has one status per vulnerability; remove one of them"
          )
        );
      }
      groupOf.set(id, group);
    }
  }
  return problems;
}
function checkScores(vulnerability, at, problem) {
  const problems = [];
  if (vulnerability.cvss !== void 0) {
    const reason = vulnerability.cvss.startsWith("CVSS:3.0/") ? "is CVSS 3.0" : cvssV3Problem(vulnerability.cvss);
    if (reason)
      problems.push(
        problem(
          [...at, "cvss"],
          `invalid CVSS v3.1 vector: ${reason}`,
          "write a complete vector like CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"
        )
      );
  }
  if (vulnerability.cvssV4 !== void 0) {
    const reason = cvssV4Problem(vulnerability.cvssV4);
    if (reason)
      problems.push(
        problem(
          [...at, "cvssV4"],
          `invalid CVSS v4.0 vector: ${reason}`,
          "write a complete vector like CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"
        )
      );
  }
  return problems;
}
function checkCwe(vulnerability, at, problem) {
  const cwe = vulnerability.cwe;
  if (cwe === void 0) return [];
  const id = typeof cwe === "string" ? cwe : cwe.id;
  const name = cweName(id);
  if (name === void 0) {
    return [problem([...at, "cwe"], `${id} is not in the CWE list`, "check the id at https://cwe.mitre.org")];
  }
  if (typeof cwe !== "string" && cwe.name !== name) {
    return [
      problem(
        [...at, "cwe", "name"],
        `the name of ${id} is "${name}", not "${cwe.name}"`,
        `write name: ${JSON.stringify(name)}, or write only the id (cwe: ${id}) and Evident fills in the name`
      )
    ];
  }
  return [];
}
var dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;
var dateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
function parseDate(text2) {
  const match = dateOnly.exec(text2) ?? dateTime.exec(text2);
  if (!match) return void 0;
  const [, year, month, day, hour = "00", minute = "00", second = "00"] = match;
  const date = new Date(dateOnly.test(text2) ? `${text2}T00:00:00Z` : text2);
  if (Number.isNaN(date.getTime())) return void 0;
  const check = new Date(
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second))
  );
  const valid = check.getUTCDate() === Number(day) && check.getUTCMonth() === Number(month) - 1 && Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60;
  return valid ? date : void 0;
}
function* dateFields(input) {
  for (const [index, vulnerability] of (input.vulnerabilities ?? []).entries()) {
    if (vulnerability.discovered) yield [["vulnerabilities", index, "discovered"], vulnerability.discovered];
    if (vulnerability.released) yield [["vulnerabilities", index, "released"], vulnerability.released];
    for (const [position, remediation] of (vulnerability.remediations ?? []).entries()) {
      if (remediation.date)
        yield [["vulnerabilities", index, "remediations", position, "date"], remediation.date];
    }
  }
  for (const [index, revision] of (input.tracking?.revisions ?? []).entries()) {
    yield [["tracking", "revisions", index, "date"], revision.date];
  }
}
function checkDates(input, problem) {
  const problems = [];
  for (const [path, text2] of dateFields(input)) {
    if (parseDate(text2) === void 0) {
      problems.push(
        problem(
          path,
          `"${text2}" is not a date that exists`,
          "write YYYY-MM-DD or a date-time with a zone, e.g. 2026-03-10T09:00:00Z"
        )
      );
    }
  }
  return problems;
}
function checkTracking(input, problem) {
  const tracking = input.tracking;
  if (tracking === void 0) return [];
  const problems = [];
  const last = tracking.revisions.at(-1);
  if (last && last.number !== tracking.version) {
    problems.push(
      problem(
        ["tracking", "version"],
        `the version is ${tracking.version} but the last revision is ${last.number}`,
        "let `evident advisory revise` maintain tracking:"
      )
    );
  }
  let previous;
  for (const [index, revision] of tracking.revisions.entries()) {
    const date = parseDate(revision.date);
    if (date && previous && date < previous) {
      problems.push(
        problem(
          ["tracking", "revisions", index, "date"],
          "this revision is dated before the one above it",
          "revisions are listed oldest first"
        )
      );
    }
    previous = date ?? previous;
  }
  return problems;
}

// packages/advisory/src/build-csaf.ts
var profiles = {
  "security-advisory": "csaf_security_advisory",
  vex: "csaf_vex",
  informational: "csaf_informational_advisory"
};
function buildCsaf(advisory, options) {
  const spec = options.spec ?? csaf20;
  const { input, source } = advisory;
  const tracking = input.tracking;
  if (tracking === void 0) {
    throw new InputError("the advisory has no revision history yet", {
      location: source.locate([]),
      fix: `run \`evident advisory revise ${source.file}\` to start it as a draft`
    });
  }
  const notices = [];
  const tlp = tlpLabelFor(input.tlp, spec);
  const fileName = fileNameOfTrackingId(input.id);
  const revisions = tracking.revisions.map((revision) => ({
    date: isoDate(revision.date),
    number: revision.number,
    summary: revision.summary
  }));
  const first = revisions[0]?.date ?? "";
  const last = revisions.at(-1)?.date ?? first;
  const document = {
    ...spec.draft ? { $schema: spec.schemaUrl } : {},
    document: {
      category: profiles[input.category ?? "security-advisory"],
      csaf_version: spec.version,
      distribution: { tlp: { label: tlp, url: spec.tlpUrl } },
      lang: input.lang ?? "en",
      ...nonEmpty("notes", [
        ...input.summary ? [{ category: "summary", title: "Summary", text: input.summary }] : [],
        ...(input.notes ?? []).map(note)
      ]),
      publisher: publisherOf(options.publisher),
      ...nonEmpty("references", [
        ...selfReference(options.publisher, fileName),
        ...(input.references ?? []).map(reference)
      ]),
      ...nonEmpty("acknowledgments", (input.acknowledgments ?? []).map(acknowledgment)),
      title: input.title,
      tracking: {
        current_release_date: last,
        generator: {
          date: last,
          engine: { name: options.generator.name, version: options.generator.version }
        },
        id: input.id,
        initial_release_date: first,
        revision_history: revisions,
        status: tracking.status,
        version: tracking.version
      }
    },
    ...input.products?.length ? { product_tree: productTree(input.products, options) } : {},
    ...nonEmpty(
      "vulnerabilities",
      (input.vulnerabilities ?? []).map((vulnerability) => buildVulnerability(vulnerability, spec, notices))
    )
  };
  return { document, fileName, status: tracking.status, tlp, notices };
}
function nonEmpty(key, list2) {
  return list2.length ? { [key]: list2 } : {};
}
function isoDate(text2) {
  return (parseDate(text2) ?? new Date(Number.NaN)).toISOString();
}
function note(input) {
  return { category: input.category, text: input.text, ...input.title ? { title: input.title } : {} };
}
function reference(input) {
  return { category: input.category ?? "external", summary: input.summary, url: input.url };
}
function acknowledgment(input) {
  return { ...input };
}
function publisherOf(publisher) {
  return {
    category: publisher.category ?? "vendor",
    name: publisher.name,
    namespace: publisher.namespace,
    ...publisher.contactDetails ? { contact_details: publisher.contactDetails } : {},
    ...publisher.issuingAuthority ? { issuing_authority: publisher.issuingAuthority } : {}
  };
}
function selfReference(publisher, fileName) {
  if (!publisher.advisoriesUrl) return [];
  const base = publisher.advisoriesUrl.replace(/\/+$/, "");
  return [{ category: "self", summary: "Canonical URL", url: `${base}/${fileName}` }];
}
function productTree(products, options) {
  const vendors = /* @__PURE__ */ new Map();
  for (const product of products) {
    const configured = options.products.find((candidate) => candidate.id === product.ref);
    const component = componentOf(product, options.components ?? /* @__PURE__ */ new Map());
    const name = product.name ?? component?.name ?? configured?.name ?? product.ref ?? "";
    const vendor = product.vendor ?? component?.supplier ?? configured?.manufacturer?.name ?? options.publisher.name;
    const names2 = vendors.get(vendor) ?? /* @__PURE__ */ new Map();
    vendors.set(vendor, names2);
    const leaves = names2.get(name) ?? [];
    names2.set(name, leaves);
    for (const version of product.versions) {
      const range = version.range === void 0 ? void 0 : toVersRange(version.range);
      const label = range && "vers" in range ? range.vers : version.version ?? "";
      const fromSbom = component !== void 0 && version.version === component.version ? component : void 0;
      const cpe = version.cpe ?? fromSbom?.cpe;
      const purl = version.purl ?? fromSbom?.purl;
      const helper = {
        ...cpe ? { cpe } : {},
        ...product.models ? { model_numbers: [...product.models] } : {},
        ...purl ? { purl } : {}
      };
      leaves.push({
        category: range ? "product_version_range" : "product_version",
        name: label,
        product: {
          name: `${vendor} ${name} ${version.range ?? version.version ?? ""}`.trim(),
          product_id: version.id,
          ...Object.keys(helper).length ? { product_identification_helper: helper } : {}
        }
      });
    }
  }
  const branches = sortedBy([...vendors], ([vendor]) => vendor).map(
    ([vendor, names2]) => ({
      category: "vendor",
      name: vendor,
      branches: sortedBy([...names2], ([name]) => name).map(([name, leaves]) => ({
        category: "product_name",
        name,
        branches: leaves
      }))
    })
  );
  return { branches };
}
function buildVulnerability(input, spec, notices) {
  const affected = affectedIds(input);
  const notAffected = input.status.known_not_affected ?? [];
  const { known_not_affected: _ignored, ...plain } = input.status;
  const productStatus = {};
  for (const [status, ids] of Object.entries(plain)) if (ids?.length) productStatus[status] = [...ids];
  if (notAffected.length) productStatus.known_not_affected = notAffected.map((entry) => entry.id);
  const flags = groupBy(
    notAffected.filter((entry) => entry.justification !== void 0),
    (entry) => entry.justification ?? ""
  ).map(([label, entries]) => ({ label, product_ids: entries.map((entry) => entry.id) }));
  const threats = notAffected.filter((entry) => entry.impact !== void 0).map((entry) => ({ category: "impact", details: entry.impact, product_ids: [entry.id] }));
  const cwe = input.cwe === void 0 ? void 0 : typeof input.cwe === "string" ? input.cwe : input.cwe.id;
  return {
    ...nonEmpty("acknowledgments", (input.acknowledgments ?? []).map(acknowledgment)),
    ...input.cve ? { cve: input.cve } : {},
    ...cweOf(cwe, spec),
    ...input.discovered ? { discovery_date: isoDate(input.discovered) } : {},
    ...nonEmpty("flags", flags),
    ...nonEmpty("notes", [
      ...input.description ? [{ category: "description", title: "Description", text: input.description }] : [],
      ...(input.notes ?? []).map(note)
    ]),
    product_status: productStatus,
    ...nonEmpty("references", (input.references ?? []).map(reference)),
    ...input.released ? { [spec.releaseDateKey]: isoDate(input.released) } : {},
    ...nonEmpty(
      "remediations",
      (input.remediations ?? []).map((remediation) => ({
        category: remediation.category,
        ...remediation.date ? { date: isoDate(remediation.date) } : {},
        details: remediation.fixedVersion ? `${remediation.details} Fixed in version ${remediation.fixedVersion}.` : remediation.details,
        product_ids: [...remediation.products ?? affected],
        ...remediation.url ? { url: remediation.url } : {}
      }))
    ),
    ...scoresOf(input, affected, spec, notices),
    ...nonEmpty("threats", threats),
    ...input.title ? { title: input.title } : {}
  };
}
function cweOf(id, spec) {
  if (id === void 0) return {};
  if (spec.cweKey === "cwe") return { cwe: { id, name: cweName(id) } };
  return { cwes: [{ id, name: cweNameInLatestList(id) ?? cweName(id), version: cweListVersion }] };
}
function scoresOf(input, affected, spec, notices) {
  const v3 = input.cvss === void 0 ? void 0 : scoreCvssV3(input.cvss);
  const v4 = input.cvssV4 === void 0 ? void 0 : scoreCvssV4(input.cvssV4);
  if (v4 && !spec.cvssV4) {
    notices.push(
      `${input.cve ?? input.title ?? "a vulnerability"}: CSAF ${spec.version} cannot carry CVSS v4; the v4 vector is left out`
    );
  }
  if (!v3 && !(v4 && spec.cvssV4) || affected.length === 0) return {};
  if (spec.scoresKey === "scores") return { scores: [{ cvss_v3: v3, products: [...affected] }] };
  return {
    metrics: [
      {
        content: { ...v3 ? { cvss_v3: v3 } : {}, ...v4 ? { cvss_v4: v4 } : {} },
        products: [...affected]
      }
    ]
  };
}
function groupBy(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) groups.set(key(item), [...groups.get(key(item)) ?? [], item]);
  return sortedBy([...groups], ([name]) => name);
}
function locateInAdvisory(advisory, pointer) {
  const [top, index, field, position] = pointer.split("/").slice(1);
  if (top === "vulnerabilities" && index !== void 0) {
    const fieldPath = {
      scores: "cvss",
      metrics: "cvss",
      cwe: "cwe",
      remediations: "remediations",
      product_status: "status",
      notes: "notes",
      references: "references",
      flags: "status",
      threats: "status"
    };
    const mapped = field === void 0 ? void 0 : fieldPath[field];
    const path = ["vulnerabilities", Number(index)];
    if (mapped) path.push(mapped);
    if (mapped === "remediations" && position !== void 0) path.push(Number(position));
    return advisory.source.locate(path);
  }
  if (top === "product_tree") return advisory.source.locate(["products"]);
  if (top === "document" && index === "tracking") return advisory.source.locate(["tracking"]);
  if (top === "document" && index !== void 0 && index in advisory.input) {
    return advisory.source.locate([index]);
  }
  return advisory.source.locate([]);
}

// packages/advisory/src/advisory-view.ts
var statusLabels = [
  ["known_affected", "Known affected"],
  ["first_affected", "First affected"],
  ["last_affected", "Last affected"],
  ["under_investigation", "Under investigation"],
  ["known_not_affected", "Known not affected"],
  ["first_fixed", "First fixed"],
  ["fixed", "Fixed"],
  ["recommended", "Recommended"]
];
var remediationLabels = {
  vendor_fix: "Vendor fix",
  mitigation: "Mitigation",
  workaround: "Workaround",
  none_available: "None available",
  no_fix_planned: "No fix planned",
  optional_patch: "Optional patch",
  fix_planned: "Fix planned"
};
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function list(value) {
  return Array.isArray(value) ? value.map(record) : [];
}
function strings(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
function text(value) {
  return typeof value === "string" ? value : null;
}
function createAdvisoryView(document) {
  const root = record(document);
  const meta = record(root.document);
  const tracking = record(meta.tracking);
  const names2 = productNames(record(root.product_tree));
  const groups = productGroups(record(root.product_tree));
  const resolve = (ids) => [...new Set(ids)].map((id) => ({ id, name: names2.get(id) ?? id }));
  const expand = (value) => resolve([
    ...strings(value.product_ids),
    ...strings(value.group_ids).flatMap((group) => groups.get(group) ?? [])
  ]);
  const publisher = record(meta.publisher);
  const tlp = record(record(meta.distribution).tlp);
  const status = text(tracking.status) ?? "";
  return {
    id: text(tracking.id) ?? "",
    title: text(meta.title) ?? "",
    category: text(meta.category) ?? "",
    csafVersion: text(meta.csaf_version) ?? "",
    version: text(tracking.version) ?? "",
    status,
    draft: status === "draft",
    lang: text(meta.lang),
    tlp: typeof tlp.label === "string" ? { label: tlp.label, url: text(tlp.url) } : null,
    aggregateSeverity: text(record(meta.aggregate_severity).text),
    initialReleaseDate: text(tracking.initial_release_date) ?? "",
    currentReleaseDate: text(tracking.current_release_date) ?? "",
    publisher: {
      name: text(publisher.name) ?? "",
      category: text(publisher.category) ?? "",
      namespace: text(publisher.namespace) ?? "",
      contactDetails: text(publisher.contact_details),
      issuingAuthority: text(publisher.issuing_authority)
    },
    notes: list(meta.notes).map(noteView),
    references: list(meta.references).map(referenceView),
    acknowledgments: list(meta.acknowledgments).map(acknowledgmentText),
    revisions: list(tracking.revision_history).map((revision) => ({
      number: text(revision.number) ?? "",
      date: text(revision.date) ?? "",
      summary: text(revision.summary) ?? ""
    })),
    products: [...names2].map(([id, name]) => ({ id, name })).sort((a, b) => compareStrings(a.id, b.id)),
    vulnerabilities: list(root.vulnerabilities).map(
      (vulnerability, index) => vulnerabilityView(vulnerability, index, resolve, expand)
    )
  };
}
function vulnerabilityView(vulnerability, index, resolve, expand) {
  const productStatus = record(vulnerability.product_status);
  const cwe = record(vulnerability.cwe);
  const cve = text(vulnerability.cve);
  const title = text(vulnerability.title);
  const ids = list(vulnerability.ids).map((id) => ({
    system: text(id.system_name) ?? "",
    text: text(id.text) ?? ""
  }));
  return {
    index,
    anchor: `vulnerability-${index + 1}`,
    heading: cve ?? ids[0]?.text ?? title ?? `Vulnerability ${index + 1}`,
    cve,
    title,
    cwe: typeof cwe.id === "string" ? { id: cwe.id, name: text(cwe.name) ?? "" } : null,
    ids,
    discoveryDate: text(vulnerability.discovery_date),
    releaseDate: text(vulnerability.release_date) ?? text(vulnerability.disclosure_date),
    scores: scoresOf2(vulnerability, resolve),
    statuses: statusLabels.map(([status, label]) => ({ status, label, products: resolve(strings(productStatus[status])) })).filter((entry) => entry.products.length > 0),
    remediations: list(vulnerability.remediations).map((remediation) => ({
      category: text(remediation.category) ?? "",
      label: remediationLabels[text(remediation.category) ?? ""] ?? text(remediation.category) ?? "",
      details: text(remediation.details) ?? "",
      url: text(remediation.url),
      date: text(remediation.date),
      entitlements: strings(remediation.entitlements),
      restartRequired: text(record(remediation.restart_required).category),
      products: expand(remediation)
    })),
    flags: list(vulnerability.flags).map((flag) => ({
      label: (text(flag.label) ?? "").replaceAll("_", " "),
      details: null,
      products: expand(flag)
    })),
    threats: list(vulnerability.threats).map((threat) => ({
      label: (text(threat.category) ?? "").replaceAll("_", " "),
      details: text(threat.details),
      products: expand(threat)
    })),
    notes: list(vulnerability.notes).map(noteView),
    references: list(vulnerability.references).map(referenceView),
    acknowledgments: list(vulnerability.acknowledgments).map(acknowledgmentText)
  };
}
function scoresOf2(vulnerability, resolve) {
  const views = [];
  const entries = [
    ...list(vulnerability.scores).map((score) => ({ content: score, products: strings(score.products) })),
    ...list(vulnerability.metrics).map((metric) => ({
      content: record(metric.content),
      products: strings(metric.products)
    }))
  ];
  for (const { content, products } of entries) {
    for (const key of ["cvss_v4", "cvss_v3", "cvss_v2"]) {
      const score = record(content[key]);
      if (typeof score.vectorString !== "string") continue;
      views.push({
        version: text(score.version) ?? "",
        vector: score.vectorString,
        baseScore: typeof score.baseScore === "number" ? score.baseScore : null,
        baseSeverity: text(score.baseSeverity),
        products: resolve(products)
      });
    }
  }
  return views;
}
function noteView(note2) {
  return { category: text(note2.category) ?? "", title: text(note2.title), text: text(note2.text) ?? "" };
}
function referenceView(reference2) {
  return {
    category: text(reference2.category) ?? "external",
    summary: text(reference2.summary) ?? "",
    url: text(reference2.url) ?? ""
  };
}
function acknowledgmentText(acknowledgment2) {
  const who = [strings(acknowledgment2.names).join(", "), text(acknowledgment2.organization)].filter((part) => part).join(" of ");
  const summary = text(acknowledgment2.summary);
  return [who, summary].filter((part) => part).join(": ");
}
function productNames(tree) {
  const names2 = /* @__PURE__ */ new Map();
  const add = (product) => {
    if (typeof product.product_id === "string")
      names2.set(product.product_id, text(product.name) ?? product.product_id);
  };
  const walk = (branches) => {
    for (const branch of branches) {
      add(record(branch.product));
      walk(list(branch.branches));
    }
  };
  walk(list(tree.branches));
  for (const product of list(tree.full_product_names)) add(product);
  for (const relationship of list(tree.relationships)) add(record(relationship.full_product_name));
  return names2;
}
function productGroups(tree) {
  return new Map(
    list(tree.product_groups).map((group) => [text(group.group_id) ?? "", strings(group.product_ids)])
  );
}

// packages/advisory/src/render-advisory.ts
var renderFormats = { html: "advisory/advisory.html", markdown: "advisory/advisory.md" };
var renderExtensions = { html: ".html", markdown: ".md" };
async function renderAdvisory(document, renderer, options) {
  const data = { advisory: createAdvisoryView(document), generator: options.generator };
  const rendered = /* @__PURE__ */ new Map();
  for (const format of options.formats ?? ["html", "markdown"]) {
    rendered.set(format, await renderer.render(renderFormats[format], data));
  }
  return rendered;
}

// packages/advisory/src/revise-advisory.ts
var import_yaml = __toESM(require_dist(), 1);
var rank = { draft: 0, interim: 1, final: 2 };
function reviseAdvisory(advisory, text2, options) {
  const current = advisory.input.tracking;
  const date = options.now.toISOString().replace(/\.000Z$/, "Z");
  const tracking = current === void 0 ? start(options, date) : next(current, options, date, advisory);
  const block = (0, import_yaml.stringify)({ tracking }, { lineWidth: 0 }).trimEnd();
  const last = tracking.revisions.at(-1);
  return {
    text: replaceTracking(text2, block),
    from: current === void 0 ? void 0 : { version: current.version, status: current.status },
    to: { version: last?.number ?? tracking.version, status: tracking.status }
  };
}
function start(options, date) {
  const status = options.status ?? "draft";
  const version = status === "draft" ? "0.1.0" : "1.0.0";
  const summary = options.summary ?? (status === "draft" ? "Initial draft." : "Initial public release.");
  return { status, version, revisions: [{ number: version, date, summary }] };
}
function next(current, options, date, advisory) {
  const status = options.status ?? current.status;
  if (rank[status] < rank[current.status]) {
    throw new UsageError(`the advisory is ${current.status}; it cannot go back to ${status}`, {
      fix: "a released advisory stays released: revise it (e.g. with --summary) or publish a new one"
    });
  }
  const previous = parseDate(current.revisions.at(-1)?.date ?? "");
  if (previous !== void 0 && options.now.getTime() <= previous.getTime()) {
    throw new InputError(`the last revision is dated ${current.revisions.at(-1)?.date}, not before ${date}`, {
      location: advisory.source.locate(["tracking", "revisions", current.revisions.length - 1, "date"]),
      fix: "revise with a later clock (SOURCE_DATE_EPOCH, if set, pins the time)"
    });
  }
  const [major = 0, minor = 0] = current.version.split(".").map(Number);
  if (current.status === "draft" && status !== "draft") {
    return {
      status,
      version: "1.0.0",
      revisions: [{ number: "1.0.0", date, summary: options.summary ?? "Initial public release." }]
    };
  }
  if (current.status === "draft") {
    const version2 = `0.${minor + 1}.0`;
    return {
      status,
      version: version2,
      revisions: [
        ...current.revisions,
        { number: version2, date, summary: options.summary ?? "Draft revised." }
      ]
    };
  }
  if (options.summary === void 0) {
    throw new UsageError("a released advisory needs a summary of what changed", {
      fix: 'pass --summary "…", e.g. --summary "Mitigation for firmware 1.x added."'
    });
  }
  const version = options.major ? `${major + 1}.0.0` : `${major}.${minor + 1}.0`;
  return {
    status,
    version,
    revisions: [...current.revisions, { number: version, date, summary: options.summary }]
  };
}
function replaceTracking(text2, block) {
  const document = (0, import_yaml.parseDocument)(text2);
  const contents = document.contents;
  if ((0, import_yaml.isMap)(contents)) {
    for (const pair of contents.items) {
      if ((0, import_yaml.isScalar)(pair.key) && pair.key.value === "tracking" && pair.key.range) {
        const start2 = pair.key.range[0];
        const value = pair.value;
        const end = value?.range?.[1] ?? pair.key.range[1];
        return `${text2.slice(0, start2)}${block}${text2.slice(end).startsWith("\n") ? "" : "\n"}${text2.slice(end)}`;
      }
    }
  }
  return `${text2.replace(/\n*$/, "\n")}${block}
`;
}

// packages/advisory/src/lib-tests.ts
var modules = {
  "2.0": {
    mandatory: () => import("./mandatoryTests-N3MTY5BH.js"),
    extended: () => import("./optionalTests-YJ2I5QK5.js"),
    full: () => import("./informativeTests-RVXFIOVW.js")
  },
  "2.1": {
    mandatory: async () => ({
      ...await import("./schemaTests-25QUX7MM.js"),
      ...await import("./mandatoryTests-HMTM7YPU.js")
    }),
    extended: () => import("./recommendedTests-3TEE5XXE.js"),
    full: () => import("./informativeTests-OI7OQQ64.js")
  }
};
var presetLayers = {
  mandatory: ["mandatory"],
  extended: ["mandatory", "extended"],
  full: ["mandatory", "extended", "full"]
};
var loaded = /* @__PURE__ */ new Map();
function loadTests(version, preset) {
  const key = `${version}:${preset}`;
  let tests = loaded.get(key);
  if (tests === void 0) {
    tests = loadPrecompiled().then(
      () => Promise.all(presetLayers[preset].map((layer) => loadLayer(version, layer))).then(
        (layers) => layers.flat()
      )
    );
    loaded.set(key, tests);
  }
  return tests;
}
async function loadPrecompiled() {
  (await import("./precompiled-IKFHWAV5.js")).usePrecompiledValidators();
}
async function loadLayer(version, layer) {
  const module = await modules[version][layer]();
  const tests = [];
  for (const [name, run] of Object.entries(module)) {
    const kind = kindOf(name);
    if (typeof run !== "function" || kind === void 0 || /^csaf_2_\d$/.test(name)) continue;
    tests.push({ name, id: testIdOf(name), kind, run });
  }
  return tests.toSorted((a, b) => compareIds(a.id, b.id));
}
function testIdOf(name) {
  if (kindOf(name) === "schema") return "schema";
  return name.replace(/^[a-z]+Tests?_/, "").replaceAll("_", ".");
}
function kindOf(name) {
  if (/^csaf_2_\d(_strict)?$/.test(name)) return "schema";
  if (name.startsWith("mandatoryTest")) return "mandatory";
  if (name.startsWith("optionalTest") || name.startsWith("recommendedTest")) return "optional";
  if (name.startsWith("informativeTest")) return "informative";
  return void 0;
}
function compareIds(a, b) {
  if (a === b) return 0;
  if (a === "schema") return -1;
  if (b === "schema") return 1;
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

// packages/advisory/src/validate-csaf.ts
var networkTests = /* @__PURE__ */ new Set(["6.3.6", "6.3.7"]);
var spellCheckTest = "6.3.8";
function csafVersionOf(document) {
  const version = document?.document?.csaf_version;
  return version === "2.1" ? "2.1" : "2.0";
}
async function validateCsaf(document, options = {}) {
  const preset = options.preset ?? "mandatory";
  const csafVersion = csafVersionOf(document);
  const tests = await loadTests(csafVersion, preset);
  const errors = [];
  const warnings = [];
  const infos = [];
  const skipped = [];
  const failed = [];
  let testCount = 0;
  if (!isJsonObject(document)) {
    failed.push("schema");
    errors.push({
      test: "schema",
      name: "json_object",
      kind: "schema",
      path: "",
      message: "must be a JSON object"
    });
  }
  for (const test of tests) {
    const skip = skipReason(test, options);
    if (skip !== void 0) {
      skipped.push({ test: test.id, reason: skip });
      continue;
    }
    const result = await runTest(test, document, options);
    if ("skip" in result) {
      skipped.push({ test: test.id, reason: result.skip });
      continue;
    }
    testCount++;
    if (result.isValid === false && !failed.includes(test.id)) failed.push(test.id);
    errors.push(...findings(test, result.errors));
    warnings.push(...findings(test, result.warnings));
    infos.push(...findings(test, result.infos));
  }
  return {
    valid: failed.length === 0,
    csafVersion,
    preset,
    failedTests: failed,
    errors,
    warnings,
    infos,
    skipped,
    testCount
  };
}
function skipReason(test, options) {
  if (networkTests.has(test.id)) return "resolves URLs over the network; Evident validates offline";
  if (test.id === spellCheckTest && options.spellCheck === void 0) {
    return "needs the hunspell binary and a dictionary (on Debian: apt-get install hunspell hunspell-en-us)";
  }
  return void 0;
}
async function runTest(test, document, options) {
  if (test.id !== spellCheckTest) return test.run(document);
  try {
    return await test.run(document, ...argumentsOf(test, options));
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split("\n").find((line) => /dictionary|not found|ENOENT/i.test(line));
    return { skip: `the spell checker failed: ${reason ?? "hunspell could not run"}` };
  }
}
function argumentsOf(test, options) {
  return test.id === spellCheckTest ? [{ hunspell: options.spellCheck }] : [];
}
function findings(test, list2) {
  return (list2 ?? []).map((finding) => ({
    test: test.id,
    name: test.name,
    kind: test.kind,
    path: finding.instancePath,
    message: messageOf(finding)
  }));
}
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function messageOf(finding) {
  const extra = finding.params?.additionalProperty;
  const message = finding.message ?? "";
  return typeof extra === "string" ? `${message}: "${extra}"` : message;
}

// packages/advisory/src/advisory-schema.ts
var closed = { additionalProperties: false };
function StringEnum(values, description) {
  return Type.Unsafe({ type: "string", enum: [...values], description });
}
function List(item, description) {
  return Type.Array(item, { description });
}
var Text = Type.String({ minLength: 1 });
var Url = Type.String({ format: "uri", description: "An absolute URL." });
var ProductId = Type.String({
  pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]*$",
  description: "A product version id defined under products[].versions."
});
var ProductIds = Type.Array(ProductId, { minItems: 1, uniqueItems: true });
var DateText = Type.String({
  minLength: 10,
  description: "A date (YYYY-MM-DD) or a date-time with a zone (2026-03-10T09:00:00Z)."
});
var advisoryCategories = ["security-advisory", "vex", "informational"];
var noteCategories = [
  "description",
  "details",
  "faq",
  "general",
  "legal_disclaimer",
  "other",
  "summary"
];
var remediationCategories = [
  "vendor_fix",
  "mitigation",
  "workaround",
  "none_available",
  "no_fix_planned"
];
var justifications = [
  "component_not_present",
  "inline_mitigations_already_exist",
  "vulnerable_code_cannot_be_controlled_by_adversary",
  "vulnerable_code_not_in_execute_path",
  "vulnerable_code_not_present"
];
var trackingStatuses = ["draft", "interim", "final"];
var Note = Type.Object(
  {
    category: StringEnum(noteCategories, "The CSAF note category."),
    title: Type.Optional(Text),
    text: Text
  },
  { ...closed, description: "A note." }
);
var Reference = Type.Object(
  {
    url: Url,
    summary: Text,
    category: Type.Optional(StringEnum(["external", "self"], "external (default) or self."))
  },
  { ...closed, description: "A reference." }
);
var Acknowledgment = Type.Object(
  {
    names: Type.Optional(Type.Array(Text, { minItems: 1 })),
    organization: Type.Optional(Text),
    summary: Type.Optional(Text),
    urls: Type.Optional(Type.Array(Url, { minItems: 1 }))
  },
  { ...closed, description: "Who is thanked, and for what." }
);
var ProductVersion = Type.Object(
  {
    id: ProductId,
    version: Type.Optional(Type.String({ minLength: 1, description: "One version, e.g. 2.4.1." })),
    range: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'A range: comparators like ">=2.0.0 <2.4.1", or a vers: range (vers:semver/>=2.0.0|<2.4.1).'
      })
    ),
    cpe: Type.Optional(Type.String({ pattern: "^cpe:", description: "A CPE 2.3 name of this version." })),
    purl: Type.Optional(Type.String({ pattern: "^pkg:", description: "A package URL of this version." }))
  },
  { ...closed, description: "A version or range of a product, with the id statuses refer to." }
);
var AdvisoryProduct = Type.Object(
  {
    ref: Type.Optional(
      Type.String({
        minLength: 1,
        description: "The id of a product in evident.yml (gives name and vendor)."
      })
    ),
    component: Type.Optional(
      Type.String({
        minLength: 1,
        description: "A component of the product's SBOM (evident.yml sbom.components): its name, supplier, CPE and purl are used."
      })
    ),
    name: Type.Optional(Text),
    vendor: Type.Optional(Text),
    models: Type.Optional(
      Type.Array(Text, {
        minItems: 1,
        description: "Model numbers of the hardware the product is, or runs on."
      })
    ),
    versions: Type.Array(ProductVersion, { minItems: 1 })
  },
  { ...closed, description: "A product, by reference to evident.yml or written out." }
);
var NotAffected = Type.Object(
  {
    id: ProductId,
    justification: Type.Optional(StringEnum(justifications, "Why the product is not affected (VEX).")),
    impact: Type.Optional(
      Type.String({ minLength: 1, description: "An impact statement: why it is not affected." })
    )
  },
  { ...closed, description: "A product that is not affected, with a justification or an impact statement." }
);
var Status = Type.Object(
  {
    known_affected: Type.Optional(ProductIds),
    first_affected: Type.Optional(ProductIds),
    last_affected: Type.Optional(ProductIds),
    fixed: Type.Optional(ProductIds),
    first_fixed: Type.Optional(ProductIds),
    recommended: Type.Optional(ProductIds),
    under_investigation: Type.Optional(ProductIds),
    known_not_affected: Type.Optional(Type.Array(NotAffected, { minItems: 1 }))
  },
  { ...closed, description: "Product status: which product versions are in which state." }
);
var Remediation = Type.Object(
  {
    category: StringEnum(remediationCategories, "The CSAF remediation category."),
    details: Text,
    url: Type.Optional(Url),
    fixedVersion: Type.Optional(
      Type.String({ minLength: 1, description: "The version that fixes it (vendor_fix)." })
    ),
    date: Type.Optional(DateText),
    products: Type.Optional(ProductIds)
  },
  { ...closed, description: "What users can do; products default to the affected ones." }
);
var Cwe = Type.Union([
  Type.String({ pattern: "^CWE-[1-9]\\d*$", description: "A CWE id; its name comes from the CWE list." }),
  Type.Object(
    {
      id: Type.String({ pattern: "^CWE-[1-9]\\d*$" }),
      name: Type.String({ minLength: 1, description: "Checked against the CWE list." })
    },
    closed
  )
]);
var Vulnerability = Type.Object(
  {
    cve: Type.Optional(Type.String({ pattern: "^CVE-[0-9]{4}-[0-9]{4,}$", description: "The CVE id." })),
    title: Type.Optional(Text),
    description: Type.Optional(Text),
    cwe: Type.Optional(Cwe),
    cvss: Type.Optional(
      Type.String({
        pattern: "^CVSS:3\\.[01]/",
        description: "A CVSS v3.1 vector; the scores are computed."
      })
    ),
    cvssV4: Type.Optional(
      Type.String({ pattern: "^CVSS:4\\.0/", description: "A CVSS v4.0 vector (carried by CSAF 2.1 only)." })
    ),
    discovered: Type.Optional(DateText),
    released: Type.Optional(DateText),
    status: Status,
    remediations: Type.Optional(Type.Array(Remediation)),
    notes: Type.Optional(Type.Array(Note)),
    references: Type.Optional(Type.Array(Reference)),
    acknowledgments: Type.Optional(Type.Array(Acknowledgment))
  },
  { ...closed, description: "A vulnerability and how it touches each product version." }
);
var Revision = Type.Object(
  {
    number: Type.String({ minLength: 1 }),
    date: DateText,
    summary: Text
  },
  { ...closed, description: "A revision; written by `evident advisory revise`." }
);
var Tracking = Type.Object(
  {
    status: StringEnum(trackingStatuses, "draft, interim or final; set by `evident advisory revise`."),
    version: Type.String({ minLength: 1 }),
    revisions: Type.Array(Revision, { minItems: 1 })
  },
  { ...closed, description: "The revision history; `evident advisory revise` maintains it." }
);
var AdvisorySchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    id: Type.String({ pattern: "^\\S(.*\\S)?$", description: "The tracking id, e.g. ACME-SA-2026-001." }),
    title: Text,
    category: Type.Optional(
      StringEnum(advisoryCategories, "security-advisory (default), vex or informational.")
    ),
    tlp: StringEnum(tlpLabels, "Traffic Light Protocol label (WHITE/CLEAR: public)."),
    lang: Type.Optional(
      Type.String({ pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", description: "Language, e.g. en." })
    ),
    summary: Type.Optional(Text),
    notes: Type.Optional(Type.Array(Note)),
    references: Type.Optional(Type.Array(Reference)),
    acknowledgments: Type.Optional(Type.Array(Acknowledgment)),
    products: Type.Optional(List(AdvisoryProduct, "The products and versions this advisory speaks about.")),
    vulnerabilities: Type.Optional(List(Vulnerability, "The vulnerabilities.")),
    tracking: Type.Optional(Tracking)
  },
  {
    ...closed,
    title: "Evident advisory",
    description: "A security advisory, built into CSAF by `evident advisory build`."
  }
);

export {
  csaf20,
  csaf21,
  csafFileName,
  loadAdvisory,
  buildCsaf,
  locateInAdvisory,
  renderExtensions,
  renderAdvisory,
  reviseAdvisory,
  validateCsaf
};
