/**
 * Within one document: one canonical name per entity.
 *  - a surface the lexicon knows (an alias, a short form) takes the lexicon's canonical name;
 *  - a pattern name that the lexicon knows under the same type takes that name;
 *  - names of one type that differ only in how the issuer is written at their start
 *    (黔江科技企业孵化基地 / 黔江区科技企业孵化基地 / 重庆市黔江区…) take the form the text uses most
 *    (first seen on a tie);
 *  - abbreviations the text defines are aliases of the entity they follow.
 */
import type { EntityMention } from './types.ts';
import type { Candidate, DocumentScope } from './recognise-context.ts';
import type { DefinedAbbreviation } from './recognise-abbreviations.ts';
import type { NodeType } from '../graph/model.ts';
import { comparisonForm } from './normalise-name.ts';
import { variantGroups } from './resolve-variants.ts';

export function resolveWithinDocument(scope: DocumentScope, mentions: Candidate[], defined: DefinedAbbreviation[]): EntityMention[] {
  const known = mentions.map((m) => withLexiconName(scope, m));
  const issuerForms = issuerPrefixes(scope);
  type Group = { counts: Map<string, number>; order: string[] };
  // Names of one type that differ only by the issuer's name form or by quotes share a fold key;
  // fold keys that are variants of one organisation (resolve-variants.ts) share a group.
  const folded = new Map<string, string>();
  const foldKey = (m: Candidate) => {
    let k = folded.get(m.name);
    if (k === undefined) folded.set(m.name, (k = fold(comparisonForm(m.name), issuerForms)));
    return k;
  };
  const foldsByType = new Map<NodeType, Set<string>>();
  for (const m of known) {
    if (m.source === 'lexicon') continue;
    const set = foldsByType.get(m.type) ?? new Set<string>();
    set.add(foldKey(m));
    foldsByType.set(m.type, set);
  }
  const representative = new Map<string, string>();
  for (const [type, folds] of foldsByType) {
    for (const [name, rep] of variantGroups(type, [...folds])) representative.set(`${type}\u0000${name}`, rep);
  }
  const keys = new Map<Candidate, string>();
  const keyOf = (m: Candidate) => {
    let key = keys.get(m);
    if (key === undefined) {
      const k = `${m.type}\u0000${foldKey(m)}`;
      keys.set(m, (key = `${m.type}\u0000${representative.get(k) ?? foldKey(m)}`));
    }
    return key;
  };
  const groups = new Map<string, Group>();
  for (const m of known) {
    if (m.source === 'lexicon') continue;
    const key = keyOf(m);
    const g: Group = groups.get(key) ?? { counts: new Map<string, number>(), order: [] };
    if (!g.counts.has(m.name)) g.order.push(m.name);
    g.counts.set(m.name, (g.counts.get(m.name) ?? 0) + 1);
    groups.set(key, g);
  }
  const canonical = new Map<string, string>();
  for (const [key, g] of groups) {
    // The form the text uses most; on a tie the fuller (longer) one, then the first seen.
    let best = g.order[0]!;
    for (const name of g.order) {
      const c = g.counts.get(name)!;
      const b = g.counts.get(best)!;
      if (c > b || (c === b && name.length > best.length)) best = name;
    }
    canonical.set(key, best);
  }
  const allNames = new Map<string, Set<string>>();
  for (const m of known) {
    if (m.source === 'lexicon') continue;
    const set = allNames.get(keyOf(m)) ?? new Set<string>();
    set.add(m.name);
    allNames.set(keyOf(m), set);
  }
  const aliasesOf = new Map<string, Set<string>>();
  for (const d of defined) {
    const key = `${d.of.type}\u0000${d.of.entry?.name ?? d.of.name}`;
    const set = aliasesOf.get(key) ?? new Set<string>();
    set.add(d.alias);
    aliasesOf.set(key, set);
  }
  return known.map((m) => {
    const name = m.source === 'lexicon' ? m.name : canonical.get(keyOf(m)) ?? m.name;
    const aliases = new Set(aliasesOf.get(`${m.type}\u0000${m.name}`) ?? []);
    // Every form of the group is an alias of the canonical name, so that each mention carries them all.
    if (m.source !== 'lexicon') for (const other of allNames.get(keyOf(m)) ?? []) aliases.add(other);
    if (m.surface !== name && m.type !== 'Plan') aliases.add(m.surface);
    if (m.name !== name) aliases.add(m.name);
    aliases.delete(name);
    const mention: EntityMention = {
      type: m.type,
      name,
      surface: m.surface,
      start: m.start,
      end: m.end,
      sentence: m.sentence,
      parentRegion: m.entry?.parent ?? m.parentRegion ?? regionAtStart(scope, name),
      source: m.source === 'abbreviation' ? 'lexicon' : m.source,
    };
    if (aliases.size) mention.aliases = [...aliases].sort();
    if (m.inner?.length) mention.inner = m.inner;
    return mention;
  });
}

/** A pattern or list name that the lexicon knows as the same type takes the lexicon's canonical name. */
function withLexiconName(scope: DocumentScope, m: Candidate): Candidate {
  if (m.source === 'lexicon') return m;
  const hit = scope.lexicon.surfaces.get(m.name)?.find((h) => h.entry.type === m.type);
  return hit ? { ...m, name: hit.entry.name, entry: hit.entry, parentRegion: hit.entry.parent } : m;
}

/** The ways a name can start with the issuer: 重庆市黔江区, 黔江区, 黔江 (longest first). */
function issuerPrefixes(scope: DocumentScope): string[] {
  const issuer = scope.issuer;
  if (!issuer || issuer.level === 'province' || issuer.level === 'zone' || issuer.level === 'group') return [];
  const own = [issuer.name, ...issuer.aliases];
  const parents = issuer.parent ? [issuer.parent, ...(scope.lexicon.regions.get(issuer.parent)?.[0]?.aliases ?? [])] : [];
  const forms = [...own, ...parents.flatMap((p) => own.map((o) => p + o))];
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

function fold(name: string, prefixes: string[]): string {
  for (const p of prefixes) if (name.startsWith(p) && name.length > p.length + 1) return name.slice(p.length);
  return name;
}

/** The region a name starts with (万州区…, 黔江…), as a parent for organisations found by pattern. */
function regionAtStart(scope: DocumentScope, name: string): string | null {
  for (let len = Math.min(12, name.length - 1); len >= 2; len--) {
    const hits = scope.overlay.extra.get(name.slice(0, len)) ?? scope.lexicon.surfaces.get(name.slice(0, len));
    const region = hits?.find((h) => h.entry.type === 'Region');
    if (region) return region.entry.name;
  }
  return null;
}
