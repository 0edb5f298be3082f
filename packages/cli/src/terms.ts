import type { Parameter, ParameterTerms } from '@evident/core';

const names: Readonly<Record<Parameter, string>> = {
  output: '-o/--output',
  force: '--force',
  cwd: '-C/--cwd',
  path: 'PATH',
};

const instructions: Readonly<Record<Parameter, string>> = {
  output: 'pass -o DIR',
  force: 'pass --force',
  cwd: 'pass -C with the repository directory',
  path: 'pass PATH',
};

/** How the CLI words the use cases' parameters in a fix: its flags and arguments. */
export const cliTerms: ParameterTerms = {
  name: (parameter) => names[parameter],
  instruct: (parameter) => instructions[parameter],
};
