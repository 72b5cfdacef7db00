import { describe, expect, it } from 'vitest';
import type { Question } from '../../domain/question-set-values.js';
import { formOf, isIsoDate, isWebAddress, missingKeysOf, parseNumber, sameForm, valueOf } from './answer-forms.js';

const question = (type: Question['type']): Question => ({ key: '1.1', type, text: 'Q', help: '', required: false, unitCodes: ['1.1'], options: [], condition: null });

describe('answer forms', () => {
  it('reads numbers with a comma or a point and spaces between digits', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('1 250')).toBe(1250);
    expect(parseNumber('-3.25')).toBe(-3.25);
    expect(parseNumber('12 kr')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });

  it('gives a number answer, null for an empty one and nothing to send for a wrong one', () => {
    expect(valueOf(question('number'), '4,5')).toBe(4.5);
    expect(valueOf(question('number'), '  ')).toBeNull();
    expect(valueOf(question('number'), 'fyra')).toBeUndefined();
    expect(formOf(question('number'), 4.5)).toBe('4,5');
    expect(formOf(question('number'), 4.5, '.')).toBe('4.5');
  });

  it('takes only real dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(valueOf(question('date'), '2026-13-01')).toBeUndefined();
    expect(valueOf(question('date'), ' 2026-12-01 ')).toBe('2026-12-01');
  });

  it('clears texts, choices and lists when emptied', () => {
    expect(valueOf(question('text'), '   ')).toBeNull();
    expect(valueOf(question('text'), 'Ja, sedan 2021')).toBe('Ja, sedan 2021');
    expect(valueOf(question('yes_no'), '')).toBeNull();
    expect(valueOf(question('multiple_choice'), [])).toBeNull();
    expect(valueOf(question('multiple_choice'), ['a', 'b'])).toEqual(['a', 'b']);
    expect(valueOf(question('links'), [{ url: 'https://example.org', title: 'Plan' }])).toEqual([{ url: 'https://example.org', title: 'Plan' }]);
  });

  it('makes forms of stored values and ignores what does not fit', () => {
    expect(formOf(question('multiple_choice'), ['a', 3])).toEqual(['a']);
    expect(formOf(question('links'), 'x')).toEqual([]);
    expect(formOf(question('yes_no'), null)).toBe('');
    expect(sameForm(['a'], ['a'])).toBe(true);
    expect(sameForm('a', 'b')).toBe(false);
  });

  it('knows web addresses and the keys a refused submission names', () => {
    expect(isWebAddress('https://kommun.example/plan')).toBe(true);
    expect(isWebAddress('ftp://kommun.example')).toBe(false);
    expect(isWebAddress('kommun.example')).toBe(false);
    expect(missingKeysOf([{ field: 'answers.2.1' }, { field: 'version' }, { field: 'answers.3' }])).toEqual(['2.1', '3']);
  });
});
