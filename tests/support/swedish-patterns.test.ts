import { describe, expect, it } from 'vitest';
import { UI_FEATURES } from '../../src/i18n/ui-catalogue.js';
import { interpolate } from '../../src/i18n/interpolate.js';
import { isDistinctive, longestLiteral, swedishPatterns, templateSource } from './swedish-patterns.js';

const whole = (template: string) => new RegExp(`^(?:${templateSource(template)})$`, 'u');

describe('Swedish catalogue texts as patterns', () => {
  it('matches a text with its placeholders filled in, and nothing else', () => {
    const pattern = whole('Sparat {time} av {name}.');
    expect(pattern.test('Sparat 14:05 av Anna Andersson.')).toBe(true);
    expect(pattern.test('Sparat  14:05\nav Anna.')).toBe(true);
    expect(pattern.test('Saved 14:05 by Anna.')).toBe(false);
    expect(pattern.test('Sparat av Anna.')).toBe(false);
  });

  it('matches every form of a plural choice, with the count as the language writes it', () => {
    const template = 'Visar {count, plural, one {# kommun} other {# kommuner}} av {total}';
    const pattern = whole(template);
    for (const count of [1, 2, 1234]) expect(pattern.test(interpolate(template, { count, total: 290 }, 'sv'))).toBe(true);
    expect(pattern.test('Viser 2 kommuner av 290')).toBe(false);
  });

  it('keeps special characters literal', () => {
    expect(whole('Nr. (valfritt) #1 [a-b]').test('Nr. (valfritt) #1 [a-b]')).toBe(true);
    expect(whole('Nr. (valfritt)').test('Nrx (valfritt)')).toBe(false);
  });

  it('finds the longest literal piece, which every match must hold', () => {
    expect(longestLiteral('Sparat {time} av  {name}, senast ändrad')).toBe(', senast ändrad');
    expect(longestLiteral('{count, plural, one {# kommun} other {# kommuner}} matchar sökningen')).toBe('matchar sökningen');
  });

  it('leaves out texts too short to tell from other words', () => {
    expect(isDistinctive('Status')).toBe(false);
    expect(isDistinctive('{count} st')).toBe(false);
    expect(isDistinctive('Bedömning')).toBe(true);
    expect(isDistinctive('Logga in')).toBe(true);
    expect(isDistinctive('Visar {count, plural, one {# kommun} other {# kommuner}}')).toBe(true);
  });

  it('lists the texts a language lacks or words differently, not those it shares', () => {
    const features = {
      demo: {
        sv: { a: 'Logga in här', b: 'Kommunkompassen', c: 'Sök bland kommuner', d: 'Ändra lösenord', e: 'Kort' },
        en: { a: 'Sign in here', b: 'Kommunkompassen', d: 'Ändra lösenord' },
        nb: {},
      },
    };
    expect(swedishPatterns(features, 'en').map((pattern) => pattern.keys)).toEqual([['demo/a'], ['demo/c']]);
    expect(swedishPatterns(features, 'nb').map((pattern) => pattern.keys)).toEqual([['demo/a'], ['demo/b'], ['demo/c'], ['demo/d']]);
  });

  it('leaves out a Swedish text that reads the same as the language shows its own, once counts are filled in', () => {
    const features = {
      demo: {
        sv: { count: '{count, plural, one {# kommun} other {# kommuner}} hittades.', other: '{count, plural, one {# utvärdering} other {# utvärderingar}} hittades.' },
        en: { count: '{count, plural, one {# municipality} other {# municipalities}} found.', other: '{count, plural, one {# evaluation} other {# evaluations}} found.' },
        nb: { count: '{count, plural, one {# kommune} other {# kommuner}} hittades.', other: '{count, plural, one {# evaluering} other {# evalueringer}} ble funnet.' },
      },
    };
    // "647 kommuner hittades." reads the same in both: no evidence of Swedish.
    expect(swedishPatterns(features, 'nb').map((pattern) => pattern.keys)).toEqual([['demo/other']]);
    expect(swedishPatterns(features, 'en').map((pattern) => pattern.keys)).toEqual([['demo/count'], ['demo/other']]);
  });

  it('builds a valid pattern from every Swedish text of the UI catalogue', () => {
    for (const language of ['en', 'nb'] as const) {
      for (const pattern of swedishPatterns(UI_FEATURES, language)) {
        expect(() => new RegExp(pattern.source, 'u'), pattern.text).not.toThrow();
        expect(new RegExp(`^(?:${pattern.source})$`, 'u').test(pattern.text.replace(/\{(\w+)\}/g, 'x')) || /plural/.test(pattern.text), pattern.text).toBe(true);
      }
    }
  });
});
