/** Matrix rows of independent scoring, calibration and agreed scores (issue 5). */
import { draftWithoutEvaluators, get, only, perEvaluation, type Case, type Target } from './kit.js';

/** An evaluator's own scores: only the assigned evaluators have them (admins get 403). */
const ownScoresExpectations: Record<Target, ReturnType<typeof only>> = {
  draft: only({ admin: 403, evaluator: 200 }, { public: 404, others: 404 }),
  factCheck: only({ admin: 403, evaluator: 200, municipality: 403 }, { public: 404, others: 404 }),
  published: only({}, { public: 401, others: 403 }),
  otherDraft: only({ admin: 403, otherEvaluator: 200 }, { public: 404, others: 404 }),
};

/** A unit of its own per target, so each evaluator's first save is version 0. */
const ownUnit: Record<Target, string> = { draft: '3.1', factCheck: '3.2', published: '3.3', otherDraft: '3.4' };

const agreedScore = (evaluationId: string) => ({
  method: 'PUT' as const,
  url: `/api/evaluations/${evaluationId}/scores/2.1`,
  payload: { version: 0, score: 7, rationale: 'Enligt intervjuerna.' },
});

export const SCORING_ROWS: Record<string, Case[]> = {
  'GET /api/evaluations/:id/my-scores': perEvaluation((target) => ({
    request: get((world) => `/api/evaluations/${world.ids[target]}/my-scores`),
    expected: ownScoresExpectations[target],
  })),
  'PUT /api/evaluations/:id/my-scores/:unitCode': perEvaluation((target) => ({
    request: async (world) => ({
      method: 'PUT',
      url: `/api/evaluations/${world.ids[target]}/my-scores/${ownUnit[target]}`,
      payload: { version: 0, score: 5, rationale: 'Egen bedömning.' },
    }),
    expected: {
      ...ownScoresExpectations,
      // From the fact check on, independent scores no longer change.
      factCheck: only({ admin: 403, evaluator: 409, municipality: 403 }, { public: 404, others: 404 }),
    }[target],
  })),
  'POST /api/evaluations/:id/my-scores/submit': perEvaluation((target) => ({
    request: async (world) => ({ method: 'POST', url: `/api/evaluations/${world.ids[target]}/my-scores/submit` }),
    // Access passes for the assigned evaluator, who is then told which units still lack a score (400).
    expected: {
      draft: only({ admin: 403, evaluator: 400 }, { public: 404, others: 404 }),
      factCheck: only({ admin: 403, evaluator: 409, municipality: 403 }, { public: 404, others: 404 }),
      published: only({}, { public: 401, others: 403 }),
      otherDraft: only({ admin: 403, otherEvaluator: 400 }, { public: 404, others: 404 }),
    }[target],
  })),
  'GET /api/evaluations/:id/calibration': perEvaluation((target) => ({
    request: get((world) => `/api/evaluations/${world.ids[target]}/calibration`),
    expected: {
      draft: only({ admin: 200, evaluator: 200 }, { public: 404, others: 404 }),
      factCheck: only({ admin: 200, evaluator: 200, municipality: 403 }, { public: 404, others: 404 }),
      published: only({ admin: 200 }, { public: 401, others: 403 }),
      otherDraft: only({ admin: 200, otherEvaluator: 200 }, { public: 404, others: 404 }),
    }[target],
  })),
  'PUT /api/evaluations/:id/scores/:unitCode': [
    ...perEvaluation((target) => ({
      request: async (world) => agreedScore(world.ids[target]),
      // The assigned evaluator has not submitted, so those allowed get 409; published is locked.
      expected: {
        draft: only({ admin: 409, evaluator: 409 }, { public: 404, others: 404 }),
        factCheck: only({ admin: 409, evaluator: 409, municipality: 403 }, { public: 404, others: 404 }),
        published: only({ admin: 409 }, { public: 401, others: 403 }),
        otherDraft: only({ admin: 409, otherEvaluator: 409 }, { public: 404, others: 404 }),
      }[target],
    })),
    {
      name: 'a draft without assigned evaluators',
      request: async (world) => agreedScore(await draftWithoutEvaluators(world)),
      expected: only({ admin: 200 }, { public: 404, others: 404 }),
    },
  ],
};
