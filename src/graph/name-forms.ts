/**
 * The forms under which a person may look an entity up: pinyin (with and without spaces),
 * pinyin initials and traditional characters. Computed once when an entity is loaded.
 */
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

const toTraditional = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

export interface NameForms {
  /** "chong qing da xue" */
  pinyin: string;
  /** "chongqingdaxue": for look-ups typed without spaces. */
  pinyinKey: string;
  /** "cqdx" */
  pinyinInitials: string;
  /** Traditional forms of the name and aliases that differ from them. */
  traditional: string[];
}

function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
}

export function pinyinKey(text: string): string {
  return syllables(text).join('');
}

export function nameForms(name: string, aliases: string[] = []): NameForms {
  const parts = syllables(name);
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  const traditional = new Set<string>();
  for (const form of [name, ...aliases]) {
    for (const convert of toTraditional) {
      const t = convert(form);
      if (t !== form) traditional.add(t);
    }
  }
  return { pinyin: parts.join(' '), pinyinKey: parts.join(''), pinyinInitials: initials, traditional: [...traditional].sort() };
}

/** Traditional → simplified, for look-ups typed in traditional characters. */
export function simplify(text: string): string {
  return toSimplified(text);
}
