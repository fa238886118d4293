/**
 * Fifth-pass rules: list items joined by 与, a park's branch in a place, dashes and plus signs inside
 * names, park and zone endings, national platforms of a district, counted kinds, parks named by an
 * industry alone, named cross-area zones (Region), a qualifying region named inside a mention, a firm
 * written with another business word. Short texts in the plans' style (marked), or real plan sentences.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/read-text.ts';
import { recogniseEntities } from '../../src/extract/entities.ts';
import { everyMention } from '../../src/extract/pipeline-inner.ts';
import { variantGroups } from '../../src/extract/resolve-variants.ts';
import type { EntityMention } from '../../src/extract/types.ts';

const run = (text: string, issuer: string | null) => recogniseEntities(readText(text), { issuer });
const names = (ms: EntityMention[], type: string) => ms.filter((m) => m.type === type).map((m) => m.name);
const planText = (id: string) => readFileSync(new URL(`../../data/plans/${id}-2021-2025.txt`, import.meta.url), 'utf8');
const plans = new Map<string, EntityMention[]>();
const plan = (id: string, issuer: string) => {
  if (!plans.has(id)) plans.set(id, run(planText(id), issuer));
  return plans.get(id)!;
};

describe('name edges', () => {
  it('a list item whose nouns are joined by 与 is one name (real plan sentence, wanzhou)', () => {
    expect(names(plan('wanzhou', '万州区'), 'Platform')).toContain('三峡库区环境与人群健康研究中心');
    // 和 closing a list joins two items, not two halves of a name (real plan sentence, yunyang)
    expect(names(plan('yunyang', '云阳县'), 'Platform')).not.toContain('太阳能光伏系统和船载智能管控平台');
  });

  it("a park's branch in a place is named by both (real plan sentence, wanzhou)", () => {
    const ps = names(plan('wanzhou', '万州区'), 'Platform');
    expect(ps).toContain('两江数字经济产业园万州园');
    expect(ps).not.toContain('两江数字经济产业园');
  });

  it('a dash between two words stays inside a name, a dash between two places does not (real plan sentences)', () => {
    expect(names(plan('qianjiang', '黔江区'), 'Platform')).toContain('智慧黔江-农业综合服务云平台');
    expect(plan('wanzhou', '万州区').some((m) => m.name.includes('万州—两江'))).toBe(false);
  });

  it('a plus after Latin letters or digits stays inside a name (real plan sentence, yunyang)', () => {
    expect(names(plan('yunyang', '云阳县'), 'Platform').some((n) => n.startsWith('T3+'))).toBe(true);
  });
});

describe('platform endings and classes', () => {
  it('…功能区, …科创城 and …孵化园 end platform names (written text)', () => {
    const ps = names(run('建设南岸区智能制造产业功能区，建设涪陵科创城，建设巴南生物医药孵化园。', '南岸区'), 'Platform');
    expect(ps).toEqual(expect.arrayContaining(['南岸区智能制造产业功能区', '涪陵科创城', '巴南生物医药孵化园']));
  });

  it('a park named by an industry and generic words is a kind of park (written text; real plan sentence, wanzhou)', () => {
    const ps = names(run('加快建设龙兴现代农业产业园、现代农业产业园、智能装备科创产业园。', '渝北区'), 'Platform');
    expect(ps).toContain('龙兴现代农业产业园');
    expect(ps).not.toContain('现代农业产业园');
    expect(ps).not.toContain('智能装备科创产业园');
    expect(names(plan('wanzhou', '万州区'), 'Platform')).not.toContain('医药科创产业园');
  });

  it('a district plan names the national platform it hosts; a province plan names national kinds (real plans)', () => {
    expect(names(plan('wanzhou', '万州区'), 'Platform')).toContain('国家农作物品种测试站');
    const cq = names(plan('chongqing', '重庆市'), 'Platform');
    for (const kind of ['国家制造业创新中心', '国家区域医疗中心', '国家大学科技园']) expect(cq).not.toContain(kind);
    // all generic after 国家: a class, in any plan (written text)
    expect(names(run('争创国家重点实验室。', '荣昌区'), 'Platform')).toEqual([]);
  });

  it('a counted platform is a kind the plan will have (real plan sentence, qianjiang; written text)', () => {
    expect(names(plan('qianjiang', '黔江区'), 'Platform')).not.toContain('重庆市农业科技园区');
    expect(names(run('建设5个区级以上特色食品研发平台。', '荣昌区'), 'Platform')).toEqual([]);
  });

  it('双创示范基地 is a carrier though …示范基地 is a facility (written text)', () => {
    const ms = run('推进礼嘉双创示范基地提档升级，建设礼嘉柑橘示范基地。', '渝北区');
    expect(names(ms, 'Platform')).toEqual(['礼嘉双创示范基地']);
  });
});

describe('schools of a university', () => {
  it('a school named by its field is a Platform; a campus named by its place stays a University (real plans)', () => {
    expect(names(plan('wanzhou', '万州区'), 'Platform')).toContain('重庆大学临床医学院');
    expect(names(plan('chongqing', '重庆市'), 'University')).toContain('中国科学院大学重庆学院');
  });
});

describe('regions', () => {
  it('a named cross-area zone is a Region; a designation without a place is not (real plan, chongqing; written text)', () => {
    const rs = names(plan('chongqing', '重庆市'), 'Region');
    expect(rs).toEqual(expect.arrayContaining(['遂潼一体化发展先行区', '川南渝西融合发展试验区', '明月山绿色发展示范带', '高竹新区']));
    expect(names(run('打造文旅融合发展先行区。', '黔江区'), 'Region')).toEqual([]);
    // 创新区 does not end with the word 新区 (real plan, kaizhou)
    expect(names(plan('kaizhou', '开州区'), 'Region').filter((n) => n.endsWith('创新区'))).toEqual([]);
  });

  it('a region that qualifies another (重庆市荣昌区) is named too (written text)', () => {
    const all = [...everyMention(run('加强与重庆市荣昌区的科技合作。', '璧山区'))].filter((m) => m.type === 'Region').map((m) => m.name);
    expect(all).toEqual(['荣昌区', '重庆市']);
    const chain = run('与四川省成都市郫都区合作。', '璧山区').find((m) => m.name === '郫都区')!;
    expect(chain.inner?.map((i) => `${i.name}:${i.surface}:${i.start}`)).toEqual(['四川省:四川省:1', '成都市:成都市:4']);
  });

  it('万盛 is the 万盛经济技术开发区 (written text)', () => {
    expect(names(run('加强与万盛、江津开展科技协作。', '开州区'), 'Region')).toEqual(['万盛经济技术开发区', '江津区']);
  });
});

describe('firms', () => {
  it('a brand and material with two business words is one firm (real plan, qianjiang)', () => {
    const firms = new Set(plan('qianjiang', '黔江区').filter((m) => m.type === 'Enterprise' && m.surface.startsWith('京宏源')).map((m) => m.name));
    expect(firms.size).toBe(1);
    // a shared start of three characters is not one brand (written names)
    const g = variantGroups('Enterprise', ['中国华录', '中国华电', '长安汽车', '长安汽修集团']);
    expect(new Set(g.values()).size).toBe(4);
  });
});
