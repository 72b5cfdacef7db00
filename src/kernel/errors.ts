/** Stable error codes, each with its HTTP status. Clients may rely on the codes. */
export const ERROR_STATUS = {
  validation: 400,
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  version_conflict: 409,
  conflict: 409,
  payload_too_large: 413,
  locked: 423,
  rate_limited: 429,
  internal: 500,
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
