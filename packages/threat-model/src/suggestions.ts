import type { LoadedModel } from './load.js';
import { type Rule, type RuleContext, rules } from './rules.js';
import {
  type Element,
  type Flow,
  type FoundationalRequirement,
  type StrideCategory,
  strideCategories,
  type ThreatModel,
} from './schema.js';

/** What happened to a suggestion: nobody looked yet, a threat accepted it, or it was dismissed. */
export type SuggestionStatus = 'untriaged' | 'accepted' | 'dismissed';

/** An industrial rule firing on one element, flow or component. */
export interface Suggestion {
  /** `rule@target`: what a threat's `suggestion:` or a dismissal names. */
  readonly key: string;
  readonly rule: string;
  readonly target: string;
  readonly subject: Rule['subject'];
  readonly title: string;
  readonly frs: readonly FoundationalRequirement[];
  readonly requirement: string;
  readonly stride: StrideCategory;
  readonly fix: string;
  readonly status: SuggestionStatus;
  /** The accepting threat, or the dismissal reason. */
  readonly threat?: string;
  readonly reason?: string;
}

/** A STRIDE category of an element or flow that no threat covers yet. */
export interface StrideGap {
  readonly target: string;
  readonly stride: StrideCategory;
}

/** The STRIDE categories that apply to each kind of element (STRIDE per element). */
export const strideByKind: Readonly<Record<Element['kind'] | 'flow', readonly StrideCategory[]>> = {
  'external-entity': ['spoofing', 'repudiation'],
  // A process can suffer every category (STRIDE per element).
  process: strideCategories,
  'data-store': ['tampering', 'repudiation', 'information-disclosure', 'denial-of-service'],
  interface: ['spoofing', 'tampering', 'information-disclosure', 'elevation-of-privilege'],
  flow: ['tampering', 'information-disclosure', 'denial-of-service'],
};

/** The indexes the rules need, built once. */
export function createRuleContext(loaded: LoadedModel): RuleContext {
  const { model } = loaded;
  const incoming = new Map<string, Flow[]>();
  for (const flow of model.flows ?? []) {
    const list = incoming.get(flow.to);
    if (list) list.push(flow);
    else incoming.set(flow.to, [flow]);
  }
  return {
    model,
    elements: loaded.elements,
    components: new Map(model.components.map((component) => [component.id, component])),
    zones: new Map(model.zones.map((zone) => [zone.id, zone])),
    zoneOf: loaded.zoneOf,
    incoming,
  };
}

/** Runs every industrial rule over the model, triaged against its threats and dismissals. */
export function runRules(context: RuleContext): Suggestion[] {
  const { model } = context;
  const accepted = new Map<string, string>();
  for (const threat of model.threats ?? []) {
    for (const key of threat.suggestions ?? []) accepted.set(key, threat.id);
  }
  const dismissed = new Map((model.dismissed ?? []).map((item) => [item.suggestion, item.reason]));
  const suggestions: Suggestion[] = [];
  for (const rule of rules) {
    for (const target of firingTargets(rule, context)) {
      const key = `${rule.id}@${target}`;
      const threat = accepted.get(key);
      const reason = dismissed.get(key);
      const { id, subject, title, frs, requirement, stride, fix } = rule;
      suggestions.push({
        key,
        rule: id,
        target,
        subject,
        title,
        frs,
        requirement,
        stride,
        fix,
        status: threat !== undefined ? 'accepted' : reason !== undefined ? 'dismissed' : 'untriaged',
        ...(threat === undefined ? {} : { threat }),
        ...(reason === undefined ? {} : { reason }),
      });
    }
  }
  return suggestions;
}

function firingTargets(rule: Rule, context: RuleContext): string[] {
  const { model } = context;
  switch (rule.subject) {
    case 'flow':
      return (model.flows ?? []).filter((flow) => rule.fires(flow, context)).map((flow) => flow.id);
    case 'element':
      return model.elements.filter((element) => rule.fires(element, context)).map((element) => element.id);
    case 'component':
      return model.components
        .filter((component) => rule.fires(component, context))
        .map((component) => component.id);
  }
}

/** STRIDE per element: every category of every element and flow that no threat targets yet. */
export function findStrideGaps(model: ThreatModel): StrideGap[] {
  const covered = new Set<string>();
  for (const threat of model.threats ?? []) {
    for (const target of threat.targets) covered.add(`${threat.stride}@${target}`);
  }
  const gaps: StrideGap[] = [];
  const visit = (target: string, categories: readonly StrideCategory[]) => {
    for (const stride of categories) if (!covered.has(`${stride}@${target}`)) gaps.push({ target, stride });
  };
  for (const element of model.elements) {
    // A removed interface is no longer there to attack.
    if (element.state !== 'removed') visit(element.id, strideByKind[element.kind]);
  }
  for (const flow of model.flows ?? []) visit(flow.id, strideByKind.flow);
  return gaps;
}
