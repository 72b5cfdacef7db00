/**
 * The question set sent to an evaluation's municipality before the visit (a questionnaire): the
 * team sends it with open and due dates to chosen respondents (the municipality's users; new ones
 * get a one-time invitation link); respondents answer at once, each answer versioned on its own;
 * one submits; the team reopens, reads the answers per sub-area, links them as evidence and exports
 * them. The team's operations live under the evaluation (`/evaluations/:id/questionnaire…`, the
 * workspace rule); the respondents' under `/questionnaires/:questionnaireId…`, open to the
 * questionnaire's respondents, its evaluation's assigned evaluators and administrators (anyone else
 * gets 404). The answers' rules live in src/domain/questionnaire-rules.ts.
 */
import { z } from 'zod';
import { isStorableText } from '../domain/evaluation-texts.js';
import { EVIDENCE_URL_MAX, EVIDENCE_TITLE_MAX } from '../domain/evidence.js';
import { ANSWER_LINKS_MAX, ANSWER_TEXT_MAX, QUESTION_SET_LANGUAGES, QUESTION_TYPES, QUESTIONNAIRE_STATUSES } from '../domain/question-set-values.js';
import { isoDateSchema } from './dates.js';
import { evaluationIdParamsSchema } from './evaluations.js';
import { evidenceSchema, uploadQuerySchema } from './evidence.js';
import { municipalityRefSchema } from './municipalities.js';
import { defineOperation, type FileResponse } from './operation.js';
import { contentKeySchema, questionSetSchema } from './question-sets.js';

const rowVersion = z.number().int().min(1, 'must be the version last read (1 or more)');

const linkSchema = z.object({
  url: z
    .string()
    .trim()
    .max(EVIDENCE_URL_MAX, `must be at most ${EVIDENCE_URL_MAX} characters`)
    .pipe(z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' })),
  title: z.string().trim().max(EVIDENCE_TITLE_MAX, `must be at most ${EVIDENCE_TITLE_MAX} characters`).refine(isStorableText, 'must not contain the NUL character'),
});

/**
 * An answer's value as sent; the server checks it against its question's type (see AnswerValue in
 * src/domain/question-set-values.ts) and answers 400 naming `body.value` when it does not fit.
 */
export const answerValueSchema = z
  .union([
    z.string().max(ANSWER_TEXT_MAX, `must be at most ${ANSWER_TEXT_MAX} characters`).refine(isStorableText, 'must not contain the NUL character'),
    z.number().finite('must be a finite number'),
    z.array(contentKeySchema).max(50, 'must choose at most 50 options'),
    z.array(linkSchema).max(ANSWER_LINKS_MAX, `must hold at most ${ANSWER_LINKS_MAX} links`),
  ])
  .nullable();

export const questionnaireParamsSchema = z.object({ questionnaireId: z.uuid('must be a questionnaire id (a UUID)') });
export const answerParamsSchema = questionnaireParamsSchema.extend({ questionKey: contentKeySchema });
export const answerFileParamsSchema = questionnaireParamsSchema.extend({ fileId: z.uuid('must be a file id (a UUID)') });
export const teamAnswerParamsSchema = evaluationIdParamsSchema.extend({ questionKey: contentKeySchema });

export const saveAnswerSchema = z.object({
  value: answerValueSchema,
  /** The answer's version last read; 0 when there was no answer yet. */
  version: z.number().int().min(0, 'must be the version last read (0 when there was no answer)'),
});
export type SaveAnswerInput = z.infer<typeof saveAnswerSchema>;

export const submitQuestionnaireSchema = z.object({ version: rowVersion });
export const reopenQuestionnaireSchema = z.object({ version: rowVersion });

const respondentIdsSchema = z
  .array(z.uuid('must be a user id (a UUID)'))
  .max(100, 'must name at most 100 respondents')
  .refine((ids) => new Set(ids).size === ids.length, 'must not name a respondent twice');

export const sendQuestionnaireSchema = z
  .object({
    questionSetId: z.uuid('must be a question set id (a UUID)'),
    opensOn: isoDateSchema,
    dueOn: isoDateSchema,
    /** Users of the evaluation's municipality (role municipality); more may be invited later. */
    respondentIds: respondentIdsSchema,
  })
  .refine((input) => input.dueOn >= input.opensOn, { path: ['dueOn'], message: 'must not be before the open date' });
export type SendQuestionnaireInput = z.infer<typeof sendQuestionnaireSchema>;

export const updateQuestionnaireSchema = z
  .object({ version: rowVersion, opensOn: isoDateSchema, dueOn: isoDateSchema, respondentIds: respondentIdsSchema })
  .refine((input) => input.dueOn >= input.opensOn, { path: ['dueOn'], message: 'must not be before the open date' });
export type UpdateQuestionnaireInput = z.infer<typeof updateQuestionnaireSchema>;

export const inviteRespondentSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  email: z.string().trim().toLowerCase().max(254, 'must be at most 254 characters').pipe(z.email('must be an e-mail address')),
});
export type InviteRespondentInput = z.infer<typeof inviteRespondentSchema>;

export const answersQuerySchema = z.object({
  unit: z.string().regex(/^\d+(\.\d+)?$/, 'must be a sub-area or area code such as 1.2').optional(),
});

export const linkAnswerEvidenceSchema = z.object({
  /** One of the answer's documents; null links the answer itself. */
  fileId: z.uuid('must be a file id (a UUID)').nullable(),
});

export const QUESTIONNAIRE_EXPORT_FORMATS = ['docx', 'zip'] as const;
export const exportAnswersQuerySchema = z.object({
  format: z.enum(QUESTIONNAIRE_EXPORT_FORMATS, `must be one of ${QUESTIONNAIRE_EXPORT_FORMATS.join(', ')}`),
  /** The language of the export's headings, labels and dates (the team member's UI language); the set's questions and the answers stay as written. */
  language: z.enum(['sv', 'en', 'nb'], 'must be one of sv, en, nb').default('sv'),
});

export const answerSchema = z.object({
  questionKey: z.string(),
  value: z.unknown(),
  version: z.number().int(),
  updatedByName: z.string(),
  updatedAt: z.string(),
});
export type AnswerView = z.infer<typeof answerSchema>;

export const answerFileSchema = z.object({
  id: z.string(),
  questionKey: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  uploadedByName: z.string(),
  uploadedAt: z.string(),
});
export type AnswerFile = z.infer<typeof answerFileSchema>;

export const sectionProgressSchema = z.object({
  key: z.string(),
  /** Questions shown under the answers so far (conditions met). */
  visible: z.number().int(),
  answered: z.number().int(),
  /** Keys of shown required questions without an answer. */
  requiredMissing: z.array(z.string()),
});

export const progressSchema = z.object({
  visible: z.number().int(),
  answered: z.number().int(),
  requiredMissing: z.array(z.string()),
  sections: z.array(sectionProgressSchema),
});
export type QuestionnaireProgress = z.infer<typeof progressSchema>;

const personSchema = z.object({ userId: z.string(), name: z.string(), email: z.string() });

/** What the team and the respondents both see of a questionnaire's state. */
const questionnaireCore = {
  id: z.string(),
  evaluationId: z.string(),
  municipality: municipalityRefSchema,
  frameworkId: z.string(),
  frameworkTitle: z.string(),
  questionSet: z.object({ id: z.string(), familyId: z.string(), versionNo: z.number().int(), title: z.string(), language: z.enum(QUESTION_SET_LANGUAGES) }),
  opensOn: z.string(),
  dueOn: z.string(),
  status: z.enum(QUESTIONNAIRE_STATUSES),
  submittedAt: z.string().nullable(),
  submittedByName: z.string().nullable(),
  /** The server's date (Europe/Stockholm) the days below are reckoned from. */
  today: z.string(),
  /** Days until the due date (negative when past). */
  daysLeft: z.number().int(),
  /** Open, not submitted, and due within REMINDER_DAYS or past due: the app reminds. */
  reminder: z.boolean(),
  progress: progressSchema,
  version: z.number().int(),
};

/** The questionnaire as the team manages it. */
export const teamQuestionnaireSchema = z.object({
  ...questionnaireCore,
  respondents: z.array(personSchema.extend({ /** The account has no password yet: its invitation is unused. */ invitationPending: z.boolean() })),
  /** The municipality's users who could be respondents (for the team's choice). */
  candidates: z.array(personSchema),
  answeredQuestions: z.number().int(),
  files: z.number().int(),
});
export type TeamQuestionnaire = z.infer<typeof teamQuestionnaireSchema>;

/** The questionnaire as a respondent (or the team, read-only) answers it. */
export const answeringQuestionnaireSchema = z.object({
  ...questionnaireCore,
  /** Markdown. */
  description: z.string(),
  content: questionSetSchema.shape.content,
  answers: z.array(answerSchema),
  files: z.array(answerFileSchema),
  /** Keys of the questions shown under the answers so far. */
  visibleQuestions: z.array(z.string()),
  /** The other respondents, so a respondent knows who else answers. */
  respondents: z.array(z.object({ name: z.string() })),
  /** The reader is a respondent and the questionnaire is open and opened. */
  canAnswer: z.boolean(),
  /** canAnswer (submission itself checks the required questions). */
  canSubmit: z.boolean(),
});
export type AnsweringQuestionnaire = z.infer<typeof answeringQuestionnaireSchema>;

export const myQuestionnaireSchema = z.object({
  id: z.string(),
  evaluationId: z.string(),
  municipality: municipalityRefSchema,
  title: z.string(),
  opensOn: z.string(),
  dueOn: z.string(),
  status: z.enum(QUESTIONNAIRE_STATUSES),
  daysLeft: z.number().int(),
  reminder: z.boolean(),
  progress: progressSchema,
});
export type MyQuestionnaire = z.infer<typeof myQuestionnaireSchema>;

/** One question with its answer, as the evaluators read it beside their evidence. */
export const teamAnswerSchema = z.object({
  questionKey: z.string(),
  sectionKey: z.string(),
  sectionTitle: z.string(),
  text: z.string(),
  type: z.enum(QUESTION_TYPES),
  unitCodes: z.array(z.string()),
  options: z.array(z.object({ key: z.string(), label: z.string() })),
  /** Shown to the respondents under the answers given (a question hidden by its condition is not asked). */
  visible: z.boolean(),
  required: z.boolean(),
  answer: answerSchema.nullable(),
  files: z.array(answerFileSchema),
  /** Evidence items already made from this answer: the answer itself (fileId null) or one of its files. */
  linkedEvidence: z.array(z.object({ evidenceId: z.string(), fileId: z.string().nullable() })),
});
export type TeamAnswer = z.infer<typeof teamAnswerSchema>;

export const invitationSchema = z.object({
  userId: z.string(),
  email: z.string(),
  /** A one-time link to set a password and then answer; null when the account already has a password (it signs in as usual). */
  url: z.string().nullable(),
  expiresAt: z.string().nullable(),
});

const answerFileDownload: FileResponse = {
  description: 'The file as uploaded (always as an attachment)',
  content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
};

const answersFile: FileResponse = {
  description: 'Every answer as a Word document, or that document with every uploaded file in a ZIP archive',
  content: {
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: z.string().meta({ format: 'binary' }) },
    'application/zip': { schema: z.string().meta({ format: 'binary' }) },
  },
};

/** The questionnaire API's operations. */
export const questionnairesOperations = {
  getTeamQuestionnaire: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/questionnaire',
    tags: ['questionnaires'],
    summary: "The evaluation's questionnaire as its team manages it (null when none has been sent), and the municipality's users who could answer it",
    params: evaluationIdParamsSchema,
    response: { 200: z.object({ questionnaire: teamQuestionnaireSchema.nullable(), candidates: z.array(personSchema) }) },
  }),
  sendQuestionnaire: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/questionnaire',
    tags: ['questionnaires'],
    summary: "Send a question set of the evaluation's model version to its municipality's respondents (freezes the set; 409 when one was sent)",
    params: evaluationIdParamsSchema,
    body: sendQuestionnaireSchema,
    response: { 201: teamQuestionnaireSchema },
  }),
  updateQuestionnaire: defineOperation({
    method: 'PATCH',
    path: '/evaluations/:id/questionnaire',
    tags: ['questionnaires'],
    summary: 'Change the open and due dates and the respondents; needs the version last read (409 when stale)',
    params: evaluationIdParamsSchema,
    body: updateQuestionnaireSchema,
    response: { 200: teamQuestionnaireSchema },
  }),
  inviteRespondent: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/questionnaire/respondents',
    tags: ['questionnaires'],
    summary: "Add a respondent by e-mail: a new address gets an account of the municipality and a one-time invitation link (shown once); 409 when the address belongs to someone else's account",
    params: evaluationIdParamsSchema,
    body: inviteRespondentSchema,
    response: { 201: z.object({ questionnaire: teamQuestionnaireSchema, invitation: invitationSchema }) },
  }),
  reopenQuestionnaire: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/questionnaire/reopen',
    tags: ['questionnaires'],
    summary: 'Open submitted answers for changes again; needs the version last read',
    params: evaluationIdParamsSchema,
    body: reopenQuestionnaireSchema,
    response: { 200: teamQuestionnaireSchema },
  }),
  listTeamAnswers: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/questionnaire/answers',
    tags: ['questionnaires'],
    summary: 'Every question with its answer and documents, in set order (?unit= for the questions linked to one sub-area or area)',
    params: evaluationIdParamsSchema,
    query: answersQuerySchema,
    response: { 200: z.object({ items: z.array(teamAnswerSchema) }) },
  }),
  linkAnswerEvidence: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/questionnaire/answers/:questionKey/evidence',
    tags: ['questionnaires'],
    summary: "Make an answer, or one of its documents, an item of the evidence register linked to the question's sub-areas (409 evidence_exists when already made)",
    params: teamAnswerParamsSchema,
    body: linkAnswerEvidenceSchema,
    response: { 201: evidenceSchema },
  }),
  exportAnswers: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/questionnaire/file',
    tags: ['questionnaires'],
    summary: 'Every answer as a Word document (?format=docx) or with every uploaded document in a ZIP (?format=zip)',
    params: evaluationIdParamsSchema,
    query: exportAnswersQuerySchema,
    response: { 200: answersFile },
  }),
  listMyQuestionnaires: defineOperation({
    method: 'GET',
    path: '/questionnaires/mine',
    tags: ['questionnaires'],
    summary: 'The questionnaires the signed-in user is a respondent of, with their progress and reminders',
    response: { 200: z.object({ items: z.array(myQuestionnaireSchema), today: z.string() }) },
  }),
  getAnsweringQuestionnaire: defineOperation({
    method: 'GET',
    path: '/questionnaires/:questionnaireId',
    tags: ['questionnaires'],
    summary: "A questionnaire with its questions, answers and documents (its respondents, its evaluation's team and administrators; 404 for anyone else)",
    params: questionnaireParamsSchema,
    response: { 200: answeringQuestionnaireSchema },
  }),
  saveAnswer: defineOperation({
    method: 'PUT',
    path: '/questionnaires/:questionnaireId/answers/:questionKey',
    tags: ['questionnaires'],
    summary: "Save one answer (a respondent, while open); needs the answer's version last read, 0 for none (409 with the current answer when stale)",
    params: answerParamsSchema,
    body: saveAnswerSchema,
    response: { 200: answerSchema },
  }),
  uploadAnswerFile: defineOperation({
    method: 'POST',
    path: '/questionnaires/:questionnaireId/answers/:questionKey/files',
    tags: ['questionnaires'],
    summary: "Add a document to a documents question's answer: the file's bytes as the body, ?filename= its name (the evidence files' limits)",
    params: answerParamsSchema,
    query: uploadQuerySchema,
    response: { 201: answerFileSchema },
  }),
  deleteAnswerFile: defineOperation({
    method: 'DELETE',
    path: '/questionnaires/:questionnaireId/files/:fileId',
    tags: ['questionnaires'],
    summary: 'Remove a document from an answer (a respondent, while open)',
    params: answerFileParamsSchema,
    response: { 204: z.null() },
  }),
  downloadAnswerFile: defineOperation({
    method: 'GET',
    path: '/questionnaires/:questionnaireId/files/:fileId',
    tags: ['questionnaires'],
    summary: 'An uploaded document of an answer',
    params: answerFileParamsSchema,
    response: { 200: answerFileDownload },
  }),
  submitQuestionnaire: defineOperation({
    method: 'POST',
    path: '/questionnaires/:questionnaireId/submit',
    tags: ['questionnaires'],
    summary: 'Submit the answers (one respondent for all); 409 questionnaire_incomplete naming each shown required question without an answer',
    params: questionnaireParamsSchema,
    body: submitQuestionnaireSchema,
    response: { 200: answeringQuestionnaireSchema },
  }),
};
