/**
 * Reports of one evaluation: the web report (HTML), Word and PDF, directly or as jobs with
 * progress. Jobs are kept in the database and run by any app process (report-job-runner.ts), so
 * the status and the file can be asked of any process behind a load balancer.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { reportsOperations, type ReportJobView } from '../../contract/reports.js';
import { canReadEvaluation } from '../../domain/access.js';
import { LANGUAGES } from '../../i18n/index.js';
import type { RouteOptions } from '../../kernel/context.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { DEFAULT_REPORT_JOB_SETTINGS } from '../../kernel/job-settings.js';
import { routeSchema } from '../../kernel/route-schema.js';
import { findEvaluationRef } from '../../db/evaluation-ref.js';
import type { JobFailure } from '../../contract/jobs.js';
import { populationClassesIn } from '../comparisons/queries.js';
import { attachment, CONTENT_TYPES, REPORT_HTML_CSP, ReportProducer } from './produce-report.js';
import { activeJobsOf, findReportJob, insertReportJob, readReportFile, type ReportJobRecord } from './job-repository.js';
import { createReportJobLoop } from './report-job-runner.js';
import { toReportOptions } from './report-options.js';

/** Whose jobs a request sees: a signed-in user's own, or those made from the visitor's address. */
const ownerOf = (request: FastifyRequest): string =>
  request.principal.kind === 'user' ? `user:${request.principal.user.id}` : `anonymous@${request.ip}`;

function presentJob(job: ReportJobRecord): ReportJobView {
  const error = job.error as JobFailure | null;
  const retrying = job.status === 'queued' && job.attempts > 0;
  return {
    id: job.id,
    evaluationId: job.evaluationId,
    format: job.format as ReportJobView['format'],
    status: job.status as ReportJobView['status'],
    step: job.step as ReportJobView['step'],
    progress: job.progress,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    retryAt: retrying ? job.runAfter.toISOString() : null,
    ...(error ? { error } : {}),
    fileUrl: job.status === 'done' ? `/api/report-jobs/${job.id}/file` : null,
  };
}

export const reportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;
  const settings = { ...DEFAULT_REPORT_JOB_SETTINGS, ...context.reportJobs };
  const producer = new ReportProducer(context);
  const loop = createReportJobLoop(context, producer, settings, app.log);
  app.addHook('onReady', async () => loop.start());
  app.addHook('onClose', async () => loop.stop());

  /** The job when it is the caller's and its evaluation is still readable to them; else 404. */
  async function ownJob(request: FastifyRequest, jobId: string): Promise<ReportJobRecord> {
    const job = await findReportJob(db, jobId);
    const ref = job && job.owner === ownerOf(request) ? await findEvaluationRef(db, job.evaluationId) : null;
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
      const owner = ownerOf(request);
      if ((await activeJobsOf(db, owner)) >= settings.maxActivePerOwner) {
        throw new AppError('rate_limited', `You already have ${settings.maxActivePerOwner} reports being created; wait until one is finished`, [], { retryAfterSeconds: 5 });
      }
      const job = await insertReportJob(db, {
        owner,
        readerUserId: request.principal.kind === 'user' ? request.principal.user.id : null,
        evaluationId: request.params.id,
        format,
        options,
        maxAttempts: settings.maxAttempts,
      });
      loop.wake();
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
      const file = job.status === 'done' ? await readReportFile(db, job.id) : null;
      if (!file) {
        const what = job.status === 'failed' ? `failed: ${(job.error as JobFailure | null)?.message ?? 'unknown error'}` : 'is not finished yet';
        throw new AppError('conflict', `Report job ${job.id} ${what}`, [], { status: job.status });
      }
      reply.header('cache-control', 'private, no-store');
      return reply.type(file.contentType).header('content-disposition', attachment(file.fileName)).send(Buffer.from(file.body));
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
