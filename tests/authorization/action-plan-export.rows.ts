/** Matrix rows of the action plan's exports (src/api/action-plan-export): read like the plan, by its visibility. */
import type { PlanVisibility } from '../../src/domain/action-plan-values.js';
import { all, only, type Case, type Expected, type World } from './kit.js';

/**
 * The published evaluation's plan with the visibility asked for: started by the administrator when
 * there is none yet, its visibility set before each request (other rows may change it).
 */
async function planWith(world: World, visibility: PlanVisibility): Promise<string> {
  const id = world.ids.published;
  const url = `/api/evaluations/${id}/action-plan`;
  let response = await world.admin.get(url);
  if (response.statusCode === 404) response = await world.admin.post(url, { fromImprovements: false });
  if (response.statusCode !== 200 && response.statusCode !== 201) throw new Error(`Could not read or start the plan: ${response.statusCode} ${response.body}`);
  const plan = response.json();
  if (plan.visibility !== visibility) {
    const patched = await world.admin.patch(url, { version: plan.version, visibility, includeInReport: plan.includeInReport, nextFollowUp: plan.nextFollowUp });
    if (patched.statusCode !== 200) throw new Error(`Could not share the plan: ${patched.statusCode} ${patched.body}`);
  }
  return id;
}

/** Who reads a plan of each visibility: the municipality's users and administrators always. */
const readers: Record<PlanVisibility, Expected> = {
  municipality: only({ admin: 200, municipality: 200 }, { public: 404, others: 404 }),
  evaluators: only({ admin: 200, evaluator: 200, otherEvaluator: 200, municipality: 200 }, { public: 404, others: 404 }),
  public: all(200),
};

export const ACTION_PLAN_EXPORT_ROWS: Record<string, Case[]> = {
  'GET /api/evaluations/:id/action-plan/export': [
    ...(['municipality', 'evaluators', 'public'] as const).map((visibility) => ({
      name: `the published evaluation's plan shared with ${visibility}`,
      request: async (world: World) => ({ method: 'GET' as const, url: `/api/evaluations/${await planWith(world, visibility)}/action-plan/export?format=xlsx&language=sv` }),
      expected: readers[visibility],
    })),
    {
      name: 'a draft (no plan)',
      request: async (world: World) => ({ method: 'GET' as const, url: `/api/evaluations/${world.ids.draft}/action-plan/export?format=docx` }),
      expected: all(404),
    },
  ],
};
