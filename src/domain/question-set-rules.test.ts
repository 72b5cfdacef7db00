import { describe, expect, it } from 'vitest';
import type { Question, QuestionSetContent } from './question-set-values.js';
import { questionCount, questionSetProblems } from './question-set-rules.js';

const UNITS = new Set(['1.1', '1.2', '2.1']);

const question = (key: string, fields: Partial<Question> = {}): Question => ({
  key,
  type: 'text',
  text: `Fråga ${key}`,
  help: '',
  required: false,
  unitCodes: ['1.1'],
  options: [],
  condition: null,
  ...fields,
});

const yesNo = question('a', { type: 'yes_no' });
const choice = question('b', { type: 'single_choice', options: [{ key: 'x', label: 'X' }, { key: 'y', label: 'Y' }] });

const setOf = (...sections: Question[][]): QuestionSetContent => ({
  sections: sections.map((questions, index) => ({ key: `s${index + 1}`, title: `Avsnitt ${index + 1}`, intro: '', questions })),
});

const problems = (content: QuestionSetContent) => questionSetProblems(content, UNITS, 'kommunkompassen-2020');
const fields = (content: QuestionSetContent) => problems(content).map((problem) => problem.field);

describe('question set rules', () => {
  it('accepts a valid set with conditions on earlier yes/no and choice questions, across sections', () => {
    const content = setOf(
      [yesNo, choice],
      [question('c', { condition: { question: 'a', anyOf: ['yes'] } }), question('d', { type: 'multiple_choice', options: choice.options, condition: { question: 'b', anyOf: ['x', 'y'] } })],
    );
    expect(problems(content)).toEqual([]);
    expect(questionCount(content)).toBe(4);
  });

  it('refuses repeated section keys and question keys anywhere in the set', () => {
    const content: QuestionSetContent = {
      sections: [
        { key: 's', title: 'Ett', intro: '', questions: [question('q')] },
        { key: 's', title: 'Två', intro: '', questions: [question('q')] },
      ],
    };
    expect(fields(content)).toEqual(['content.sections.1.key', 'content.sections.1.questions.0.key']);
  });

  it('wants at least two options with unique keys for choice questions and none for other types', () => {
    const content = setOf([
      question('a', { type: 'single_choice', options: [{ key: 'x', label: 'X' }] }),
      question('b', { type: 'multiple_choice', options: [{ key: 'x', label: 'X' }, { key: 'x', label: 'Y' }] }),
      question('c', { type: 'number', options: [{ key: 'x', label: 'X' }, { key: 'y', label: 'Y' }] }),
    ]);
    expect(fields(content)).toEqual(['content.sections.0.questions.0.options', 'content.sections.0.questions.1.options.1.key', 'content.sections.0.questions.2.options']);
  });

  it('allows a condition only on an earlier yes/no or choice question and only on its real values', () => {
    const content = setOf([
      question('first', { condition: { question: 'later', anyOf: ['yes'] } }),
      yesNo,
      question('self', { type: 'yes_no', condition: { question: 'self', anyOf: ['yes'] } }),
      question('t'),
      question('on-text', { condition: { question: 't', anyOf: ['yes'] } }),
      question('bad-value', { condition: { question: 'a', anyOf: ['ja', 'yes', 'yes'] } }),
      question('later', { type: 'yes_no' }),
    ]);
    expect(problems(content)).toEqual([
      { field: 'content.sections.0.questions.0.condition.question', message: "must be the key of an earlier question ('later' is not one)" },
      { field: 'content.sections.0.questions.2.condition.question', message: "must be the key of an earlier question ('self' is not one)" },
      { field: 'content.sections.0.questions.4.condition.question', message: "must be a yes/no or choice question ('t' is text)" },
      { field: 'content.sections.0.questions.5.condition.anyOf.0', message: "must be one of yes, no (the values of 'a')" },
      { field: 'content.sections.0.questions.5.condition.anyOf.2', message: "must not repeat 'yes'" },
    ]);
  });

  it("names a choice's option keys as the values its condition may test", () => {
    const content = setOf([choice, question('c', { condition: { question: 'b', anyOf: ['z'] } })]);
    expect(problems(content)).toEqual([{ field: 'content.sections.0.questions.1.condition.anyOf.0', message: "must be one of x, y (the values of 'b')" }]);
  });

  it('links only to sub-areas of the model version, each once', () => {
    const content = setOf([question('a', { unitCodes: ['1.1', '9.9', '1.1'] })]);
    expect(problems(content)).toEqual([
      { field: 'content.sections.0.questions.0.unitCodes.1', message: "must be a sub-area of kommunkompassen-2020 ('9.9' is not one)" },
      { field: 'content.sections.0.questions.0.unitCodes.2', message: "must not repeat '1.1'" },
    ]);
  });

  it('counts the questions of all sections against the limit', () => {
    const many = (prefix: string) => Array.from({ length: 250 }, (_, index) => question(`${prefix}${index}`));
    expect(fields(setOf(many('a'), many('b')))).toEqual([]);
    expect(fields(setOf(many('a'), many('b'), [question('c')]))).toEqual(['content.sections']);
  });
});
