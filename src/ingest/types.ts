/**
 * What reading a document produces: normalised text with its structure and offsets.
 * Contract between src/ingest (producer) and src/extract (consumer).
 */

export type SourceFormat = 'txt' | 'docx' | 'pdf' | 'html';

export interface Section {
  /** Index in document order (0-based). */
  index: number;
  /** 1 = 第一章/第一部分, 2 = 第一节, 3 = 一、, 4 = （一）, 5 = 1．, 6 = （1）. Levels are relative; a document that starts at 一、 has level 3 at its top. */
  level: number;
  /** The heading's own text, e.g. "一、加强创新平台建设". */
  title: string;
  /** Titles from the top heading down to this one. */
  path: string[];
  /** Parent section index or null. */
  parent: number | null;
  /** Offsets of the heading line in `text`. */
  start: number;
  end: number;
  /**
   * Optional (added by ingest): how the section was found — a marked heading, a box title (专栏1 …,
   * level = enclosing level + 1), or a heading without a marker inferred from the numbering around it.
   */
  kind?: 'heading' | 'box' | 'inferred';
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  /** The innermost section this paragraph belongs to (for a heading: the section it opens), or null before the first heading. */
  section: number | null;
  isHeading: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  section: number | null;
}

export interface ReadDocument {
  /** The file path as given. */
  path: string;
  format: SourceFormat;
  /** The detected encoding for text files (e.g. "UTF-8", "UTF-16LE", "GB18030"); null for binary formats. */
  encoding: string | null;
  /** sha256 of the file's bytes. */
  sha256: string;
  /** The document's title, when it has one (first heading-like line, or <title>, or docx title); null otherwise. */
  title: string | null;
  /**
   * Normalised text: conversion artifacts removed ([bookmark: _Toc…], page numbers from PDF),
   * white space folded (runs of spaces/tabs → one, lines trimmed, paragraphs separated by "\n").
   * Evidence sentences are quoted from this string; every offset refers to it.
   */
  text: string;
  /**
   * Same length as `text`, character for character: traditional → simplified (opencc-js),
   * full-width letters/digits → half-width, half-width brackets and punctuation ( ) , ; : → full-width
   * （ ） ， ； ：, curly/straight quote variants unified to “ ” ‘ ’. Recognisers run on this string,
   * names are cut from it, so canonical names come out simplified with full-width brackets.
   */
  match: string;
  /** Map an offset in `text` back to an offset in the decoded original text. */
  toOriginal(offset: number): number;
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Offsets [start, end) of the table of contents in `text`, if one was detected; its lines are not content. */
  tableOfContents: { start: number; end: number } | null;
}

/**
 * A ReadDocument without its offset map (a function): what recognition needs, and what crosses to a recognition
 * worker thread (a function does not).
 */
export type PlainReadDocument = Omit<ReadDocument, 'toOriginal'>;

export class DocumentReadError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'DocumentReadError';
  }
}
