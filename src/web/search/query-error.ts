import type { MessageKey, MessageParams } from '../../i18n/index.js';
import { ApiError } from '../api/api-error.js';
import { errorCodeText, searchQueryProblemText } from '../api/error-text.js';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * The API's refusal of the query text itself, worded for the search field: a query it cannot
 * read (`invalid_search_query`, by its `reason`), or a `q` its schema refuses; undefined for
 * any other failure (those are shown with the hits, with a retry).
 */
export function queryFieldError(error: unknown, t: Translate): string | undefined {
  if (!(error instanceof ApiError) || error.status !== 400) return undefined;
  if (error.code === 'invalid_search_query') return searchQueryProblemText(error.textOf('reason') ?? undefined, t);
  if (error.details.some((detail) => detail.field === 'query.q')) return errorCodeText(error.code, t);
  return undefined;
}
