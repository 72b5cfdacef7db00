import { describe, expect, it } from 'vitest';
import type { Question, QuestionSetContent } from '../../domain/question-set-values.js';
import { addQuestion, addSection, earlierConditionQuestions, fieldElementId, moveItem, placeOf, pruneConditions, removeQuestion, removeSection, withType } from './set-draft.js';

const question = (key: string, extra: Partial<Question> = {}): Question => ({
  key,
  type: 'text',
  text: `Fråga ${key}`,
  help: '',
  required: false,
  unitCodes: ['1.1'],
  options: [],
  condition: null,
  ...extra,
});

const content = (): QuestionSetContent => ({
  sections: [
    { key: '1', title: 'Ett', intro: '', questions: [question('1.1', { type: 'yes_no' }), question('1.2', { condition: { question: '1.1', anyOf: ['yes'] } })] },
    {
      key: '2',
      title: 'Två',
      intro: '',
      questions: [
        question('2.1', { type: 'single_choice', options: [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }] }),
        question('2.2', { condition: { question: '2.1', anyOf: ['a', 'b'] } }),
      ],
    },
  ],
});

describe('the question set draft', () => {
  it('moves items one place and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('adds sections and questions with free keys', () => {
    const withSection = addSection(content(), 'Tre');
    expect(withSection.sections.map((section) => section.key)).toEqual(['1', '2', '3']);
    const added = addQuestion(content(), 0, 'Ny');
    expect(added.key).toBe('1.3');
    expect(added.content.sections[0]?.questions.at(-1)).toMatchObject({ key: '1.3', type: 'text', text: 'Ny', options: [], condition: null });
  });

  it('drops the conditions on a removed question or section', () => {
    expect(removeQuestion(content(), 0, 0).sections[0]?.questions[0]?.condition).toBeNull();
    expect(removeSection(content(), 1).sections).toHaveLength(1);
    expect(removeSection(content(), 0).sections[0]?.questions[1]?.condition).toEqual({ question: '2.1', anyOf: ['a', 'b'] });
  });

  it('gives choice types options and keeps conditions only on values that still exist', () => {
    expect(withType(question('x'), 'multiple_choice').options).toHaveLength(2);
    expect(withType(question('x', { type: 'single_choice', options: [{ key: 'a', label: 'A' }] }), 'number').options).toEqual([]);
    const start = content();
    const choice = start.sections[1]!.questions[0]!;
    start.sections[1]!.questions[0] = { ...choice, options: [{ key: 'a', label: 'A' }] };
    expect(pruneConditions(start).sections[1]?.questions[1]?.condition).toEqual({ question: '2.1', anyOf: ['a'] });
    start.sections[1]!.questions[0] = withType(choice, 'text');
    expect(pruneConditions(start).sections[1]?.questions[1]?.condition).toBeNull();
  });

  it('offers only earlier yes/no and choice questions to a condition', () => {
    expect(earlierConditionQuestions(content(), 1, 1).map((entry) => entry.key)).toEqual(['1.1', '2.1']);
    expect(earlierConditionQuestions(content(), 0, 0)).toEqual([]);
  });

  it('finds the field a validation detail names', () => {
    const place = placeOf('body.content.sections.1.questions.0.condition.question');
    expect(place).toEqual({ section: 1, question: 0, field: 'condition.question' });
    expect(fieldElementId(place!)).toBe('qs-s1-q0-condition');
    expect(fieldElementId(placeOf('body.content.sections.0.title')!)).toBe('qs-s0-title');
    expect(fieldElementId(placeOf('body.title')!)).toBe('qs-title');
    expect(fieldElementId(placeOf('body.content.sections.0.questions.3')!)).toBe('qs-s0-q3-key');
    expect(placeOf('Frågor!F12')).toBeNull();
  });
});
