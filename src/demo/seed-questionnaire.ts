/**
 * Seeds the demo question set (demo-question-set.ts) and the demo questionnaire
 * (demo-questionnaire.ts): the set once per database (marked `demo`), then — once — the
 * questionnaire on Olofström's draft evaluation with its respondent, answers and one small file,
 * through the questionnaires' own commands (so the demo obeys their rules and is audited like
 * real work). The set is written through versionedWrite and audited as the set's commands do.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { findUserByEmail, toSignedInUser, type UserRecord } from '../auth/users-repository.js';
import { planToday } from '../api/action-plans/queries.js';
import type { Database, Executor } from '../db/client.js';
import { evaluations, questionnaires, questionSets } from '../db/schema.js';
import { saveAnswer, sendQuestionnaire, uploadAnswerFile, type QuestionnaireEditor } from '../api/questionnaires/commands.js';
import { sendQuestionnaireSchema } from '../contract/questionnaires.js';
import type { Catalogue } from '../domain/framework.js';
import { addDays } from '../domain/municipality-home.js';
import { versionedWrite } from '../kernel/versioned-write.js';
import { DEMO_QUESTION_SET_CONTENT, DEMO_QUESTION_SET_DESCRIPTION, DEMO_QUESTION_SET_FRAMEWORK, DEMO_QUESTION_SET_TITLE } from './demo-question-set.js';
import {
  DEMO_ANSWER_FILE,
  DEMO_ANSWERS,
  DEMO_QUESTIONNAIRE_DUE_IN_DAYS,
  DEMO_QUESTIONNAIRE_MUNICIPALITY,
  DEMO_QUESTIONNAIRE_OPENED_DAYS_AGO,
  DEMO_RESPONDENT,
} from './demo-questionnaire.js';

async function findDemoSet(executor: Executor): Promise<string | null> {
  const [row] = await executor
    .select({ id: questionSets.id })
    .from(questionSets)
    .where(and(eq(questionSets.frameworkId, DEMO_QUESTION_SET_FRAMEWORK), eq(questionSets.demo, true)))
    .limit(1);
  return row?.id ?? null;
}

/** The demo set (created when the database has none); returns its id. */
export async function seedDemoQuestionSet(db: Database, actor: string): Promise<string> {
  const existing = await findDemoSet(db);
  if (existing) return existing;
  return versionedWrite(db, {
    write: async ({ tx }) => {
      const familyId = randomUUID();
      const [row] = await tx
        .insert(questionSets)
        .values({
          familyId,
          versionNo: 1,
          frameworkId: DEMO_QUESTION_SET_FRAMEWORK,
          language: 'sv',
          title: DEMO_QUESTION_SET_TITLE,
          description: DEMO_QUESTION_SET_DESCRIPTION,
          content: DEMO_QUESTION_SET_CONTENT,
          demo: true,
          createdBy: actor,
        })
        .returning({ id: questionSets.id });
      if (!row) throw new Error('Inserting the demo question set returned no row');
      const id = row.id;
      return {
        result: id,
        audit: {
          actor,
          action: 'question-set.create',
          entityType: 'question-set',
          entityId: id,
          newValue: { familyId, versionNo: 1, frameworkId: DEMO_QUESTION_SET_FRAMEWORK, language: 'sv', title: DEMO_QUESTION_SET_TITLE, demo: true },
        },
      };
    },
  });
}

/** Olofström's respondent: its demo account, made with the other demo accounts before the questionnaire. */
async function respondent(db: Database): Promise<UserRecord> {
  const found = await findUserByEmail(db, DEMO_RESPONDENT.email);
  if (!found) throw new Error(`The demo questionnaire needs the demo account ${DEMO_RESPONDENT.email}`);
  return found;
}

/** Olofström's draft evaluation in the workspace (the demo evaluators' work), or null. */
async function findDraft(db: Database): Promise<string | null> {
  const [row] = await db
    .select({ id: evaluations.id })
    .from(evaluations)
    .where(and(eq(evaluations.municipalityId, DEMO_QUESTIONNAIRE_MUNICIPALITY), eq(evaluations.origin, 'workspace'), eq(evaluations.status, 'draft')))
    .limit(1);
  return row?.id ?? null;
}

/** Who changes the questionnaire: a demo user through the app's commands. */
const editorOf = (user: UserRecord): QuestionnaireEditor => ({ principal: { kind: 'user', user: toSignedInUser(user) }, actor: user.email, userId: user.id, name: user.name });

/**
 * Sends the demo set to Olofström's draft evaluation as `sender` (its evaluator) unless it has a
 * questionnaire (loading the demo twice adds nothing), then answers part of it as the respondent,
 * all through the questionnaires' commands.
 * @returns the questionnaire's id (null when there was nothing to do)
 */
export async function seedDemoQuestionnaire(db: Database, catalogue: Catalogue, sender: UserRecord, actor = 'system:demo', today = planToday()): Promise<string | null> {
  const evaluationId = await findDraft(db);
  if (!evaluationId) return null;
  const [existing] = await db.select({ id: questionnaires.id }).from(questionnaires).where(eq(questionnaires.evaluationId, evaluationId));
  if (existing) return null;
  const questionSetId = await seedDemoQuestionSet(db, actor);
  const user = await respondent(db);
  const sent = await sendQuestionnaire(
    db,
    catalogue,
    evaluationId,
    sendQuestionnaireSchema.parse({
      questionSetId,
      opensOn: addDays(today, -DEMO_QUESTIONNAIRE_OPENED_DAYS_AGO),
      dueOn: addDays(today, DEMO_QUESTIONNAIRE_DUE_IN_DAYS),
      respondentIds: [user.id],
    }),
    editorOf(sender),
  );
  const answerer = editorOf(user);
  for (const answer of DEMO_ANSWERS) await saveAnswer(db, catalogue, sent.id, answer.questionKey, { value: answer.value, version: 0 }, answerer);
  await uploadAnswerFile(db, catalogue, sent.id, DEMO_ANSWER_FILE.questionKey, DEMO_ANSWER_FILE.fileName, Buffer.from(DEMO_ANSWER_FILE.text, 'utf8'), answerer);
  return sent.id;
}
