import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { allScores, createEvaluationAs, submitOwnScores } from '../../../tests/support/workflow.js';

let world: TestWorld;
let admin: Client;
let evaluator: Client & { user: { id: string } };
let otherEvaluator: Client;
let municipality: Client;

beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
  evaluator = await signedInAs(world, 'evaluator');
  otherEvaluator = await signedInAs(world, 'evaluator');
  municipality = await signedInAs(world, 'municipality', { municipalityId: 'se-0114' });
});
afterAll(async () => world?.close());

/** An evaluation in 0114 assigned to `evaluator`. */
const evaluation = (status: string, scores: Array<{ code: string; score: number }> = []) =>
  createEvaluationAs(admin, { municipalityId: 'se-0114', status, evaluatorId: evaluator.user.id, scores });

const move = (client: Client, id: string, from: string, to: string) => client.post(`/api/evaluations/${id}/status`, { from, to });

async function auditActions(id: string): Promise<Array<{ action: string; oldValue: unknown; newValue: unknown }>> {
  return (await admin.get(`/api/evaluations/${id}/audit`)).json().items;
}

describe(`status flow (${testEngine})`, () => {
  it('takes an evaluation from draft to published: the evaluators up to final, an administrator publishes', async () => {
    const id = await evaluation('draft', allScores(world));
    const steps: Array<[Client, string, string]> = [
      [evaluator, 'draft', 'review'],
      [evaluator, 'review', 'draft'],
      [evaluator, 'draft', 'review'],
      [evaluator, 'review', 'fact_check'],
      [evaluator, 'fact_check', 'review'],
      [admin, 'review', 'fact_check'],
      [evaluator, 'fact_check', 'final'],
      [admin, 'final', 'published'],
    ];
    let version = (await admin.get(`/api/evaluations/${id}`)).json().version as number;
    for (const [client, from, to] of steps) {
      const response = await move(client, id, from, to);
      expect(response.statusCode, `${from} → ${to}: ${response.body}`).toBe(200);
      expect(response.json()).toEqual({ status: to, version: version + 1 });
      version += 1;
    }
    expect((await admin.get(`/api/evaluations/${id}`)).json()).toMatchObject({ status: 'published', version });
    const statusEntries = (await auditActions(id)).filter((entry) => entry.action === 'evaluation.status');
    expect(statusEntries).toHaveLength(steps.length);
    expect(statusEntries[0]).toMatchObject({ oldValue: { status: 'final' }, newValue: { status: 'published', version } });
    // Published is terminal, even for an administrator.
    expect((await move(admin, id, 'published', 'final')).json().error).toMatchObject({ code: 'conflict', reason: 'not-a-transition' });
  });

  it('never lets a municipality move the status, and hides drafts from other evaluators', async () => {
    const factCheck = await evaluation('fact_check', allScores(world));
    expect((await move(municipality, factCheck, 'fact_check', 'final')).statusCode).toBe(403);
    expect((await move(municipality, factCheck, 'fact_check', 'review')).statusCode).toBe(403);
    // Asking for a move that does not exist does not change the answer.
    expect((await move(municipality, factCheck, 'fact_check', 'published')).statusCode).toBe(403);
    expect((await move(otherEvaluator, factCheck, 'fact_check', 'final')).statusCode).toBe(404);
    const draft = await evaluation('draft');
    expect((await move(otherEvaluator, draft, 'draft', 'review')).statusCode).toBe(404);
    expect((await move(municipality, draft, 'draft', 'review')).statusCode).toBe(404);
    const published = await evaluation('published', allScores(world));
    const anonymous = await world.app.inject({ method: 'POST', url: `/api/evaluations/${published}/status`, payload: { from: 'published', to: 'final' } });
    expect(anonymous.statusCode).toBe(401);
    expect((await move(otherEvaluator, published, 'published', 'final')).statusCode).toBe(403);
    expect((await admin.get(`/api/evaluations/${factCheck}`)).json().status).toBe('fact_check');
  });

  it('lets only an administrator publish or reopen a final evaluation; reopening is audited', async () => {
    const id = await evaluation('final', allScores(world));
    const publish = await move(evaluator, id, 'final', 'published');
    expect(publish.statusCode).toBe(403);
    expect(publish.json().error.message).toMatch(/Only an administrator/);
    expect((await move(evaluator, id, 'final', 'review')).statusCode).toBe(403);
    const reopened = await move(admin, id, 'final', 'fact_check');
    expect(reopened.statusCode).toBe(200);
    const [latest] = await auditActions(id);
    expect(latest).toMatchObject({ action: 'evaluation.reopen', oldValue: { status: 'final' }, newValue: { status: 'fact_check' } });
    // Back at the fact check the evaluators work on as before.
    expect((await move(evaluator, id, 'fact_check', 'final')).statusCode).toBe(200);
    expect((await move(admin, id, 'final', 'review')).statusCode).toBe(200);
    expect((await auditActions(id)).filter((entry) => entry.action === 'evaluation.reopen')).toHaveLength(2);
  });

  it('needs an agreed score for every unit before the fact check, and names the missing ones', async () => {
    const scores = allScores(world).filter((score) => !['1.2', '7.4'].includes(score.code));
    const id = await evaluation('review', scores);
    const response = await move(evaluator, id, 'review', 'fact_check');
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'conflict',
      reason: 'missing-scores',
      status: 'fact_check',
      missingUnits: [
        { code: '1.2', name: 'Kommunens information till medborgarna' },
        { code: '7.4', name: 'Lika rättigheter och möjligheter på arbetsplatsen' },
      ],
    });
    expect(response.json().error.message).toMatch(/2 of 36 would have none: 1\.2 Kommunens information till medborgarna; 7\.4 /);
    await submitOwnScores(world, evaluator, id);
    const { version } = (await admin.get(`/api/evaluations/${id}`)).json();
    expect((await evaluator.put(`/api/evaluations/${id}/scores`, { version, scores: [{ code: '1.2', score: 3 }, { code: '7.4', score: 0 }] })).statusCode).toBe(200);
    expect((await move(evaluator, id, 'review', 'fact_check')).statusCode).toBe(200);
  });

  it('keeps an evaluation with open comments from becoming final; answered comments do not block', async () => {
    const id = await evaluation('fact_check', allScores(world));
    const comment = (await municipality.post(`/api/evaluations/${id}/fact-comments`, { unitCode: '3.2', body: 'Nämnden bytte namn 2025.' })).json();
    const blocked = await move(evaluator, id, 'fact_check', 'final');
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error).toMatchObject({ reason: 'open-comments', openComments: 1 });
    const answered = await evaluator.put(`/api/evaluations/${id}/fact-comments/${comment.id}`, { version: comment.version, answer: 'Rättat i texten.' });
    expect(answered.json().status).toBe('answered');
    expect((await move(evaluator, id, 'fact_check', 'final')).statusCode).toBe(200);
  });

  it('refuses a move from a status the evaluation no longer has, with the current status', async () => {
    const id = await evaluation('draft');
    expect((await move(evaluator, id, 'draft', 'review')).statusCode).toBe(200);
    const stale = await move(admin, id, 'draft', 'review');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', currentStatus: 'review', current: { status: 'review' } });
    expect((await move(admin, id, 'review', 'published')).json().error).toMatchObject({ code: 'conflict', reason: 'not-a-transition' });
  });

  it('lists the moves the caller may make now, with the reason when one is not allowed', async () => {
    const id = await evaluation('review', allScores(world).slice(1));
    const forEvaluator = (await evaluator.get(`/api/evaluations/${id}/transitions`)).json();
    expect(forEvaluator).toMatchObject({ status: 'review' });
    expect(forEvaluator.items).toEqual([
      { to: 'draft', reopen: false, allowed: true, reason: null, missingUnits: [], openComments: 0 },
      {
        to: 'fact_check',
        reopen: false,
        allowed: false,
        reason: { code: 'missing-scores', message: expect.stringContaining('1.1') },
        missingUnits: [{ code: '1.1', name: 'Strategi för demokratiutveckling och information' }],
        openComments: 0,
      },
    ]);
    const final = await evaluation('final', allScores(world));
    expect((await evaluator.get(`/api/evaluations/${final}/transitions`)).json().items).toEqual([]);
    expect((await admin.get(`/api/evaluations/${final}/transitions`)).json().items.map((item: { to: string; reopen: boolean }) => [item.to, item.reopen])).toEqual([
      ['published', false],
      ['fact_check', true],
      ['review', true],
    ]);
    expect((await municipality.get(`/api/evaluations/${final}/transitions`)).json()).toMatchObject({ status: 'final', items: [] });
  });

  it('keeps the evaluation page in step: a read after a move shows the new status', async () => {
    const id = await evaluation('draft');
    expect((await evaluator.get(`/api/evaluations/${id}`)).json().status).toBe('draft');
    await move(evaluator, id, 'draft', 'review');
    expect((await evaluator.get(`/api/evaluations/${id}`)).json().status).toBe('review');
  });
});
