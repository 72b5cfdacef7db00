import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../../i18n/index.js';
import { ApiError } from '../api/api-error.js';
import { queryFieldError } from './query-error.js';

const t = (key: MessageKey, params?: MessageParams) => translate('sv', key, params);

describe('a refused query at the search field', () => {
  it('words the reason the API gives, and the code where the reason is unknown', () => {
    const refused = (reason?: string) => new ApiError(400, 'invalid_search_query', 'The search query …', [{ field: 'query.q' }], reason ? { reason } : {});
    expect(queryFieldError(refused('unbalanced-quote'), t)).toBe(t('error.searchQuery.unbalanced-quote'));
    expect(queryFieldError(refused('or-at-edge'), t)).toBe('OR måste stå mellan två sökord.');
    expect(queryFieldError(refused('something-new'), t)).toBe(t('error.code.invalid_search_query'));
    expect(queryFieldError(refused(), t)).toBe(t('error.code.invalid_search_query'));
  });

  it('takes the schema’s refusal of q to the field too', () => {
    expect(queryFieldError(new ApiError(400, 'validation', 'too long', [{ field: 'query.q', message: 'must be at most 2000 characters' }]), t)).toBe(t('error.code.validation'));
  });

  it('leaves every other failure to the hits’ error with its retry', () => {
    expect(queryFieldError(new ApiError(400, 'validation', 'bad year', [{ field: 'query.year' }]), t)).toBeUndefined();
    expect(queryFieldError(new ApiError(500, 'internal', 'boom'), t)).toBeUndefined();
    expect(queryFieldError(new ApiError(503, 'busy', 'busy'), t)).toBeUndefined();
    expect(queryFieldError(new TypeError('network'), t)).toBeUndefined();
  });
});
