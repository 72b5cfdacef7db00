import { textsOperations } from '../../contract/texts.js';
import { routeSchema } from '../../kernel/route-schema.js';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { evaluations } from '../../db/schema.js';
import { actorOf } from '../../kernel/request.js';
import type { AppContext, RouteOptions } from '../../kernel/context.js';
import { notFound } from '../../kernel/errors.js';
import { writeAreaText, writeSubareaText, writeSummary } from './commands.js';
import { goodExampleRoutes } from './good-example-routes.js';
import { outlineOf } from './outline.js';
import { presentEvaluationTexts } from './presenter.js';
import { findAreaTexts, findSubareaTexts, listGoodExamples } from './repository.js';

/** Every text of an evaluation, read in one snapshot so the versions belong to the texts shown. */
async function loadTexts(context: AppContext, id: string) {
  const { db } = context.database;
  const [header, areaRows, subareaRows, exampleRows] = await db.transaction(
    (tx) =>
      Promise.all([
        tx
          .select({ frameworkId: evaluations.frameworkId, text: evaluations.summaryComments, version: evaluations.summaryVersion })
          .from(evaluations)
          .where(eq(evaluations.id, id))
          .then((rows) => rows[0] ?? null),
        findAreaTexts(tx, id),
        findSubareaTexts(tx, id),
        listGoodExamples(tx, id),
      ]),
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  if (!header) throw notFound(`Evaluation ${id}`);
  return presentEvaluationTexts(outlineOf(context.catalogue, header.frameworkId), header, areaRows, subareaRows, exampleRows);
}

/** The written parts of an evaluation: area and sub-area texts, the summary comments, good examples. */
export const textRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.get(
    textsOperations.getTexts.path,
    {
      config: { access: { evaluation: 'read' } },
      schema: routeSchema(textsOperations.getTexts),
    },
    async (request) => loadTexts(context, request.params.id),
  );

  app.put(
    textsOperations.saveAreaText.path,
    {
      config: { access: { evaluation: 'edit' } },
      schema: routeSchema(textsOperations.saveAreaText),
    },
    async (request) => writeAreaText(db, context.catalogue, request.params.id, request.params.areaCode, request.body, actorOf(request)),
  );

  app.put(
    textsOperations.saveSubareaText.path,
    {
      config: { access: { evaluation: 'edit' } },
      schema: routeSchema(textsOperations.saveSubareaText),
    },
    async (request) => writeSubareaText(db, context.catalogue, request.params.id, request.params.unitCode, request.body, actorOf(request)),
  );

  app.put(
    textsOperations.saveSummary.path,
    {
      config: { access: { evaluation: 'edit' } },
      schema: routeSchema(textsOperations.saveSummary),
    },
    async (request) => writeSummary(db, request.params.id, request.body, actorOf(request)),
  );

  await app.register(goodExampleRoutes, { context });
};
