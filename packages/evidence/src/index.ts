export * from './assess.js';
export * from './pack.js';
