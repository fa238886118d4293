/** Colour nodes by type, or by Louvain community over the drawn graph (graphology-communities-louvain). */
import type { Core } from 'cytoscape';
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { COMMUNITY_COLOURS } from '../../export/palette.ts';

// The package is CommonJS (module.exports = louvain); its types declare a default export. Take whichever is there.
const louvain = ('default' in louvainModule ? louvainModule.default : louvainModule) as typeof louvainModule.default;

export type ColourMode = 'type' | 'community';

/** Community index per drawn node (visible elements only); edges weighted by evidence. */
export function communities(cy: Core): Map<string, number> {
  const graph = new UndirectedGraph();
  cy.nodes(':visible').forEach((n) => {
    graph.addNode(n.id());
  });
  cy.edges(':visible').forEach((e) => {
    const [s, t] = [e.source().id(), e.target().id()];
    if (s === t || !graph.hasNode(s) || !graph.hasNode(t)) return;
    const w = Number(e.data('evidenceCount')) || 1;
    if (graph.hasEdge(s, t)) graph.updateEdgeAttribute(s, t, 'weight', (old: number | undefined) => (old ?? 0) + w);
    else graph.addEdge(s, t, { weight: w });
  });
  if (graph.size === 0) return new Map();
  let seed = 42;
  const rng = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const mapping = louvain(graph, { getEdgeWeight: 'weight', rng });
  return new Map(Object.entries(mapping));
}

/** Applies the mode; returns the number of communities (0 for type colouring). */
export function applyColouring(cy: Core, mode: ColourMode): number {
  if (mode === 'type') {
    cy.nodes().forEach((n) => {
      n.data('colour', n.data('typeColour'));
    });
    return 0;
  }
  const found = communities(cy);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const c = found.get(n.id());
      n.data('colour', c === undefined ? '#d1d5db' : COMMUNITY_COLOURS[c % COMMUNITY_COLOURS.length]);
    });
  });
  return new Set(found.values()).size;
}
