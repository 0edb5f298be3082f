export * from './assess.js';
export * from './collector.js';
export * from './pack.js';
export * from './threat-model-collector.js';
export * from './threat-model-summary.js';
