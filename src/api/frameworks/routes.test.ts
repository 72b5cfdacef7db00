import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(async () => world?.close());

const get = (url: string) => world.app.inject({ method: 'GET', url });

describe('frameworks API', () => {
  it('lists the model versions, newest first', async () => {
    const body = (await get('/api/frameworks')).json();
    expect(body.items.map((item: { id: string; current: boolean; scoredBy: string }) => [item.id, item.current, item.scoredBy])).toEqual([
      ['kommunkompassen-2020', true, 'subarea'],
      ['kommunkompassen-2016', false, 'subarea'],
      ['kommunkompassen-2010', false, 'area'],
    ]);
  });

  it('returns one version with its tree, aliases and area maps with the caveat', async () => {
    const body = (await get('/api/frameworks/kommunkompassen-2020')).json();
    expect(body.areas).toHaveLength(8);
    expect(body.areas[1].subareas[0]).toEqual({ code: '2.1', title: 'Strategi för hållbar utveckling', max: 15, aliases: ['Strategiskt arbete'], criteria: [] });
    expect(body.areaMaps.map((map: { from: string }) => map.from)).toEqual(['kommunkompassen-2016', 'kommunkompassen-2010']);
    expect(body.areaMaps[0].caveat).toMatch(/inte fullt ut/);
  });

  it('titles every version in the asked language', async () => {
    const english = (await get('/api/frameworks/kommunkompassen-2016?lang=en')).json();
    expect(english.areas[0].title).toBe('Openness and democracy');
    expect(english.areas[0].subareas[0].title).toBe('Is there a plan/strategy for democratic development and information?');
    const norwegian = (await get('/api/frameworks/kommunkompassen-2010?lang=nb')).json();
    expect(norwegian.title).toBe('Kommunekompasset 2010');
    expect(norwegian.areas[3].title).toBe('Ledelse, ansvar og delegering');
    expect(norwegian.areas[3].subareas[5].title).toBe('Lederutvikling');
    expect(norwegian.note).toMatch(/^Resultater etter 2010-modellen/);
    expect(norwegian.areaMaps[0].caveat).toMatch(/ikke fullt ut/);
  });

  it('answers 404 naming the known versions', async () => {
    const response = await get('/api/frameworks/kommunkompassen-1999');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toContain('kommunkompassen-2020');
    expect((await get('/api/frameworks?lang=de')).statusCode).toBe(400);
  });

  it('sends security headers with a Content-Security-Policy that allows only its own resources', async () => {
    const response = await get('/api/health');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const docs = await get('/api/docs/static/index.html');
    expect(docs.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  it('serves the health check and the OpenAPI document', async () => {
    expect((await get('/api/health')).json()).toMatchObject({ status: 'ok' });
    const openapi = (await get('/api/docs/json')).json();
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(['/api/evaluations', '/api/evaluations/{id}', '/api/evaluations/{id}/scores', '/api/municipalities', '/api/frameworks/{id}']),
    );
    const unknown = await get('/api/nothing-here');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
  });
});
