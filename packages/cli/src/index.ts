export type { PackOptions, PackReport, PackServices } from './commands/pack.js';
export { runPack } from './commands/pack.js';
export type { CliIo, CommandResult, GlobalOptions } from './io.js';
export { main } from './main.js';
export { createProgram } from './program.js';
