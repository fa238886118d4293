/**
 * The `match` string: the same length as `text`, character for character, in the forms recognisers
 * expect: simplified characters, ASCII letters and digits, full-width Chinese punctuation, curly quotes.
 *
 * - traditional → simplified (opencc-js, see simplify-chinese.ts);
 * - full-width letters, digits and ％ → ASCII;
 * - ( ) , ; : ! ? → （ ） ， ； ： ！ ？, except "," and ":" between digits (26,371 12:30);
 *   a full-width "．" between digits becomes "." (2．6 → 2.6);
 * - 「」 → “”, 『』 → ‘’, 〝〞 → “”, straight double quotes alternate “ ”, a straight single quote
 *   next to a Han character alternates ‘ ’.
 */
import { toSimplifiedSameLength } from './simplify-chinese.ts';
import { isHan } from './char-classes.ts';

const FIXED_PAIRS: Record<number, number> = {
  0x28: 0xff08, // (
  0x29: 0xff09, // )
  0x3b: 0xff1b, // ;
  0x21: 0xff01, // !
  0x3f: 0xff1f, // ?
  0x300c: 0x201c, // 「
  0x300d: 0x201d, // 」
  0x300e: 0x2018, // 『
  0x300f: 0x2019, // 』
  0x301d: 0x201c, // 〝
  0x301e: 0x201d, // 〞
  0xff05: 0x25, // ％
};
/** FIXED_PAIRS as a table over the BMP (0: unchanged): an object lookup per character is several times slower. */
const FIXED = new Uint16Array(0x10000);
for (const [from, to] of Object.entries(FIXED_PAIRS)) FIXED[Number(from)] = to;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

export function buildMatchString(text: string): string {
  const simplified = toSimplifiedSameLength(text);
  const n = simplified.length;
  const out = new Uint16Array(n);
  let doubleOpen = false;
  let singleOpen = false;
  // First pass: fold full-width alphanumerics so the digit tests below see ASCII digits.
  for (let i = 0; i < n; i++) {
    const c = simplified.charCodeAt(i);
    out[i] = (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) ? c - 0xfee0 : c;
  }
  for (let i = 0; i < n; i++) {
    const c = out[i]!;
    if (c === 0x0a) {
      doubleOpen = false;
      singleOpen = false;
      continue;
    }
    const fixed = FIXED[c]!;
    if (fixed !== 0) {
      out[i] = fixed;
      continue;
    }
    const prev = i > 0 ? out[i - 1]! : 0;
    const next = i + 1 < n ? out[i + 1]! : 0;
    if (c === 0x2c || c === 0x3a) {
      // , :
      if (!(isDigit(prev) && isDigit(next))) out[i] = c === 0x2c ? 0xff0c : 0xff1a;
    } else if (c === 0xff0e) {
      // ．
      if (isDigit(prev) && isDigit(next)) out[i] = 0x2e;
    } else if (c === 0x22 || c === 0xff02) {
      out[i] = doubleOpen ? 0x201d : 0x201c;
      doubleOpen = !doubleOpen;
    } else if (c === 0x27 && (isHan(prev) || isHan(next))) {
      out[i] = singleOpen ? 0x2019 : 0x2018;
      singleOpen = !singleOpen;
    }
  }
  return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(out);
}
