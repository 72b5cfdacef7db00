import type { FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../tests/support/test-database.js';
import type { DatabaseHandle } from '../db/client.js';
import { buildApp } from './app.js';
import { prepareContext } from './boot.js';

// A built web app in miniature: the page and one hashed asset, as Vite writes them.
const webDir = mkdtempSync(join(tmpdir(), 'kompass-web-'));
mkdirSync(join(webDir, 'assets'));
writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Kompass</title><div id="root"></div>');
writeFileSync(join(webDir, 'assets', 'index-Ab12Cd34.js'), 'console.log("kompass");');
writeFileSync(join(tmpdir(), 'kompass-outside.txt'), 'outside the web app');

let database: DatabaseHandle;
let app: FastifyInstance;
beforeAll(async () => {
  database = await openTestDatabase();
  const context = await prepareContext(database);
  app = await buildApp({ context, logLevel: 'silent', webDir, checkResponses: true });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  rmSync(webDir, { recursive: true, force: true });
  rmSync(join(tmpdir(), 'kompass-outside.txt'), { force: true });
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('serving the built web app', () => {
  it('serves hashed assets to be kept for a year, with the security headers', async () => {
    const response = await get('/assets/index-Ab12Cd34.js');
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('console.log("kompass");');
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it("answers the web app's own routes with its page, which decides what to show", async () => {
    for (const url of ['/', '/kommuner/se-2029', '/utvarderingar/okand/rapport']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toContain('<div id="root"></div>');
    }
  });

  it('answers unknown API routes and other methods with a JSON 404, never the page', async () => {
    const api = await get('/api/finns-inte');
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
    expect((await app.inject({ method: 'POST', url: '/kommuner' })).statusCode).toBe(404);
  });

  it('serves nothing from outside its folder', async () => {
    for (const url of ['/../kompass-outside.txt', '/%2e%2e/kompass-outside.txt', '/assets/..%2f..%2fkompass-outside.txt']) {
      const response = await get(url);
      expect(response.body, url).not.toContain('outside the web app');
    }
  });
});
