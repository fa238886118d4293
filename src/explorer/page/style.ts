/** Cytoscape styles: one colour per type (or per community, set as data(colour)), labels sized for Chinese names. */
import type { StylesheetJson } from 'cytoscape';

export const LABEL_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

export const RELATION_COLOURS: Record<string, string> = {
  COLLABORATES_WITH: '#e11d48',
  RELIES_ON: '#16a34a',
  BELONGS_TO: '#94a3b8',
  CITES: '#6b7280',
  FOCUSES_ON: '#0891b2',
  MENTIONS: '#cbd5e1',
};

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      'font-family': LABEL_FONT,
      'font-size': 13,
      color: '#111827',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      width: 'mapData(weight, 0, 20, 18, 42)',
      height: 'mapData(weight, 0, 20, 18, 42)',
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[type = "Region"]', style: { shape: 'round-rectangle' } },
  { selector: 'node[type = "Plan"]', style: { shape: 'rectangle' } },
  { selector: 'node[type = "Industry"]', style: { shape: 'hexagon' } },
  { selector: 'node[type = "Project"]', style: { shape: 'diamond' } },
  { selector: 'node.seed', style: { 'border-width': 3, 'border-color': '#111827' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#facc15' } },
  {
    selector: 'edge',
    style: {
      width: 'mapData(evidenceCount, 1, 10, 1.5, 6)',
      'line-color': 'data(colour)',
      'target-arrow-color': 'data(colour)',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      opacity: 0.75,
    },
  },
  { selector: 'edge[type = "COLLABORATES_WITH"]', style: { 'target-arrow-shape': 'none' } },
  { selector: 'edge:selected', style: { 'line-color': '#facc15', 'target-arrow-color': '#facc15', opacity: 1, width: 6 } },
  { selector: '.hidden', style: { display: 'none' } },
];
