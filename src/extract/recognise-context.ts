/**
 * What every recogniser sees for one sentence: its text (a slice of `ReadDocument.match`), its
 * offset, its tokens, and the document-wide state (lexicon overlay, issuer).
 */
import type { Lexicon, LexiconEntry, SurfaceOverlay } from './lexicon.ts';
import type { Token } from './lexicon-segmenter.ts';
import type { EntityMention } from './types.ts';

/** A mention before resolution: the fields of EntityMention, with the recogniser that found it. */
export interface Candidate extends Omit<EntityMention, 'source' | 'aliases'> {
  source: 'lexicon' | 'pattern' | 'quoted' | 'list' | 'abbreviation';
  /** The lexicon entry, when the candidate came from (or resolved to) one. */
  entry?: LexiconEntry;
}

export interface DocumentScope {
  lexicon: Lexicon;
  overlay: SurfaceOverlay;
  /** The issuer region's lexicon entry, or null. */
  issuer: LexiconEntry | null;
  /** Canonical names of the issuer and its ancestors (for choosing between same-named regions). */
  issuerChain: string[];
}

export interface SentenceView {
  index: number;
  /** The sentence text (from `match`). */
  text: string;
  /** Offset of `text` in the document. */
  base: number;
  /** Tokens of the clauses that overlap [from, to) (document offsets), in order. */
  tokensIn(from: number, to: number): Token[];
  /** Tokens of the clause that holds the character at document offset `pos` (a name never crosses one). */
  clauseTokens(pos: number): Token[];
  /** A token starts / ends at this document offset. */
  isTokenStart(pos: number): boolean;
  isTokenEnd(pos: number): boolean;
  tokenEndingAt(pos: number): Token | undefined;
}
