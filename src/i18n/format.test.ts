import { describe, expect, it } from 'vitest';
import { compareText, decimalSeparator } from './format.js';
import type { Language } from './language.js';

const sorted = (names: readonly string[], language: Language) => [...names].sort((a, b) => compareText(a, b, language));

describe('compareText', () => {
  it('sorts å, ä and ö after z, in that order, in Swedish', () => {
    expect(sorted(['Örebro', 'Ale', 'Åre', 'Älvdalen', 'Zinkgruvan', 'Avesta', 'Östhammar', 'Ängelholm'], 'sv')).toEqual([
      'Ale',
      'Avesta',
      'Zinkgruvan',
      'Åre',
      'Älvdalen',
      'Ängelholm',
      'Örebro',
      'Östhammar',
    ]);
  });

  it('sorts æ, ø and å after z, in that order, in Norwegian', () => {
    expect(sorted(['Ås', 'Øyer', 'Ærø', 'Zeta', 'Arendal', 'Ørland', 'Åfjord'], 'nb')).toEqual(['Arendal', 'Zeta', 'Ærø', 'Ørland', 'Øyer', 'Åfjord', 'Ås']);
  });

  it('files the same letters with their base letters in English', () => {
    expect(sorted(['Örebro', 'Ale', 'Åre', 'Zinkgruvan', 'Osby'], 'en')).toEqual(['Ale', 'Åre', 'Örebro', 'Osby', 'Zinkgruvan']);
  });

  it('differs between the languages where their alphabets do (ä and æ, ö and ø)', () => {
    // In Swedish ä comes before ö; Norwegian sorts ä as æ and ö as ø, before å.
    expect(sorted(['Åmål', 'Älmhult', 'Övertorneå'], 'sv')).toEqual(['Åmål', 'Älmhult', 'Övertorneå']);
    expect(sorted(['Åmål', 'Älmhult', 'Övertorneå'], 'nb')).toEqual(['Älmhult', 'Övertorneå', 'Åmål']);
  });

  it('puts numbers in order of value and tells case apart only when all else is equal', () => {
    expect(sorted(['Område 10', 'Område 2', 'område 1'], 'sv')).toEqual(['område 1', 'Område 2', 'Område 10']);
    expect(compareText('Ale', 'Ale', 'sv')).toBe(0);
    expect(compareText('ale', 'Ale', 'sv')).not.toBe(0);
  });
});

describe('decimalSeparator', () => {
  it('is a comma in Swedish and Norwegian and a point in English', () => {
    expect(decimalSeparator('sv')).toBe(',');
    expect(decimalSeparator('nb')).toBe(',');
    expect(decimalSeparator('en')).toBe('.');
  });
});
