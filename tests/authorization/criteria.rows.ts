/** Matrix rows of scoring by criteria: own and agreed criterion assessments, agreement statistics (issue 17). */
import { eq } from 'drizzle-orm';
import { evaluationAssignments } from '../../src/db/schema.js';
import { CRITERIA_FRAMEWORK_ID } from '../support/criteria-framework.js';
import { adminOnly, get, only, perEvaluation, type Case, type Expected, type Target, type World } from './kit.js';

/** The evaluator assigned to a matrix evaluation. */
async function assignedTo(world: World, target: Target): Promise<string> {
  const [row] = await world.db.select({ userId: evaluationAssignments.userId }).from(evaluationAssignments).where(eq(evaluationAssignments.evaluationId, world.ids[target]));
  if (!row) throw new Error(`nobody is assigned to the ${target} evaluation`);
  return row.userId;
}

/**
 * A draft on the version with criteria (installed in the matrix world), made once per case: with
 * the draft's evaluator assigned, or with nobody assigned.
 */
function criteriaDraft(assigned: boolean): (world: World) => Promise<string> {
  let made: Promise<string> | null = null;
  return (world) =>
    (made ??= (async () => {
      const response = await world.admin.post('/api/evaluations', { municipalityId: 'se-2284', frameworkId: CRITERIA_FRAMEWORK_ID, fieldworkStart: '2026-11' });
      if (response.statusCode !== 201) throw new Error(`could not create a draft with criteria: ${response.statusCode} ${response.body}`);
      const id: string = response.json().id;
      if (assigned) {
        const assign = await world.admin.post(`/api/evaluations/${id}/evaluators`, { userId: await assignedTo(world, 'draft') });
        if (assign.statusCode !== 200) throw new Error(`could not assign the evaluator: ${assign.statusCode} ${assign.body}`);
      }
      return id;
    })());
}

/** Own assessments: only the assigned evaluators have them (admins get 403), as own scores. */
const ownExpectations: Record<Target, Expected> = {
  draft: only({ admin: 403, evaluator: 200 }, { public: 404, others: 404 }),
  factCheck: only({ admin: 403, evaluator: 200, municipality: 403 }, { public: 404, others: 404 }),
  published: only({}, { public: 401, others: 403 }),
  otherDraft: only({ admin: 403, otherEvaluator: 200 }, { public: 404, others: 404 }),
};

const ownOnCriteriaDraft = criteriaDraft(true);
const agreedOnAssignedDraft = criteriaDraft(true);
const agreedOnUnassignedDraft = criteriaDraft(false);

const saveOwn = (id: string) => ({ method: 'PUT' as const, url: `/api/evaluations/${id}/my-criteria/1.1.1`, payload: { version: 0, value: 'met', note: 'Enligt intervjun.' } });
const saveAgreed = (id: string) => ({ method: 'PUT' as const, url: `/api/evaluations/${id}/agreed-criteria/1.1.1`, payload: { version: 0, value: 'met', note: 'Enade.' } });

export const CRITERIA_ROWS: Record<string, Case[]> = {
  'GET /api/evaluations/:id/my-criteria': perEvaluation((target) => ({
    request: get((world) => `/api/evaluations/${world.ids[target]}/my-criteria`),
    expected: ownExpectations[target],
  })),
  'PUT /api/evaluations/:id/my-criteria/:criterionCode': [
    // The matrix evaluations use the 2020 version, which has no criteria: access passes, then 404.
    ...perEvaluation((target) => ({
      request: async (world) => saveOwn(world.ids[target]),
      expected: {
        draft: only({ admin: 403, evaluator: 404 }, { public: 404, others: 404 }),
        // From the fact check on, independent assessments no longer change.
        factCheck: only({ admin: 403, evaluator: 409, municipality: 403 }, { public: 404, others: 404 }),
        published: only({}, { public: 401, others: 403 }),
        otherDraft: only({ admin: 403, otherEvaluator: 404 }, { public: 404, others: 404 }),
      }[target],
    })),
    {
      name: 'a draft with criteria, the evaluator assigned',
      request: async (world) => saveOwn(await ownOnCriteriaDraft(world)),
      expected: only({ admin: 403, evaluator: 200 }, { public: 404, others: 404 }),
    },
  ],
  'PUT /api/evaluations/:id/agreed-criteria/:criterionCode': [
    ...perEvaluation((target) => ({
      request: async (world) => saveAgreed(world.ids[target]),
      // No criteria in the 2020 version (404) where access passes; published is locked.
      expected: {
        draft: only({ admin: 404, evaluator: 404 }, { public: 404, others: 404 }),
        factCheck: only({ admin: 404, evaluator: 404, municipality: 403 }, { public: 404, others: 404 }),
        published: only({ admin: 409 }, { public: 401, others: 403 }),
        otherDraft: only({ admin: 404, otherEvaluator: 404 }, { public: 404, others: 404 }),
      }[target],
    })),
    {
      // The assigned evaluator has not submitted: agreeing waits (409).
      name: 'a draft with criteria, the evaluator assigned',
      request: async (world) => saveAgreed(await agreedOnAssignedDraft(world)),
      expected: only({ admin: 409, evaluator: 409 }, { public: 404, others: 404 }),
    },
    {
      name: 'a draft with criteria without assigned evaluators',
      request: async (world) => saveAgreed(await agreedOnUnassignedDraft(world)),
      expected: only({ admin: 200 }, { public: 404, others: 404 }),
    },
  ],
  'GET /api/criteria-statistics': [
    { name: 'a version with criteria', request: get(`/api/criteria-statistics?framework=${CRITERIA_FRAMEWORK_ID}`), expected: adminOnly(200) },
    { name: 'an unknown version', request: get('/api/criteria-statistics?framework=ingen-sadan'), expected: adminOnly(404) },
  ],
};
