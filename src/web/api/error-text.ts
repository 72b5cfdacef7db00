import type { MessageKey, MessageParams } from '../../i18n/index.js';
import { ApiError } from './api-error.js';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * The API's error codes (`src/kernel/errors.ts`) the web app words; the server's message beside
 * a code is English, for developers, so the user reads these instead.
 */
const CODE_KEYS: Readonly<Record<string, MessageKey>> = {
  validation: 'error.code.validation',
  bad_request: 'error.code.bad_request',
  invalid_json: 'error.code.invalid_json',
  invalid_search_query: 'error.code.invalid_search_query',
  uri_too_long: 'error.code.uri_too_long',
  unsupported_media_type: 'error.code.unsupported_media_type',
  unauthorized: 'error.code.unauthorized',
  forbidden: 'error.code.forbidden',
  csrf: 'error.code.csrf',
  not_found: 'error.code.not_found',
  version_conflict: 'error.code.version_conflict',
  conflict: 'error.code.conflict',
  plan_exists: 'error.code.plan_exists',
  evaluation_not_published: 'error.code.evaluation_not_published',
  request_timeout: 'error.code.request_timeout',
  payload_too_large: 'error.code.payload_too_large',
  headers_too_large: 'error.code.headers_too_large',
  locked: 'error.code.locked',
  baseline_not_published: 'error.code.baseline_not_published',
  follow_up_model_older: 'error.code.follow_up_model_older',
  nothing_to_take_over: 'error.code.nothing_to_take_over',
  question_set_frozen: 'error.code.question_set_frozen',
  question_set_model_mismatch: 'error.code.question_set_model_mismatch',
  questionnaire_exists: 'error.code.questionnaire_exists',
  questionnaire_not_open: 'error.code.questionnaire_not_open',
  questionnaire_submitted: 'error.code.questionnaire_submitted',
  questionnaire_incomplete: 'error.code.questionnaire_incomplete',
  evidence_exists: 'error.code.evidence_exists',
  framework_exists: 'error.code.framework_exists',
  framework_published: 'error.code.framework_published',
  framework_invalid: 'error.code.framework_invalid',
  deviation_unexplained: 'error.code.deviation_unexplained',
  criteria_incomplete: 'error.code.criteria_incomplete',
  rate_limited: 'error.code.rate_limited',
  internal: 'error.code.internal',
  pdf_unavailable: 'error.code.pdf_unavailable',
  busy: 'error.code.busy',
};

/** What an error code means for the user, in the UI language (a code this web app does not know is named). */
export function errorCodeText(code: string, t: Translate): string {
  const key = Object.hasOwn(CODE_KEYS, code) ? CODE_KEYS[code] : undefined;
  return key ? t(key) : t('error.code.unknown', { code });
}

const SEARCH_QUERY_PROBLEM_KEYS: Readonly<Record<string, MessageKey>> = {
  'too-long': 'error.searchQuery.too-long',
  'unbalanced-quote': 'error.searchQuery.unbalanced-quote',
  'lone-minus': 'error.searchQuery.lone-minus',
  'or-at-edge': 'error.searchQuery.or-at-edge',
  'or-with-exclusion': 'error.searchQuery.or-with-exclusion',
  'nothing-searchable': 'error.searchQuery.nothing-searchable',
};

/**
 * What is wrong with a search query, in the UI language, by the `reason` of the API's
 * `invalid_search_query` error (src/domain/search-query.ts); the code's own text for a reason
 * this web app does not know.
 */
export function searchQueryProblemText(reason: string | undefined, t: Translate): string {
  const key = reason !== undefined && Object.hasOwn(SEARCH_QUERY_PROBLEM_KEYS, reason) ? SEARCH_QUERY_PROBLEM_KEYS[reason] : undefined;
  return key ? t(key) : t('error.code.invalid_search_query');
}

/**
 * What went wrong with a request, in the UI language: the API's error by its code, or, when the
 * request never got an answer (no ApiError), that the server did not answer.
 */
export function apiErrorText(error: unknown, t: Translate): string {
  return error instanceof ApiError ? errorCodeText(error.code, t) : t('error.code.network');
}
