/** How report jobs are run, retried and kept (src/api/reports/report-job-runner.ts). */
export interface ReportJobSettings {
  /** Attempts a job may take; default 3. */
  maxAttempts: number;
  /** The pause before the first retry; each further one is four times longer. Default 2 s. */
  retryBaseMs: number;
  /** How long a runner's claim holds without news from it; default 30 s. */
  leaseMs: number;
  /** How long a finished job and its file are kept; default 15 minutes. */
  keepMs: number;
  /** How often an idle process looks for jobs made elsewhere (or whose retry is due); default 1 s. */
  pollMs: number;
  /** Unfinished jobs one owner may have at a time; default 5. */
  maxActivePerOwner: number;
}

export const DEFAULT_REPORT_JOB_SETTINGS: ReportJobSettings = {
  maxAttempts: 3,
  retryBaseMs: 2000,
  leaseMs: 30_000,
  keepMs: 15 * 60_000,
  pollMs: 1000,
  maxActivePerOwner: 5,
};
