/**
 * Sessions, CSRF, lock-out, password links, the audit trail of each kind of change, and
 * what error responses never contain. API level, on the real database (PGlite or PostgreSQL).
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPasswordLink } from '../src/auth/password-links.js';
import { findUserByEmail } from '../src/auth/users-repository.js';
import { auditLog, loginAttempts, sessions } from '../src/db/schema.js';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { addUser, clientOf, sessionCookieOf, signedInAs, signIn, TEST_PASSWORD, type Client } from './support/accounts.js';
import { createTestWorld, type TestWorld } from './support/test-app.js';
import { testEngine } from './support/test-database.js';

let world: TestWorld;
let admin: Client;
let draftId: string;

beforeAll(async () => {
  world = await createTestWorld({ auth: { ipFailureLimit: 12 }, trustProxy: true });
  admin = await signedInAs(world, 'admin');
  const created = await admin.post('/api/evaluations', { municipalityId: 'se-2284', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-03' });
  draftId = created.json().id;
});
afterAll(async () => world?.close());

const db = () => world.context.database.db;
const scoreChange = async (client: Client) => ({
  method: 'PUT' as const,
  url: `/api/evaluations/${draftId}/scores`,
  payload: { version: (await client.get(`/api/evaluations/${draftId}`)).json().version, scores: [{ code: '1.1', score: 3 }] },
});
const auditActions = async (entityId: string) =>
  (await db().select().from(auditLog).where(eq(auditLog.entityId, entityId))).map((entry) => entry.action);

describe(`sessions and cookies (${testEngine})`, () => {
  it('sets an httpOnly, SameSite=Lax session cookie, Secure when the request came over HTTPS', async () => {
    const user = await addUser(world, 'evaluator');
    const plain = await world.app.inject({ method: 'POST', url: '/api/session', payload: { email: user.email, password: TEST_PASSWORD } });
    const cookie = plain.cookies.find((entry) => entry.name === 'kompass_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    const viaProxy = await world.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(viaProxy.cookies.find((entry) => entry.name === 'kompass_session')!.secure).toBe(true);
    // Only a hash of the token is stored.
    const stored = await db().select().from(sessions);
    expect(stored.some((row) => row.tokenHash === cookie.value)).toBe(false);
  });

  it('renews the session id at sign-in and ends the session presented before (session fixation)', async () => {
    const user = await addUser(world, 'evaluator');
    const first = await signIn(world.app, user.email);
    // An attacker-chosen id is never taken over either.
    const planted = 'kompass_session=planted-by-someone-else-0123456789abcdef';
    for (const [before, csrfToken] of [[first.cookie, first.csrfToken], [planted, '']] as const) {
      const response = await world.app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { cookie: before, 'x-csrf-token': csrfToken },
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      expect(response.statusCode).toBe(200);
      const after = sessionCookieOf(response);
      expect(after).not.toBe(before);
      expect((await world.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: after } })).json().user.email).toBe(user.email);
    }
    expect((await first.get('/api/session')).json().user).toBeNull();
    expect((await world.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: planted } })).json().user).toBeNull();
  });

  it('ends a session at sign-out, after the idle time and at the absolute end', async () => {
    const user = await addUser(world, 'evaluator');
    const out = await signIn(world.app, user.email);
    expect((await out.delete('/api/session')).statusCode).toBe(204);
    expect((await out.get('/api/session')).json().user).toBeNull();

    const idle = await signIn(world.app, user.email);
    await db().execute(sql`update sessions set last_seen_at = now() - interval '61 minutes' where user_id = ${user.id}`);
    const idleAnswer = await idle.get('/api/session');
    expect(idleAnswer.json().user).toBeNull();
    // The browser is told to forget the dead cookie.
    expect(idleAnswer.cookies.find((entry) => entry.name === 'kompass_session')?.value).toBe('');

    const absolute = await signIn(world.app, user.email);
    await db().execute(sql`update sessions set expires_at = now() - interval '1 second' where user_id = ${user.id}`);
    expect((await absolute.get('/api/session')).json().user).toBeNull();
    expect(await db().select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
  });

  it('ends the sessions of a user whose role changes or who is disabled', async () => {
    const evaluator = await signedInAs(world, 'evaluator');
    const changed = await admin.patch(`/api/users/${evaluator.user.id}`, { version: evaluator.user.version, role: 'admin' });
    expect(changed.statusCode).toBe(200);
    expect((await evaluator.get('/api/session')).json().user).toBeNull();
    const again = await signIn(world.app, evaluator.user.email);
    expect((await again.get('/api/users')).statusCode).toBe(200);
    expect((await admin.patch(`/api/users/${evaluator.user.id}`, { version: changed.json().version, disabled: true })).statusCode).toBe(200);
    expect((await again.get('/api/users')).statusCode).toBe(401);
    const refused = await world.app.inject({ method: 'POST', url: '/api/session', payload: { email: evaluator.user.email, password: TEST_PASSWORD } });
    expect(refused.statusCode).toBe(401);
  });

  it('refuses a stale version when two admins change the same user', async () => {
    const user = await addUser(world, 'evaluator');
    const first = await admin.patch(`/api/users/${user.id}`, { version: user.version, name: 'Första' });
    const second = await admin.patch(`/api/users/${user.id}`, { version: user.version, name: 'Andra' });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'version_conflict', currentVersion: user.version + 1 });
  });

  it('lets demo accounts sign in only in demo mode', async () => {
    const demoWorld = await createTestWorld({ demo: true });
    try {
      const account = DEMO_ACCOUNTS[0]!;
      const signedIn = await demoWorld.app.inject({ method: 'POST', url: '/api/session', payload: { email: account.email, password: account.password } });
      expect(signedIn.statusCode).toBe(200);
      demoWorld.context.auth.demoMode = false;
      const cookie = sessionCookieOf(signedIn);
      expect((await demoWorld.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).json().user).toBeNull();
      const refused = await demoWorld.app.inject({ method: 'POST', url: '/api/session', payload: { email: account.email, password: account.password } });
      expect(refused.statusCode).toBe(401);
    } finally {
      await demoWorld.close();
    }
  });
});

describe(`CSRF protection (${testEngine})`, () => {
  it('refuses a change without the token, with a wrong one, or from another site', async () => {
    const evaluator = await signedInAs(world, 'admin');
    const change = await scoreChange(evaluator);
    const withoutToken = await world.app.inject({ ...change, headers: { cookie: evaluator.cookie } });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().error.code).toBe('csrf');
    const wrongToken = await clientOf(world.app, evaluator.cookie, 'x'.repeat(32)).request(change);
    expect(wrongToken.statusCode).toBe(403);
    const crossSite = await evaluator.request({ ...change, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.statusCode).toBe(403);
    const foreignOrigin = await evaluator.request({ ...change, headers: { origin: 'https://evil.example' } });
    expect(foreignOrigin.statusCode).toBe(403);
    const ok = await evaluator.request({ ...change, headers: { origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin' } });
    expect(ok.statusCode).toBe(200);
  });

  it('refuses a sign-in posted from another site (login CSRF)', async () => {
    const user = await addUser(world, 'evaluator');
    const response = await world.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { origin: 'https://evil.example' },
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(403);
    expect(response.cookies).toEqual([]);
  });

  it('never signs in from a plain-text form post (which needs no preflight)', async () => {
    const user = await addUser(world, 'evaluator');
    const response = await world.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.cookies).toEqual([]);
  });
});

describe(`sign-in limits (${testEngine})`, () => {
  const attempt = (email: string, password: string, ip: string) =>
    world.app.inject({ method: 'POST', url: '/api/session', remoteAddress: ip, payload: { email, password } });

  it('locks an account after five failures, says so, and opens again after the lock time', async () => {
    const user = await addUser(world, 'evaluator');
    const statuses = [];
    for (let index = 0; index < 5; index += 1) statuses.push((await attempt(user.email, 'fel-lösenord-igen', '10.0.0.1')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const locked = await attempt(user.email, TEST_PASSWORD, '10.0.0.2');
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('locked');
    expect(locked.json().error.message).toContain('locked after 5 failed sign-ins');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    await db().execute(sql`update login_attempts set at = at - interval '16 minutes' where email = ${user.email}`);
    expect((await attempt(user.email, TEST_PASSWORD, '10.0.0.2')).statusCode).toBe(200);
  });

  it('locks unknown addresses the same way, so locking reveals no account', async () => {
    const statuses = [];
    for (let index = 0; index < 6; index += 1) statuses.push((await attempt('finns-inte@test.kompass.invalid', 'whatever-password', '10.0.1.1')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 423, 423]);
  });

  it('rate-limits an address that fails too often, across accounts', async () => {
    const statuses = [];
    for (let index = 0; index < 13; index += 1) statuses.push((await attempt(`prov-${index}@test.kompass.invalid`, 'whatever-password', '10.0.2.1')).statusCode);
    expect(statuses.slice(0, 12).every((status) => status === 401)).toBe(true);
    expect(statuses[12]).toBe(429);
    const user = await addUser(world, 'evaluator');
    expect((await attempt(user.email, TEST_PASSWORD, '10.0.2.1')).statusCode).toBe(429);
    expect((await attempt(user.email, TEST_PASSWORD, '10.0.2.2')).statusCode).toBe(200);
    const recorded = await db().select().from(loginAttempts).where(eq(loginAttempts.ip, '10.0.2.1'));
    expect(recorded).toHaveLength(12);
  });
});

describe(`password links (${testEngine})`, () => {
  it('sets a password once; the link then stops working and old sessions end', async () => {
    const created = await admin.post('/api/users', { email: 'Ny.Person@Example.se', name: 'Ny Person', organisation: 'Kommun', role: 'evaluator' });
    expect(created.statusCode).toBe(201);
    const { user, link } = created.json();
    expect(user).toMatchObject({ email: 'ny.person@example.se', hasPassword: false });
    expect(link.url).toMatch(/\/losenord#[\w-]{40,}$/);
    const token = link.url.split('#')[1];
    expect((await world.app.inject({ method: 'POST', url: '/api/password-link', payload: { token } })).json()).toEqual({ email: 'ny.person@example.se', name: 'Ny Person' });
    const tooShort = await world.app.inject({ method: 'PUT', url: '/api/password', payload: { token, password: 'kort' } });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error.reason).toBe('too-short');
    const set = await world.app.inject({ method: 'PUT', url: '/api/password', payload: { token, password: 'ett-långt-nytt-lösenord' } });
    expect(set.statusCode).toBe(204);
    const again = await world.app.inject({ method: 'PUT', url: '/api/password', payload: { token, password: 'ett-annat-långt-lösenord' } });
    expect(again.statusCode).toBe(404);
    const client = await signIn(world.app, 'ny.person@example.se', 'ett-långt-nytt-lösenord');
    // A new link (a reset) makes the earlier unused one invalid, and using it ends the sessions.
    const record = (await findUserByEmail(db(), 'ny.person@example.se'))!;
    const older = (await createPasswordLink(db(), record, 'test', world.context.auth)).url.split('#')[1];
    const newer = (await admin.post(`/api/users/${record.id}/password-link`)).json().url.split('#')[1];
    expect((await world.app.inject({ method: 'POST', url: '/api/password-link', payload: { token: older } })).statusCode).toBe(404);
    expect((await world.app.inject({ method: 'PUT', url: '/api/password', payload: { token: newer, password: 'tredje-långa-lösenordet' } })).statusCode).toBe(204);
    expect((await client.get('/api/session')).json().user).toBeNull();
  });

  it('refuses an expired link', async () => {
    const user = await addUser(world, 'evaluator');
    const token = (await createPasswordLink(db(), user, 'test', world.context.auth)).url.split('#')[1];
    await db().execute(sql`update password_tokens set expires_at = now() - interval '1 minute' where user_id = ${user.id}`);
    const response = await world.app.inject({ method: 'PUT', url: '/api/password', payload: { token, password: 'ett-långt-nytt-lösenord' } });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toContain('Ask an administrator for a new one');
  });
});

describe(`audit trail (${testEngine})`, () => {
  it('records sign-ins, failures, sign-outs, users, permissions, links, passwords, assignments and scores', async () => {
    const evaluator = await addUser(world, 'evaluator');
    await world.app.inject({ method: 'POST', url: '/api/session', payload: { email: evaluator.email, password: 'inte-rätt-lösenord' } });
    const client = await signIn(world.app, evaluator.email);
    await client.delete('/api/session');
    const patched = await admin.patch(`/api/users/${evaluator.id}`, { version: evaluator.version, organisation: 'SKR' });
    await admin.patch(`/api/users/${evaluator.id}`, { version: patched.json().version, role: 'admin' });
    const token = (await admin.post(`/api/users/${evaluator.id}/password-link`)).json().url.split('#')[1];
    await world.app.inject({ method: 'PUT', url: '/api/password', payload: { token, password: 'ett-långt-nytt-lösenord' } });
    expect(await auditActions(evaluator.id)).toEqual([
      'session.sign-in-failed',
      'session.sign-in',
      'session.sign-out',
      'user.update',
      'user.permissions',
      'user.password-link',
      'user.password-set',
    ]);
    const [permissions] = await db().select().from(auditLog).where(sql`${auditLog.entityId} = ${evaluator.id} and ${auditLog.action} = 'user.permissions'`);
    expect(permissions).toMatchObject({ actor: expect.stringContaining('@test.kompass.invalid'), oldValue: { role: 'evaluator' }, newValue: { role: 'admin' } });

    const created = await admin.post('/api/users', { email: 'granskare@example.se', name: 'Granskare', role: 'evaluator' });
    const newUser = created.json().user;
    expect(await auditActions(newUser.id)).toEqual(['user.create', 'user.password-link']);
    const evaluationId = (await admin.post('/api/evaluations', { municipalityId: 'se-1060', frameworkId: 'kommunkompassen-2020' })).json().id;
    await admin.post(`/api/evaluations/${evaluationId}/evaluators`, { userId: newUser.id });
    await admin.delete(`/api/evaluations/${evaluationId}/evaluators/${newUser.id}`);
    const version = (await admin.get(`/api/evaluations/${evaluationId}`)).json().version;
    await admin.put(`/api/evaluations/${evaluationId}/scores`, { version, scores: [{ code: '1.1', score: 3 }] });
    const trail = (await admin.get(`/api/evaluations/${evaluationId}/audit`)).json();
    expect(trail.items.map((entry: { action: string }) => entry.action)).toEqual(['evaluation.scores.update', 'evaluation.unassign', 'evaluation.assign', 'evaluation.create']);
    expect(trail.items[0]).toMatchObject({ oldValue: { '1.1': null }, newValue: { '1.1': '3.00' } });
  });

  it('cannot be changed, not even by an administrator through the database', async () => {
    await expect(db().execute(sql`update audit_log set actor = 'someone else'`)).rejects.toThrow();
    await expect(db().execute(sql`delete from audit_log`)).rejects.toThrow();
    const methods = world.app.kompassRoutes.filter((route) => route.url.includes('audit')).map((route) => route.method);
    expect(new Set(methods)).toEqual(new Set(['GET', 'HEAD']));
  });
});

describe(`error responses (${testEngine})`, () => {
  it('never contain stack traces, SQL or file paths', async () => {
    const responses = [
      await admin.request({ method: 'POST', url: '/api/evaluations', headers: { 'content-type': 'application/json' }, payload: '{"broken' }),
      await admin.get('/api/evaluations/not-a-uuid'),
      await admin.get('/api/no-such-route'),
      await admin.post('/api/users', { email: 'ny.person@example.se', name: 'Dubblett', role: 'evaluator' }),
      await admin.patch(`/api/users/00000000-0000-4000-8000-000000000000`, { version: 1, role: 'municipality', municipalityId: 'se-9999' }),
      await admin.post('/api/evaluations', { municipalityId: 'se-9999', frameworkId: 'kommunkompassen-2020' }),
    ];
    for (const response of responses) {
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      const body = response.body;
      expect(body).not.toMatch(/\bat .+:\d+:\d+|node_modules|\/src\/|\.ts\b|select |insert into|violates|constraint/i);
      expect(response.json().error.message).toBeTruthy();
    }
  });
});
