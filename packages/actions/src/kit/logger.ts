import * as core from '@actions/core';
import { formatLocation, type Logger, type SourceLocation, safeLogText } from '@evident/core';

/** The part of `@actions/core` the logger writes through; tests pass a recorder. */
export interface CommandSink {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, properties?: core.AnnotationProperties): void;
  error(message: string, properties?: core.AnnotationProperties): void;
}

/** A message that did not become an annotation because the step had shown its share. */
export interface OverflowEntry {
  readonly severity: 'warning' | 'error';
  readonly message: string;
  readonly location?: SourceLocation;
}

/** A Logger for the runner: warnings and errors become annotations, the rest is kept for the summary. */
export interface ActionsLogger extends Logger {
  /** Warnings and errors past the per-step limits, in the order they came. */
  overflow(): readonly OverflowEntry[];
}

/** Options of {@link createActionsLogger}. */
export interface ActionsLoggerOptions {
  readonly sink?: CommandSink;
  /** Turns a location's file into the path GitHub annotates (relative to GITHUB_WORKSPACE). */
  readonly locate?: (file: string) => string;
}

/**
 * GitHub shows 10 error and 10 warning annotations per step and drops the rest. One error is
 * kept back for the message that fails the step.
 */
export const annotationLimits = { warning: 10, error: 9 } as const;

/** The Actions implementation of the core Logger port (as codeql-action's logging.ts). */
export function createActionsLogger(options: ActionsLoggerOptions = {}): ActionsLogger {
  const sink = options.sink ?? core;
  const locate = options.locate ?? ((file: string) => file);
  const shown = { warning: 0, error: 0 };
  const overflow: OverflowEntry[] = [];
  // Messages carry user text; @actions/core escapes command data but not a plain log line.
  const annotate = (severity: 'warning' | 'error', message: string, location?: SourceLocation) => {
    if (shown[severity] < annotationLimits[severity]) {
      shown[severity]++;
      sink[severity](safeLogText(message), annotationProperties(location, locate));
      return;
    }
    const where = location ? `${formatLocation({ ...location, file: locate(location.file) })}: ` : '';
    sink.info(safeLogText(`${severity}: ${where}${message}`));
    overflow.push({ severity, message, ...(location ? { location } : {}) });
  };
  return {
    debug: (message) => sink.debug(safeLogText(message)),
    info: (message) => sink.info(safeLogText(message)),
    warn: (message, location) => annotate('warning', message, location),
    error: (message, location) => annotate('error', message, location),
    overflow: () => overflow,
  };
}

/** `file`, `startLine` and `startColumn` as the runner reads them from `::warning file=…`. */
export function annotationProperties(
  location: SourceLocation | undefined,
  locate: (file: string) => string = (file) => file,
): core.AnnotationProperties {
  if (!location) return {};
  return {
    file: locate(location.file),
    ...(location.line === undefined ? {} : { startLine: location.line }),
    ...(location.column === undefined ? {} : { startColumn: location.column }),
  };
}
