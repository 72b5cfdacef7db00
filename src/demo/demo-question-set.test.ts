import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import { listScoringUnits } from '../domain/framework.js';
import { CONDITION_TYPES, QUESTION_TYPES, type AnswerValue } from '../domain/question-set-values.js';
import { allQuestions, answerValueProblem, questionnaireProgress } from '../domain/questionnaire-rules.js';
import { DEMO_QUESTION_SET_CONTENT, DEMO_QUESTION_SET_FRAMEWORK } from './demo-question-set.js';
import { DEMO_ANSWER_FILE, DEMO_ANSWERS } from './demo-questionnaire.js';

const framework = loadCatalogue().frameworks.get(DEMO_QUESTION_SET_FRAMEWORK)!;
const questions = allQuestions(DEMO_QUESTION_SET_CONTENT);

describe('the demo question set', () => {
  it('has a section per area of the 2020 model with two to four questions each, about 25 in all', () => {
    expect(DEMO_QUESTION_SET_CONTENT.sections).toHaveLength(framework.areas.length);
    for (const section of DEMO_QUESTION_SET_CONTENT.sections) expect(section.questions.length, section.key).toBeGreaterThanOrEqual(2);
    for (const section of DEMO_QUESTION_SET_CONTENT.sections) expect(section.questions.length, section.key).toBeLessThanOrEqual(4);
    expect(questions.length).toBeGreaterThanOrEqual(22);
    expect(questions.length).toBeLessThanOrEqual(28);
  });

  it('uses every question type, both required and optional questions, and unique keys', () => {
    expect(new Set(questions.map((question) => question.type))).toEqual(new Set(QUESTION_TYPES));
    expect(questions.some((question) => question.required)).toBe(true);
    expect(questions.some((question) => !question.required)).toBe(true);
    expect(new Set(questions.map((question) => question.key)).size).toBe(questions.length);
    expect(new Set(DEMO_QUESTION_SET_CONTENT.sections.map((section) => section.key)).size).toBe(DEMO_QUESTION_SET_CONTENT.sections.length);
  });

  it('links every question to real sub-areas of the 2020 model', () => {
    const codes = new Set(listScoringUnits(framework).map((unit) => unit.code));
    for (const question of questions) {
      expect(question.unitCodes.length, question.key).toBeGreaterThan(0);
      for (const code of question.unitCodes) expect(codes.has(code), `${question.key}: ${code}`).toBe(true);
    }
  });

  it('offers two or more options with unique keys on choice questions only', () => {
    for (const question of questions) {
      const choice = question.type === 'single_choice' || question.type === 'multiple_choice';
      if (!choice) expect(question.options, question.key).toEqual([]);
      else {
        expect(question.options.length, question.key).toBeGreaterThanOrEqual(2);
        expect(new Set(question.options.map((option) => option.key)).size, question.key).toBe(question.options.length);
      }
    }
  });

  it('has at least two conditional questions, each on an earlier yes/no or choice question and its real values', () => {
    const conditional = questions.filter((question) => question.condition);
    expect(conditional.length).toBeGreaterThanOrEqual(2);
    for (const question of conditional) {
      const index = questions.indexOf(question);
      const on = questions.findIndex((other) => other.key === question.condition!.question);
      expect(on, question.key).toBeGreaterThanOrEqual(0);
      expect(on, question.key).toBeLessThan(index);
      const target = questions[on]!;
      expect(CONDITION_TYPES).toContain(target.type);
      const values = target.type === 'yes_no' ? ['yes', 'no'] : target.options.map((option) => option.key);
      for (const value of question.condition!.anyOf) expect(values).toContain(value);
    }
  });

  it('has demo answers that fit their questions and leave it partly answered: some sections complete, some begun, some not', () => {
    for (const answer of DEMO_ANSWERS) {
      const question = questions.find((candidate) => candidate.key === answer.questionKey);
      expect(question, answer.questionKey).toBeDefined();
      expect(answerValueProblem(question!, answer.value), answer.questionKey).toBeNull();
    }
    expect(questions.find((question) => question.key === DEMO_ANSWER_FILE.questionKey)?.type).toBe('documents');
    const values = new Map<string, AnswerValue>(DEMO_ANSWERS.map((answer) => [answer.questionKey, answer.value]));
    const progress = questionnaireProgress(DEMO_QUESTION_SET_CONTENT, { values, fileCounts: new Map([[DEMO_ANSWER_FILE.questionKey, 1]]) });
    const complete = progress.sections.filter((section) => section.requiredMissing.length === 0 && section.answered > 0);
    const begun = progress.sections.filter((section) => section.requiredMissing.length > 0 && section.answered > 0);
    const untouched = progress.sections.filter((section) => section.answered === 0);
    expect(complete.map((section) => section.key)).toEqual(['demokrati', 'samhalle', 'styrning']);
    expect(begun.length + untouched.length).toBe(5);
    expect(untouched.length).toBeGreaterThan(0);
    expect(progress.requiredMissing.length).toBeGreaterThan(0);
  });
});
