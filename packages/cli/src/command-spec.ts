import { type Command, Option } from 'commander';

/**
 * One option of a command, as data: commander is configured from it ({@link defineCommand})
 * and the handler's type is derived from it ({@link OptionsOf}), so the two cannot drift.
 */
export interface OptionSpec {
  /** commander's flags: `-o, --output <dir>` (a value), `<x...>` (a list), none (a switch). */
  readonly flags: string;
  readonly description: string;
  readonly choices?: readonly string[];
  readonly default?: string;
  /** The option must be given. */
  readonly mandatory?: boolean;
}

/** A positional argument: `<file>` (required), `[file]` (optional), `<files...>` (a list). */
export interface ArgumentSpec {
  /** The name the handler receives it under. */
  readonly name: string;
  readonly syntax: string;
  readonly description: string;
}

/** A command: its help and what it takes. The option keys are commander's attribute names. */
export interface CommandSpec {
  readonly name: string;
  readonly description: string;
  readonly arguments?: readonly ArgumentSpec[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Printed after the options in the help. */
  readonly helpAfter?: string;
}

type IsList<Syntax extends string> = Syntax extends `${string}...${string}` ? true : false;

/** The value commander gives for an option: its choice, a string, a list, or true for a switch. */
type OptionValue<O extends OptionSpec> = O['flags'] extends `${string}<${string}`
  ? O['choices'] extends readonly (infer Choice)[]
    ? IsList<O['flags']> extends true
      ? readonly Choice[]
      : Choice
    : IsList<O['flags']> extends true
      ? readonly string[]
      : string
  : boolean;

/** Options that always have a value: mandatory ones and ones with a default. */
type PresentKeys<T extends Readonly<Record<string, OptionSpec>>> = {
  [K in keyof T]: T[K] extends { readonly mandatory: true } | { readonly default: string } ? K : never;
}[keyof T];

/** The options object a handler receives for these option specs. */
export type OptionsOf<T extends Readonly<Record<string, OptionSpec>>> = {
  readonly [K in PresentKeys<T>]: OptionValue<T[K]>;
} & { readonly [K in Exclude<keyof T, PresentKeys<T>>]?: OptionValue<T[K]> };

type ArgumentValue<A extends ArgumentSpec> = IsList<A['syntax']> extends true ? readonly string[] : string;

/** An optional single argument (`[file]`) may be absent; a list (`[files...]`) is then empty. */
type MayBeAbsent<A extends ArgumentSpec> = A['syntax'] extends `[${string}`
  ? IsList<A['syntax']> extends true
    ? false
    : true
  : false;

/** The positional arguments a handler receives, by name. */
export type ArgumentsOf<T extends readonly ArgumentSpec[]> = {
  readonly [A in T[number] as MayBeAbsent<A> extends true ? never : A['name']]: ArgumentValue<A>;
} & {
  readonly [A in T[number] as MayBeAbsent<A> extends true ? A['name'] : never]?: ArgumentValue<A>;
};

/** Everything a command's handler receives from the command line (besides the global options). */
export type InputOf<S extends CommandSpec> = OptionsOf<S['options']> &
  (S['arguments'] extends readonly ArgumentSpec[] ? ArgumentsOf<S['arguments']> : unknown);

/**
 * Adds the command the spec describes to `parent`; when it runs, `run` gets the options
 * (with the global ones) and the positional arguments under their names, in one object.
 */
export function defineCommand(
  parent: Command,
  spec: CommandSpec,
  run: (input: Record<string, unknown>) => Promise<void>,
): Command {
  const command = parent.command(spec.name).description(spec.description);
  const positional = spec.arguments ?? [];
  for (const argument of positional) command.argument(argument.syntax, argument.description);
  for (const option of Object.values(spec.options)) command.addOption(toOption(option));
  if (spec.helpAfter !== undefined) command.addHelpText('after', spec.helpAfter);
  command.action(async (...values: unknown[]) => {
    // commander passes the arguments, then the options, then the command itself.
    const self = values.at(-1) as Command;
    const input: Record<string, unknown> = { ...self.optsWithGlobals() };
    positional.forEach((argument, index) => {
      if (values[index] !== undefined) input[argument.name] = values[index];
    });
    await run(input);
  });
  return command;
}

function toOption(spec: OptionSpec): Option {
  const option = new Option(spec.flags, spec.description);
  if (spec.choices !== undefined) option.choices(spec.choices);
  if (spec.default !== undefined) option.default(spec.default);
  if (spec.mandatory === true) option.makeOptionMandatory();
  return option;
}
