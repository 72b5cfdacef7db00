import type { MessageKey, MessageParams } from '../../i18n/index.js';
import { ApiError } from '../api/api-error.js';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** "1 minut" or "{n} minuter", rounded up, from a number of seconds (15 minutes when unknown). */
function minutesText(seconds: number | null, t: Translate): string {
  const minutes = Math.max(1, Math.ceil((seconds ?? 900) / 60));
  return minutes === 1 ? t('session.minutes.one') : t('session.minutes.other', { count: minutes });
}

/** Why a sign-in failed, in the UI language, from the API's error code. */
export function signInErrorText(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('signIn.error.other');
  switch (error.code) {
    case 'unauthorized':
    case 'validation':
      return t('signIn.error.unauthorized');
    case 'locked':
      return t('signIn.error.locked', { minutes: minutesText(error.numberOf('retryAfterSeconds'), t) });
    case 'rate_limited':
      return t('signIn.error.rateLimited', { minutes: minutesText(error.numberOf('retryAfterSeconds'), t) });
    default:
      return t('signIn.error.other');
  }
}
