import { UsageError } from '@evident/core';
import { describe, expect, it } from 'vitest';
import { collectSecrets, defineAction, inputVariable, parseInputs } from '../src/index.js';

const spec = defineAction({
  name: 'probe',
  inputs: {
    'working-directory': { type: 'string', default: '.' },
    'display name': { type: 'string' },
    token: { type: 'string', secret: true },
    strict: { type: 'boolean', default: 'false' },
    format: { type: 'enum', values: ['json', 'markdown'], required: true },
  },
  outputs: [],
});

describe('inputs', () => {
  it('names the variables as the runner does: upper case, spaces to _, hyphens kept', () => {
    expect(inputVariable('working-directory')).toBe('INPUT_WORKING-DIRECTORY');
    expect(inputVariable('display name')).toBe('INPUT_DISPLAY_NAME');
  });

  it('parses each kind, trims, and gives an empty value the declared default', () => {
    const values = parseInputs(spec, {
      'INPUT_WORKING-DIRECTORY': '',
      INPUT_DISPLAY_NAME: '  PLC firmware  ',
      INPUT_STRICT: 'TRUE',
      INPUT_FORMAT: 'markdown',
    });
    expect(values).toEqual({
      'working-directory': '.',
      'display name': 'PLC firmware',
      strict: true,
      format: 'markdown',
    });
    expect(values.token).toBeUndefined();
  });

  it('accepts the YAML 1.2 booleans only', () => {
    for (const word of ['true', 'True', 'TRUE']) {
      expect(parseInputs(spec, { INPUT_FORMAT: 'json', INPUT_STRICT: word }).strict).toBe(true);
    }
    for (const word of ['false', 'False', 'FALSE']) {
      expect(parseInputs(spec, { INPUT_FORMAT: 'json', INPUT_STRICT: word }).strict).toBe(false);
    }
    expect(() => parseInputs(spec, { INPUT_FORMAT: 'json', INPUT_STRICT: 'yes' })).toThrow(
      'Input "strict" must be true or false, got "yes"',
    );
  });

  it('enforces required, which the runner does not', () => {
    const error = captureError(() => parseInputs(spec, {}));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('Input required and not supplied: format');
    expect((error as UsageError).fix).toMatch(/under `with:`/);
  });

  it('reports every wrong input at once, with a did-you-mean for a near miss', () => {
    const error = captureError(() => parseInputs(spec, { INPUT_FORMAT: 'markdwn', INPUT_STRICT: 'maybe' }));
    expect(error.message).toBe(
      [
        '2 inputs are wrong:',
        '  Input "strict" must be true or false, got "maybe"',
        '  Input "format" must be one of json, markdown, got "markdwn" (did you mean "markdown"?)',
      ].join('\n'),
    );
  });

  it('collects the values of secret inputs, to mask before anything else', () => {
    expect(collectSecrets(spec, { INPUT_TOKEN: ' ghs_abc ', INPUT_DISPLAY_NAME: 'x' })).toEqual(['ghs_abc']);
    expect(collectSecrets(spec, {})).toEqual([]);
  });
});

function captureError(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
