/** Every resolver of src/api/schema.graphql, merged. */
import { entityResolvers } from './entity.ts';
import { graphResolvers } from './graph.ts';
import { lookupResolvers } from './lookup.ts';
import { planResolvers } from './plans.ts';
import { regionResolvers } from './regions.ts';
import { statusResolvers } from './status.ts';

export const resolvers = {
  Query: {
    ...statusResolvers.Query,
    ...lookupResolvers.Query,
    ...planResolvers.Query,
    ...graphResolvers.Query,
    ...regionResolvers.Query,
  },
  Entity: entityResolvers.Entity,
  Relation: entityResolvers.Relation,
  Evidence: entityResolvers.Evidence,
  Mention: entityResolvers.Mention,
  PlanDocument: planResolvers.PlanDocument,
  Indicator: planResolvers.Indicator,
  GraphEdge: graphResolvers.GraphEdge,
  Neighborhood: graphResolvers.Neighborhood,
  PathStep: graphResolvers.PathStep,
  RegionLink: regionResolvers.RegionLink,
  PairRelation: regionResolvers.PairRelation,
};
