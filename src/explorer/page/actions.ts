/**
 * What the analyst can ask: expand a node, read an edge's evidence, and the named queries (in the manner of
 * Bloom's search phrases): partners shared by regions, the collaboration report, links between two entities,
 * what relies on an entity. Each fetches through GraphQL, draws, and fills the lists beside the graph.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { gql } from './api.ts';
import { el } from './dom.ts';
import { applyFilters, selectedRelationTypes } from './filters.ts';
import { addElements, runLayout, type ViewEdge } from './graph-view.ts';
import { linkSummary, listSection, setStatus, showEdge, showLists, showNode } from './panel.ts';
import {
  COLLABORATION,
  EDGE_EVIDENCE,
  NEIGHBORS,
  PATHS,
  SHARED_PARTNERS,
  type CollaborationOut,
  type EdgeOut,
  type EntityRef,
  type EvidenceOut,
  type PathOut,
  type RegionLinkOut,
  type SharedPartnerOut,
} from './queries.ts';
import { collaborationDrawing, linksToDrawing, MAX_DRAWN_INDUSTRIES, pathsToDrawing, sharedPartnersDrawing, type Drawing } from './report-graph.ts';

export class Explorer {
  /** Called after each drawing (to refresh colouring and the legend). */
  onDrawn: () => void = () => {};

  constructor(readonly cy: Core) {}

  private async draw(drawing: Drawing, seeds: string[], replace: boolean): Promise<void> {
    if (replace) this.cy.elements().remove();
    addElements(this.cy, drawing.nodes, drawing.edges, seeds);
    applyFilters(this.cy);
    this.onDrawn();
    await runLayout(this.cy);
    this.cy.fit(undefined, 30);
  }

  private focus(id: string): void {
    this.cy.elements().unselect();
    this.cy.getElementById(id).select();
  }

  private async run(label: string, work: () => Promise<string>): Promise<void> {
    setStatus(`${label}…`);
    try {
      setStatus(await work());
    } catch (err) {
      setStatus(`${label}: ${(err as Error).message}`, true);
    }
  }

  /** Draws an entity and its neighbours over the checked relation types (added to the view). */
  expand(id: string, direction: 'BOTH' | 'IN' | 'OUT' = 'BOTH', types: string[] = selectedRelationTypes()): Promise<void> {
    return this.run('Expanding', async () => {
      const data = await gql<{ neighbors: { center: EntityRef; nodes: EntityRef[]; edges: EdgeOut[]; truncated: boolean } }>(NEIGHBORS, { id, types, direction });
      const n = data.neighbors;
      await this.draw({ nodes: [n.center, ...n.nodes], edges: n.edges }, [n.center.id], false);
      this.focus(n.center.id);
      this.showNodeDetails(this.cy.getElementById(n.center.id));
      return `${n.center.name}: ${n.nodes.length} neighbours${n.truncated ? ' (more exist; showing the best connected)' : ''}.`;
    });
  }

  reliesOn(id: string): Promise<void> {
    return this.expand(id, 'IN', ['RELIES_ON']);
  }

  showNodeDetails(node: NodeSingular): void {
    const ref = { id: node.id(), type: String(node.data('type')), name: String(node.data('name')) };
    const button = (label: string, action: () => void) => {
      const b = el('button', { type: 'button' }, label);
      b.addEventListener('click', action);
      return b;
    };
    const actions = el(
      'div',
      { class: 'actions' },
      button('展开 Expand', () => void this.expand(ref.id)),
      button('依托它的 What relies on it', () => void this.reliesOn(ref.id)),
      button('移除 Remove', () => node.remove()),
    );
    showNode(ref, actions);
  }

  /** The evidence of a drawn edge: carried by report edges, otherwise read from the entity's relations. */
  async showEdgeEvidence(edge: EdgeSingular): Promise<void> {
    const source = String(edge.source().data('name'));
    const target = String(edge.target().data('name'));
    const type = String(edge.data('type'));
    const known = edge.data('evidence') as EvidenceOut[] | undefined;
    if (known && known.length > 0) return showEdge(source, type, target, known, edge.data('via') as string | undefined);
    await this.run('Reading evidence', async () => {
      const data = await gql<{ entity: { relations: { other: { id: string }; evidence: EvidenceOut[] }[] } | null }>(EDGE_EVIDENCE, { id: edge.source().id(), types: [type] });
      const relation = data.entity?.relations.find((r) => r.other.id === edge.target().id());
      showEdge(source, type, target, relation?.evidence ?? [], edge.data('via') as string | undefined);
      return `${relation?.evidence.length ?? 0} evidence sentence(s).`;
    });
  }

  private pickEdge(sourceId: string, targetId: string): () => void {
    return () => {
      const edge = this.cy.edges().filter((e) => e.source().id() === sourceId && e.target().id() === targetId).toArray()[0] as EdgeSingular | undefined;
      if (!edge) return;
      this.cy.elements().unselect();
      edge.select();
      void this.showEdgeEvidence(edge);
    };
  }

  sharedPartners(regions: string[]): Promise<void> {
    return this.run('Shared partners', async () => {
      if (regions.length < 2) throw new Error('tick at least two regions in the list first');
      const data = await gql<{ sharedPartners: SharedPartnerOut[] }>(SHARED_PARTNERS, { regions });
      await this.draw(sharedPartnersDrawing(data.sharedPartners), [], true);
      showLists(`共同合作伙伴 Partners shared by ${regions.join('、')}`, [
        listSection(
          'Partners',
          data.sharedPartners.map((p) => ({ label: p.partner.name, detail: linkSummary(p.links), onPick: this.pickHub(p.partner, p.links) })),
        ),
      ]);
      return `${data.sharedPartners.length} partners shared by ${regions.join('、')}.`;
    });
  }

  /** Draws the hub's links if they are not drawn, selects the first edge into it and shows its evidence. */
  private pickHub(hub: EntityRef, links: RegionLinkOut[]): () => void {
    return () => {
      const hubId = hub.id;
      if (this.cy.getElementById(hubId).empty()) {
        const drawing = linksToDrawing(hub, links);
        addElements(this.cy, drawing.nodes, drawing.edges);
        applyFilters(this.cy);
        this.onDrawn();
        void runLayout(this.cy);
      }
      const edge = this.cy.getElementById(hubId).connectedEdges().filter((e) => e.target().id() === hubId && Boolean(e.data('evidence'))).toArray()[0] as EdgeSingular | undefined;
      if (edge) this.pickEdge(edge.source().id(), hubId)();
    };
  }

  collaboration(regions: string[]): Promise<void> {
    return this.run('Collaboration report', async () => {
      if (regions.length < 2) throw new Error('tick at least two regions in the list first');
      const data = await gql<{ collaboration: CollaborationOut }>(COLLABORATION, { regions });
      const r = data.collaboration;
      await this.draw(collaborationDrawing(r), r.regions.map((x) => x.id), true);
      const hubRows = (items: { hub: EntityRef; links: RegionLinkOut[] }[]) =>
        items.map((i) => ({ label: i.hub.name, detail: linkSummary(i.links), onPick: this.pickHub(i.hub, i.links) }));
      showLists(`协作报告 Collaboration: ${r.regions.map((x) => x.name).join('、')}`, [
        listSection('直接关系 Direct relations', r.directRelations.map((d) => ({ label: `${d.source.name} → ${d.target.name}`, detail: d.type, onPick: this.pickEdge(d.source.id, d.target.id) }))),
        listSection('共同伙伴 Shared partners', hubRows(r.sharedPartners.map((p) => ({ hub: p.partner, links: p.links })))),
        listSection('共同产业 Shared industries', hubRows(r.sharedIndustries.map((p) => ({ hub: p.industry, links: p.links })))),
        listSection('联合项目 Joint projects', hubRows(r.jointProjects.map((p) => ({ hub: p.project, links: p.links })))),
        listSection('共属区域 Groupings', hubRows(r.groupings.map((p) => ({ hub: p.group, links: p.links })))),
        listSection(
          '最短路径 Shortest paths',
          r.shortestPaths.map((p) => ({ label: `${p.from.name} ⇄ ${p.to.name}`, detail: p.paths[0] ? p.paths[0].nodes.map((n) => n.name).join(' → ') : 'no path', onPick: () => void this.drawPaths(p.paths) })),
        ),
      ]);
      const unresolved = r.unresolved.length > 0 ? ` Not regions: ${r.unresolved.join('、')}.` : '';
      const drawn = r.sharedIndustries.length > MAX_DRAWN_INDUSTRIES ? ` (${MAX_DRAWN_INDUSTRIES} drawn; pick one in the list to draw it)` : '';
      return `Collaboration of ${r.regions.map((x) => x.name).join('、')}: ${r.directRelations.length} direct relations, ${r.sharedPartners.length} shared partners, ${r.sharedIndustries.length} shared industries${drawn}, ${r.jointProjects.length} joint projects.${unresolved}`;
    });
  }

  private async drawPaths(paths: PathOut[]): Promise<void> {
    await this.draw(pathsToDrawing(paths), [], false);
  }

  linksBetween(from: string, to: string): Promise<void> {
    return this.run('Links', async () => {
      const data = await gql<{ paths: PathOut[] }>(PATHS, { from, to });
      await this.draw(pathsToDrawing(data.paths), [from, to], false);
      showLists('关联路径 Links', [
        listSection(
          'Paths',
          data.paths.map((p) => ({ label: p.nodes.map((n) => n.name).join(' → '), detail: `${p.length} hops`, onPick: this.pickEdge(p.steps[0]?.source ?? '', p.steps[0]?.target ?? '') })),
        ),
      ]);
      return `${data.paths.length} shortest path(s).`;
    });
  }

  /** Edges drawn so far, for the lists and the test hook. */
  edges(): ViewEdge[] {
    return this.cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id(), type: String(e.data('type')) }));
  }
}
