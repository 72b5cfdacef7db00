import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { signedInAs } from '../../../tests/support/accounts.js';
import { upsertMunicipalityAttributes } from '../../db/municipality-attributes.js';

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld({ demo: true });
});
afterAll(async () => world?.close());

const get = (url: string) => world.app.inject({ method: 'GET', url });

describe(`municipalities API (${testEngine})`, () => {
  it('lists Sweden’s 290 municipalities in Swedish order, paged, and Norway’s 357 beside them', async () => {
    const body = (await get('/api/municipalities?country=se&limit=300')).json();
    expect(body.total).toBe(290);
    const names: string[] = body.items.map((item: { shortName: string }) => item.shortName);
    expect(names.indexOf('Älmhult')).toBeGreaterThan(names.indexOf('Åstorp'));
    expect(names.indexOf('Östersund')).toBeGreaterThan(names.indexOf('Älmhult'));
    expect(names.indexOf('Åstorp')).toBeGreaterThan(names.indexOf('Ystad'));
    const page = (await get('/api/municipalities?country=se&limit=10&offset=280')).json();
    expect(page.items).toHaveLength(10);
    expect((await get('/api/municipalities?country=no&limit=1')).json().total).toBe(357);
    expect((await get('/api/municipalities?limit=1')).json().total).toBe(290 + 357);
  });

  it('shows a Norwegian municipality by its id, with its fylke and SSB’s population, and no SKR group', async () => {
    const oslo = (await get('/api/municipalities/no-0301')).json();
    expect(oslo).toMatchObject({
      id: 'no-0301',
      country: 'no',
      code: '0301',
      shortName: 'Oslo',
      county: { id: 'no-03', country: 'no', code: '03', name: 'Oslo' },
      population: { year: 2026, value: 728714, source: 'SSB (folketall 1. januar, tabell 07459)' },
      group: null,
      groups: [],
    });
    expect(oslo.populations.map((entry: { year: number }) => entry.year)).toEqual([2023, 2024, 2025, 2026]);
    const bergen = (await get('/api/municipalities?q=bergen&country=no')).json();
    expect(bergen.items.map((item: { id: string }) => item.id)).toEqual(['no-4601']);
    expect((await get('/api/municipalities?county=no-46&limit=300')).json().items.every((item: { county: { id: string } }) => item.county.id === 'no-46')).toBe(true);
  });

  it('keeps a Swedish and a Norwegian municipality with the same code apart: a bare code finds both', async () => {
    const both = (await get('/api/municipalities?q=1860')).json();
    expect(both.items.map((item: { id: string; shortName: string }) => [item.id, item.shortName])).toEqual([
      ['se-1860', 'Laxå'],
      ['no-1860', 'Vestvågøy'],
    ]);
    expect((await get('/api/municipalities/se-1860')).json()).toMatchObject({ country: 'se', code: '1860', shortName: 'Laxå', county: { id: 'se-18' } });
    expect((await get('/api/municipalities/no-1860')).json()).toMatchObject({ country: 'no', code: '1860', shortName: 'Vestvågøy', county: { id: 'no-18' } });
    expect((await get('/api/municipalities?q=no-18')).json().items.every((item: { id: string }) => item.id.startsWith('no-18'))).toBe(true);
  });

  it('counts only the evaluations the asker may read', async () => {
    // The demo has Leksand's 2023 report (published) and a fact-check evaluation for the demo municipality user.
    expect((await get('/api/municipalities/se-2029')).json().evaluationCount).toBe(1);
    const admin = await signedInAs(world, 'admin');
    expect((await admin.get('/api/municipalities/se-2029')).json().evaluationCount).toBe(2);
    const leksand = await signedInAs(world, 'municipality', { municipalityId: 'se-2029' });
    expect((await leksand.get('/api/municipalities?q=2029')).json().items[0].evaluationCount).toBe(2);
    const other = await signedInAs(world, 'municipality', { municipalityId: 'se-2284' });
    expect((await other.get('/api/municipalities/se-2029')).json().evaluationCount).toBe(1);
  });

  it('searches by name ignoring case and diacritics, and by code', async () => {
    const byName = (await get('/api/municipalities?q=ornsk')).json();
    expect(byName.items.map((item: { id: string }) => item.id)).toEqual(['se-2284']);
    expect(byName.items[0]).toMatchObject({ shortName: 'Örnsköldsvik', country: 'se', code: '2284', county: { id: 'se-22', country: 'se', code: '22' }, evaluationCount: 3 });
    const byCode = (await get('/api/municipalities?q=2029')).json();
    expect(byCode.items[0].shortName).toBe('Leksand');
    const literal = (await get('/api/municipalities?q=%25')).json();
    expect(literal.total).toBe(0);
  });

  it('returns one municipality with its attribute history: the shipped figures and a later import', async () => {
    const shipped = (await get('/api/municipalities/se-1060')).json();
    expect(shipped).toMatchObject({
      population: { year: 2024, value: 13000, source: 'SCB (folkmängd 31 dec)' },
      group: { year: 2024, value: 'C7', source: 'SKR (kommungruppsindelning 2023)' },
      populations: [{ year: 2022, value: 13159 }, { year: 2023, value: 13061 }, { year: 2024, value: 13000 }],
    });
    await upsertMunicipalityAttributes(world.context.database.db, [
      { municipalityId: 'se-1060', year: 2025, population: 13100, group: 'C8', populationSource: 'SCB', groupSource: 'SKR' },
      { municipalityId: 'se-1060', year: 2026, population: 13245, group: null, populationSource: 'SCB', groupSource: null },
    ]);
    const body = (await get('/api/municipalities/se-1060')).json();
    expect(body).toMatchObject({
      shortName: 'Olofström',
      population: { year: 2026, value: 13245, source: 'SCB' },
      group: { year: 2025, value: 'C8', source: 'SKR' },
      populations: [{ year: 2022 }, { year: 2023 }, { year: 2024 }, { year: 2025, value: 13100 }, { year: 2026, value: 13245 }],
    });
  });

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    const missing = await get('/api/municipalities/se-9999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('Municipality se-9999 was not found');
    for (const bad of ['abc', '2284', 'dk-2284', 'se-22']) {
      const malformed = await get(`/api/municipalities/${bad}`);
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().error.details[0]).toEqual({ field: 'params.id', message: 'must be a municipality id such as "se-2284" (Sweden) or "no-0301" (Norway)' });
    }
    expect((await get('/api/municipalities?country=dk')).statusCode).toBe(400);
    const badLimit = await get('/api/municipalities?limit=5000');
    expect(badLimit.json().error.details[0]).toEqual({ field: 'query.limit', message: 'must be between 1 and 1000' });
  });
});
