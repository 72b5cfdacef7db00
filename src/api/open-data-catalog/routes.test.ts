import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCatalogShape } from '../../../tests/support/dcat-ap-se.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { createEvaluationSchema } from '../../contract/evaluations.js';
import { OPEN_DATA_DATASETS, OPEN_DATA_FORMATS, openDataOperations, openDataPath } from '../../contract/open-data.js';
import { listScoringUnits } from '../../domain/framework.js';
import { createEvaluation } from '../evaluations/commands.js';

const FRAMEWORK = 'kommunkompassen-2020';
let world: TestWorld;
let configured: TestWorld;

async function add(target: TestWorld, input: { municipalityId: string; fieldworkStart: string; status: 'published' | 'draft'; frameworkId?: string }) {
  const frameworkId = input.frameworkId ?? FRAMEWORK;
  const scores = listScoringUnits(target.context.catalogue.frameworks.get(frameworkId)!).map((unit) => ({ code: unit.code, score: 1 }));
  const parsed = createEvaluationSchema.parse({ frameworkId, origin: 'archive', scores, ...input });
  await createEvaluation(target.context.database.db, target.context.catalogue, parsed, 'test');
  target.context.readCache?.clear();
}

beforeAll(async () => {
  world = await createTestWorld();
  configured = await createTestWorld({
    openData: { publisherName: 'Kommun & Region <Test>', contactEmail: 'data@example.se', publicUrl: 'https://kompass.example.se' },
  });
  for (const target of [world, configured]) {
    await add(target, { municipalityId: 'se-2284', fieldworkStart: '2019-03', status: 'published' });
    await add(target, { municipalityId: 'no-4601', fieldworkStart: '2022-10', status: 'published' });
    // A draft never counts: not its later year, not its model.
    await add(target, { municipalityId: 'se-2281', fieldworkStart: '2026-01', status: 'draft', frameworkId: 'kommunkompassen-2016' });
  }
});

afterAll(async () => {
  await world?.close();
  await configured?.close();
});

describe('GET /api/open-data/summary', () => {
  it('describes the published evaluations only', async () => {
    const response = await world.app.inject({ method: 'GET', url: '/api/open-data/summary' });
    expect(response.statusCode).toBe(200);
    const summary = response.json();
    expect(summary).toMatchObject({ evaluations: 2, firstYear: 2019, lastYear: 2022, countries: ['no', 'se'], models: [FRAMEWORK] });
    expect(Date.parse(summary.modified)).toBeGreaterThan(Date.now() - 10 * 60_000);
  });
});

describe('GET /api/open-data/catalog.rdf', () => {
  it('answers RDF/XML in the DCAT-AP-SE shape, at the address the request came to', async () => {
    const response = await world.app.inject({ method: 'GET', url: '/api/open-data/catalog.rdf', headers: { host: 'data.example.org:8443' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/rdf+xml; charset=utf-8');
    const shape = checkCatalogShape(response.body);
    // No contact e-mail configured: the contact point is the open-data page.
    expect(shape.problems).toEqual([]);
    expect(shape.distributionUrls.every((url) => url.startsWith('http://data.example.org:8443/api/open-data/'))).toBe(true);
    expect(response.body).toContain('<dcat:startDate rdf:datatype="http://www.w3.org/2001/XMLSchema#date">2019-01-01</dcat:startDate>');
    expect(response.body).toContain('<dcat:endDate rdf:datatype="http://www.w3.org/2001/XMLSchema#date">2022-12-31</dcat:endDate>');
  });

  it('uses the configured public address, publisher and contact, escaped', async () => {
    const response = await configured.app.inject({ method: 'GET', url: '/api/open-data/catalog.rdf', headers: { host: 'elsewhere.example.org' } });
    expect(response.statusCode).toBe(200);
    const shape = checkCatalogShape(response.body);
    expect(shape.problems).toEqual([]);
    expect(response.body).toContain('<foaf:name>Kommun &amp; Region &lt;Test&gt;</foaf:name>');
    expect(response.body).toContain('<vcard:hasEmail rdf:resource="mailto:data@example.se"/>');
    expect(response.body).not.toContain('elsewhere.example.org');
    expect(shape.distributionUrls.every((url) => url.startsWith('https://kompass.example.se/api/open-data/'))).toBe(true);
  });

  it('does not take a Host header that is not a plain host', async () => {
    const response = await world.app.inject({ method: 'GET', url: '/api/open-data/catalog.rdf', headers: { host: 'evil.example"/><x' } });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('evil.example');
    expect(checkCatalogShape(response.body).problems).toEqual([]);
  });

  it('lists every format of every dataset, each at an address of the open-data API that answers 200', async () => {
    const response = await world.app.inject({ method: 'GET', url: '/api/open-data/catalog.rdf', headers: { host: 'kompass.test' } });
    const urls = checkCatalogShape(response.body).distributionUrls;
    const contractPaths = Object.values(openDataOperations).map((operation) => `/api${operation.path}`);
    const expected = OPEN_DATA_DATASETS.flatMap((dataset) => OPEN_DATA_FORMATS.map((format) => `/api${openDataPath(dataset, format)}`));
    expect(urls.map((url) => new URL(url).pathname).sort()).toEqual([...expected].sort());
    expect(contractPaths.sort()).toEqual([...expected].sort());
    for (const url of urls) {
      const answer = await world.app.inject({ method: 'GET', url: new URL(url).pathname });
      expect(answer.statusCode, url).toBe(200);
    }
  });
});
