/**
 * Pre-visit question sets as versioned data: sections of questions for one model version, written
 * in one language, each question linked to sub-areas. Administrators (the programme owner) write,
 * import and version them; evaluators read them to choose one for an evaluation. A set used by a
 * questionnaire is frozen: changing it means making a new version. The shape of a set's content is
 * in src/domain/question-set-values.ts, its rules in src/domain/question-set-rules.ts.
 */
import { z } from 'zod';
import { isStorableText } from '../domain/evaluation-texts.js';
import {
  OPTION_LABEL_MAX,
  OPTIONS_MAX,
  QUESTION_HELP_MAX,
  QUESTION_KEY_MAX,
  QUESTION_SET_DESCRIPTION_MAX,
  QUESTION_SET_LANGUAGES,
  QUESTION_SET_TITLE_MAX,
  QUESTION_TEXT_MAX,
  QUESTION_TYPES,
  QUESTIONS_MAX,
  SECTION_INTRO_MAX,
  SECTION_TITLE_MAX,
  SECTIONS_MAX,
} from '../domain/question-set-values.js';
import { defineOperation, type FileResponse } from './operation.js';

const markdown = (max: number) =>
  z.string().max(max, `must be at most ${max} characters`).refine(isStorableText, 'must not contain the NUL character');
const line = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).refine(isStorableText, 'must not contain the NUL character');
const requiredLine = (max: number) => line(max).pipe(z.string().min(1, 'must not be empty'));

/** Keys of sections, questions and options: letters, digits, '.', '-' and '_' (e.g. '2.3', 'ja'). */
export const contentKeySchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(QUESTION_KEY_MAX, `must be at most ${QUESTION_KEY_MAX} characters`)
  .regex(/^[\p{L}\p{N}._-]+$/u, "must hold only letters, digits, '.', '-' and '_'");

const unitCodeSchema = z.string().trim().min(1, 'must not be empty').max(16, 'must be at most 16 characters');

export const questionOptionSchema = z.object({ key: contentKeySchema, label: requiredLine(OPTION_LABEL_MAX) });

export const questionConditionSchema = z.object({
  /** The key of an earlier yes/no or choice question. */
  question: contentKeySchema,
  /** 'yes'/'no' or option keys of that question; the question shows when the answer is (or includes) one of them. */
  anyOf: z.array(contentKeySchema).min(1, 'must name at least one value').max(OPTIONS_MAX, `must name at most ${OPTIONS_MAX} values`),
});

export const questionSchema = z.object({
  key: contentKeySchema,
  type: z.enum(QUESTION_TYPES, `must be one of ${QUESTION_TYPES.join(', ')}`),
  text: requiredLine(QUESTION_TEXT_MAX),
  help: markdown(QUESTION_HELP_MAX).default(''),
  required: z.boolean().default(false),
  unitCodes: z.array(unitCodeSchema).min(1, 'must link at least one sub-area').max(100, 'must link at most 100 sub-areas'),
  options: z.array(questionOptionSchema).max(OPTIONS_MAX, `must have at most ${OPTIONS_MAX} options`).default([]),
  condition: questionConditionSchema.nullable().default(null),
});

export const questionSectionSchema = z.object({
  key: contentKeySchema,
  title: requiredLine(SECTION_TITLE_MAX),
  intro: markdown(SECTION_INTRO_MAX).default(''),
  questions: z.array(questionSchema).max(QUESTIONS_MAX, `must have at most ${QUESTIONS_MAX} questions`),
});

/**
 * A set's content as sent. The schema checks each field; the rules across fields (unique keys,
 * options only and always for choices, conditions on earlier questions and their real values,
 * sub-areas of the set's model version, at most QUESTIONS_MAX questions in all) are checked by the
 * server (src/domain/question-set-rules.ts) and refused with 400 `validation` naming each field
 * (`body.content.sections.0.questions.2.condition.question`).
 */
export const questionSetContentSchema = z.object({
  sections: z.array(questionSectionSchema).min(1, 'must have at least one section').max(SECTIONS_MAX, `must have at most ${SECTIONS_MAX} sections`),
});

const languageSchema = z.enum(QUESTION_SET_LANGUAGES, `must be one of ${QUESTION_SET_LANGUAGES.join(', ')}`);
const rowVersion = z.number().int().min(1, 'must be the version last read (1 or more)');

const setFields = {
  title: requiredLine(QUESTION_SET_TITLE_MAX),
  description: markdown(QUESTION_SET_DESCRIPTION_MAX).default(''),
  language: languageSchema.default('sv'),
  content: questionSetContentSchema,
};

export const createQuestionSetSchema = z.object({ frameworkId: z.string().trim().min(1, 'must name a model version').max(100), ...setFields });
export type CreateQuestionSetInput = z.infer<typeof createQuestionSetSchema>;

/** Replaces a set's title, description, language and content; `version` is the version last read. */
export const updateQuestionSetSchema = z.object({ version: rowVersion, ...setFields });
export type UpdateQuestionSetInput = z.infer<typeof updateQuestionSetSchema>;

export const questionSetParamsSchema = z.object({ setId: z.uuid('must be a question set id (a UUID)') });
export const deleteQuestionSetQuerySchema = z.object({ version: z.coerce.number().int().min(1, 'must be the version last read (1 or more)') });

export const QUESTION_SET_FILE_FORMATS = ['json', 'xlsx'] as const;
export type QuestionSetFileFormat = (typeof QUESTION_SET_FILE_FORMATS)[number];
const fileFormatSchema = z.enum(QUESTION_SET_FILE_FORMATS, `must be one of ${QUESTION_SET_FILE_FORMATS.join(', ')}`);

export const exportQuestionSetQuerySchema = z.object({ format: fileFormatSchema });
/**
 * An import: the file's bytes as the request body. The JSON file names its model version; an XLSX
 * file names it on its first sheet. With `replaces`, the set becomes the next version of that set's family.
 */
export const importQuestionSetQuerySchema = z.object({
  format: fileFormatSchema,
  replaces: z.uuid('must be a question set id (a UUID)').optional(),
});

export const listQuestionSetsQuerySchema = z.object({ framework: z.string().trim().min(1).max(100).optional() });

export const questionSetSummarySchema = z.object({
  id: z.string(),
  familyId: z.string(),
  /** 1, 2, … within its family. */
  versionNo: z.number().int(),
  /** Whether no later version of its family exists. */
  latest: z.boolean(),
  frameworkId: z.string(),
  frameworkTitle: z.string(),
  language: languageSchema,
  title: z.string(),
  sections: z.number().int(),
  questions: z.number().int(),
  /** Used by a questionnaire, so it can no longer change. */
  frozen: z.boolean(),
  /** How many evaluations' questionnaires use it. */
  usedBy: z.number().int(),
  /** An example written by Kompass (the demo). */
  demo: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type QuestionSetSummary = z.infer<typeof questionSetSummarySchema>;

export const questionSetSchema = questionSetSummarySchema.extend({
  /** Markdown. */
  description: z.string(),
  content: z.object({
    sections: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        intro: z.string(),
        questions: z.array(
          z.object({
            key: z.string(),
            type: z.enum(QUESTION_TYPES),
            text: z.string(),
            help: z.string(),
            required: z.boolean(),
            unitCodes: z.array(z.string()),
            options: z.array(z.object({ key: z.string(), label: z.string() })),
            condition: z.object({ question: z.string(), anyOf: z.array(z.string()) }).nullable(),
          }),
        ),
      }),
    ),
  }),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type QuestionSetView = z.infer<typeof questionSetSchema>;

const setFile: FileResponse = {
  description: 'The set as a JSON document or an XLSX workbook (an attachment)',
  content: {
    'application/json': { schema: z.string() },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().meta({ format: 'binary' }) },
  },
};

/** The question sets API's operations. */
export const questionSetsOperations = {
  listQuestionSets: defineOperation({
    method: 'GET',
    path: '/question-sets',
    tags: ['question-sets'],
    summary: 'Every question set version, newest first within each model version (?framework= for one model version)',
    query: listQuestionSetsQuerySchema,
    response: { 200: z.object({ items: z.array(questionSetSummarySchema) }) },
  }),
  getQuestionSet: defineOperation({
    method: 'GET',
    path: '/question-sets/:setId',
    tags: ['question-sets'],
    summary: 'One question set version with its sections and questions',
    params: questionSetParamsSchema,
    response: { 200: questionSetSchema },
  }),
  createQuestionSet: defineOperation({
    method: 'POST',
    path: '/question-sets',
    tags: ['question-sets'],
    summary: 'Write a new question set (version 1 of a new family); 400 naming each field that breaks a rule',
    body: createQuestionSetSchema,
    response: { 201: questionSetSchema },
  }),
  updateQuestionSet: defineOperation({
    method: 'PUT',
    path: '/question-sets/:setId',
    tags: ['question-sets'],
    summary: 'Replace a set that no questionnaire uses; needs its version last read (409 when stale, 409 question_set_frozen when in use)',
    params: questionSetParamsSchema,
    body: updateQuestionSetSchema,
    response: { 200: questionSetSchema },
  }),
  createQuestionSetVersion: defineOperation({
    method: 'POST',
    path: '/question-sets/:setId/versions',
    tags: ['question-sets'],
    summary: "Start the next version of a set's family as a copy of this version",
    params: questionSetParamsSchema,
    response: { 201: questionSetSchema },
  }),
  deleteQuestionSet: defineOperation({
    method: 'DELETE',
    path: '/question-sets/:setId',
    tags: ['question-sets'],
    summary: 'Remove a set version that no questionnaire uses (?version=N; 409 when stale or in use)',
    params: questionSetParamsSchema,
    query: deleteQuestionSetQuerySchema,
    response: { 204: z.null() },
  }),
  exportQuestionSet: defineOperation({
    method: 'GET',
    path: '/question-sets/:setId/file',
    tags: ['question-sets'],
    summary: 'The set as a file to author in a spreadsheet or keep (?format=json|xlsx); importing it gives the same set',
    params: questionSetParamsSchema,
    query: exportQuestionSetQuerySchema,
    response: { 200: setFile },
  }),
  importQuestionSet: defineOperation({
    method: 'POST',
    path: '/question-sets/import',
    tags: ['question-sets'],
    summary: "Make a set from a JSON or XLSX file sent as the body (?format=; ?replaces=<set id> makes it that family's next version); 400 naming each cell or field at fault",
    query: importQuestionSetQuerySchema,
    response: { 201: questionSetSchema },
  }),
};
