import { readFileSync } from 'node:fs';
import { createRenderer, memoryTemplateSource } from '@evident/render';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { createAdvisoryView } from '../src/advisory-view.js';
import { renderAdvisory } from '../src/render-advisory.js';

const templates = new URL('../../../templates/advisory/', import.meta.url);
const renderer = createRenderer({
  source: memoryTemplateSource({
    'advisory/advisory.html': readFileSync(new URL('advisory.html.hbs', templates), 'utf8'),
    'advisory/advisory.md': readFileSync(new URL('advisory.md.hbs', templates), 'utf8'),
  }),
});
const generator = { name: 'Evident', version: '0.0.0-test' };
const fixtures = new URL('../../../test/fixtures/advisory/', import.meta.url);

describe('createAdvisoryView', () => {
  it('resolves product ids to names, expands product groups and orders the statuses', () => {
    const view = createAdvisoryView({
      document: { tracking: { id: 'X', status: 'final', version: '1' }, title: 'T' },
      product_tree: {
        full_product_names: [
          { product_id: 'A', name: 'Product A' },
          { product_id: 'B', name: 'Product B' },
        ],
        product_groups: [{ group_id: 'G', product_ids: ['A', 'B'] }],
      },
      vulnerabilities: [
        {
          product_status: { fixed: ['B'], last_affected: ['A'], recommended: ['B'] },
          remediations: [{ category: 'vendor_fix', details: 'Update.', group_ids: ['G'] }],
          metrics: [
            {
              content: { cvss_v4: { version: '4.0', vectorString: 'CVSS:4.0/…', baseScore: 9.3 } },
              products: ['A'],
            },
          ],
        },
      ],
    });
    const [vulnerability] = view.vulnerabilities;
    expect(
      vulnerability?.statuses.map((status) => [
        status.status,
        status.products.map((product) => product.name),
      ]),
    ).toEqual([
      ['last_affected', ['Product A']],
      ['fixed', ['Product B']],
      ['recommended', ['Product B']],
    ]);
    expect(vulnerability?.remediations[0]?.products).toEqual([
      { id: 'A', name: 'Product A', version: null },
      { id: 'B', name: 'Product B', version: null },
    ]);
    expect(vulnerability?.scores[0]).toMatchObject({
      version: '4.0',
      baseScore: '9.3',
      products: [{ id: 'A', name: 'Product A', version: null }],
    });
    expect(vulnerability?.heading).toBe('Vulnerability 1');
  });
});

describe('renderAdvisory', () => {
  it('writes no markup from the data of the XSS document, in HTML or Markdown', async () => {
    const document = JSON.parse(readFileSync(new URL('xss/xss-2026-001.json', fixtures), 'utf8'));
    const rendered = await renderAdvisory(document, renderer, { generator });
    const html = rendered.get('html') ?? '';
    const markdown = rendered.get('markdown') ?? '';
    expect(html).toContain('&lt;script&gt;window.__xss&#x3D;1');
    expect(html).not.toMatch(/<(script|iframe|svg|img|base)\b/i);
    // The template's own style sheet, and no other.
    expect(html.match(/<style\b/gi)).toHaveLength(1);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
    expect(markdown).not.toMatch(/<(script|iframe|svg|img|style|base|a)\b/i);
    // A link needs an unescaped `]` before its `(`; the data's brackets are escaped (`\]`).
    expect(markdown).not.toMatch(/(?<!\\)\]\(<?\s*(javascript|data|vbscript):/i);
    expect(markdown).toContain('\\[md link\\](javascript:');
  });

  it('gives the same bytes for the same document', async () => {
    const document = JSON.parse(readFileSync(new URL('golden/exa-sa-2026-001.json', fixtures), 'utf8'));
    const first = await renderAdvisory(document, renderer, { generator });
    const second = await renderAdvisory(document, renderer, { generator });
    expect(first).toEqual(second);
  });
});

// biome-ignore lint/suspicious/noExplicitAny: CSAF documents are edited loosely in tests
type Json = Record<string, any>;
const example = (): Json =>
  JSON.parse(readFileSync(new URL('golden/exa-sa-2026-001.json', fixtures), 'utf8')) as Json;
// GitHub-flavoured Markdown keeps inline HTML such as the `<br>` of multi-line table cells.
const markdownIt = new MarkdownIt({ html: true });

/** The text a reader sees of an HTML rendering, roughly: tags dropped, entities decoded. */
function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<body'));
  return body
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(
      /&(amp|lt|gt|quot);/g,
      (_match, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name] ?? '',
    )
    .replace(/\s+/g, ' ');
}

/** The text of every inline token of a Markdown document (one per paragraph, cell, heading). */
function inlineTexts(markdown: string): string[] {
  return markdownIt
    .parse(markdown, {})
    .filter((token) => token.type === 'inline')
    .map((token) =>
      (token.children ?? [])
        .map((child) => (child.type === 'softbreak' || child.type === 'hardbreak' ? '\n' : child.content))
        .join(''),
    );
}

describe('the product tree in renderings', () => {
  it('shows the vendor › product › version path, the range and the model numbers of each product', async () => {
    const view = createAdvisoryView(example());
    const product = view.products.find((entry) => entry.id === 'plc-3000-fw-2-before-2.4.1');
    expect(product?.path.map((step) => step.name)).toEqual([
      'Example Automation AG',
      'PLC-3000 controller firmware',
      'vers:semver/>=2.0.0|<2.4.1',
    ]);
    expect(product?.identifiers).toEqual([
      { label: 'Model number', value: 'PLC-3000-16DI' },
      { label: 'Model number', value: 'PLC-3000-32DIO' },
    ]);
    const rendered = await renderAdvisory(example(), renderer, { generator });
    const text = visibleText(rendered.get('html') ?? '');
    const markdown = inlineTexts(rendered.get('markdown') ?? '').join('\n');
    for (const value of ['vers:semver/>=2.0.0|<2.4.1', 'PLC-3000-16DI', 'PLC-3000-32DIO']) {
      expect(text).toContain(value);
      expect(markdown).toContain(value);
    }
  });

  it('names both sides of a relationship and every kind of identification helper', () => {
    const view = createAdvisoryView({
      product_tree: {
        full_product_names: [
          {
            product_id: 'APP',
            name: 'App 1.0',
            product_identification_helper: {
              cpe: 'cpe:2.3:a:example:app:1.0:*:*:*:*:*:*:*',
              purl: 'pkg:npm/app@1.0.0',
              serial_numbers: ['SN-1'],
              skus: ['SKU-1'],
              hashes: [{ filename: 'app.bin', file_hashes: [{ algorithm: 'sha256', value: 'ab12' }] }],
            },
          },
          { product_id: 'OS', name: 'OS 9' },
        ],
        relationships: [
          {
            category: 'installed_on',
            product_reference: 'APP',
            relates_to_product_reference: 'OS',
            full_product_name: { product_id: 'APP-ON-OS', name: 'App 1.0 on OS 9' },
          },
        ],
      },
    });
    expect(view.products.find((product) => product.id === 'APP')?.identifiers).toEqual([
      { label: 'CPE', value: 'cpe:2.3:a:example:app:1.0:*:*:*:*:*:*:*' },
      { label: 'purl', value: 'pkg:npm/app@1.0.0' },
      { label: 'Serial number', value: 'SN-1' },
      { label: 'SKU', value: 'SKU-1' },
      { label: 'sha256 of app.bin', value: 'ab12' },
    ]);
    expect(view.products.find((product) => product.id === 'APP-ON-OS')?.relationship).toEqual({
      label: 'installed on',
      product: { id: 'APP', name: 'App 1.0', version: null },
      relatesTo: { id: 'OS', name: 'OS 9', version: null },
    });
  });
});

describe('the affected / fixed overview', () => {
  it('lists per product the vulnerabilities that affect it, are fixed in it or do not affect it', async () => {
    const view = createAdvisoryView(example());
    const rows = view.overview.rows.map((row) => [
      row.product.id,
      row.cells.map((cell) =>
        cell.entries.map((entry) => `${entry.heading}${entry.qualifier ? ` (${entry.qualifier})` : ''}`),
      ),
    ]);
    expect(view.overview.columns.map((column) => column.label)).toEqual([
      'Affected by',
      'Fixed',
      'Recommended',
      'Not affected by',
    ]);
    expect(rows).toEqual([
      ['plc-3000-fw-1', [['CVE-2026-41002'], [], [], ['CVE-2026-41001']]],
      ['plc-3000-fw-2-before-2.4.1', [['CVE-2026-41001', 'CVE-2026-41002'], [], [], []]],
      ['plc-3000-fw-2.4.1', [[], ['CVE-2026-41001 (first fixed)', 'CVE-2026-41002'], ['CVE-2026-41001'], []]],
    ]);
    // Near the top: before the first note and the first vulnerability, in both renderings.
    const rendered = await renderAdvisory(example(), renderer, { generator });
    const html = rendered.get('html') ?? '';
    expect(html.indexOf('class="overview"')).toBeGreaterThan(0);
    expect(html.indexOf('class="overview"')).toBeLessThan(html.indexOf('class="note'));
    const markdown = rendered.get('markdown') ?? '';
    expect(markdown.indexOf('## Affected products')).toBeGreaterThan(0);
    expect(markdown.indexOf('## Affected products')).toBeLessThan(markdown.indexOf('## Summary'));
  });
});

describe('the document status', () => {
  it('calls a draft a draft, never "published", and labels the dates as CSAF does', async () => {
    const document = example();
    document.document.tracking.status = 'draft';
    const rendered = await renderAdvisory(document, renderer, { generator });
    for (const text of [
      visibleText(rendered.get('html') ?? ''),
      inlineTexts(rendered.get('markdown') ?? '').join('\n'),
    ]) {
      expect(text).toContain('Draft — not published');
      expect(text.replaceAll('not published', '')).not.toMatch(/published/i);
      expect(text).toMatch(/Initial release date:? 2026-03-10/i);
      expect(text).toMatch(/Current release date:? 2026-03-24/i);
    }
  });

  it('says an interim document may still change', async () => {
    const document = example();
    document.document.tracking.status = 'interim';
    const rendered = await renderAdvisory(document, renderer, { generator });
    for (const text of [
      visibleText(rendered.get('html') ?? ''),
      inlineTexts(rendered.get('markdown') ?? '').join('\n'),
    ]) {
      expect(text).toContain('Interim — may change');
      expect(text).not.toMatch(/published/i);
    }
  });
});

describe('base scores', () => {
  it('prints every base score with one decimal: 10.0, not 10', async () => {
    const document = example();
    document.vulnerabilities[0].scores[0].cvss_v3.baseScore = 10;
    document.vulnerabilities[1].scores[0].cvss_v3.baseScore = 7;
    const view = createAdvisoryView(document);
    expect(view.vulnerabilities.map((vulnerability) => vulnerability.scores[0]?.baseScore)).toEqual([
      '10.0',
      '7.0',
    ]);
    const rendered = await renderAdvisory(document, renderer, { generator });
    for (const text of [
      visibleText(rendered.get('html') ?? ''),
      inlineTexts(rendered.get('markdown') ?? '').join('\n'),
    ]) {
      expect(text).toContain('10.0 CRITICAL');
      expect(text).toContain('7.0 HIGH');
    }
  });
});

describe('Markdown rendering as CommonMark', () => {
  const awkwardUrls = [
    'https://example.com/kb/a_(b)_c',
    'https://example.com/path with spaces/x)y(z',
    'https://example.com/q?<tag>&x=_1_',
    'https://example.com/trailing_)',
  ];
  const details =
    'Before you update:\n\n1. Back up the PLC program.\n2. Update the firmware.\n- Keep the key switch in RUN.';
  const summary = 'Update notes\nfor plants that run *two* lines';

  function awkwardDocument(): Json {
    const document = example();
    document.document.references.push(
      ...awkwardUrls.map((url, index) => ({ category: 'external', summary: `Reference ${index}`, url })),
    );
    const [first] = document.vulnerabilities;
    first.references = awkwardUrls.map((url, index) => ({
      summary: `Vulnerability reference ${index}`,
      url,
    }));
    first.remediations[0].details = details;
    first.remediations[0].url = awkwardUrls[0];
    first.remediations[1].url = awkwardUrls[1];
    first.threats[0].details = details;
    document.document.tracking.revision_history[0].summary = summary;
    return document;
  }

  /** Every href of a link, in document order. */
  function hrefs(markdown: string): string[] {
    return markdownIt
      .parse(markdown, {})
      .flatMap((token) => token.children ?? [])
      .filter((token) => token.type === 'link_open')
      .map((token) => token.attrGet('href') ?? '');
  }

  /** The inline texts inside each list item and each table cell. */
  function containers(markdown: string): string[] {
    const tokens = markdownIt.parse(markdown, {});
    const found: string[] = [];
    tokens.forEach((token, start) => {
      if (token.type !== 'list_item_open' && token.type !== 'td_open') return;
      const close = token.type === 'list_item_open' ? 'list_item_close' : 'td_close';
      let depth = 0;
      const parts: string[] = [];
      for (const inner of tokens.slice(start + 1)) {
        if (inner.type === token.type) depth++;
        if (inner.type === close && depth-- === 0) break;
        if (inner.type === 'inline')
          parts.push(
            (inner.children ?? [])
              .map((child) =>
                child.type === 'softbreak' || (child.type === 'html_inline' && child.content === '<br>')
                  ? '\n'
                  : child.content,
              )
              .join(''),
          );
      }
      found.push(parts.join('\n'));
    });
    return found;
  }

  it('makes every reference and remediation URL a link with exactly that URL', async () => {
    const markdown = (await renderAdvisory(awkwardDocument(), renderer, { generator })).get('markdown') ?? '';
    const links = hrefs(markdown);
    for (const url of awkwardUrls) {
      // markdown-it percent-encodes what a URL may not hold raw (spaces, <, >); the URL is the same.
      const expected = markdownIt.normalizeLink(url);
      // Document references, vulnerability references, one remediation each.
      expect({ url, count: links.filter((href) => href === expected).length }).toEqual({
        url,
        count: url === awkwardUrls[0] || url === awkwardUrls[1] ? 3 : 2,
      });
    }
  });

  it('keeps multi-line remediations and threats inside their list item, and summaries inside their cell', async () => {
    const markdown = (await renderAdvisory(awkwardDocument(), renderer, { generator })).get('markdown') ?? '';
    const texts = containers(markdown);
    const lines = details.split('\n').filter((line) => line !== '');
    const items = texts.filter((text) => lines.every((line) => text.includes(line)));
    // The remediation and the threat.
    expect(items.length).toBe(2);
    expect(texts).toContain(summary);
    // No list, heading or emphasis was made from the text itself.
    const tokens = markdownIt.parse(markdown, {});
    expect(tokens.filter((token) => token.type === 'ordered_list_open')).toEqual([]);
    expect(
      tokens.flatMap((token) => token.children ?? []).filter((token) => token.type === 'em_open'),
    ).toEqual([]);
  });
});
