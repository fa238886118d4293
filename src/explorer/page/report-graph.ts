/** Turns the API's report shapes (shared partners, collaboration, paths) into nodes and edges to draw. */
import type { ViewEdge, ViewNode } from './graph-view.ts';
import type { CollaborationOut, EntityRef, PathOut, RegionLinkOut, SharedPartnerOut } from './queries.ts';

export interface Drawing {
  nodes: ViewNode[];
  edges: ViewEdge[];
}

function node(e: EntityRef): ViewNode {
  return { id: e.id, type: e.type, name: e.name };
}

/** A hub (partner, industry, project, grouping) tied to regions: directly, or region ← member → hub. */
export function linksToDrawing(hub: EntityRef, links: RegionLinkOut[], into: Drawing = { nodes: [], edges: [] }): Drawing {
  into.nodes.push(node(hub));
  for (const l of links) {
    into.nodes.push(node(l.region));
    if (l.through) {
      into.nodes.push(node(l.through));
      // A member belongs to the region; a plan (via PLAN) is the region's own and has no edge to it in the graph.
      if (l.through.type !== 'Plan') into.edges.push({ source: l.through.id, target: l.region.id, type: 'BELONGS_TO', via: 'member' });
      into.edges.push({ source: l.through.id, target: hub.id, type: l.relationType, evidence: l.evidence, evidenceCount: l.evidence.length, via: l.via });
    } else {
      into.edges.push({ source: l.region.id, target: hub.id, type: l.relationType, evidence: l.evidence, evidenceCount: l.evidence.length, via: l.via });
    }
  }
  return into;
}

export function sharedPartnersDrawing(partners: SharedPartnerOut[]): Drawing {
  const drawing: Drawing = { nodes: [], edges: [] };
  for (const p of partners) linksToDrawing(p.partner, p.links, drawing);
  return drawing;
}

export function pathsToDrawing(paths: PathOut[], into: Drawing = { nodes: [], edges: [] }): Drawing {
  for (const p of paths) {
    into.nodes.push(...p.nodes.map(node));
    for (const s of p.steps) into.edges.push({ source: s.source, target: s.target, type: s.type, evidence: s.evidence, evidenceCount: s.evidenceCount });
  }
  return into;
}

/** Shared industries drawn at most (the list beside the graph has them all; picking one draws it). */
export const MAX_DRAWN_INDUSTRIES = 12;

export function collaborationDrawing(report: CollaborationOut): Drawing {
  const drawing: Drawing = { nodes: report.regions.map(node), edges: [] };
  for (const r of report.directRelations) {
    drawing.nodes.push(node(r.source), node(r.target));
    drawing.edges.push({ source: r.source.id, target: r.target.id, type: r.type, evidence: r.evidence, evidenceCount: r.evidence.length });
  }
  for (const p of report.sharedPartners) linksToDrawing(p.partner, p.links, drawing);
  for (const i of report.sharedIndustries.slice(0, MAX_DRAWN_INDUSTRIES)) linksToDrawing(i.industry, i.links, drawing);
  for (const j of report.jointProjects) linksToDrawing(j.project, j.links, drawing);
  for (const g of report.groupings) linksToDrawing(g.group, g.links, drawing);
  return drawing;
}
