/**
 * Loads threat-model.yml: syntax, schema, then meaning. Every problem is reported at once, at
 * its line, with a fix: duplicate ids, dangling references, conduits joining unknown zones,
 * flows through a conduit that does not join their zones, unknown 62443-4-2 requirements.
 */
import {
  createSchemaChecker,
  InputError,
  type Problem,
  suggest,
  throwIfProblems,
  type YamlSource,
} from '@evident/core';
import validateThreatModel from '../generated/validate-threat-model.js';
import { findComponentRequirement } from './component-requirements.js';
import { ruleIds } from './rules.js';
import type { Element, ThreatModel } from './schema.js';
import { parseModelText } from './source.js';

type Path = (string | number)[];

/** A problem found before its location is known: locating costs a second parse, so it waits. */
interface PathProblem {
  readonly path: Path;
  readonly message: string;
  readonly fix: string;
  readonly key?: boolean;
}

/** A model that passed every check, with indexes the rules and reports use. */
export interface LoadedModel {
  readonly model: ThreatModel;
  readonly source: YamlSource;
  /** Elements by id. */
  readonly elements: ReadonlyMap<string, Element>;
  /** The zone of every element (its own, else its component's). */
  readonly zoneOf: ReadonlyMap<string, string>;
}

const checkSchema = createSchemaChecker(validateThreatModel);

/** Parses and checks a threat model; throws InputError listing every problem with file:line:column. */
export function loadThreatModel(text: string, file: string): LoadedModel {
  const source = parseModelText(text, file);
  throwIfProblems(checkSchema(source), create, file);
  const model = source.data as ThreatModel;
  const { problems, zoneOf, elements } = checkReferences(model);
  const located = problems.map(
    (problem): Problem => ({
      message: problem.message,
      location: source.locate(problem.path, problem.key ? { key: true } : {}),
      fix: problem.fix,
    }),
  );
  throwIfProblems(located.sort(byPosition), create, file);
  return { model, source, elements, zoneOf };
}

function byPosition(a: Problem, b: Problem): number {
  return (
    (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0)
  );
}

function create(message: string, options: ConstructorParameters<typeof InputError>[1]): InputError {
  return new InputError(message, options);
}

/** The id lists of a model, with where they are, in document order. */
function* identified(model: ThreatModel): Generator<[path: Path, id: string, what: string]> {
  const lists: [keyof ThreatModel, string][] = [
    ['zones', 'zone'],
    ['conduits', 'conduit'],
    ['components', 'component'],
    ['elements', 'element'],
    ['flows', 'flow'],
    ['dependencies', 'dependency'],
    ['threats', 'threat'],
    ['mitigations', 'mitigation'],
    ['requirements', 'requirement'],
    ['countermeasures', 'countermeasure'],
  ];
  for (const [assumption, index] of (model.context.assumptions ?? []).map((a, i) => [a, i] as const)) {
    yield [['context', 'assumptions', index, 'id'], assumption.id, 'assumption'];
  }
  for (const [key, what] of lists) {
    const list = (model[key] ?? []) as readonly { id: string }[];
    for (const [index, item] of list.entries()) yield [[key, index, 'id'], item.id, what];
  }
}

interface Checked {
  problems: PathProblem[];
  zoneOf: Map<string, string>;
  elements: Map<string, Element>;
}

function checkReferences(model: ThreatModel): Checked {
  const problems: PathProblem[] = [];
  const kinds = new Map<string, string>();
  const first = new Map<string, Path>();
  for (const [path, id, what] of identified(model)) {
    const previous = first.get(id);
    if (previous) {
      problems.push({
        path,
        message: `id "${id}" is used twice (a ${kinds.get(id)} at ${describe(previous)} and this ${what})`,
        fix: 'every id in the model must be unique: rename one (ids are stable, so rename the newer one)',
      });
    } else {
      first.set(id, path.slice(0, -1));
      kinds.set(id, what);
    }
  }
  const ofKind = (...wanted: string[]) =>
    [...kinds].filter(([, kind]) => wanted.includes(kind)).map(([id]) => id);
  const reference = (path: Path, id: string, wanted: string[], label: string) => {
    if (wanted.includes(kinds.get(id) ?? '')) return;
    const known = ofKind(...wanted);
    const nearest = suggest(id, known);
    problems.push({
      path,
      message: `${label} "${id}" does not exist`,
      fix: nearest ? `did you mean "${nearest}"?` : `define it, or use one of ${preview(known)}`,
    });
  };
  const references = (path: Path, ids: readonly string[] | undefined, wanted: string[], label: string) => {
    for (const [index, id] of (ids ?? []).entries()) reference([...path, index], id, wanted, label);
  };

  for (const [index, conduit] of (model.conduits ?? []).entries()) {
    for (const [position, zone] of conduit.zones.entries()) {
      if (kinds.get(zone) !== 'zone') {
        const nearest = suggest(zone, ofKind('zone'));
        problems.push({
          path: ['conduits', index, 'zones', position],
          message: `conduit "${conduit.id}" joins the unknown zone "${zone}"`,
          fix: nearest
            ? `did you mean "${nearest}"?`
            : `add the zone to zones, or use one of ${preview(ofKind('zone'))}`,
        });
      }
    }
  }
  for (const [index, component] of model.components.entries()) {
    reference(['components', index, 'zone'], component.zone, ['zone'], 'zone');
  }
  const components = new Map(model.components.map((component) => [component.id, component]));
  const zoneOf = new Map<string, string>();
  const elements = new Map<string, Element>();
  for (const [index, element] of model.elements.entries()) {
    elements.set(element.id, element);
    checkElement(element, ['elements', index], problems);
    if (element.component !== undefined)
      reference(['elements', index, 'component'], element.component, ['component'], 'component');
    if (element.zone !== undefined) reference(['elements', index, 'zone'], element.zone, ['zone'], 'zone');
    const componentZone = components.get(element.component ?? '')?.zone;
    if (element.zone !== undefined && componentZone !== undefined && element.zone !== componentZone) {
      problems.push({
        path: ['elements', index, 'zone'],
        message: `element "${element.id}" is in zone "${element.zone}", but its component "${element.component}" is in zone "${componentZone}"`,
        fix: 'an element is where its component is: remove zone, or move the component',
      });
    }
    const zone = element.zone ?? componentZone;
    if (zone === undefined) {
      if (element.component === undefined) {
        problems.push({
          path: ['elements', index],
          message: `element "${element.id}" is in no zone`,
          fix: 'give it a zone, or the component it belongs to',
        });
      }
    } else zoneOf.set(element.id, zone);
  }
  checkFlows(model, zoneOf, reference, problems);
  for (const [index, dependency] of (model.dependencies ?? []).entries()) {
    references(['dependencies', index, 'elements'], dependency.elements, ['element'], 'element');
  }
  checkThreats(model, kinds, references, problems);
  for (const [index, mitigation] of (model.mitigations ?? []).entries()) {
    references(
      ['mitigations', index, 'requirements'],
      mitigation.requirements,
      ['requirement'],
      'requirement',
    );
  }
  checkRequirements(model, references, problems);
  for (const [index, measure] of (model.countermeasures ?? []).entries()) {
    reference(['countermeasures', index, 'component'], measure.component, ['component'], 'component');
  }
  for (const [index, dismissal] of (model.dismissed ?? []).entries()) {
    checkSuggestionKey(dismissal.suggestion, ['dismissed', index, 'suggestion'], kinds, problems);
  }
  return { problems, zoneOf, elements };
}

type Reference = (path: Path, id: string, wanted: string[], label: string) => void;
type References = (path: Path, ids: readonly string[] | undefined, wanted: string[], label: string) => void;

function checkElement(element: Element, at: Path, problems: PathProblem[]): void {
  if (element.kind === 'interface' && element.interface === undefined) {
    problems.push({
      path: at,
      message: `interface "${element.id}" does not say what interface it is`,
      fix: 'add interface: jtag, uart, usb, sd-card, maintenance-port, ethernet, …',
    });
  }
  if (element.kind !== 'interface' && (element.interface !== undefined || element.state !== undefined)) {
    problems.push({
      path: [...at, element.interface !== undefined ? 'interface' : 'state'],
      key: true,
      message: `only elements of kind interface have ${element.interface !== undefined ? 'interface' : 'state'}`,
      fix: 'set kind: interface, or remove the key',
    });
  }
}

function checkFlows(
  model: ThreatModel,
  zoneOf: ReadonlyMap<string, string>,
  reference: Reference,
  problems: PathProblem[],
): void {
  const conduits = new Map((model.conduits ?? []).map((conduit) => [conduit.id, conduit]));
  for (const [index, flow] of (model.flows ?? []).entries()) {
    reference(['flows', index, 'from'], flow.from, ['element'], 'element');
    reference(['flows', index, 'to'], flow.to, ['element'], 'element');
    if (flow.from === flow.to) {
      problems.push({
        path: ['flows', index, 'to'],
        message: `flow "${flow.id}" goes from "${flow.from}" to itself`,
        fix: 'a data flow joins two different elements',
      });
    }
    if (flow.conduit === undefined) continue;
    const conduit = conduits.get(flow.conduit);
    if (!conduit) {
      reference(['flows', index, 'conduit'], flow.conduit, ['conduit'], 'conduit');
      continue;
    }
    const ends = [zoneOf.get(flow.from), zoneOf.get(flow.to)].filter((zone) => zone !== undefined);
    const outside = ends.filter((zone) => !conduit.zones.includes(zone));
    if (outside.length > 0) {
      problems.push({
        path: ['flows', index, 'conduit'],
        message: `flow "${flow.id}" goes through conduit "${conduit.id}", which does not join zone "${outside[0]}"`,
        fix: `name a conduit that joins ${[...new Set(ends)].join(' and ')}, or add the zone to the conduit`,
      });
    }
  }
}

function checkThreats(
  model: ThreatModel,
  kinds: ReadonlyMap<string, string>,
  references: References,
  problems: PathProblem[],
): void {
  for (const [index, threat] of (model.threats ?? []).entries()) {
    const at: Path = ['threats', index];
    references([...at, 'targets'], threat.targets, ['element', 'flow', 'component'], 'target');
    references([...at, 'mitigations'], threat.mitigations, ['mitigation'], 'mitigation');
    for (const [position, key] of (threat.suggestions ?? []).entries()) {
      checkSuggestionKey(key, [...at, 'suggestions', position], kinds, problems);
    }
    if (threat.status === 'accepted' && threat.acceptance === undefined) {
      problems.push({
        path: [...at, 'status'],
        message: `threat "${threat.id}" is accepted without a record of who accepted it`,
        fix: 'add acceptance: { by: <role>, date: YYYY-MM-DD, rationale: <why> }',
      });
    }
    if (threat.status === 'mitigated' && (threat.mitigations ?? []).length === 0) {
      problems.push({
        path: [...at, 'status'],
        message: `threat "${threat.id}" is mitigated but names no mitigation`,
        fix: 'list its mitigations, or set status: open',
      });
    }
  }
}

function checkRequirements(model: ThreatModel, references: References, problems: PathProblem[]): void {
  for (const [index, requirement] of (model.requirements ?? []).entries()) {
    const at: Path = ['requirements', index];
    references([...at, 'components'], requirement.components, ['component'], 'component');
    references([...at, 'threats'], requirement.threats, ['threat'], 'threat');
    references([...at, 'mitigations'], requirement.mitigations, ['mitigation'], 'mitigation');
    for (const [position, cr] of (requirement.satisfies ?? []).entries()) {
      if (!findComponentRequirement(cr)) {
        problems.push({
          path: [...at, 'satisfies', position],
          message: `"${cr}" is not a 62443-4-2 requirement Evident knows`,
          fix: 'write it like CR 1.1, CR 3.4 RE 1 or EDR 2.13',
        });
      }
    }
  }
}

function checkSuggestionKey(
  key: string,
  path: Path,
  kinds: ReadonlyMap<string, string>,
  problems: PathProblem[],
): void {
  const [rule = '', target = ''] = key.split('@');
  if (!ruleIds.has(rule)) {
    const nearest = suggest(rule, [...ruleIds]);
    problems.push({
      path,
      message: `"${rule}" is not a rule`,
      fix: nearest
        ? `did you mean "${nearest}@${target}"?`
        : 'copy the key from `evident threat-model check`',
    });
  } else if (!kinds.has(target)) {
    problems.push({
      path,
      message: `"${target}" does not exist`,
      fix: 'the part after @ is an element, flow or component id',
    });
  }
}

function describe(path: Path): string {
  return path
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`))
    .join('')
    .slice(1);
}

function preview(ids: readonly string[]): string {
  if (ids.length === 0) return '(none defined yet)';
  return ids.length > 8 ? `${ids.slice(0, 8).join(', ')}, …` : ids.join(', ');
}
