/** One colour per entity type, shared by the explorer's legend and the GEXF export's viz:color. */
import type { NodeType } from '../graph/model.ts';

export const TYPE_COLOURS: Record<NodeType, string> = {
  Plan: '#6b7280',
  Region: '#2563eb',
  University: '#dc2626',
  ResearchInstitute: '#9333ea',
  Enterprise: '#ea580c',
  Platform: '#16a34a',
  Industry: '#0891b2',
  Project: '#ca8a04',
};

/** One colour per community index (cycled), for Louvain colouring. */
export const COMMUNITY_COLOURS = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf',
  '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173', '#3182bd', '#e6550d', '#31a354', '#756bb1', '#636363',
] as const;

export function rgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
