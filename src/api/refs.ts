/** Turning what a caller typed (ids or names of regions, entities) into entities, with the ones that match nothing. */
import { NODE_TYPES } from '../graph/model.ts';
import { apiError } from './errors.ts';
import type { ApiContext } from './context.ts';
import type { EntityOut } from './values.ts';

export async function resolveRefs(ctx: ApiContext, refs: readonly string[], types: string[] | null): Promise<{ found: EntityOut[]; unresolved: string[] }> {
  const results = await ctx.loaders.resolve.loadMany(refs.map((ref) => ({ ref, types })));
  const found = new Map<string, EntityOut>();
  const unresolved: string[] = [];
  results.forEach((r, i) => {
    if (r instanceof Error) throw r;
    if (r) found.set(r.id, r);
    else unresolved.push(refs[i]!);
  });
  return { found: [...found.values()], unresolved };
}

const ID_SHAPE = new RegExp(`^(${NODE_TYPES.join('|')}):\\S`);

/** Does what the caller typed have the shape of an entity id ("University:重庆大学")? Then it is most likely one. */
export function looksLikeId(ref: string): boolean {
  return ID_SHAPE.test(ref.trim());
}

/** One entity by id or name, or a NOT_FOUND error that says what to try. */
export async function resolveOne(ctx: ApiContext, ref: string, arg: string): Promise<EntityOut> {
  const e = await ctx.loaders.resolve.load({ ref, types: null });
  if (!e) {
    throw apiError('NOT_FOUND', `${arg}: no entity has the id or name "${ref}"; look it up with search(query: ...) and pass its id.`, { argument: arg });
  }
  return e;
}

/** Regions by name or id; BAD_USER_INPUT when none matches. */
export async function resolveRegions(ctx: ApiContext, refs: readonly string[], arg: string): Promise<{ found: EntityOut[]; unresolved: string[] }> {
  const result = await resolveRefs(ctx, refs, ['Region']);
  if (result.found.length === 0) {
    throw apiError('BAD_USER_INPUT', `${arg}: none of ${refs.map((r) => `"${r}"`).join(', ')} is a region in the graph; use region names (万州区) or ids (Region:万州区).`, {
      argument: arg,
    });
  }
  return result;
}

export function checkEntityTypes(arg: string, types: readonly string[] | null | undefined): string[] | null {
  if (!types || types.length === 0) return null;
  for (const t of types) {
    if (!(NODE_TYPES as readonly string[]).includes(t)) throw apiError('BAD_USER_INPUT', `${arg}: ${t} is not an entity type (${NODE_TYPES.join(', ')}).`);
  }
  return [...types];
}
