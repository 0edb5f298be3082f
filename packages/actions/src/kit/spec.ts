/**
 * An action's contract as data: the inputs and outputs its action.yml declares. The kit reads
 * and writes only through it, and a test holds it equal to action.yml.
 */

/** What every input may say; the runner applies `default` but never enforces `required`. */
interface InputBase {
  readonly required?: boolean;
  readonly default?: string;
}

/** Free text; `secret` masks the value in the log before anything else runs. */
export interface StringInput extends InputBase {
  readonly type: 'string';
  readonly secret?: boolean;
}

/** `true` or `false` as YAML 1.2 spells them (the rule of `core.getBooleanInput`). */
export interface BooleanInput extends InputBase {
  readonly type: 'boolean';
}

/** One of a fixed list of words. */
export interface EnumInput extends InputBase {
  readonly type: 'enum';
  readonly values: readonly string[];
}

/** One declared input. */
export type InputSpec = StringInput | BooleanInput | EnumInput;

/** An action's name, inputs (by their action.yml id) and output ids. */
export interface ActionSpec {
  /** The folder name under packages/actions, also shown in the first log line. */
  readonly name: string;
  readonly inputs: Readonly<Record<string, InputSpec>>;
  readonly outputs: readonly string[];
}

/** Declares an action spec, keeping its literal types so inputs and outputs are checked. */
export function defineAction<const S extends ActionSpec>(spec: S): S {
  return spec;
}

type ValueOf<I> = I extends { type: 'boolean' }
  ? boolean
  : I extends { type: 'enum'; values: readonly (infer V)[] }
    ? V
    : string;

type AlwaysPresent<I> = I extends { required: true } ? true : I extends { default: string } ? true : false;

/** The parsed inputs: typed per kind, `undefined` only where an input may be absent. */
export type InputValues<S extends ActionSpec> = {
  readonly [K in keyof S['inputs']]: AlwaysPresent<S['inputs'][K]> extends true
    ? ValueOf<S['inputs'][K]>
    : ValueOf<S['inputs'][K]> | undefined;
};

/** Every declared output, each set exactly once. */
export type OutputValues<S extends ActionSpec> = {
  readonly [K in S['outputs'][number]]: string | number | boolean;
};
