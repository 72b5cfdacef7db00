import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, signIn, TEST_PASSWORD } from '../../../tests/support/accounts.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { auditLog } from '../../db/schema.js';

let world: TestWorld;

beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(async () => world?.close());

const languageEntries = (userId: string) =>
  world.context.database.db
    .select({ actor: auditLog.actor, oldValue: auditLog.oldValue, newValue: auditLog.newValue })
    .from(auditLog)
    .where(and(eq(auditLog.entityId, userId), eq(auditLog.action, 'user.language')));

describe(`the signed-in user's language (${testEngine})`, () => {
  it('has none until the user chooses one, then comes with the session at every sign-in', async () => {
    const evaluator = await signedInAs(world, 'evaluator');
    expect((await evaluator.get('/api/session')).json().user.language).toBeNull();

    const chosen = await evaluator.put('/api/account/language', { language: 'nb' });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json()).toMatchObject({ id: evaluator.user.id, language: 'nb', version: evaluator.user.version });
    expect((await evaluator.get('/api/session')).json().user.language).toBe('nb');

    // Another browser: the answer to the sign-in itself carries the choice.
    const signedIn = await world.app.inject({ method: 'POST', url: '/api/session', payload: { email: evaluator.user.email, password: TEST_PASSWORD } });
    expect(signedIn.json().user.language).toBe('nb');
    const elsewhere = await signIn(world.app, evaluator.user.email);
    expect((await elsewhere.put('/api/account/language', { language: 'en' })).json().language).toBe('en');
    expect((await evaluator.get('/api/session')).json().user.language).toBe('en');
  });

  it('audits a change, and only a change', async () => {
    const user = await signedInAs(world, 'municipality', { municipalityId: 'se-2284' });
    await user.put('/api/account/language', { language: 'en' });
    await user.put('/api/account/language', { language: 'en' });
    await user.put('/api/account/language', { language: 'sv' });
    expect(await languageEntries(user.user.id)).toEqual([
      { actor: user.user.email, oldValue: { language: null }, newValue: { language: 'en' } },
      { actor: user.user.email, oldValue: { language: 'en' }, newValue: { language: 'sv' } },
    ]);
  });

  it("never conflicts with an administrator's change of the account, nor changes its version", async () => {
    const admin = await signedInAs(world, 'admin');
    const evaluator = await signedInAs(world, 'evaluator');
    await evaluator.put('/api/account/language', { language: 'nb' });
    const changed = await admin.patch(`/api/users/${evaluator.user.id}`, { version: evaluator.user.version, organisation: 'Kommunkompassen' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ language: 'nb', organisation: 'Kommunkompassen' });
  });

  it('refuses a language the app does not speak, and anyone not signed in', async () => {
    const evaluator = await signedInAs(world, 'evaluator');
    const refused = await evaluator.put('/api/account/language', { language: 'da' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].field).toBe('body.language');
    expect((await evaluator.put('/api/account/language', {})).statusCode).toBe(400);
    expect((await world.app.inject({ method: 'PUT', url: '/api/account/language', payload: { language: 'en' } })).statusCode).toBe(401);
    expect((await evaluator.get('/api/session')).json().user.language).toBeNull();
  });
});
