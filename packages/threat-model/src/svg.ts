/**
 * Renders DOT to SVG offline with Graphviz compiled to WebAssembly (@hpcc-js/wasm-graphviz):
 * no binary to install, no network. Loaded only when a report is written.
 */
export async function renderSvg(dot: string): Promise<string> {
  const { Graphviz } = await import('@hpcc-js/wasm-graphviz');
  const graphviz = await Graphviz.load();
  return graphviz.dot(dot, 'svg');
}
