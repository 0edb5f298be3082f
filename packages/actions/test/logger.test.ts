import { describe, expect, it } from 'vitest';
import { annotationLimits, type CommandSink, createActionsLogger } from '../src/index.js';

/** A recorder standing in for @actions/core (a third-party module, not one of ours). */
function recordingSink() {
  const calls: [string, string, unknown?][] = [];
  const sink: CommandSink = {
    debug: (message) => calls.push(['debug', message]),
    info: (message) => calls.push(['info', message]),
    warning: (message, properties) => calls.push(['warning', message, properties]),
    error: (message, properties) => calls.push(['error', message, properties]),
  };
  return { sink, calls };
}

describe('actions logger', () => {
  it('turns located warnings and errors into annotations at the workspace path', () => {
    const { sink, calls } = recordingSink();
    const logger = createActionsLogger({ sink, locate: (file) => `product/${file}` });
    logger.debug('d');
    logger.info('i');
    logger.warn('w', { file: 'evident.yml', line: 3, column: 9 });
    logger.error('e', { file: 'evident.yml' });
    logger.warn('unlocated');
    expect(calls).toEqual([
      ['debug', 'd'],
      ['info', 'i'],
      ['warning', 'w', { file: 'product/evident.yml', startLine: 3, startColumn: 9 }],
      ['error', 'e', { file: 'product/evident.yml' }],
      ['warning', 'unlocated', {}],
    ]);
    expect(logger.overflow()).toEqual([]);
  });

  it('annotates 10 warnings and 9 errors, logs the rest as lines and keeps them for the summary', () => {
    const { sink, calls } = recordingSink();
    const logger = createActionsLogger({ sink });
    for (let line = 1; line <= 12; line++) logger.warn(`w${line}`, { file: 'a.yml', line });
    for (let line = 1; line <= 10; line++) logger.error(`e${line}`);
    expect(calls.filter(([kind]) => kind === 'warning')).toHaveLength(annotationLimits.warning);
    expect(calls.filter(([kind]) => kind === 'error')).toHaveLength(annotationLimits.error);
    expect(calls.filter(([kind]) => kind === 'info').map(([, message]) => message)).toEqual([
      'warning: a.yml:11: w11',
      'warning: a.yml:12: w12',
      'error: e10',
    ]);
    expect(logger.overflow()).toEqual([
      { severity: 'warning', message: 'w11', location: { file: 'a.yml', line: 11 } },
      { severity: 'warning', message: 'w12', location: { file: 'a.yml', line: 12 } },
      { severity: 'error', message: 'e10' },
    ]);
  });
});
