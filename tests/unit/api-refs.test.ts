/** Which typed references are taken for entity ids (and may skip the name look-up). */
import { describe, expect, it } from 'vitest';
import { looksLikeId } from '../../src/api/refs.ts';

describe('looksLikeId', () => {
  it('takes "<EntityType>:<name>" for an id, blanks around it ignored', () => {
    expect(looksLikeId('University:重庆大学')).toBe(true);
    expect(looksLikeId('  Region:万州区 ')).toBe(true);
    expect(looksLikeId('Platform:重庆（荣昌）生猪大数据中心')).toBe(true);
  });
  it('does not take names, unknown types, or a type with nothing after it', () => {
    expect(looksLikeId('重庆大学')).toBe(false);
    expect(looksLikeId('chongqingdaxue')).toBe(false);
    expect(looksLikeId('Sentence:wanzhou#t1')).toBe(false);
    expect(looksLikeId('University:')).toBe(false);
    expect(looksLikeId('University: 重庆大学')).toBe(false);
    expect(looksLikeId('university:重庆大学')).toBe(false);
  });
});
