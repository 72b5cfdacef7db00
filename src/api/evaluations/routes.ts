import { evaluationsOperations } from '../../contract/evaluations.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { frameworkOf } from '../../domain/framework.js';
import { evaluationVisibility, isAdmin, type EvaluationVisibility } from '../../domain/access.js';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { forbidden } from '../../kernel/errors.js';
import { readThrough } from '../../kernel/read-cache.js';
import { createEvaluation, updateScores } from './commands.js';
import { presentEvaluationSummary } from './presenter.js';
import { loadEvaluationDetail } from './queries.js';
import { listEvaluations } from './repository.js';
import { type EvaluationDetail } from '../../contract/evaluations.js';

/** The longest first page of the list kept in the read cache. */
const CACHED_LIST_LIMIT = 100;

export const evaluationRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.get(
    evaluationsOperations.listEvaluations.path,
    {
      // Everyone may list; each sees only the evaluations they may read.
      config: { access: { public: true } },
      schema: routeSchema(evaluationsOperations.listEvaluations),
    },
    async (request) => {
      const visibility = evaluationVisibility(request.principal);
      const read = async () => {
        const { rows, total } = await listEvaluations(db, request.query, visibility);
        return {
          items: rows.map((row) => presentEvaluationSummary(row, frameworkOf(context.catalogue, row.frameworkId), request.query.lang)),
          total,
        };
      };
      // The start page's list is the app's busiest read: first pages come from the read cache where
      // there is one, by who may see what (not who asks) and the query. Other pages are read each
      // time, so paging through everything cannot fill the memory with lists.
      const cacheable = request.query.offset === 0 && request.query.limit <= CACHED_LIST_LIMIT;
      return cacheable ? readThrough(context.readCache, `list:${JSON.stringify(visibility)}:${JSON.stringify(request.query)}`, read, request.arrivedAt) : read();
    },
  );

  /**
   * Serialised detail, served from the read cache; by who may
   * see what (the follow-ups it lists), as the list is.
   */
  async function detailJson(id: string, language: 'sv' | 'en' | 'nb', visibility: EvaluationVisibility, since: number): Promise<string> {
    return readThrough(
      context.readCache,
      `evaluation:${id}:${language}:${JSON.stringify(visibility)}`,
      async () => JSON.stringify(await loadEvaluationDetail(context, id, language, visibility)),
      since,
    );
  }

  app.get(
    evaluationsOperations.getEvaluation.path,
    {
      config: { access: { evaluation: 'read' } },
      schema: routeSchema(evaluationsOperations.getEvaluation),
    },
    async (request, reply) => {
      const json = await detailJson(request.params.id, request.query.lang, evaluationVisibility(request.principal), request.arrivedAt);
      // The body is already serialised (possibly from the cache): send it as it is.
      return reply
        .type('application/json; charset=utf-8')
        .serializer((payload) => payload as string)
        .send(json as unknown as EvaluationDetail);
    },
  );

  app.post(
    evaluationsOperations.createEvaluation.path,
    {
      config: { access: { global: 'create-evaluation' } },
      schema: routeSchema(evaluationsOperations.createEvaluation),
    },
    async (request, reply) => {
      // Only the programme owner records archived or already published evaluations.
      if (!isAdmin(request.principal) && (request.body.origin !== 'workspace' || request.body.status !== 'draft')) {
        throw forbidden('Only an administrator may create an evaluation that is not a draft in the workspace');
      }
      const creator = request.principal.kind === 'user' && request.principal.user.role === 'evaluator' ? request.principal.user.id : undefined;
      const record = await createEvaluation(db, context.catalogue, request.body, actorOf(request), creator);
      reply.status(201).header('location', `/api/evaluations/${record.id}`);
      return loadEvaluationDetail(context, record.id, 'sv', evaluationVisibility(request.principal));
    },
  );

  app.put(
    evaluationsOperations.updateScores.path,
    {
      config: { access: { evaluation: 'edit' } },
      schema: routeSchema(evaluationsOperations.updateScores),
    },
    async (request) => {
      await updateScores(db, context.catalogue, request.params.id, request.body, actorOf(request));
      return loadEvaluationDetail(context, request.params.id, 'sv', evaluationVisibility(request.principal));
    },
  );
};
