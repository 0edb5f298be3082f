import { InputError } from '@evident/core';
import { describe, expect, it } from 'vitest';
import { createRenderer, formatIsoDate, memoryTemplateSource, safeUrl, slugify } from '../src/index.js';

/** Renders one text template (no escaping), so helper output is seen as is. */
function renderText(text: string, data: unknown = {}): Promise<string> {
  return createRenderer({ source: memoryTemplateSource({ 't.txt': text }) }).render('t.txt', data);
}

describe('comparison and logic helpers', () => {
  it.each([
    ['{{eq a 1}} {{eq a "1"}}', { a: 1 }, 'true false'],
    ['{{ne a 1}} {{ne a 2}}', { a: 1 }, 'false true'],
    ['{{and a b}} {{and a c}} {{and a list}}', { a: 1, b: 'x', c: 0, list: [] }, 'true false false'],
    ['{{or c list}} {{or c b}}', { b: 'x', c: 0, list: [] }, 'false true'],
    ['{{not list}} {{not b}}', { b: 'x', list: [] }, 'true false'],
    ['{{#if (and (eq status "fixed") (not open))}}done{{/if}}', { status: 'fixed', open: false }, 'done'],
  ])('%s', async (template, data, expected) => {
    expect(await renderText(template, data)).toBe(expected);
  });
});

describe('json', () => {
  it('writes canonical JSON: sorted keys, two-space indent', async () => {
    expect(await renderText('{{json value}}', { value: { z: [{ b: 1, a: 2 }], a: 'x', u: undefined } })).toBe(
      '{\n  "a": "x",\n  "z": [\n    {\n      "a": 2,\n      "b": 1\n    }\n  ]\n}',
    );
  });

  it('writes null for nothing and ISO strings for dates', async () => {
    expect(await renderText('{{json missing}} {{json when}}', { when: new Date(Date.UTC(2024, 0, 2)) })).toBe(
      'null "2024-01-02T00:00:00.000Z"',
    );
  });
});

describe('join and count', () => {
  it('joins with ", " or the given separator, and nothing for a missing list', async () => {
    expect(await renderText('{{join xs}}|{{join xs " / "}}|{{join missing}}', { xs: ['a', 1, true] })).toBe(
      'a, 1, true|a / 1 / true|',
    );
  });

  it('refuses to join something that is not a list', async () => {
    await expect(renderText('{{join x}}', { x: 'abc' })).rejects.toThrow('join: expected a list, got string');
  });

  it('counts list items and object keys', async () => {
    expect(
      await renderText('{{count xs}} {{count o}} {{count missing}}', { xs: [1, 2, 3], o: { a: 1, b: 2 } }),
    ).toBe('3 2 0');
  });

  it('refuses to count a number', async () => {
    await expect(renderText('{{count n}}', { n: 4 })).rejects.toThrow(InputError);
  });
});

describe('date', () => {
  it.each([
    [new Date(Date.UTC(2024, 4, 1, 23, 59)), '2024-05-01'],
    ['2024-05-01', '2024-05-01'],
    ['2024-05-01T23:30:00Z', '2024-05-01'],
    ['2024-05-01T23:30:00-05:00', '2024-05-02'],
    ['2024-05-01T01:00:00.123+02:00', '2024-04-30'],
    [undefined, ''],
  ])('formats %j as %j in UTC', (value, expected) => {
    expect(formatIsoDate(value)).toBe(expected);
  });

  it.each([
    'yesterday',
    'May 1, 2024',
    '2024-05-01T10:00:00', // no zone: would depend on the machine's time zone
    '2024-02-30',
    1714521600000,
  ])('refuses %j', (value) => {
    expect(() => formatIsoDate(value)).toThrow(InputError);
  });

  it('refuses an invalid Date', () => {
    expect(() => formatIsoDate(new Date(Number.NaN))).toThrow(InputError);
  });

  it('works in a template', async () => {
    expect(await renderText('{{date released}}', { released: '2025-12-31T23:00:00-02:00' })).toBe(
      '2026-01-01',
    );
  });
});

describe('text helpers', () => {
  it('upper, lower and default', async () => {
    const data = { s: 'Straße', empty: '', zero: 0 };
    expect(await renderText('{{upper s}} {{lower "ÀB"}} {{upper missing}}', data)).toBe('STRASSE àb ');
    expect(
      await renderText('{{default empty "n/a"}} {{default missing "n/a"}} {{default zero "n/a"}}', data),
    ).toBe('n/a n/a 0');
  });

  it.each([
    ['{{pluralize 0 "finding"}}', 'findings'],
    ['{{pluralize 1 "finding"}}', 'finding'],
    ['{{pluralize 2 "vulnerability" "vulnerabilities"}}', 'vulnerabilities'],
    ['{{pluralize xs "item"}}', 'item'],
    ['{{pluralize ys "item"}}', 'items'],
  ])('%s', async (template, expected) => {
    expect(await renderText(template, { xs: ['a'], ys: [] })).toBe(expected);
  });

  it.each([
    ['SM-1: Development process', 'sm-1-development-process'],
    ['  Über  Größe? (v2.0) ', 'über--größe-v20'],
    ['snake_case & more!', 'snake_case--more'],
  ])('slug %j → %j', (value, expected) => {
    expect(slugify(value)).toBe(expected);
  });

  it('md and mdCell return escaped Markdown', async () => {
    expect(await renderText('{{md x}}|{{mdCell x}}', { x: 'a|*b*\nc' })).toBe(
      'a\\|\\*b\\*\nc|a\\|\\*b\\*<br>c',
    );
  });

  it('mdItem indents continuation lines so a list item keeps them, blank lines included', async () => {
    expect(await renderText('- {{mdItem x}}', { x: 'Steps:\r\n\n1. back up\r- update' })).toBe(
      '- Steps:\n\n  1\\. back up\n  \\- update',
    );
  });

  it('mdLine keeps text on one line; mdUrl percent-encodes line breaks and refuses unsafe schemes', async () => {
    expect(await renderText('{{mdLine x}}', { x: 'a\n\n# b' })).toBe('a  # b');
    expect(
      await renderText('{{mdUrl x}}|{{mdUrl y}}', { x: 'https://e.com/a_(b)\n<c>', y: 'javascript:x' }),
    ).toBe('https://e.com/a\\_(b)%0A&lt;c&gt;|unsafe:javascript:x');
  });
});

describe('url', () => {
  it.each([
    ['https://example.com/a?b=c', 'https://example.com/a?b=c'],
    ['mailto:psirt@example.com', 'mailto:psirt@example.com'],
    ['advisories/EVD-2024-0001.html', 'advisories/EVD-2024-0001.html'],
    ['javascript:alert(1)', 'unsafe:javascript:alert(1)'],
    [' JavaScript:alert(1)', 'unsafe: JavaScript:alert(1)'],
    ['java\tscript:alert(1)', 'unsafe:java\tscript:alert(1)'],
    ['data:text/html,<script>', 'unsafe:data:text/html,<script>'],
  ])('%j → %j', (value, expected) => {
    expect(safeUrl(value)).toBe(expected);
  });
});

describe('caller helpers', () => {
  it('receive positional arguments without the Handlebars options object', async () => {
    const seen: unknown[][] = [];
    const renderer = createRenderer({
      source: memoryTemplateSource({ 't.txt': '{{tag a "b"}}' }),
      helpers: {
        tag: (...args: unknown[]) => {
          seen.push(args);
          return args.join('+');
        },
      },
    });
    expect(await renderer.render('t.txt', { a: 1 })).toBe('1+b');
    expect(seen).toEqual([[1, 'b']]);
  });
});
