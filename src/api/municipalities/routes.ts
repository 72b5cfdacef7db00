import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { evaluationVisibility } from '../../domain/access.js';
import type { RouteOptions } from '../../kernel/context.js';
import { notFound } from '../../kernel/errors.js';
import { presentMunicipality, presentMunicipalityDetail } from './presenter.js';
import { findMunicipality, listGroups, listPopulations, searchMunicipalities } from './repository.js';
import {
  municipalityCodeSchema,
  municipalityDetailSchema,
  municipalityListSchema,
  municipalitySearchQuerySchema,
} from '../../contract/municipalities.js';

export const municipalityRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.get(
    '/municipalities',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['municipalities'],
        summary: 'List or search municipalities by name or SCB code',
        querystring: municipalitySearchQuerySchema,
        response: { 200: municipalityListSchema },
      },
    },
    async (request) => {
      const { rows, total } = await searchMunicipalities(db, request.query, evaluationVisibility(request.principal));
      return { items: rows.map(presentMunicipality), total };
    },
  );

  app.get(
    '/municipalities/:code',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['municipalities'],
        summary: 'One municipality with its population and SKR group history',
        params: z.object({ code: municipalityCodeSchema }),
        response: { 200: municipalityDetailSchema },
      },
    },
    async (request) => {
      const row = await findMunicipality(db, request.params.code, evaluationVisibility(request.principal));
      if (!row) throw notFound(`Municipality ${request.params.code}`);
      const [populations, groups] = await Promise.all([listPopulations(db, row.code), listGroups(db, row.code)]);
      return presentMunicipalityDetail(row, populations, groups);
    },
  );
};
