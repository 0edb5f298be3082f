import { describe, expect, it } from 'vitest';
import { renderSvg, toDot, toMermaid } from '../src/index.js';
import { baseModel, load } from './support.js';

function hostileModel() {
  const model = baseModel();
  model.zones.push({ id: 'cloud', name: 'Cloud"] --> x[evil' });
  model.elements.push({
    id: 'svc.api',
    name: 'API ```\n<script>alert(1)</script> "quoted" \\ back',
    kind: 'external-entity',
    zone: 'cloud',
  });
  model.flows.push({
    id: 'f1',
    from: 'svc.api',
    to: 'runtime',
    protocol: 'https|x',
    data: { confidentiality: 'public', integrity: 'low' },
  });
  return load(model);
}

describe('data-flow diagrams', () => {
  it('draws zones as subgraphs and boundary-crossing flows dashed, with names as inert text', () => {
    const mermaid = toMermaid(hostileModel());
    expect(mermaid).toContain('subgraph n_cloud["Cloud\'  --  x evil"]');
    expect(mermaid).toContain("n_svc_2e_api[\"API '''  script alert(1) /script  'quoted' \\ back\"]");
    expect(mermaid).toContain('n_svc_2e_api -.->|"https x"| n_runtime');
    expect(mermaid).toContain('linkStyle 0 stroke:#c0392b');
    expect(mermaid).not.toMatch(/```|<script/);
  });

  it('quotes every DOT string so names cannot end a statement', () => {
    const dot = toDot(hostileModel());
    expect(dot).toContain(
      '"svc.api" [label="API ``` <script>alert(1)</script> \\"quoted\\" \\\\ back", shape=box];',
    );
    expect(dot).toContain('"svc.api" -> "runtime" [label="https|x", color="#c0392b", style=dashed];');
  });

  it('renders SVG offline, with names as escaped text', async () => {
    const svg = await renderSvg(toDot(hostileModel()));
    expect(svg).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*<\/svg>\n?$/);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).not.toContain('<script');
  });
});
