/**
 * The pre-visit question set: the shape of a set's content (sections of questions, each linked to
 * sub-areas), its answer values and its limits. Plain data and types, shared by the server, the
 * contract and the web app. The rules over them live in question-set-rules.ts (a set's own
 * validity) and questionnaire-rules.ts (answers: visibility, checks, progress).
 */

export const QUESTION_TYPES = ['text', 'yes_no', 'single_choice', 'multiple_choice', 'number', 'date', 'documents', 'links'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Types whose answer a later question's condition may test. */
export const CONDITION_TYPES: readonly QuestionType[] = ['yes_no', 'single_choice', 'multiple_choice'];
/** Types that offer options. */
export const CHOICE_TYPES: readonly QuestionType[] = ['single_choice', 'multiple_choice'];

/** The values a yes/no answer takes (and a condition on it tests). */
export const YES_NO_VALUES = ['yes', 'no'] as const;
export type YesNo = (typeof YES_NO_VALUES)[number];

/** A set is written in one language (a Norwegian set is a set of its own). */
export const QUESTION_SET_LANGUAGES = ['sv', 'nb', 'en'] as const;
export type QuestionSetLanguage = (typeof QUESTION_SET_LANGUAGES)[number];

export interface QuestionOption {
  /** Stable within its question: answers and conditions store it. */
  key: string;
  label: string;
}

/** Shows a question only when an earlier question's answer is (or, for multiple choice, includes) one of `anyOf`. */
export interface QuestionCondition {
  question: string;
  /** 'yes'/'no' for a yes/no question, option keys for a choice. */
  anyOf: string[];
}

export interface Question {
  /** Stable within the set (e.g. '2.3'): answers are stored by it. */
  key: string;
  type: QuestionType;
  text: string;
  /** Markdown; '' when none. */
  help: string;
  required: boolean;
  /** The sub-areas (scoring unit codes) the question informs; at least one. */
  unitCodes: string[];
  /** For the choice types; empty otherwise. */
  options: QuestionOption[];
  condition: QuestionCondition | null;
}

export interface QuestionSection {
  key: string;
  title: string;
  /** Markdown; '' when none. */
  intro: string;
  questions: Question[];
}

export interface QuestionSetContent {
  sections: QuestionSection[];
}

export interface AnswerLink {
  url: string;
  title: string;
}

/**
 * An answer's value by its question's type: text → Markdown string; yes_no → 'yes' | 'no';
 * single_choice → an option key; multiple_choice → option keys; number → a number; date →
 * 'YYYY-MM-DD'; links → AnswerLink[]; documents → null (its files are the answer; a note may
 * go with them as a string). null clears an answer.
 */
export type AnswerValue = string | number | string[] | AnswerLink[] | null;

export const QUESTIONNAIRE_STATUSES = ['open', 'submitted'] as const;
export type QuestionnaireStatus = (typeof QUESTIONNAIRE_STATUSES)[number];

export const QUESTION_SET_TITLE_MAX = 200;
export const QUESTION_SET_DESCRIPTION_MAX = 10_000;
export const SECTION_TITLE_MAX = 200;
export const SECTION_INTRO_MAX = 10_000;
export const QUESTION_TEXT_MAX = 2_000;
export const QUESTION_HELP_MAX = 10_000;
export const QUESTION_KEY_MAX = 32;
export const OPTION_LABEL_MAX = 300;
export const OPTIONS_MAX = 50;
export const SECTIONS_MAX = 50;
export const QUESTIONS_MAX = 500;
export const ANSWER_TEXT_MAX = 100_000;
export const ANSWER_LINKS_MAX = 50;
/** Files one question's answer may hold. */
export const ANSWER_FILES_MAX = 20;
/** Reminders are shown from this many days before the due date. */
export const REMINDER_DAYS = 7;
