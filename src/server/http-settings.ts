/** Limits of the HTTP server against slow or stuck clients (env: see src/server/config.ts). */
export interface HttpSettings {
  /** A whole request, headers and body, must arrive within this (else 408 and the connection closes). */
  requestTimeoutMs: number;
  /** A request's headers must arrive within this (at most requestTimeoutMs). */
  headersTimeoutMs: number;
  /** A connection silent for this long is closed. */
  idleTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Largest size of a request's headers (larger: 431). */
  maxHeaderBytes: number;
  /** File uploads received at once; further ones get 503 `busy` with Retry-After. */
  maxConcurrentUploads: number;
}

export const DEFAULT_HTTP_SETTINGS: HttpSettings = {
  requestTimeoutMs: 60_000,
  headersTimeoutMs: 10_000,
  idleTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxHeaderBytes: 16_384,
  maxConcurrentUploads: 4,
};
