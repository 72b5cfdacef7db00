/**
 * The authorisation matrix: every API route × every role, with the status each must get.
 * The routes come from the app's own registry, so a route added without a row here fails
 * this suite (and a route without an access rule keeps the app from starting at all).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPasswordLink } from '../src/auth/password-links.js';
import { findUserById } from '../src/auth/users-repository.js';
import { DEFAULT_AUTH_SETTINGS } from '../src/auth/settings.js';
import { createEvaluation } from '../src/api/evaluations/commands.js';
import { createEvaluationSchema } from '../src/api/evaluations/schemas.js';
import { addUser, signedInAs, signIn, TEST_PASSWORD, type Client } from './support/accounts.js';
import { createTestWorld, type TestWorld } from './support/test-app.js';
import { testEngine } from './support/test-database.js';
import type { InjectOptions } from 'fastify';

const ROLES = ['public', 'admin', 'evaluator', 'otherEvaluator', 'municipality', 'otherMunicipality'] as const;
type MatrixRole = (typeof ROLES)[number];
type Expected = Record<MatrixRole, number>;

/** The evaluations of the matrix world: three in municipality A (2284), a draft in B (1060). */
type Target = 'draft' | 'factCheck' | 'published' | 'otherDraft';

interface World {
  ids: Record<Target, string>;
  /** The evaluation's current version (read fresh before each change). */
  version(id: string): Promise<number>;
  /** A new evaluator for the request (to assign, change or sign in), so requests do not change each other's world. */
  scratchUser(): Promise<{ id: string; version: number; email: string }>;
  passwordToken(): Promise<string>;
}

interface Case {
  name: string;
  request(world: World, role: MatrixRole): Promise<InjectOptions>;
  expected: Expected;
  /** The request signs the user out or in: run it on a session of its own. */
  ownSession?: boolean;
}

const all = (status: number): Expected => ({ public: status, admin: status, evaluator: status, otherEvaluator: status, municipality: status, otherMunicipality: status });
const only = (allowed: Partial<Expected>, otherwise: { public: number; others: number }): Expected => ({
  public: otherwise.public,
  admin: otherwise.others,
  evaluator: otherwise.others,
  otherEvaluator: otherwise.others,
  municipality: otherwise.others,
  otherMunicipality: otherwise.others,
  ...allowed,
});
/** Admin-only routes: anonymous 401, other users 403. */
const adminOnly = (status: number) => only({ admin: status }, { public: 401, others: 403 });

const get = (url: string | ((world: World) => string)) => async (world: World) => ({ method: 'GET' as const, url: typeof url === 'string' ? url : url(world) });

/** Reading one evaluation: drafts are invisible (404) to everyone but admins and its evaluators. */
const readExpectations: Record<Target, Expected> = {
  draft: only({ admin: 200, evaluator: 200 }, { public: 404, others: 404 }),
  factCheck: only({ admin: 200, evaluator: 200, municipality: 200 }, { public: 404, others: 404 }),
  published: all(200),
  otherDraft: only({ admin: 200, otherEvaluator: 200 }, { public: 404, others: 404 }),
};

function perEvaluation(build: (target: Target) => Omit<Case, 'name'>): Case[] {
  return (['draft', 'factCheck', 'published', 'otherDraft'] as const).map((target) => ({ name: target, ...build(target) }));
}

const scoreChange = async (world: World, target: Target) => ({
  method: 'PUT' as const,
  url: `/api/evaluations/${world.ids[target]}/scores`,
  payload: { version: await world.version(world.ids[target]), scores: [{ code: '1.1', score: 5 }] },
});

const MATRIX: Record<string, Case[]> = {
  'GET /api/health': [{ name: 'health', request: get('/api/health'), expected: all(200) }],
  'GET /api/frameworks': [{ name: 'list', request: get('/api/frameworks'), expected: all(200) }],
  'GET /api/frameworks/:id': [{ name: 'one', request: get('/api/frameworks/kommunkompassen-2020'), expected: all(200) }],
  'GET /api/municipalities': [{ name: 'list', request: get('/api/municipalities?q=lek'), expected: all(200) }],
  'GET /api/municipalities/:code': [{ name: 'one', request: get('/api/municipalities/2284'), expected: all(200) }],
  'GET /api/evaluations': [{ name: 'list (filtered, see below)', request: get('/api/evaluations'), expected: all(200) }],
  'GET /api/evaluations/:id': perEvaluation((target) => ({ request: get((world) => `/api/evaluations/${world.ids[target]}`), expected: readExpectations[target] })),
  'POST /api/evaluations': [
    {
      name: 'draft in the workspace',
      request: async () => ({ method: 'POST', url: '/api/evaluations', payload: { municipalityCode: '0114', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-10' } }),
      expected: only({ admin: 201, evaluator: 201, otherEvaluator: 201 }, { public: 401, others: 403 }),
    },
    {
      name: 'published archive evaluation',
      request: async () => ({
        method: 'POST',
        url: '/api/evaluations',
        payload: { municipalityCode: '0115', frameworkId: 'kommunkompassen-2020', reportDate: '2021', status: 'published', origin: 'archive' },
      }),
      // Only the programme owner adds to the archive; evaluators may start drafts only.
      expected: adminOnly(201),
    },
  ],
  'PUT /api/evaluations/:id/scores': perEvaluation((target) => ({
    request: (world) => scoreChange(world, target),
    expected: {
      draft: only({ admin: 200, evaluator: 200 }, { public: 404, others: 404 }),
      factCheck: only({ admin: 200, evaluator: 200, municipality: 403 }, { public: 404, others: 404 }),
      // Published evaluations are locked even for admins (409); others may read but not change.
      published: only({ admin: 409 }, { public: 401, others: 403 }),
      otherDraft: only({ admin: 200, otherEvaluator: 200 }, { public: 404, others: 404 }),
    }[target],
  })),
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
};

let testWorld: TestWorld;
let world: World;
const clients = new Map<MatrixRole, Client | null>();
const userIds = new Map<MatrixRole, string>();

async function evaluation(municipalityCode: string, status: 'draft' | 'fact_check' | 'published', evaluatorId?: string): Promise<string> {
  const input = createEvaluationSchema.parse({ municipalityCode, frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-02', status, scores: [{ code: '1.1', score: 4 }] });
  return (await createEvaluation(testWorld.context.database.db, testWorld.context.catalogue, input, 'test', evaluatorId)).id;
}

beforeAll(async () => {
  testWorld = await createTestWorld();
  const admin = await signedInAs(testWorld, 'admin');
  const evaluator = await signedInAs(testWorld, 'evaluator');
  const otherEvaluator = await signedInAs(testWorld, 'evaluator');
  const municipality = await signedInAs(testWorld, 'municipality', { municipalityCode: '2284' });
  const otherMunicipality = await signedInAs(testWorld, 'municipality', { municipalityCode: '1060' });
  for (const [role, client] of Object.entries({ admin, evaluator, otherEvaluator, municipality, otherMunicipality })) {
    clients.set(role as MatrixRole, client);
    userIds.set(role as MatrixRole, client.user.id);
  }
  clients.set('public', null);
  const ids: Record<Target, string> = {
    draft: await evaluation('2284', 'draft', evaluator.user.id),
    factCheck: await evaluation('2284', 'fact_check', evaluator.user.id),
    published: await evaluation('2284', 'published'),
    otherDraft: await evaluation('1060', 'draft', otherEvaluator.user.id),
  };
  const db = testWorld.context.database.db;
  world = {
    ids,
    async version(id) {
      return (await admin.get(`/api/evaluations/${id}`)).json().version;
    },
    async scratchUser() {
      const user = await addUser(testWorld, 'evaluator');
      return { id: user.id, version: user.version, email: user.email };
    },
    async passwordToken() {
      const user = (await findUserById(db, (await world.scratchUser()).id))!;
      const link = await createPasswordLink(db, user, 'test', DEFAULT_AUTH_SETTINGS);
      return link.url.split('#')[1]!;
    },
  };
});
afterAll(async () => testWorld?.close());

async function send(role: MatrixRole, testCase: Case): Promise<number> {
  const options = await testCase.request(world, role);
  let client = clients.get(role) ?? null;
  if (client && testCase.ownSession) {
    const user = (await findUserById(testWorld.context.database.db, userIds.get(role)!))!;
    client = await signIn(testWorld.app, user.email);
  }
  const response = client ? await client.request(options) : await testWorld.app.inject(options);
  return response.statusCode;
}

describe(`authorisation matrix (${testEngine})`, () => {
  it('has a row for every API route the app registers, and no row for a route that does not exist', () => {
    const registered = testWorld.app.kompassRoutes
      .filter((route) => route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && route.method !== 'HEAD')
      .map((route) => `${route.method} ${route.url}`);
    expect(registered.filter((key) => !(key in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((key) => !registered.includes(key))).toEqual([]);
    expect(testWorld.app.kompassRoutes.filter((route) => route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && !route.access)).toEqual([]);
  });

  for (const [route, cases] of Object.entries(MATRIX)) {
    for (const testCase of cases) {
      it(`${route} — ${testCase.name}`, { timeout: 30_000 }, async () => {
        const actual: Partial<Expected> = {};
        for (const role of ROLES) actual[role] = await send(role, testCase);
        expect(actual).toEqual(testCase.expected);
      });
    }
  }

  it('lists to each role exactly the evaluations it may read', async () => {
    const visible = async (role: MatrixRole) => {
      const client = clients.get(role);
      const response = client ? await client.get('/api/evaluations?limit=500') : await testWorld.app.inject({ method: 'GET', url: '/api/evaluations?limit=500' });
      const listed = new Set((response.json().items as Array<{ id: string }>).map((item) => item.id));
      return (Object.keys(world.ids) as Target[]).filter((target) => listed.has(world.ids[target]));
    };
    expect(await visible('public')).toEqual(['published']);
    expect(await visible('admin')).toEqual(['draft', 'factCheck', 'published', 'otherDraft']);
    expect(await visible('evaluator')).toEqual(['draft', 'factCheck', 'published']);
    expect(await visible('otherEvaluator')).toEqual(['published', 'otherDraft']);
    expect(await visible('municipality')).toEqual(['factCheck', 'published']);
    expect(await visible('otherMunicipality')).toEqual(['published']);
  });

  it('refuses to start an app with a route that has no access rule', async () => {
    const { buildApp } = await import('../src/server/app.js');
    const app = await buildApp({ context: testWorld.context, logLevel: 'silent' });
    app.get('/api/unguarded', async () => ({ secret: true }));
    await expect(app.ready()).rejects.toThrow('Routes without an access rule (config.access): GET /api/unguarded');
  });
});
