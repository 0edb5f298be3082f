import type { ComponentType } from '@evident/core';
import {
  type ComponentRequirement,
  componentRequirements,
  displayReference,
  requirementKey,
} from './component-requirements.js';
import { type FoundationalRequirement, foundationalRequirements, type ThreatModel } from './schema.js';

/** SL-C against the assumed SL-T of one FR of one component. */
export interface FrLevel {
  readonly fr: FoundationalRequirement;
  /** The capability level: the highest SL whose CRs/REs (for this component type) are all met. */
  readonly slC: number;
  /** The assumed target level of the component's zone. */
  readonly slT: number;
  /** The CRs/REs still missing for the next level (for the gap, the ones up to SL-T). */
  readonly missing: readonly string[];
  /** SL-C < SL-T. */
  readonly gap: boolean;
  /** The compensating countermeasure that covers the gap, if one is documented. */
  readonly countermeasure?: string;
}

/** The security levels of one component. */
export interface ComponentLevels {
  readonly component: string;
  readonly type: ComponentType;
  readonly zone: string;
  readonly levels: readonly FrLevel[];
}

const statusesThatCount = new Set(['met', 'not-applicable']);

/** The CR/RE keys a component meets: requirements met or not applicable, for it or for every component. */
export function metRequirementKeys(model: ThreatModel, componentId: string): Set<string> {
  const met = new Set<string>();
  for (const requirement of model.requirements ?? []) {
    if (!statusesThatCount.has(requirement.status)) continue;
    if (requirement.components !== undefined && !requirement.components.includes(componentId)) continue;
    for (const reference of requirement.satisfies ?? []) met.add(requirementKey(reference));
  }
  return met;
}

/** The CRs/REs of one FR a component type must meet at exactly `level`. */
function requiredAt(fr: FoundationalRequirement, type: ComponentType, level: number): ComponentRequirement[] {
  return componentRequirements.filter(
    (requirement) => requirement.fr === fr && requirement.level === level && requirement.types.includes(type),
  );
}

/** SL-C of one FR: climb the levels while every requirement of the level is met. */
export function capabilityLevel(
  fr: FoundationalRequirement,
  type: ComponentType,
  met: ReadonlySet<string>,
): number {
  let level = 0;
  while (level < 4 && requiredAt(fr, type, level + 1).every((requirement) => met.has(requirement.key)))
    level++;
  return level;
}

/**
 * SL-C per FR of every component, against the SL-T of its zone in the assumed reference
 * architecture. A gap is covered by a compensating countermeasure documented for the user.
 */
export function computeSecurityLevels(model: ThreatModel): ComponentLevels[] {
  const zones = new Map(model.zones.map((zone) => [zone.id, zone]));
  return model.components.map((component) => {
    const met = metRequirementKeys(model, component.id);
    const targets = zones.get(component.zone)?.slT ?? {};
    const levels = foundationalRequirements.map((fr): FrLevel => {
      const slC = capabilityLevel(fr, component.type, met);
      const slT = targets[fr] ?? 0;
      const upTo = Math.max(slT, slC + 1);
      const missing: string[] = [];
      for (let level = slC + 1; level <= Math.min(upTo, 4); level++) {
        for (const requirement of requiredAt(fr, component.type, level)) {
          if (!met.has(requirement.key)) missing.push(displayReference(requirement, component.type));
        }
      }
      const gap = slC < slT;
      const countermeasure = gap
        ? (model.countermeasures ?? []).find(
            (measure) => measure.component === component.id && measure.frs.includes(fr),
          )?.id
        : undefined;
      return { fr, slC, slT, missing, gap, ...(countermeasure === undefined ? {} : { countermeasure }) };
    });
    return { component: component.id, type: component.type, zone: component.zone, levels };
  });
}
