import { describe, expect, it } from 'vitest';
import type { Question, QuestionSetContent } from './question-set-values.js';
import { answerValueProblem, daysUntil, isAnswered, questionnaireProgress, visibleQuestionKeys, type AnswerState } from './questionnaire-rules.js';

const q = (key: string, fields: Partial<Question> & Pick<Question, 'type'>): Question => ({
  key,
  text: `Fråga ${key}`,
  help: '',
  required: false,
  unitCodes: ['1.1'],
  options: [],
  condition: null,
  ...fields,
});

const options = [
  { key: 'a', label: 'A' },
  { key: 'b', label: 'B' },
];

const content: QuestionSetContent = {
  sections: [
    {
      key: 's1',
      title: 'Ett',
      intro: '',
      questions: [
        q('1', { type: 'yes_no', required: true }),
        q('2', { type: 'text', required: true, condition: { question: '1', anyOf: ['yes'] } }),
        q('3', { type: 'multiple_choice', options, condition: { question: '2', anyOf: ['x'] } }),
      ],
    },
    {
      key: 's2',
      title: 'Två',
      intro: '',
      questions: [
        q('4', { type: 'single_choice', options }),
        q('5', { type: 'documents', required: true, condition: { question: '4', anyOf: ['b'] } }),
        q('6', { type: 'multiple_choice', options }),
        q('7', { type: 'number', condition: { question: '6', anyOf: ['a'] } }),
      ],
    },
  ],
};

const state = (values: Record<string, unknown>, files: Record<string, number> = {}): AnswerState => ({
  values: new Map(Object.entries(values)),
  fileCounts: new Map(Object.entries(files)),
});

describe('visibleQuestionKeys', () => {
  it('shows unconditional questions and hides conditional ones until their condition holds', () => {
    expect(visibleQuestionKeys(content, new Map())).toEqual(['1', '4', '6']);
    expect(visibleQuestionKeys(content, state({ '1': 'yes' }).values)).toEqual(['1', '2', '4', '6']);
    expect(visibleQuestionKeys(content, state({ '1': 'no' }).values)).toEqual(['1', '4', '6']);
  });

  it('shows a question when a multiple choice includes one of the values', () => {
    expect(visibleQuestionKeys(content, state({ '6': ['b', 'a'] }).values)).toContain('7');
    expect(visibleQuestionKeys(content, state({ '6': ['b'] }).values)).not.toContain('7');
  });

  it('hides a question whose condition depends on a hidden question, whatever the hidden answer was', () => {
    expect(visibleQuestionKeys(content, state({ '1': 'no', '2': 'x' }).values)).not.toContain('3');
    expect(visibleQuestionKeys(content, state({ '1': 'yes', '2': 'x' }).values)).toContain('3');
  });
});

describe('answerValueProblem', () => {
  it('accepts null for every type (it clears the answer)', () => {
    for (const question of content.sections.flatMap((section) => section.questions)) expect(answerValueProblem(question, null)).toBeNull();
  });

  it('checks each type', () => {
    expect(answerValueProblem(q('x', { type: 'yes_no' }), 'yes')).toBeNull();
    expect(answerValueProblem(q('x', { type: 'yes_no' }), 'maybe')).toMatch(/yes/);
    expect(answerValueProblem(q('x', { type: 'single_choice', options }), 'a')).toBeNull();
    expect(answerValueProblem(q('x', { type: 'single_choice', options }), 'c')).toMatch(/options/);
    expect(answerValueProblem(q('x', { type: 'multiple_choice', options }), ['a', 'b'])).toBeNull();
    expect(answerValueProblem(q('x', { type: 'multiple_choice', options }), ['a', 'a'])).toMatch(/twice/);
    expect(answerValueProblem(q('x', { type: 'multiple_choice', options }), 'a')).toMatch(/list/);
    expect(answerValueProblem(q('x', { type: 'number' }), 12.5)).toBeNull();
    expect(answerValueProblem(q('x', { type: 'number' }), '12')).toMatch(/number/);
    expect(answerValueProblem(q('x', { type: 'date' }), '2024-02-29')).toBeNull();
    expect(answerValueProblem(q('x', { type: 'date' }), '2023-02-29')).toMatch(/date/);
    expect(answerValueProblem(q('x', { type: 'text' }), 'Svar')).toBeNull();
    expect(answerValueProblem(q('x', { type: 'text' }), 3)).toMatch(/text/);
    expect(answerValueProblem(q('x', { type: 'documents' }), 'En kommentar')).toBeNull();
    expect(answerValueProblem(q('x', { type: 'links' }), [{ url: 'https://example.se', title: 'Plan' }])).toBeNull();
    expect(answerValueProblem(q('x', { type: 'links' }), ['https://example.se'])).toMatch(/links/);
  });
});

describe('isAnswered', () => {
  it('counts a value that says something, and for documents at least one file', () => {
    expect(isAnswered(q('t', { type: 'text' }), state({ t: '  ' }))).toBe(false);
    expect(isAnswered(q('t', { type: 'text' }), state({ t: 'Ja' }))).toBe(true);
    expect(isAnswered(q('m', { type: 'multiple_choice', options }), state({ m: [] }))).toBe(false);
    expect(isAnswered(q('n', { type: 'number' }), state({ n: 0 }))).toBe(true);
    expect(isAnswered(q('d', { type: 'documents' }), state({ d: 'En kommentar' }))).toBe(false);
    expect(isAnswered(q('d', { type: 'documents' }), state({}, { d: 1 }))).toBe(true);
  });
});

describe('questionnaireProgress', () => {
  it('counts shown, answered and missing required questions per section, hidden ones nowhere', () => {
    const progress = questionnaireProgress(content, state({ '1': 'yes', '4': 'b' }));
    expect(progress.sections).toEqual([
      { key: 's1', visible: 2, answered: 1, requiredMissing: ['2'] },
      { key: 's2', visible: 3, answered: 1, requiredMissing: ['5'] },
    ]);
    expect(progress).toMatchObject({ visible: 5, answered: 2, requiredMissing: ['2', '5'] });
  });

  it('does not require a hidden question, even one that was answered before it was hidden', () => {
    const progress = questionnaireProgress(content, state({ '1': 'no', '2': 'Kvar', '4': 'a' }));
    expect(progress.requiredMissing).toEqual([]);
    expect(progress.answered).toBe(2);
  });

  it('counts a documents question answered once it holds a file', () => {
    expect(questionnaireProgress(content, state({ '1': 'no', '4': 'b' }, { '5': 2 })).requiredMissing).toEqual([]);
  });
});

describe('daysUntil', () => {
  it('counts whole days, negative when past, across month ends and leap days', () => {
    expect(daysUntil('2026-12-07', '2026-12-07')).toBe(0);
    expect(daysUntil('2026-12-07', '2026-12-14')).toBe(7);
    expect(daysUntil('2026-12-07', '2026-11-30')).toBe(-7);
    expect(daysUntil('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysUntil('2026-03-28', '2026-03-30')).toBe(2);
  });
});
