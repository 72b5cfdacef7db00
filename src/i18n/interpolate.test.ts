import { describe, expect, it } from 'vitest';
import { interpolate, placeholdersOf, pluralProblems } from './interpolate.js';

const FILES = '{count, plural, one {# fil i {area}} other {# filer i {area}}}';

describe('interpolate', () => {
  it('fills placeholders and leaves a missing one visible', () => {
    expect(interpolate('Område {code}: {title}', { code: 3 })).toBe('Område 3: {title}');
  });

  it('chooses the plural form for the count in the language and writes the count its way', () => {
    expect(interpolate(FILES, { count: 1, area: 'A' }, 'sv')).toBe('1 fil i A');
    expect(interpolate(FILES, { count: 0, area: 'A' }, 'sv')).toBe('0 filer i A');
    expect(interpolate(FILES, { count: 1234, area: 'A' }, 'sv').replace(/\s/g, ' ')).toBe('1 234 filer i A');
    expect(interpolate(FILES, { count: 1234, area: 'A' }, 'en')).toBe('1,234 filer i A');
    expect(interpolate('{n, plural, =0 {none} one {# item} other {# items}}', { n: 0 }, 'en')).toBe('none');
  });

  it('leaves a plural choice visible when its count is missing or not a number', () => {
    expect(interpolate(FILES, { area: 'A' })).toBe(FILES.replace('{area}', 'A').replace('{area}', 'A'));
    expect(interpolate('{count, plural, one {#} other {#}}', { count: 'x' })).toBe('{count, plural, one {#} other {#}}');
  });
});

describe('placeholdersOf and pluralProblems', () => {
  it('counts a plural choice as its count and the placeholders in its forms', () => {
    expect(placeholdersOf(`${FILES} av {total}`)).toEqual(['area', 'count', 'total']);
  });

  it('asks every plural choice for the one and other forms', () => {
    expect(pluralProblems(FILES)).toEqual([]);
    expect(pluralProblems('{count, plural, other {# filer}}')).toEqual(['{count, plural} lacks the "one" form']);
    expect(pluralProblems('{count, plural, one {# fil other {# filer}}')).toEqual(['a plural choice that cannot be read']);
  });
});
