/**
 * The hand-annotated gold format (tests/fixtures/dev-gold/README.md): one JSON file per document.
 * Reading validates the shape so a typo in an annotation file fails loudly, with the file and item named.
 */
import { readFileSync } from 'node:fs';
import { isNodeType, isRelationType, type NodeType, type RelationType } from '../graph/model.ts';

export interface GoldEntity {
  name: string;
  type: NodeType;
  aliases: string[];
  /** false: borderline, left out of recall and never a false positive. */
  certain: boolean;
  evidence: string;
}

export interface GoldRelation {
  type: RelationType;
  source: string;
  source_type: NodeType;
  target: string;
  target_type: NodeType;
  certain: boolean;
  evidence: string;
}

export interface GoldValue {
  year: number;
  value: number;
}

export interface GoldIndicator {
  name: string;
  unit: string;
  baseline?: GoldValue | null;
  target: GoldValue;
  evidence: string;
  /** Absent means true. */
  certain?: boolean;
}

export interface GoldDocument {
  /** The annotated file's name (a seed name for dev-gold, a passages file for fixtures). */
  document: string;
  /** Canonical name of the region whose plan this is. */
  issuer: string | null;
  title: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
  indicators: GoldIndicator[];
}

export class GoldFormatError extends Error {
  override name = 'GoldFormatError';
}

function fail(where: string, what: string): never {
  throw new GoldFormatError(`${where}: ${what}. Fix the annotation file (format: tests/fixtures/dev-gold/README.md).`);
}

function str(v: unknown, where: string, field: string): string {
  if (typeof v !== 'string' || v.trim() === '') fail(where, `"${field}" must be a non-empty string`);
  return v;
}

function value(v: unknown, where: string, field: string): GoldValue {
  const o = v as Partial<GoldValue> | null;
  if (!o || typeof o !== 'object' || !Number.isInteger(o.year) || typeof o.value !== 'number' || !Number.isFinite(o.value)) {
    fail(where, `"${field}" must be { "year": integer, "value": number }`);
  }
  return { year: o.year!, value: o.value! };
}

function nodeType(v: unknown, where: string, field: string): NodeType {
  if (!isNodeType(v)) fail(where, `"${field}" is ${JSON.stringify(v)}, not a node type`);
  return v;
}

/** Validate parsed JSON as a GoldDocument. `origin` names the file in error messages. */
export function parseGold(json: unknown, origin: string): GoldDocument {
  const d = json as Record<string, unknown>;
  if (!d || typeof d !== 'object') fail(origin, 'the file is not a JSON object');
  const document = str(d.document, origin, 'document');
  const title = str(d.title, origin, 'title');
  const issuer = d.issuer === null || d.issuer === undefined ? null : str(d.issuer, origin, 'issuer');
  for (const key of ['entities', 'relations', 'indicators']) {
    if (!Array.isArray(d[key])) fail(origin, `"${key}" must be an array`);
  }
  const entities = (d.entities as Record<string, unknown>[]).map((e, i): GoldEntity => {
    const where = `${origin} entities[${i}]`;
    const aliases = e.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) fail(where, '"aliases" must be an array of strings');
    return {
      name: str(e.name, where, 'name'),
      type: nodeType(e.type, where, 'type'),
      aliases: aliases as string[],
      certain: e.certain !== false,
      evidence: str(e.evidence, where, 'evidence'),
    };
  });
  const relations = (d.relations as Record<string, unknown>[]).map((r, i): GoldRelation => {
    const where = `${origin} relations[${i}]`;
    if (!isRelationType(r.type)) fail(where, `"type" is ${JSON.stringify(r.type)}, not a relation type`);
    return {
      type: r.type,
      source: str(r.source, where, 'source'),
      source_type: nodeType(r.source_type, where, 'source_type'),
      target: str(r.target, where, 'target'),
      target_type: nodeType(r.target_type, where, 'target_type'),
      certain: r.certain !== false,
      evidence: str(r.evidence, where, 'evidence'),
    };
  });
  const indicators = (d.indicators as Record<string, unknown>[]).map((x, i): GoldIndicator => {
    const where = `${origin} indicators[${i}]`;
    const out: GoldIndicator = {
      name: str(x.name, where, 'name'),
      unit: typeof x.unit === 'string' ? x.unit : '',
      target: value(x.target, where, 'target'),
      evidence: str(x.evidence, where, 'evidence'),
    };
    if (x.baseline !== undefined && x.baseline !== null) out.baseline = value(x.baseline, where, 'baseline');
    if (x.certain === false) out.certain = false;
    return out;
  });
  return { document, issuer, title, entities, relations, indicators };
}

export function readGold(path: string): GoldDocument {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new GoldFormatError(`${path}: cannot read the gold file as JSON (${(err as Error).message}).`);
  }
  return parseGold(json, path);
}
