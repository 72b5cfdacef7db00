import { describe, expect, it } from 'vitest';
import { formatDecimalString, formatPartialDate, formatPercent, formatPeriod, hasFraction } from './format.js';
import { placeholdersOf } from './interpolate.js';
import { isLanguage, languageFromBrowser } from './language.js';
import { translate } from './translate.js';
import { en, nb, sv } from './ui-catalogue.js';

describe('translate', () => {
  it('fills {name} placeholders and leaves unknown ones visible', () => {
    expect(translate('sv', 'evaluation.areaHeading', { code: '3', title: 'Styrning' })).toBe('Område 3: Styrning');
    expect(translate('sv', 'evaluation.areaHeading', { code: '3' })).toBe('Område 3: {title}');
  });

  it('speaks each language for every key, without falling back to Swedish', () => {
    expect(translate('en', 'nav.municipalities')).toBe('Municipalities');
    expect(translate('nb', 'nav.frameworks')).toBe('Rammeverk');
    for (const catalogue of [en, nb]) expect(Object.keys(catalogue).sort()).toEqual(Object.keys(sv).sort());
  });

  it('chooses the plural form of a count for each language', () => {
    expect(translate('sv', 'evaluation.intervieweesValue', { count: 1 })).toBe('1 person');
    expect(translate('sv', 'evaluation.intervieweesValue', { count: 12 })).toBe('12 personer');
    expect(translate('en', 'evaluation.intervieweesValue', { count: 1 })).toBe('1 person');
    expect(translate('en', 'evaluation.intervieweesValue', { count: 12 })).toBe('12 people');
    expect(translate('nb', 'evaluation.intervieweesValue', { count: 1 })).toBe('1 person');
    expect(translate('nb', 'evaluation.intervieweesValue', { count: 12 })).toBe('12 personer');
    expect(translate('en', 'search.count.all', { count: 1 })).toBe('1 municipality.');
    expect(translate('nb', 'search.count.all', { count: 290 })).toBe('290 kommuner.');
    expect(translate('sv', 'comparisons.peer.text', { label: 'Län', n: 1 })).toBe('Län: n = 1 publicerad utvärdering.');
    expect(translate('en', 'comparisons.referenceN', { n: 38 })).toBe('It is based on n = 38 evaluations.');
    expect(translate('sv', 'writing.list.removed', { item: 'Styrka 2', count: 1 })).toBe('Styrka 2 togs bort. Listan har nu 1 punkt.');
    expect(translate('nb', 'writing.list.removed', { item: 'Styrke 2', count: 0 })).toBe('Styrke 2 ble fjernet. Listen har nå 0 punkter.');
  });

  it('has no keys in other catalogues that Swedish lacks, and keeps the same placeholders', () => {
    for (const catalogue of [en, nb]) {
      for (const [key, text] of Object.entries(catalogue)) {
        expect(Object.keys(sv)).toContain(key);
        expect(placeholdersOf(text ?? ''), key).toEqual(placeholdersOf(sv[key as keyof typeof sv]));
      }
    }
  });

  it("takes a first visitor's language from the browser's preferences", () => {
    expect(languageFromBrowser(['nb-NO', 'en'])).toBe('nb');
    expect(languageFromBrowser(['no'])).toBe('nb');
    expect(languageFromBrowser(['nn-NO', 'sv'])).toBe('nb');
    expect(languageFromBrowser(['de-DE', 'en-US', 'sv'])).toBe('en');
    expect(languageFromBrowser(['sv-FI'])).toBe('sv');
    expect(languageFromBrowser(['de', 'fr'])).toBeNull();
    expect(languageFromBrowser([])).toBeNull();
  });

  it('knows its languages', () => {
    expect(isLanguage('nb')).toBe(true);
    expect(isLanguage('de')).toBe(false);
  });
});

describe('Swedish formatting', () => {
  it('uses a decimal comma and a space before the percent sign', () => {
    expect(formatDecimalString('6.50', 'sv')).toBe('6,5');
    expect(formatDecimalString('72.00', 'sv')).toBe('72');
    expect(formatPercent(69, 'sv').replace(/\s/g, ' ')).toBe('69 %');
    expect(formatPercent(69, 'en')).toBe('69%');
  });

  it('tells exact values with decimals from whole ones', () => {
    expect(hasFraction('6.50')).toBe(true);
    expect(hasFraction('7.00')).toBe(false);
  });

  it('formats dates as precisely as they are known', () => {
    expect(formatPartialDate('2017', 'sv')).toBe('2017');
    expect(formatPartialDate('2017-02', 'sv')).toBe('februari 2017');
    expect(formatPartialDate('2023-11-23', 'sv')).toBe('23 november 2023');
    expect(formatPeriod('2017-02', '2017-03', 'sv')).toBe('februari 2017 – mars 2017');
    expect(formatPeriod(null, null, 'sv')).toBeNull();
  });
});
