/**
 * Fourth-pass rules: names jieba cuts (a one-character localiser or coined piece at a name's start),
 * compounds that hold a boundary word, numbered institutes, item headings of ordinary words, the list's
 * class word typing institutes, abbreviations written with the academy in full, firms with or without
 * their place, firm endings of a material + 业, and hospitals named by the district's level character.
 * Short texts in the plans' style (marked), or real plan sentences.
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

describe('names that the segmenter cuts', () => {
  it('a one-character localiser right after a verb or a list mark starts the name (written text)', () => {
    const ms = run('发挥东湖光电子产业园的集聚优势，依托中国信通院、南网数研院公司等单位。', '武汉市');
    expect(names(ms, 'Platform')).toContain('东湖光电子产业园');
    expect(names(ms, 'Platform')).not.toContain('湖光电子产业园');
    // after a noun, a localiser is a postposition and still ends the name
    expect(names(run('在园区中科技企业孵化器发展迅速。', null), 'Platform')).not.toContain('中科技企业孵化器');
  });

  it('a one-character piece before another is part of a coined name, a one-character verb is trimmed (written text)', () => {
    const ms = run('打造易创网渝北分中心等成果转化平台，提质众创空间、星创天地。', '渝北区');
    expect(names(ms, 'Platform')).toContain('易创网渝北分中心');
    expect(names(ms, 'Platform')).not.toContain('提质众创空间');
  });

  it('军民整合 is one word inside a name (real plan sentence, wanzhou)', () => {
    const ms = run(planText('wanzhou'), '万州区');
    expect(names(ms, 'Platform')).toContain('达州市达川区军民整合产业园');
  });

  it('an ordinal before an institute ending numbers the institute (written text)', () => {
    const ms = run('支持四川大学与中国电子科技集团公司第二十九研究所共建联合实验室。', '成都市');
    expect(names(ms, 'ResearchInstitute')).toContain('中国电子科技集团公司第二十九研究所');
    expect(names(ms, 'Enterprise')).not.toContain('中国电子科技集团公司');
  });
});

describe('item headings', () => {
  it('a numbered item of three or more ordinary words names a platform; one or two generic words name a class (real plan, qianjiang)', () => {
    const ms = run(planText('qianjiang'), '黔江区');
    expect(names(ms, 'Platform')).toContain('创新创业人才服务基地');
    const written = run('3．重点实验室。\n支持企业建设重点实验室。\n4．企业研发中心。\n鼓励企业建设研发中心。', '黔江区');
    expect(names(written, 'Platform')).toEqual([]);
  });
});

describe('institutes typed by the list they stand in', () => {
  it('…等科研院所 makes a ResearchInstitute, …等新型研发机构 a Platform, whatever the prefix (written text)', () => {
    const ms = run('发挥招商局西南交通设计研究院等中央在川科研院所优势。加快建设中国航天科技西部导航研究院、华西精准医学研究院等一批新型研发机构。', '四川省');
    expect(typeOf(ms, '招商局西南交通设计研究院')).toEqual(['ResearchInstitute']);
    expect(typeOf(ms, '中国航天科技西部导航研究院')).toEqual(['Platform']);
  });

  it('争取…等科研机构在县设立分院: the listed institute is a ResearchInstitute (written text)', () => {
    const ms = run('争取市农科院、茶叶研究所等科研机构在县设立分院分所。', '巫山县');
    expect(typeOf(ms, '茶叶研究所')).toEqual(['ResearchInstitute']);
  });
});

describe('abbreviations and curated national institutes', () => {
  it('中国信通院 is 中国信息通信研究院; 中国科学院X所 is the institute 中科院X所 abbreviates (written text)', () => {
    const ms = run('依托中国信通院建设平台，推动中国科学院自动化所落地。', '重庆市');
    expect(names(ms, 'ResearchInstitute')).toEqual(['中国信息通信研究院', '中国科学院自动化研究所']);
  });
});

describe('enterprises', () => {
  it('a firm written with and without its place is one firm (written text)', () => {
    const ms = run('三峡鑫泰药业建成市级技术中心。鑫泰药业与重庆医科大学合作。', '云阳县');
    const firms = ms.filter((m) => m.type === 'Enterprise');
    expect(new Set(firms.map((m) => m.name)).size).toBe(1);
    expect(firms[0]!.aliases ?? []).toContain(firms[0]!.name === '鑫泰药业' ? '三峡鑫泰药业' : '鑫泰药业');
  });

  it('a brand + material + 业 is a firm; a brand jieba cuts into characters before 公司 is a firm (written text)', () => {
    const ms = run('依托鑫达硅业、金宏塑业开展技术攻关。依托龙缸茶业公司成立工作站。', '云阳县');
    expect(names(ms, 'Enterprise')).toEqual(expect.arrayContaining(['鑫达硅业', '金宏塑业', '龙缸茶业公司']));
    expect(names(run('大力发展茶业，推动茶业公司转型。', '云阳县'), 'Enterprise')).toEqual([]);
  });
});

describe('hospitals', () => {
  it('区人民医院 / 县中医院 in a district plan are the district’s hospitals; 三甲中医院 and a quoted model are not names (written text)', () => {
    const ms = run('依托区人民医院、区中医院建设研究所。支持区中医院创建三甲中医院，探索“生态中医院”模式。', '开州区');
    expect(typeOf(ms, '开州区人民医院')).toEqual(['ResearchInstitute']);
    expect(typeOf(ms, '开州区中医院')).toEqual(['ResearchInstitute']);
    expect(names(ms, 'ResearchInstitute')).not.toContain('三甲中医院');
    expect(names(ms, 'ResearchInstitute')).not.toContain('生态中医院');
    expect(names(run('依托县中医院开展研究。', '云阳县'), 'ResearchInstitute')).toEqual(['云阳县中医院']);
  });
});

describe('abbreviations stand as words', () => {
  it('reads 市科研院 as 重庆市科学技术研究院, but not inside 市科研院所 (a class of institutes)', () => {
    const named = run('加强与市科研院合作，建设成果转化中心。', '黔江区').filter((m) => m.type === 'ResearchInstitute');
    expect(named.map((m) => m.name)).toEqual(['重庆市科学技术研究院']);
    const line = planText('qianjiang').split('\n').find((l) => l.includes('加强与市科研院所'))!;
    const inClass = run(line, '黔江区').filter((m) => m.name === '重庆市科学技术研究院');
    expect(inClass).toEqual([]);
  });
});
