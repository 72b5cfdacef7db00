import { importsOperations } from '../../contract/imports.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createHash } from 'node:crypto';
import { MAX_DOCUMENT_BYTES } from '../../import/import-error.js';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { cancelImportJob } from './commands.js';
import { findImportJob, insertImportJob, listImportJobs } from './job-repository.js';
import { presentImportJob, presentImportJobDetail } from './presenter.js';

/** Room above the importer's own limit, so a slightly larger file gets the importer's message naming it. */
const UPLOAD_BODY_LIMIT = MAX_DOCUMENT_BYTES + 1024 * 1024;

export const importRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  // Documents arrive as raw bytes (Word, PDF or text); the importer decides by content, not by type.
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT }, (_request, body, done) => done(null, body));

  app.post(
    importsOperations.uploadImport.path,
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      config: { access: { global: 'import' }, upload: true },
      schema: routeSchema(importsOperations.uploadImport),
    },
    async (request, reply) => {
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.byteLength === 0) {
        throw new AppError('validation', `${request.query.filename}: the upload is empty; send the document's bytes as the request body`, [
          { field: 'body', message: 'must contain the document' },
        ]);
      }
      const content = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
      const job = await insertImportJob(db, {
        fileName: request.query.filename,
        content,
        contentHash: createHash('sha256').update(content).digest('hex'),
        actor: actorOf(request),
      });
      context.importQueue.enqueue(job.id);
      reply.status(202).header('location', `/api/imports/${job.id}`);
      return { job: presentImportJob(job) };
    },
  );

  app.get(
    importsOperations.listImports.path,
    {
      config: { access: { global: 'import' } },
      schema: routeSchema(importsOperations.listImports),
    },
    async (request) => {
      const { rows, total } = await listImportJobs(db, request.query.limit, request.query.offset);
      return { items: rows.map(presentImportJob), total };
    },
  );

  app.get(
    importsOperations.getImport.path,
    {
      config: { access: { global: 'import' } },
      schema: routeSchema(importsOperations.getImport),
    },
    async (request) => {
      const job = await findImportJob(db, request.params.id);
      if (!job) throw notFound(`Import ${request.params.id}`);
      return presentImportJobDetail(job);
    },
  );

  app.post(
    importsOperations.cancelImport.path,
    {
      config: { access: { global: 'import' } },
      schema: routeSchema(importsOperations.cancelImport),
    },
    async (request) => ({ job: presentImportJob(await cancelImportJob(db, context.importQueue, request.params.id)) }),
  );
};
