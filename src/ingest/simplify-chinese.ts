/**
 * Traditional → simplified Chinese with opencc-js, keeping the string length (character for character),
 * because `match` must align with `text`.
 *
 * Only lines holding at least one character that converts on its own are passed through the phrase
 * converter (simplified text, the common case, costs one cached lookup per character). When the phrase
 * conversion of a line changes its length, that line is converted character by character instead.
 */
import * as OpenCC from 'opencc-js';

const convertPhrases = OpenCC.Converter({ from: 't', to: 'cn' });
const singleCache = new Map<number, string>();

function convertSingle(ch: string): string {
  const code = ch.codePointAt(0)!;
  const known = singleCache.get(code);
  if (known !== undefined) return known;
  const converted: string = convertPhrases(ch);
  const out: string = converted.length === ch.length ? converted : ch;
  singleCache.set(code, out);
  return out;
}

/**
 * Per BMP code unit: 0 not looked up yet, 1 stays, 2 converts on its own. A table read per character
 * instead of a one-character string and a Map lookup (this runs over every character of every document).
 */
const bmpState = new Uint8Array(0x10000);

function convertsOnItsOwn(code: number): boolean {
  let state = bmpState[code]!;
  if (state === 0) {
    const ch = String.fromCharCode(code);
    state = convertSingle(ch) !== ch ? 2 : 1;
    bmpState[code] = state;
  }
  return state === 2;
}

function hasTraditional(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code < 0x3400) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      const ch = line.slice(i, i + 2);
      if (convertSingle(ch) !== ch) return true;
      i++;
      continue;
    }
    if (convertsOnItsOwn(code)) return true;
  }
  return false;
}

function convertPerCharacter(line: string): string {
  let out = '';
  for (const ch of line) out += convertSingle(ch);
  return out;
}

/** Simplified form of `text`, the same length, line by line. */
export function toSimplifiedSameLength(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (!hasTraditional(line)) continue;
    const converted = convertPhrases(line);
    lines[k] = converted.length === line.length ? converted : convertPerCharacter(line);
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}
