/**
 * Indicators written in sentences:
 *   <name> 达到/突破/超过/提高到 <value><unit>[左右|以上]   (科技型企业达到600家以上)
 *   <count verb> <name> <value><unit>                     (新增研发机构、科技服务机构50家)
 *   <count verb> <value><unit> <name>                     (建成1个国家农业科技园区; 力争于2022年建成1个…)
 *   … <count verb> <name> <value><unit>, the verb inside   (围绕…等重点产业培育农业科技型企业150家)
 *   …，<noun> <value><unit> after a count                   (…150家，高新技术企业20家: the verb is shared)
 *   <share> <value>%                                      (战略性新兴产业产值占工业总产值比重12%以上; ratioWords)
 * A counted list closed by 等 is named by its class noun (建设A、B等技术研发中心20个 → 技术研发中心).
 * The year is the nearest 20xx年 before the value in the sentence, else the plan's target year.
 */
import type { Cues } from './relations-cues.ts';
import { normaliseUnit } from './indicators-values.ts';

export interface SentenceIndicator {
  name: string;
  unit: string;
  value: number;
  /** The year written in the sentence before the value, or null. */
  year: number | null;
}

const NAME_STOP = /[，；。：！？,;:（）()]/u;
const LEADING = /^(?:[、\s“”]*)(?:(?:到|至|截至|截止)?20\d\d年(?:底|末)?|“十四五”(?:期间|末)?|十四五(?:期间|末)?|力争于?|努力|确保|全区|全县|全市|全面|累计|实现|完成|其中|每年|年均|共|并|和|及|、|，)+/u;
const TRAILING = /(?:总数|数量)?$/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let compiled: { value: RegExp; target: RegExp; count: RegExp; countInside: RegExp; countStart: RegExp; anyVerb: RegExp; ratio: RegExp } | null = null;

/** Longest noun that shares a count verb across a comma (高新技术企业40家). */
const SHARED_MAX = 12;

/** The class noun of a counted list: 硬质合金研发企业技术中心、…等技术研发中心 → 技术研发中心. */
function classNoun(name: string): string {
  const at = name.lastIndexOf('等');
  return at >= 0 && at + 1 < name.length && name.slice(0, at).includes('、') ? name.slice(at + 1) : name;
}

function patterns(cues: Readonly<Cues>['indicators']): NonNullable<typeof compiled> {
  if (compiled) return compiled;
  const units = cues.units.map(escape).join('|');
  const quals = cues.qualifiers.map(escape).join('|');
  compiled = {
    value: new RegExp(`(\\d+(?:\\.\\d+)?)(?:[-—~～]\\d+(?:\\.\\d+)?)?\\s*(${units})(?:${quals})?`, 'gu'),
    target: new RegExp(`(${cues.targetVerbs.map(escape).join('|')})$`, 'u'),
    count: new RegExp(`^(${cues.countVerbs.map(escape).join('|')})`, 'u'),
    // the last count verb inside the words before a value (not the first two characters of a name)
    countInside: new RegExp(`(${cues.countVerbs.map(escape).join('|')})(?!.*(?:${cues.countVerbs.map(escape).join('|')}))`, 'u'),
    anyVerb: new RegExp(`${[...cues.countVerbs, ...cues.targetVerbs].map(escape).join('|')}`, 'u'),
    ratio: new RegExp(`(${cues.ratioWords.map(escape).join('|')})$`, 'u'),
    countStart: new RegExp(`(${cues.countVerbs.map(escape).join('|')})$`, 'u'),
  };
  return compiled;
}

function cleanName(raw: string): string {
  let name = raw.replace(LEADING, '').replace(TRAILING, '').replace(/^[、“\s]+|[、\s]+$/g, '');
  name = name.replace(/^(?:的|为|了)/, '');
  // keep quotes balanced: “专精特新”企业
  if (name.includes('”') && !name.includes('“')) name = `“${name}`;
  return name;
}

function yearBefore(text: string, at: number): number | null {
  const re = /(20\d\d)年/g;
  let year: number | null = null;
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) year = Number(m[1]);
  return year;
}

/** Indicators in one sentence (text from `match`). */
export function sentenceIndicators(text: string, cues: Readonly<Cues>['indicators']): SentenceIndicator[] {
  const p = patterns(cues);
  const out: SentenceIndicator[] = [];
  let segStart = 0;
  let lastMode: 'target' | 'count' | null = null;
  p.value.lastIndex = 0;
  for (let m = p.value.exec(text); m; m = p.value.exec(text)) {
    const valueAt = m.index;
    const after = valueAt + m[0].length;
    // the digits must not be part of a longer number or a year
    if (valueAt > 0 && /[\d.]/.test(text[valueAt - 1]!)) continue;
    const raw = text.slice(segStart, valueAt);
    let seg = raw;
    const cut = lastStop(seg);
    if (cut >= 0) seg = seg.slice(cut + 1);
    segStart = after;
    const value = Number(m[1]);
    const unit = normaliseUnit(m[2]!);
    const year = yearBefore(text, valueAt);
    const t = p.target.exec(seg);
    if (t) {
      // a growth rate is named with its verb (研发经费投入年均增长 15%), a level without it
      const name = cleanName(t[1]!.endsWith('增长') ? seg : seg.slice(0, seg.length - t[1]!.length));
      // 新增研发机构50家: a count verb at the start belongs to the name only when it says 新增
      if (name.length >= 2 && name.length <= 40) out.push({ name, unit, value, year });
      lastMode = 'target';
      continue;
    }
    if (lastMode && /^[、和及]/.test(seg) && !NAME_STOP.test(seg)) {
      // 建成智能工厂5家、数字化车间15个: the verb is shared along the list
      const name = cleanName(seg);
      if (name.length >= 2 && name.length <= 40) out.push({ name, unit, value, year });
      continue;
    }
    if (lastMode === 'count' && /^[，,]/.test(raw) && cut === 0) {
      // 培育科技型企业300家，高新技术企业40家: a short noun after a comma shares the count verb
      const name = cleanName(seg);
      if (name.length >= 2 && name.length <= SHARED_MAX && !p.anyVerb.test(name)) {
        out.push({ name, unit, value, year });
        continue;
      }
    }
    lastMode = null;
    const c = p.count.exec(cleanName(seg)) ?? p.countInside.exec(cleanName(seg));
    const counted = c ? classNoun(cleanName(seg).slice(c.index + c[1]!.length)) : '';
    // a verb inside the words needs a name of some length after it (打造面积50万平方米 names no indicator)
    if (c && counted.length >= (c.index === 0 ? 2 : 3) && counted.length <= 40) {
      // 培育科技型企业150家; 围绕…等重点产业培育农业科技型企业150家; 建设A、B等技术研发中心20个
      out.push({ name: c[1] === '新增' && c.index === 0 ? `新增${cleanName(counted)}` : cleanName(counted), unit, value, year });
      lastMode = 'count';
      continue;
    }
    if (unit === '%' && p.ratio.test(seg) && !p.anyVerb.test(cleanName(seg))) {
      // 战略性新兴产业产值占工业总产值比重12%以上: a share written straight before its value
      const name = cleanName(seg);
      if (name.length >= 2 && name.length <= 40) out.push({ name, unit, value, year });
      continue;
    }
    if (p.countStart.test(seg)) {
      // 建成1个重庆市农业科技园区: the name follows the unit, up to the next stop
      const rest = text.slice(after);
      const stop = rest.search(/[，；。、,;]/u);
      const name = cleanName(stop >= 0 ? rest.slice(0, stop) : rest);
      if (name.length >= 2 && name.length <= 30 && !/\d/.test(name)) {
        out.push({ name, unit, value, year });
        segStart = after + (stop >= 0 ? stop : rest.length);
      }
    }
  }
  return out;
}

function lastStop(seg: string): number {
  for (let i = seg.length - 1; i >= 0; i--) if (NAME_STOP.test(seg[i]!)) return i;
  return -1;
}
