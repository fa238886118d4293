/** The drawn graph: a Cytoscape.js instance, elements added without duplicates, the fcose layout. */
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { TYPE_COLOURS } from '../../export/palette.ts';
import type { NodeType } from '../../graph/model.ts';
import type { EvidenceOut } from './queries.ts';
import { GRAPH_STYLE, RELATION_COLOURS } from './style.ts';

cytoscape.use(fcose);

export interface ViewNode {
  id: string;
  type: string;
  name: string;
}

export interface ViewEdge {
  source: string;
  target: string;
  type: string;
  evidenceCount?: number;
  /** Evidence known when the edge was drawn (report links); otherwise read on click. */
  evidence?: EvidenceOut[];
  /** How the link was found (DIRECT, MEMBER via …), for report edges. */
  via?: string;
}

export function typeColour(type: string): string {
  return TYPE_COLOURS[type as NodeType] ?? '#64748b';
}

export function createGraphView(container: HTMLElement): Core {
  return cytoscape({ container, style: GRAPH_STYLE, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4, selectionType: 'additive' });
}

export function edgeId(e: ViewEdge): string {
  return `${e.source}|${e.type}|${e.target}${e.via ? `|${e.via}` : ''}`;
}

/** Adds nodes and edges not drawn yet (edges whose ends are missing are skipped); returns what was added. */
export function addElements(cy: Core, nodes: ViewNode[], edges: ViewEdge[], seeds: string[] = []): { added: number } {
  let added = 0;
  cy.batch(() => {
    for (const n of nodes) {
      if (cy.getElementById(n.id).nonempty()) continue;
      cy.add({ group: 'nodes', data: { id: n.id, label: n.name, name: n.name, type: n.type, colour: typeColour(n.type), typeColour: typeColour(n.type), weight: 0 } });
      added++;
    }
    for (const e of edges) {
      const id = edgeId(e);
      if (cy.getElementById(id).nonempty() || cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
      cy.add({
        group: 'edges',
        data: { id, source: e.source, target: e.target, type: e.type, evidenceCount: e.evidenceCount ?? e.evidence?.length ?? 1, colour: RELATION_COLOURS[e.type] ?? '#94a3b8', evidence: e.evidence, via: e.via },
      });
      added++;
    }
    cy.nodes().forEach((n: NodeSingular) => {
      n.data('weight', n.degree(false));
    });
    for (const s of seeds) cy.getElementById(s).addClass('seed');
  });
  return { added };
}

export function runLayout(cy: Core, animate = false): Promise<void> {
  const layout = cy.layout({
    name: 'fcose',
    animate,
    randomize: true,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 110,
    nodeSeparation: 90,
    padding: 30,
    quality: 'default',
  } as cytoscape.LayoutOptions);
  const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  return done;
}

export function edgeEnds(edge: EdgeSingular): { source: NodeSingular; target: NodeSingular } {
  return { source: edge.source(), target: edge.target() };
}
