/**
 * One test per class of relation rule, each on sentences from the plans in data/plans (mentions
 * built by hand, so that the rule is tested whatever the recognisers find).
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/read-text.ts';
import { extractRelations } from '../../src/extract/relations.ts';
import { mentionsOf, pairs } from './extract-relations-helpers.ts';

const plan = { name: '某区科技创新“十四五”规划' };

describe('RELIES_ON: which platform a frame is about', () => {
  it('takes the paragraph headline as the subject of 以X为核心载体/依托X, not a platform in a later clause', () => {
    const doc = readText(
      '聚焦“健康+”建设三峡国际健康城。以三峡医学中心为核心载体，以医工融合为主要创新模式，依托重庆大学和附属三峡医院科技创新优势，论证和推进三峡库区生物样本库、临床研究数据库建设。',
    );
    const ms = mentionsOf(doc, [
      ['Project', '三峡国际健康城'],
      ['Platform', '三峡医学中心'],
      ['University', '重庆大学'],
      ['ResearchInstitute', '重庆大学附属三峡医院', '附属三峡医院'],
      ['Platform', '三峡库区生物样本库'],
    ]);
    expect(pairs(extractRelations(doc, ms, { issuer: '万州区', plan }), 'RELIES_ON')).toEqual([
      '三峡国际健康城->三峡医学中心',
      '三峡国际健康城->重庆大学',
      '三峡国际健康城->重庆大学附属三峡医院',
    ]);
  });

  it('does not take a sentence that states a reliance as a headline', () => {
    const doc = readText('依托三峡科技创新服务平台规划建设科技成果转化中心。以中国华录黔江数据湖产业园为依托，建设大数据孵化中心。');
    const ms = mentionsOf(doc, [
      ['Platform', '重庆三峡科技创新服务平台', '三峡科技创新服务平台'],
      ['Platform', '科技成果转化中心'],
      ['Platform', '中国华录黔江数据湖产业园'],
      ['Platform', '大数据孵化中心'],
    ]);
    expect(pairs(extractRelations(doc, ms, { issuer: '万州区', plan }), 'RELIES_ON')).toEqual([
      '大数据孵化中心->中国华录黔江数据湖产业园',
      '科技成果转化中心->重庆三峡科技创新服务平台',
    ]);
  });

  it('takes the platform of a lead 「N．P：」 when the sentence names none', () => {
    const doc = readText('6．三峡库区自然疫源性疾病临床防治研究所：依托区人民医院，加快完善研究所体制机制，重点开展临床流行病学研究。');
    const ms = mentionsOf(doc, [
      ['Platform', '三峡库区自然疫源性疾病临床防治研究所'],
      ['ResearchInstitute', '开州区人民医院', '区人民医院'],
    ]);
    expect(pairs(extractRelations(doc, ms, { issuer: '开州区', plan }), 'RELIES_ON')).toEqual(['三峡库区自然疫源性疾病临床防治研究所->开州区人民医院']);
  });

  it('takes the platform a numbered heading names for the 依托 sentences under it', () => {
    const doc = readText('（二）推动科技服务平台建设\n5．创新创业人才服务基地\n依托黔江区科技企业孵化基地、阿蓬创客社区等资源，全面整合区内“双创”力量，组建创新创业导师团。\n');
    const heading = doc.sections.find((s) => s.title.includes('创新创业人才服务基地'));
    expect(heading, 'the reader makes 5．… a heading').toBeDefined();
    const ms = mentionsOf(doc, [
      ['Platform', '创新创业人才服务基地'],
      ['Platform', '黔江科技企业孵化基地', '黔江区科技企业孵化基地'],
      ['Platform', '阿蓬创客社区'],
    ]);
    expect(pairs(extractRelations(doc, ms, { issuer: '黔江区', plan }), 'RELIES_ON')).toEqual([
      '创新创业人才服务基地->阿蓬创客社区',
      '创新创业人才服务基地->黔江科技企业孵化基地',
    ]);
  });

  it('follows a series of 以 frames to the platform, and stops there', () => {
    const doc = readText(
      '以百安坝文教板块为主要范围，重庆三峡学院为核心主体，重庆三峡医药高等专科学校、重庆安全技术职业学院等高校为合作载体，积极创建环大学创新生态圈，逐步扩展到万州经开区、渝东新区等创新资源聚集区。',
    );
    const ms = mentionsOf(doc, [
      ['University', '重庆三峡学院'],
      ['University', '重庆三峡医药高等专科学校'],
      ['University', '重庆安全技术职业学院'],
      ['Project', '环大学创新生态圈'],
      ['Platform', '万州经开区'],
      ['Region', '渝东新区'],
    ]);
    expect(pairs(extractRelations(doc, ms, { issuer: '万州区', plan }), 'RELIES_ON')).toEqual([
      '环大学创新生态圈->重庆三峡医药高等专科学校',
      '环大学创新生态圈->重庆三峡学院',
      '环大学创新生态圈->重庆安全技术职业学院',
    ]);
  });

  it('pairs equal lists of hosts and platforms in order, and skips a counted class of platforms', () => {
    const doc = readText(
      '依托武陵硅业、三磊玻纤、京宏源铝加工等企业建设硬质合金研发企业技术中心、玻纤复合材料企业技术中心、铝制品深加工研发中心等技术研发中心20个；依托阿蓬记、蓬江食品等企业建设5个区级以上绿色食品深加工研发平台。',
    );
    const ms = mentionsOf(doc, [
      ['Enterprise', '武陵硅业'],
      ['Enterprise', '三磊玻纤'],
      ['Enterprise', '京宏源铝加工'],
      ['Platform', '硬质合金研发企业技术中心'],
      ['Platform', '玻纤复合材料企业技术中心'],
      ['Platform', '铝制品深加工研发中心'],
      ['Enterprise', '阿蓬记'],
      ['Enterprise', '蓬江食品'],
      ['Platform', '绿色食品深加工研发平台'],
    ]);
    expect(pairs(extractRelations(doc, ms, { issuer: '黔江区', plan }), 'RELIES_ON')).toEqual([
      '玻纤复合材料企业技术中心->三磊玻纤',
      '硬质合金研发企业技术中心->武陵硅业',
      '铝制品深加工研发中心->京宏源铝加工',
    ]);
  });
});

describe('RELIES_ON: who builds it', () => {
  it('reads X 在 <place> 设立 P as P relying on X, never on the place when it is a region', () => {
    const doc = readText('支持重庆大学在璧山设立璧山研究院。重庆市农业科学院将在江津设立“市农科院江津富硒农业创新中心”。争取在西部（重庆）科学城设立古生物研究所。');
    const ms = mentionsOf(doc, [
      ['University', '重庆大学'],
      ['Region', '璧山区', '璧山'],
      ['Platform', '璧山研究院'],
      ['ResearchInstitute', '重庆市农业科学院'],
      ['Region', '江津区', '江津'],
      ['Platform', '市农科院江津富硒农业创新中心'],
      ['Platform', '西部（重庆）科学城'],
      ['Platform', '古生物研究所'],
    ]);
    expect(pairs(extractRelations(doc, ms, { issuer: '璧山区', plan }), 'RELIES_ON')).toEqual([
      '古生物研究所->西部（重庆）科学城',
      '市农科院江津富硒农业创新中心->重庆市农业科学院',
      '璧山研究院->重庆大学',
    ]);
  });

  it('makes a platform built 联合 X rely on X as well as on the 依托 host', () => {
    const doc = readText('依托区中医院，联合市中医研究院建立开州区中医药临床研究所，开展关键技术研究。');
    const ms = mentionsOf(doc, [
      ['ResearchInstitute', '开州区中医院', '区中医院'],
      ['ResearchInstitute', '重庆市中医研究院', '市中医研究院'],
      ['Platform', '开州区中医药临床研究所'],
    ]);
    const rs = extractRelations(doc, ms, { issuer: '开州区', plan });
    expect(pairs(rs, 'RELIES_ON')).toEqual(['开州区中医药临床研究所->开州区中医院', '开州区中医药临床研究所->重庆市中医研究院']);
  });

  it('reads 与 X 合作共建的 P with the issuer left out (a region is not a host)', () => {
    const doc = readText('全面启动数智森林小镇建设，与华为合作共建的T3+数据中心和产业云投入使用。');
    const ms = mentionsOf(doc, [['Enterprise', '华为'], ['Platform', 'T3+数据中心']]);
    const rs = extractRelations(doc, ms, { issuer: '云阳县', plan });
    expect(pairs(rs, 'RELIES_ON')).toEqual(['T3+数据中心->华为']);
    expect(pairs(rs, 'COLLABORATES_WITH')).toEqual(['云阳县->华为']);
  });
});

describe('BELONGS_TO to a region', () => {
  it('places a platform in the plan’s district or a county written in full, not in the city a name starts with', () => {
    const doc = readText(
      '万州区与达川区加强合作。规划建设万州产业技术研究院。推动中船重工智能装备产业园与达州市达川区军民整合产业园深度合作。深化与重庆大学、中国科学院合作。打造“创响万州”品牌。重庆市科技创新持续发展。',
    );
    const ms = mentionsOf(doc, [
      ['Region', '万州区'],
      ['Region', '达川区'],
      ['Platform', '万州产业技术研究院'],
      ['Platform', '中船重工智能装备产业园'],
      ['Platform', '达州市达川区军民整合产业园'],
      ['University', '重庆大学', '重庆大学', '重庆市'],
      ['ResearchInstitute', '中国科学院', '中国科学院', '北京市'],
      ['Project', '“创响万州”品牌'],
      ['Region', '重庆市'],
    ]);
    expect(pairs(extractRelations(doc, ms, { issuer: '万州区', plan }), 'BELONGS_TO')).toEqual([
      '万州产业技术研究院->万州区',
      '万州区->重庆市',
      '达州市达川区军民整合产业园->达川区',
    ]);
  });

  it('keeps a province out of a wide zone, but puts districts in their grouping', () => {
    const doc = readText('积极融入成渝地区双城经济圈建设，重庆市加快发展。围绕万开云同城化发展，与开州区、云阳县协同创新。');
    const ms = mentionsOf(doc, [
      ['Region', '成渝地区双城经济圈'],
      ['Region', '重庆市'],
      ['Region', '万开云'],
      ['Region', '开州区'],
      ['Region', '云阳县'],
    ]);
    const rs = pairs(extractRelations(doc, ms, { issuer: '万州区', plan }), 'BELONGS_TO');
    expect(rs).not.toContain('重庆市->成渝地区双城经济圈');
    expect(rs).toEqual(expect.arrayContaining(['万州区->万开云', '开州区->万开云', '云阳县->万开云']));
  });
});
