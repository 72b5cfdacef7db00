/** A failed API call, with the HTTP status and the API's stable error code when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Array<{ field?: string; message?: string }> = [],
    /** Further fields of the error body, e.g. `retryAfterSeconds`, `reason`, `currentVersion`. */
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /**
   * True when the thing asked for does not exist: a 404, or an id in the path that can never
   * exist (the API refuses it with a validation error on `params.*`).
   */
  get isNotFound(): boolean {
    if (this.status === 404) return true;
    return this.status === 400 && this.details.some((detail) => detail.field?.startsWith('params.'));
  }

  /** A number the error body carries, e.g. `retryAfterSeconds`; null when absent. */
  numberOf(name: string): number | null {
    const value = this.extra[name];
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  }

  /** A string the error body carries, e.g. `reason`; null when absent. */
  textOf(name: string): string | null {
    const value = this.extra[name];
    return typeof value === 'string' ? value : null;
  }
}

/** True for errors caused by the page moving on (an aborted request), which are not failures. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
