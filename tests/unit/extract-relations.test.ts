import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/read-text.ts';
import { extractRelations } from '../../src/extract/relations.ts';
import type { NodeType } from '../../src/graph/model.ts';
import type { EntityMention, FoundRelation } from '../../src/extract/types.ts';
import type { ReadDocument } from '../../src/ingest/types.ts';

/** Mentions built by hand: [type, canonical name, surface] found in the text in order. */
function mentionsOf(doc: ReadDocument, items: [NodeType, string, string?][]): EntityMention[] {
  const out: EntityMention[] = [];
  let from = 0;
  for (const [type, name, surface = name] of items) {
    const start = doc.match.indexOf(surface, from);
    if (start < 0) throw new Error(`"${surface}" is not in the text`);
    const sentence = doc.sentences.find((s) => s.start <= start && start < s.end)!.index;
    out.push({ type, name, surface, start, end: start + surface.length, sentence, source: 'test' });
    from = start + surface.length;
  }
  return out;
}

const pairs = (rs: FoundRelation[], type: string): string[] =>
  rs.filter((r) => r.type === type).map((r) => `${r.source.name}->${r.target.name}`).sort();

const plan = { name: '某区科技创新“十四五”规划' };

describe('extractRelations on plan sentences', () => {
  it('gives one COLLABORATES_WITH per partner in a list, from the region written before 与', () => {
    const doc = readText('黔江区政府与清华大学、西南大学、江苏大学签订校地合作协议，建立战略合作关系。');
    const ms = mentionsOf(doc, [['Region', '黔江区'], ['University', '清华大学'], ['University', '西南大学'], ['University', '江苏大学']]);
    const rs = extractRelations(doc, ms, { issuer: '黔江区', plan });
    expect(pairs(rs, 'COLLABORATES_WITH')).toEqual(['黔江区->江苏大学', '黔江区->清华大学', '黔江区->西南大学']);
  });

  it('takes the issuer as the subject of 我区 and subjectless sentences', () => {
    const doc = readText('我区科技合作不断深化，与重庆大学、中国地质大学（武汉）等签订战略合作协议。');
    const ms = mentionsOf(doc, [['University', '重庆大学'], ['University', '中国地质大学（武汉）']]);
    const rs = extractRelations(doc, ms, { issuer: '万州区', plan });
    expect(pairs(rs, 'COLLABORATES_WITH')).toEqual(['万州区->中国地质大学（武汉）', '万州区->重庆大学']);
    // without an issuer there is no subject, so nothing is invented
    expect(pairs(extractRelations(doc, ms, { issuer: null, plan }), 'COLLABORATES_WITH')).toEqual([]);
  });

  it('does not read cooperation into a list without a cooperation verb', () => {
    const doc = readText('依托清华大学和启迪控股科技创新优势，聚焦文创产业。');
    const ms = mentionsOf(doc, [['University', '清华大学'], ['Enterprise', '启迪控股']]);
    expect(pairs(extractRelations(doc, ms, { issuer: '万州区', plan }), 'COLLABORATES_WITH')).toEqual([]);
  });

  it('turns 依托 X … P into P RELIES_ON X, and 以 X 为依托 likewise', () => {
    const doc = readText('依托三峡科技创新服务平台规划建设科技成果转化中心。以中国华录黔江数据湖产业园为依托，建设大数据孵化中心。');
    const ms = mentionsOf(doc, [
      ['Platform', '重庆三峡科技创新服务平台', '三峡科技创新服务平台'],
      ['Platform', '科技成果转化中心'],
      ['Platform', '中国华录黔江数据湖产业园'],
      ['Platform', '大数据孵化中心'],
    ]);
    const rs = extractRelations(doc, ms, { issuer: '万州区', plan });
    expect(pairs(rs, 'RELIES_ON')).toEqual(['大数据孵化中心->中国华录黔江数据湖产业园', '科技成果转化中心->重庆三峡科技创新服务平台']);
  });

  it('makes a co-built platform rely on each builder, and the builders collaborate', () => {
    const doc = readText('加快推进重庆三峡学院与重庆大学合作共建“长江流域生态环境与可持续发展研究院”。');
    const ms = mentionsOf(doc, [['University', '重庆三峡学院'], ['University', '重庆大学'], ['Platform', '长江流域生态环境与可持续发展研究院']]);
    const rs = extractRelations(doc, ms, { issuer: '万州区', plan });
    expect(pairs(rs, 'COLLABORATES_WITH')).toEqual(['重庆三峡学院->重庆大学']);
    expect(pairs(rs, 'RELIES_ON')).toEqual(['长江流域生态环境与可持续发展研究院->重庆三峡学院', '长江流域生态环境与可持续发展研究院->重庆大学']);
  });

  it('reads region–region cooperation (联合达州、开州) and regions written together (达州市达川区)', () => {
    const doc = readText('联合达州、开州及周边区县打造“创响万达开”区域创新创业品牌。支持达州市达川区发展。');
    const ms = mentionsOf(doc, [['Region', '达州市', '达州'], ['Region', '开州区', '开州'], ['Region', '达州市'], ['Region', '达川区']]);
    const rs = extractRelations(doc, ms, { issuer: '万州区', plan });
    expect(pairs(rs, 'COLLABORATES_WITH')).toEqual(['万州区->开州区', '万州区->达州市']);
    expect(pairs(rs, 'BELONGS_TO')).toContain('达川区->达州市');
  });

  it('names platforms after their host (重庆大学转化医学中心 RELIES_ON 重庆大学) and finds region and industry in a name', () => {
    const doc = readText('深化与重庆大学合作，筹建重庆大学转化医学中心。推进万州智能装备产业园建设，发展智能装备产业。万州区经济持续发展。');
    const ms = mentionsOf(doc, [
      ['University', '重庆大学'],
      ['Platform', '重庆大学转化医学中心'],
      ['Platform', '万州智能装备产业园'],
      ['Industry', '智能装备', '智能装备产业'],
      ['Region', '万州区'],
    ]);
    const rs = extractRelations(doc, ms, { issuer: '万州区', plan });
    expect(pairs(rs, 'RELIES_ON')).toEqual(['重庆大学转化医学中心->重庆大学']);
    expect(pairs(rs, 'BELONGS_TO')).toEqual(['万州智能装备产业园->万州区', '万州智能装备产业园->智能装备']);
    expect(pairs(rs, 'FOCUSES_ON')).toEqual(['万州区->智能装备']);
    expect(pairs(rs, 'COLLABORATES_WITH')).toEqual(['万州区->重庆大学']);
  });

  it('cites every other plan named in 《》 but not itself', () => {
    const doc = readText('根据《“十四五”国家科技创新规划》《某区科技创新“十四五”规划》，制定本规划。');
    const ms = mentionsOf(doc, [['Plan', '“十四五”国家科技创新规划'], ['Plan', plan.name]]);
    expect(pairs(extractRelations(doc, ms, { issuer: '某区', plan }), 'CITES')).toEqual([`${plan.name}->“十四五”国家科技创新规划`]);
  });
});
