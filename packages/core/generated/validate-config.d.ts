/** True when the data matches ConfigSchema (precompiled by scripts/generate.mjs). */
declare function validate(data: unknown): boolean;
export default validate;
export { validate };
