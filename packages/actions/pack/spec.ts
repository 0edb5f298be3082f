import { defineAction } from '../src/kit/spec.js';

/** The inputs and outputs of the `pack` action; a test holds them equal to action.yml. */
export const spec = defineAction({
  name: 'pack',
  inputs: {
    output: { type: 'string', default: 'evident-pack' },
    'working-directory': { type: 'string', default: '.' },
    force: { type: 'boolean', default: 'false' },
  },
  outputs: ['path', 'complete', 'partial', 'none', 'not-collected', 'not-applicable'],
});
