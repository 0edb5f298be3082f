import { InputError } from '@evident/core';
import { describe, expect, it } from 'vitest';
import { checkThreatModel, findStrideGaps, parseJUnit } from '../src/index.js';
import { baseModel, load } from './support.js';

const junit = (cases: string) => `<?xml version="1.0" encoding="UTF-8"?>
<!-- written by a test runner -->
<testsuites><testsuite name="s">${cases}</testsuite></testsuites>`;

/** A model with no SL-T (so no gaps) and one element. */
function model() {
  const base = baseModel();
  base.zones = [{ id: 'control', name: 'Control' }];
  base.components = [
    { id: 'plc', name: 'PLC', type: 'embedded-device', zone: 'control', controls: { secureBoot: true } },
  ];
  return base;
}

const threat = (fields: object) => ({
  id: 'T1',
  title: 'A threat',
  stride: 'tampering',
  targets: ['runtime'],
  frs: ['FR3'],
  likelihood: 2,
  impact: 3,
  attackVector: 'network',
  status: 'open',
  ...fields,
});

const codes = (check: ReturnType<typeof checkThreatModel>) =>
  check.failures.map((failure) => `${failure.code} ${failure.subject}`);

describe('parseJUnit', () => {
  it('reads passed, failed, errored and skipped cases, decoding entities', () => {
    const results = parseJUnit(
      junit(`<testcase classname="a.test.ts" name="x &gt; passes &amp; works"/>
<testcase classname="a.test.ts" name="fails"><failure message="expected 1 &lt; 0">trace</failure></testcase>
<testcase classname="b" name="errors"><error/></testcase>
<testcase name="skips"><skipped/></testcase><![CDATA[ <testcase name="not a test"/> ]]>`),
      'junit.xml',
    );
    expect(results.map((result) => [result.classname, result.name, result.outcome])).toEqual([
      ['a.test.ts', 'x > passes & works', 'passed'],
      ['a.test.ts', 'fails', 'failed'],
      ['b', 'errors', 'failed'],
      ['', 'skips', 'skipped'],
    ]);
    expect(results[1]?.message).toBe('expected 1 < 0');
  });

  it('refuses a DOCTYPE, a foreign root and unclosed elements, naming the line', () => {
    expect(() =>
      parseJUnit('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "a">]>\n<testsuites/>', 'j.xml'),
    ).toThrow(/DOCTYPE/);
    expect(() => parseJUnit('<html></html>', 'j.xml')).toThrow(/root element is <html>/);
    try {
      parseJUnit('<testsuites>\n<testsuite>\n<testcase name="a">\n</testsuite>', 'j.xml');
      expect.unreachable();
    } catch (error) {
      expect((error as { location: { line: number } }).location.line).toBe(4);
    }
  });
});

describe('parseJUnit: hostile references and declarations', () => {
  const located = (text: string) => {
    try {
      parseJUnit(text, 'j.xml');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const { location, message, fix } = error as InputError;
      return { location, message, fix };
    }
    return expect.unreachable('parseJUnit accepted it');
  };

  it.each([
    ['beyond U+10FFFF', '&#x110000;'],
    ['far beyond, in decimal', '&#99999999999999999999;'],
    ['NUL', '&#0;'],
    ['a surrogate', '&#xD800;'],
    ['U+FFFF', '&#65535;'],
  ])('refuses a character reference to %s at its ampersand', (_name, reference) => {
    const error = located(
      `<testsuites>\n<testsuite>\n  <testcase name="a${reference}"/></testsuite></testsuites>`,
    );
    expect(error.location).toEqual({ file: 'j.xml', line: 3, column: 20 });
    expect(error.message).toBe(`malformed JUnit XML: ${reference} is not a character XML allows`);
    expect(error.fix).toMatch(/correct the reference/);
  });

  it('decodes the highest character and a tab', () => {
    const [result] = parseJUnit('<testsuite><testcase name="&#x10FFFF;&#9;"/></testsuite>', 'j.xml');
    expect(result?.name).toBe('\u{10FFFF}\t');
  });

  it.each([
    ['an internal entity', '<!DOCTYPE t [<!ENTITY a "x">]>\n<testsuites name="&a;"/>'],
    [
      'an external entity',
      '<!DOCTYPE t [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<testsuites name="&e;"/>',
    ],
    [
      'a billion laughs',
      `<!DOCTYPE t [<!ENTITY l0 "ha">${Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}]>\n<testsuites name="&l9;"/>`,
    ],
    ['a DOCTYPE after the root', '<testsuites>\n<!DOCTYPE t SYSTEM "http://127.0.0.1:1/x.dtd"></testsuites>'],
  ])('refuses %s before reading any of it', (_name, text) => {
    const error = located(text);
    expect(error.message).toMatch(/DOCTYPE is refused/);
    expect(error.location).toMatchObject({ file: 'j.xml', column: 1 });
  });

  it.each([
    ['in an attribute', '<testsuite>\n<testcase name="a & b"/></testsuite>', 19],
    ['in text, after a CDATA & that is fine', '<testsuite>\n<![CDATA[a & b]]> c & d</testsuite>', 21],
    ['without its ;', '<testsuite>\n<testcase name="a&#12 b"/></testsuite>', 18],
  ])('locates a bare & %s (saxes alone names only the end of the file)', (_name, text, column) => {
    const error = located(text);
    expect(error.message).toMatch(/a bare &/);
    expect(error.location).toEqual({ file: 'j.xml', line: 2, column });
  });

  it('reads a failure whose stack trace in CDATA holds & and <', () => {
    const [result] = parseJUnit(
      '<testsuite><testcase name="t"><failure><![CDATA[a && b < c]]></failure></testcase></testsuite>',
      'j.xml',
    );
    expect(result?.outcome).toBe('failed');
  });

  it('refuses an entity XML does not define, naming it: nothing is looked up', () => {
    const error = located('<testsuite><testcase name="&e;"/></testsuite>');
    expect(error.message).toBe("malformed JUnit XML: &e; is not one of XML's five named entities");
    expect(error.location).toEqual({ file: 'j.xml', line: 1, column: 28 });
  });
});

describe('checkThreatModel', () => {
  it('fails an open threat above the tolerable risk, and only that', () => {
    const at = (likelihood: number, impact: number, status = 'open') =>
      checkThreatModel(
        load({
          ...model(),
          threats: [
            threat({
              likelihood,
              impact,
              status,
              ...(status === 'accepted'
                ? { acceptance: { by: 'PSO', date: '2026-01-01', rationale: 'ok' } }
                : {}),
            }),
          ],
        }),
      );
    expect(codes(at(2, 3))).toEqual([]); // 6 = tolerable
    expect(codes(at(3, 3))).toEqual(['threat-above-tolerable-risk T1']); // 9 > 6
    expect(codes(at(3, 3, 'accepted'))).toEqual([]);
    expect(at(3, 3).threats[0]).toMatchObject({ risk: 9, aboveTolerable: true });
  });

  it('fails a mitigated threat whose mitigation is only planned', () => {
    const check = checkThreatModel(
      load({
        ...model(),
        threats: [threat({ status: 'mitigated', mitigations: ['M1'] })],
        mitigations: [{ id: 'M1', title: 'M', status: 'planned' }],
      }),
    );
    expect(codes(check)).toEqual(['mitigation-not-implemented T1']);
  });

  it('fails on untriaged industrial suggestions; an accepting threat or a dismissal triages them', () => {
    const base = model();
    base.components = [{ id: 'plc', name: 'PLC', type: 'embedded-device', zone: 'control' }];
    base.elements.push({ id: 'jtag', name: 'JTAG', kind: 'interface', interface: 'jtag', component: 'plc' });
    expect(codes(checkThreatModel(load(base)))).toEqual([
      'untriaged-suggestion exposed-debug-interface@jtag',
      'untriaged-suggestion embedded-without-secure-boot@plc',
    ]);
    const triaged = checkThreatModel(
      load({
        ...base,
        threats: [threat({ targets: ['jtag'], suggestions: ['exposed-debug-interface@jtag'] })],
        dismissed: [
          { suggestion: 'embedded-without-secure-boot@plc', reason: 'Boot ROM verifies the image.' },
        ],
      }),
    );
    expect(codes(triaged)).toEqual([]);
    expect(triaged.warnings.filter((warning) => warning.code === 'stale-dismissal')).toEqual([]);
    const stale = checkThreatModel(
      load({ ...model(), dismissed: [{ suggestion: 'embedded-without-secure-boot@plc', reason: 'Old.' }] }),
    );
    expect(
      stale.warnings
        .filter((warning) => warning.code === 'stale-dismissal')
        .map((warning) => warning.subject),
    ).toEqual(['embedded-without-secure-boot@plc']);
    expect(
      triaged.suggestions.map((suggestion) => [
        suggestion.key,
        suggestion.status,
        suggestion.threat ?? suggestion.reason,
      ]),
    ).toEqual([
      ['exposed-debug-interface@jtag', 'accepted', 'T1'],
      ['embedded-without-secure-boot@plc', 'dismissed', 'Boot ROM verifies the image.'],
    ]);
  });

  it('keys suggestions on ids: renaming an element keeps its accepted suggestion', () => {
    const base = model();
    base.elements.push({ id: 'jtag', name: 'JTAG', kind: 'interface', interface: 'jtag', component: 'plc' });
    const accepted = {
      ...base,
      threats: [threat({ targets: ['jtag'], suggestions: ['exposed-debug-interface@jtag'] })],
    };
    const renamed = structuredClone(accepted);
    const jtag = renamed.elements.find((element) => element.id === 'jtag');
    if (jtag) jtag.name = 'Boundary-scan header J7';
    expect(checkThreatModel(load(renamed)).suggestions).toEqual(checkThreatModel(load(accepted)).suggestions);
    expect(checkThreatModel(load(renamed)).passed).toBe(true);
  });

  it('traces requirements to tests: failed and missing results fail, no test fails only when results are given', () => {
    const base = {
      ...model(),
      requirements: [
        { id: 'R-pass', title: 'Passes', status: 'met', tests: ['suite > passes'] },
        { id: 'R-fail', title: 'Fails', status: 'met', tests: ['a.test.ts::fails'] },
        { id: 'R-gone', title: 'Not run', status: 'met', tests: ['never ran'] },
        { id: 'R-none', title: 'No test', status: 'met' },
        { id: 'R-read', title: 'Inspected', status: 'met', verification: 'inspection' },
        { id: 'R-todo', title: 'Later', status: 'planned' },
      ],
    };
    const results = parseJUnit(
      junit(
        '<testcase classname="a.test.ts" name="fails"><failure/></testcase><testcase classname="x" name="suite &gt; passes"/>',
      ),
      'j.xml',
    );
    const checked = checkThreatModel(load(base), { results });
    expect(checked.traceability.map((entry) => [entry.id, entry.result])).toEqual([
      ['R-pass', 'passed'],
      ['R-fail', 'failed'],
      ['R-gone', 'missing'],
      ['R-none', 'no-tests'],
      ['R-read', 'verified-otherwise'],
      ['R-todo', 'not-met'],
    ]);
    expect(codes(checked)).toEqual(['test-failed R-fail', 'test-missing R-gone', 'test-missing R-none']);
    const unchecked = checkThreatModel(load(base));
    expect(codes(unchecked)).toEqual([]);
    expect(unchecked.warnings.map((warning) => warning.code)).toContain('no-tests');
    // A later report wins for the same test.
    const rerun = parseJUnit(junit('<testcase classname="a.test.ts" name="fails"/>'), 'rerun.xml');
    const again = checkThreatModel(load(base), { results: [...results, ...rerun] });
    expect(again.traceability[1]).toMatchObject({
      result: 'passed',
      tests: [{ ref: 'a.test.ts::fails', outcome: 'passed', file: 'rerun.xml' }],
    });
  });

  it('links requirements to threats through mitigations, and mitigations to their tests', () => {
    const check = checkThreatModel(
      load({
        ...model(),
        threats: [threat({ status: 'mitigated', mitigations: ['M1'] })],
        mitigations: [
          { id: 'M1', title: 'M', status: 'implemented', requirements: ['R1'], tests: ['m works'] },
        ],
        requirements: [{ id: 'R1', title: 'R', status: 'met' }],
      }),
      { results: parseJUnit(junit('<testcase name="m works"/>'), 'j.xml'), products: ['plc-3000'] },
    );
    expect(check.warnings.map((warning) => warning.code)).not.toContain('unknown-product');
    expect(
      check.traceability.map((entry) => [entry.kind, entry.id, entry.threats, entry.links, entry.result]),
    ).toEqual([
      ['requirement', 'R1', ['T1'], ['M1'], 'passed'],
      ['mitigation', 'M1', ['T1'], ['R1'], 'passed'],
    ]);
    // What the pack makes of it (SVV-1 complete, SR-5 none): packages/evidence/test/threat-model-collector.test.ts
  });

  it('lists STRIDE per element: every category no threat covers', () => {
    const loaded = load({ ...model(), threats: [threat({ stride: 'spoofing' })] });
    expect(findStrideGaps(loaded.model).map((gap) => gap.stride)).toEqual([
      'tampering',
      'repudiation',
      'information-disclosure',
      'denial-of-service',
      'elevation-of-privilege',
    ]);
  });
});
