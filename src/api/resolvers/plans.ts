/** The loaded documents, their sections and indicators. */
import type { ApiContext } from '../context.ts';
import { checkText } from '../limits.ts';
import type { IndicatorOut, PlanOut } from '../loaders.ts';

export const planResolvers = {
  Query: {
    plans: (_: unknown, __: unknown, ctx: ApiContext) => ctx.loaders.allPlans(),
    plan: (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.planByDocument(checkText('id', args.id)),
  },
  PlanDocument: {
    sections: (parent: PlanOut, _: unknown, ctx: ApiContext) => ctx.loaders.sections.load(parent.id),
    indicators: (parent: PlanOut, _: unknown, ctx: ApiContext) => ctx.loaders.indicators.load(parent.id),
  },
  Indicator: {
    regionId: (parent: IndicatorOut) => parent.region,
  },
};
