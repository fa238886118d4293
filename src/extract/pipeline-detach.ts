/**
 * Strings that do not keep a document alive. V8 makes a slice of 13 or more characters a view into
 * the string it was cut from, so a name, surface or sentence sliced from a document keeps that whole
 * document's `text` or `match` in memory for as long as the graph holds it — over a corpus, the text
 * of every document (measured: about 400 KB per plan). What the corpus builder keeps from a document
 * is detached as the document is added, so the ReadDocument can really be dropped.
 *
 * A detacher copies each distinct string once per document: the evidence of many relations in one
 * sentence shares one copy of that sentence, as it shared the document's text before.
 */
import type { EntityMention, EntityRef } from './types.ts';

/** V8's SlicedString::kMinLength: shorter slices are copies already. */
const MIN_SLICE = 13;

export type Detach = (s: string) => string;

/** A detacher for one document: the same characters in a string of their own, one copy per distinct string. */
export function createDetacher(): Detach {
  const copies = new Map<string, string>();
  return (s) => {
    if (s.length < MIN_SLICE) return s;
    let copy = copies.get(s);
    if (copy === undefined) {
      // the concatenation is flattened into a new string before slicing: the result refers to that copy only
      copy = (' ' + s).slice(1);
      copies.set(copy, copy);
    }
    return copy;
  };
}

/** Detaches every string inside plain output data (objects and arrays made for this document), in place. */
export function detachAll(value: unknown, detach: Detach): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v === 'string') value[i] = detach(v);
      else if (v !== null && typeof v === 'object') detachAll(v, detach);
    }
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const k in record) {
    const v = record[k];
    if (typeof v === 'string') record[k] = detach(v);
    else if (v !== null && typeof v === 'object') detachAll(v, detach);
  }
}

export function detachRef<T extends EntityRef>(ref: T, detach: Detach): T {
  return { ...ref, name: detach(ref.name) };
}

/** A mention with its own strings (other fields, such as a lexicon entry, are shared as they are). */
export function detachMention(m: EntityMention, detach: Detach): EntityMention {
  const out: EntityMention = { ...m, name: detach(m.name), surface: detach(m.surface) };
  if (m.aliases) out.aliases = m.aliases.map(detach);
  if (m.parentRegion) out.parentRegion = detach(m.parentRegion);
  if (m.inner) out.inner = m.inner.map((i) => ({ ...i, name: detach(i.name), surface: detach(i.surface) }));
  return out;
}
