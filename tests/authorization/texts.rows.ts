/** Matrix rows of the written texts of an evaluation (src/api/texts). */
import { get, only, perEvaluation, readExpectations, type Case, type Expected, type Target, type World } from './kit.js';

/** Texts are changed by admins and the assigned evaluators while the evaluation is open. */
const editExpectations = (success: number): Record<Target, Expected> => ({
  draft: only({ admin: success, evaluator: success }, { public: 404, others: 404 }),
  factCheck: only({ admin: success, evaluator: success, municipality: 403 }, { public: 404, others: 404 }),
  // Published evaluations are locked even for admins (409); others may read but not change.
  published: only({ admin: 409 }, { public: 401, others: 403 }),
  otherDraft: only({ admin: success, otherEvaluator: success }, { public: 404, others: 404 }),
});

interface TextsView {
  summary: { version: number };
  areas: Array<{ version: number; subareas: Array<{ version: number }> }>;
}

const textsOf = async (world: World, target: Target): Promise<TextsView> => (await world.admin.get(`/api/evaluations/${world.ids[target]}/texts`)).json();

/** A good example to change or delete (published evaluations are locked: any id will do there). */
async function exampleOf(world: World, target: Target): Promise<number> {
  if (target === 'published') return 1;
  const response = await world.admin.post(`/api/evaluations/${world.ids[target]}/good-examples`, { municipalityId: 'se-0114', text: 'Ett exempel att lära av' });
  if (response.statusCode !== 201) throw new Error(`Preparing a good example failed: ${response.statusCode} ${response.body}`);
  return response.json().id;
}

export const TEXT_ROWS: Record<string, Case[]> = {
  'GET /api/evaluations/:id/texts': perEvaluation((target) => ({
    request: get((world) => `/api/evaluations/${world.ids[target]}/texts`),
    expected: readExpectations[target],
  })),
  'PUT /api/evaluations/:id/areas/:areaCode/text': perEvaluation((target) => ({
    request: async (world) => ({
      method: 'PUT',
      url: `/api/evaluations/${world.ids[target]}/areas/1/text`,
      payload: { version: (await textsOf(world, target)).areas[0]?.version ?? 0, layout: 'summary', analysis: 'Analys', strengths: ['Styrka'], improvements: [] },
    }),
    expected: editExpectations(200)[target],
  })),
  'PUT /api/evaluations/:id/subareas/:unitCode/text': perEvaluation((target) => ({
    request: async (world) => ({
      method: 'PUT',
      url: `/api/evaluations/${world.ids[target]}/subareas/1.1/text`,
      payload: { version: (await textsOf(world, target)).areas[0]?.subareas[0]?.version ?? 0, analysis: 'Analys' },
    }),
    expected: editExpectations(200)[target],
  })),
  'PUT /api/evaluations/:id/summary': perEvaluation((target) => ({
    request: async (world) => ({
      method: 'PUT',
      url: `/api/evaluations/${world.ids[target]}/summary`,
      payload: { version: (await textsOf(world, target)).summary.version, text: 'Sammanfattning' },
    }),
    expected: editExpectations(200)[target],
  })),
  'POST /api/evaluations/:id/good-examples': perEvaluation((target) => ({
    request: async (world) => ({ method: 'POST', url: `/api/evaluations/${world.ids[target]}/good-examples`, payload: { municipalityId: 'se-0114', text: 'Lär av dem' } }),
    expected: editExpectations(201)[target],
  })),
  'PUT /api/evaluations/:id/good-examples/:exampleId': perEvaluation((target) => ({
    request: async (world) => ({
      method: 'PUT',
      url: `/api/evaluations/${world.ids[target]}/good-examples/${await exampleOf(world, target)}`,
      payload: { version: 1, areaCode: '2', unitCode: '2.3', municipalityId: 'se-0114', text: 'Ändrat exempel' },
    }),
    expected: editExpectations(200)[target],
  })),
  'DELETE /api/evaluations/:id/good-examples/:exampleId': perEvaluation((target) => ({
    request: async (world) => ({ method: 'DELETE', url: `/api/evaluations/${world.ids[target]}/good-examples/${await exampleOf(world, target)}?version=1` }),
    expected: editExpectations(204)[target],
  })),
};
