import { describe, expect, it } from 'vitest';
import {
  createConsoleLogger,
  createConsoleProgress,
  isColorEnabled,
  type OutputStream,
} from '../src/index.js';

/** A writable stream that records what was written. */
function fakeStream(isTTY: boolean, columns?: number): OutputStream & { text(): string } {
  const chunks: string[] = [];
  return {
    isTTY,
    ...(columns === undefined ? {} : { columns }),
    write: (text: string) => chunks.push(text),
    text: () => chunks.join(''),
  };
}

/** A hand-moved clock in milliseconds. */
function fakeTime() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const ESC = '\x1b[';
const CLEAR = '\r\x1b[K';

describe('createConsoleLogger', () => {
  it('prints plain lines, located warnings and errors compiler-style, when not on a terminal', () => {
    const stream = fakeStream(false);
    const logger = createConsoleLogger({ stream, env: {} });
    logger.info('Scanned 3 lockfiles');
    logger.warn('deprecated key', { file: 'evident.yml', line: 3, column: 5 });
    logger.error('no SBOM found');
    logger.error('bad threat', { file: 'model.yml' });
    expect(stream.text()).toBe(
      [
        'Scanned 3 lockfiles',
        'evident.yml:3:5: warning: deprecated key',
        'error: no SBOM found',
        'model.yml: error: bad threat',
        '',
      ].join('\n'),
    );
  });

  it('prints debug messages only when verbose', () => {
    const quietStream = fakeStream(false);
    createConsoleLogger({ stream: quietStream, env: {} }).debug('details');
    expect(quietStream.text()).toBe('');
    const verboseStream = fakeStream(false);
    createConsoleLogger({ stream: verboseStream, env: {}, verbose: true }).debug('details');
    expect(verboseStream.text()).toBe('debug: details\n');
  });

  it('silences info and warnings when quiet (-q prints only errors)', () => {
    const stream = fakeStream(false);
    const logger = createConsoleLogger({ stream, env: {}, quiet: true });
    logger.info('hidden');
    logger.warn('hidden warning');
    logger.error('shown error');
    expect(stream.text()).toBe('error: shown error\n');
  });

  it('colours on a terminal', () => {
    const stream = fakeStream(true);
    createConsoleLogger({ stream, env: {} }).error('boom', { file: 'a.yml', line: 1 });
    expect(stream.text()).toBe(`${ESC}1ma.yml:1${ESC}22m: ${ESC}31merror:${ESC}39m boom\n`);
  });

  it('never colours when NO_COLOR is set to a non-empty value', () => {
    const stream = fakeStream(true);
    createConsoleLogger({ stream, env: { NO_COLOR: '1' } }).warn('careful', { file: 'a.yml', line: 1 });
    expect(stream.text()).toBe('a.yml:1: warning: careful\n');
    expect(isColorEnabled({ stream, env: { NO_COLOR: '' } })).toBe(true);
    expect(isColorEnabled({ stream, env: { NO_COLOR: '0' } })).toBe(false);
  });

  it('lets an explicit isTTY override the stream', () => {
    expect(isColorEnabled({ stream: fakeStream(true), env: {}, isTTY: false })).toBe(false);
    expect(isColorEnabled({ stream: fakeStream(false), env: {}, isTTY: true })).toBe(true);
  });
});

describe('createConsoleProgress on a terminal', () => {
  it('redraws one line with count, total and percent, at most ~10 times a second', () => {
    const stream = fakeStream(true);
    const time = fakeTime();
    const progress = createConsoleProgress({ stream, env: {}, now: time.now });
    progress.start('Reading lockfiles', 4);
    time.advance(10);
    progress.tick(1); // within 100 ms of the first draw: skipped
    time.advance(100);
    progress.tick(2);
    time.advance(10);
    progress.tick(4); // the last one is always drawn
    progress.end();
    expect(stream.text()).toBe(
      `${CLEAR}Reading lockfiles 0/4 0%${CLEAR}Reading lockfiles 2/4 50%${CLEAR}Reading lockfiles 4/4 100%${CLEAR}`,
    );
  });

  it('shows a bare count without a total, cut to the terminal width', () => {
    const stream = fakeStream(true, 12);
    const progress = createConsoleProgress({ stream, env: {}, now: fakeTime().now });
    progress.start('Hashing files', undefined);
    // One column is left free: writing into the last one makes some terminals wrap.
    expect(stream.text()).toBe(`${CLEAR}Hashing fi…`);
    const wide = fakeStream(true, 80);
    createConsoleProgress({ stream: wide, env: {}, now: fakeTime().now }).start('Hashing files');
    expect(wide.text()).toBe(`${CLEAR}Hashing files 0`);
  });

  it('prints a summary after clearing the line when the work took more than 2 s', () => {
    const stream = fakeStream(true);
    const time = fakeTime();
    const progress = createConsoleProgress({ stream, env: {}, now: time.now });
    progress.start('Validating', 2);
    time.advance(2500);
    progress.tick(2);
    progress.end();
    expect(stream.text()).toBe(
      `${CLEAR}Validating 0/2 0%${CLEAR}Validating 2/2 100%${CLEAR}Validating: 2/2 in 2.5 s\n`,
    );
  });

  it('keeps log messages above the live line and draws it again', () => {
    const stream = fakeStream(true);
    const progress = createConsoleProgress({ stream, env: {}, now: fakeTime().now });
    const logger = createConsoleLogger({ stream, env: { NO_COLOR: '1' } });
    progress.start('Scanning', 10);
    logger.info('found package.json');
    progress.end();
    logger.info('done');
    expect(stream.text()).toBe(
      `${CLEAR}Scanning 0/10 0%${CLEAR}found package.json\nScanning 0/10 0%${CLEAR}done\n`,
    );
  });

  it('stays silent when quiet, even for long work', () => {
    const stream = fakeStream(true);
    const time = fakeTime();
    const progress = createConsoleProgress({ stream, env: {}, quiet: true, now: time.now });
    progress.start('Scanning', 2);
    progress.tick(1);
    time.advance(5000);
    progress.end();
    expect(stream.text()).toBe('');
  });
});

describe('createConsoleProgress without a live line', () => {
  function runWork(options: { isTTY: boolean; env: Record<string, string>; durationMs: number }): string {
    const stream = fakeStream(options.isTTY);
    const time = fakeTime();
    const progress = createConsoleProgress({ stream, env: options.env, now: time.now });
    progress.start('Collecting evidence', 3);
    for (const done of [1, 2, 3]) {
      time.advance(options.durationMs / 3);
      progress.tick(done);
    }
    progress.end();
    return stream.text();
  }

  it('prints nothing off a terminal when the work was short', () => {
    expect(runWork({ isTTY: false, env: {}, durationMs: 1500 })).toBe('');
  });

  it('prints one summary line off a terminal when the work took more than 2 s', () => {
    expect(runWork({ isTTY: false, env: {}, durationMs: 3000 })).toBe('Collecting evidence: 3/3 in 3.0 s\n');
  });

  it('treats a truthy CI like no terminal, and CI=false like none set', () => {
    expect(runWork({ isTTY: true, env: { CI: 'true' }, durationMs: 1500 })).toBe('');
    expect(runWork({ isTTY: true, env: { CI: '1' }, durationMs: 3000 })).toBe(
      'Collecting evidence: 3/3 in 3.0 s\n',
    );
    expect(runWork({ isTTY: true, env: { CI: 'false' }, durationMs: 1500 })).toContain(CLEAR);
  });

  it('ignores ticks and ends without a start', () => {
    const stream = fakeStream(true);
    const progress = createConsoleProgress({ stream, env: {}, now: fakeTime().now });
    progress.tick(3);
    progress.end();
    expect(stream.text()).toBe('');
  });
});
