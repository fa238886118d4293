/**
 * Reads an export request (CLI options or URL parameters) into an ExportQuery, checking every value.
 * Lists may be repeated or comma-separated ("--region 万州区,开州区" or "?region=万州区&region=开州区").
 */
import { isNodeType, isRelationType, RELATION_TYPES, type NodeType, type RelationType } from '../graph/model.ts';
import { EXPORT_FORMATS, type ExportFormat, type ExportQuery } from './types.ts';

export const EXPORT_LIMITS = { defaultNodes: 2000, maxNodes: 20_000, maxDepth: 3, maxSeeds: 50, maxRegions: 50 } as const;

/** The semantic relations exported when none are named (MENTIONS would tie every entity to its plans). */
export const DEFAULT_EXPORT_RELATIONS: RelationType[] = RELATION_TYPES.filter((t) => t !== 'MENTIONS');

export class ExportQueryError extends Error {
  override name = 'ExportQueryError';
}

export interface RawExportQuery {
  region?: readonly string[];
  type?: readonly string[];
  seeds?: readonly string[];
  relation?: readonly string[];
  depth?: string;
  limit?: string;
}

function list(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(/[,，、]/))
    .map((v) => v.trim())
    .filter(Boolean);
}

function whole(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ExportQueryError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  return n;
}

export function parseExportFormat(raw: string | undefined): ExportFormat {
  const format = (raw ?? '').toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ExportQueryError(`format "${raw ?? ''}" is not one of ${EXPORT_FORMATS.join(', ')}.`);
  }
  return format as ExportFormat;
}

export function parseExportQuery(raw: RawExportQuery): ExportQuery {
  const types = list(raw.type);
  const badType = types.find((t) => !isNodeType(t));
  if (badType !== undefined) throw new ExportQueryError(`type "${badType}" is not an entity type; use one of Plan, Region, University, ResearchInstitute, Enterprise, Platform, Industry, Project.`);
  const relations = list(raw.relation);
  const badRelation = relations.find((t) => !isRelationType(t));
  if (badRelation !== undefined) throw new ExportQueryError(`relation "${badRelation}" is not a relation type; use one of ${RELATION_TYPES.join(', ')}.`);
  const regions = list(raw.region);
  const seeds = list(raw.seeds);
  if (regions.length > EXPORT_LIMITS.maxRegions) throw new ExportQueryError(`at most ${EXPORT_LIMITS.maxRegions} regions, got ${regions.length}.`);
  if (seeds.length > EXPORT_LIMITS.maxSeeds) throw new ExportQueryError(`at most ${EXPORT_LIMITS.maxSeeds} seeds, got ${seeds.length}.`);
  return {
    regions,
    types: types as NodeType[],
    seeds,
    depth: whole('depth', raw.depth, 1, 0, EXPORT_LIMITS.maxDepth),
    relations: relations.length > 0 ? (relations as RelationType[]) : DEFAULT_EXPORT_RELATIONS,
    limit: whole('limit', raw.limit, EXPORT_LIMITS.defaultNodes, 1, EXPORT_LIMITS.maxNodes),
  };
}

/** The URL parameters of /export/<format> as a RawExportQuery. */
export function exportQueryFromSearchParams(params: URLSearchParams): RawExportQuery {
  return {
    region: params.getAll('region'),
    type: params.getAll('type'),
    seeds: params.getAll('seeds'),
    relation: params.getAll('relation'),
    depth: params.get('depth') ?? undefined,
    limit: params.get('limit') ?? undefined,
  };
}
