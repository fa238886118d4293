/**
 * A numbered item whose whole title is a platform's name names that platform, even when its words
 * are all ordinary (plans list the platforms they will build as items: "3．新材料研发平台。",
 * "（2）创新创业人才服务基地："), unless they are one or two generic words (重点实验室). Only platform and institute endings count; a trailing bracketed
 * qualifier (新型研发机构（重点实验室）) is left out of the name.
 */
import type { Candidate, DocumentScope, SentenceView } from './recognise-context.ts';
import { isGeneric, suffixAt, typeOf } from './recognise-patterns.ts';

const ITEM = /^\s*(?:\d{1,2}\s*[．.、]|[（(]\s*\d{1,2}\s*[）)]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)\s*/;
const TITLE = /^([\u4e00-\u9fffA-Za-z0-9·“”—-]{4,30})(（[^（）]{1,12}）)?\s*[。：:；]?\s*$/;

export function recogniseHeadings(scope: DocumentScope, view: SentenceView): Candidate[] {
  const item = ITEM.exec(view.text);
  if (!item) return [];
  const title = TITLE.exec(view.text.slice(item[0].length));
  if (!title) return [];
  const name = title[1]!;
  const start = view.base + item[0].length;
  const end = start + name.length;
  const rule = suffixAt(scope.lexicon, { text: name, base: start }, end);
  if (!rule || (rule.kind !== 'platform' && rule.kind !== 'institute')) return [];
  if (name.length - rule.suffix.length < 2) return [];
  if (scope.lexicon.nonPlatformHeads.some((head) => name.endsWith(head))) return [];
  // A section heading that says what to do (高水平建设国家级高新区) is not a name, nor one that names a
  // class of platforms (3．重点实验室：, 2．企业研发中心：).
  const inside = view.tokensIn(start, end).filter((t) => t.start >= start && t.end <= end);
  if (inside.some((t) => t.word.length >= 2 && scope.lexicon.boundaryWords.has(t.word))) return [];
  // A title of three or more ordinary words before the ending (创新创业人才服务基地) is what the plan calls
  // the platform it founds; one or two (企业研发中心, 重点实验室) name a class.
  const suffixStart = end - rule.suffix.length;
  const words = inside.filter((t) => t.start < suffixStart && /[\u4e00-\u9fff]/.test(t.word)).length;
  if (words < 3 && isGeneric(scope.lexicon, inside, suffixStart)) return [];
  return [{ type: typeOf(scope, rule, name), name: name.replace(/[“”]/g, ''), surface: name, start, end, sentence: view.index, source: 'pattern' }];
}
