/**
 * cypher/api-relations returns its rows as lists, not maps (the driver decodes every map key as a string, and these
 * rows are most of what an entity's page reads). This module names the positions, in one place, for the API and the
 * bench's floor, which run that statement.
 */
import type { EntityRow, RelRow } from './values.ts';

/** [id, type, name, aliases, pinyin, pinyinInitials, region] */
export type EntityList = [string, string, string, string[] | null, string | null, string | null, string | null];
/** [document, sentences, sections, sentenceIds, starts, ends, evidenceCount, count]; null where not read. */
export type RelList = [string | null, string[] | null, string[] | null, (string | null)[] | null, number[] | null, number[] | null, number | null, number | null];
/** [type, direction, other, rels, evidenceCount] */
export type RelationList = [string, 'OUT' | 'IN', EntityList, RelList[], number];

/** One row of api-relations as the driver gives it (a type, not an interface: Store.read takes it as a record). */
export type RelationsRowList = {
  id: string;
  entity: EntityList;
  relations: RelationList[];
};

/** A relation with its other end as `other` makes it (an EntityRow for the floor, the API's EntityOut). */
export interface RelationRow<O> {
  type: string;
  direction: 'OUT' | 'IN';
  other: O;
  rels: RelRow[];
  evidenceCount: number;
}

export function entityRowOf(l: EntityList): EntityRow {
  return { id: l[0], type: l[1], name: l[2], aliases: l[3], pinyin: l[4], pinyinInitials: l[5], region: l[6] };
}

function relRowOf(l: RelList): RelRow {
  return { document: l[0], sentences: l[1], sections: l[2], sentenceIds: l[3], starts: l[4], ends: l[5], evidenceCount: l[6], count: l[7] };
}

export function relationRowsOf<O>(list: readonly RelationList[], other: (l: EntityList) => O): RelationRow<O>[] {
  return list.map((r) => ({ type: r[0], direction: r[1], other: other(r[2]), rels: r[3].map(relRowOf), evidenceCount: r[4] }));
}
