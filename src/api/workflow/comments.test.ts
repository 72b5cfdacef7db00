import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { allScores, createEvaluationAs } from '../../../tests/support/workflow.js';

type User = { user: { id: string; name: string } };
let world: TestWorld;
let admin: Client & User;
let evaluator: Client & User;
let municipality: Client & User;
let colleague: Client & User;

beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
  evaluator = await signedInAs(world, 'evaluator');
  municipality = await signedInAs(world, 'municipality', { municipalityId: 'se-0114' });
  colleague = await signedInAs(world, 'municipality', { municipalityId: 'se-0114' });
});
afterAll(async () => world?.close());

const evaluation = (status: string) =>
  createEvaluationAs(admin, { municipalityId: 'se-0114', status, evaluatorId: evaluator.user.id, scores: allScores(world) });
const comments = (id: string) => `/api/evaluations/${id}/fact-comments`;

async function postComment(client: Client, id: string, body = 'Antalet invånare är fel.', unitCode: string | null = '1.2') {
  const response = await client.post(comments(id), { unitCode, body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe(`fact-check comments (${testEngine})`, () => {
  it('lets the municipality comment during the fact check only', async () => {
    const id = await evaluation('review');
    // Before the fact check the municipality cannot even see the evaluation; the team is told why not.
    expect((await municipality.post(comments(id), { body: 'x' })).statusCode).toBe(404);
    const early = await evaluator.post(comments(id), { body: 'x' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/only during the fact check; the evaluation is review/);
    await evaluator.post(`/api/evaluations/${id}/status`, { from: 'review', to: 'fact_check' });

    const created = await postComment(municipality, id, 'Nämnden heter **Kultur- och fritidsnämnden**.', '3');
    expect(created).toMatchObject({
      unitCode: '3',
      author: { id: municipality.user.id, name: municipality.user.name, organisation: 'Test' },
      body: 'Nämnden heter **Kultur- och fritidsnämnden**.',
      status: 'open',
      answer: null,
      answeredBy: null,
      version: 1,
    });
    await postComment(admin, id, 'Hela rapporten: kontrollera datum.', null);
    const listed = (await evaluator.get(comments(id))).json().items;
    expect(listed.map((item: { unitCode: string | null }) => item.unitCode)).toEqual(['3', null]);
    expect((await municipality.get(comments(id))).json().items).toHaveLength(2);

    for (const item of listed) expect((await evaluator.put(`${comments(id)}/${item.id}`, { version: item.version, status: 'resolved' })).statusCode).toBe(200);
    expect((await evaluator.post(`/api/evaluations/${id}/status`, { from: 'fact_check', to: 'final' })).statusCode).toBe(200);
    const late = await municipality.post(comments(id), { body: 'För sent?' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.status).toBe('final');
    const audit = (await admin.get(`/api/evaluations/${id}/audit`)).json().items;
    expect(audit.filter((entry: { action: string }) => entry.action === 'evaluation.fact-comment.create')).toHaveLength(2);
  });

  it('checks the unit code and the length of the text', async () => {
    const id = await evaluation('fact_check');
    const unknown = await municipality.post(comments(id), { unitCode: '9.9', body: 'x' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe('body.unitCode');
    const long = await municipality.post(comments(id), { body: 'x'.repeat(10_001) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.message).toMatch(/at most 10000 characters/);
    expect((await municipality.post(comments(id), { body: '   ' })).statusCode).toBe(400);
  });

  it('lets the evaluators answer and resolve; the municipality cannot', async () => {
    const id = await evaluation('fact_check');
    const comment = await postComment(municipality, id);
    const url = `${comments(id)}/${comment.id}`;
    expect((await municipality.put(url, { version: 1, answer: 'Självsvar' })).statusCode).toBe(403);
    expect((await municipality.put(url, { version: 1, status: 'resolved' })).statusCode).toBe(403);
    expect((await municipality.put(url, { version: 1, status: 'answered' })).statusCode).toBe(403);

    const answered = await evaluator.put(url, { version: 1, answer: 'Vi har rättat siffran.' });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', answer: 'Vi har rättat siffran.', answeredBy: { id: evaluator.user.id, name: evaluator.user.name }, version: 2 });
    const resolved = await admin.put(url, { version: 2, status: 'resolved' });
    expect(resolved.json()).toMatchObject({ status: 'resolved', answer: 'Vi har rättat siffran.', version: 3 });
    const audit = (await admin.get(`/api/evaluations/${id}/audit`)).json().items;
    expect(audit[0]).toMatchObject({ action: 'evaluation.fact-comment.update', oldValue: { id: comment.id, status: 'answered' }, newValue: { id: comment.id, status: 'resolved' } });
    expect(audit[1]).toMatchObject({ oldValue: { answer: null, status: 'open' }, newValue: { answer: 'Vi har rättat siffran.', status: 'answered' } });
  });

  it('lets only the author change the text while the comment is open, and the author reopen it', async () => {
    const id = await evaluation('fact_check');
    const comment = await postComment(municipality, id);
    const url = `${comments(id)}/${comment.id}`;
    expect((await colleague.put(url, { version: 1, body: 'Ändrat av en kollega' })).statusCode).toBe(403);
    expect((await evaluator.put(url, { version: 1, body: 'Ändrat av utvärderaren' })).statusCode).toBe(403);
    const edited = await municipality.put(url, { version: 1, body: 'Antalet invånare är 2 600.' });
    expect(edited.json()).toMatchObject({ body: 'Antalet invånare är 2 600.', status: 'open', version: 2 });

    await evaluator.put(url, { version: 2, status: 'resolved' });
    const closed = await municipality.put(url, { version: 3, body: 'Ett tillägg' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.message).toMatch(/reopen it/);
    expect((await colleague.put(url, { version: 3, status: 'open' })).statusCode).toBe(403);
    const reopened = await municipality.put(url, { version: 3, status: 'open', body: 'Ett tillägg: siffran gäller 2025.' });
    expect(reopened.json()).toMatchObject({ status: 'open', body: 'Ett tillägg: siffran gäller 2025.', version: 4 });
    // Marking answered needs an answer.
    expect((await evaluator.put(url, { version: 4, status: 'answered' })).statusCode).toBe(400);
    expect((await evaluator.put(url, { version: 4 })).statusCode).toBe(400);
  });

  it('refuses a stale version with 409 and the current comment', async () => {
    const id = await evaluation('fact_check');
    const comment = await postComment(municipality, id);
    const url = `${comments(id)}/${comment.id}`;
    expect((await evaluator.put(url, { version: 1, answer: 'Första svaret' })).statusCode).toBe(200);
    const stale = await admin.put(url, { version: 1, answer: 'Ett annat svar' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', currentVersion: 2, current: { id: comment.id, answer: 'Första svaret', version: 2 } });
    expect((await admin.put(`${comments(id)}/00000000-0000-4000-8000-000000000000`, { version: 1, status: 'resolved' })).statusCode).toBe(404);
  });
});

describe(`presence (${testEngine})`, () => {
  it('shows who else has the evaluation open and where, for a minute', async () => {
    const id = await evaluation('fact_check');
    const url = `/api/evaluations/${id}/presence`;
    const first = await evaluator.put(url, { section: 'area:3' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ others: [] });
    const second = await municipality.put(url, { section: 'area:5' });
    expect(second.json().others).toEqual([{ userId: evaluator.user.id, name: evaluator.user.name, section: 'area:3', seenAt: expect.any(String) }]);
    await evaluator.put(url, { section: 'evidence' });
    expect((await municipality.get(url)).json().others).toMatchObject([{ userId: evaluator.user.id, section: 'evidence' }]);
    expect((await evaluator.get(url)).json().others).toMatchObject([{ userId: municipality.user.id, section: 'area:5' }]);

    // A minute without a heartbeat and the evaluator is gone.
    await world.context.database.db.execute(sql`update presence set seen_at = now() - interval '61 seconds' where user_id = ${evaluator.user.id}`);
    expect((await municipality.get(url)).json().others).toEqual([]);
    expect((await evaluator.put(url, { section: 'x'.repeat(33) })).statusCode).toBe(400);
  });

  it('is no change of the evaluation: not audited, and the read cache is kept', async () => {
    const id = await evaluation('draft');
    const cache = world.context.readCache;
    cache?.set('probe', 'kept');
    expect((await evaluator.put(`/api/evaluations/${id}/presence`, { section: 'calibration' })).statusCode).toBe(200);
    expect(cache?.get('probe')).toBe(cache ? 'kept' : undefined);
    const audit = (await admin.get(`/api/evaluations/${id}/audit`)).json().items;
    expect(audit.some((entry: { action: string }) => entry.action.includes('presence'))).toBe(false);
    // Any other change still clears it.
    await evaluator.post(`/api/evaluations/${id}/status`, { from: 'draft', to: 'review' });
    expect(cache?.get('probe')).toBeUndefined();
  });
});
