/**
 * The rules over a questionnaire's answers, the same on the server (which enforces them) and in the
 * web app (which shows them): which questions are shown under the answers so far, whether a value
 * fits its question, which answers count as given, and the progress per section. Pure functions.
 */
import {
  ANSWER_LINKS_MAX,
  ANSWER_TEXT_MAX,
  CHOICE_TYPES,
  type AnswerLink,
  type AnswerValue,
  type Question,
  type QuestionSetContent,
  YES_NO_VALUES,
} from './question-set-values.js';

/** The answers given so far by question key (absent: none). Documents questions count their files. */
export interface AnswerState {
  values: ReadonlyMap<string, unknown>;
  /** Uploaded files per question key. */
  fileCounts: ReadonlyMap<string, number>;
}

export const allQuestions = (content: QuestionSetContent): Question[] => content.sections.flatMap((section) => section.questions);

/** The values a condition tests in an answer: the yes/no value or the chosen option keys. */
function testedValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/**
 * The keys of the questions shown under the answers so far, in set order. A question with a
 * condition is shown when the question it depends on is shown and its answer is (or includes) one
 * of the condition's values; a hidden question hides those that depend on it.
 */
export function visibleQuestionKeys(content: QuestionSetContent, values: ReadonlyMap<string, unknown>): string[] {
  const shown = new Set<string>();
  for (const question of allQuestions(content)) {
    const condition = question.condition;
    if (condition === null) {
      shown.add(question.key);
      continue;
    }
    if (!shown.has(condition.question)) continue;
    const given = testedValues(values.get(condition.question));
    if (given.some((value) => condition.anyOf.includes(value))) shown.add(question.key);
  }
  return allQuestions(content)
    .map((question) => question.key)
    .filter((key) => shown.has(key));
}

function isRealIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const isLink = (item: unknown): item is AnswerLink =>
  typeof item === 'object' && item !== null && typeof (item as AnswerLink).url === 'string' && typeof (item as AnswerLink).title === 'string';

/**
 * Why a value does not fit its question's type, in English for the API's message (null when it
 * fits). null always fits: it clears the answer.
 */
export function answerValueProblem(question: Question, value: AnswerValue): string | null {
  if (value === null) return null;
  const optionKeys = question.options.map((option) => option.key);
  switch (question.type) {
    case 'text':
    case 'documents':
      return typeof value === 'string' && value.length <= ANSWER_TEXT_MAX ? null : `must be text of at most ${ANSWER_TEXT_MAX} characters`;
    case 'yes_no':
      return typeof value === 'string' && (YES_NO_VALUES as readonly string[]).includes(value) ? null : "must be 'yes' or 'no'";
    case 'single_choice':
      return typeof value === 'string' && optionKeys.includes(value) ? null : `must be one of the options: ${optionKeys.join(', ')}`;
    case 'multiple_choice':
      if (!Array.isArray(value)) return `must be a list of the options: ${optionKeys.join(', ')}`;
      return choiceListProblem(value as unknown[], optionKeys);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'date':
      return typeof value === 'string' && isRealIsoDate(value) ? null : 'must be a date: YYYY-MM-DD';
    case 'links':
      return Array.isArray(value) && value.length <= ANSWER_LINKS_MAX && value.every(isLink) ? null : `must be a list of at most ${ANSWER_LINKS_MAX} links`;
  }
}

function choiceListProblem(value: readonly unknown[], optionKeys: readonly string[]): string | null {
  if (!value.every((item) => typeof item === 'string' && optionKeys.includes(item))) return `must be a list of the options: ${optionKeys.join(', ')}`;
  return new Set(value).size === value.length ? null : 'must not choose an option twice';
}

/** Whether a question counts as answered: a value that says something, or (documents) at least one file. */
export function isAnswered(question: Question, state: AnswerState): boolean {
  if (question.type === 'documents') return (state.fileCounts.get(question.key) ?? 0) > 0;
  const value = state.values.get(question.key);
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === 'number';
}

export interface SectionProgress {
  key: string;
  visible: number;
  answered: number;
  requiredMissing: string[];
}

export interface Progress {
  visible: number;
  answered: number;
  requiredMissing: string[];
  sections: SectionProgress[];
}

/** Shown, answered and missing required questions per section and in all; hidden questions count nowhere. */
export function questionnaireProgress(content: QuestionSetContent, state: AnswerState): Progress {
  const shown = new Set(visibleQuestionKeys(content, state.values));
  const sections = content.sections.map((section): SectionProgress => {
    const visible = section.questions.filter((question) => shown.has(question.key));
    return {
      key: section.key,
      visible: visible.length,
      answered: visible.filter((question) => isAnswered(question, state)).length,
      requiredMissing: visible.filter((question) => question.required && !isAnswered(question, state)).map((question) => question.key),
    };
  });
  return {
    visible: sections.reduce((sum, section) => sum + section.visible, 0),
    answered: sections.reduce((sum, section) => sum + section.answered, 0),
    requiredMissing: sections.flatMap((section) => section.requiredMissing),
    sections,
  };
}

/** Whether a question offers options (and a choice answer must name one of them). */
export const hasOptions = (question: Question): boolean => CHOICE_TYPES.includes(question.type);

/** Whole days from `today` to `dueOn` (ISO dates; negative when past due). */
export function daysUntil(today: string, dueOn: string): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((day(dueOn) - day(today)) / 86_400_000);
}
