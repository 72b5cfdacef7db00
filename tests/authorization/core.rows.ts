/** Matrix rows of the routes of issues 2–4: reference data, evaluations, imports, users, sessions, audit. */
import { TEST_PASSWORD } from '../support/accounts.js';
import { adminOnly, all, draftWithoutEvaluators, get, only, perEvaluation, readExpectations, type Case, type Target, type World } from './kit.js';

const scoreChange = async (world: World, target: Target) => ({
  method: 'PUT' as const,
  url: `/api/evaluations/${world.ids[target]}/scores`,
  payload: { version: await world.version(world.ids[target]), scores: [{ code: '1.1', score: 5 }] },
});

export const CORE_ROWS: Record<string, Case[]> = {
  'GET /api/health': [{ name: 'health', request: get('/api/health'), expected: all(200) }],
  'GET /api/frameworks': [{ name: 'list', request: get('/api/frameworks'), expected: all(200) }],
  'GET /api/frameworks/:id': [{ name: 'one', request: get('/api/frameworks/kommunkompassen-2020'), expected: all(200) }],
  'GET /api/municipalities': [{ name: 'list', request: get('/api/municipalities?q=lek'), expected: all(200) }],
  'GET /api/municipalities/:id': [{ name: 'one', request: get('/api/municipalities/se-2284'), expected: all(200) }],
  'GET /api/evaluations': [{ name: 'list (filtered, see below)', request: get('/api/evaluations'), expected: all(200) }],
  'GET /api/evaluations/:id': perEvaluation((target) => ({ request: get((world) => `/api/evaluations/${world.ids[target]}`), expected: readExpectations[target] })),
  'POST /api/evaluations': [
    {
      name: 'draft in the workspace',
      request: async () => ({ method: 'POST', url: '/api/evaluations', payload: { municipalityId: 'se-0114', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-10' } }),
      expected: only({ admin: 201, evaluator: 201, otherEvaluator: 201 }, { public: 401, others: 403 }),
    },
    {
      name: 'published archive evaluation',
      request: async () => ({
        method: 'POST',
        url: '/api/evaluations',
        payload: { municipalityId: 'se-0115', frameworkId: 'kommunkompassen-2020', reportDate: '2021', status: 'published', origin: 'archive' },
      }),
      // Only the programme owner adds to the archive; evaluators may start drafts only.
      expected: adminOnly(201),
    },
  ],
  'PUT /api/evaluations/:id/scores': [
    ...perEvaluation((target) => ({
      request: (world: World) => scoreChange(world, target),
      // Agreed scores wait for the assigned evaluator's submission (409); published is locked.
      expected: {
        draft: only({ admin: 409, evaluator: 409 }, { public: 404, others: 404 }),
        factCheck: only({ admin: 409, evaluator: 409, municipality: 403 }, { public: 404, others: 404 }),
        published: only({ admin: 409 }, { public: 401, others: 403 }),
        otherDraft: only({ admin: 409, otherEvaluator: 409 }, { public: 404, others: 404 }),
      }[target],
    })),
    {
      name: 'a draft without assigned evaluators',
      request: async (world) => {
        const id = await draftWithoutEvaluators(world);
        return { method: 'PUT', url: `/api/evaluations/${id}/scores`, payload: { version: await world.version(id), scores: [{ code: '1.1', score: 5 }] } };
      },
      expected: only({ admin: 200 }, { public: 404, others: 404 }),
    },
  ],
  'GET /api/evaluations/:id/evaluators': perEvaluation((target) => ({
    request: get((world) => `/api/evaluations/${world.ids[target]}/evaluators`),
    expected: readExpectations[target],
  })),
  'POST /api/evaluations/:id/evaluators': perEvaluation((target) => ({
    request: async (world) => ({ method: 'POST', url: `/api/evaluations/${world.ids[target]}/evaluators`, payload: { userId: (await world.scratchUser()).id } }),
    expected: {
      draft: only({ admin: 200, evaluator: 403 }, { public: 404, others: 404 }),
      factCheck: only({ admin: 200, evaluator: 403, municipality: 403 }, { public: 404, others: 404 }),
      published: only({ admin: 200 }, { public: 401, others: 403 }),
      otherDraft: only({ admin: 200, otherEvaluator: 403 }, { public: 404, others: 404 }),
    }[target],
  })),
  'DELETE /api/evaluations/:id/evaluators/:userId': [
    {
      name: 'published (an evaluator who is not assigned)',
      request: async (world) => ({ method: 'DELETE', url: `/api/evaluations/${world.ids.published}/evaluators/${(await world.scratchUser()).id}` }),
      expected: only({ admin: 200 }, { public: 401, others: 403 }),
    },
    {
      name: 'draft',
      request: async (world) => ({ method: 'DELETE', url: `/api/evaluations/${world.ids.draft}/evaluators/${(await world.scratchUser()).id}` }),
      expected: only({ admin: 200, evaluator: 403 }, { public: 404, others: 404 }),
    },
  ],
  'GET /api/evaluations/:id/audit': perEvaluation((target) => ({
    request: get((world) => `/api/evaluations/${world.ids[target]}/audit`),
    expected: {
      draft: only({ admin: 200, evaluator: 200 }, { public: 404, others: 404 }),
      factCheck: only({ admin: 200, evaluator: 200, municipality: 403 }, { public: 404, others: 404 }),
      published: only({ admin: 200 }, { public: 401, others: 403 }),
      otherDraft: only({ admin: 200, otherEvaluator: 200 }, { public: 404, others: 404 }),
    }[target],
  })),
  'GET /api/audit': [{ name: 'whole log', request: get('/api/audit'), expected: adminOnly(200) }],
  'POST /api/imports': [
    {
      name: 'upload',
      request: async () => ({ method: 'POST', url: '/api/imports?filename=x.txt', headers: { 'content-type': 'application/octet-stream' }, payload: Buffer.from('not a report') }),
      expected: adminOnly(202),
    },
  ],
  'GET /api/imports': [{ name: 'list', request: get('/api/imports'), expected: adminOnly(200) }],
  'GET /api/imports/:id': [{ name: 'unknown id', request: get('/api/imports/00000000-0000-4000-8000-000000000000'), expected: adminOnly(404) }],
  'POST /api/imports/:id/cancel': [
    {
      name: 'unknown id',
      request: async () => ({ method: 'POST', url: '/api/imports/00000000-0000-4000-8000-000000000000/cancel' }),
      expected: adminOnly(404),
    },
  ],
  'GET /api/users': [{ name: 'list', request: get('/api/users'), expected: adminOnly(200) }],
  'POST /api/users': [
    {
      name: 'create',
      request: async () => ({ method: 'POST', url: '/api/users', payload: { email: `ny-${Math.random().toString(36).slice(2)}@test.kompass.invalid`, name: 'Ny', role: 'evaluator' } }),
      expected: adminOnly(201),
    },
  ],
  'PATCH /api/users/:userId': [
    {
      name: 'make an evaluator an admin',
      request: async (world) => {
        const user = await world.scratchUser();
        return { method: 'PATCH', url: `/api/users/${user.id}`, payload: { version: user.version, role: 'admin' } };
      },
      expected: adminOnly(200),
    },
  ],
  'POST /api/users/:userId/password-link': [
    { name: 'new link', request: async (world) => ({ method: 'POST', url: `/api/users/${(await world.scratchUser()).id}/password-link` }), expected: adminOnly(201) },
  ],
  'GET /api/session': [{ name: 'who am I', request: get('/api/session'), expected: all(200) }],
  'POST /api/session': [
    {
      name: 'sign in (as a scratch user)',
      request: async (world) => ({ method: 'POST', url: '/api/session', payload: { email: (await world.scratchUser()).email, password: TEST_PASSWORD } }),
      expected: all(200),
      ownSession: true,
    },
  ],
  'DELETE /api/session': [{ name: 'sign out', request: async () => ({ method: 'DELETE', url: '/api/session' }), expected: all(204), ownSession: true }],
  'POST /api/password-link': [
    { name: 'inspect a valid link', request: async (world) => ({ method: 'POST', url: '/api/password-link', payload: { token: await world.passwordToken() } }), expected: all(200) },
  ],
  'PUT /api/password': [
    {
      name: 'set a password through a valid link',
      request: async (world) => ({ method: 'PUT', url: '/api/password', payload: { token: await world.passwordToken(), password: 'ett-nytt-långt-lösenord' } }),
      expected: all(204),
      ownSession: true,
    },
  ],
  'PUT /api/account/language': [
    {
      name: "remember the signed-in user's language",
      request: async () => ({ method: 'PUT', url: '/api/account/language', payload: { language: 'nb' } }),
      expected: only({}, { public: 401, others: 200 }),
    },
  ],
};
