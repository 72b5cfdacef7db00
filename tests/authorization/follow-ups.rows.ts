/** Matrix rows of follow-ups (src/api/follow-ups): starting one, its baseline, take-overs, judgements of earlier improvements. */
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { listScoringUnits } from '../../src/domain/framework.js';
import { get, only, type Case, type Expected, type World } from './kit.js';

const M2020 = 'kommunkompassen-2020';
const SCORING_UNITS = listScoringUnits(loadCatalogue().frameworks.get(M2020)!).map((unit) => unit.code);

const notFound = { public: 404, others: 404 };

/** The evaluators of a follow-up: those of the matrix's draft (the evaluator) or of the other municipality's (the other evaluator). */
type Team = 'draft' | 'otherDraft';

/** Follow-ups are worked on by admins and their assigned evaluators; nobody else sees the draft. */
const workExpectations = (team: Team, success: number, admin = success): Expected =>
  team === 'draft' ? only({ admin, evaluator: success }, notFound) : only({ admin, otherEvaluator: success }, notFound);

/** The published evaluation without a baseline: locked for changes (409 for admins), no baseline to read (404). */
const onPublished = (admin: number): Expected => only({ admin }, { public: 401, others: 403 });

const baselines = new WeakMap<World, Promise<string>>();

/** A published evaluation of 2284 with an improvement opportunity in area 1 (made once per matrix world). */
function baselineOf(world: World): Promise<string> {
  let baseline = baselines.get(world);
  if (!baseline) {
    baseline = (async () => {
      const scores = SCORING_UNITS.map((code) => ({ code, score: 5 }));
      const created = await world.admin.post('/api/evaluations', { municipalityId: 'se-2284', frameworkId: M2020, fieldworkStart: '2025-04', status: 'fact_check', scores });
      if (created.statusCode !== 201) throw new Error(`could not create a baseline: ${created.statusCode} ${created.body}`);
      const id: string = created.json().id;
      const text = { version: 0, layout: 'summary', analysis: 'Analys', strengths: ['Styrka'], improvements: ['Följ upp målen'] };
      for (const [url, payload] of [
        [`/api/evaluations/${id}/areas/1/text`, text],
        [`/api/evaluations/${id}/status`, { from: 'fact_check', to: 'final' }],
        [`/api/evaluations/${id}/status`, { from: 'final', to: 'published' }],
      ] as const) {
        const response = url.endsWith('/text') ? await world.admin.put(url, payload) : await world.admin.post(url, payload);
        if (response.statusCode !== 200) throw new Error(`could not prepare the baseline (${url}): ${response.statusCode} ${response.body}`);
      }
      return id;
    })();
    baselines.set(world, baseline);
  }
  return baseline;
}

/** A fresh follow-up of the baseline, started by an administrator, with the team's evaluators assigned. */
async function followUpOf(world: World, team: Team): Promise<string> {
  const created = await world.admin.post(`/api/evaluations/${await baselineOf(world)}/follow-ups`, { frameworkId: M2020 });
  if (created.statusCode !== 201) throw new Error(`could not start a follow-up: ${created.statusCode} ${created.body}`);
  const id: string = created.json().id;
  const assigned = (await world.admin.get(`/api/evaluations/${world.ids[team]}/evaluators`)).json().items as Array<{ id: string }>;
  for (const evaluator of assigned) await world.admin.post(`/api/evaluations/${id}/evaluators`, { userId: evaluator.id });
  return id;
}

const teams: Team[] = ['draft', 'otherDraft'];

/** One row per team's follow-up and one on the published evaluation, which has no baseline. */
function rows(build: (evaluationId: (world: World) => Promise<string>) => Case['request'], expected: { team: (team: Team) => Expected; published: Expected }): Case[] {
  return [
    ...teams.map((team) => ({ name: `follow-up (${team}'s evaluators)`, request: build((world) => followUpOf(world, team)), expected: expected.team(team) })),
    { name: 'published (no baseline)', request: build(async (world) => world.ids.published), expected: expected.published },
  ];
}

export const FOLLOW_UP_ROWS: Record<string, Case[]> = {
  'POST /api/evaluations/:id/follow-ups': [
    {
      name: 'of a published evaluation',
      request: async (world) => ({ method: 'POST', url: `/api/evaluations/${world.ids.published}/follow-ups`, payload: { frameworkId: M2020 } }),
      expected: only({ admin: 201, evaluator: 201, otherEvaluator: 201 }, { public: 401, others: 403 }),
    },
    {
      name: 'of a draft (409 to those who read it, 404 to other evaluators)',
      request: async (world) => ({ method: 'POST', url: `/api/evaluations/${world.ids.draft}/follow-ups`, payload: { frameworkId: M2020 } }),
      expected: only({ admin: 409, evaluator: 409, otherEvaluator: 404 }, { public: 401, others: 403 }),
    },
  ],
  'GET /api/evaluations/:id/baseline': rows(
    (evaluationId) => async (world) => get(`/api/evaluations/${await evaluationId(world)}/baseline`)(world),
    { team: (team) => workExpectations(team, 200), published: onPublished(404) },
  ),
  'POST /api/evaluations/:id/baseline/take-over': [
    ...rows(
      (evaluationId) => async (world) => ({ method: 'POST', url: `/api/evaluations/${await evaluationId(world)}/baseline/take-over`, payload: { kind: 'area-text', areaCode: '1', version: 0 } }),
      { team: (team) => workExpectations(team, 200), published: onPublished(409) },
    ),
    {
      // Only an assigned evaluator has own scores (an administrator gets 403).
      name: "own score on a follow-up (draft's evaluators)",
      request: async (world) => ({ method: 'POST', url: `/api/evaluations/${await followUpOf(world, 'draft')}/baseline/take-over`, payload: { kind: 'own-score', unitCode: '1.1', version: 0 } }),
      expected: workExpectations('draft', 200, 403),
    },
  ],
  'PUT /api/evaluations/:id/improvement-reviews/:areaCode/:index': rows(
    (evaluationId) => async (world) => ({
      method: 'PUT',
      url: `/api/evaluations/${await evaluationId(world)}/improvement-reviews/1/0`,
      payload: { version: 0, judgement: 'partly', comment: 'Ett steg på vägen' },
    }),
    { team: (team) => workExpectations(team, 200), published: onPublished(409) },
  ),
};
