import type { Command, CommanderError } from 'commander';

/** A command-line mistake caught by the parser, worded like every other usage error. */
export interface ParseMistake {
  readonly message: string;
  readonly fix: string;
}

/**
 * Turns commander's error into our message and a `fix:` line that names the help to read.
 * Commander prefixes its messages with "error: "; the CLI adds its own prefix.
 */
export function explainParseError(error: CommanderError, command: Command): ParseMistake {
  // One line: commander puts its "(Did you mean …?)" on a second one.
  const message = error.message.replace(/^error: /, '').replaceAll('\n', ' ');
  const help = `evident ${commandPath(command)}--help`;
  switch (error.code) {
    case 'commander.unknownCommand':
      return { message, fix: `run \`${help}\` for the list of commands` };
    case 'commander.invalidArgument':
      return { message, fix: `pass one of the allowed values; \`${help}\` lists them` };
    case 'commander.missingMandatoryOptionValue':
    case 'commander.missingArgument':
    case 'commander.optionMissingArgument':
      return { message, fix: `add it; \`${help}\` shows what it takes` };
    default:
      return { message, fix: `see \`${help}\`` };
  }
}

/** "advisory build " for a subcommand, "" for the program itself. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let current: Command | null = command; current?.parent; current = current.parent) {
    names.unshift(current.name());
  }
  return names.map((name) => `${name} `).join('');
}
