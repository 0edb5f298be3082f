// Characters a terminal acts on (C0 controls but tab and newline, DEL, C1) and the
// bidirectional overrides that make a line read differently from what it holds.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const invisible = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text safe to print on a terminal or a CI log, whatever the user put in it: control
 * characters become visible escapes (`\x1b`, `\r`), and no line can be read as a workflow
 * command, which GitHub's runner takes from `::name::` at the start of a line and from
 * `##[name]` anywhere in it. Lines stay lines; our own newlines are kept.
 */
export function safeLogText(text: string): string {
  return text.replace(invisible, visibleEscape).split('\n').map(defuseWorkflowCommand).join('\n');
}

function visibleEscape(character: string): string {
  if (character === '\r') return '\\r';
  const code = character.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** The runner's own percent escapes, which it decodes only inside a command. */
function defuseWorkflowCommand(line: string): string {
  const safe = line.replaceAll('##[', '##%5B');
  const indent = safe.length - safe.trimStart().length;
  return safe.startsWith('::', indent) ? `${safe.slice(0, indent)}%3A%3A${safe.slice(indent + 2)}` : safe;
}
