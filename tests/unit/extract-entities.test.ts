import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/read-text.ts';
import { detectIssuer, recogniseEntities } from '../../src/extract/entities.ts';
import type { EntityMention } from '../../src/extract/types.ts';

const plan = (id: string) => readFileSync(new URL(`../../data/plans/${id}-2021-2025.txt`, import.meta.url), 'utf8');
/** The sentence of a plan that contains `needle`, read as a document of its own. */
function sentenceOf(id: string, needle: string): string {
  const text = plan(id);
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in ${id}`);
  const start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1;
  const end = text.indexOf('。', at) + 1;
  return text.slice(start, end);
}
const names = (ms: EntityMention[], type?: string) => ms.filter((m) => !type || m.type === type).map((m) => m.name);

describe('recogniseEntities', () => {
  it('cuts a university name at the preposition before it (推动企业与重庆大学)', () => {
    const doc = readText(sentenceOf('kaizhou', '推动企业与重庆大学'));
    const ms = recogniseEntities(doc, { issuer: '开州区' });
    expect(names(ms, 'University')).toContain('重庆大学');
    expect(ms.every((m) => !m.surface.includes('与重庆大学'))).toBe(true);
  });

  it('finds both partners of a list with a bracketed qualifier (与重庆大学、中国地质大学（武汉）等签订)', () => {
    const doc = readText(sentenceOf('wanzhou', '与重庆大学、中国地质大学（武汉）等签订'));
    const ms = recogniseEntities(doc, { issuer: '万州区' });
    expect(names(ms, 'University')).toEqual(expect.arrayContaining(['重庆大学', '中国地质大学（武汉）']));
  });

  it('finds a university the lexicon does not list, by its suffix, cut at its left boundary', () => {
    const doc = readText('推动企业与重庆移通学院、重庆人文科技学院开展合作。');
    const ms = recogniseEntities(doc, { issuer: '开州区' });
    expect(names(ms, 'University')).toEqual(['重庆移通学院', '重庆人文科技学院']);
  });

  it('finds a branch institute co-built in the county as a Platform, and its university', () => {
    const doc = readText(sentenceOf('yunyang', '共建重庆邮电大学云阳产业技术研究院'));
    const ms = recogniseEntities(doc, { issuer: '云阳县' });
    expect(ms.find((m) => m.name === '重庆邮电大学云阳产业技术研究院')?.type).toBe('Platform');
    expect(names(ms, 'University')).toContain('重庆邮电大学');
  });

  it('learns an abbreviation defined in brackets and resolves later uses', () => {
    const doc = readText('重庆市科学技术研究院（以下简称“川科研”）在本区设立分支。川科研与企业开展合作。');
    const ms = recogniseEntities(doc, { issuer: '黔江区' });
    const ri = ms.filter((m) => m.type === 'ResearchInstitute');
    expect(ri.map((m) => m.name)).toEqual(['重庆市科学技术研究院', '重庆市科学技术研究院']);
    expect(ri[1]!.surface).toBe('川科研');
    expect(ri[0]!.aliases).toContain('川科研');
  });

  it('gives the simplified canonical name for traditional-character input', () => {
    const doc = readText('萬州區與重慶大學、中國科學院簽訂合作協議。');
    const ms = recogniseEntities(doc, { issuer: null });
    expect(names(ms)).toEqual(expect.arrayContaining(['万州区', '重庆大学', '中国科学院']));
  });

  it('resolves 中科院 to 中国科学院 and a district short form to its full name', () => {
    const ms = recogniseEntities(readText('开州与中科院开展合作。'), { issuer: '开州区' });
    expect(ms.map((m) => [m.type, m.name])).toEqual([['Region', '开州区'], ['ResearchInstitute', '中国科学院']]);
  });

  it('finds a university that is not in the lexicon by its suffix', () => {
    const ms = recogniseEntities(readText('区政府与黔东南民族职业技术学院签订合作协议。'), { issuer: '黔江区' });
    expect(ms.find((m) => m.type === 'University')?.name).toBe('黔东南民族职业技术学院');
  });

  it('does not extract classes of things (市级重点实验室13个, 企业技术中心, 高新技术企业)', () => {
    const ms = recogniseEntities(readText('新建市级重点实验室13个、企业技术中心6家，培育高新技术企业15家。'), { issuer: '云阳县' });
    expect(ms.filter((m) => m.type === 'Platform' || m.type === 'Enterprise')).toEqual([]);
  });

  it('is deterministic, sorted and non-overlapping on a whole plan', () => {
    const doc = readText(plan('qianjiang'));
    const a = recogniseEntities(doc, { issuer: '黔江区' });
    const b = recogniseEntities(doc, { issuer: '黔江区' });
    expect(a).toEqual(b);
    expect(a.length).toBeGreaterThan(300);
    for (let i = 1; i < a.length; i++) expect(a[i]!.start).toBeGreaterThanOrEqual(a[i - 1]!.end);
    for (const m of a) expect(doc.match.slice(m.start, m.end)).toBe(m.surface);
  });
});

describe('detectIssuer', () => {
  it('takes the most specific region of the title', () => {
    expect(detectIssuer(readText(plan('wanzhou')))).toBe('万州区');
  });
  it('finds the issuer of a plan without a title from its opening', () => {
    const doc = readText(plan('yunyang'));
    expect(doc.title).toBeNull();
    expect(detectIssuer(doc)).toBe('云阳县');
  });
});
