/**
 * Third-pass rules: ResearchInstitute versus Platform for institute names (founded by the plan, a
 * regional branch, a region at the start), names joined by 及/和 after a creation verb, and platforms
 * whose only distinctive word is an industry. Short texts in the plans' style (marked), or real plan sentences.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/read-text.ts';
import { recogniseEntities } from '../../src/extract/entities.ts';
import type { EntityMention } from '../../src/extract/types.ts';

const run = (text: string, issuer: string | null) => recogniseEntities(readText(text), { issuer });
const typeOf = (ms: EntityMention[], name: string) => [...new Set(ms.filter((m) => m.name === name).map((m) => m.type))];
const names = (ms: EntityMention[], type: string) => ms.filter((m) => m.type === type).map((m) => m.name);
const planText = (id: string) => readFileSync(new URL(`../../data/plans/${id}-2021-2025.txt`, import.meta.url), 'utf8');

describe('institutes: standing ResearchInstitute or a Platform the plan founds', () => {
  it('a district institute is a ResearchInstitute, unless the plan founds it — then a Platform in every mention (written text)', () => {
    const standing = run('支持巫山县中药材研究所、巫山县林业科学研究所创新发展模式。', '巫山县');
    expect(typeOf(standing, '巫山县中药材研究所')).toEqual(['ResearchInstitute']);
    const founded = run('7．巫山县中医药临床研究所。依托县中医院，联合市中医研究院建立巫山县中医药临床研究所。加强巫山县中医药临床研究所人才培养。', '巫山县');
    expect(typeOf(founded, '巫山县中医药临床研究所')).toEqual(['Platform']);
  });

  it('the head verb of a list founds every institute in it (written text)', () => {
    const ms = run('加快布局建设四川先进材料研究院、四川智能农机研究院等高端研发机构。培育壮大四川蜀道交通科技研究院等科研机构。', '四川省');
    expect(typeOf(ms, '四川先进材料研究院')).toEqual(['Platform']);
    expect(typeOf(ms, '四川智能农机研究院')).toEqual(['Platform']);
    expect(typeOf(ms, '四川蜀道交通科技研究院')).toEqual(['ResearchInstitute']);
  });

  it('a branch named after a province or city is the academy’s standing branch; one named after a district is a Platform (written text)', () => {
    const ms = run('积极对接中国科学院武汉分院，推动重庆市农业科学院涪陵分院建设。', '涪陵区');
    expect(typeOf(ms, '中国科学院武汉分院')).toEqual(['ResearchInstitute']);
    expect(typeOf(ms, '重庆市农业科学院涪陵分院')).toEqual(['Platform']);
  });

  it('a zone at the start does not make a standing institute; a university’s institute in a city is a Platform (written text)', () => {
    const ms = run('支持三峡库区水生态研究院发展，与浙江大学杭州国际科创研究院开展合作。', '万州区');
    expect(typeOf(ms, '三峡库区水生态研究院')).toEqual(['Platform']);
    expect(typeOf(ms, '浙江大学杭州国际科创研究院')).toEqual(['Platform']);
  });
});

describe('names joined by 及/和 after a creation verb', () => {
  it('reads 建设A及B研究院 as one name (kaizhou plan)', () => {
    const text = planText('kaizhou');
    const at = text.indexOf('依托重庆绿色智能技术研究院建设');
    const sentence = text.slice(at, text.indexOf('。', at) + 1);
    expect(names(run(sentence, '开州区'), 'Platform')).toContain('三峡库区消落带湿地及水环境研究院');
  });

  it('does not join two names, nor a class with a name (written text)', () => {
    const ms = run('建立院士专家工作站和博士后工作站，建设科技研发和服务平台，组建三峡大学及重庆大学联合研究中心。', '万州区');
    const platforms = names(ms, 'Platform');
    expect(platforms.some((n) => /和|及/.test(n))).toBe(false);
  });
});

describe('an industry is not enough to name a platform with a non-innovation head', () => {
  it('drops IT systems (人工智能开放平台, 物联网连接管理平台) and keeps research carriers (新材料研发平台) — qianjiang plan', () => {
    const text = planText('qianjiang');
    const sentenceWith = (needle: string) => {
      const at = text.indexOf(needle);
      const start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1;
      return text.slice(start, text.indexOf('。', at) + 1);
    };
    expect(names(run(sentenceWith('人工智能开放平台'), '黔江区'), 'Platform')).toEqual([]);
    expect(names(run(sentenceWith('物联网连接管理平台'), '黔江区'), 'Platform')).not.toContain('物联网连接管理平台');
    expect(names(run('3．新材料研发平台。围绕新材料产业建设研发平台。', '黔江区'), 'Platform')).toContain('新材料研发平台');
  });

  it('keeps an industry word whole for segmentation, so 物联网 is found as an industry (written text)', () => {
    expect(names(run('大力发展物联网和区块链产业。', '黔江区'), 'Industry')).toEqual(expect.arrayContaining(['物联网', '区块链']));
  });
});

describe('entities named inside a name (EntityMention.inner)', () => {
  const innerOf = (ms: EntityMention[], name: string) => ms.find((m) => m.name === name)?.inner?.map((i) => `${i.type}:${i.name}`) ?? [];

  it('lists the university and the innermost region inside a platform name, with their offsets (written text)', () => {
    const text = '支持浙江大学宁波创新中心建设，推动中船重工智能装备产业园与达州市达川区军民融合创新中心深度合作。';
    const ms = run(text, '万州区');
    const centre = ms.find((m) => m.name === '浙江大学宁波创新中心')!;
    expect(centre.inner).toEqual([{ type: 'University', name: '浙江大学', surface: '浙江大学', start: text.indexOf('浙江大学'), end: text.indexOf('浙江大学') + 4 }]);
    expect(innerOf(ms, '达州市达川区军民融合创新中心')).toContain('Region:达川区');
    // the parent written before its child is named by the text too
    expect(innerOf(ms, '达州市达川区军民融合创新中心')).toContain('Region:达州市');
  });

  it('leaves out short forms, variants that end the name, and lexicon names (wanzhou plan)', () => {
    const text = planText('wanzhou');
    const ms = run(text, '万州区');
    expect(innerOf(ms, '重庆大学转化医学中心')).toEqual(['University:重庆大学']);
    expect(innerOf(ms, '重庆市畜牧科学院万州分院')).toEqual(['ResearchInstitute:重庆市畜牧科学院']);
    expect(innerOf(ms, '万州烤鱼研究院')).toEqual([]);
    // A lexicon name holds no inner entity, except the region written before a region (重庆市万州区 → 重庆市).
    for (const m of ms.filter((x) => x.source === 'lexicon' && x.inner)) {
      expect(m.type).toBe('Region');
      expect(m.inner!.every((i) => i.type === 'Region' && i.start === m.start && m.surface.startsWith(i.surface))).toBe(true);
    }
    // Mentions stay non-overlapping: inner names are not mentions of their own.
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
  });
});
