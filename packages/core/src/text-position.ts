import type { SourceLocation } from './errors.js';

/**
 * The 1-based line and column of an offset in text, for the readers that find an offset
 * themselves (JSON, XML, undecodable bytes). Columns count UTF-16 code units, as the YAML
 * parser's do, so a position means the same whichever format it points into.
 */
export function locateOffset(text: string, offset: number, file: string): SourceLocation {
  let line = 1;
  let lineStart = 0;
  // indexOf jumps from line to line: a position deep in a large lockfile costs one pass, no split.
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < offset;
    index = text.indexOf('\n', index + 1)
  ) {
    line++;
    lineStart = index + 1;
  }
  return { file, line, column: offset - lineStart + 1 };
}
