/**
 * Names the text marks itself: every 《title》 is a Plan (named without the 《》), and a “name”
 * directly followed by a programme word (计划, 工程, 行动, 制度, 机制, 大赛 …, from
 * data/lexicon/suffixes.tsv class "project" plus project-words.txt) is a Project named with its quotes, as the
 * spec writes them (“双百亿”工程, “万开云”科技会商制度).
 */
import { readList } from './lexicon-files.ts';
import type { Candidate, DocumentScope, SentenceView } from './recognise-context.ts';
import { COUNTED, suffixAt, typeOf } from './recognise-patterns.ts';

const TITLE = /《([^《》\n]{2,80})》/g;
const QUOTED = /“([^“”\n]{2,30})”/g;
/** What a quoted organisation name may contain. */
const ORGANISATION_TEXT = /^[\u4e00-\u9fffA-Za-z0-9（）·—-]{4,30}$/;
let projectWords: string[] | null = null;

function projectEndings(scope: DocumentScope): string[] {
  if (!projectWords) {
    const fromSuffixes = scope.lexicon.suffixes.filter((s) => s.kind === 'project').map((s) => s.suffix);
    projectWords = [...new Set([...fromSuffixes, ...readList('project-words.txt')])].sort((a, b) => b.length - a.length);
  }
  return projectWords;
}

export function recogniseQuoted(scope: DocumentScope, view: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  for (const m of view.text.matchAll(TITLE)) {
    const start = view.base + m.index!;
    out.push({ type: 'Plan', name: m[1]!.trim(), surface: m[0], start, end: start + m[0].length, sentence: view.index, source: 'quoted' });
  }
  const endings = projectEndings(scope);
  for (const m of view.text.matchAll(QUOTED)) {
    const after = view.text.slice(m.index! + m[0].length, m.index! + m[0].length + 10);
    // The programme word may follow at once or after a few name characters (“万开云”科技会商制度).
    let best = -1;
    for (let len = 0; m[1]!.length <= 16 && len <= 8 && len <= after.length; len++) {
      if (len > 0 && !/[\u4e00-\u9fff]/.test(after[len - 1]!)) break;
      for (const word of endings) {
        if (after.startsWith(word, len)) best = Math.max(best, len + word.length);
      }
    }
    if (best < 0) {
      const organisation = quotedOrganisation(scope, view, m.index!, m[1]!);
      if (organisation) out.push(organisation);
      continue;
    }
    const start = view.base + m.index!;
    const surface = m[0] + after.slice(0, best);
    out.push({ type: 'Project', name: surface, surface, start, end: start + surface.length, sentence: view.index, source: 'quoted' });
  }
  return out;
}

/**
 * A quoted text that ends with an organisation suffix is one name, whatever words it contains:
 * 共建“长江流域生态环境与可持续发展研究院”, 建设“重庆高新区·黔江区产业合作示范园”. Named without quotes.
 */
function quotedOrganisation(scope: DocumentScope, view: SentenceView, at: number, inner: string): Candidate | null {
  if (!ORGANISATION_TEXT.test(inner) || COUNTED.test(inner)) return null;
  const innerStart = view.base + at + 1;
  const rule = suffixAt(scope.lexicon, { text: inner, base: innerStart }, innerStart + inner.length);
  // “生态中医院”: a quoted hospital is a model's name; real hospitals are found by their place (recognise-patterns.ts).
  // A quoted zone (“万州—两江新区”) may pair two places; zones are named by the patterns' own rule.
  if (!rule || rule.kind === 'project' || rule.kind === 'zone' || rule.homePrefix || inner.length - rule.suffix.length < 2) return null;
  if (rule.kind === 'platform' && scope.lexicon.nonPlatformHeads.some((head) => inner.endsWith(head))) return null;
  return { type: typeOf(scope, rule, inner), name: inner, surface: inner, start: innerStart, end: innerStart + inner.length, sentence: view.index, source: 'quoted' };
}
