/**
 * Data-flow diagrams of a model: Mermaid (GitHub renders it in Markdown) and Graphviz DOT
 * (rendered to SVG offline). Zones are the clusters; flows that cross a trust boundary are
 * drawn red and dashed. Labels are text: every character that could close a label, a code
 * fence or a statement is replaced.
 */
import type { LoadedModel } from './load.js';
import type { Element } from './schema.js';

const shapes: Readonly<Record<Element['kind'], [open: string, close: string]>> = {
  process: ['((', '))'],
  'data-store': ['[(', ')]'],
  'external-entity': ['[', ']'],
  interface: ['{{', '}}'],
};

/** Mermaid ids must be plain words; model ids may hold dots and hyphens. */
function mermaidId(id: string): string {
  return `n_${id.replace(/[^A-Za-z0-9_]/g, (char) => `_${char.charCodeAt(0).toString(16)}_`)}`;
}

function mermaidText(text: string): string {
  return text
    .replace(/["`]/g, "'")
    .replace(/[\r\n]+/g, ' ')
    .replace(/[<>{}[\]|#;]/g, ' ')
    .trim();
}

/** The model's data-flow diagram as a Mermaid flowchart. */
export function toMermaid(loaded: LoadedModel): string {
  const { model, zoneOf } = loaded;
  const lines = ['flowchart LR'];
  for (const zone of model.zones) {
    const members = model.elements.filter((element) => zoneOf.get(element.id) === zone.id);
    if (members.length === 0) continue;
    lines.push(`  subgraph ${mermaidId(zone.id)}["${mermaidText(zone.name)}${levelsLabel(zone.slT)}"]`);
    for (const element of members) {
      const [open, close] = shapes[element.kind];
      lines.push(`    ${mermaidId(element.id)}${open}"${mermaidText(element.name)}"${close}`);
    }
    lines.push('  end');
  }
  const crossing: number[] = [];
  for (const [index, flow] of (model.flows ?? []).entries()) {
    const label = mermaidText(`${flow.protocol}${flow.name ? `: ${flow.name}` : ''}`);
    const crosses = zoneOf.get(flow.from) !== zoneOf.get(flow.to);
    if (crosses) crossing.push(index);
    lines.push(`  ${mermaidId(flow.from)} ${crosses ? '-.->' : '-->'}|"${label}"| ${mermaidId(flow.to)}`);
  }
  if (crossing.length > 0) lines.push(`  linkStyle ${crossing.join(',')} stroke:#c0392b`);
  return `${lines.join('\n')}\n`;
}

function levelsLabel(levels: Partial<Record<string, number>> | undefined): string {
  if (!levels) return '';
  const values = Object.entries(levels).map(([fr, level]) => `${fr}=${level}`);
  return values.length > 0 ? ` SL-T ${values.join(' ')}` : '';
}

function dotString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

const dotShapes: Readonly<Record<Element['kind'], string>> = {
  process: 'ellipse',
  'data-store': 'cylinder',
  'external-entity': 'box',
  interface: 'hexagon',
};

/** The model's data-flow diagram in Graphviz DOT. */
export function toDot(loaded: LoadedModel): string {
  const { model, zoneOf } = loaded;
  const lines = [
    'digraph threat_model {',
    '  graph [rankdir=LR, fontname="Helvetica", fontsize=11];',
    '  node [fontname="Helvetica", fontsize=10];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  for (const [index, zone] of model.zones.entries()) {
    const members = model.elements.filter((element) => zoneOf.get(element.id) === zone.id);
    if (members.length === 0) continue;
    lines.push(`  subgraph cluster_${index} {`);
    lines.push(
      `    label=${dotString(`${zone.name}${levelsLabel(zone.slT)}`)}; style=dashed; color="#7f8c8d";`,
    );
    for (const element of members) {
      lines.push(
        `    ${dotString(element.id)} [label=${dotString(element.name)}, shape=${dotShapes[element.kind]}];`,
      );
    }
    lines.push('  }');
  }
  for (const flow of model.flows ?? []) {
    const crosses = zoneOf.get(flow.from) !== zoneOf.get(flow.to);
    const style = crosses ? ', color="#c0392b", style=dashed' : '';
    lines.push(
      `  ${dotString(flow.from)} -> ${dotString(flow.to)} [label=${dotString(flow.protocol)}${style}];`,
    );
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
