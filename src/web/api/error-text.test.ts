import { describe, expect, it } from 'vitest';
import { translate, type Language, type MessageKey, type MessageParams } from '../../i18n/index.js';
import { ApiError } from './api-error.js';
import { apiErrorText, errorCodeText, searchQueryProblemText } from './error-text.js';
import { SEARCH_QUERY_PROBLEMS } from '../../domain/search-query.js';

const tIn = (language: Language) => (key: MessageKey, params?: MessageParams) => translate(language, key, params);

describe('API errors in words', () => {
  it('words an error by its code in the UI language, never with the server message', () => {
    const error = new ApiError(403, 'forbidden', 'You are not allowed to do this');
    expect(apiErrorText(error, tIn('sv'))).toBe('Du har inte behörighet att göra detta.');
    expect(apiErrorText(error, tIn('en'))).toBe('You are not allowed to do this.');
    expect(apiErrorText(error, tIn('nb'))).toBe('Du har ikke tilgang til å gjøre dette.');
  });

  it('has words for every code of the API', async () => {
    const { AppError } = await import('../../kernel/errors.js');
    // Every code the server can answer with (the status map is private; each code is tried).
    for (const code of ['validation', 'bad_request', 'unauthorized', 'forbidden', 'csrf', 'not_found', 'version_conflict', 'conflict', 'plan_exists', 'evaluation_not_published', 'payload_too_large', 'locked', 'rate_limited', 'internal', 'pdf_unavailable'] as const) {
      expect(new AppError(code, '').status).toBeGreaterThanOrEqual(400);
      expect(errorCodeText(code, tIn('en'))).not.toBe(translate('en', 'error.code.unknown', { code }));
    }
  });

  it('words every reason a search query is refused for, in every language', () => {
    for (const language of ['sv', 'en', 'nb'] as const) {
      const t = tIn(language);
      const general = errorCodeText('invalid_search_query', t);
      expect(general).not.toBe(translate(language, 'error.code.unknown', { code: 'invalid_search_query' }));
      const texts = SEARCH_QUERY_PROBLEMS.map((reason) => searchQueryProblemText(reason, t));
      expect(new Set(texts).size, language).toBe(SEARCH_QUERY_PROBLEMS.length);
      expect(texts).not.toContain(general);
      expect(searchQueryProblemText('something-new', t)).toBe(general);
    }
  });

  it('names a code it does not know, and says so when the server did not answer', () => {
    expect(errorCodeText('teapot', tIn('en'))).toBe('The server answered with an error (teapot).');
    expect(errorCodeText('toString', tIn('sv'))).toBe('Servern svarade med ett fel (toString).');
    expect(apiErrorText(new TypeError('Failed to fetch'), tIn('nb'))).toBe('Serveren svarte ikke. Kontroller tilkoblingen og prøv igjen.');
  });
});
