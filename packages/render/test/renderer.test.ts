import { InputError, InternalError } from '@evident/core';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import {
  createRenderer,
  layeredTemplateSource,
  memoryTemplateSource,
  type RendererOptions,
  type TemplateSource,
} from '../src/index.js';

function renderOne(
  templates: Record<string, string>,
  name: string,
  data: unknown,
  options: Omit<RendererOptions, 'source'> = {},
): Promise<string> {
  return createRenderer({ source: memoryTemplateSource(templates), ...options }).render(name, data);
}

/** The InputError a promise rejects with (fails the test when it resolves or throws something else). */
async function inputErrorOf(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

// GitHub renders Markdown with GFM and passes (sanitized) raw HTML through; markdown-it with
// html enabled is the strict stand-in: anything our escaping lets through shows up as a tag.
const markdown = new MarkdownIt({ html: true, linkify: false });

describe('HTML output', () => {
  it('escapes markup, quotes, "=" and backticks in text and attribute values', async () => {
    const html = await renderOne({ 'page.html': '<p title="{{title}}">{{body}}</p>' }, 'page.html', {
      title: '" onmouseover="alert(1)',
      body: "<script>alert('x')</script>`",
    });
    expect(html).toBe(
      '<p title="&quot; onmouseover&#x3D;&quot;alert(1)">&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&#x60;</p>',
    );
  });

  it('keeps a javascript: URL from a link target through the url helper', async () => {
    const html = await renderOne({ 'a.html': '<a href="{{url href}}">{{href}}</a>' }, 'a.html', {
      href: 'javascript:alert(document.cookie)',
    });
    expect(html).toBe(
      '<a href="unsafe:javascript:alert(document.cookie)">javascript:alert(document.cookie)</a>',
    );
  });

  it('applies to .htm and .svg templates too', async () => {
    const svg = await renderOne({ 'd.svg': '<text>{{t}}</text>' }, 'd.svg', { t: '<g onload="x">' });
    expect(svg).toBe('<text>&lt;g onload&#x3D;&quot;x&quot;&gt;</text>');
  });

  it('escapes md/mdCell output again, so Markdown helpers cannot inject HTML', async () => {
    const html = await renderOne({ 'p.html': '{{md x}}' }, 'p.html', { x: '<b>' });
    expect(html).toBe('&amp;lt;b&amp;gt;');
  });
});

describe('unescaped output', () => {
  it.each([
    ['triple-stash in HTML', 'r.html', '<p>\n{{{raw}}}</p>'],
    ['ampersand form in HTML', 'r.html', '<p>\n{{& raw}}</p>'],
    ['triple-stash in Markdown', 'r.md', 'x\n{{{raw}}}'],
  ])('refuses %s at compile time, with the position', async (_label, name, text) => {
    const error = await inputErrorOf(renderOne({ [name]: text }, name, { raw: '' }));
    expect(error.message).toContain(`template "${name}"`);
    expect(error.message).toContain('unescaped output');
    expect(error.location).toEqual({ file: `memory:${name}`, line: 2, column: 1 });
  });

  it('allows it in a template on the allow-list', async () => {
    const html = await renderOne(
      { 'r.html': '{{{raw}}}' },
      'r.html',
      { raw: '<b>ok</b>' },
      {
        allowUnescaped: ['r.html'],
      },
    );
    expect(html).toBe('<b>ok</b>');
  });

  it('refuses it in a partial that is not on the allow-list even if the root is', async () => {
    const templates = { 'r.html': '{{> part.html}}', 'part.html': '{{{raw}}}' };
    const error = await inputErrorOf(
      renderOne(templates, 'r.html', { raw: '' }, { allowUnescaped: ['r.html'] }),
    );
    expect(error.message).toContain('template "part.html"');
  });

  it('is plain output in text templates, which are never escaped', async () => {
    const text = await renderOne({ 'r.txt': '{{{raw}}} {{raw}}' }, 'r.txt', { raw: '<b>&' });
    expect(text).toBe('<b>& <b>&');
  });
});

describe('Markdown output', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '*em* __strong__ `code` ~~gone~~',
    '[link](javascript:alert(1)) ![img](http://x/y.png)',
  ].join(' ');

  it('keeps HTML and Markdown syntax in data inert', async () => {
    const md = await renderOne({ 'r.md': '# Report\n\n{{text}}\n' }, 'r.md', { text: hostile });
    const html = markdown.render(md);
    expect(html).not.toMatch(/<(script|img|em|strong|code|s|a)\b/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('*em* __strong__ `code` ~~gone~~');
  });

  it('keeps data from starting headings, lists, quotes or thematic breaks', async () => {
    const md = await renderOne({ 'r.md': '{{a}}\n\n{{b}}\n\n{{c}}\n\n{{d}}\n\n{{e}}\n' }, 'r.md', {
      a: '# not a heading',
      b: '1. not a list',
      c: '- not a list',
      d: '> not a quote',
      e: '---',
    });
    const html = markdown.render(md);
    expect(html).not.toMatch(/<(h1|ol|ul|blockquote|hr)\b/);
    expect(html).toContain('<p>1. not a list</p>');
  });

  it('keeps table cells intact with mdCell (pipes escaped, newlines as <br>)', async () => {
    const template =
      '| id | title |\n| --- | --- |\n{{#each rows}}| {{mdCell id}} | {{mdCell title}} |\n{{/each}}';
    const md = await renderOne({ 't.md': template }, 't.md', {
      rows: [
        { id: 'A|1', title: 'first line\nsecond | line <script>x</script>' },
        { id: 'B', title: 'plain' },
      ],
    });
    const html = markdown.render(md);
    const rows = html.split('<tr>').slice(2);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.match(/<td>/g)).toHaveLength(2);
    expect(html).toContain('<td>A|1</td>');
    expect(html).toContain('<td>first line<br>second | line &lt;script&gt;x&lt;/script&gt;</td>');
  });

  it('escapes the output of helpers, and numbers stay readable', async () => {
    const md = await renderOne({ 'r.md': '{{upper x}} {{n}} {{join list}}' }, 'r.md', {
      x: '<b>',
      n: 3,
      list: ['a_b', 'c'],
    });
    expect(md).toBe('&lt;B&gt; 3 a\\_b, c');
  });

  it('escapes inside blocks, inline partials and partial blocks too', async () => {
    const templates = {
      'r.md':
        '{{#*inline "it"}}({{this}}){{/inline}}{{#each xs}}{{this}}{{> it}}{{/each}}{{#> wrap}}{{y}}{{/wrap}}',
      wrap: '[{{> @partial-block}}]',
    };
    expect(await renderOne(templates, 'r.md', { xs: ['*'], y: '_' })).toBe('\\*(\\*)[\\_]');
  });

  it('escapes in partials included by a Markdown template, whatever their own name', async () => {
    const templates = { 'r.md': '{{> shared/line}}', 'shared/line': '{{x}}' };
    expect(await renderOne(templates, 'r.md', { x: '*x*' })).toBe('\\*x\\*');
  });
});

describe('prototype access', () => {
  it.each([
    ['{{constructor.name}}', 'constructor'],
    ['{{__proto__}}', '__proto__'],
    ['{{#each items}}{{this.constructor}}{{/each}}', 'constructor'],
    ['{{@root.__proto__.polluted}}', '__proto__'],
  ])('refuses %s at compile time', async (text, segment) => {
    const error = await inputErrorOf(renderOne({ 'p.txt': text }, 'p.txt', { items: [] }));
    expect(error.message).toContain(`reaches "${segment}"`);
  });

  it('returns nothing for prototype members looked up at run time', async () => {
    const text = await renderOne(
      {
        'p.txt':
          '[{{lookup this "constructor"}}][{{lookup this "__proto__"}}][{{lookup list "constructor"}}]',
      },
      'p.txt',
      { list: [] },
    );
    expect(text).toBe('[][][]');
  });

  it('treats "__proto__" and "constructor" keys in data as data, never as prototypes', async () => {
    const data = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": "c", "name": "n"}');
    const text = await renderOne({ 'p.json': '{{name}} {{json this}}' }, 'p.json', data);
    expect(text).toBe(
      'n {\n  "__proto__": {\n    "polluted": "yes"\n  },\n  "constructor": "c",\n  "name": "n"\n}',
    );
    const error = await inputErrorOf(renderOne({ 'p.txt': '{{polluted}}' }, 'p.txt', data));
    expect(error.message).toContain('"polluted"');
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
  });
});

describe('strict mode', () => {
  it('names the template and the position of a field the data lacks', async () => {
    const error = await inputErrorOf(
      renderOne({ 'r.md': 'Title\n  {{advisory.title}}' }, 'r.md', { advisory: {} }),
    );
    expect(error.message).toBe('template "r.md": the data has no field "title" (strict mode)');
    // The position of the path inside the mustache, 1-based.
    expect(error.location).toEqual({ file: 'memory:r.md', line: 2, column: 5 });
  });

  it('names the partial the missing field is used in', async () => {
    const templates = { 'r.html': '<p>{{> parts/footer.html}}</p>', 'parts/footer.html': '\n{{missing}}' };
    const error = await inputErrorOf(renderOne(templates, 'r.html', {}));
    expect(error.message).toContain('template "parts/footer.html"');
    expect(error.location).toEqual({ file: 'memory:parts/footer.html', line: 2, column: 3 });
  });

  it('names the template when an object above the field is missing', async () => {
    const error = await inputErrorOf(renderOne({ 'r.md': '{{#each pack.products}}x{{/each}}' }, 'r.md', {}));
    expect(error.message).toBe('template "r.md": cannot read "products" of a missing value (strict mode)');
    expect(error.location).toEqual({ file: 'memory:r.md' });
  });

  it('still lets {{#if}} test an optional field', async () => {
    const text = await renderOne({ 'r.txt': '{{#if note}}{{note}}{{else}}none{{/if}}' }, 'r.txt', {});
    expect(text).toBe('none');
  });

  it('reports a syntax error with its line', async () => {
    const error = await inputErrorOf(renderOne({ 'r.txt': 'a\n{{#if x}}\nb' }, 'r.txt', {}));
    expect(error.message).toContain('template "r.txt": Parse error');
    expect(error.location).toEqual({ file: 'memory:r.txt', line: 3 });
  });

  it('refuses a bare {{name}} that would call a helper instead of reading the field', async () => {
    // Handlebars prefers a helper over a field of the same name: {{date}} called `date` with
    // nothing and rendered "", so review dates vanished from the threat-model report.
    const error = await inputErrorOf(
      renderOne({ 'r.md': '| x |\n| {{date}} |' }, 'r.md', { date: '2026-09-30' }),
    );
    expect(error.message).toBe(
      'template "r.md": "{{date}}" calls the helper "date" with no value, not the field "date"',
    );
    expect(error.fix).toBe('write {{this.date}} for the field, or {{date value}} for the helper');
    expect(error.location).toEqual({ file: 'memory:r.md', line: 2, column: 3 });
  });

  it('reads the field when the template says this.date or passes it to the helper', async () => {
    const templates = { 'r.txt': '{{this.date}} {{date date}} {{#each rows}}{{./date}}{{/each}}' };
    const text = await renderOne(templates, 'r.txt', { date: '2026-09-30', rows: [{ date: '2026-10-05' }] });
    expect(text).toBe('2026-09-30 2026-09-30 2026-10-05');
  });

  it('wraps a helper refusing its input with the template name', async () => {
    const error = await inputErrorOf(renderOne({ 'r.txt': '{{date when}}' }, 'r.txt', { when: 'yesterday' }));
    expect(error.message).toContain('template "r.txt": date: "yesterday" is not an ISO 8601 date');
    expect(error.fix).toContain('YYYY-MM-DD');
  });
});

describe('template lookup', () => {
  const overrides = memoryTemplateSource({ 'pack/summary.md': 'override' }, 'overrides');
  const builtIn = memoryTemplateSource(
    { 'pack/summary.md': 'built-in', 'pack/other.md': 'other' },
    'built-in',
  );

  it('prefers the first source that has the template', async () => {
    const renderer = createRenderer({ source: layeredTemplateSource(overrides, builtIn) });
    expect(await renderer.render('pack/summary.md', {})).toBe('override');
    expect(await renderer.render('pack/other.md', {})).toBe('other');
  });

  it('lists every place it looked when a template is missing', async () => {
    const renderer = createRenderer({ source: layeredTemplateSource(overrides, builtIn) });
    const error = await inputErrorOf(renderer.render('pack/missing.md', {}));
    expect(error.message).toBe(
      'template "pack/missing.md" not found (looked in: overrides:pack/missing.md, built-in:pack/missing.md)',
    );
  });

  it.each(['../secret', '/etc/passwd', 'a//b', 'a/./b', '', 'a b', 'x/__proto__'])(
    'refuses the template name %j',
    async (name) => {
      const error = await inputErrorOf(renderOne({}, name, {}));
      expect(error.message).toContain('invalid template name');
    },
  );

  it('loads each template once per renderer and does not remember a failure', async () => {
    const texts = new Map<string, string>([['r.txt', '{{> p}}{{> p}}']]);
    const loads: string[] = [];
    const source: TemplateSource = {
      load: async (name) => {
        loads.push(name);
        const text = texts.get(name);
        return text === undefined ? undefined : { text, origin: name };
      },
      locations: (name) => [name],
    };
    const renderer = createRenderer({ source });
    await inputErrorOf(renderer.render('r.txt', {}));
    texts.set('p', 'P');
    expect(await renderer.render('r.txt', {})).toBe('PP');
    expect(await renderer.render('r.txt', {})).toBe('PP');
    // r.txt itself compiled the first time and stays cached; only the missing partial is retried.
    expect(loads).toEqual(['r.txt', 'p', 'p']);
  });
});

describe('partials', () => {
  it('resolves nested partials by name, as a path or a string', async () => {
    const templates = {
      'r.md': '{{> parts/head.md}}|{{> "parts/tail.md" who="you"}}',
      'parts/head.md': 'head {{> parts/inner}}',
      'parts/inner': 'inner {{x}}',
      'parts/tail.md': 'bye {{who}}',
    };
    expect(await renderOne(templates, 'r.md', { x: 1 })).toBe('head inner 1|bye you');
  });

  it('supports inline partials and partial blocks', async () => {
    const templates = {
      'r.html':
        '{{#*inline "item"}}<li>{{this}}</li>{{/inline}}{{#> layout.html}}{{#each xs}}{{> item}}{{/each}}{{/layout.html}}',
      'layout.html': '<ul>{{> @partial-block}}</ul>',
    };
    expect(await renderOne(templates, 'r.html', { xs: ['<a>', 'b'] })).toBe(
      '<ul><li>&lt;a&gt;</li><li>b</li></ul>',
    );
  });

  it('refuses a cycle and names it', async () => {
    const templates = { 'a.md': '{{> b.md}}', 'b.md': '{{> c.md}}', 'c.md': '{{> a.md}}' };
    const error = await inputErrorOf(renderOne(templates, 'a.md', {}));
    expect(error.message).toBe('template "c.md": partial cycle a.md → b.md → c.md → a.md');
  });

  it('refuses a template that includes itself', async () => {
    const error = await inputErrorOf(renderOne({ 'a.md': '{{#if x}}{{> a.md}}{{/if}}' }, 'a.md', {}));
    expect(error.message).toContain('partial cycle a.md → a.md');
  });

  it('refuses dynamic partial names', async () => {
    const error = await inputErrorOf(renderOne({ 'a.md': '{{> (lookup this "p")}}' }, 'a.md', { p: 'x' }));
    expect(error.message).toContain('dynamic partial names are not supported');
  });

  it('refuses decorators other than inline partials', async () => {
    const error = await inputErrorOf(renderOne({ 'a.md': '{{* evidentMarkdownOutput}}' }, 'a.md', {}));
    expect(error.message).toContain('decorator "evidentMarkdownOutput" is not supported');
  });

  it('compiles a shared partial separately for each output format', async () => {
    const renderer = createRenderer({
      source: memoryTemplateSource({ 'r.md': '{{> shared}}', 'r.html': '{{> shared}}', shared: '{{x}}' }),
    });
    const data = { x: '<*>' };
    expect(await renderer.render('r.md', data)).toBe('&lt;\\*&gt;');
    expect(await renderer.render('r.html', data)).toBe('&lt;*&gt;');
  });
});

describe('determinism and isolation', () => {
  it('renders the same bytes for the same input, whatever the key order', async () => {
    const templates = { 'r.json': '{{json this}}' };
    const first = await renderOne(templates, 'r.json', { b: 1, a: { d: [2, 1], c: null } });
    const second = await renderOne(templates, 'r.json', { a: { c: null, d: [2, 1] }, b: 1 });
    expect(first).toBe(second);
    expect(first).toBe(
      '{\n  "a": {\n    "c": null,\n    "d": [\n      2,\n      1\n    ]\n  },\n  "b": 1\n}',
    );
  });

  it('keeps helpers of one renderer out of another', async () => {
    const source = memoryTemplateSource({ 'r.txt': '{{shout "hi"}}' });
    const withHelper = createRenderer({ source, helpers: { shout: (s: string) => `${s}!` } });
    expect(await withHelper.render('r.txt', {})).toBe('hi!');
    const error = await inputErrorOf(createRenderer({ source }).render('r.txt', {}));
    expect(error.message).toContain('shout');
  });

  it('refuses a caller helper that shadows a built-in one', () => {
    const source = memoryTemplateSource({});
    expect(() => createRenderer({ source, helpers: { md: () => '' } })).toThrow(InternalError);
    expect(() => createRenderer({ source, helpers: { each: () => '' } })).toThrow(InternalError);
  });
});
