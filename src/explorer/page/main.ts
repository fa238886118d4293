/** The explorer page: wires the graph view, search, filters, named queries, colouring, legend and exports. */
import type { Core } from 'cytoscape';
import { applyColouring, type ColourMode } from './colouring.ts';
import { byId } from './dom.ts';
import { Explorer } from './actions.ts';
import { pickedRegions, setUpFilters } from './filters.ts';
import { createGraphView } from './graph-view.ts';
import { renderLegend } from './legend.ts';
import { setStatus } from './panel.ts';
import { setUpSearch } from './search.ts';
import { setUpViewExport } from './export-view.ts';

declare global {
  interface Window {
    /** For the browser test and the console: the Cytoscape instance and the explorer. */
    plangraph?: { cy: Core; explorer: Explorer; ready: boolean };
  }
}

function colourMode(): ColourMode {
  return (document.querySelector<HTMLInputElement>('input[name="colour"]:checked')?.value as ColourMode) ?? 'type';
}

async function main(): Promise<void> {
  const cy = createGraphView(byId('graph'));
  const explorer = new Explorer(cy);
  window.plangraph = { cy, explorer, ready: false };
  const recolour = () => renderLegend(byId('legend'), colourMode(), applyColouring(cy, colourMode()));
  explorer.onDrawn = recolour;
  for (const radio of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="colour"]'))) radio.addEventListener('change', recolour);
  recolour();

  cy.on('tap', 'node', (event) => explorer.showNodeDetails(event.target));
  cy.on('dbltap', 'node', (event) => void explorer.expand(event.target.id()));
  cy.on('tap', 'edge', (event) => void explorer.showEdgeEvidence(event.target));

  setUpSearch((entity) => void explorer.expand(entity.id));
  setUpViewExport(cy, byId('save-png'), byId('save-json'), byId<HTMLAnchorElement>('save-graphml'));

  byId('q-shared').addEventListener('click', () => void explorer.sharedPartners(pickedRegions()));
  byId('q-collaboration').addEventListener('click', () => void explorer.collaboration(pickedRegions()));
  byId('q-links').addEventListener('click', () => {
    const picked = cy.nodes(':selected').map((n) => n.id());
    if (picked.length !== 2) return setStatus('Links between: select exactly two drawn entities (click one, then shift-click or ctrl-click the other).', true);
    void explorer.linksBetween(picked[0]!, picked[1]!);
  });
  byId('q-relies').addEventListener('click', () => {
    const picked = cy.nodes(':selected').map((n) => n.id());
    if (picked.length !== 1) return setStatus('What relies on: select one drawn entity first.', true);
    void explorer.reliesOn(picked[0]!);
  });
  byId('q-clear').addEventListener('click', () => cy.elements().remove());

  try {
    await setUpFilters(cy);
    setStatus('Ready. Search an entity, or tick regions and run a named query.');
  } catch (err) {
    setStatus(`Could not read the regions: ${(err as Error).message}`, true);
  }
  window.plangraph.ready = true;
}

void main();
