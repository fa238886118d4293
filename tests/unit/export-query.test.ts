/** Export requests: lists split on commas (ASCII or Chinese), types and relations checked, bounds with messages. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_RELATIONS, exportQueryFromSearchParams, parseExportFormat, parseExportQuery } from '../../src/export/index.ts';

describe('parseExportQuery', () => {
  it('splits repeated and comma-separated lists, including 、 and ，', () => {
    const q = parseExportQuery({ region: ['万州区,开州区', '云阳县、黔江区'], seeds: ['重庆大学，西南大学'], type: ['University', 'Region'] });
    expect(q.regions).toEqual(['万州区', '开州区', '云阳县', '黔江区']);
    expect(q.seeds).toEqual(['重庆大学', '西南大学']);
    expect(q.types).toEqual(['University', 'Region']);
    expect(q.relations).toEqual(DEFAULT_EXPORT_RELATIONS);
    expect(q.relations).not.toContain('MENTIONS');
    expect(q).toMatchObject({ depth: 1, limit: 2000 });
  });

  it('reads URL parameters', () => {
    const q = parseExportQuery(exportQueryFromSearchParams(new URLSearchParams('region=万州区&region=开州区&relation=MENTIONS&depth=2&limit=10')));
    expect(q).toMatchObject({ regions: ['万州区', '开州区'], relations: ['MENTIONS'], depth: 2, limit: 10 });
  });

  it('rejects unknown types, relations, formats and out-of-range numbers with what to use instead', () => {
    expect(() => parseExportQuery({ type: ['Company'] })).toThrow(/type "Company" is not an entity type; use one of Plan, Region/);
    expect(() => parseExportQuery({ relation: ['PARTNER_OF'] })).toThrow(/relation "PARTNER_OF" is not a relation type; use one of COLLABORATES_WITH/);
    expect(() => parseExportQuery({ depth: '4' })).toThrow('depth must be a whole number from 0 to 3, got "4".');
    expect(() => parseExportQuery({ limit: '1.5' })).toThrow(/limit must be a whole number from 1 to 20000/);
    expect(() => parseExportQuery({ seeds: [Array.from({ length: 51 }, (_, i) => `e${i}`).join(',')] })).toThrow('at most 50 seeds, got 51.');
    expect(() => parseExportFormat('svg')).toThrow('format "svg" is not one of graphml, gexf, cytoscape, d3, csv.');
    expect(parseExportFormat('GraphML')).toBe('graphml');
  });
});
