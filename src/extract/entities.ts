/**
 * recogniseEntities: every entity mention of one document, sorted by start, non-overlapping, each
 * with a canonical name resolved within the document.
 *
 * Order of work (each step needs the one before):
 *  1. the issuer (given, or detected) — it chooses between same-named regions and adds its towns;
 *  2. per sentence: lexicon names, suffix patterns, quoted names, firm lists → candidates;
 *  3. abbreviations the text defines (重庆市科学技术研究院（以下简称“重科院”）) become surfaces of
 *     that entity, and the lexicon pass is run again so that later 重科院 resolve;
 *  4. overlaps: the longest span wins (a pattern name that contains a lexicon name is one name);
 *     重庆市万州区 is one mention of 万州区;
 *  5. institute names are typed by the document (founded by the plan → Platform; recognise-institutes.ts);
 *  6. within-document resolution: names of one type that differ only by the issuer's name form
 *     (黔江科技企业孵化基地 / 黔江区科技企业孵化基地) take one canonical name;
 *  7. entities named inside a pattern name (达州市达川区军民整合产业园 → 达川区) are listed in `inner`.
 */
import type { PlainReadDocument, ReadDocument } from '../ingest/types.ts';
import type { EntityMention } from './types.ts';
import { loadLexicon, SurfaceOverlay, type Lexicon, type LexiconEntry } from './lexicon.ts';
import { SurfaceTrie } from './lexicon-trie.ts';
import { townsUnder } from './lexicon-towns.ts';
import { detectIssuerEntry } from './issuer.ts';
import type { Candidate, DocumentScope, SentenceView } from './recognise-context.ts';
import { recogniseLexicon } from './recognise-lexicon.ts';
import { recognisePatterns } from './recognise-patterns.ts';
import { recogniseQuoted } from './recognise-quoted.ts';
import { recogniseLists } from './recognise-lists.ts';
import { recogniseHeadings } from './recognise-headings.ts';
import { sentenceView } from './recognise-view.ts';
import { selectMentions } from './recognise-select.ts';
import { findDefinedAbbreviations } from './recognise-abbreviations.ts';
import { resolveWithinDocument } from './resolve-document.ts';
import { typeInstitutes } from './recognise-institutes.ts';
import { withInnerEntities } from './recognise-inner.ts';

export { detectIssuer, selfReferences } from './issuer.ts';
export { regionGroupMembers } from './lexicon.ts';

export interface RecogniseContext {
  /** Canonical name of the region whose plan this is; detected from the document when null. */
  issuer: string | null;
}

export function recogniseEntities(doc: PlainReadDocument, context: RecogniseContext): EntityMention[] {
  const scope = documentScope(doc, context.issuer);
  const views = sentenceViews(doc);
  const fixed: Candidate[] = [];
  for (const view of views) {
    fixed.push(...recognisePatterns(scope, view), ...recogniseQuoted(scope, view), ...recogniseLists(scope, view), ...recogniseHeadings(scope, view));
  }
  const firstPass = views.map((view) => recogniseLexicon(scope, view));
  let selected = selectMentions(scope, doc.match, [...firstPass.flat(), ...fixed]);
  const defined = findDefinedAbbreviations(doc.match, selected);
  for (const d of defined) {
    const entry: LexiconEntry = d.of.entry ?? { type: d.of.type, name: d.of.name, aliases: [], parent: d.of.parentRegion ?? null };
    scope.overlay.add(d.alias, { entry, short: false });
  }
  // A name found once (in quotes, a heading, a firm list) is known everywhere in the document.
  const learned = learnNames(scope, selected);
  const added = [...defined.map((d) => d.alias), ...learned];
  if (added.length) {
    // Only the sentences where a new surface occurs are scanned again.
    const again = sentencesContaining(doc.match, views, added);
    const lexical = views.flatMap((view, i) => (again.has(i) ? recogniseLexicon(scope, view) : firstPass[i]!));
    selected = selectMentions(scope, doc.match, [...lexical, ...fixed]).filter((c) => !defined.some((d) => c.start >= d.start && c.end <= d.end));
  }
  return withInnerEntities(scope, resolveWithinDocument(scope, typeInstitutes(scope, doc.match, selected), defined));
}

const LEARNED_TYPES = new Set(['University', 'ResearchInstitute', 'Enterprise', 'Platform']);

/** Adds the organisation names found by pattern, quotes or lists to the document's overlay; returns their surfaces. */
function learnNames(scope: DocumentScope, mentions: Candidate[]): string[] {
  const added: string[] = [];
  for (const m of mentions) {
    if (m.source === 'lexicon' || m.source === 'abbreviation' || !LEARNED_TYPES.has(m.type)) continue;
    if (m.surface.length < 4 || /[“”]/.test(m.surface) || scope.overlay.extra.has(m.surface) || scope.lexicon.surfaces.has(m.surface)) continue;
    scope.overlay.add(m.surface, { entry: { type: m.type, name: m.name, aliases: [], parent: m.parentRegion ?? null }, short: false, learned: true });
    added.push(m.surface);
  }
  return added;
}

/** Indexes (into `views`) of the sentences in which one of `surfaces` occurs. */
function sentencesContaining(match: string, views: SentenceView[], surfaces: string[]): Set<number> {
  const out = new Set<number>();
  // one pass over the text with a trie of the surfaces, not one indexOf scan of the text per surface
  const trie = new SurfaceTrie<true>();
  for (const surface of surfaces) trie.set(surface, true);
  let lo = 0;
  for (let at = 0; at < match.length; at++) {
    if (!trie.startsAt(match, at)) continue;
    // views are sorted by base, and occurrences come in text order: move forward to the view holding `at`
    while (lo + 1 < views.length && views[lo + 1]!.base <= at) lo++;
    if (views[lo] && views[lo]!.base <= at && at < views[lo]!.base + views[lo]!.text.length) out.add(lo);
  }
  return out;
}

/** The per-document scope: issuer, its ancestors, and its towns as extra surfaces. */
export function documentScope(doc: Pick<ReadDocument, 'title' | 'match'>, issuerName: string | null): DocumentScope {
  const lexicon = loadLexicon();
  const overlay = new SurfaceOverlay(lexicon);
  const issuer = issuerName ? pickRegion(lexicon, issuerName) : detectIssuerEntry(doc);
  const issuerChain: string[] = [];
  for (let e: LexiconEntry | null | undefined = issuer; e && issuerChain.length < 5; e = e.parent ? lexicon.regions.get(e.parent)?.[0] : null) {
    issuerChain.push(e.name);
  }
  if (issuer && issuer.level !== 'province') {
    for (const town of townsUnder(issuer, regionNameByCode(lexicon))) overlay.add(town.name, { entry: town, short: false });
  }
  return { lexicon, overlay, issuer, issuerChain };
}

function pickRegion(lexicon: Lexicon, name: string): LexiconEntry | null {
  const direct = lexicon.regions.get(name);
  if (direct?.length) return direct[0]!;
  const viaAlias = lexicon.surfaces.get(name)?.find((h) => h.entry.type === 'Region');
  return viaAlias?.entry ?? null;
}

let codeIndex: Map<string, string> | null = null;
function regionNameByCode(lexicon: Lexicon): Map<string, string> {
  codeIndex ??= new Map(lexicon.entries.filter((e) => e.code).map((e) => [e.code!, e.name]));
  return codeIndex;
}

/** One view per sentence outside the table of contents (the whole text when the reader gave no sentences). */
function sentenceViews(doc: PlainReadDocument): SentenceView[] {
  const toc = doc.tableOfContents;
  const sentences = doc.sentences.length ? doc.sentences : [{ index: 0, start: 0, end: doc.match.length }];
  return sentences
    .filter((s) => !toc || s.end <= toc.start || s.start >= toc.end)
    .map((s) => sentenceView(doc.match, s.index, s.start, s.end));
}
