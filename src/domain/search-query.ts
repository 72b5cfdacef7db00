/**
 * The report search's query language, parsed into a small tree the database query is built from
 * (never pasted into text-search syntax): words are all required, `"a phrase"` must appear in that
 * order, `-word` (or `-"a phrase"`) leaves out passages with it, and `OR` between two terms takes
 * either. Everything else a user types is text: characters that are neither letters nor digits
 * only separate words (`drop;table` is the words drop and table, one after the other).
 */

/** One term: a single word, or words that must follow one another (a quoted phrase, or a token such as e-tjänster). */
export interface SearchTerm {
  /** Lower-case words of letters and digits. */
  words: string[];
  /** True for a quoted phrase or a token of several words; single words also match as compound parts. */
  phrase: boolean;
}

export interface ParsedSearchQuery {
  /** Every group must match; a group matches when any of its terms does (terms joined by OR). */
  groups: SearchTerm[][];
  /** No passage with any of these matches. */
  excluded: SearchTerm[];
}

export const SEARCH_QUERY_PROBLEMS = ['too-long', 'unbalanced-quote', 'lone-minus', 'or-at-edge', 'or-with-exclusion', 'nothing-searchable'] as const;
export type SearchQueryProblem = (typeof SEARCH_QUERY_PROBLEMS)[number];

export type SearchQueryResult = { ok: true; query: ParsedSearchQuery } | { ok: false; problem: SearchQueryProblem };

interface Token {
  type: 'term' | 'or' | 'minus';
  negated: boolean;
  quoted: boolean;
  text: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a piece of text: runs of letters and digits, lower case. */
export function wordsOf(text: string): string[] {
  return (text.normalize('NFC').match(WORD) ?? []).map((word) => word.toLocaleLowerCase('sv'));
}

function tokenize(input: string): Token[] | SearchQueryProblem {
  const tokens: Token[] = [];
  let index = 0;
  const isSpace = (char: string) => /\s/u.test(char);
  while (index < input.length) {
    const char = input[index] as string;
    if (isSpace(char)) {
      index++;
      continue;
    }
    let negated = false;
    if (char === '-') {
      const next = input[index + 1];
      if (next === undefined || isSpace(next)) return 'lone-minus';
      negated = true;
      index++;
    }
    if (input[index] === '"') {
      const end = input.indexOf('"', index + 1);
      if (end < 0) return 'unbalanced-quote';
      tokens.push({ type: 'term', negated, quoted: true, text: input.slice(index + 1, end) });
      index = end + 1;
      continue;
    }
    let end = index;
    while (end < input.length && !isSpace(input[end] as string) && input[end] !== '"') end++;
    const text = input.slice(index, end);
    index = end;
    if (!negated && text === 'OR') tokens.push({ type: 'or', negated: false, quoted: false, text });
    else if (negated && text === '') return 'lone-minus';
    else tokens.push({ type: 'term', negated, quoted: false, text });
  }
  return tokens;
}

/** Parses a query text; the problem names what is wrong when it cannot be read. */
export function parseSearchQuery(input: string, maxLength: number): SearchQueryResult {
  if ([...input].length > maxLength) return { ok: false, problem: 'too-long' };
  const tokens = tokenize(input);
  if (typeof tokens === 'string') return { ok: false, problem: tokens };

  const groups: SearchTerm[][] = [];
  const excluded: SearchTerm[] = [];
  let joinNext = false;
  for (const [position, token] of tokens.entries()) {
    if (token.type === 'or') {
      const previous = tokens[position - 1];
      const next = tokens[position + 1];
      if (!previous || !next || previous.type === 'or' || next.type === 'or') return { ok: false, problem: 'or-at-edge' };
      if (previous.negated || next.negated) return { ok: false, problem: 'or-with-exclusion' };
      joinNext = true;
      continue;
    }
    const words = wordsOf(token.text);
    const term: SearchTerm | null = words.length === 0 ? null : { words, phrase: token.quoted || words.length > 1 };
    if (token.negated) {
      if (term) excluded.push(term);
      continue;
    }
    if (joinNext && groups.length > 0) {
      if (term) (groups[groups.length - 1] as SearchTerm[]).push(term);
    } else if (term) groups.push([term]);
    joinNext = false;
  }
  if (groups.length === 0) return { ok: false, problem: 'nothing-searchable' };
  return { ok: true, query: { groups, excluded } };
}

/** Every term of the query that can match (not the excluded ones). */
export const positiveTerms = (query: ParsedSearchQuery): SearchTerm[] => query.groups.flat();
