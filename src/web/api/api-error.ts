/** A failed API call, with the HTTP status and the API's stable error code when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Array<{ field?: string; message?: string }> = [],
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
}

/** True for errors caused by the page moving on (an aborted request), which are not failures. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
