export type { CliIo, CommandResult, GlobalOptions } from './io.js';
export { main } from './main.js';
export { createProgram } from './program.js';
