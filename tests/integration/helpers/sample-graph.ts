/**
 * A small graph built from a real sentence of the 开州区 plan: one document (id `doc`, issued by `region`) whose
 * region COLLABORATES_WITH each of `partners`, with its section, sentence, mentions and one indicator.
 */
import { readFileSync } from 'node:fs';
import type { GraphDocument } from '../../../src/graph/model.ts';

export const KAIZHOU = readFileSync('data/plans/kaizhou-2021-2025.txt', 'utf8');
export const SENTENCE = KAIZHOU.split('\n').find((l) => l.includes('加强与重庆大学、重庆交通大学'))!;

export function sampleGraph(partners: string[], doc = 'kaizhou-test', regionName = '开州区'): GraphDocument {
  const start = KAIZHOU.indexOf(SENTENCE);
  const evidence = { document: doc, section: '第三章 / 一、', sentence: SENTENCE, start, end: start + SENTENCE.length };
  const plan = { id: `Plan:${regionName}科技创新规划`, type: 'Plan' as const, name: `${regionName}科技创新规划`, aliases: [] };
  const region = { id: `Region:${regionName}`, type: 'Region' as const, name: regionName, aliases: [regionName.slice(0, -1)] };
  const unis = partners.map((name) => ({ id: `University:${name}`, type: 'University' as const, name, aliases: [] }));
  return {
    documents: [
      {
        id: doc,
        title: plan.name,
        issuer: region.id,
        path: 'data/plans/kaizhou-2021-2025.txt',
        plan: plan.id,
        sections: [{ id: `${doc}#s0`, index: 0, level: 1, title: '第三章', path: '第三章', parent: null }],
        sentences: [{ id: `${doc}#t0`, index: 0, section: `${doc}#s0`, text: SENTENCE, start, end: start + SENTENCE.length }],
        mentions: unis.map((u) => ({ node: u.id, sentence: `${doc}#t0`, surface: u.name, start: start + SENTENCE.indexOf(u.name), end: start + SENTENCE.indexOf(u.name) + u.name.length })),
      },
    ],
    nodes: [plan, region, ...unis],
    relations: [
      ...unis.map((u) => ({ type: 'COLLABORATES_WITH' as const, source: region.id, target: u.id, evidence: [evidence] })),
      ...unis.map((u) => ({ type: 'MENTIONS' as const, source: plan.id, target: u.id, evidence: [evidence], count: 1 })),
    ],
    indicators: [
      { document: doc, region: region.id, name: '研发投入强度', unit: '%', baseline: { year: 2020, value: 1.2 }, target: { year: 2025, value: 2 }, evidence },
    ],
  };
}

