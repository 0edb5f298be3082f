/**
 * Workflow commands in a step's stdout and stderr as the runner reads them: a port of
 * `ActionCommand.TryParseV2` (`::name key=value,key=value::data`) and the older `TryParse`
 * (`##[name key=value;]data`) in actions/runner src/Runner.Common/ActionCommand.cs, for the
 * commands the runner registers. Anything else is a plain log line.
 */

/** A parsed workflow command. */
export interface WorkflowCommand {
  readonly command: string;
  /** Property names as written; the runner compares them ignoring case. */
  readonly properties: Readonly<Record<string, string>>;
  readonly data: string;
}

/** The commands the runner's ActionCommandManager registers. */
export const runnerCommands: ReadonlySet<string> = new Set([
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
]);

type Mapping = readonly (readonly [token: string, replacement: string])[];

// `%25` comes last: `%250D` means the text `%0D`, not a carriage return.
const dataMappings: Mapping = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25'],
];
const propertyMappings: Mapping = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25'],
];
const legacyMappings: Mapping = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25'],
];

/** The command on a line, or undefined for a plain log line. */
export function parseWorkflowCommand(
  line: string,
  registered: ReadonlySet<string> = runnerCommands,
): WorkflowCommand | undefined {
  return parseCommandV2(line, registered) ?? parseCommandV1(line, registered);
}

/** `::name key=value,…::data`, after leading white space only. */
export function parseCommandV2(line: string, registered: ReadonlySet<string>): WorkflowCommand | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const command = commandName(info, registered);
  if (command === undefined) return undefined;
  const space = info.indexOf(' ');
  const properties = space > 0 ? parseProperties(info.slice(space + 1).trim(), ',', propertyMappings) : {};
  return { command, properties, data: unescapeText(message.slice(end + 2), dataMappings) };
}

/** `##[name key=value;…]data`, anywhere in the line. */
export function parseCommandV1(line: string, registered: ReadonlySet<string>): WorkflowCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const bracket = line.indexOf(']', prefix);
  if (bracket < 0) return undefined;
  const info = line.slice(prefix + 3, bracket);
  const command = commandName(info, registered);
  if (command === undefined) return undefined;
  const space = info.indexOf(' ');
  const properties = space > 0 ? parseProperties(info.slice(space + 1), ';', legacyMappings) : {};
  return { command, properties, data: unescapeText(line.slice(bracket + 1), legacyMappings) };
}

function commandName(info: string, registered: ReadonlySet<string>): string | undefined {
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  return registered.has(name) ? name : undefined;
}

/**
 * `Split(separator, RemoveEmptyEntries)`, then each `Split('=', 2, RemoveEmptyEntries)` that
 * gives two parts. .NET skips empty parts before the name and right after it, so `=k=v` and
 * `k==v` both mean k: v, and `k=` is dropped.
 */
function parseProperties(text: string, separator: string, mappings: Mapping): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const pair of text.split(separator).filter((part) => part !== '')) {
    const trimmed = pair.replace(/^=+/, '');
    const equals = trimmed.indexOf('=');
    const value = trimmed.slice(equals + 1).replace(/^=+/, '');
    if (equals < 0 || value === '') continue;
    const key = trimmed.slice(0, equals);
    const existing = Object.keys(properties).find((name) => name.toLowerCase() === key.toLowerCase());
    properties[existing ?? key] = unescapeText(value, mappings);
  }
  return properties;
}

function unescapeText(text: string, mappings: Mapping): string {
  let result = text;
  for (const [token, replacement] of mappings) result = result.replaceAll(replacement, token);
  return result;
}

/** A property by name, ignoring case as the runner does. */
export function propertyOf(command: WorkflowCommand, name: string): string | undefined {
  const key = Object.keys(command.properties).find(
    (candidate) => candidate.toLowerCase() === name.toLowerCase(),
  );
  return key === undefined ? undefined : command.properties[key];
}
