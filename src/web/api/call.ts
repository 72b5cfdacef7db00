/**
 * The one typed client of the API: every call names its contract operation, and the URL, the
 * request's types and the answer's type come from it. Path parameters are encoded here.
 */
import type { z } from 'zod';
import type { Operation, OperationResult } from '../../contract/operation.js';
import { getJson, send, urlOf, type Query, type UnsafeMethod } from './http.js';

type Input<O, K extends string> = O extends { [key in K]: infer S extends z.ZodType } ? z.input<S> : never;

/** Path parameters, query and body of a call, as the operation's schemas take them in. */
export interface CallInput<O extends Operation> {
  params?: Input<O, 'params'>;
  query?: Input<O, 'query'>;
  /** JSON, or raw bytes for uploads. */
  body?: Input<O, 'body'> | Blob;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Sign-in and password requests: a 401 there means wrong credentials, not an ended session. */
  credentials?: boolean;
  /** GET only: 'default' lets the browser keep an answer the server marks cacheable (reference data); otherwise 'no-store'. */
  cache?: RequestCache;
}

/** The operation's path with its `:name` parameters filled in (encoded). */
export function pathOf(operation: Operation, params: object = {}): string {
  return operation.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = (params as Record<string, unknown>)[name];
    if (value === undefined || value === null) throw new Error(`${operation.method} ${operation.path}: parameter ${name} is missing`);
    return encodeURIComponent(String(value));
  });
}

/** The full address of an operation (links, downloads), with its query string. */
export function apiUrl<O extends Operation>(operation: O, input: Pick<CallInput<O>, 'params' | 'query'> = {}): string {
  return urlOf(pathOf(operation, input.params ?? {}), (input.query ?? {}) as Query);
}

/** Calls an operation; resolves to its answer (undefined for 204), or rejects with an ApiError. */
export function callApi<O extends Operation>(operation: O, input: CallInput<O> = {}, options: CallOptions = {}): Promise<OperationResult<O>> {
  const path = pathOf(operation, input.params ?? {});
  const query = (input.query ?? {}) as Query;
  if (operation.method === 'GET') return getJson<OperationResult<O>>(path, query, options.signal, options.cache);
  return send<OperationResult<O>>(operation.method as UnsafeMethod, path, input.body, { query, signal: options.signal, credentials: options.credentials });
}
