import type { Parameter, ParameterTerms } from '@evident/core';

const inputs: Readonly<Record<Parameter, string>> = {
  output: 'output',
  force: 'force',
  cwd: 'working-directory',
  path: 'path',
};

/** How an action words the use cases' parameters in a fix: its inputs. */
export const actionTerms: ParameterTerms = {
  name: (parameter) => `the \`${inputs[parameter]}\` input`,
  instruct: (parameter) => {
    if (parameter === 'force') return 'set `force: true`';
    if (parameter === 'cwd') return 'set `working-directory` to the folder that holds evident.yml';
    return `set the \`${inputs[parameter]}\` input`;
  },
};
