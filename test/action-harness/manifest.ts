import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { loadWorkflowParser } from './workflow-parser.js';

/** The part of action.yml the harness runs by. */
export interface ActionManifest {
  readonly file: string;
  readonly name: string;
  readonly inputs: readonly ManifestInput[];
  readonly outputs: readonly string[];
  readonly runs: {
    readonly using: string;
    readonly main: string;
    readonly pre?: string;
    readonly preIf?: string;
    readonly post?: string;
    readonly postIf?: string;
  };
}

/** An input: its id, whether action.yml calls it required, and its default (literal or `${{ }}`). */
export interface ManifestInput {
  readonly id: string;
  readonly required: boolean;
  readonly default?: { readonly literal: string } | { readonly expression: string };
}

/**
 * Loads action.yml (or action.yaml, as the runner accepts) with @actions/workflow-parser, the
 * parser and schema of GitHub's own tooling, and refuses it as the runner would when invalid.
 */
export async function loadActionManifest(directory: string): Promise<ActionManifest> {
  const file = await findManifest(directory);
  const { parseAction, convertActionTemplate, NoOperationTraceWriter } = await loadWorkflowParser();
  const parsed = parseAction(
    { name: path.basename(file), content: await readFile(file, 'utf8') },
    new NoOperationTraceWriter(),
  );
  const errors = parsed.context.errors.getErrors();
  if (errors.length > 0 || parsed.value === undefined) {
    throw new Error(`Failed to load ${file}: ${errors.map((error) => error.message).join('; ')}`);
  }
  const template = convertActionTemplate(parsed.context, parsed.value);
  if (template.runs.using === 'composite' || template.runs.using === 'docker') {
    throw new Error(`${file}: the harness runs JavaScript actions only, not ${template.runs.using}`);
  }
  return {
    file,
    name: template.name,
    inputs: (template.inputs ?? []).map((input) => ({
      id: input.id,
      required: input.required === true,
      ...(input.default === undefined ? {} : { default: defaultOf(input.default) }),
    })),
    outputs: (template.outputs ?? []).map((output) => output.id),
    runs: template.runs,
  };
}

async function findManifest(directory: string): Promise<string> {
  for (const name of ['action.yml', 'action.yaml']) {
    const file = path.join(directory, name);
    if (
      await readFile(file).then(
        () => true,
        () => false,
      )
    )
      return file;
  }
  throw new Error(`no action.yml or action.yaml in ${directory}`);
}

function defaultOf(token: { toString(): string }): { literal: string } | { expression: string } {
  const expression = (token as { expression?: unknown }).expression;
  return typeof expression === 'string' ? { expression } : { literal: token.toString() };
}

/** The contexts an input default may use (the runner offers these, among others). */
export type ExpressionContexts = Readonly<
  Record<'github' | 'runner' | 'env' | 'job' | 'strategy' | 'matrix', unknown>
>;

/** An input's value when the step does not set it: the literal, or the expression evaluated. */
export function evaluateDefault(input: ManifestInput, contexts: ExpressionContexts): string {
  if (input.default === undefined) return '';
  if ('literal' in input.default) return input.default.literal;
  const lexed = new Lexer(input.default.expression).lex();
  const parsed = new Parser(lexed.tokens, Object.keys(contexts), []).parse();
  const context = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  return new Evaluator(parsed, context).evaluate().coerceString();
}
