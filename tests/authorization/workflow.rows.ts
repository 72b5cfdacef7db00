/** Matrix rows of the workflow routes (issue 5): status flow, transitions, overview, fact-check comments, presence. */
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { listScoringUnits } from '../../src/domain/framework.js';
import { get, only, perEvaluation, readExpectations, type Case, type Expected, type Target, type World } from './kit.js';

const SCORING_UNITS = listScoringUnits(loadCatalogue().frameworks.get('kommunkompassen-2020')!).map((unit) => unit.code);

const notFound = { public: 404, others: 404 };

/** Who has the `comment` right: admins, assigned evaluators, users of the evaluation's municipality. */
const commentExpectations = (status: number): Record<Target, Expected> => ({
  draft: only({ admin: status, evaluator: status }, notFound),
  factCheck: only({ admin: status, evaluator: status, municipality: status }, notFound),
  published: only({ admin: status, municipality: status }, { public: 401, others: 403 }),
  otherDraft: only({ admin: status, otherEvaluator: status }, notFound),
});

/** A fresh evaluation in 2284 assigned to the matrix's evaluator, so each request moves its own. */
async function freshEvaluation(world: World, status: 'draft' | 'fact_check' | 'final'): Promise<string> {
  const assigned = (await world.admin.get(`/api/evaluations/${world.ids.draft}/evaluators`)).json().items as Array<{ id: string }>;
  // From the fact check on, every unit has an agreed score.
  const scores = status === 'draft' ? [] : SCORING_UNITS.map((code) => ({ code, score: 5 }));
  const created = await world.admin.post('/api/evaluations', { municipalityId: 'se-2284', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-06', status, scores });
  const id: string = created.json().id;
  for (const evaluator of assigned) await world.admin.post(`/api/evaluations/${id}/evaluators`, { userId: evaluator.id });
  return id;
}

const moveFresh = (status: 'draft' | 'fact_check' | 'final', to: string) => async (world: World) => ({
  method: 'POST' as const,
  url: `/api/evaluations/${await freshEvaluation(world, status)}/status`,
  payload: { from: status, to },
});

/** A new comment by an administrator on the fact-check evaluation. */
async function freshComment(world: World): Promise<string> {
  const created = await world.admin.post(`/api/evaluations/${world.ids.factCheck}/fact-comments`, { unitCode: null, body: 'Stämmer datumet?' });
  return `/api/evaluations/${world.ids.factCheck}/fact-comments/${created.json().id as string}`;
}

export const WORKFLOW_ROWS: Record<string, Case[]> = {
  'POST /api/evaluations/:id/status': [
    { name: 'draft → review (a fresh draft)', request: moveFresh('draft', 'review'), expected: only({ admin: 200, evaluator: 200 }, notFound) },
    // The municipality reads its evaluation from the fact check on, but never moves it.
    { name: 'fact_check → final (a fresh one)', request: moveFresh('fact_check', 'final'), expected: only({ admin: 200, evaluator: 200, municipality: 403 }, notFound) },
    { name: 'final → published (a fresh one)', request: moveFresh('final', 'published'), expected: only({ admin: 200, evaluator: 403, municipality: 403 }, notFound) },
    { name: 'reopen final → review (a fresh one)', request: moveFresh('final', 'review'), expected: only({ admin: 200, evaluator: 403, municipality: 403 }, notFound) },
    {
      name: 'published is terminal',
      request: async (world) => ({ method: 'POST', url: `/api/evaluations/${world.ids.published}/status`, payload: { from: 'published', to: 'final' } }),
      expected: only({ admin: 409 }, { public: 401, others: 403 }),
    },
  ],
  'GET /api/evaluations/:id/transitions': perEvaluation((target) => ({
    request: get((world) => `/api/evaluations/${world.ids[target]}/transitions`),
    expected: readExpectations[target],
  })),
  'GET /api/evaluations/:id/overview': perEvaluation((target) => ({
    request: get((world) => `/api/evaluations/${world.ids[target]}/overview`),
    expected: readExpectations[target],
  })),
  'GET /api/evaluations/:id/fact-comments': perEvaluation((target) => ({
    request: get((world) => `/api/evaluations/${world.ids[target]}/fact-comments`),
    expected: commentExpectations(200)[target],
  })),
  'POST /api/evaluations/:id/fact-comments': perEvaluation((target) => ({
    request: async (world) => ({ method: 'POST', url: `/api/evaluations/${world.ids[target]}/fact-comments`, payload: { unitCode: '1.1', body: 'Faktafel?' } }),
    // Only during the fact check (409 in any other status).
    expected: { ...commentExpectations(409), factCheck: commentExpectations(201).factCheck }[target],
  })),
  'PUT /api/evaluations/:id/fact-comments/:commentId': [
    {
      name: 'answer (a fresh comment at the fact check)',
      request: async (world) => ({ method: 'PUT', url: await freshComment(world), payload: { version: 1, answer: 'Ja.' } }),
      expected: only({ admin: 200, evaluator: 200, municipality: 403 }, notFound),
    },
    {
      name: "change the text (a fresh comment, an administrator's)",
      request: async (world) => ({ method: 'PUT', url: await freshComment(world), payload: { version: 1, body: 'Ändrad text' } }),
      expected: only({ admin: 200, evaluator: 403, municipality: 403 }, notFound),
    },
    {
      name: 'published (locked)',
      request: async (world) => ({
        method: 'PUT',
        url: `/api/evaluations/${world.ids.published}/fact-comments/00000000-0000-4000-8000-000000000000`,
        payload: { version: 1, status: 'resolved' },
      }),
      expected: only({ admin: 409, municipality: 409 }, { public: 401, others: 403 }),
    },
  ],
  'PUT /api/evaluations/:id/presence': perEvaluation((target) => ({
    request: async (world) => ({ method: 'PUT', url: `/api/evaluations/${world.ids[target]}/presence`, payload: { section: 'area:1' } }),
    expected: commentExpectations(200)[target],
  })),
  'GET /api/evaluations/:id/presence': perEvaluation((target) => ({
    request: get((world) => `/api/evaluations/${world.ids[target]}/presence`),
    expected: commentExpectations(200)[target],
  })),
};
