/**
 * Small pieces shared by the indicator readers: reading a value cell (2.6左右, 【200】, > 10, 30%),
 * splitting a name from its unit (科技型企业（家） → 科技型企业, 家), and telling whether two
 * indicator names speak of the same thing.
 */

/** A number from a cell or phrase; null for —, -, empty or text without a number. */
export function parseValue(cell: string): number | null {
  const m = /-?\d+(?:\.\d+)?/.exec(cell.replace(/[,，](?=\d{3})/g, ''));
  if (!m) return null;
  const v = Number(m[0]);
  return Number.isFinite(v) ? v : null;
}

/** The unit written in brackets at the end of a table name, and the name without it. */
export function splitUnit(raw: string): { name: string; unit: string } {
  let name = raw.replace(/\s+/g, '').replace(/【[^】]*】|\[[^\]]*\]/g, '');
  let unit = '';
  const m = /[（(]([^（）()]{1,8})[）)]$/.exec(name);
  if (m) {
    unit = m[1]!;
    name = name.slice(0, m.index);
  }
  return { name: name.trim(), unit: normaliseUnit(unit) };
}

export function normaliseUnit(unit: string): string {
  return unit.replace(/％/g, '%').trim();
}

/** Names compared on their characters, without quotes, brackets and filler words. */
export function nameKey(name: string): string {
  return name
    .replace(/[“”"‘’《》（）()【】\s]/g, '')
    .replace(/每|全社会|全区|全县|全市|的|数|量|总额|总量|累计/g, '');
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const b = s.slice(i, i + 2);
    out.set(b, (out.get(b) ?? 0) + 1);
  }
  return out;
}

/** Dice similarity of character bigrams of the two names' keys (0…1). */
export function nameSimilarity(a: string, b: string): number {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === kb) return 1;
  if (ka.length < 2 || kb.length < 2) return 0;
  if (ka.includes(kb) || kb.includes(ka)) return Math.min(ka.length, kb.length) / Math.max(ka.length, kb.length) >= 0.5 ? 0.9 : 0.6;
  const ba = bigrams(ka);
  const bb = bigrams(kb);
  let common = 0;
  for (const [k, n] of ba) common += Math.min(n, bb.get(k) ?? 0);
  return (2 * common) / (ka.length - 1 + kb.length - 1);
}

/** Units that count the same things in different words (专业研发机构120家 / 120个). */
export function sameUnit(a: string, b: string, alike: readonly string[]): boolean {
  return a === b || (alike.includes(a) && alike.includes(b));
}

/**
 * nameSimilarity, with well-known other names of one indicator (data/lexicon/cues.json,
 * indicators.synonyms): 研发经费投入强度 is 研究与试验发展经费支出占地区生产总值的比重.
 */
export function sameIndicator(a: string, b: string, synonyms: readonly (readonly string[])[]): number {
  const ka = nameKey(a);
  const kb = nameKey(b);
  for (const group of synonyms) {
    const keys = group.map(nameKey);
    if (keys.some((k) => ka.includes(k)) && keys.some((k) => kb.includes(k))) return 1;
  }
  return nameSimilarity(a, b);
}
