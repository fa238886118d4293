/**
 * Normalisation of decoded text: conversion artifacts removed, white space folded, one paragraph per
 * non-empty line, with a map from every offset back to the decoded original.
 *
 * Rules (in one linear pass):
 * - `[bookmark: _Toc76135053]` and similar `[word: …]` markers left by docx converters are removed.
 * - A leading list bullet left by Markdown conversion ("- ", "* ", "• ") is removed.
 * - Zero-width characters, BOMs and control characters are removed.
 * - Lines are trimmed; empty lines vanish; paragraphs are separated by a single "\n".
 * - Inside a line, a run of spaces (ASCII, ideographic, no-break …) between two wide (CJK) characters
 *   disappears; any other run becomes one space. A run that contains a tab always becomes one space,
 *   because tabs separate table cells.
 */
import { OffsetMapBuilder } from './offset-map.ts';
import { isFoldableSpace, isInvisible, isLineBreak, isWide } from './char-classes.ts';

export interface NormalisedText {
  text: string;
  toOriginal: (offset: number) => number;
}

/** `[bookmark: _Toc123]`, `[comment: …]`: a lowercase-or-capitalised word, a colon, a space, no brackets or line breaks inside. */
const ARTIFACT = /\[[A-Za-z][A-Za-z0-9_-]{0,30}: [^[\]\n\r]{0,200}\]/g;
const BULLETS = new Set([0x2d, 0x2a, 0x2022]);

/** Sorted, non-overlapping [start, end) ranges of conversion artifacts in `source`. */
function findArtifacts(source: string): Int32Array {
  const ranges: number[] = [];
  ARTIFACT.lastIndex = 0;
  for (let m = ARTIFACT.exec(source); m !== null; m = ARTIFACT.exec(source)) {
    ranges.push(m.index, m.index + m[0].length);
  }
  return Int32Array.from(ranges);
}

export function normaliseText(source: string): NormalisedText {
  const artifacts = findArtifacts(source);
  let nextArtifact = 0;
  const map = new OffsetMapBuilder();
  const parts: string[] = [];
  let outLength = 0;

  // Pending copy run [runStart, runEnd) in the source, flushed when something breaks contiguity.
  let runStart = -1;
  let runEnd = -1;
  const flush = (): void => {
    if (runStart >= 0) {
      parts.push(source.slice(runStart, runEnd));
      map.copy(runStart, runEnd - runStart);
      outLength += runEnd - runStart;
      runStart = -1;
    }
  };
  const emitChar = (at: number): void => {
    if (runStart >= 0 && runEnd === at) {
      runEnd = at + 1;
      return;
    }
    flush();
    runStart = at;
    runEnd = at + 1;
  };
  const insert = (s: string, at: number): void => {
    flush();
    parts.push(s);
    map.insert(at, s.length);
    outLength += s.length;
  };

  let lineHasContent = false; // something emitted on the current line
  let lastEmitted = -1; // code of the last emitted character on this line
  let lastEmittedEnd = 0; // source offset after it
  let pendingSpace = false;
  let pendingTab = false;
  let pendingAt = 0;
  let newlinePending = false; // a paragraph ended; "\n" goes out before the next content
  let lineStartChecked = false; // bullet check done for this line

  const n = source.length;
  for (let i = 0; i < n; i++) {
    if (nextArtifact < artifacts.length && i === artifacts[nextArtifact]) {
      i = artifacts[nextArtifact + 1]! - 1;
      nextArtifact += 2;
      continue;
    }
    const code = source.charCodeAt(i);
    if (isLineBreak(code)) {
      if (lineHasContent) newlinePending = true;
      lineHasContent = false;
      pendingSpace = false;
      pendingTab = false;
      lastEmitted = -1;
      lineStartChecked = false;
      continue;
    }
    if (isFoldableSpace(code)) {
      if (lineHasContent) {
        if (!pendingSpace) pendingAt = i;
        pendingSpace = true;
        if (code === 0x09) pendingTab = true;
      }
      continue;
    }
    if (isInvisible(code)) continue;
    if (!lineHasContent && !lineStartChecked) {
      lineStartChecked = true;
      if (BULLETS.has(code) && i + 1 < n && isFoldableSpace(source.charCodeAt(i + 1))) continue;
    }
    // A visible character.
    if (!lineHasContent) {
      if (newlinePending && outLength + (runStart >= 0 ? runEnd - runStart : 0) > 0) insert('\n', lastEmittedEnd);
      newlinePending = false;
      lineHasContent = true;
    } else if (pendingSpace) {
      if (pendingTab || !(isWide(lastEmitted) && isWide(code))) {
        if (code !== 0x20 && source.charCodeAt(pendingAt) === 0x20 && !pendingTab) {
          // Keep the original space character when the run starts with one, so the text stays a copy.
          emitChar(pendingAt);
        } else {
          insert(' ', pendingAt);
        }
      }
    }
    pendingSpace = false;
    pendingTab = false;
    emitChar(i);
    lastEmitted = code;
    lastEmittedEnd = i + 1;
  }
  flush();
  return { text: parts.join(''), toOriginal: map.build(source.length) };
}
