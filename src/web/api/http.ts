import { API_PREFIX } from '../../contract/operation.js';
import { ApiError } from './api-error.js';

export type Query = Record<string, string | number | undefined>;
export type UnsafeMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * What the HTTP layer needs from the session: the CSRF token to send with changes, a way to
 * read the session again when the server refused a stale token, and whom to tell when a change
 * was refused because the session has ended.
 */
export interface SessionHooks {
  csrfToken(): string | null;
  /** Reads the session again; resolves to the new CSRF token (null when no longer signed in). */
  refresh(): Promise<string | null>;
  ended(): void;
}

let hooks: SessionHooks = { csrfToken: () => null, refresh: async () => null, ended: () => undefined };

/** Connects the session store (called once, by the store itself). */
export function connectSession(next: SessionHooks): void {
  hooks = next;
}

export function urlOf(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_PREFIX}${path}${search ? `?${search}` : ''}`;
}

interface ErrorBody {
  error?: { code?: string; message?: string; details?: Array<{ field?: string; message?: string }> } & Record<string, unknown>;
}

async function toError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as ErrorBody | null;
  const { code, message, details, ...extra } = body?.error ?? {};
  return new ApiError(response.status, code ?? 'http_error', message ?? response.statusText, details ?? [], extra);
}

/** The answer's JSON, or an ApiError; a 204 answers `undefined`. */
export async function readJson<T>(response: Response): Promise<T> {
  if (!response.ok) throw await toError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** `cache` 'default' only for public answers the server marks cacheable (with an ETag); every other read is 'no-store'. */
export async function getJson<T>(path: string, query: Query = {}, signal?: AbortSignal, cache: RequestCache = 'no-store'): Promise<T> {
  return readJson<T>(await fetch(urlOf(path, query), { headers: { accept: 'application/json' }, signal, cache }));
}

export interface SendOptions {
  query?: Query;
  signal?: AbortSignal;
  /** Sign-in and password requests: a 401 there means wrong credentials, not an ended session. */
  credentials?: boolean;
}

function request(method: UnsafeMethod, path: string, body: unknown, options: SendOptions, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers['x-csrf-token'] = token;
  let payload: BodyInit | undefined;
  if (body instanceof Blob) {
    headers['content-type'] = 'application/octet-stream';
    payload = body;
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  return fetch(urlOf(path, options.query), { method, headers, body: payload, signal: options.signal });
}

/**
 * A change (POST, PUT, PATCH, DELETE) with the session's CSRF token. When the server refuses
 * the token (the session was renewed elsewhere), the session is read again and the change sent
 * once more; when a signed-in change is refused as unauthorised, the session has ended.
 */
export async function send<T>(method: UnsafeMethod, path: string, body?: unknown, options: SendOptions = {}): Promise<T> {
  const token = hooks.csrfToken();
  let response = await request(method, path, body, options, token);
  if (response.status === 403) {
    const error = await toError(response.clone());
    if (error.code === 'csrf') {
      const fresh = await hooks.refresh();
      if (fresh !== token) response = await request(method, path, body, options, fresh);
    }
  }
  if (!options.credentials && response.status === 401 && token !== null) hooks.ended();
  return readJson<T>(response);
}
