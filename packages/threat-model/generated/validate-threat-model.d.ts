/** True when the data matches ThreatModelSchema (precompiled by scripts/precompile-validator.mjs). */
declare function validate(data: unknown): boolean;
export default validate;
export { validate };
