import type { ErrorObject } from 'ajv';

/** True when the data matches FrontMatterSchema; else every error is on `validate.errors` (precompiled by scripts/generate.mjs). */
declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
export { validate };
