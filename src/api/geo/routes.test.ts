import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { loadReferenceData } from '../../reference/load-reference.js';
import { matchesEtag } from './routes.js';

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(async () => world?.close());

const get = (url: string, headers: Record<string, string> = {}) => world.app.inject({ method: 'GET', url, headers });

describe('municipality boundaries API', () => {
  it('has a feature, named by its Kompass id, for every municipality of the reference data, and no other', async () => {
    const reference = loadReferenceData().municipalities;
    for (const country of ['se', 'no'] as const) {
      const response = await get(`/api/geo/municipalities/${country}`);
      expect(response.statusCode).toBe(200);
      const body = response.json() as { country: string; features: Array<{ properties: { id: string; name: string } }> };
      expect(body.country).toBe(country);
      const ids = body.features.map((feature) => feature.properties.id).sort();
      const expected = reference.filter((municipality) => municipality.country === country).map((municipality) => municipality.id).sort();
      expect(ids).toEqual(expected);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('names the source and the licence, with attribution where the licence asks for it', async () => {
    expect((await get('/api/geo/municipalities/no')).json().source).toEqual({ publisher: 'Kartverket', licence: 'CC BY 4.0', attributionRequired: true });
    const sweden = (await get('/api/geo/municipalities/se')).json();
    expect(sweden.source).toEqual({ publisher: 'SCB', licence: 'CC0 1.0', attributionRequired: false });
    expect(sweden.features.find((feature: { properties: { id: string } }) => feature.properties.id === 'se-0180').properties.name).toBe('Stockholm');
  });

  it('is cached by browsers with an ETag, answers 304 to a matching If-None-Match and gzips on request', async () => {
    const first = await get('/api/geo/municipalities/se');
    expect(first.headers['cache-control']).toBe('public, max-age=86400');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get('/api/geo/municipalities/se', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await get('/api/geo/municipalities/se', { 'if-none-match': '"other"' })).statusCode).toBe(200);
    const zipped = await get('/api/geo/municipalities/se', { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.rawPayload.length).toBeLessThan(first.rawPayload.length / 2);
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(first.json());
  });

  it('refuses an unknown country with 400', async () => {
    const response = await get('/api/geo/municipalities/dk');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation');
  });
});

describe('matchesEtag', () => {
  it('matches a listed, weak or wildcard tag only', () => {
    expect(matchesEtag('"a", W/"b"', '"b"')).toBe(true);
    expect(matchesEtag('*', '"b"')).toBe(true);
    expect(matchesEtag('"c"', '"b"')).toBe(false);
    expect(matchesEtag(undefined, '"b"')).toBe(false);
  });
});
