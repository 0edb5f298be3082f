export * from './attestations.js';
export * from './catalogue.js';
