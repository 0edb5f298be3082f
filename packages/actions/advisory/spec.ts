import { defineAction } from '../src/kit/spec.js';

/** The inputs and outputs of the `advisory` action; a test holds them equal to action.yml. */
export const spec = defineAction({
  name: 'advisory',
  inputs: {
    files: { type: 'string', default: '' },
    output: { type: 'string', default: 'evident-advisories' },
    'working-directory': { type: 'string', default: '.' },
    'csaf-version': { type: 'enum', values: ['2.0', '2.1'], default: '2.0' },
  },
  outputs: ['path', 'count', 'public'],
});
