import type { Operation } from '../contract/operation.js';

/** The Fastify route schema of a contract operation (`querystring` is the contract's `query`). */
export type RouteSchemaOf<O extends Operation> = { tags: string[]; summary: string; description?: string } & (O extends { params: infer P } ? { params: P } : unknown) &
  (O extends { query: infer Q } ? { querystring: Q } : unknown) &
  (O extends { body: infer B } ? { body: B } : unknown) &
  (O extends { response: infer R } ? { response: R } : unknown);

/**
 * A route's schema from its contract operation: `app.put(op.path, { config, schema: routeSchema(op) }, handler)`.
 * Request validation, the handler's types, the OpenAPI document and the response checks of the tests
 * all come from it.
 */
export function routeSchema<const O extends Operation>(operation: O): RouteSchemaOf<O> {
  const { tags, summary, description, params, query, body, response } = operation;
  return {
    tags: [...tags],
    summary,
    ...(description !== undefined ? { description } : {}),
    ...(params ? { params } : {}),
    ...(query ? { querystring: query } : {}),
    ...(body ? { body } : {}),
    ...(response ? { response } : {}),
  } as RouteSchemaOf<O>;
}
