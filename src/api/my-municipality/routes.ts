/** The municipality start page ("Min kommun"): its evaluations, its open action plan and its next follow-up. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { myMunicipalityOperations } from '../../contract/my-municipality.js';
import type { RouteOptions } from '../../kernel/context.js';
import { routeSchema } from '../../kernel/route-schema.js';
import { planToday } from '../action-plans/queries.js';
import { loadMyMunicipality } from './queries.js';

export const myMunicipalityRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  app.get(
    myMunicipalityOperations.getMyMunicipality.path,
    {
      // Whose page it is (one's own, or any for administrators) is decided by the query (domain/municipality-home).
      config: { access: { signedIn: true } },
      schema: routeSchema(myMunicipalityOperations.getMyMunicipality),
    },
    async (request) => loadMyMunicipality(context.database.db, context.catalogue, request.principal, request.query, planToday()),
  );
};
