/**
 * The shapes rows take between Cypher and the resolvers, and the small conversions between them.
 */
import { pinyinKey, simplify } from '../graph/name-forms.ts';

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  aliases: string[] | null;
  pinyin: string | null;
  pinyinInitials: string | null;
  region: string | null;
}

/** A relationship's evidence as stored: parallel lists (see cypher/README.md). */
export interface RelRow {
  document: string | null;
  sentences: string[] | null;
  sections: string[] | null;
  sentenceIds: (string | null)[] | null;
  starts: number[] | null;
  ends: number[] | null;
  evidenceCount?: number | null;
  count?: number | null;
}

export interface EvidenceItem {
  document: string;
  section: string;
  sentence: string;
  sentenceId: string | null;
  start: number | null;
  end: number | null;
}

/** An entity as the resolvers hand it to GraphQL: the row's fields, aliases never null, and the region as regionId. */
export interface EntityOut extends EntityRow {
  aliases: string[];
  regionId: string | null;
}

/** Built field by field (not spread from the driver's row): one object shape for every entity, cheaper to make. */
export function entityOut(row: EntityRow): EntityOut {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    aliases: row.aliases ?? [],
    pinyin: row.pinyin,
    pinyinInitials: row.pinyinInitials,
    region: row.region,
    regionId: row.region,
  };
}

/** The evidence of several per-document relationships, one item per stating sentence; the first `limit` of them. */
export function evidenceOf(rels: readonly RelRow[], limit: number = Infinity): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  for (const r of rels) {
    const sentences = r.sentences ?? [];
    for (let i = 0; i < sentences.length; i++) {
      if (out.length >= limit) return out;
      out.push({
        document: r.document ?? '',
        section: r.sections?.[i] ?? '',
        sentence: sentences[i]!,
        sentenceId: r.sentenceIds?.[i] ?? null,
        start: r.starts?.[i] ?? null,
        end: r.ends?.[i] ?? null,
      });
    }
  }
  return out;
}

export function documentsOf(rels: readonly RelRow[]): string[] {
  return [...new Set(rels.map((r) => r.document).filter((d): d is string => !!d))];
}

const HAN = /\p{Script=Han}/u;

/** What the store's look-ups need from a typed name: the raw text, its simplified form, its pinyin key (Latin input only). */
export function nameRef(text: string): { raw: string; simplified: string; key: string | null } {
  const raw = text.trim();
  const simplified = simplify(raw);
  const key = HAN.test(raw) ? null : pinyinKey(raw) || null;
  return { raw, simplified, key };
}

/** Lucene special characters, escaped so that user text is matched literally, never parsed as query syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A Lucene phrase query for the text (null when nothing searchable is left). */
export function lucenePhrase(text: string): string | null {
  const cleaned = text.replace(/\s+/g, ' ').trim();
  if (cleaned === '') return null;
  return `"${cleaned.replace(LUCENE_SPECIAL, '\\$&')}"`;
}

export function encodeCursor(id: string): string {
  return Buffer.from(`entity:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  return text.startsWith('entity:') ? text.slice('entity:'.length) : null;
}
