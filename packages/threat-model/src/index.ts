/**
 * @evident/threat-model: the IEC 62443 threat model as code. Pure: text in, data out.
 */
export * from './check.js';
export * from './component-requirements.js';
export * from './dependencies.js';
export * from './diagrams.js';
export * from './junit.js';
export * from './load.js';
export * from './report-data.js';
export * from './rules.js';
export * from './schema.js';
export * from './security-levels.js';
export * from './suggestions.js';
export * from './svg.js';
export * from './traceability.js';
