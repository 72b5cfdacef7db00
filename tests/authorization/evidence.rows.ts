/** Matrix rows of the evidence routes: working material of the evaluators (and admins). */
import { get, only, perEvaluation, type Case, type Expected, type Target, type World } from './kit.js';

/** Stands in for an item or file where none can exist (a published evaluation is locked). */
const NONE = '00000000-0000-4000-8000-000000000000';

const observation = { kind: 'observation', channel: 'website', title: 'Startsidan', occurredOn: '2026-02-01', unitCodes: ['1.2'] };

/** Workspace access with the status an allowed role gets; on a published evaluation only admins pass, and get `published`. */
const workspace = (status: number, published: number = status): Record<Target, Expected> => ({
  draft: only({ admin: status, evaluator: status }, { public: 404, others: 404 }),
  factCheck: only({ admin: status, evaluator: status, municipality: 403 }, { public: 404, others: 404 }),
  published: only({ admin: published }, { public: 401, others: 403 }),
  otherDraft: only({ admin: status, otherEvaluator: status }, { public: 404, others: 404 }),
});

/** A fresh item in the target evaluation, made by the admin (none in a published one). */
async function freshItem(world: World, target: Target): Promise<{ id: string; version: number }> {
  if (target === 'published') return { id: NONE, version: 1 };
  const response = await world.admin.post(`/api/evaluations/${world.ids[target]}/evidence`, observation);
  if (response.statusCode !== 201) throw new Error(`Preparing an evidence item failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

async function freshFile(world: World, target: Target): Promise<string> {
  if (target === 'published') return NONE;
  const response = await world.admin.request({
    method: 'POST',
    url: `/api/evaluations/${world.ids[target]}/evidence-files?filename=plan.pdf`,
    headers: { 'content-type': 'application/pdf' },
    payload: Buffer.from('%PDF-1.7 plan'),
  });
  if (response.statusCode !== 201) throw new Error(`Preparing an evidence file failed: ${response.statusCode} ${response.body}`);
  return response.json().id;
}

export const EVIDENCE_ROWS: Record<string, Case[]> = {
  'GET /api/evaluations/:id/evidence': perEvaluation((target) => ({
    request: get((world) => `/api/evaluations/${world.ids[target]}/evidence?unit=1.2`),
    expected: workspace(200)[target],
  })),
  'GET /api/evaluations/:id/evidence-summary': perEvaluation((target) => ({
    request: get((world) => `/api/evaluations/${world.ids[target]}/evidence-summary`),
    expected: workspace(200)[target],
  })),
  'POST /api/evaluations/:id/evidence': perEvaluation((target) => ({
    request: async (world) => ({ method: 'POST', url: `/api/evaluations/${world.ids[target]}/evidence`, payload: observation }),
    // A published evaluation is locked, even for admins.
    expected: workspace(201, 409)[target],
  })),
  'PUT /api/evaluations/:id/evidence/:evidenceId': perEvaluation((target) => ({
    request: async (world) => {
      const item = await freshItem(world, target);
      return { method: 'PUT', url: `/api/evaluations/${world.ids[target]}/evidence/${item.id}`, payload: { ...observation, title: 'Ny', version: item.version } };
    },
    expected: workspace(200, 409)[target],
  })),
  'DELETE /api/evaluations/:id/evidence/:evidenceId': perEvaluation((target) => ({
    request: async (world) => {
      const item = await freshItem(world, target);
      return { method: 'DELETE', url: `/api/evaluations/${world.ids[target]}/evidence/${item.id}?version=${item.version}` };
    },
    expected: workspace(204, 409)[target],
  })),
  'POST /api/evaluations/:id/evidence-files': perEvaluation((target) => ({
    request: async (world) => ({
      method: 'POST',
      url: `/api/evaluations/${world.ids[target]}/evidence-files?filename=protokoll.pdf`,
      headers: { 'content-type': 'application/pdf' },
      payload: Buffer.from('%PDF-1.7 protokoll'),
    }),
    expected: workspace(201, 409)[target],
  })),
  'GET /api/evaluations/:id/evidence-files/:fileId': perEvaluation((target) => ({
    // Nothing can be uploaded to a published evaluation: there the admin asks for a file that does not exist.
    request: async (world) => ({ method: 'GET', url: `/api/evaluations/${world.ids[target]}/evidence-files/${await freshFile(world, target)}` }),
    expected: workspace(200, 404)[target],
  })),
};
