import { questionnairesOperations as ops } from '../../contract/questionnaires.js';
import type { Database } from '../../db/client.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { acceptRawUploads, sendAttachment, UPLOAD_BODY_LIMIT, uploadedBytes } from '../../kernel/file-upload.js';
import type { RouteOptions } from '../../kernel/context.js';
import { forbidden, unauthorized } from '../../kernel/errors.js';
import { deleteAnswerFile, uploadAnswerFile } from './commands.js';
import { editorOf } from './editor.js';
import { loadAnswerFile, requireReadable } from './queries.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The questionnaire's rule applied before an upload's bytes are read: 401 when signed out, 404
 * for anyone who may not read the questionnaire, 403 for its team (they read, never answer).
 */
function refuseAnswerUploadEarly(db: Database) {
  return async (request: FastifyRequest): Promise<void> => {
    const id = (request.params as { questionnaireId?: unknown }).questionnaireId;
    if (typeof id !== 'string' || !UUID.test(id)) return; // the params schema answers 400
    if (request.principal.kind !== 'user') throw unauthorized();
    const { reader } = await requireReadable(db, request.principal, id);
    if (reader !== 'respondent') throw forbidden("Only the questionnaire's respondents add documents to its answers");
  };
}

/**
 * Documents of the answers: uploaded with the evidence files' limits and checks, downloaded by
 * whoever reads the questionnaire. A plugin of its own: its upload takes any content type as raw
 * bytes, which must not change how the other routes read JSON.
 */
export const questionnaireFileRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;
  const { catalogue } = context;
  acceptRawUploads(app);

  app.post(
    ops.uploadAnswerFile.path,
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      onRequest: refuseAnswerUploadEarly(db),
      config: { access: { signedIn: true }, upload: true },
      schema: routeSchema(ops.uploadAnswerFile),
    },
    async (request, reply) => {
      const { filename } = request.query;
      const { questionnaireId, questionKey } = request.params;
      const file = await uploadAnswerFile(db, catalogue, questionnaireId, questionKey, filename, uploadedBytes(request.body, filename), editorOf(request));
      reply.status(201).header('location', `/api/questionnaires/${questionnaireId}/files/${file.id}`);
      return file;
    },
  );

  app.delete(ops.deleteAnswerFile.path, { config: { access: { signedIn: true } }, schema: routeSchema(ops.deleteAnswerFile) }, async (request, reply) => {
    await deleteAnswerFile(db, catalogue, request.params.questionnaireId, request.params.fileId, editorOf(request));
    reply.status(204);
    return null;
  });

  app.get(ops.downloadAnswerFile.path, { config: { access: { signedIn: true } }, schema: routeSchema(ops.downloadAnswerFile) }, async (request, reply) =>
    sendAttachment(reply, await loadAnswerFile(db, request.params.questionnaireId, request.params.fileId, request.principal)),
  );
};
