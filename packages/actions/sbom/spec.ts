import { defineAction } from '../src/kit/spec.js';

/** The inputs and outputs of the `sbom` action; a test holds them equal to action.yml. */
export const spec = defineAction({
  name: 'sbom',
  inputs: {
    path: { type: 'string', default: '.' },
    'working-directory': { type: 'string', default: '.' },
    format: { type: 'enum', values: ['json', 'xml'], default: 'json' },
    'spec-version': { type: 'enum', values: ['1.5', '1.6', '1.7'], default: '1.6' },
    output: { type: 'string', default: 'sbom.cdx.json' },
    'omit-dev': { type: 'boolean', default: 'false' },
  },
  outputs: ['path', 'component-count', 'sha256', 'files'],
});
