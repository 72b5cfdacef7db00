/**
 * One API operation as both sides see it: its method and path (under `API_PREFIX`), the zod schemas
 * of its path parameters, query string, body and responses (by status code), and the words of the
 * API documentation. The server registers its route from it (`routeSchema` in src/kernel), the web
 * app calls it through `callApi` (src/web/api/call.ts), and the OpenAPI document is made from it.
 */
import type { z } from 'zod';

/** Where the API is served; operation paths are relative to it. */
export const API_PREFIX = '/api';

/**
 * A non-JSON answer in the OpenAPI document: its description and, per media type, the schema of
 * its body (a string for text files, binary for others). Never checked against the body sent.
 */
export interface FileResponse {
  description: string;
  content: Record<string, { schema: z.ZodType }>;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Operation {
  method: HttpMethod;
  /** Fastify style: `/evaluations/:id/my-scores/:unitCode`. */
  path: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /**
   * By status code: a zod schema for a JSON answer, or a `FileResponse` for answers in other media
   * types (files); absent where the answer is not documented (reports).
   */
  response?: Partial<Record<number, z.ZodType | FileResponse>>;
  summary: string;
  description?: string;
  tags: readonly string[];
}

/** Declares an operation, keeping its literal method, path and schema types. */
export function defineOperation<const O extends Operation>(operation: O): O {
  return operation;
}

type Field<O, K extends string> = O extends { [key in K]: infer S extends z.ZodType } ? S : undefined;

/** What the caller sends: path parameters, query and body as their schemas take them in. */
export type OperationParams<O extends Operation> = z.input<NonNullable<Field<O, 'params'>>>;
export type OperationQuery<O extends Operation> = z.input<NonNullable<Field<O, 'query'>>>;
export type OperationBody<O extends Operation> = z.input<NonNullable<Field<O, 'body'>>>;

/** The answer of a successful call: the first 2xx response schema's output (undefined for 204). */
export type OperationResult<O extends Operation> = O extends { response: infer R }
  ? R extends { 200: infer S extends z.ZodType }
    ? z.output<S>
    : R extends { 201: infer S extends z.ZodType }
      ? z.output<S>
      : R extends { 202: infer S extends z.ZodType }
        ? z.output<S>
        : undefined
  : unknown;
