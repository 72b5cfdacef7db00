/**
 * What every job of the API tells while it runs, one shape for imports and reports: the web app
 * follows both with one polling hook (`useJobProgress`), and the server keeps both in the
 * database, so any app process answers for any job.
 */
import { z } from 'zod';

/** Queued and running jobs are under way; the others are final. */
export const JOB_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const jobFailureSchema = z.object({
  /** An error code of the API (the web app words it in the reader's language). */
  code: z.string(),
  /** English, for developers. */
  message: z.string(),
  /** Where the code has one (`pdf_unavailable`: 'missing', 'launch-failed', 'closed'). */
  reason: z.string().optional(),
});
export type JobFailure = z.infer<typeof jobFailureSchema>;

/** The fields every job view has. */
export const jobStateSchema = z.object({
  id: z.string(),
  status: z.enum(JOB_STATUSES),
  /** 0–100. */
  progress: z.number().int(),
  /** How often a server process started the job. */
  attempts: z.number().int(),
});
export type JobState = z.infer<typeof jobStateSchema>;

/** Whether a job is over (done, failed or cancelled): polling stops there. */
export const isFinishedJob = (job: { status: JobStatus }): boolean => job.status !== 'queued' && job.status !== 'running';
