import { IMPORT_ERROR_CODES } from '../import/import-error.js';
import { PdfUnavailableError } from '../report/pdf/types.js';

/**
 * Every error code of the API, each with its HTTP status: the one list. Clients rely on the
 * codes (the web app words them in the reader's language by code); the message beside a code is
 * English, for developers and logs, and never the only way to tell errors apart.
 */
const ERROR_STATUS = {
  validation: 400,
  bad_request: 400,
  /** A search query text that cannot be read; `reason` says why (src/domain/search-query.ts). */
  invalid_search_query: 400,
  /** A body sent as application/json that is empty or not JSON. */
  invalid_json: 400,
  unauthorized: 401,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  version_conflict: 409,
  conflict: 409,
  /** The evaluation already has an action plan. */
  plan_exists: 409,
  /** An action plan is kept only for a published evaluation. */
  evaluation_not_published: 409,
  /** The request did not arrive whole within the server's time limit. */
  request_timeout: 408,
  payload_too_large: 413,
  /** A path parameter (or the URL) longer than the server accepts. */
  uri_too_long: 414,
  /** A body of a content type the route does not take. */
  unsupported_media_type: 415,
  locked: 423,
  /** A follow-up starts only from a published evaluation (its baseline). */
  baseline_not_published: 409,
  /** A follow-up's model version is older than its baseline's. */
  follow_up_model_older: 409,
  /** The baseline has nothing to start this record from (nothing written, or another model version). */
  nothing_to_take_over: 409,
  /** A question set used by a questionnaire can no longer change: make a new version. */
  question_set_frozen: 409,
  /** The question set is for another model version than the evaluation. */
  question_set_model_mismatch: 409,
  /** The evaluation already has a questionnaire. */
  questionnaire_exists: 409,
  /** The questionnaire is not open for answers yet. */
  questionnaire_not_open: 409,
  /** The questionnaire has been submitted; its answers are read-only until the team reopens it. */
  questionnaire_submitted: 409,
  /** Required questions are unanswered. */
  questionnaire_incomplete: 409,
  /** This answer is already linked as evidence. */
  evidence_exists: 409,
  /** A model version with this id already exists. */
  framework_exists: 409,
  /** A published or shipped model version never changes: make a new version. */
  framework_published: 409,
  /** The draft has problems that keep it from being published (listed in details). */
  framework_invalid: 409,
  /** The score departs from the one its criteria propose, and no reason is given. */
  deviation_unexplained: 409,
  /** Some criteria are not assessed yet. */
  criteria_incomplete: 409,
  /** Request headers larger than the server accepts. */
  headers_too_large: 431,
  rate_limited: 429,
  internal: 500,
  /** No PDF engine (Chromium missing or stopping); `reason` says which. */
  pdf_unavailable: 503,
  /** The server receives as many uploads as it takes at once; Retry-After says when to try again. */
  busy: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorDetail {
  /** Where the problem is, e.g. "scores.3.score" or "query.municipality". */
  field: string;
  message: string;
}

/** The one error type of the application; mapped to HTTP in one place (the error handler). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found`);

export const invalid = (field: string, message: string) =>
  new AppError('validation', `Invalid input: ${field}: ${message}`, [{ field, message }]);

export const unauthorized = (message = 'Sign in to do this') => new AppError('unauthorized', message);

export const forbidden = (message = 'You are not allowed to do this') => new AppError('forbidden', message);

/**
 * A write carried a version that is no longer current: 409 with the current version and, when
 * given, the current record, so the client can show both and let the user merge.
 */
export const staleVersion = (what: string, sentVersion: number, currentVersion: number, current?: unknown) =>
  new AppError(
    'version_conflict',
    `${what} was changed by someone else: you sent version ${sentVersion}, the current version is ${currentVersion}. Merge and send again.`,
    [{ field: 'body.version', message: `is ${sentVersion}, current is ${currentVersion}` }],
    current === undefined ? { currentVersion } : { currentVersion, current },
  );

/**
 * Why a background job failed, as its status shows it (`error.code`): report jobs fail with an
 * error code above; import jobs with an importer's reason (`IMPORT_ERROR_CODES`), `missing-scores`
 * when the evaluation would lack agreed scores, `out-of-memory` or `timed-out` when the import
 * worker passed its memory or time limit, `interrupted` when the server stopped while the job ran
 * (it is not run again), or `internal`.
 */
export const IMPORT_JOB_FAILURE_CODES = [...IMPORT_ERROR_CODES, 'missing-scores', 'out-of-memory', 'timed-out', 'interrupted', 'internal'] as const;
export type ImportJobFailureCode = (typeof IMPORT_JOB_FAILURE_CODES)[number];

/** The failures of the engines below the API as the one error type (others pass unchanged). */
export function toAppError(error: unknown): unknown {
  if (error instanceof PdfUnavailableError) return new AppError('pdf_unavailable', error.message, [], { reason: error.reason });
  return error;
}
