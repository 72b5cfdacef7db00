/**
 * Reading questionnaires: who may read one (its respondents answer it; its evaluation's team and
 * the administrators read it; anyone else gets 404), the questionnaire as the team and as the
 * respondents see it, one's own list, the answers per question and a file's bytes.
 */
import { canOnEvaluation, isEditableStatus, type Principal } from '../../domain/access.js';
import { frameworkOf, localise, type Catalogue } from '../../domain/framework.js';
import type { Database, Executor } from '../../db/client.js';
import { findEvaluationRef } from '../../db/evaluation-ref.js';
import { notFound } from '../../kernel/errors.js';
import { planToday } from '../action-plans/queries.js';
import { presentAnsweringQuestionnaire, presentMyQuestionnaire, presentTeamAnswers, presentTeamQuestionnaire, type QuestionnaireBundle } from './presenter.js';
import {
  findQuestionnaire,
  findQuestionnaireEvaluation,
  findQuestionnaireOfEvaluation,
  findQuestionSet,
  findUserName,
  isRespondent,
  listAnswerEvidence,
  listAnswerFiles,
  listAnswers,
  listMunicipalityUsers,
  listQuestionnairesOfRespondent,
  listRespondents,
  readAnswerFile,
  type QuestionnaireRow,
} from './repository.js';
import type { AnsweringQuestionnaire, MyQuestionnaire, TeamAnswer, TeamQuestionnaire } from '../../contract/questionnaires.js';

const SNAPSHOT = { isolationLevel: 'repeatable read', accessMode: 'read only' } as const;

/** Today's date (Europe/Stockholm) the questionnaires' dates are reckoned from. */
export const questionnaireToday = (now: Date = new Date()): string => planToday(now);

/** Everything of one questionnaire, read within the executor given. */
export async function readQuestionnaireBundle(executor: Executor, catalogue: Catalogue, questionnaire: QuestionnaireRow): Promise<QuestionnaireBundle> {
  const [questionSet, evaluation] = [await findQuestionSet(executor, questionnaire.questionSetId), await findQuestionnaireEvaluation(executor, questionnaire.evaluationId)];
  if (!questionSet || !evaluation) throw new Error(`Questionnaire ${questionnaire.id} lost its set or its evaluation`);
  const submitter = questionnaire.submittedBy;
  return {
    questionnaire,
    questionSet,
    evaluation,
    frameworkTitle: localise(frameworkOf(catalogue, evaluation.frameworkId).title, questionSet.language),
    answers: await listAnswers(executor, questionnaire.id),
    files: await listAnswerFiles(executor, questionnaire.id),
    respondents: await listRespondents(executor, questionnaire.id),
    submittedByName: submitter ? ((await findUserName(executor, submitter)) ?? submitter) : null,
  };
}

/** How a principal reads a questionnaire: as a respondent (who answers), as the team (read only), or not at all. */
export type QuestionnaireReader = 'respondent' | 'team' | null;

export async function readerOf(executor: Executor, principal: Principal, questionnaire: QuestionnaireRow): Promise<QuestionnaireReader> {
  if (principal.kind !== 'user') return null;
  if (await isRespondent(executor, questionnaire.id, principal.user.id)) return 'respondent';
  const ref = await findEvaluationRef(executor, questionnaire.evaluationId);
  return ref && canOnEvaluation(principal, 'workspace', ref) ? 'team' : null;
}

/** The questionnaire and how the principal reads it; 404 when it does not exist or the principal may not read it. */
export async function requireReadable(executor: Executor, principal: Principal, questionnaireId: string): Promise<{ questionnaire: QuestionnaireRow; reader: 'respondent' | 'team' }> {
  const questionnaire = await findQuestionnaire(executor, questionnaireId);
  const reader = questionnaire ? await readerOf(executor, principal, questionnaire) : null;
  if (!questionnaire || !reader) throw notFound(`Questionnaire ${questionnaireId}`);
  return { questionnaire, reader };
}

/** Whether answers may change now: open, opened, and the evaluation not locked. */
export function isAnswerable(bundle: QuestionnaireBundle, today: string): boolean {
  return bundle.questionnaire.status === 'open' && today >= bundle.questionnaire.opensOn && isEditableStatus(bundle.evaluation.status);
}

/** The evaluation's questionnaire as its team sees it (null when none was sent), within the executor given. */
export async function readTeamQuestionnaire(executor: Executor, catalogue: Catalogue, evaluationId: string, today: string = questionnaireToday()): Promise<TeamQuestionnaire | null> {
  const questionnaire = await findQuestionnaireOfEvaluation(executor, evaluationId);
  if (!questionnaire) return null;
  const bundle = await readQuestionnaireBundle(executor, catalogue, questionnaire);
  return presentTeamQuestionnaire(bundle, await listMunicipalityUsers(executor, bundle.evaluation.municipality.id), today);
}

/** The evaluation's questionnaire (null before it is sent) and the users of its municipality, who could answer it. */
export async function loadTeamQuestionnaire(
  db: Database,
  catalogue: Catalogue,
  evaluation: { id: string; municipalityId: string },
): Promise<{ questionnaire: TeamQuestionnaire | null; candidates: Array<{ userId: string; name: string; email: string }> }> {
  return db.transaction(async (tx) => {
    const questionnaire = await readTeamQuestionnaire(tx, catalogue, evaluation.id);
    const candidates = questionnaire?.candidates ?? (await listMunicipalityUsers(tx, evaluation.municipalityId)).map(({ userId, name, email }) => ({ userId, name, email }));
    return { questionnaire, candidates };
  }, SNAPSHOT);
}

/** A questionnaire as the principal answers (or reads) it, within the executor given; 404 for anyone else. */
export async function readAnsweringQuestionnaire(executor: Executor, catalogue: Catalogue, questionnaireId: string, principal: Principal, today: string = questionnaireToday()): Promise<AnsweringQuestionnaire> {
  const { questionnaire, reader } = await requireReadable(executor, principal, questionnaireId);
  const bundle = await readQuestionnaireBundle(executor, catalogue, questionnaire);
  return presentAnsweringQuestionnaire(bundle, reader === 'respondent' && isAnswerable(bundle, today), today);
}

export async function loadAnsweringQuestionnaire(db: Database, catalogue: Catalogue, questionnaireId: string, principal: Principal): Promise<AnsweringQuestionnaire> {
  return db.transaction((tx) => readAnsweringQuestionnaire(tx, catalogue, questionnaireId, principal), SNAPSHOT);
}

/** The questionnaires the principal answers, with their progress and reminders. */
export async function loadMyQuestionnaires(db: Database, catalogue: Catalogue, principal: Principal): Promise<{ items: MyQuestionnaire[]; today: string }> {
  const today = questionnaireToday();
  if (principal.kind !== 'user') return { items: [], today };
  const items = await db.transaction(async (tx) => {
    const rows = await listQuestionnairesOfRespondent(tx, principal.user.id);
    const shown: MyQuestionnaire[] = [];
    for (const row of rows) shown.push(presentMyQuestionnaire(await readQuestionnaireBundle(tx, catalogue, row), today));
    return shown;
  }, SNAPSHOT);
  return { items, today };
}

/** Every question of the evaluation's questionnaire with its answer (optionally one sub-area's); 404 when none was sent. */
export async function readTeamAnswers(executor: Executor, catalogue: Catalogue, evaluationId: string, unit?: string): Promise<TeamAnswer[]> {
  const questionnaire = await findQuestionnaireOfEvaluation(executor, evaluationId);
  if (!questionnaire) throw notFound(`The questionnaire of evaluation ${evaluationId}`);
  const bundle = await readQuestionnaireBundle(executor, catalogue, questionnaire);
  return presentTeamAnswers(bundle, await listAnswerEvidence(executor, evaluationId), unit);
}

export async function loadTeamAnswers(db: Database, catalogue: Catalogue, evaluationId: string, unit?: string): Promise<{ items: TeamAnswer[] }> {
  return { items: await db.transaction((tx) => readTeamAnswers(tx, catalogue, evaluationId, unit), SNAPSHOT) };
}

/**
 * The evaluation's questionnaire for an export, in one snapshot: the questionnaire as its
 * respondents see it (sections, questions, answers, files without bytes) and every question with
 * its answer in set order (sub-areas, who answered last, documents). 404 when none was sent.
 * The files' bytes: `readAnswerFileContent`.
 */
export async function loadQuestionnaireForExport(
  db: Database,
  catalogue: Catalogue,
  evaluationId: string,
  today: string = questionnaireToday(),
): Promise<{ questionnaire: AnsweringQuestionnaire; items: TeamAnswer[]; bundle: QuestionnaireBundle }> {
  return db.transaction(async (tx) => {
    const row = await findQuestionnaireOfEvaluation(tx, evaluationId);
    if (!row) throw notFound(`The questionnaire of evaluation ${evaluationId}`);
    const bundle = await readQuestionnaireBundle(tx, catalogue, row);
    return {
      questionnaire: presentAnsweringQuestionnaire(bundle, false, today),
      items: presentTeamAnswers(bundle, await listAnswerEvidence(tx, evaluationId), undefined),
      bundle,
    };
  }, SNAPSHOT);
}

/** One uploaded file's bytes (null when the questionnaire has no such file). */
export async function readAnswerFileContent(executor: Executor, questionnaireId: string, fileId: string) {
  return readAnswerFile(executor, questionnaireId, fileId);
}

/** A file of a questionnaire the principal may read; 404 otherwise. */
export async function loadAnswerFile(db: Database, questionnaireId: string, fileId: string, principal: Principal) {
  const file = await db.transaction(async (tx) => {
    await requireReadable(tx, principal, questionnaireId);
    return readAnswerFile(tx, questionnaireId, fileId);
  }, SNAPSHOT);
  if (!file) throw notFound(`File ${fileId}`);
  return file;
}
