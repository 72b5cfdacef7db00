import { reportsOperations, type ReportJobView } from '../../contract/reports.js';
import { routeSchema } from '../../kernel/route-schema.js';
/**
 * Reports of one evaluation: the web report (HTML), Word and PDF, directly or as jobs with
 * progress. Jobs are kept in this process's memory (see report-jobs.ts): behind a load balancer
 * the status and file requests must reach the process that accepted the job.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { canReadEvaluation } from '../../domain/access.js';
import { LANGUAGES } from '../../i18n/index.js';
import type { RouteOptions } from '../../kernel/context.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { findEvaluationRef } from '../../db/evaluation-ref.js';
import { populationClassesIn } from '../comparisons/queries.js';
import { attachment, CONTENT_TYPES, describeReportFailure, REPORT_HTML_CSP, ReportProducer } from './produce-report.js';
import { ReportJobStore, TooManyJobsError, type ReportJob } from './report-jobs.js';
import { toReportOptions } from './report-options.js';

/** Whose jobs a request sees: a signed-in user's own, or those made from the visitor's address. */
const ownerOf = (request: FastifyRequest): string =>
  request.principal.kind === 'user' ? `user:${request.principal.user.id}` : `anonymous@${request.ip}`;

function presentJob(job: ReportJob): ReportJobView {
  return {
    id: job.id,
    evaluationId: job.evaluationId,
    format: job.format,
    status: job.status,
    step: job.step,
    progress: job.progress,
    ...(job.error ? { error: job.error } : {}),
    fileUrl: job.status === 'done' ? `/api/report-jobs/${job.id}/file` : null,
  };
}

export const reportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const jobs = new ReportJobStore();
  const producer = new ReportProducer(context);
  // Finished jobs' files leave memory after their TTL even when nobody asks for them again.
  const sweeper = setInterval(() => jobs.sweep(), 60_000);
  sweeper.unref();
  app.addHook('onClose', async () => clearInterval(sweeper));

  /** The job when it is the caller's and its evaluation is still readable to them; else 404. */
  async function ownJob(request: FastifyRequest, jobId: string): Promise<ReportJob> {
    const job = jobs.find(jobId, ownerOf(request));
    const ref = job ? await findEvaluationRef(context.database.db, job.evaluationId) : null;
    if (!job || !ref || !canReadEvaluation(request.principal, ref)) throw notFound(`Report job ${jobId}`);
    return job;
  }

  app.get(
    reportsOperations.getReport.path,
    {
      config: { access: { evaluation: 'read' } },
      schema: routeSchema(reportsOperations.getReport),
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const options = toReportOptions(query);
      reply.header('cache-control', 'private, no-store');
      if (format === 'html') {
        const { html } = await producer.html(request.params.id, options, request.principal);
        return reply.type(CONTENT_TYPES.html).header('content-security-policy', REPORT_HTML_CSP).send(html);
      }
      const file = await producer.file(request.params.id, format, options, request.principal);
      return reply.type(file.contentType).header('content-disposition', attachment(file.fileName)).send(file.body);
    },
  );

  app.post(
    reportsOperations.createReportJob.path,
    {
      // Starting a report changes no data: cached reads stay valid.
      config: { access: { evaluation: 'read' }, keepsReadCache: true },
      schema: routeSchema(reportsOperations.createReportJob),
    },
    async (request, reply) => {
      const { format } = request.body;
      const options = toReportOptions(request.body.options);
      if (format === 'pdf') {
        const refusal = context.pdf.unavailable();
        if (refusal) throw refusal;
      }
      let job: ReportJob;
      try {
        job = jobs.start(
          ownerOf(request),
          request.params.id,
          format,
          (progress) => producer.file(request.params.id, format, options, request.principal, progress),
          (error) => {
            const failure = describeReportFailure(error);
            if (failure.code === 'internal') request.log.error({ err: error }, 'report job failed');
            return failure;
          },
        );
      } catch (error) {
        if (error instanceof TooManyJobsError) throw new AppError('rate_limited', error.message, [], { retryAfterSeconds: 5 });
        throw error;
      }
      reply.status(202).header('location', `/api/report-jobs/${job.id}`);
      return { job: presentJob(job) };
    },
  );

  app.get(
    reportsOperations.getReportJob.path,
    {
      // Jobs belong to whoever started them; others (and the public) get 404 in the handler.
      config: { access: { public: true } },
      schema: routeSchema(reportsOperations.getReportJob),
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return presentJob(await ownJob(request, request.params.jobId));
    },
  );

  app.get(
    reportsOperations.getReportJobFile.path,
    {
      config: { access: { public: true } },
      schema: routeSchema(reportsOperations.getReportJobFile),
    },
    async (request, reply) => {
      const job = await ownJob(request, request.params.jobId);
      if (!job.file) {
        const what = job.status === 'failed' ? `failed: ${job.error?.message ?? 'unknown error'}` : 'is not finished yet';
        throw new AppError('conflict', `Report job ${job.id} ${what}`, [], { status: job.status });
      }
      reply.header('cache-control', 'private, no-store');
      return reply.type(job.file.contentType).header('content-disposition', attachment(job.file.fileName)).send(job.file.body);
    },
  );

  app.get(
    reportsOperations.getReportChoices.path,
    {
      config: { access: { public: true } },
      schema: routeSchema(reportsOperations.getReportChoices),
    },
    async () => ({
      populationClasses: populationClassesIn(context).map(({ id, min, max }) => ({ id, min, max })),
      languages: [...LANGUAGES],
    }),
  );
};
