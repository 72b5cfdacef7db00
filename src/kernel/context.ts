import type { AuthSettings } from './auth-settings.js';
import type { DatabaseHandle } from '../db/client.js';
import type { Catalogue } from '../domain/framework.js';
import type { MunicipalityRef } from '../domain/municipality.js';
import type { PdfEngine } from '../report/pdf/types.js';
import type { ReadCache } from './read-cache.js';
import type { ComparisonSettings } from '../domain/comparison/peer-groups.js';
import type { OpenDataSettings } from './open-data-settings.js';
import type { ReportJobSettings } from './job-settings.js';

/**
 * Runs upload imports off the request path (`SerialImportQueue` in src/api/imports); the routes
 * only enqueue, the server resumes and stops it.
 */
export interface ImportQueue {
  /** Runs jobs left queued by an earlier process; those it left running are marked failed. */
  resume(): Promise<void>;
  enqueue(jobId: string): void;
  /** Stops a job's worker if this process runs it (the job is already marked cancelled). */
  cancel(jobId: string): void;
  /** Waits until every job enqueued so far has finished (tests, shutdown). */
  idle(): Promise<void>;
  /** Stops taking jobs; the one running finishes. */
  stop(): Promise<void>;
}

/** What every route needs: the database and the validated framework catalogue. */
export interface AppContext {
  database: DatabaseHandle;
  catalogue: Catalogue;
  /** The SCB municipalities (reference data), for matching names in imported reports. */
  municipalities: readonly MunicipalityRef[];
  /** Runs uploaded documents' imports off the request path. */
  importQueue: ImportQueue;
  /** Prints report PDFs with one warm Chromium, one job at a time (launched on first use). */
  pdf: PdfEngine;
  /** Sessions, sign-in limits, demo mode and the public address. */
  auth: AuthSettings;
  /**
   * Cached reads (sessions, access facts, the busiest reads): cleared by this process's changes on
   * the embedded database, kept to the database's epoch with several processes on PostgreSQL.
   */
  readCache?: ReadCache;
  /** Comparison settings (population classes); the defaults when absent. */
  comparison?: ComparisonSettings;
  /** How report jobs are retried and kept; the defaults when absent. */
  reportJobs?: Partial<ReportJobSettings>;
  /** The open-data catalogue's publisher, contact and public address; the defaults when absent. */
  openData?: OpenDataSettings;
}

/** Route plugin options carry the context explicitly (no global state). */
export interface RouteOptions {
  context: AppContext;
}
