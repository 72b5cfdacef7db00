/**
 * Many writers on the texts of one evaluation: every accepted write is kept, every rejected one
 * is reported with the text that won, and writers of different texts never get in each other's way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';

const WRITERS = 20;

let world: TestWorld;
let admin: Client;
let evaluators: Array<Client & { user: { id: string } }>;

beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
  evaluators = [await signedInAs(world, 'evaluator'), await signedInAs(world, 'evaluator')];
});
afterAll(async () => world?.close());

async function draft(): Promise<string> {
  const created = await admin.post('/api/evaluations', { municipalityId: 'se-2284', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-03' });
  const id: string = created.json().id;
  for (const evaluator of evaluators) {
    expect((await admin.post(`/api/evaluations/${id}/evaluators`, { userId: evaluator.user.id })).statusCode).toBe(200);
  }
  return id;
}

/** The writer of attempt `index`: the pair's two evaluators take turns. */
const writer = (index: number) => evaluators[index % evaluators.length]!;

describe(`concurrent text writers (${testEngine})`, () => {
  it(`accepts exactly one of ${WRITERS} writers of one area text and reports the winner's text to the other ${WRITERS - 1}`, { timeout: 60_000 }, async () => {
    const id = await draft();
    const attempts = await Promise.all(
      Array.from({ length: WRITERS }, (_, index) =>
        writer(index).put(`/api/evaluations/${id}/areas/3/text`, {
          version: 0,
          layout: 'summary',
          analysis: `Analys från skribent ${index}`,
          strengths: [`Styrka ${index}`],
          improvements: [],
        }),
      ),
    );
    const accepted = attempts.filter((response) => response.statusCode === 200);
    const rejected = attempts.filter((response) => response.statusCode === 409);
    expect(accepted).toHaveLength(1);
    expect(rejected).toHaveLength(WRITERS - 1);
    const winner = accepted[0]!.json();
    for (const response of rejected) {
      expect(response.json().error).toMatchObject({ code: 'version_conflict', currentVersion: winner.version, current: winner });
    }
    const stored = (await admin.get(`/api/evaluations/${id}/texts`)).json().areas[2];
    expect(stored).toMatchObject(winner);
  });

  it('never lets writers of different areas and sub-areas conflict with each other', { timeout: 60_000 }, async () => {
    const id = await draft();
    const outline = (await admin.get(`/api/evaluations/${id}/texts`)).json().areas as Array<{ areaCode: string; subareas: Array<{ unitCode: string }> }>;
    const requests = [
      ...outline.map((area, index) =>
        writer(index).put(`/api/evaluations/${id}/areas/${area.areaCode}/text`, {
          version: 0,
          layout: 'per-subarea',
          analysis: `Område ${area.areaCode}`,
          strengths: [`Styrka i ${area.areaCode}`],
          improvements: [`Förbättring i ${area.areaCode}`],
        }),
      ),
      ...outline
        .flatMap((area) => area.subareas)
        .map((subarea, index) => writer(index + 1).put(`/api/evaluations/${id}/subareas/${subarea.unitCode}/text`, { version: 0, analysis: `Delområde ${subarea.unitCode}` })),
      writer(0).put(`/api/evaluations/${id}/summary`, { version: 1, text: 'Sammanfattning' }),
      ...outline.map((area, index) => writer(index).post(`/api/evaluations/${id}/good-examples`, { areaCode: area.areaCode, municipalityId: 'se-1060', text: `Exempel ${area.areaCode}` })),
    ];
    const responses = await Promise.all(requests);
    expect(responses.map((response) => response.statusCode).filter((status) => status >= 300)).toEqual([]);

    const texts = (await admin.get(`/api/evaluations/${id}/texts`)).json();
    for (const area of texts.areas as Array<{ areaCode: string; analysis: string; version: number; subareas: Array<{ unitCode: string; analysis: string; version: number }> }>) {
      expect(area.analysis).toBe(`Område ${area.areaCode}`);
      expect(area.version).toBeGreaterThan(0);
      for (const subarea of area.subareas) expect(subarea.analysis).toBe(`Delområde ${subarea.unitCode}`);
    }
    expect(texts.summary).toEqual({ text: 'Sammanfattning', version: 2 });
    expect(texts.goodExamples).toHaveLength(outline.length);
    // Versions come from the evaluation's counter: no two texts share one.
    const versions = [
      ...texts.areas.map((area: { version: number }) => area.version),
      ...texts.areas.flatMap((area: { subareas: Array<{ version: number }> }) => area.subareas.map((subarea) => subarea.version)),
    ];
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('keeps every accepted write when writers follow each other on one text, each with the version it read last', { timeout: 60_000 }, async () => {
    const id = await draft();
    let version = 0;
    const outcomes = { accepted: 0, rejected: 0 };
    // Rounds of racing writers: one wins each round, the others are told the winner's version.
    for (let round = 0; round < 5; round += 1) {
      const attempts = await Promise.all(
        Array.from({ length: 4 }, (_, index) => writer(index).put(`/api/evaluations/${id}/subareas/2.1/text`, { version, analysis: `Runda ${round}, skribent ${index}` })),
      );
      const accepted = attempts.filter((response) => response.statusCode === 200);
      expect(accepted).toHaveLength(1);
      outcomes.accepted += 1;
      outcomes.rejected += attempts.length - 1;
      for (const response of attempts.filter((candidate) => candidate.statusCode === 409)) {
        expect(response.json().error.current).toEqual(accepted[0]!.json());
      }
      version = accepted[0]!.json().version;
    }
    expect(outcomes).toEqual({ accepted: 5, rejected: 15 });
    const stored = (await admin.get(`/api/evaluations/${id}/texts`)).json().areas[1].subareas[0];
    expect(stored.version).toBe(version);
    expect(stored.analysis).toMatch(/^Runda 4, /);
  });
});
