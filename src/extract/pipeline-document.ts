/**
 * One document through extraction: entities (recogniseEntities), relations, indicators, the Plan
 * node and its MENTIONS, and the lexical records (sections, sentences, mentions). What it returns,
 * and what it gives the resolver, holds no reference to the ReadDocument — not even through a
 * sliced string (pipeline-detach.ts) — so the document can be dropped right after.
 */
import type { Evidence, GraphDocumentMeta, GraphRelation, Indicator, MentionRecord, SectionRecord, SentenceRecord } from '../graph/model.ts';
import type { ReadDocument } from '../ingest/types.ts';
import { detectIssuer, recogniseEntities } from './entities.ts';
import { refId, sectionId, sentenceId } from './ids.ts';
import { extractIndicators } from './indicators.ts';
import { periodYears } from './manifest.ts';
import { everyMention, withResolvedInner } from './pipeline-inner.ts';
import type { CorpusResolver } from './pipeline-resolver.ts';
import { createDetacher, detachAll, detachMention, detachRef } from './pipeline-detach.ts';
import { extractRelations } from './relations.ts';
import type { EntityMention, EntityRef } from './types.ts';

export interface DocumentInput {
  id: string;
  title?: string | null;
  issuer?: string | null;
  period?: string | null;
  issued?: string | null;
}

export interface DocumentOutput {
  meta: GraphDocumentMeta;
  /** Plan names (title and aliases) that stand for this document. */
  planNames: string[];
  relations: GraphRelation[];
  indicators: Indicator[];
}

const MAX_MENTION_EVIDENCE = 3;

/** Other names of a plan: the title without its period (（2021—2025年）) and without a leading province or city. */
export function planAliases(title: string, issuer: string | null): string[] {
  const out = new Set<string>();
  const noPeriod = title.replace(/\s*[（(]\s*\d{4}\s*[—–\-－~至]+\s*\d{4}\s*年?\s*[）)]\s*/u, '').trim();
  for (const t of [title, noPeriod]) {
    out.add(t);
    if (issuer) {
      const at = t.indexOf(issuer);
      if (at > 0 && at <= 4) out.add(t.slice(at));
      const short = issuer.replace(/(区|县|市)$/u, '');
      if (short.length >= 2 && t.startsWith(short) && !t.startsWith(issuer)) out.add(issuer + t.slice(short.length));
    }
  }
  out.delete(title);
  return [...out].filter((x) => x.length >= 4);
}

function periodOf(input: DocumentInput, doc: ReadDocument): { start: number; end: number } {
  const fromManifest = periodYears(input.period);
  if (fromManifest) return fromManifest;
  const fromText = periodYears(`${input.title ?? ''} ${doc.title ?? ''} ${doc.match.slice(0, 400)}`);
  if (fromText) return fromText;
  // 十一五 is 2006–2010, so 十N五 starts in 2006 + 5(N−1): 十四五 2021–2025 (the default)
  const n = /十([一二三四五六七八九])五/.exec(`${input.title ?? ''}${doc.match.slice(0, 400)}`)?.[1];
  const k = n ? '一二三四五六七八九'.indexOf(n) + 1 : 4;
  const start = 2006 + (k - 1) * 5;
  return { start, end: start + 4 };
}

/** A document's issuer and entities, recognised beforehand (by a worker thread: recognise-pool.ts). */
export interface Prerecognised {
  issuer: string | null;
  found: EntityMention[];
}

export function extractOne(doc: ReadDocument, input: DocumentInput, resolver: CorpusResolver, pre?: Prerecognised): DocumentOutput {
  const id = input.id;
  const detach = createDetacher();
  const detected = pre ? pre.issuer : (input.issuer ?? detectIssuer(doc));
  const issuer = detected === null ? null : detach(detected);
  const title = detach((input.title ?? doc.title ?? id).trim());
  const planNames = [title, ...planAliases(title, issuer)];
  const planRef: EntityRef = { type: 'Plan', name: title };
  const issuerId = issuer ? refId({ type: 'Region', name: issuer }) : null;
  resolver.addNode(planRef, planNames.slice(1), 'document', issuerId);
  if (issuer) resolver.addNode({ type: 'Region', name: issuer }, [], 'issuer');

  // one string per section path and per sentence, detached, shared by every record that quotes it
  const paths: (string | undefined)[] = [];
  const sectionPath = (section: number | null): string => {
    if (section === null) return '';
    return (paths[section] ??= detach(doc.sections[section]?.path.join(' / ') ?? ''));
  };
  const texts: (string | undefined)[] = [];
  const sentenceText = (index: number): string => {
    const s = doc.sentences[index]!;
    return (texts[index] ??= detach(doc.text.slice(s.start, s.end)));
  };
  const sentenceEvidence = (index: number): Evidence => {
    const s = doc.sentences[index]!;
    return { document: id, section: sectionPath(s.section), sentence: sentenceText(index), start: s.start, end: s.end };
  };

  // entities, canonical across documents; a mention of the plan itself is the document's Plan
  const own = new Set(planNames);
  const mentions: EntityMention[] = (pre?.found ?? recogniseEntities(doc, { issuer })).map((found) => {
    const m = detachMention(found, detach);
    if (m.type === 'Plan' && (own.has(m.name) || own.has(m.surface))) return { ...m, name: title };
    const r = resolver.add(m, id);
    const outer = r.type === m.type && r.name === m.name ? m : { ...m, type: r.type, name: r.name };
    return m.inner ? withResolvedInner(outer, m.inner, (i) => resolver.add(i, id)) : outer;
  });

  const relations: GraphRelation[] = [];
  for (const f of extractRelations(doc, mentions, { issuer, plan: { name: title, aliases: planNames } })) {
    // an end no mention names (a parent region from the lexicon) becomes a node of its own
    for (const end of [f.source, f.target]) if (!resolver.has(refId(end))) resolver.addNode(detachRef(end, detach), [], 'relation');
    relations.push({ type: f.type, source: detach(refId(f.source)), target: detach(refId(f.target)), evidence: [sentenceEvidence(f.sentence)] });
  }
  // MENTIONS: plan → entity, with how many times, and where the first few stand
  const counts = new Map<string, { count: number; evidence: Evidence[] }>();
  const mentionRecords: MentionRecord[] = [];
  for (const m of everyMention(mentions)) {
    const nid = refId(m);
    mentionRecords.push({ node: nid, sentence: sentenceId(id, m.sentence), surface: m.surface, start: m.start, end: m.end });
    if (nid === refId(planRef)) continue;
    let c = counts.get(nid);
    if (!c) counts.set(nid, (c = { count: 0, evidence: [] }));
    c.count++;
    if (c.evidence.length < MAX_MENTION_EVIDENCE) {
      const s = doc.sentences[m.sentence];
      c.evidence.push({ document: id, section: sectionPath(s?.section ?? null), sentence: s ? sentenceText(m.sentence) : detach(doc.text.slice(m.start, m.end)), start: m.start, end: m.end });
    }
  }
  for (const [target, c] of counts) relations.push({ type: 'MENTIONS', source: refId(planRef), target, evidence: c.evidence, count: c.count });

  const sentenceAt = (offset: number): number => {
    let lo = 0;
    let hi = doc.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = doc.sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return Math.max(0, Math.min(lo, doc.sentences.length - 1));
  };
  const indicators = extractIndicators(doc, {
    document: id,
    region: issuerId,
    period: periodOf(input, doc),
    evidence: (start, end) => {
      const s = doc.sentences[sentenceAt(start)];
      return { document: id, section: sectionPath(s?.section ?? null), sentence: detach(doc.text.slice(start, end)), start, end };
    },
  });

  const sections: SectionRecord[] = doc.sections.map((s) => ({
    id: sectionId(id, s.index),
    index: s.index,
    level: s.level,
    title: s.title,
    path: s.path.join(' / '),
    parent: s.parent === null ? null : sectionId(id, s.parent),
  }));
  const sentences: SentenceRecord[] = doc.sentences.map((s) => ({
    id: sentenceId(id, s.index),
    index: s.index,
    section: s.section === null ? null : sectionId(id, s.section),
    text: sentenceText(s.index),
    start: s.start,
    end: s.end,
  }));
  const meta: GraphDocumentMeta = {
    id,
    title,
    issuer: issuerId,
    path: doc.path,
    plan: refId(planRef),
    period: input.period ?? null,
    issued: input.issued ?? null,
    format: doc.format,
    sha256: doc.sha256,
    sections,
    sentences,
    mentions: mentionRecords,
  };
  // what is not built above from detached strings: the indicators' names and units, the sections' titles
  detachAll(indicators, detach);
  for (const section of sections) section.title = detach(section.title);
  return { meta, planNames, relations, indicators };
}
