/**
 * Entities named inside a name (EntityMention.inner) in the relation rules and the pipeline, and the
 * 依托A、B等 lists with an item the recogniser missed. Sentences from the plans in data/plans; the
 * mentions (and their inner entities) are built by hand, so that the rules are tested whatever the
 * recognisers find.
 */
import { describe, expect, it } from 'vitest';
import type { NodeType } from '../../src/graph/model.ts';
import { readText } from '../../src/ingest/read-text.ts';
import { extractRelations } from '../../src/extract/relations.ts';
import { everyMention, innerIsMentioned, withResolvedInner } from '../../src/extract/pipeline-inner.ts';
import type { EntityMention, InnerMention } from '../../src/extract/types.ts';
import type { ReadDocument } from '../../src/ingest/types.ts';
import { mentionsOf, pairs } from './extract-relations-helpers.ts';

const plan = { name: '某区科技创新“十四五”规划' };

/** Give mention `at` the inner entities [type, canonical name, surface] written inside it. */
function withInner(doc: ReadDocument, ms: EntityMention[], at: number, items: [NodeType, string, string?][]): EntityMention[] {
  const m = ms[at]!;
  const inner: InnerMention[] = items.map(([type, name, surface = name]) => {
    const start = doc.match.indexOf(surface, m.start);
    if (start < 0 || start + surface.length > m.end) throw new Error(`"${surface}" is not inside ${m.surface}`);
    return { type, name, surface, start, end: start + surface.length };
  });
  return ms.map((x, i) => (i === at ? { ...x, inner } : x));
}

describe('RELIES_ON from the organisation a platform is named after', () => {
  it('links a branch to the institute written (short) at the start of its name, though the text names it nowhere else', () => {
    const doc = readText('布局建设新材料技术创新中心、生物医药重点实验室、重庆市蚕科院黔江分院等创新平台。');
    let ms = mentionsOf(doc, [
      ['Platform', '新材料技术创新中心'],
      ['Platform', '生物医药重点实验室'],
      ['Platform', '重庆市蚕科院黔江分院'],
    ]);
    ms = withInner(doc, ms, 1, [['Industry', '生物医药']]);
    ms = withInner(doc, ms, 2, [['ResearchInstitute', '重庆市蚕业科学技术研究院', '重庆市蚕科院']]);
    expect(pairs(extractRelations(doc, ms, { issuer: '重庆市', plan }), 'RELIES_ON')).toEqual(['重庆市蚕科院黔江分院->重庆市蚕业科学技术研究院']);
  });

  it('takes a platform inside a name as the host of a branch only, and passes over a host followed by 附属', () => {
    const doc = readText(
      '加快推进国家生猪技术创新中心万州分中心建设，推动渝东南科技企业孵化器联盟发展，筹建重庆大学附属三峡医院医工融合创新中心、吉利工业互联网平台。',
    );
    let ms = mentionsOf(doc, [
      ['Platform', '国家生猪技术创新中心万州分中心'],
      ['Project', '渝东南科技企业孵化器联盟'],
      ['Platform', '重庆大学附属三峡医院医工融合创新中心'],
      ['Platform', '吉利工业互联网平台'],
    ]);
    ms = withInner(doc, ms, 0, [['Platform', '国家生猪技术创新中心']]);
    ms = withInner(doc, ms, 1, [['Platform', '渝东南科技企业孵化器']]);
    ms = withInner(doc, ms, 2, [['University', '重庆大学']]);
    ms = withInner(doc, ms, 3, [['Enterprise', '吉利'], ['Industry', '工业互联网']]);
    expect(pairs(extractRelations(doc, ms, { issuer: '万州区', plan }), 'RELIES_ON')).toEqual([
      '吉利工业互联网平台->吉利',
      '国家生猪技术创新中心万州分中心->国家生猪技术创新中心',
    ]);
  });

  it('prefers the host the text names on its own to one only found inside the name', () => {
    const doc = readText('重庆市中药研究院与云海药业共建重庆市中药研究院渝东北质量检测分中心。');
    let ms = mentionsOf(doc, [
      ['ResearchInstitute', '重庆市中药研究院'],
      ['Enterprise', '三峡云海药业', '云海药业'],
      ['Platform', '重庆市中药研究院渝东北质量检测分中心'],
    ]);
    ms = withInner(doc, ms, 2, [['Platform', '中药研究院']]);
    expect(pairs(extractRelations(doc, ms, { issuer: '云阳县', plan }), 'RELIES_ON')).toEqual([
      '重庆市中药研究院渝东北质量检测分中心->三峡云海药业',
      '重庆市中药研究院渝东北质量检测分中心->重庆市中药研究院',
    ]);
  });
});

describe('依托A、B等: a list item the recogniser missed', () => {
  it('does not hide the hosts after it, and a long phrase is no item', () => {
    const doc = readText(
      '依托黔江食药检所、科瑞南海制药等平台充分利用渝东南片区中药材资源，打造生物医药重点实验室。依托区内5个国家级“双创”平台等优势资源，建设渝东南科技企业孵化器联盟。',
    );
    const ms = mentionsOf(doc, [
      ['Region', '黔江区', '黔江'],
      ['Enterprise', '科瑞南海制药'],
      ['Platform', '生物医药重点实验室'],
      ['Platform', '渝东南科技企业孵化器联盟'],
    ]);
    expect(pairs(extractRelations(doc, ms, { issuer: '黔江区', plan }), 'RELIES_ON')).toEqual(['生物医药重点实验室->科瑞南海制药']);
  });
});

describe('BELONGS_TO a region written inside a name', () => {
  it('places a park in the county written in full inside its name; a grouping inside a name states no membership', () => {
    const doc = readText('推动中船重工智能装备产业园与达州市达川区军民整合产业园深度合作。加强与重庆市璧山区的科技合作，共建成渝地区双城经济圈产业协作示范园区。');
    let ms = mentionsOf(doc, [
      ['Platform', '中船重工智能装备产业园'],
      ['Platform', '达州市达川区军民整合产业园'],
      ['Region', '璧山区', '重庆市璧山区'],
      ['Platform', '成渝地区双城经济圈产业协作示范园区'],
    ]);
    ms = withInner(doc, ms, 1, [['Region', '达川区']]);
    ms = withInner(doc, ms, 3, [['Region', '成渝地区双城经济圈']]);
    const belongs = pairs(extractRelations(doc, ms, { issuer: '郫都区', plan }), 'BELONGS_TO');
    expect(belongs).toContain('达州市达川区军民整合产业园->达川区');
    expect(belongs.filter((b) => b.endsWith('->成渝地区双城经济圈'))).toEqual([]);
  });
});

describe('inner entities in the pipeline', () => {
  const outer = (type: NodeType, name: string, inner: InnerMention[]): EntityMention => ({
    type,
    name,
    surface: name,
    start: 0,
    end: name.length,
    sentence: 4,
    source: 'pattern',
    inner,
  });
  const at = (name: string, whole: string, type: NodeType): InnerMention => ({ type, name, surface: name, start: whole.indexOf(name), end: whole.indexOf(name) + name.length });

  it('counts as mentioned a region, and a host inside a platform, not an industry or the parent inside an institute', () => {
    expect(innerIsMentioned('Platform', 'Region')).toBe(true);
    expect(innerIsMentioned('Platform', 'ResearchInstitute')).toBe(true);
    expect(innerIsMentioned('Project', 'Enterprise')).toBe(true);
    expect(innerIsMentioned('Platform', 'Industry')).toBe(false);
    expect(innerIsMentioned('ResearchInstitute', 'ResearchInstitute')).toBe(false);
    expect(innerIsMentioned('ResearchInstitute', 'Enterprise')).toBe(false);
    expect(innerIsMentioned('Platform', 'Platform')).toBe(false);
  });

  it('resolves what counts as mentioned, keeps the rest for the relation rules, drops a firm inside a firm', () => {
    const name = '达州市达川区军民整合产业园';
    const resolved: string[] = [];
    const m = withResolvedInner(outer('Platform', name, []), [at('达川区', name, 'Region'), at('军民融合', '军民融合', 'Industry')], (x) => {
      resolved.push(x.name);
      return { type: x.type, name: x.name };
    });
    expect(resolved).toEqual(['达川区']);
    expect(m.inner?.map((i) => i.name)).toEqual(['达川区', '军民融合']);
    const firm = withResolvedInner(outer('Enterprise', '科瑞南海制药', []), [at('科瑞南海', '科瑞南海制药', 'Enterprise')], (x) => x);
    expect(firm.inner).toBeUndefined();
    // the mention list for MENTIONS: the outer mention, then what it names that counts, in its sentence
    const all = [...everyMention([m])];
    expect(all.map((x) => [x.name, x.sentence, x.start])).toEqual([
      [name, 4, 0],
      ['达川区', 4, 3],
    ]);
  });
});
