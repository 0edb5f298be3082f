import { formatLocation, type Logger, type Progress, type SourceLocation, safeLogText } from '@evident/core';

/** The part of a writable stream the console adapters use; tests pass a fake. */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  /** Terminal width; progress lines are cut to it so that `\r` can redraw them. */
  readonly columns?: number;
}

/** Options shared by {@link createConsoleLogger} and {@link createConsoleProgress}. */
export interface ConsoleOptions {
  /** Where to write; default `process.stderr` (stdout is for `--json` reports). */
  readonly stream?: OutputStream;
  /** Silences info, warnings and progress (`-q`: only errors print). */
  readonly quiet?: boolean;
  /** Prints debug messages. */
  readonly verbose?: boolean;
  /** Read for `NO_COLOR` and `CI`; default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether the stream is a terminal; default `stream.isTTY`. */
  readonly isTTY?: boolean;
}

/** Options of {@link createConsoleProgress}. */
export interface ConsoleProgressOptions extends ConsoleOptions {
  /** Milliseconds on a monotonic clock; default `performance.now`. Injected so tests need not wait. */
  readonly now?: () => number;
}

// Tiny ANSI set instead of util.styleText: Node 20's styleText ignores NO_COLOR and the stream.
const ansi = {
  bold: ['\x1b[1m', '\x1b[22m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  red: ['\x1b[31m', '\x1b[39m'],
  yellow: ['\x1b[33m', '\x1b[39m'],
} as const;
const CLEAR_LINE = '\r\x1b[K';
// About ten redraws a second: smooth to the eye, cheap for a slow terminal.
const REDRAW_INTERVAL_MS = 100;
// Work shorter than this gets no summary line when there is no live progress line.
const SUMMARY_AFTER_MS = 2000;

type Style = keyof typeof ansi;

/**
 * The live progress line currently shown on a stream, shared so that a log message can clear
 * it, print above it, and draw it again, instead of being mixed into it.
 */
const liveLines = new WeakMap<OutputStream, { text: string }>();

/** True when output to this stream should be coloured: a terminal, and `NO_COLOR` unset or empty. */
export function isColorEnabled(options: ConsoleOptions = {}): boolean {
  const stream = options.stream ?? process.stderr;
  const env = options.env ?? process.env;
  const isTTY = options.isTTY ?? stream.isTTY === true;
  return isTTY && !env.NO_COLOR;
}

/** A Logger writing lines to a stream (stderr by default), compiler-style for located messages. */
export function createConsoleLogger(options: ConsoleOptions = {}): Logger {
  const stream = options.stream ?? process.stderr;
  const color = isColorEnabled(options);
  const paint = (style: Style, text: string) => (color ? `${ansi[style][0]}${text}${ansi[style][1]}` : text);
  const write = (text: string) => writeAboveProgress(stream, `${text}\n`);
  // Messages carry user text (file names, keys, titles): made safe before we add our colours.
  const located = (label: string, message: string, location: SourceLocation | undefined) =>
    `${location ? `${paint('bold', safeLogText(formatLocation(location)))}: ` : ''}${label} ${safeLogText(message)}`;
  return {
    debug: (message) => {
      if (options.verbose) write(paint('dim', `debug: ${safeLogText(message)}`));
    },
    info: (message) => {
      if (!options.quiet) write(safeLogText(message));
    },
    warn: (message, location) => {
      if (!options.quiet) write(located(paint('yellow', 'warning:'), message, location));
    },
    error: (message, location) => write(located(paint('red', 'error:'), message, location)),
  };
}

function writeAboveProgress(stream: OutputStream, text: string): void {
  const live = liveLines.get(stream);
  stream.write(live ? `${CLEAR_LINE}${text}${live.text}` : text);
}

/**
 * A Progress for the console. On a terminal (and not in CI) it keeps one line up to date with
 * the label, count, total and percent, redrawn at most ~10 times a second. Elsewhere it stays
 * silent except for one summary line at the end when the work took more than 2 s, so CI logs
 * are not flooded. `quiet` silences it entirely.
 */
export function createConsoleProgress(options: ConsoleProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const env = options.env ?? process.env;
  const now = options.now ?? (() => performance.now());
  const live = (options.isTTY ?? stream.isTTY === true) && !isTruthy(env.CI) && !options.quiet;
  let task:
    | { label: string; total: number | undefined; done: number; started: number; drawn: number }
    | undefined;

  const draw = () => {
    if (!task) return;
    task.drawn = now();
    const text = fitToWidth(describe(task.label, task.done, task.total), stream.columns);
    liveLines.set(stream, { text });
    stream.write(`${CLEAR_LINE}${text}`);
  };
  return {
    start: (label, total) => {
      task = { label: safeLogText(label), total, done: 0, started: now(), drawn: Number.NEGATIVE_INFINITY };
      if (live) draw();
    },
    tick: (done) => {
      if (!task) return;
      task.done = done;
      if (live && (now() - task.drawn >= REDRAW_INTERVAL_MS || done === task.total)) draw();
    },
    end: () => {
      if (!task) return;
      if (liveLines.delete(stream)) stream.write(CLEAR_LINE);
      const elapsed = now() - task.started;
      if (!options.quiet && elapsed > SUMMARY_AFTER_MS) stream.write(`${summarize(task, elapsed)}\n`);
      task = undefined;
    },
  };
}

/** `label 3/10 30%`, or `label 3` without a total. */
function describe(label: string, done: number, total: number | undefined): string {
  if (total === undefined) return `${label} ${done}`;
  const percent = total > 0 ? Math.min(100, Math.max(0, Math.floor((done * 100) / total))) : 100;
  return `${label} ${done}/${total} ${percent}%`;
}

function summarize(
  task: { label: string; done: number; total: number | undefined },
  elapsedMs: number,
): string {
  const count = task.total === undefined ? `${task.done}` : `${task.done}/${task.total}`;
  return `${task.label}: ${count} in ${(elapsedMs / 1000).toFixed(1)} s`;
}

/** A line wider than the terminal wraps, and `\r` then redraws only its last part. */
function fitToWidth(text: string, columns: number | undefined): string {
  if (columns === undefined || columns < 2 || text.length < columns) return text;
  return `${text.slice(0, columns - 2)}…`;
}

/** The CI convention: set, not empty, and not "0" or "false". */
function isTruthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && !/^(0|false)$/i.test(value);
}
