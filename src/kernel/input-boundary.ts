/**
 * The one input boundary: what every request must satisfy before any route's schema or any SQL
 * sees it, whichever route it is for. Text carries no control characters and no unpaired UTF-16
 * surrogates (PostgreSQL refuses NUL, and a lone surrogate is not text), JSON bodies are JSON
 * without `__proto__` or `constructor` keys, and the framework's own refusals (unsupported content
 * type, malformed URL, over-long path parameter) answer in the app's error format. A refusal names
 * the field (`body.email`, `query.q`, `params.id`, `cookies.kompass_session`).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorDetail } from './errors.js';
import { CSRF_HEADER, SESSION_COOKIE } from './request.js';

/** Control characters (C0, DEL, C1) refused in every text, multi-line texts included. */
// eslint-disable-next-line no-control-regex -- finding exactly those characters
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** In one-line inputs (path parameters, query, the headers the app reads) tab and line breaks too. */
// eslint-disable-next-line no-control-regex -- finding exactly those characters
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F-\u009F]/;
/** A surrogate not part of a pair (in Unicode mode a pair is one code point, which this does not match). */
const LONE_SURROGATE = /\p{Cs}/u;
/** Keys that would reach an object's prototype if a body were ever merged into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor']);
/** At most this many problems are named in one answer. */
const MAX_ISSUES = 20;

const codePoint = (character: string) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with one text, or null. */
export function textProblem(text: string, oneLine: boolean): string | null {
  const control = (oneLine ? CONTROL_IN_LINE : CONTROL_IN_TEXT).exec(text);
  if (control) {
    return `must not contain control characters: ${codePoint(control[0])} at position ${control.index + 1}`;
  }
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) return `must not contain unpaired UTF-16 surrogates: ${codePoint(surrogate[0])} at position ${surrogate.index + 1}`;
  return null;
}

/** A key as it appears in a field name: control characters and surrogates escaped so the answer stays readable. */
const printableKey = (key: string) =>
  // eslint-disable-next-line no-control-regex -- escaping exactly those characters
  key.replace(/[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Every problem of the texts in a parsed input (strings, object keys, arrays, nested to any
 * depth, walked without recursion), each named by its dotted path under `root`.
 */
export function inputProblems(value: unknown, root: string, options: { oneLine: boolean; forbidKeys?: boolean }): ErrorDetail[] {
  const issues: ErrorDetail[] = [];
  const pending: Array<[unknown, string]> = [[value, root]];
  while (pending.length > 0 && issues.length < MAX_ISSUES) {
    const [current, path] = pending.pop()!;
    if (typeof current === 'string') {
      const problem = textProblem(current, options.oneLine);
      if (problem) issues.push({ field: path, message: problem });
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) pending.push([current[index], `${path}.${index}`]);
    } else if (current !== null && typeof current === 'object' && !Buffer.isBuffer(current)) {
      const entries = Object.entries(current);
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        const [key, child] = entries[index]!;
        const field = `${path}.${printableKey(key)}`;
        if (options.forbidKeys && FORBIDDEN_KEYS.has(key)) {
          issues.push({ field, message: `"${key}" is not accepted as a key` });
          continue;
        }
        const keyProblem = textProblem(key, true);
        if (keyProblem) {
          issues.push({ field, message: `the key ${keyProblem}` });
          continue;
        }
        pending.push([child, field]);
      }
    }
  }
  return issues;
}

const refusal = (issues: ErrorDetail[]) =>
  new AppError('validation', `Invalid input: ${issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')}`, issues);

/** Refuses the request when the given inputs hold bad text (400 `validation`, each field named). */
function refuseBadInput(...inputs: Array<[unknown, string, boolean]>): void {
  const issues = inputs.flatMap(([value, root, oneLine]) => inputProblems(value, root, { oneLine, forbidKeys: root === 'body' }));
  if (issues.length > 0) throw refusal(issues.slice(0, MAX_ISSUES));
}

/**
 * The headers the app reads (the session cookie, the CSRF token, the origin checks): checked
 * first thing, before the session is looked up. Other cookies of the same host are none of
 * Kompass's business and are not checked.
 */
export function checkHeaderInput(request: FastifyRequest): void {
  const header = (name: string) => request.headers[name];
  refuseBadInput(
    [request.cookies?.[SESSION_COOKIE], `cookies.${SESSION_COOKIE}`, true],
    [header(CSRF_HEADER), `headers.${CSRF_HEADER}`, true],
    [header('origin'), 'headers.origin', true],
    [header('sec-fetch-site'), 'headers.sec-fetch-site', true],
  );
}

/** What an empty or malformed JSON body is answered with. */
function parseJsonBody(text: string): unknown {
  if (text.trim() === '') {
    throw new AppError('invalid_json', 'The body is empty but its content type is application/json', [{ field: 'body', message: 'is empty' }]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // Only where it broke: the parser's own message may quote the body (a password, say).
    const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const where = position === undefined ? (/end of JSON/.test(String(error)) ? ' (it ends too early)' : '') : ` (at character ${Number(position) + 1})`;
    throw new AppError('invalid_json', `The body is not valid JSON${where}`, [{ field: 'body', message: `is not valid JSON${where}` }]);
  }
}

/**
 * Installs the boundary on the root app before any route: the JSON parser (malformed JSON →
 * 400 `invalid_json`; `__proto__`/`constructor` keys and bad text → 400 `validation` naming them,
 * before any hook or route sees the body) and the check of path parameters, query and body of every
 * route (bodies of other content types included). Bodies the routes take as bytes (uploads) are
 * not text and pass; their text fields (the query) are checked.
 */
export function installInputBoundary(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      const parsed = parseJsonBody(body as string);
      refuseBadInput([parsed, 'body', false]);
      done(null, parsed);
    } catch (error) {
      done(error as Error, undefined);
    }
  });

  app.addHook('preValidation', async (request) => {
    refuseBadInput([request.params, 'params', true], [request.query, 'query', true], [request.body, 'body', false]);
  });
}

/**
 * Fastify's answers before any route is found, in the app's format: a URL that does not decode
 * (400 `bad_request`) and a path parameter over the router's limit (414 `uri_too_long`).
 */
export function frameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return reply.status(414).send({
      error: { code: 'uri_too_long', message: 'A path parameter of the URL is longer than this server accepts', details: [{ field: 'params', message: 'is too long' }] },
    });
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    return reply.status(400).send({
      error: { code: 'bad_request', message: 'The URL is not valid: a part of it does not decode', details: [{ field: 'url', message: 'does not decode' }] },
    });
  }
  return reply.status(400).send({ error: { code: 'bad_request', message: error.message, details: [] } });
}
