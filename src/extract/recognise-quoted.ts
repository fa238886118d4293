/**
 * Names the text marks itself: every 《title》 is a Plan (named without the 《》), and a “name”
 * directly followed by a programme word (计划, 工程, 行动, 制度, 机制, 大赛 …, from
 * data/lexicon/suffixes.tsv class "project" plus project-words.txt) is a Project named with its quotes, as the
 * spec writes them (“双百亿”工程, “万开云”科技会商制度).
 */
import { readList } from './lexicon-files.ts';
import type { Candidate, DocumentScope, SentenceView } from './recognise-context.ts';

const TITLE = /《([^《》\n]{2,80})》/g;
const QUOTED = /“([^“”\n]{2,16})”/g;
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
    for (let len = 0; len <= 8 && len <= after.length; len++) {
      if (len > 0 && !/[\u4e00-\u9fff]/.test(after[len - 1]!)) break;
      for (const word of endings) {
        if (after.startsWith(word, len)) best = Math.max(best, len + word.length);
      }
    }
    if (best < 0) continue;
    const start = view.base + m.index!;
    const surface = m[0] + after.slice(0, best);
    out.push({ type: 'Project', name: surface, surface, start, end: start + surface.length, sentence: view.index, source: 'quoted' });
  }
  return out;
}
