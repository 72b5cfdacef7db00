/**
 * Several app processes on one PostgreSQL database, as in production behind a reverse proxy:
 * a report job started on one process is followed and downloaded on the other; a sign-out and a
 * permission change on one hold on the other at once (sessions are cached per process); and no
 * cached read on one process is ever stale after a change answered by the other (the read cache
 * follows the database's epoch). PostgreSQL only: skipped without TEST_DATABASE_URL.
 */
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraft, headersOf, signIn, type Session } from '../bench/http-session.js';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { createThrowawayDatabase, startApp, stopApp, type AppProcess } from './support/app-process.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const account = (role: string, index = 0) => DEMO_ACCOUNTS.filter((entry) => entry.role === role)[index]!;

let a: AppProcess;
let b: AppProcess;
let dropDatabase: (() => Promise<void>) | undefined;
let admin: Session;

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

async function publishedEvaluationId(baseUrl: string): Promise<string> {
  const list = await json<{ items: Array<{ id: string }> }>(await fetch(`${baseUrl}/api/evaluations?municipality=se-2029`));
  return list.items[0]!.id;
}

/** Asks for a new draft (a change that needs a signed-in evaluator or administrator). */
const createDraftOn = (baseUrl: string, session: Session) =>
  fetch(`${baseUrl}/api/evaluations`, {
    method: 'POST',
    headers: headersOf(session),
    body: JSON.stringify({ municipalityId: 'se-0114', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-06' }),
  });

beforeAll(async () => {
  if (!serverUrl) return;
  const database = await createThrowawayDatabase(serverUrl, 'kompass_multi');
  dropDatabase = database.drop;
  // The first migrates and loads the demo; the second starts on the ready database.
  a = await startApp({ databaseUrl: database.url, entry: 'source' });
  b = await startApp({ databaseUrl: database.url, entry: 'source' });
  admin = await signIn(a.baseUrl, account('admin').email, account('admin').password);
}, 240_000);

afterAll(async () => {
  for (const app of [a, b]) if (app) await stopApp(app);
  await dropDatabase?.();
});

const title = `two app processes on one PostgreSQL database${serverUrl ? '' : ' (skipped: PostgreSQL only, set TEST_DATABASE_URL)'}`;

describe.skipIf(!serverUrl)(title, () => {
  it('follows a Word report job started on one process to its file on the other', { timeout: 120_000 }, async () => {
    const id = await publishedEvaluationId(a.baseUrl);
    const started = await json<{ job: { id: string } }>(
      await fetch(`${a.baseUrl}/api/evaluations/${id}/report-jobs`, { method: 'POST', headers: headersOf(admin), body: JSON.stringify({ format: 'docx' }) }),
    );
    let status = 'queued';
    for (let poll = 0; poll < 600 && (status === 'queued' || status === 'running'); poll += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await json<{ status: string }>(await fetch(`${b.baseUrl}/api/report-jobs/${started.job.id}`, { headers: headersOf(admin) }))).status;
    }
    expect(status).toBe('done');
    const fromB = await fetch(`${b.baseUrl}/api/report-jobs/${started.job.id}/file`, { headers: headersOf(admin) });
    expect(fromB.status).toBe(200);
    const fileB = new Uint8Array(await fromB.arrayBuffer());
    const fileA = new Uint8Array(await (await fetch(`${a.baseUrl}/api/report-jobs/${started.job.id}/file`, { headers: headersOf(admin) })).arrayBuffer());
    expect(Buffer.from(fileB).equals(Buffer.from(fileA))).toBe(true);
    // A Word document: a ZIP with the main document part.
    expect(Object.keys(unzipSync(fileB))).toContain('word/document.xml');
    // Another user does not see the job on either process.
    const other = await signIn(b.baseUrl, account('evaluator').email, account('evaluator').password);
    expect((await fetch(`${b.baseUrl}/api/report-jobs/${started.job.id}`, { headers: headersOf(other) })).status).toBe(404);
  });

  it('refuses a session at once on the other process after its sign-out', async () => {
    const evaluator = await signIn(a.baseUrl, account('evaluator').email, account('evaluator').password);
    // B serves the session (and keeps it in its cache) before the sign-out.
    for (let read = 0; read < 3; read += 1) {
      const session = await json<{ user: { email: string } | null }>(await fetch(`${b.baseUrl}/api/session`, { headers: headersOf(evaluator) }));
      expect(session.user?.email).toBe(account('evaluator').email);
      expect((await fetch(`${b.baseUrl}/api/evaluations?status=draft`, { headers: headersOf(evaluator) })).status).toBe(200);
    }
    expect((await fetch(`${a.baseUrl}/api/session`, { method: 'DELETE', headers: { cookie: evaluator.cookie, 'x-csrf-token': evaluator.csrfToken } })).status).toBe(204);
    const after = await json<{ user: unknown }>(await fetch(`${b.baseUrl}/api/session`, { headers: headersOf(evaluator) }));
    expect(after.user).toBeNull();
    // A change with the ended session is refused on B.
    expect((await createDraftOn(b.baseUrl, evaluator)).status).toBe(401);
  });

  it('applies a permission change made on one process on the other at once', async () => {
    const email = account('evaluator', 1).email;
    const evaluator = await signIn(b.baseUrl, email, account('evaluator', 1).password);
    const users = await json<{ items: Array<{ id: string; email: string; version: number }> }>(await fetch(`${a.baseUrl}/api/users`, { headers: headersOf(admin) }));
    const user = users.items.find((entry) => entry.email === email)!;
    // Cached on B: the evaluator's own draft, read as the evaluator.
    const draftId = await createDraft(b.baseUrl, evaluator);
    for (let read = 0; read < 3; read += 1) expect((await fetch(`${b.baseUrl}/api/evaluations/${draftId}`, { headers: headersOf(evaluator) })).status).toBe(200);
    const disabled = await json<{ version: number }>(
      await fetch(`${a.baseUrl}/api/users/${user.id}`, { method: 'PATCH', headers: headersOf(admin), body: JSON.stringify({ version: user.version, disabled: true }) }),
    );
    // Disabled on A: B no longer lets the session in.
    const session = await json<{ user: unknown }>(await fetch(`${b.baseUrl}/api/session`, { headers: headersOf(evaluator) }));
    expect(session.user).toBeNull();
    expect((await createDraftOn(b.baseUrl, evaluator)).status).toBe(401);
    expect((await fetch(`${b.baseUrl}/api/evaluations/${draftId}`, { headers: headersOf(evaluator) })).status).not.toBe(200);
    // Enabled again, and made a municipality user instead: B applies the new role at once.
    await json(await fetch(`${a.baseUrl}/api/users/${user.id}`, { method: 'PATCH', headers: headersOf(admin), body: JSON.stringify({ version: disabled.version, disabled: false }) }));
    const again = await signIn(b.baseUrl, email, account('evaluator', 1).password);
    expect((await fetch(`${b.baseUrl}/api/evaluations/${draftId}`, { headers: headersOf(again) })).status).toBe(200);
    const current = (await json<{ items: Array<{ id: string; version: number }> }>(await fetch(`${a.baseUrl}/api/users`, { headers: headersOf(admin) }))).items.find((entry) => entry.id === user.id)!;
    await json(
      await fetch(`${a.baseUrl}/api/users/${user.id}`, {
        method: 'PATCH',
        headers: headersOf(admin),
        body: JSON.stringify({ version: current.version, role: 'municipality', municipalityId: 'se-0114' }),
      }),
    );
    const asMunicipality = await json<{ user: { role: string } | null }>(await fetch(`${b.baseUrl}/api/session`, { headers: headersOf(again) }));
    // A change of role ends the user's sessions: B no longer knows the session either.
    expect(asMunicipality.user).toBeNull();
    const asNew = await signIn(b.baseUrl, email, account('evaluator', 1).password);
    expect((await json<{ user: { role: string } }>(await fetch(`${b.baseUrl}/api/session`, { headers: headersOf(asNew) }))).user.role).toBe('municipality');
    // A draft is no municipality user's to read or write.
    expect((await fetch(`${b.baseUrl}/api/evaluations/${draftId}`, { headers: headersOf(asNew) })).status).not.toBe(200);
    const write = await fetch(`${b.baseUrl}/api/evaluations/${draftId}/summary`, { method: 'PUT', headers: headersOf(asNew), body: JSON.stringify({ version: 1, text: 'x' }) });
    expect([401, 403, 404]).toContain(write.status);
  });

  it('never serves a stale cached read on one process after a change answered by the other', { timeout: 120_000 }, async () => {
    const draftId = await createDraft(a.baseUrl, admin);
    const adminOnB = await signIn(b.baseUrl, account('admin').email, account('admin').password);
    const readB = async () => json<{ summaryComments: string | null }>(await fetch(`${b.baseUrl}/api/evaluations/${draftId}`, { headers: headersOf(adminOnB) }));
    const publicList = async () => json<{ items: unknown[] }>(await fetch(`${b.baseUrl}/api/evaluations`));
    await readB();
    await readB();
    const publishedBefore = (await publicList()).items.length;
    let version = 1;
    let stale = 0;
    const pairs = 50;
    for (let pair = 0; pair < pairs; pair += 1) {
      const text = `Sammanfattning ${pair}`;
      const saved = await json<{ version: number }>(
        await fetch(`${a.baseUrl}/api/evaluations/${draftId}/summary`, { method: 'PUT', headers: headersOf(admin), body: JSON.stringify({ version, text }) }),
      );
      version = saved.version;
      if ((await readB()).summaryComments !== text) stale += 1;
    }
    expect(stale).toBe(0);
    // The public list on B is cached too, and is unchanged by a draft's texts.
    expect((await publicList()).items.length).toBe(publishedBefore);
  });

  it('lets the other process use a model version at once after it was published on one', { timeout: 60_000 }, async () => {
    const id = 'kommunkompassen-2032';
    const title = { sv: 'Kommunkompassen 2032', en: 'Municipal Compass 2032', nb: 'Kommunekompasset 2032' };
    const evaluation = (baseUrl: string) =>
      fetch(`${baseUrl}/api/evaluations`, { method: 'POST', headers: headersOf(admin), body: JSON.stringify({ municipalityId: 'se-0114', frameworkId: id, fieldworkStart: '2032-03' }) });
    // B knows the model first as a draft it cannot use.
    const draft = await json<{ version: number }>(await fetch(`${a.baseUrl}/api/framework-versions`, { method: 'POST', headers: headersOf(admin), body: JSON.stringify({ basedOn: 'kommunkompassen-2020', id, title }) }));
    expect((await fetch(`${b.baseUrl}/api/frameworks/${id}`)).status).toBe(404);
    expect((await evaluation(b.baseUrl)).status).toBe(400);
    await json(await fetch(`${a.baseUrl}/api/framework-versions/${id}/publish`, { method: 'POST', headers: headersOf(admin), body: JSON.stringify({ version: draft.version }) }));
    const onB = await fetch(`${b.baseUrl}/api/frameworks/${id}`);
    expect(onB.status).toBe(200);
    expect(await onB.json()).toMatchObject({ id, max: 800 });
    expect((await evaluation(b.baseUrl)).status).toBe(201);
  });
});
