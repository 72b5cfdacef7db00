import { describe, expect, it } from 'vitest';
import { API_PREFIX, operations } from '../contract/index.js';
import { DEFAULT_AUTH_SETTINGS } from '../kernel/auth-settings.js';
import type { AppContext } from '../kernel/context.js';
import { buildApp } from './app.js';

/** Building the app touches no database: routes only keep the context for their requests. */
const context = { database: { db: {}, engine: 'pglite' }, auth: DEFAULT_AUTH_SETTINGS, importQueue: { stop() {} }, pdf: { close() {} } } as unknown as AppContext;

describe('the API contract', () => {
  it('declares every API route, and the OpenAPI document lists every operation', { timeout: 30_000 }, async () => {
    const app = await buildApp({ context, logLevel: 'silent' });
    await app.ready();
    try {
      const declared = Object.values(operations).map((operation) => `${operation.method} ${API_PREFIX}${operation.path}`).sort();
      const registered = app.kompassRoutes.filter((route) => route.method !== 'HEAD' && !route.url.startsWith('/api/docs')).map((route) => `${route.method} ${route.url}`).sort();
      expect(registered).toEqual(declared);
      expect(new Set(declared).size).toBe(declared.length);

      const document = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
      const documented = Object.entries(document.paths)
        .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`))
        .sort();
      expect(documented).toEqual(declared);
    } finally {
      await app.close();
    }
  });
});
