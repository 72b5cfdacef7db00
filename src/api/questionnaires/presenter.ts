/** Shapes a questionnaire for the team, for its respondents, for the list of one's own and per question. */
import { REMINDER_DAYS, type QuestionSetContent } from '../../domain/question-set-values.js';
import { allQuestions, daysUntil, questionnaireProgress, visibleQuestionKeys, type AnswerState } from '../../domain/questionnaire-rules.js';
import type { AnswerFileRow, AnswerRow, PersonRow, QuestionnaireEvaluationRow, QuestionnaireRow, QuestionSetRow } from './repository.js';
import type { AnswerFile, AnswerView, AnsweringQuestionnaire, MyQuestionnaire, TeamAnswer, TeamQuestionnaire } from '../../contract/questionnaires.js';

/** Everything read of one questionnaire (files without their bytes). */
export interface QuestionnaireBundle {
  questionnaire: QuestionnaireRow;
  questionSet: QuestionSetRow;
  evaluation: QuestionnaireEvaluationRow;
  frameworkTitle: string;
  answers: AnswerRow[];
  files: AnswerFileRow[];
  respondents: PersonRow[];
  submittedByName: string | null;
}

export const presentAnswer = (row: AnswerRow): AnswerView => ({
  questionKey: row.questionKey,
  value: row.value,
  version: row.version,
  updatedByName: row.updatedByName,
  updatedAt: row.updatedAt.toISOString(),
});

export const presentAnswerFile = (row: AnswerFileRow): AnswerFile => ({
  id: row.id,
  questionKey: row.questionKey,
  fileName: row.fileName,
  mediaType: row.mediaType,
  sizeBytes: row.sizeBytes,
  uploadedByName: row.uploadedByName,
  uploadedAt: row.uploadedAt.toISOString(),
});

/** The answers and file counts as the rules read them. */
export function answerState(answers: readonly AnswerRow[], files: readonly AnswerFileRow[]): AnswerState {
  const fileCounts = new Map<string, number>();
  for (const file of files) fileCounts.set(file.questionKey, (fileCounts.get(file.questionKey) ?? 0) + 1);
  return { values: new Map(answers.map((answer) => [answer.questionKey, answer.value])), fileCounts };
}

const contentOf = (bundle: QuestionnaireBundle): QuestionSetContent => bundle.questionSet.content;

/** Days left and whether the app reminds: open, not submitted, and due within REMINDER_DAYS (or past due). */
export function reminderOf(questionnaire: QuestionnaireRow, today: string): { daysLeft: number; reminder: boolean } {
  const daysLeft = daysUntil(today, questionnaire.dueOn);
  return { daysLeft, reminder: questionnaire.status === 'open' && daysLeft <= REMINDER_DAYS };
}

function presentCore(bundle: QuestionnaireBundle, today: string) {
  const { questionnaire, questionSet, evaluation } = bundle;
  return {
    id: questionnaire.id,
    evaluationId: questionnaire.evaluationId,
    municipality: evaluation.municipality,
    frameworkId: evaluation.frameworkId,
    frameworkTitle: bundle.frameworkTitle,
    questionSet: { id: questionSet.id, familyId: questionSet.familyId, versionNo: questionSet.versionNo, title: questionSet.title, language: questionSet.language },
    opensOn: questionnaire.opensOn,
    dueOn: questionnaire.dueOn,
    status: questionnaire.status,
    submittedAt: questionnaire.submittedAt?.toISOString() ?? null,
    submittedByName: questionnaire.submittedAt ? bundle.submittedByName : null,
    today,
    ...reminderOf(questionnaire, today),
    progress: questionnaireProgress(contentOf(bundle), answerState(bundle.answers, bundle.files)),
    version: questionnaire.version,
  };
}

const person = (row: PersonRow) => ({ userId: row.userId, name: row.name, email: row.email });

export function presentTeamQuestionnaire(bundle: QuestionnaireBundle, candidates: readonly PersonRow[], today: string): TeamQuestionnaire {
  const state = answerState(bundle.answers, bundle.files);
  return {
    ...presentCore(bundle, today),
    respondents: bundle.respondents.map((row) => ({ ...person(row), invitationPending: !row.hasPassword })),
    candidates: candidates.map(person),
    answeredQuestions: allQuestions(contentOf(bundle)).filter((question) => state.values.has(question.key) || state.fileCounts.has(question.key)).length,
    files: bundle.files.length,
  };
}

export function presentAnsweringQuestionnaire(bundle: QuestionnaireBundle, canAnswer: boolean, today: string): AnsweringQuestionnaire {
  return {
    ...presentCore(bundle, today),
    description: bundle.questionSet.description,
    content: contentOf(bundle),
    answers: bundle.answers.map(presentAnswer),
    files: bundle.files.map(presentAnswerFile),
    visibleQuestions: visibleQuestionKeys(contentOf(bundle), answerState(bundle.answers, []).values),
    respondents: bundle.respondents.map((row) => ({ name: row.name })),
    canAnswer,
    canSubmit: canAnswer,
  };
}

export function presentMyQuestionnaire(bundle: QuestionnaireBundle, today: string): MyQuestionnaire {
  const core = presentCore(bundle, today);
  return {
    id: core.id,
    evaluationId: core.evaluationId,
    municipality: core.municipality,
    title: bundle.questionSet.title,
    opensOn: core.opensOn,
    dueOn: core.dueOn,
    status: core.status,
    daysLeft: core.daysLeft,
    reminder: core.reminder,
    progress: core.progress,
  };
}

/** Whether a question informs the sub-area asked, or (an area's code) one of its sub-areas. */
const informs = (unitCodes: readonly string[], unit: string): boolean => unitCodes.some((code) => code === unit || code.startsWith(`${unit}.`));

/** Parses an `answer_ref`: the question's key and, for a document, the file's id. */
export function parseAnswerRef(ref: string): { questionKey: string; fileId: string | null } {
  const slash = ref.indexOf('/');
  return slash < 0 ? { questionKey: ref, fileId: null } : { questionKey: ref.slice(0, slash), fileId: ref.slice(slash + 1) };
}

export const answerRefOf = (questionKey: string, fileId: string | null): string => (fileId === null ? questionKey : `${questionKey}/${fileId}`);

/** Every question with its answer, documents and the evidence made from them, in set order (optionally one sub-area's). */
export function presentTeamAnswers(bundle: QuestionnaireBundle, linked: ReadonlyArray<{ id: string; answerRef: string }>, unit: string | undefined): TeamAnswer[] {
  const content = contentOf(bundle);
  const shown = new Set(visibleQuestionKeys(content, answerState(bundle.answers, []).values));
  const refs = linked.map((item) => ({ evidenceId: item.id, ...parseAnswerRef(item.answerRef) }));
  return content.sections.flatMap((section) =>
    section.questions
      .filter((question) => unit === undefined || informs(question.unitCodes, unit))
      .map((question): TeamAnswer => {
        const answer = bundle.answers.find((row) => row.questionKey === question.key);
        return {
          questionKey: question.key,
          sectionKey: section.key,
          sectionTitle: section.title,
          text: question.text,
          type: question.type,
          unitCodes: question.unitCodes,
          options: question.options,
          visible: shown.has(question.key),
          required: question.required,
          answer: answer ? presentAnswer(answer) : null,
          files: bundle.files.filter((file) => file.questionKey === question.key).map(presentAnswerFile),
          linkedEvidence: refs.filter((ref) => ref.questionKey === question.key).map((ref) => ({ evidenceId: ref.evidenceId, fileId: ref.fileId })),
        };
      }),
  );
}
