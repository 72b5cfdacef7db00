import { describe, expect, it } from 'vitest';
import { parseSearchQuery, wordsOf } from './search-query.js';

const parse = (input: string) => parseSearchQuery(input, 200);
const word = (text: string) => ({ words: [text], phrase: false });

describe('parseSearchQuery', () => {
  it('requires every word', () => {
    expect(parse('mål  Dialog')).toEqual({ ok: true, query: { groups: [[word('mål')], [word('dialog')]], excluded: [] } });
  });

  it('reads quoted phrases, exclusions and OR', () => {
    expect(parse('"tydliga mål" -budget styrning OR ledning')).toEqual({
      ok: true,
      query: { groups: [[{ words: ['tydliga', 'mål'], phrase: true }], [word('styrning'), word('ledning')]], excluded: [word('budget')] },
    });
    expect(parse('-"öppna data" kultur')).toEqual({
      ok: true,
      query: { groups: [[word('kultur')]], excluded: [{ words: ['öppna', 'data'], phrase: true }] },
    });
  });

  it('takes OR only in capitals; or in lower case is a word', () => {
    expect(parse('a or b')).toMatchObject({ ok: true, query: { groups: [[word('a')], [word('or')], [word('b')]] } });
    expect(parse('a OR b OR c')).toMatchObject({ ok: true, query: { groups: [[word('a'), word('b'), word('c')]] } });
  });

  it('treats punctuation and operator characters as text that separates words', () => {
    expect(parse("'; drop table evaluations; --")).toMatchObject({
      ok: true,
      query: { groups: [[{ words: ['drop'], phrase: false }], [word('table')], [word('evaluations')]] },
    });
    expect(parse('a&b|c!d:*()<>')).toEqual({ ok: true, query: { groups: [[{ words: ['a', 'b', 'c', 'd'], phrase: true }]], excluded: [] } });
    expect(parse('50% \\ _x_')).toMatchObject({ ok: true, query: { groups: [[word('50')], [word('x')]] } });
    expect(parse('e-tjänster')).toMatchObject({ ok: true, query: { groups: [[{ words: ['e', 'tjänster'], phrase: true }]] } });
  });

  it('names what is wrong', () => {
    expect(parse('"tydliga mål')).toEqual({ ok: false, problem: 'unbalanced-quote' });
    expect(parse('mål - dialog')).toEqual({ ok: false, problem: 'lone-minus' });
    expect(parse('mål -')).toEqual({ ok: false, problem: 'lone-minus' });
    expect(parse('OR mål')).toEqual({ ok: false, problem: 'or-at-edge' });
    expect(parse('mål OR')).toEqual({ ok: false, problem: 'or-at-edge' });
    expect(parse('mål OR OR dialog')).toEqual({ ok: false, problem: 'or-at-edge' });
    expect(parse('mål OR -dialog')).toEqual({ ok: false, problem: 'or-with-exclusion' });
    expect(parse('')).toEqual({ ok: false, problem: 'nothing-searchable' });
    expect(parse('%%% ;')).toEqual({ ok: false, problem: 'nothing-searchable' });
    expect(parse('-mål')).toEqual({ ok: false, problem: 'nothing-searchable' });
    expect(parse('""')).toEqual({ ok: false, problem: 'nothing-searchable' });
    expect(parse('a'.repeat(201))).toEqual({ ok: false, problem: 'too-long' });
    expect(parse('a'.repeat(200)).ok).toBe(true);
  });

  it('reads words of letters and digits in any script, lower case', () => {
    expect(wordsOf('Medborgardialog, ÅRET 2019!')).toEqual(['medborgardialog', 'året', '2019']);
  });
});
