import { municipalitiesOperations } from '../../contract/municipalities.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { evaluationVisibility } from '../../domain/access.js';
import type { RouteOptions } from '../../kernel/context.js';
import { notFound } from '../../kernel/errors.js';
import { presentMunicipality, presentMunicipalityDetail } from './presenter.js';
import { findMunicipality, listGroups, listPopulations, searchMunicipalities } from './repository.js';

export const municipalityRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.get(
    municipalitiesOperations.searchMunicipalities.path,
    {
      config: { access: { public: true } },
      schema: routeSchema(municipalitiesOperations.searchMunicipalities),
    },
    async (request) => {
      const { rows, total } = await searchMunicipalities(db, request.query, evaluationVisibility(request.principal));
      return { items: rows.map(presentMunicipality), total };
    },
  );

  app.get(
    municipalitiesOperations.getMunicipality.path,
    {
      config: { access: { public: true } },
      schema: routeSchema(municipalitiesOperations.getMunicipality),
    },
    async (request) => {
      const row = await findMunicipality(db, request.params.id, evaluationVisibility(request.principal));
      if (!row) throw notFound(`Municipality ${request.params.id}`);
      const [populations, groups] = await Promise.all([listPopulations(db, row.id), listGroups(db, row.id)]);
      return presentMunicipalityDetail(row, populations, groups);
    },
  );
};
