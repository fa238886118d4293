/** Within-document merging of a name's variants must not merge two owners' parks of one kind. */
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/read-text.ts';
import { recogniseEntities } from '../../src/extract/entities.ts';

const platforms = (text: string, issuer: string) =>
  [...new Set(recogniseEntities(readText(text), { issuer }).filter((m) => m.type === 'Platform').map((m) => m.name))].sort();

describe('variant merging and owners', () => {
  it('keeps the district’s park and a firm’s park of the same kind apart (written text)', () => {
    const text = '围绕“巫山智能装备产业园”建设，推动中船重工智能装备产业园与巫山智能装备产业园深度合作。';
    expect(platforms(text, '巫山县')).toEqual(['中船重工智能装备产业园', '巫山智能装备产业园']);
  });

  it('still merges a name written with and without its region (written text)', () => {
    const text = '建设巫山县科技企业孵化基地。巫山科技企业孵化基地入驻企业50家。';
    expect(platforms(text, '巫山县')).toHaveLength(1);
  });
});
