/**
 * Static checks over a parsed template: which partials it uses (so they can be loaded before
 * rendering), which inline partials it defines, and the policy violations we refuse at
 * compile time rather than discover in an output.
 */

/** What one template refers to and what it breaks, from its AST. */
export interface TemplateScan {
  /** Names of partials used with `{{> name}}` or `{{#> name}}`, in first-use order. */
  readonly partials: readonly string[];
  /** Names defined with `{{#*inline "name"}}`; references to them need no loading. */
  readonly inlinePartials: readonly string[];
  readonly violations: readonly ScanViolation[];
}

/** A construct the renderer refuses, with its 1-based position in the template. */
export interface ScanViolation {
  readonly message: string;
  readonly fix: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
}

/** What the scan should refuse. */
export interface ScanPolicy {
  /** Refuse `{{{x}}}` and `{{& x}}`, which bypass the output format's escaping. */
  readonly refuseUnescaped: boolean;
  /** The registered helpers: a bare `{{name}}` naming one calls it instead of reading the field. */
  readonly helperNames: ReadonlySet<string>;
}

// Property names that lead to prototypes or constructors. Handlebars' runtime already denies
// them; refusing them in the template makes the mistake visible instead of silently empty.
const FORBIDDEN_SEGMENTS = new Set([
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

interface AstNode {
  readonly type: string;
  readonly loc?: { readonly start?: { readonly line: number; readonly column: number } };
  readonly [key: string]: unknown;
}

function isAstNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'type') === 'string';
}

/** Every node of the tree, depth first, in source order. */
function* walk(node: AstNode): Generator<AstNode> {
  yield node;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'loc') continue;
    const children = Array.isArray(child) ? child : [child];
    for (const item of children) if (isAstNode(item)) yield* walk(item);
  }
}

function violationAt(node: AstNode, message: string, fix: string): ScanViolation {
  const start = node.loc?.start;
  // Handlebars columns are 0-based; our locations are 1-based like editors'.
  return { message, fix, line: start?.line, column: start === undefined ? undefined : start.column + 1 };
}

/** The static name of a partial reference, or undefined for a dynamic `{{> (expr)}}`. */
function partialNameOf(name: AstNode): string | undefined {
  if (name.type === 'PathExpression' || name.type === 'StringLiteral') return String(name.original);
  return undefined;
}

function scanPartial(node: AstNode, partials: Set<string>, violations: ScanViolation[]): void {
  const name = isAstNode(node.name) ? partialNameOf(node.name) : undefined;
  if (name === undefined) {
    violations.push(
      violationAt(
        node,
        'dynamic partial names are not supported',
        'name the partial literally: {{> "x/y.md"}}',
      ),
    );
  } else if (name !== '@partial-block') {
    partials.add(name);
  }
}

function scanDecorator(node: AstNode, inline: Set<string>, violations: ScanViolation[]): void {
  const path = isAstNode(node.path) ? String(node.path.original) : '';
  const [first] = Array.isArray(node.params) ? node.params : [];
  if (
    node.type === 'DecoratorBlock' &&
    path === 'inline' &&
    isAstNode(first) &&
    first.type === 'StringLiteral'
  ) {
    inline.add(String(first.original));
    return;
  }
  violations.push(
    violationAt(
      node,
      `decorator "${path}" is not supported`,
      'only {{#*inline "name"}} partials are allowed',
    ),
  );
}

function scanPath(node: AstNode, violations: ScanViolation[]): void {
  const parts = Array.isArray(node.parts) ? node.parts : [];
  const forbidden = parts.find((part) => typeof part === 'string' && FORBIDDEN_SEGMENTS.has(part));
  if (forbidden !== undefined) {
    violations.push(
      violationAt(
        node,
        `"${String(node.original)}" reaches "${forbidden}"`,
        'templates may only read data fields',
      ),
    );
  }
}

/**
 * Handlebars resolves `{{date}}` to the helper `date`, called with no value, before it looks
 * at the field `date`: the field never shows (the threat-model report printed blank review
 * dates). Refused so the template says which one it means.
 */
function scanBareHelperCall(
  node: AstNode,
  helperNames: ReadonlySet<string>,
  violations: ScanViolation[],
): void {
  const path = isAstNode(node.path) ? node.path : undefined;
  const name = path?.type === 'PathExpression' ? String(path.original) : undefined;
  const params = Array.isArray(node.params) ? node.params : [];
  if (name === undefined || !helperNames.has(name) || params.length > 0 || node.hash !== undefined) return;
  violations.push(
    violationAt(
      node,
      `"{{${name}}}" calls the helper "${name}" with no value, not the field "${name}"`,
      `write {{this.${name}}} for the field, or {{${name} value}} for the helper`,
    ),
  );
}

/** Scans a parsed template (a Handlebars `Program`) for partials and policy violations. */
export function scanTemplate(program: unknown, policy: ScanPolicy): TemplateScan {
  const partials = new Set<string>();
  const inline = new Set<string>();
  const violations: ScanViolation[] = [];
  if (!isAstNode(program)) return { partials: [], inlinePartials: [], violations };
  for (const node of walk(program)) {
    if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
      scanPartial(node, partials, violations);
    } else if (node.type === 'Decorator' || node.type === 'DecoratorBlock') {
      scanDecorator(node, inline, violations);
    } else if (node.type === 'PathExpression') {
      scanPath(node, violations);
    } else if (node.type === 'MustacheStatement') {
      scanBareHelperCall(node, policy.helperNames, violations);
      if (node.escaped === false && policy.refuseUnescaped) {
        violations.push(
          violationAt(
            node,
            'unescaped output ({{{…}}} or {{&…}}) is refused',
            'use {{…}} so data is escaped',
          ),
        );
      }
    }
  }
  return { partials: [...partials], inlinePartials: [...inline], violations };
}
