/**
 * What Kompass writes to its log about requests and errors, without personal data: no query
 * strings (they carry e-mail addresses, names, search words), no cookies or tokens, and no values
 * from database errors (a failed query's parameters, PostgreSQL's `detail` with the row's values).
 */

/** Database error fields that name things (kept); `detail`, `where`, `internalQuery` and parameters carry values (dropped). */
const DATABASE_FIELDS = ['code', 'severity', 'schema', 'table', 'column', 'dataType', 'constraint', 'routine'] as const;
/** Most fields an error may have in the log beyond its message and stack. */
const MAX_CAUSES = 5;

/**
 * A message without the values it may quote: Drizzle's "Failed query: … params: …" keeps the SQL
 * and drops the parameters; PostgreSQL's "invalid input syntax for type uuid: "…"" drops the input.
 */
export function redactMessage(message: string): string {
  return message
    .replace(/(\n|^)params: [\s\S]*$/, '$1params: [redacted]')
    .replace(/((?:invalid input (?:syntax|value) for (?:type|enum) [^:]+)|(?:for encoding "[^"]+")): .*$/gm, '$1: [redacted]');
}

/** An error as the log shows it. */
interface LoggedError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
}

/** An error as the log shows it: type, redacted message and stack, database error codes, causes. */
export function safeError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: '[redacted non-error value]', stack: '' };
  const record = error as Error & Record<string, unknown>;
  const message = redactMessage(error.message);
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const out: LoggedError = { type: error.name, message, stack: [`${error.name}: ${message}`, ...frames].join('\n') };
  for (const field of DATABASE_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' || typeof value === 'number') out[field] = value;
  }
  if (typeof record.statusCode === 'number') out.statusCode = record.statusCode;
  if (typeof record.query === 'string') out.query = record.query; // SQL text with $n placeholders: no values
  if (error.cause !== undefined && depth < MAX_CAUSES) out.cause = safeError(error.cause, depth + 1);
  return out;
}

interface LoggedRequest {
  method?: string;
  url?: string;
  hostname?: string;
  ip?: string;
  routeOptions?: { url?: string };
}

/** A request as the log shows it: method, path without its query string, host and client address. */
export function safeRequest(request: LoggedRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: (request.url ?? '').split('?')[0],
    route: request.routeOptions?.url,
    host: request.hostname,
    remoteAddress: request.ip,
  };
}

/** Pino options of the app's logger: the serializers above, and headers that hold secrets removed wherever they are logged. */
export const SAFE_LOG_OPTIONS = {
  serializers: { err: safeError, error: safeError, req: safeRequest },
  redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]', 'headers.cookie', 'headers.authorization'], censor: '[redacted]' },
};
