/**
 * A question set's own validity across fields, beyond what each field's schema checks: unique
 * section and question keys, options only and always (at least two, unique keys) for the choice
 * types, conditions only on an earlier yes/no or choice question and only on its real values,
 * sub-areas of the set's model version, and at most QUESTIONS_MAX questions in all. Pure: the
 * server refuses a set with these problems; the editor may show them as the user types.
 */
import { CHOICE_TYPES, CONDITION_TYPES, QUESTIONS_MAX, YES_NO_VALUES, type Question, type QuestionSetContent } from './question-set-values.js';

/** One problem, at a path into the set such as `content.sections.0.questions.2.condition.question`. */
export interface QuestionSetProblem {
  field: string;
  message: string;
}

/** The least number of options a choice question offers. */
export const CHOICE_OPTIONS_MIN = 2;

/** The values a condition on this question may name: 'yes'/'no' or its option keys. */
export function conditionValues(question: Question): string[] {
  if (question.type === 'yes_no') return [...YES_NO_VALUES];
  return question.options.map((option) => option.key);
}

function optionProblems(question: Question, path: string): QuestionSetProblem[] {
  const problems: QuestionSetProblem[] = [];
  if (!CHOICE_TYPES.includes(question.type)) {
    if (question.options.length > 0) problems.push({ field: `${path}.options`, message: `must be empty for a question of type ${question.type} (only choice questions have options)` });
    return problems;
  }
  if (question.options.length < CHOICE_OPTIONS_MIN) {
    problems.push({ field: `${path}.options`, message: `must hold at least ${CHOICE_OPTIONS_MIN} options for a choice question` });
  }
  const seen = new Set<string>();
  question.options.forEach((option, index) => {
    if (seen.has(option.key)) problems.push({ field: `${path}.options.${index}.key`, message: `must be unique within the question: '${option.key}' is used twice` });
    seen.add(option.key);
  });
  return problems;
}

function conditionProblems(question: Question, path: string, earlier: ReadonlyMap<string, Question>): QuestionSetProblem[] {
  const condition = question.condition;
  if (condition === null) return [];
  const tested = earlier.get(condition.question);
  if (!tested) return [{ field: `${path}.condition.question`, message: `must be the key of an earlier question ('${condition.question}' is not one)` }];
  if (!CONDITION_TYPES.includes(tested.type)) {
    return [{ field: `${path}.condition.question`, message: `must be a yes/no or choice question ('${condition.question}' is ${tested.type})` }];
  }
  const values = conditionValues(tested);
  const problems: QuestionSetProblem[] = [];
  const seen = new Set<string>();
  condition.anyOf.forEach((value, index) => {
    if (!values.includes(value)) problems.push({ field: `${path}.condition.anyOf.${index}`, message: `must be one of ${values.join(', ')} (the values of '${tested.key}')` });
    else if (seen.has(value)) problems.push({ field: `${path}.condition.anyOf.${index}`, message: `must not repeat '${value}'` });
    seen.add(value);
  });
  return problems;
}

function unitProblems(question: Question, path: string, unitCodes: ReadonlySet<string>, frameworkId: string): QuestionSetProblem[] {
  const problems: QuestionSetProblem[] = [];
  const seen = new Set<string>();
  question.unitCodes.forEach((code, index) => {
    if (!unitCodes.has(code)) problems.push({ field: `${path}.unitCodes.${index}`, message: `must be a sub-area of ${frameworkId} ('${code}' is not one)` });
    else if (seen.has(code)) problems.push({ field: `${path}.unitCodes.${index}`, message: `must not repeat '${code}'` });
    seen.add(code);
  });
  return problems;
}

/**
 * Every problem of a set's content (empty when it is valid), in set order. `unitCodes` are the
 * scoring units of the set's model version (`frameworkId`, named in the messages).
 */
export function questionSetProblems(content: QuestionSetContent, unitCodes: ReadonlySet<string>, frameworkId: string): QuestionSetProblem[] {
  const problems: QuestionSetProblem[] = [];
  const sectionKeys = new Set<string>();
  const questionKeys = new Set<string>();
  const earlier = new Map<string, Question>();
  let total = 0;
  content.sections.forEach((section, sectionIndex) => {
    const sectionPath = `content.sections.${sectionIndex}`;
    if (sectionKeys.has(section.key)) problems.push({ field: `${sectionPath}.key`, message: `must be unique: section '${section.key}' appears twice` });
    sectionKeys.add(section.key);
    section.questions.forEach((question, questionIndex) => {
      total += 1;
      const path = `${sectionPath}.questions.${questionIndex}`;
      if (questionKeys.has(question.key)) problems.push({ field: `${path}.key`, message: `must be unique in the set: question '${question.key}' appears twice` });
      questionKeys.add(question.key);
      problems.push(...optionProblems(question, path), ...conditionProblems(question, path, earlier), ...unitProblems(question, path, unitCodes, frameworkId));
      if (!earlier.has(question.key)) earlier.set(question.key, question);
    });
  });
  if (total > QUESTIONS_MAX) problems.push({ field: 'content.sections', message: `must hold at most ${QUESTIONS_MAX} questions in all (it holds ${total})` });
  return problems;
}

/** The number of questions of a set. */
export const questionCount = (content: QuestionSetContent): number => content.sections.reduce((sum, section) => sum + section.questions.length, 0);
