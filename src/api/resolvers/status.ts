/** health and stats: the first things a deployment asks. */
import { readFileSync } from 'node:fs';
import type { ApiContext } from '../context.ts';
import { StoreError } from '../../store/errors.ts';

const VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

interface TypeCount {
  type: string;
  count: number;
}

export const statusResolvers = {
  Query: {
    async health(_: unknown, __: unknown, ctx: ApiContext) {
      const base = { version: VERSION, mode: ctx.mode, env: ctx.config.env };
      try {
        const [row] = await ctx.store.read<{ version: string }>('dbms-components', {}, { timeoutMs: Math.min(ctx.config.queryTimeoutMs, 5_000) });
        return { ...base, ok: true, database: true, neo4jVersion: row?.version ?? null, message: null };
      } catch (err) {
        const production = ctx.config.env === 'production';
        const message = err instanceof StoreError && !production ? err.message : 'The graph database does not answer.';
        return { ...base, ok: false, database: false, neo4jVersion: null, message };
      }
    },

    async stats(_: unknown, __: unknown, ctx: ApiContext) {
      const [row] = await ctx.store.read<{ entities: TypeCount[]; relationships: TypeCount[]; documents: number; sentences: number; indicators: number }>('stats');
      const sort = (list: TypeCount[]) => [...list].filter((t) => t.type !== null).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
      const entities = sort(row?.entities ?? []);
      return {
        entities,
        relations: sort(row?.relationships ?? []),
        entityTotal: entities.reduce((n, t) => n + t.count, 0),
        documents: row?.documents ?? 0,
        sentences: row?.sentences ?? 0,
        indicators: row?.indicators ?? 0,
      };
    },
  },
};
