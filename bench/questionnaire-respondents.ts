/**
 * Respondents at once on one questionnaire over HTTP: each autosaves its own questions, one after
 * another as fast as the server answers, while two more sessions save the SAME question with the
 * version they last read (taking the current version from a 409 and saving again, as the conflict
 * view's merge does). At the end every respondent's last accepted value must be what the server
 * holds and no 409 may have hit an own question (a lost or phantom update); otherwise it throws.
 */
import { isDeepStrictEqual } from 'node:util';
import type { AnswerValue, QuestionSetContent, QuestionType } from '../src/domain/question-set-values.js';
import { headersOf, summary, type Session } from './http-session.js';

export interface AnsweringView {
  id: string;
  evaluationId: string;
  content: QuestionSetContent;
  answers: Array<{ questionKey: string; value: unknown; version: number }>;
  files: Array<{ questionKey: string }>;
  progress: { visible: number; answered: number };
}

export async function readQuestionnaire(baseUrl: string, session: Session, id: string): Promise<AnsweringView> {
  const response = await fetch(`${baseUrl}/api/questionnaires/${id}`, { headers: headersOf(session) });
  if (response.status !== 200) throw new Error(`reading questionnaire ${id}: ${response.status} ${await response.text()}`);
  return (await response.json()) as AnsweringView;
}

/** A value of the question's type that differs from save to save (as far as the type allows). */
export function valueFor(type: QuestionType, optionKeys: readonly string[], who: number, save: number): AnswerValue {
  switch (type) {
    case 'text':
    case 'documents':
      return `Svar från respondent ${who}, sparning ${save}. ${'Vi arbetar med detta. '.repeat(10)}`;
    case 'yes_no':
      return save % 2 === 0 ? 'yes' : 'no';
    case 'single_choice':
      return optionKeys[save % optionKeys.length]!;
    case 'multiple_choice': {
      // A non-empty subset (an empty list would not count as answered).
      const chosen = optionKeys.filter((_, index) => ((save + 1) >> index) & 1);
      return chosen.length > 0 ? chosen : optionKeys.slice(0, 1);
    }
    case 'number':
      return who * 100_000 + save;
    case 'date':
      return new Date(Date.UTC(2026, 0, 1) + save * 86_400_000).toISOString().slice(0, 10);
    case 'links':
      return [{ url: `https://example.org/respondent-${who}/${save}`, title: `Sparning ${save}` }];
  }
}

interface Saved {
  value: AnswerValue;
  version: number;
}

interface Tally {
  roundTrips: number[];
  accepted: number;
  conflicts: number;
  errors: string[];
}

/**
 * One writer: saves `keys` round robin until the deadline. Returns what it last had accepted per
 * question. `retryStale` (the shared question) takes the version from a 409 and saves again.
 */
async function writer(
  url: (key: string) => string,
  session: Session,
  questions: ReadonlyMap<string, { type: QuestionType; optionKeys: string[] }>,
  keys: readonly string[],
  who: number,
  versions: Map<string, number>,
  deadline: number,
  tally: Tally,
  accepted: Map<string, Saved[]>,
): Promise<void> {
  for (let save = 0; performance.now() < deadline; save += 1) {
    const key = keys[save % keys.length]!;
    const question = questions.get(key)!;
    const value = valueFor(question.type, question.optionKeys, who, save);
    const began = performance.now();
    const response = await fetch(url(key), { method: 'PUT', headers: headersOf(session), body: JSON.stringify({ value, version: versions.get(key) ?? 0 }) });
    const answer = (await response.json()) as { version?: number; error?: { currentVersion?: number } };
    tally.roundTrips.push(performance.now() - began);
    if (response.status === 200 && answer.version !== undefined) {
      tally.accepted += 1;
      versions.set(key, answer.version);
      accepted.set(key, [...(accepted.get(key) ?? []), { value, version: answer.version }].slice(-4));
    } else if (response.status === 409 && answer.error?.currentVersion !== undefined) {
      tally.conflicts += 1;
      versions.set(key, answer.error.currentVersion);
    } else {
      tally.errors.push(`${response.status} on ${key}: ${JSON.stringify(answer).slice(0, 200)}`);
    }
  }
}

const newTally = (): Tally => ({ roundTrips: [], accepted: 0, conflicts: 0, errors: [] });

/**
 * `sessions` (one per respondent) save their own share of the questionnaire's questions for
 * `seconds`; `shared` (two sessions of respondents) save `sharedKey` at the same time.
 */
export async function benchRespondents(baseUrl: string, id: string, sessions: readonly Session[], shared: readonly [Session, Session], sharedKey: string, seconds: number) {
  const before = await readQuestionnaire(baseUrl, sessions[0]!, id);
  const questions = new Map(before.content.sections.flatMap((section) => section.questions.map((question) => [question.key, { type: question.type, optionKeys: question.options.map((option) => option.key) }] as const)));
  if (!questions.has(sharedKey)) throw new Error(`the questionnaire has no question ${sharedKey}`);
  const ownKeys = [...questions.keys()].filter((key) => key !== sharedKey);
  const shares = sessions.map((_, index) => ownKeys.filter((_, position) => position % sessions.length === index));
  if (shares.some((share) => share.length === 0)) throw new Error(`${sessions.length} respondents need at least as many questions (the set has ${ownKeys.length} besides the shared one)`);
  const start = new Map(before.answers.map((answer) => [answer.questionKey, answer.version]));
  const url = (key: string) => `${baseUrl}/api/questionnaires/${id}/answers/${encodeURIComponent(key)}`;

  const own = newTally();
  const contested = newTally();
  const ownAccepted = sessions.map(() => new Map<string, Saved[]>());
  const sharedAccepted = shared.map(() => new Map<string, Saved[]>());
  const deadline = performance.now() + seconds * 1000;
  const began = performance.now();
  await Promise.all([
    ...sessions.map((session, index) => writer(url, session, questions, shares[index]!, index, new Map(start), deadline, own, ownAccepted[index]!)),
    ...shared.map((session, index) => writer(url, session, questions, [sharedKey], 1000 + index, new Map(start), deadline, contested, sharedAccepted[index]!)),
  ]);
  const elapsed = (performance.now() - began) / 1000;

  // No lost update: the server holds each respondent's last accepted save, and of the shared
  // question the save it accepted last (the highest version either writer was given).
  const after = await readQuestionnaire(baseUrl, sessions[0]!, id);
  const held = new Map(after.answers.map((answer) => [answer.questionKey, answer]));
  const lost: string[] = [];
  const check = (key: string, last: Saved | undefined, whose: string) => {
    if (!last) return;
    const server = held.get(key);
    if (!server || server.version !== last.version || !isDeepStrictEqual(server.value, last.value)) {
      lost.push(`${key} (${whose}): last accepted v${last.version} ${JSON.stringify(last.value).slice(0, 60)}, server holds v${server?.version} ${JSON.stringify(server?.value).slice(0, 60)}`);
    }
  };
  ownAccepted.forEach((accepted, index) => accepted.forEach((saves, key) => check(key, saves.at(-1), `respondent ${index}`)));
  const sharedLast = sharedAccepted.flatMap((accepted) => accepted.get(sharedKey) ?? []).sort((a, b) => b.version - a.version)[0];
  check(sharedKey, sharedLast, 'shared');

  const all = [...own.roundTrips, ...contested.roundTrips];
  const result = {
    respondents: sessions.length,
    questionsEach: shares.map((share) => share.length),
    sharedQuestion: sharedKey,
    seconds: Math.round(elapsed * 10) / 10,
    saves: all.length,
    acceptedPerSecond: Math.round((own.accepted + contested.accepted) / elapsed),
    latencyMs: summary(all),
    ownQuestions: { accepted: own.accepted, conflicts409: own.conflicts, errors: own.errors.length, latencyMs: summary(own.roundTrips) },
    sharedQuestionTwoWriters: { accepted: contested.accepted, conflicts409: contested.conflicts, errors: contested.errors.length, latencyMs: summary(contested.roundTrips) },
    lostUpdates: lost.length,
  };
  const failures = [
    ...lost.map((line) => `lost update: ${line}`),
    ...(own.conflicts > 0 ? [`${own.conflicts} 409s on questions only one respondent saves`] : []),
    ...[...own.errors, ...contested.errors].slice(0, 5).map((line) => `error: ${line}`),
  ];
  if (failures.length > 0) throw new Error(`QUESTIONNAIRE RESPONDENTS BENCH FAILED (${JSON.stringify(result)}):\n${failures.join('\n')}`);
  return result;
}
