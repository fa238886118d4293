/**
 * Second-pass quality rules of the entity stage, each on real sentences of the plans (or a short
 * text written in their style where noted): what makes a span a named platform rather than a class,
 * numerals inside firm names, quoted and heading names, firm lists, home-only region short forms,
 * and within-document merging of a name's variants.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/read-text.ts';
import { recogniseEntities } from '../../src/extract/entities.ts';
import type { EntityMention } from '../../src/extract/types.ts';

const plan = (id: string) => readFileSync(new URL(`../../data/plans/${id}-2021-2025.txt`, import.meta.url), 'utf8');
function sentenceOf(id: string, needle: string): string {
  const text = plan(id);
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in ${id}`);
  const start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1;
  const end = text.indexOf('。', at) + 1;
  return text.slice(start, end);
}
const names = (ms: EntityMention[], type?: string) => ms.filter((m) => !type || m.type === type).map((m) => m.name);
const run = (text: string, issuer: string | null) => recogniseEntities(readText(text), { issuer });

describe('platform names versus classes of platforms', () => {
  it('keeps 创新 and 发展…研究 inside a name (科技创新中心, 物流业发展研究中心)', () => {
    expect(names(run(sentenceOf('wanzhou', '建设三峡山地特色农业科技创新中心'), '万州区'), 'Platform')).toContain('三峡山地特色农业科技创新中心');
    expect(names(run(sentenceOf('wanzhou', '推进组建三峡绿色智慧物流业发展研究中心'), '万州区'), 'Platform')).toContain('三峡绿色智慧物流业发展研究中心');
  });

  it('drops a level before a name and a class after it (国家级万州经开区 → 万州经开区; 市级科普基地 is no name)', () => {
    const ms = run(sentenceOf('wanzhou', '发挥国家级万州经开区'), '万州区');
    expect(names(ms, 'Platform')).toContain('万州经开区');
    expect(names(ms, 'Platform')).not.toContain('国家级万州经开区');
    expect(names(run(sentenceOf('wanzhou', '创建市级科普基地6家'), '万州区'), 'Platform')).toEqual([]);
  });

  it('treats production and logistics facilities as no platform (渝东北医药生产基地, 仓储物流中心)', () => {
    const a = run(sentenceOf('wanzhou', '渝东北医药生产基地'), '万州区');
    expect(names(a, 'Platform')).not.toContain('渝东北医药生产基地');
    const b = run(sentenceOf('wanzhou', '仓储物流中心'), '万州区');
    expect(names(b, 'Platform')).not.toContain('仓储物流中心');
  });

  it('does not end a name at 中心 of 中心城市', () => {
    const ms = run(sentenceOf('qianjiang', '渝东南区域中心城市'), '黔江区');
    expect(ms.some((m) => m.surface.endsWith('区域中心'))).toBe(false);
  });

  it('names a carrier that is almost always named by any own word (繁星众创空间), but not by an industry alone', () => {
    expect(names(run(sentenceOf('qianjiang', '繁星众创空间示范引领'), '黔江区'), 'Platform')).toContain('繁星众创空间');
    expect(names(run('依托农业园区，建设农业星创天地。', '云阳县'), 'Platform')).toEqual([]);
  });

  it('takes a quoted organisation name whole, whatever it contains (与 inside), and a numbered slogan not at all', () => {
    const ms = run(sentenceOf('wanzhou', '合作共建“长江流域生态环境与可持续发展研究院”'), '万州区');
    expect(names(ms, 'Platform')).toContain('长江流域生态环境与可持续发展研究院');
    expect(names(ms, 'Region')).not.toContain('长江流域');
    expect(names(run('围绕“一城一区一廊”科技创新平台，积极对接。', '云阳县'), 'Platform')).toEqual([]);
  });

  it('takes a numbered item title as a platform name, but not a heading that says what to do or names a class', () => {
    const text = '3．新材料研发平台。围绕硬质合金开展研究。\n（一）高质量打造高新技术产业开发区\n3．重点实验室：';
    const ms = run(text, '黔江区');
    expect(names(ms, 'Platform')).toEqual(['新材料研发平台']);
  });
});

describe('enterprises', () => {
  it('keeps a numeral that starts a firm name (三磊集团, 六九畜牧公司)', () => {
    expect(names(run(sentenceOf('qianjiang', '依托三磊集团'), '黔江区'), 'Enterprise')).toContain('三磊集团');
    expect(names(run(sentenceOf('qianjiang', '依托六九畜牧公司'), '黔江区'), 'Enterprise')).toContain('六九畜牧公司');
  });

  it('reads a firm list closed by 等 + kind + 企业 (等医药龙头企业), but not a list of activities (图谱分析…等科技型企业)', () => {
    const ms = run(sentenceOf('qianjiang', '衡生药用胶囊、博望气体等医药龙头企业'), '黔江区');
    expect(names(ms, 'Enterprise')).toEqual(expect.arrayContaining(['衡生药用胶囊', '博望气体']));
    const activities = run(sentenceOf('qianjiang', '图谱分析、智能搜索、VR内容开发等科技型企业'), '黔江区');
    expect(names(activities, 'Enterprise')).toEqual([]);
    const products = run(sentenceOf('qianjiang', '绿色休闲食品等健康制品加工企业'), '黔江区');
    expect(names(products, 'Enterprise')).toEqual([]);
  });
});

describe('regions', () => {
  it('does not read an ordinary word as a far city (幸福安康 is no 安康市), nor a direction as a zone', () => {
    expect(names(run(sentenceOf('qianjiang', '人民幸福安康'), '黔江区'), 'Region')).not.toContain('安康市');
    expect(names(run(sentenceOf('qianjiang', '满足重庆及西部地区'), '黔江区'), 'Region')).not.toContain('西部地区');
  });

  it('knows an organisation by the full or short form of its region (重庆市农科院 → 重庆市农业科学院)', () => {
    const ms = run('强化与重庆市农科院、国家成都农业科技中心等合作。', '云阳县');
    expect(ms.find((m) => m.surface === '重庆市农科院')?.name).toBe('重庆市农业科学院');
  });
});

describe('within-document variants', () => {
  it('gives one name to the forms a plan uses for one platform or firm', () => {
    const ms = recogniseEntities(readText(plan('qianjiang')), { issuer: '黔江区' });
    const nameOf = (surface: string) => ms.find((m) => m.surface === surface)?.name;
    expect(nameOf('特色食品公共技术服务平台')).toBe(nameOf('特色食品公共技术服务中心'));
    expect(nameOf('渝东南上市孵化基地')).toBe(nameOf('渝东南企业上市孵化基地'));
    expect(nameOf('科瑞南海')).toBe(nameOf('科瑞南海制药'));
    expect(nameOf('智慧文旅双创基地')).toBe(nameOf('智慧文旅“双创”基地'));
    // …but three firms of one group stay three.
    expect(new Set(['三磊集团', '三磊玻纤', '三磊田甜'].map(nameOf)).size).toBe(3);
  });

  it('recognises everywhere in the document a name found once in quotes', () => {
    const ms = recogniseEntities(readText(plan('wanzhou')), { issuer: '万州区' });
    const all = ms.filter((m) => m.name === '长江流域生态环境与可持续发展研究院');
    expect(all.length).toBeGreaterThanOrEqual(2);
  });
});
