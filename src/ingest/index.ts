/**
 * Reading documents: a file (.txt in UTF-8/UTF-16/GB18030/Big5, .docx, .pdf with a text layer, .html)
 * becomes a ReadDocument — normalised text, a same-length `match` string, title, table of contents,
 * sections, paragraphs and sentences with offsets, and a map back to the decoded original.
 */
export { readDocument } from './read-document.ts';
export { readText, type ReadTextOptions } from './read-text.ts';
export { DocumentReadError } from './types.ts';
export { MAX_TEXT_CHARS, MAX_FILE_BYTES } from './size-limits.ts';
export type { ReadDocument, PlainReadDocument, Section, Paragraph, Sentence, SourceFormat } from './types.ts';
