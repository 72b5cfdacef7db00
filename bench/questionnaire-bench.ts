/**
 * The pre-visit questionnaire against the running app in demo mode:
 * 1. question set files: the largest set (QUESTIONS_MAX questions) exported and imported as JSON
 *    and XLSX, timed, each import identical to the set (questionnaire-set-files.ts);
 * 2. respondents at once on Olofström's demo questionnaire: the demo respondent and invited ones
 *    (accounts made through the team's invitation, passwords set through its one-time link), each
 *    autosaving their own questions flat out, and two sessions saving one shared question with
 *    versions: saves/s, latency, 409s, and no lost update (questionnaire-respondents.ts);
 * 3. its Word and ZIP export with every question answered and uploaded documents: time and the
 *    server's RSS growth (questionnaire-export.ts).
 * Throws (failing `npm run bench`) on a lossy round trip, a lost update or an unexpected error.
 *
 * Sizes: BENCH_QN_RESPONDENTS (8), BENCH_QN_SECONDS (20; 3 when CI=true), BENCH_QN_FILES (20 of
 * 1 MB), BENCH_QN_RUNS (3 exports and imports each; 1 when CI=true).
 * Alone (builds the server if changed, starts it on a fresh data directory): `npm run bench:questionnaire`.
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { DEMO_RESPONDENT } from '../src/demo/demo-questionnaire.js';
import { headersOf, signIn, type Session } from './http-session.js';
import { benchQuestionnaireExport } from './questionnaire-export.js';
import { benchRespondents } from './questionnaire-respondents.js';
import { benchQuestionSetFiles } from './questionnaire-set-files.js';
import { startApp, stopApp } from './tails-bench.js';

const ci = process.env.CI === 'true';
const numberFrom = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
/** The question the two extra sessions both save (a text question of the demo set). */
const SHARED_QUESTION = '8.3';
const PASSWORD = 'bench-respondent-lösenord';

const accountOf = (role: string) => DEMO_ACCOUNTS.find((entry) => entry.role === role && (role !== 'municipality' || entry.email === DEMO_RESPONDENT.email))!;

/** Invites a new respondent as the team and sets its password through the invitation's one-time link. */
async function invitedRespondent(baseUrl: string, team: Session, evaluationId: string, index: number): Promise<{ email: string }> {
  const email = `bench-${index}-${randomUUID().slice(0, 8)}@bench.kompass.invalid`;
  const invited = await fetch(`${baseUrl}/api/evaluations/${evaluationId}/questionnaire/respondents`, {
    method: 'POST',
    headers: headersOf(team),
    body: JSON.stringify({ name: `Respondent ${index}`, email }),
  });
  if (invited.status !== 201) throw new Error(`inviting ${email}: ${invited.status} ${await invited.text()}`);
  const { invitation } = (await invited.json()) as { invitation: { url: string | null } };
  const token = invitation.url?.split('#')[1];
  if (!token) throw new Error(`the invitation of ${email} came without a password link`);
  const set = await fetch(`${baseUrl}/api/password`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, password: PASSWORD }) });
  if (set.status !== 204) throw new Error(`setting the password of ${email}: ${set.status} ${await set.text()}`);
  return { email };
}

export async function benchQuestionnaire(baseUrl: string, serverPid: number) {
  const respondents = numberFrom('BENCH_QN_RESPONDENTS', 8);
  const seconds = numberFrom('BENCH_QN_SECONDS', ci ? 3 : 20);
  const files = numberFrom('BENCH_QN_FILES', 20);
  const runs = numberFrom('BENCH_QN_RUNS', ci ? 1 : 3);
  const admin = accountOf('admin');
  const team = await signIn(baseUrl, admin.email, admin.password);

  const setFiles = await benchQuestionSetFiles(baseUrl, team, runs);
  console.log(`Questionnaire, set files: ${JSON.stringify(setFiles)}`);

  const demoRespondent = accountOf('municipality');
  const first = await signIn(baseUrl, demoRespondent.email, demoRespondent.password);
  const mine = (await (await fetch(`${baseUrl}/api/questionnaires/mine`, { headers: headersOf(first) })).json()) as { items: Array<{ id: string; evaluationId: string }> };
  const questionnaire = mine.items[0];
  if (!questionnaire) throw new Error(`the demo respondent ${demoRespondent.email} has no questionnaire: is the demo loaded?`);
  const sessions: Session[] = [first];
  const accounts = [{ email: demoRespondent.email, password: demoRespondent.password }];
  for (let index = 1; index < respondents; index += 1) {
    const { email } = await invitedRespondent(baseUrl, team, questionnaire.evaluationId, index);
    accounts.push({ email, password: PASSWORD });
    sessions.push(await signIn(baseUrl, email, PASSWORD));
  }
  // The shared question's writers: the first two respondents (the same one twice when alone),
  // each in a session of its own beside their own autosaving, as a second browser tab would be.
  const one = accounts[0]!;
  const two = accounts[1] ?? one;
  const shared: [Session, Session] = [await signIn(baseUrl, one.email, one.password), await signIn(baseUrl, two.email, two.password)];
  const atOnce = await benchRespondents(baseUrl, questionnaire.id, sessions, shared, SHARED_QUESTION, seconds);
  console.log(`Questionnaire, respondents at once: ${JSON.stringify(atOnce)}`);

  const exported = await benchQuestionnaireExport(baseUrl, first, team, questionnaire.id, questionnaire.evaluationId, serverPid, { files, fileBytes: 2 ** 20, runs });
  console.log(`Questionnaire, export: ${JSON.stringify(exported)}`);
  return { setFiles, respondentsAtOnce: atOnce, export: exported, ...(ci ? { size: 'reduced (CI=true)' } : {}) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const app = await startApp();
  try {
    console.log(JSON.stringify(await benchQuestionnaire(app.baseUrl, app.child.pid!), null, 2));
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await stopApp(app);
  }
}
