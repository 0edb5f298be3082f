import { readFileSync } from 'node:fs';
import { createRenderer, memoryTemplateSource } from '@evident/render';
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
      { id: 'A', name: 'Product A' },
      { id: 'B', name: 'Product B' },
    ]);
    expect(vulnerability?.scores[0]).toMatchObject({
      version: '4.0',
      baseScore: 9.3,
      products: [{ id: 'A', name: 'Product A' }],
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
