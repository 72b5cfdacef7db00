import { useCallback } from 'react';
import { EVALUATION_STATUSES, type EvaluationStatus } from '../../../domain/evaluation-status.js';
import { ApiError } from '../../api/api-error.js';
import { useTranslation } from '../../language/language-context.js';
import { apiErrorText } from '../../api/error-text.js';

const isStatus = (value: string | null): value is EvaluationStatus => value !== null && (EVALUATION_STATUSES as readonly string[]).includes(value);

/** A refused score save as a sentence: why the server would not take it, in the UI language. */
export function useSaveErrorText(): (error: unknown) => string | null {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError)) return null;
      const reason = error.textOf('reason');
      if (reason === 'submitted') return t('scoring.error.submitted');
      if (reason === 'status') return t('scoring.error.status');
      if (reason === 'missing-scores') {
        const status = error.textOf('status');
        return t('scoring.error.missingScores', { status: isStatus(status) ? t(`status.${status}`) : (status ?? '') });
      }
      if (reason === 'awaiting-submissions') {
        const waiting = Array.isArray(error.extra.waitingFor) ? (error.extra.waitingFor as Array<{ name?: unknown }>) : [];
        const names = waiting.map((entry) => (typeof entry.name === 'string' ? entry.name : '')).filter(Boolean);
        return t('scoring.calibration.awaiting', { names: names.join(', ') });
      }
      if (error.status === 401) return t('scoring.error.signedOut');
      if (error.status === 403) return t('scoring.error.forbidden');
      if (error.status === 400) return t('scoring.error.invalid', { message: error.message });
      return apiErrorText(error, t);
    },
    [t],
  );
}
