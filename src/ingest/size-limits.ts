/**
 * How much one document may hold. A regional plan is 50–200 thousand characters; a file far beyond that is
 * not one plan (a dump, a merged archive, the wrong file) and would take minutes and gigabytes to extract,
 * so it is refused with a line that says so, before it is decoded.
 */
import { DocumentReadError } from './types.ts';

/** Characters of normalised text in one document (about 30 times the longest plan seen). */
export const MAX_TEXT_CHARS = 3_000_000;
/** Bytes of one file of any format (a .docx or .pdf may carry large images). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** The most bytes one character takes in a supported encoding (UTF-8, GB18030). */
const MAX_BYTES_PER_CHAR = 4;

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

export function checkFileSize(path: string, bytes: number): void {
  if (bytes > MAX_FILE_BYTES) {
    throw new DocumentReadError(path, `is ${mb(bytes)} MB, larger than the ${mb(MAX_FILE_BYTES)} MB PlanGraph reads as one document; check that it is the right file, or split it into its parts`);
  }
}

/** For text and HTML files, before decoding: bytes that cannot fit in MAX_TEXT_CHARS characters. */
export function checkTextBytes(path: string, bytes: number): void {
  if (bytes > MAX_TEXT_CHARS * MAX_BYTES_PER_CHAR) tooMuchText(path, `${mb(bytes)} MB of text`);
}

export function checkTextLength(path: string, chars: number): void {
  if (chars > MAX_TEXT_CHARS) tooMuchText(path, `${(chars / 1e6).toFixed(1)} million characters of text`);
}

function tooMuchText(path: string, what: string): never {
  throw new DocumentReadError(
    path,
    `is ${what}, more than the ${MAX_TEXT_CHARS / 1e6} million characters PlanGraph reads as one document (a plan has well under 1 million); check that it is the right file, or split it into its parts`,
  );
}
