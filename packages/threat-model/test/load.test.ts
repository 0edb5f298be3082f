import { InputError, type UserError } from '@evident/core';
import { describe, expect, it } from 'vitest';
import { loadThreatModel } from '../src/index.js';

const head = `version: 1
title: Test
context:
  intendedUse: Tests.
  environment: Tests.
  tolerableRisk: 6
zones:
  - { id: control, name: Control }
  - { id: field, name: Field }
components:
  - { id: plc, name: PLC, type: embedded-device, zone: control }
`;

function problemsOf(text: string): { line: number | undefined; message: string; fix: string | undefined }[] {
  try {
    loadThreatModel(text, 'threat-model.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as UserError).problems.map((problem) => ({
      line: problem.location.line,
      message: problem.message,
      fix: problem.fix,
    }));
  }
  throw new Error('the model loaded without problems');
}

describe('loadThreatModel', () => {
  it('loads a valid model and knows the zone of every element', () => {
    const loaded = loadThreatModel(
      `${head}elements:\n  - { id: runtime, name: Runtime, kind: process, component: plc }\n  - { id: io, name: IO, kind: external-entity, zone: field }\n`,
      'threat-model.yml',
    );
    expect([...loaded.zoneOf]).toEqual([
      ['runtime', 'control'],
      ['io', 'field'],
    ]);
  });

  it('reports a dangling reference at its line, with the nearest id', () => {
    const text = `${head}elements:\n  - { id: runtime, name: Runtime, kind: process, component: plc }\nflows:\n  - { id: f1, from: runtime, to: runtim, protocol: https, data: { confidentiality: public, integrity: low } }\n`;
    expect(problemsOf(text)).toEqual([
      { line: 15, message: 'element "runtim" does not exist', fix: 'did you mean "runtime"?' },
    ]);
  });

  it('reports a duplicate id at the second definition, naming the first', () => {
    const text = `${head}elements:\n  - { id: plc, name: Runtime, kind: process, component: plc }\n`;
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        line: 13,
        message: 'id "plc" is used twice (a component at components[0] and this element)',
      }),
    ]);
  });

  it('reports a conduit joining an unknown zone, and a flow through a conduit that does not join its zones', () => {
    const text = `${head}conduits:\n  - { id: c1, name: C1, zones: [control, feild] }\n  - { id: c2, name: C2, zones: [control, control2] }\nelements:\n  - { id: a, name: A, kind: process, component: plc }\n  - { id: b, name: B, kind: external-entity, zone: field }\nflows:\n  - { id: f1, from: a, to: b, conduit: c1, protocol: modbus-tcp, data: { confidentiality: public, integrity: high } }\n`;
    const problems = problemsOf(text);
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [13, 'conduit "c1" joins the unknown zone "feild"'],
      [14, 'conduit "c2" joins the unknown zone "control2"'],
      [19, 'flow "f1" goes through conduit "c1", which does not join zone "field"'],
    ]);
    expect(problems[0]?.fix).toBe('did you mean "field"?');
  });

  it('reports an element placed outside the zone of its component', () => {
    const text = `${head}elements:\n  - { id: a, name: A, kind: process, component: plc, zone: field }\n`;
    expect(problemsOf(text)).toEqual([
      {
        line: 13,
        message: 'element "a" is in zone "field", but its component "plc" is in zone "control"',
        fix: 'an element is where its component is: remove zone, or move the component',
      },
    ]);
  });

  it('reports schema errors (unknown keys, wrong enums) at their line', () => {
    const text = `${head}elements:\n  - { id: a, name: A, kind: proces, component: plc, colour: red }\n`;
    expect(problemsOf(text).map((problem) => [problem.line, problem.message])).toEqual([
      [13, expect.stringContaining('elements[0].kind must be one of process, data-store')],
      [13, 'unknown key "colour" in elements[0]'],
    ]);
  });

  it('checks rule suggestion keys, acceptance records and 62443-4-2 references', () => {
    const text = `${head}elements:\n  - { id: a, name: A, kind: process, component: plc }\nthreats:\n  - { id: T1, title: T, stride: spoofing, targets: [a], frs: [FR1], likelihood: 2, impact: 2, attackVector: network, status: accepted, suggestions: [cleartext-modbu@a] }\nrequirements:\n  - { id: R1, title: R, satisfies: [CR 6.9], status: met }\n`;
    expect(problemsOf(text).map((problem) => [problem.line, problem.message, problem.fix])).toEqual([
      [
        15,
        'threat "T1" is accepted without a record of who accepted it',
        expect.stringContaining('acceptance'),
      ],
      [15, '"cleartext-modbu" is not a rule', 'did you mean "cleartext-modbus@a"?'],
      [17, '"CR 6.9" is not a 62443-4-2 requirement Evident knows', expect.any(String)],
    ]);
  });

  it('refuses a YAML alias bomb quickly, naming the file', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 12; level++)
      lines.push(
        `a${level}: &a${level} [${Array(9)
          .fill(`*a${level - 1}`)
          .join(', ')}]`,
      );
    // Expanded, this is 9^12 nodes: the test's timeout would end it long before.
    expect(() => loadThreatModel(`${lines.join('\n')}\n${head}`, 'threat-model.yml')).toThrow(/alias/);
  });

  it('reports YAML syntax errors at their line', () => {
    expect(() => loadThreatModel(`${head}elements:\n  - { id: a\n`, 'threat-model.yml')).toThrow(InputError);
    try {
      loadThreatModel(`${head}elements: [\n`, 'threat-model.yml');
    } catch (error) {
      expect((error as UserError).location?.line).toBeGreaterThanOrEqual(12);
    }
  });

  it('refuses __proto__ keys', () => {
    expect(() =>
      loadThreatModel(`${head}__proto__: { polluted: true }\nelements: []\n`, 'threat-model.yml'),
    ).toThrow(/"__proto__" is not allowed/);
  });
});
