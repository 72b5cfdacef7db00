import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../kernel/errors.js';

/** Paths of keys the body carries that the schema does not know (zod drops them silently). */
function unknownKeys(sent: unknown, parsed: unknown, path: string): string[] {
  if (Array.isArray(sent) && Array.isArray(parsed)) return sent.flatMap((item, index) => unknownKeys(item, parsed[index], `${path}[${index}]`));
  if (sent === null || parsed === null || typeof sent !== 'object' || typeof parsed !== 'object' || sent instanceof Date) return [];
  return Object.entries(sent).flatMap(([key, value]) =>
    value === undefined ? [] : key in parsed ? unknownKeys(value, (parsed as Record<string, unknown>)[key], `${path}.${key}`) : [`${path}.${key}`],
  );
}

function refuse(route: string, problem: string): never {
  const message = `The response of ${route} does not match its contract: ${problem}`;
  // Loud in test output even where a test only looks at the status.
  console.error(message);
  throw new AppError('internal', message);
}

/**
 * For tests: every JSON response is checked against the route's response schema for its status
 * code (unknown keys count as drift too) before it is sent as plain JSON, and a 2xx answer of a
 * route whose contract has no schema for that status is refused. A mismatch answers 500 naming the
 * route and the zod issues. Production keeps the plain serializer.
 */
export function checkResponses(app: FastifyInstance): void {
  app.setSerializerCompiler(({ schema, method, url, httpStatus }) => {
    const route = `${method} ${url} (${httpStatus})`;
    const zodSchema = schema as z.ZodType;
    return (data: unknown) => {
      const result = zodSchema.safeParse(data);
      if (!result.success) {
        refuse(route, result.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; '));
      }
      const extra = unknownKeys(data, result.data, 'body');
      if (extra.length > 0) refuse(route, `keys not in the schema: ${extra.join(', ')}`);
      return JSON.stringify(data);
    };
  });
  app.addHook('preSerialization', async (request, reply, payload) => {
    const responses = request.routeOptions.schema?.response as Record<string, unknown> | undefined;
    const status = reply.statusCode;
    if (responses && status >= 200 && status < 300 && !(String(status) in responses)) {
      refuse(`${request.method} ${request.routeOptions.url ?? request.url} (${status})`, `the contract declares no response for status ${status}`);
    }
    return payload;
  });
}
