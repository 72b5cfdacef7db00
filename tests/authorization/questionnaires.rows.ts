/**
 * Matrix rows of the questionnaires (src/api/questionnaires). The team's routes follow the
 * workspace rule; the respondents' routes admit the questionnaire's respondents (A's municipality
 * user for A's evaluations, B's for B's draft), read-only its team and the administrators (403 on
 * a change), and answer 404 to anyone else. Each evaluation gets a questionnaire of a set written
 * straight into the database (the published one's too, as no route may change it).
 */
import { and, eq } from 'drizzle-orm';
import { insertAnswerFile } from '../../src/api/questionnaires/repository.js';
import { evidenceItems, questionnaireAnswers, questionnaires } from '../../src/db/schema.js';
import { insertQuestionnaire, insertQuestionSet, municipalityUserIds } from '../support/question-sets.js';
import { only, perEvaluation, type Case, type Expected, type Target, type World } from './kit.js';

/** Workspace access with the status an allowed role gets; on a published evaluation only admins pass, and get `published`. */
const workspace = (status: number, published: number = status): Record<Target, Expected> => ({
  draft: only({ admin: status, evaluator: status }, { public: 404, others: 404 }),
  factCheck: only({ admin: status, evaluator: status, municipality: 403 }, { public: 404, others: 404 }),
  published: only({ admin: published }, { public: 401, others: 403 }),
  otherDraft: only({ admin: status, otherEvaluator: status }, { public: 404, others: 404 }),
});

/**
 * The respondents' routes: `respondent` for the questionnaire's respondent (`published` where the
 * evaluation is locked), `team` for its evaluation's team and the administrators.
 */
const respondents = (respondent: number, team: number, published: number = respondent): Record<Target, Expected> => ({
  draft: only({ admin: team, evaluator: team, municipality: respondent }, { public: 401, others: 404 }),
  factCheck: only({ admin: team, evaluator: team, municipality: respondent }, { public: 401, others: 404 }),
  published: only({ admin: team, municipality: published }, { public: 401, others: 404 }),
  otherDraft: only({ admin: team, otherEvaluator: team, otherMunicipality: respondent }, { public: 401, others: 404 }),
});

const municipalityOf = (target: Target) => (target === 'otherDraft' ? 'se-1060' : 'se-2284');
const questionnaireUrl = (world: World, target: Target) => `/api/evaluations/${world.ids[target]}/questionnaire`;

const sets = new WeakMap<World, Promise<string>>();
function setOf(world: World): Promise<string> {
  if (!sets.has(world)) sets.set(world, insertQuestionSet(world.db).then((set) => set.id));
  return sets.get(world)!;
}

/** The target evaluation's questionnaire, open (sent or written in the first time), read fresh. */
async function openQuestionnaire(world: World, target: Target): Promise<{ id: string; version: number }> {
  const evaluationId = world.ids[target];
  let [row] = await world.db.select().from(questionnaires).where(eq(questionnaires.evaluationId, evaluationId));
  if (!row) {
    const setId = await setOf(world);
    const respondentIds = await municipalityUserIds(world.db, municipalityOf(target));
    if (target === 'published') {
      await insertQuestionnaire(world.db, evaluationId, setId, respondentIds);
    } else {
      const sent = await world.admin.post(questionnaireUrl(world, target), { questionSetId: setId, opensOn: '2020-01-01', dueOn: '2099-12-31', respondentIds });
      if (sent.statusCode !== 201) throw new Error(`Preparing a questionnaire failed: ${sent.statusCode} ${sent.body}`);
    }
    [row] = await world.db.select().from(questionnaires).where(eq(questionnaires.evaluationId, evaluationId));
  }
  if (row!.status !== 'open') {
    [row] = await world.db.update(questionnaires).set({ status: 'open', submittedAt: null, submittedBy: null }).where(eq(questionnaires.id, row!.id)).returning();
  }
  return { id: row!.id, version: row!.version };
}

async function submitted(world: World, target: Target): Promise<{ version: number }> {
  const { id } = await openQuestionnaire(world, target);
  const [row] = await world.db.update(questionnaires).set({ status: 'submitted', submittedAt: new Date(), submittedBy: 'test' }).where(eq(questionnaires.id, id)).returning();
  return { version: row!.version };
}

/** The questionnaire with an answer to 1.1 and no evidence made from it yet. */
async function answeredAndUnlinked(world: World, target: Target): Promise<void> {
  const { id } = await openQuestionnaire(world, target);
  await world.db.insert(questionnaireAnswers).values({ questionnaireId: id, questionKey: '1.1', value: 'yes', updatedBy: 'test', updatedByName: 'Test' }).onConflictDoNothing();
  await world.db.delete(evidenceItems).where(and(eq(evidenceItems.evaluationId, world.ids[target]), eq(evidenceItems.answerRef, '1.1')));
}

async function freshFile(world: World, target: Target): Promise<{ questionnaireId: string; fileId: string }> {
  const { id } = await openQuestionnaire(world, target);
  const file = await insertAnswerFile(world.db, {
    questionnaireId: id,
    questionKey: '2.1',
    fileName: 'budget.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 8,
    sha256: '0'.repeat(64),
    content: Buffer.from('%PDF-1.7'),
    uploadedBy: 'test',
    uploadedByName: 'Test',
  });
  return { questionnaireId: id, fileId: file.id };
}

/** The current version of the answer to 1.3 (0 when none). */
async function answerVersion(world: World, questionnaireId: string): Promise<number> {
  const [row] = await world.db
    .select({ version: questionnaireAnswers.version })
    .from(questionnaireAnswers)
    .where(and(eq(questionnaireAnswers.questionnaireId, questionnaireId), eq(questionnaireAnswers.questionKey, '1.3')));
  return row?.version ?? 0;
}

let invited = 0;

export const QUESTIONNAIRE_ROWS: Record<string, Case[]> = {
  'GET /api/evaluations/:id/questionnaire': perEvaluation((target) => ({
    request: async (world) => {
      await openQuestionnaire(world, target);
      return { method: 'GET', url: questionnaireUrl(world, target) };
    },
    expected: workspace(200)[target],
  })),
  'POST /api/evaluations/:id/questionnaire': perEvaluation((target) => ({
    request: async (world) => {
      await openQuestionnaire(world, target);
      return { method: 'POST', url: questionnaireUrl(world, target), payload: { questionSetId: await setOf(world), opensOn: '2020-01-01', dueOn: '2099-12-31', respondentIds: [] } };
    },
    // Every evaluation has its questionnaire already: those who may send one are told so (the published one is locked).
    expected: workspace(409)[target],
  })),
  'PATCH /api/evaluations/:id/questionnaire': perEvaluation((target) => ({
    request: async (world) => {
      const { version } = await openQuestionnaire(world, target);
      const respondentIds = await municipalityUserIds(world.db, municipalityOf(target));
      return { method: 'PATCH', url: questionnaireUrl(world, target), payload: { version, opensOn: '2020-01-01', dueOn: '2099-06-30', respondentIds } };
    },
    expected: workspace(200, 409)[target],
  })),
  'POST /api/evaluations/:id/questionnaire/respondents': perEvaluation((target) => ({
    request: async (world) => {
      await openQuestionnaire(world, target);
      invited += 1;
      return { method: 'POST', url: `${questionnaireUrl(world, target)}/respondents`, payload: { name: 'Ny Svarande', email: `svarande-${invited}@kommun.example` } };
    },
    expected: workspace(201, 409)[target],
  })),
  'POST /api/evaluations/:id/questionnaire/reopen': perEvaluation((target) => ({
    request: async (world) => {
      const { version } = await submitted(world, target);
      return { method: 'POST', url: `${questionnaireUrl(world, target)}/reopen`, payload: { version } };
    },
    expected: workspace(200, 409)[target],
  })),
  'GET /api/evaluations/:id/questionnaire/answers': perEvaluation((target) => ({
    request: async (world) => {
      await openQuestionnaire(world, target);
      return { method: 'GET', url: `${questionnaireUrl(world, target)}/answers?unit=1.1` };
    },
    expected: workspace(200)[target],
  })),
  'POST /api/evaluations/:id/questionnaire/answers/:questionKey/evidence': perEvaluation((target) => ({
    request: async (world) => {
      await answeredAndUnlinked(world, target);
      return { method: 'POST', url: `${questionnaireUrl(world, target)}/answers/1.1/evidence`, payload: { fileId: null } };
    },
    expected: workspace(201, 409)[target],
  })),
  'GET /api/questionnaires/mine': [{ name: 'any signed-in user', request: async () => ({ method: 'GET', url: '/api/questionnaires/mine' }), expected: only({}, { public: 401, others: 200 }) }],
  'GET /api/questionnaires/:questionnaireId': perEvaluation((target) => ({
    request: async (world) => ({ method: 'GET', url: `/api/questionnaires/${(await openQuestionnaire(world, target)).id}` }),
    expected: respondents(200, 200)[target],
  })),
  'PUT /api/questionnaires/:questionnaireId/answers/:questionKey': perEvaluation((target) => ({
    request: async (world) => {
      const { id } = await openQuestionnaire(world, target);
      return { method: 'PUT', url: `/api/questionnaires/${id}/answers/1.3`, payload: { value: ['web'], version: await answerVersion(world, id) } };
    },
    // A published evaluation is locked: its respondents can no longer change their answers.
    expected: respondents(200, 403, 409)[target],
  })),
  'POST /api/questionnaires/:questionnaireId/answers/:questionKey/files': perEvaluation((target) => ({
    request: async (world) => ({
      method: 'POST',
      url: `/api/questionnaires/${(await openQuestionnaire(world, target)).id}/answers/2.1/files?filename=budget.pdf`,
      headers: { 'content-type': 'application/pdf' },
      payload: Buffer.from('%PDF-1.7 budget'),
    }),
    expected: respondents(201, 403, 409)[target],
  })),
  'DELETE /api/questionnaires/:questionnaireId/files/:fileId': perEvaluation((target) => ({
    request: async (world) => {
      const { questionnaireId, fileId } = await freshFile(world, target);
      return { method: 'DELETE', url: `/api/questionnaires/${questionnaireId}/files/${fileId}` };
    },
    expected: respondents(204, 403, 409)[target],
  })),
  'GET /api/questionnaires/:questionnaireId/files/:fileId': perEvaluation((target) => ({
    request: async (world) => {
      const { questionnaireId, fileId } = await freshFile(world, target);
      return { method: 'GET', url: `/api/questionnaires/${questionnaireId}/files/${fileId}` };
    },
    expected: respondents(200, 200)[target],
  })),
  'POST /api/questionnaires/:questionnaireId/submit': perEvaluation((target) => ({
    request: async (world) => {
      const { id, version } = await openQuestionnaire(world, target);
      // The required questions: 1.1 answered "no" hides its required follow-up.
      await world.db.insert(questionnaireAnswers).values({ questionnaireId: id, questionKey: '1.1', value: 'no', updatedBy: 'test', updatedByName: 'Test' }).onConflictDoUpdate({
        target: [questionnaireAnswers.questionnaireId, questionnaireAnswers.questionKey],
        set: { value: 'no' },
      });
      return { method: 'POST', url: `/api/questionnaires/${id}/submit`, payload: { version } };
    },
    expected: respondents(200, 403, 409)[target],
  })),
};
