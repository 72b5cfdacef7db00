/**
 * The authorisation matrix: every API route × every role, with the status each must get.
 * The routes come from the app's own registry, so a route added without a row here fails
 * this suite (and a route without an access rule keeps the app from starting at all).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPasswordLink } from '../src/auth/password-links.js';
import { findUserById } from '../src/auth/users-repository.js';
import { DEFAULT_AUTH_SETTINGS } from '../src/kernel/auth-settings.js';
import { createEvaluation } from '../src/api/evaluations/commands.js';
import { createEvaluationSchema } from '../src/contract/evaluations.js';
import { addUser, signedInAs, signIn, type Client } from './support/accounts.js';
import { createTestWorld, type TestWorld } from './support/test-app.js';
import { testEngine } from './support/test-database.js';
import { allScores } from './support/workflow.js';
import { ACTION_PLAN_EXPORT_ROWS } from './authorization/action-plan-export.rows.js';
import { ACTION_PLAN_ROWS } from './authorization/action-plans.rows.js';
import { COMPARISON_ROWS } from './authorization/comparisons.rows.js';
import { CORE_ROWS } from './authorization/core.rows.js';
import { EVIDENCE_ROWS } from './authorization/evidence.rows.js';
import { FOLLOW_UP_ROWS } from './authorization/follow-ups.rows.js';
import { GOOD_EXAMPLE_ROWS } from './authorization/good-examples.rows.js';
import { MY_MUNICIPALITY_ROWS } from './authorization/my-municipality.rows.js';
import { OPEN_DATA_CATALOG_ROWS } from './authorization/open-data-catalog.rows.js';
import { OPEN_DATA_ROWS } from './authorization/open-data.rows.js';
import { GEO_ROWS } from './authorization/geo.rows.js';
import { REPORT_ROWS } from './authorization/reports.rows.js';
import { SCORING_ROWS } from './authorization/scoring.rows.js';
import { STATISTICS_ROWS } from './authorization/statistics.rows.js';
import { SEARCH_ROWS } from './authorization/search.rows.js';
import { TEXT_ROWS } from './authorization/texts.rows.js';
import { WORKFLOW_ROWS } from './authorization/workflow.rows.js';
import { QUESTIONNAIRE_ROWS } from './authorization/questionnaires.rows.js';
import { QUESTION_SET_ROWS } from './authorization/question-sets.rows.js';
import { QUESTIONNAIRE_EXPORT_ROWS } from './authorization/questionnaire-export.rows.js';
import { FRAMEWORK_VERSION_ROWS } from './authorization/framework-versions.rows.js';
import { CRITERIA_ROWS } from './authorization/criteria.rows.js';
import { installCriteriaFramework } from './support/criteria-framework.js';
import { ROLES, type Case, type Expected, type MatrixRole, type Target, type World } from './authorization/kit.js';

/** Every route's rows; each resource keeps its rows in a file of its own under authorization/. */
const MATRIX: Record<string, Case[]> = {
  ...CORE_ROWS,
  ...EVIDENCE_ROWS,
  ...SCORING_ROWS,
  ...TEXT_ROWS,
  ...WORKFLOW_ROWS,
  ...REPORT_ROWS,
  ...COMPARISON_ROWS,
  ...GOOD_EXAMPLE_ROWS,
  ...OPEN_DATA_ROWS,
  ...OPEN_DATA_CATALOG_ROWS,
  ...STATISTICS_ROWS,
  ...GEO_ROWS,
  ...SEARCH_ROWS,
  ...FOLLOW_UP_ROWS,
  ...ACTION_PLAN_ROWS,
  ...ACTION_PLAN_EXPORT_ROWS,
  ...MY_MUNICIPALITY_ROWS,
  ...QUESTIONNAIRE_ROWS,
  ...QUESTION_SET_ROWS,
  ...QUESTIONNAIRE_EXPORT_ROWS,
  ...FRAMEWORK_VERSION_ROWS,
  ...CRITERIA_ROWS,
};

let testWorld: TestWorld;
let world: World;
const clients = new Map<MatrixRole, Client | null>();
const userIds = new Map<MatrixRole, string>();

async function evaluation(municipalityId: string, status: 'draft' | 'fact_check' | 'published', evaluatorId?: string): Promise<string> {
  // From the fact check on, every unit has an agreed score; a draft has one so far.
  const scores = status === 'draft' ? [{ code: '1.1', score: 4 }] : allScores(testWorld).map((score) => (score.code === '1.1' ? { code: '1.1', score: 4 } : score));
  const input = createEvaluationSchema.parse({ municipalityId, frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-02', status, scores });
  return (await createEvaluation(testWorld.context.database.db, testWorld.context.catalogue, input, 'test', evaluatorId)).id;
}

beforeAll(async () => {
  testWorld = await createTestWorld();
  await installCriteriaFramework(testWorld);
  const admin = await signedInAs(testWorld, 'admin');
  const evaluator = await signedInAs(testWorld, 'evaluator');
  const otherEvaluator = await signedInAs(testWorld, 'evaluator');
  const municipality = await signedInAs(testWorld, 'municipality', { municipalityId: 'se-2284' });
  const otherMunicipality = await signedInAs(testWorld, 'municipality', { municipalityId: 'se-1060' });
  for (const [role, client] of Object.entries({ admin, evaluator, otherEvaluator, municipality, otherMunicipality })) {
    clients.set(role as MatrixRole, client);
    userIds.set(role as MatrixRole, client.user.id);
  }
  clients.set('public', null);
  const ids: Record<Target, string> = {
    draft: await evaluation('se-2284', 'draft', evaluator.user.id),
    factCheck: await evaluation('se-2284', 'fact_check', evaluator.user.id),
    published: await evaluation('se-2284', 'published'),
    otherDraft: await evaluation('se-1060', 'draft', otherEvaluator.user.id),
  };
  const db = testWorld.context.database.db;
  world = {
    ids,
    admin,
    db,
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

  it('gives every role the same open data: published evaluations only', async () => {
    for (const role of ROLES) {
      const client = clients.get(role);
      for (const url of ['/api/open-data/evaluations.csv', '/api/open-data/scores.json?limit=1000']) {
        const response = client ? await client.get(url) : await testWorld.app.inject({ method: 'GET', url });
        expect(response.statusCode, `${role} ${url}`).toBe(200);
        const shown = (Object.keys(world.ids) as Target[]).filter((target) => response.body.includes(world.ids[target]));
        expect(shown, `${role} ${url}`).toEqual(['published']);
      }
    }
  });

  it('refuses to start an app with a route that has no access rule', async () => {
    const { buildApp } = await import('../src/server/app.js');
    const app = await buildApp({ context: testWorld.context, logLevel: 'silent', checkResponses: true });
    app.get('/api/unguarded', async () => ({ secret: true }));
    await expect(app.ready()).rejects.toThrow('Routes without an access rule (config.access): GET /api/unguarded');
  });
});
