/** Matrix rows of the action plan (src/api/action-plans): the municipality's own, on a published evaluation. */
import { all, only, perEvaluation, type Case, type Expected, type Target, type World } from './kit.js';

/** Stands in for an action, note or evidence where none can exist (only a published evaluation has a plan). */
const NONE = '00000000-0000-4000-8000-000000000000';

type Visibility = 'municipality' | 'evaluators' | 'public';

/**
 * Changing the plan: its municipality's users (A's) and the administrators. Where there can be
 * no plan (not published) those who pass the rule get 409; drafts stay invisible (404).
 */
const editExpectations = (success: number): Record<Target, Expected> => ({
  draft: only({ admin: 409, evaluator: 403 }, { public: 404, others: 404 }),
  factCheck: only({ admin: 409, evaluator: 403, municipality: 409 }, { public: 404, others: 404 }),
  published: only({ admin: success, municipality: success }, { public: 401, others: 403 }),
  otherDraft: only({ admin: 409, otherEvaluator: 403 }, { public: 404, others: 404 }),
});

/** Reading the plan (or a file of it) by its visibility; a plan one may not read is 404, like a draft. */
const readExpectations: Record<Visibility, Expected> = {
  municipality: only({ admin: 200, municipality: 200 }, { public: 404, others: 404 }),
  evaluators: only({ admin: 200, evaluator: 200, otherEvaluator: 200, municipality: 200 }, { public: 404, others: 404 }),
  public: all(200),
};

/** Where there is no plan every reader gets 404 (drafts are invisible; the others find no plan). */
const noPlan: Expected = all(404);

const planUrl = (world: World, target: Target = 'published') => `/api/evaluations/${world.ids[target]}/action-plan`;

/** The published evaluation's plan (started by the admin the first time), at the visibility asked if one is. */
async function planAt(world: World, visibility?: Visibility): Promise<{ version: number; visibility: Visibility }> {
  let response = await world.admin.get(planUrl(world));
  if (response.statusCode === 404) response = await world.admin.post(planUrl(world), { fromImprovements: true });
  if (response.statusCode !== 200 && response.statusCode !== 201) throw new Error(`Preparing the action plan failed: ${response.statusCode} ${response.body}`);
  const plan = response.json();
  if (visibility === undefined || plan.visibility === visibility) return plan;
  const changed = await world.admin.patch(planUrl(world), { version: plan.version, visibility, includeInReport: false, nextFollowUp: null });
  if (changed.statusCode !== 200) throw new Error(`Sharing the action plan failed: ${changed.statusCode} ${changed.body}`);
  return changed.json();
}

/** A fresh action of the published evaluation's plan (none elsewhere). */
async function freshAction(world: World, target: Target): Promise<{ id: string; version: number }> {
  if (target !== 'published') return { id: NONE, version: 1 };
  await planAt(world);
  const response = await world.admin.post(`${planUrl(world)}/actions`, { title: 'Förbered nästa uppföljning' });
  if (response.statusCode !== 201) throw new Error(`Preparing an action failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

async function freshNote(world: World, target: Target): Promise<{ actionId: string; noteId: string }> {
  const action = await freshAction(world, target);
  if (target !== 'published') return { actionId: action.id, noteId: NONE };
  const response = await world.admin.post(`${planUrl(world)}/actions/${action.id}/notes`, { notedOn: '2027-01-15', text: 'Påbörjad', progress: 10 });
  if (response.statusCode !== 201) throw new Error(`Preparing a note failed: ${response.statusCode} ${response.body}`);
  return { actionId: action.id, noteId: response.json().notes[0].id };
}

async function freshFile(world: World): Promise<string> {
  const action = await freshAction(world, 'published');
  const response = await world.admin.request({
    method: 'POST',
    url: `${planUrl(world)}/actions/${action.id}/files?filename=beslut.pdf`,
    headers: { 'content-type': 'application/pdf' },
    payload: Buffer.from('%PDF-1.7 beslut'),
  });
  if (response.statusCode !== 201) throw new Error(`Preparing a file failed: ${response.statusCode} ${response.body}`);
  return response.json().evidence[0].id;
}

/** The plan's read rows: none where there is no plan, and on the published evaluation one per visibility. */
function readRows(url: (world: World, target: Target) => Promise<string>): Case[] {
  const unpublished = (['draft', 'factCheck', 'otherDraft'] as const).map((target) => ({
    name: target,
    request: async (world: World) => ({ method: 'GET' as const, url: await url(world, target) }),
    expected: noPlan,
  }));
  const published = (['municipality', 'evaluators', 'public'] as const).map((visibility) => ({
    name: `published, shared with ${visibility}`,
    request: async (world: World) => {
      await planAt(world, visibility);
      return { method: 'GET' as const, url: await url(world, 'published') };
    },
    expected: readExpectations[visibility],
  }));
  return [...unpublished, ...published];
}

export const ACTION_PLAN_ROWS: Record<string, Case[]> = {
  'GET /api/evaluations/:id/action-plan': readRows(async (world, target) => planUrl(world, target)),
  'GET /api/evaluations/:id/action-plan/evidence/:evidenceId/file': readRows(async (world, target) =>
    target === 'published' ? `${planUrl(world)}/evidence/${await freshFile(world)}/file` : `${planUrl(world, target)}/evidence/${NONE}/file`,
  ),
  'POST /api/evaluations/:id/action-plan': perEvaluation((target) => ({
    request: async (world) => {
      if (target === 'published') await planAt(world);
      return { method: 'POST', url: planUrl(world, target), payload: { fromImprovements: true } };
    },
    // The published evaluation has its plan already: those who may start one are told it exists.
    expected: editExpectations(409)[target],
  })),
  'PATCH /api/evaluations/:id/action-plan': perEvaluation((target) => ({
    request: async (world) => {
      const version = target === 'published' ? (await planAt(world)).version : 1;
      return { method: 'PATCH', url: planUrl(world, target), payload: { version, visibility: 'municipality', includeInReport: false, nextFollowUp: '2029-04' } };
    },
    expected: editExpectations(200)[target],
  })),
  'POST /api/evaluations/:id/action-plan/actions': perEvaluation((target) => ({
    request: async (world) => {
      if (target === 'published') await planAt(world);
      return { method: 'POST', url: `${planUrl(world, target)}/actions`, payload: { title: 'Ny åtgärd' } };
    },
    expected: editExpectations(201)[target],
  })),
  'PUT /api/evaluations/:id/action-plan/actions/:actionId': perEvaluation((target) => ({
    request: async (world) => {
      const action = await freshAction(world, target);
      return { method: 'PUT', url: `${planUrl(world, target)}/actions/${action.id}`, payload: { version: action.version, title: 'Ändrad', status: 'in_progress', progress: 20 } };
    },
    expected: editExpectations(200)[target],
  })),
  'DELETE /api/evaluations/:id/action-plan/actions/:actionId': perEvaluation((target) => ({
    request: async (world) => {
      const action = await freshAction(world, target);
      return { method: 'DELETE', url: `${planUrl(world, target)}/actions/${action.id}?version=${action.version}` };
    },
    expected: editExpectations(204)[target],
  })),
  'POST /api/evaluations/:id/action-plan/actions/:actionId/notes': perEvaluation((target) => ({
    request: async (world) => {
      const action = await freshAction(world, target);
      return { method: 'POST', url: `${planUrl(world, target)}/actions/${action.id}/notes`, payload: { notedOn: '2027-02-01', text: 'Halvvägs', progress: 50 } };
    },
    expected: editExpectations(201)[target],
  })),
  'DELETE /api/evaluations/:id/action-plan/actions/:actionId/notes/:noteId': perEvaluation((target) => ({
    request: async (world) => {
      const { actionId, noteId } = await freshNote(world, target);
      return { method: 'DELETE', url: `${planUrl(world, target)}/actions/${actionId}/notes/${noteId}` };
    },
    expected: editExpectations(204)[target],
  })),
  'POST /api/evaluations/:id/action-plan/actions/:actionId/links': perEvaluation((target) => ({
    request: async (world) => {
      const action = await freshAction(world, target);
      return { method: 'POST', url: `${planUrl(world, target)}/actions/${action.id}/links`, payload: { title: 'Beslutet', url: 'https://example.se/beslut' } };
    },
    expected: editExpectations(201)[target],
  })),
  'POST /api/evaluations/:id/action-plan/actions/:actionId/files': perEvaluation((target) => ({
    request: async (world) => {
      const action = await freshAction(world, target);
      return {
        method: 'POST',
        url: `${planUrl(world, target)}/actions/${action.id}/files?filename=protokoll.pdf`,
        headers: { 'content-type': 'application/pdf' },
        payload: Buffer.from('%PDF-1.7 protokoll'),
      };
    },
    expected: editExpectations(201)[target],
  })),
  'DELETE /api/evaluations/:id/action-plan/evidence/:evidenceId': perEvaluation((target) => ({
    request: async (world) => ({ method: 'DELETE', url: `${planUrl(world, target)}/evidence/${target === 'published' ? await freshFile(world) : NONE}` }),
    expected: editExpectations(204)[target],
  })),
};
