import { describe, expect, it } from 'vitest';
import type { TeamAnswer } from '../../../contract/questionnaires.js';
import { answerDisplay, answerLinkable, answersOfUnit, isLinked } from './answer-view.js';

const WORDS = { yes: 'Ja', no: 'Nej' };
const answer = (value: unknown) => ({ questionKey: 'q', value, version: 1, updatedByName: 'Ann', updatedAt: '2026-05-01T10:00:00Z' });
const item = (type: TeamAnswer['type'], value: unknown, options: TeamAnswer['options'] = []) => ({ type, options, answer: value === undefined ? null : answer(value) });

describe('answerDisplay', () => {
  it('reads a missing answer, a null value and an empty text as no answer', () => {
    expect(answerDisplay(item('text', undefined), WORDS)).toEqual({ kind: 'none' });
    expect(answerDisplay(item('text', null), WORDS)).toEqual({ kind: 'none' });
    expect(answerDisplay(item('text', '  '), WORDS)).toEqual({ kind: 'none' });
  });

  it('gives texts and a documents note as Markdown', () => {
    expect(answerDisplay(item('text', '**Ja**, sedan 2024'), WORDS)).toEqual({ kind: 'markdown', text: '**Ja**, sedan 2024' });
    expect(answerDisplay(item('documents', 'Se bilagan'), WORDS)).toEqual({ kind: 'markdown', text: 'Se bilagan' });
  });

  it('says yes and no in the reader’s words and choices by their labels', () => {
    const options = [
      { key: 'a', label: 'Varje månad' },
      { key: 'b', label: 'Varje år' },
    ];
    expect(answerDisplay(item('yes_no', 'no'), WORDS)).toEqual({ kind: 'line', text: 'Nej' });
    expect(answerDisplay(item('single_choice', 'b', options), WORDS)).toEqual({ kind: 'line', text: 'Varje år' });
    expect(answerDisplay(item('multiple_choice', ['a', 'gone'], options), WORDS)).toEqual({ kind: 'line', text: 'Varje månad, gone' });
    expect(answerDisplay(item('multiple_choice', [], options), WORDS)).toEqual({ kind: 'none' });
  });

  it('keeps numbers, dates and links for the page to format', () => {
    expect(answerDisplay(item('number', 12.5), WORDS)).toEqual({ kind: 'number', value: 12.5 });
    expect(answerDisplay(item('date', '2026-04-30'), WORDS)).toEqual({ kind: 'date', date: '2026-04-30' });
    expect(answerDisplay(item('date', 'soon'), WORDS)).toEqual({ kind: 'none' });
    const links = [{ url: 'https://example.org/plan', title: 'Planen' }];
    expect(answerDisplay(item('links', links), WORDS)).toEqual({ kind: 'links', links });
  });
});

describe('linking', () => {
  it('offers the answer itself only when it holds a value', () => {
    expect(answerLinkable(item('documents', null))).toBe(false);
    expect(answerLinkable(item('yes_no', 'yes'))).toBe(true);
  });

  it('tells the answer and each document apart when they are linked', () => {
    const linked = { linkedEvidence: [{ evidenceId: 'e1', fileId: 'f1' }] };
    expect(isLinked(linked, 'f1')).toBe(true);
    expect(isLinked(linked, null)).toBe(false);
    expect(isLinked(linked, 'f2')).toBe(false);
  });

  it('picks the questions of one sub-area', () => {
    const items = [{ unitCodes: ['1.1', '2.1'], key: 'a' }, { unitCodes: ['1.2'], key: 'b' }];
    expect(answersOfUnit(items, '1.1').map((entry) => entry.key)).toEqual(['a']);
    expect(answersOfUnit(items, '3.1')).toEqual([]);
  });
});
