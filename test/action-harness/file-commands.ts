/**
 * GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STATE as the Linux runner reads them: a port of
 * `EnvFileKeyValuePairs` in actions/runner src/Runner.Worker/FileCommandManager.cs (the
 * release parser, with "EOF marker missing new line"). `NAME=VALUE`, or `NAME<<DELIMITER`,
 * the value's lines and the delimiter alone on a line; whichever of `=` and `<<` comes first
 * decides. Lines end at LF only (CRLF is the Windows build's). A malformed entry throws, and the
 * runner then fails the step.
 */

/** One entry of a file command file. */
export interface FileCommandEntry {
  readonly name: string;
  readonly value: string;
}

/** A file the runner refuses; the message is the runner's. */
export class FileCommandError extends Error {
  override readonly name = 'FileCommandError';
}

/** The entries of a file command file, in order (a later entry with the same name wins where used). */
export function parseFileCommands(content: string): FileCommandEntry[] {
  // File.ReadAllText drops a UTF-8 byte order mark.
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  const entries: FileCommandEntry[] = [];
  const cursor = { index: 0 };
  for (let line = readLine(text, cursor); line !== undefined; line = readLine(text, cursor)) {
    if (line.text === '') continue;
    entries.push(parseEntry(line.text, text, cursor));
  }
  return entries;
}

function parseEntry(line: string, text: string, cursor: { index: number }): FileCommandEntry {
  const equalsIndex = line.indexOf('=');
  const heredocIndex = line.indexOf('<<');
  if (equalsIndex >= 0 && (heredocIndex < 0 || equalsIndex < heredocIndex)) {
    // The runner checks the whole line, not the name, for emptiness, so `=value` has name ''.
    return { name: line.slice(0, equalsIndex), value: line.slice(equalsIndex + 1) };
  }
  if (heredocIndex >= 0 && (equalsIndex < 0 || heredocIndex < equalsIndex)) {
    const name = line.slice(0, heredocIndex);
    const delimiter = line.slice(heredocIndex + 2);
    if (name === '' || delimiter === '') {
      throw new FileCommandError(
        `Invalid format '${line}'. Name must not be empty and delimiter must not be empty`,
      );
    }
    return { name, value: readHeredoc(text, cursor, delimiter) };
  }
  throw new FileCommandError(`Invalid format '${line}'`);
}

function readHeredoc(text: string, cursor: { index: number }, delimiter: string): string {
  const start = cursor.index;
  let end = cursor.index;
  for (let line = readLine(text, cursor); line?.text !== delimiter; line = readLine(text, cursor)) {
    if (line === undefined) {
      throw new FileCommandError(`Invalid value. Matching delimiter not found '${delimiter}'`);
    }
    if (line.newline === '') throw new FileCommandError('Invalid value. EOF marker missing new line.');
    end = cursor.index - line.newline.length;
  }
  return end > start ? text.slice(start, end) : '';
}

/** The next line and the newline that ended it ('' at the end of the text). */
function readLine(text: string, cursor: { index: number }): { text: string; newline: string } | undefined {
  if (cursor.index >= text.length) return undefined;
  const start = cursor.index;
  const lf = text.indexOf('\n', start);
  if (lf < 0) {
    cursor.index = text.length;
    return { text: text.slice(start), newline: '' };
  }
  cursor.index = lf + 1;
  return { text: text.slice(start, lf), newline: '\n' };
}
