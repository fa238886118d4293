/** User text never becomes Lucene syntax; names typed in pinyin or traditional characters become look-up keys. */
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, evidenceOf, lucenePhrase, nameRef } from '../../src/api/values.ts';

describe('lucenePhrase', () => {
  it('quotes the text as one phrase and escapes every special character', () => {
    expect(lucenePhrase('重庆 AND (大学)')).toBe('"重庆 AND \\(大学\\)"');
    expect(lucenePhrase('a+b-c&&d||e!f{g}h[i]j^k"l~m*n?o:p\\q/r')).toBe(
      '"a\\+b\\-c\\&\\&d\\|\\|e\\!f\\{g\\}h\\[i\\]j\\^k\\"l\\~m\\*n\\?o\\:p\\\\q\\/r"',
    );
  });
  it('returns null when only blanks are left', () => {
    expect(lucenePhrase('  \t ')).toBeNull();
  });
});

describe('nameRef', () => {
  it('simplifies traditional characters and has no pinyin key for Chinese text', () => {
    expect(nameRef('重慶大學')).toEqual({ raw: '重慶大學', simplified: '重庆大学', key: null });
  });
  it('turns pinyin with or without spaces into one key', () => {
    expect(nameRef('chong qing da xue').key).toBe('chongqingdaxue');
    expect(nameRef('ChongQingDaXue').key).toBe('chongqingdaxue');
  });
});

describe('cursors and evidence', () => {
  it('a cursor round-trips and a foreign string is refused', () => {
    expect(decodeCursor(encodeCursor('University:重庆大学'))).toBe('University:重庆大学');
    expect(decodeCursor('bm9wZQ')).toBeNull();
  });
  it('evidence zips the parallel lists of every per-document relationship', () => {
    const items = evidenceOf([
      { document: 'a', sentences: ['s1', 's2'], sections: ['x', 'y'], sentenceIds: ['a#t1', null], starts: [1, 5], ends: [3, 9] },
      { document: 'b', sentences: ['s3'], sections: [''], sentenceIds: null, starts: null, ends: null },
    ]);
    expect(items).toEqual([
      { document: 'a', section: 'x', sentence: 's1', sentenceId: 'a#t1', start: 1, end: 3 },
      { document: 'a', section: 'y', sentence: 's2', sentenceId: null, start: 5, end: 9 },
      { document: 'b', section: '', sentence: 's3', sentenceId: null, start: null, end: null },
    ]);
  });
});
