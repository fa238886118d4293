/** Saves the current view: PNG (Cytoscape's renderer, whole graph, twice the resolution) and JSON (cy.json()). */
import type { Core } from 'cytoscape';
import { download } from './dom.ts';

export function viewAsPng(cy: Core): Blob {
  return cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
}

export function viewAsJson(cy: Core): Blob {
  const json = cy.json() as { elements?: unknown };
  return new Blob([JSON.stringify({ generatedBy: 'PlanGraph explorer', elements: json.elements }, null, 2)], { type: 'application/json' });
}

export function setUpViewExport(cy: Core, png: HTMLElement, json: HTMLElement, graphml: HTMLAnchorElement): void {
  png.addEventListener('click', () => download('plangraph-view.png', viewAsPng(cy)));
  json.addEventListener('click', () => download('plangraph-view.json', viewAsJson(cy)));
  // The server export of what is drawn: the drawn nodes as seeds, no further hops (at most 50 seeds).
  const refresh = () => {
    const ids = cy.nodes().map((n) => n.id()).slice(0, 50);
    const params = new URLSearchParams({ depth: '0' });
    for (const id of ids) params.append('seeds', id);
    graphml.href = `/export/graphml?${params.toString()}`;
    graphml.hidden = ids.length === 0;
  };
  cy.on('add remove', refresh);
  refresh();
}
