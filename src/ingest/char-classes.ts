/** Character classes used by normalisation and structure detection (UTF-16 code units). */

/** Han ideographs (BMP blocks and surrogate halves, which in this text are almost always CJK extensions). */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd800 && code <= 0xdfff)
  );
}

/** Characters that are set without spaces in Chinese typography: Han, CJK punctuation, full-width forms, curly quotes. */
export function isWide(code: number): boolean {
  return (
    isHan(code) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2018 && code <= 0x201d) ||
    code === 0x2026 ||
    code === 0x2014
  );
}

/** Horizontal white space that normalisation folds (not line breaks). */
export function isFoldableSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x1680
  );
}

/** Invisible characters dropped outright: zero-width marks, BOM, soft hyphen, C0/C1 controls other than tab and line breaks. */
export function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060 ||
    code === 0xfeff ||
    code === 0xad ||
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0b && code !== 0x0c) ||
    (code >= 0x7f && code <= 0x9f && code !== 0x85)
  );
}

/** Line breaks: LF, CR (CRLF handled by the caller), VT, FF, NEL, LS, PS. */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029;
}
