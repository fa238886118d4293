/**
 * Institute names (…研究院, …研究所, …分院) are either a standing ResearchInstitute or a Platform that a
 * plan founds in its area (the spec: "a local branch or joint institute created by this plan").
 * The name decides first (data/lexicon/institute-rules.tsv: 产业技术研究院 and 分院 make a Platform,
 * 科学院 and a 中国/国家 prefix a ResearchInstitute), then the document: a name that the text founds
 * anywhere (建设/组建/设立 … governs it, directly or at the head of its list; or a numbered item
 * "NAME：依托…") is a Platform in every mention; otherwise a region at its start makes it a standing
 * institute of that region.
 */
import type { NodeType } from '../graph/model.ts';
import type { Lexicon } from './lexicon.ts';
import type { Candidate, DocumentScope } from './recognise-context.ts';
import { suffixAt } from './recognise-patterns.ts';

/** Where a clause (and so the reach of a verb) ends. */
const CLAUSE_STOP = /[，。；：！？\n]/;
/** A numbered item or clause that goes on to say what hosts the institute (NAME：依托…). */
const HOSTED_AFTER = /^[：，]\s*依托/;

/** The type of an institute-class name; `founded` when the document founds it. */
export function instituteType(scope: DocumentScope, name: string, founded = false, listed: NodeType | null = null): NodeType {
  const { lexicon } = scope;
  const rules = lexicon.instituteRules;
  if (isRegionalBranch(lexicon, name)) return 'ResearchInstitute';
  if (rules.platformMarkers.some((m) => name.includes(m))) return 'Platform';
  if (rules.instituteMarkers.some((m) => name.endsWith(m))) return 'ResearchInstitute';
  // The text's own word for a list it stands in (…等科研院所, …等一批新型研发机构) decides next.
  if (listed) return listed;
  if (rules.institutePrefixes.some((p) => name.startsWith(p))) return 'ResearchInstitute';
  if (founded || holdsOrganisation(lexicon, name)) return 'Platform';
  if (startsWithRegion(lexicon, name)) return 'ResearchInstitute';
  return 'Platform';
}

/**
 * Types every institute-class mention the patterns found (lexicon names keep their type) by the
 * document: a name founded in one sentence is a Platform in all of them.
 */
export function typeInstitutes(scope: DocumentScope, match: string, mentions: Candidate[]): Candidate[] {
  const institutes = mentions.filter((m) => isPatternInstitute(scope, m));
  if (!institutes.length) return mentions;
  const occupied = new Uint8Array(match.length + 1);
  for (const m of mentions) occupied.fill(1, m.start, m.end);
  const founded = new Set<string>();
  const listed = new Map<string, NodeType>();
  for (const m of institutes) {
    if (isFoundedAt(scope.lexicon, match, occupied, m)) founded.add(m.name);
    const type = listClassAt(scope.lexicon, match, occupied, m);
    // A name listed once among platforms is a Platform wherever else it is listed.
    if (type && listed.get(m.name) !== 'Platform') listed.set(m.name, type);
  }
  return mentions.map((m) => {
    if (!institutes.includes(m)) return m;
    const type = instituteType(scope, m.name, founded.has(m.name), listed.get(m.name) ?? null);
    return type === m.type ? m : { ...m, type };
  });
}

function isPatternInstitute(scope: DocumentScope, m: Candidate): boolean {
  if (m.source === 'lexicon' || m.source === 'abbreviation' || m.entry) return false;
  if (m.type !== 'ResearchInstitute' && m.type !== 'Platform') return false;
  if (scope.lexicon.instituteRules.regionalBranches.some((ending) => m.name.endsWith(ending))) return true;
  return suffixAt(scope.lexicon, { text: m.name, base: 0 }, m.name.length)?.kind === 'institute';
}

/**
 * The mention's clause founds it: a creation verb stands before it in its clause, before the first
 * item of the list it is in (other names' characters do not count: 建设 inside 重庆建设工业集团), or
 * the clause after it says what hosts it.
 */
function isFoundedAt(lexicon: Lexicon, match: string, occupied: Uint8Array, m: Candidate): boolean {
  if (HOSTED_AFTER.test(match.slice(m.end, m.end + 4))) return true;
  let left = m.start;
  while (left > 0 && !CLAUSE_STOP.test(match[left - 1]!)) left--;
  let head = '';
  for (let i = left; i < m.start; i++) {
    if (match[i] === '、') break;
    head += occupied[i] ? '\u0000' : match[i];
  }
  return lexicon.creationVerbs.some((verb) => head.includes(verb));
}

/** How far after 等 the class word of a list is looked for (等一批新型高端研发机构). */
const CLASS_REACH = 12;

/**
 * The type the text gives the list a mention stands in: from the mention to 等 there are only other
 * names and list marks, and the words after 等 hold a class word of data/lexicon/institute-rules.tsv
 * (list-institute 科研院所 → ResearchInstitute, list-platform 研发机构 → Platform); null otherwise.
 */
function listClassAt(lexicon: Lexicon, match: string, occupied: Uint8Array, m: Candidate): NodeType | null {
  let at = m.end;
  while (at < match.length && (occupied[at] || LIST_MARK.test(match[at]!))) at++;
  if (match[at] !== '等') return null;
  let tail = '';
  for (let i = at + 1; i < match.length && i <= at + CLASS_REACH && !CLAUSE_STOP.test(match[i]!); i++) tail += match[i];
  const rules = lexicon.instituteRules;
  const platform = rules.listPlatform.find((w) => tail.includes(w));
  const institute = rules.listInstitute.find((w) => tail.includes(w));
  if (platform && institute) return tail.indexOf(platform) <= tail.indexOf(institute) ? 'Platform' : 'ResearchInstitute';
  return platform ? 'Platform' : institute ? 'ResearchInstitute' : null;
}

const LIST_MARK = /[、和及与“”]/;

/** 中国科学院成都分院: a branch named after a province or city (not a district) is the academy's standing branch. */
function isRegionalBranch(lexicon: Lexicon, name: string): boolean {
  for (const ending of lexicon.instituteRules.regionalBranches) {
    if (!name.endsWith(ending)) continue;
    const before = name.slice(0, -ending.length);
    for (let len = Math.min(8, before.length - 2); len >= 2; len--) {
      const hits = lexicon.surfaces.get(before.slice(-len));
      if (hits?.some((h) => h.entry.type === 'Region')) {
        return hits.some((h) => h.entry.type === 'Region' && (h.entry.level === 'province' || h.entry.level === 'city'));
      }
    }
  }
  return false;
}

/** 上海交通大学重庆研究院, 比亚迪集团…研究院: a university's or firm's institute in a place is a Platform. */
function holdsOrganisation(lexicon: Lexicon, name: string): boolean {
  const body = name.slice(0, -2);
  return lexicon.suffixes.some((s) => (s.kind === 'university' || s.kind === 'enterprise') && s.suffix.length >= 2 && body.includes(s.suffix));
}

/**
 * 重庆市…, 万州区…, 区… (the plan's own district), or a province's or city's short form (重庆…, 成都…);
 * not a county's short form (万州烤鱼研究院) nor a zone (三峡库区…).
 */
function startsWithRegion(lexicon: Lexicon, name: string): boolean {
  if (/^[市区县]/.test(name)) return true;
  for (let len = Math.min(12, name.length - 2); len >= 2; len--) {
    const hits = lexicon.surfaces.get(name.slice(0, len));
    for (const h of hits ?? []) {
      if (h.entry.type !== 'Region') continue;
      const level = h.entry.level;
      if (!h.short && (level === 'province' || level === 'city' || level === 'county') && /[省市区县州]$/.test(name.slice(0, len))) return true;
      if (h.short && (level === 'province' || level === 'city')) return true;
    }
  }
  return false;
}
