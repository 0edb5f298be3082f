import { type LoadedModel, loadThreatModel } from '../src/index.js';

/** A small valid model (as data) that tests extend; loaded through the same path as files. */
export function baseModel(): Record<string, unknown> & {
  zones: Record<string, unknown>[];
  components: Record<string, unknown>[];
  elements: Record<string, unknown>[];
  flows: Record<string, unknown>[];
  threats: Record<string, unknown>[];
  mitigations: Record<string, unknown>[];
  requirements: Record<string, unknown>[];
  countermeasures: Record<string, unknown>[];
} {
  return {
    version: 1,
    title: 'Test model',
    context: { intendedUse: 'Tests.', environment: 'Tests.', tolerableRisk: 6 },
    zones: [{ id: 'control', name: 'Control', slT: { FR1: 2, FR4: 1 } }],
    components: [{ id: 'plc', name: 'PLC', type: 'embedded-device', zone: 'control' }],
    elements: [{ id: 'runtime', name: 'Runtime', kind: 'process', component: 'plc' }],
    flows: [],
    threats: [],
    mitigations: [],
    requirements: [],
    countermeasures: [],
  };
}

/** Loads a model given as data, as JSON text. */
export function load(model: object): LoadedModel {
  return loadThreatModel(JSON.stringify(model, null, 2), 'model.json');
}
