import { useCallback } from 'react';
import { ApiError } from '../../api/api-error.js';
import { useTranslation } from '../../language/language-context.js';
import { apiErrorText } from '../../api/error-text.js';

/** A refused text save as a sentence in the UI language (the server's message otherwise). */
export function useTextSaveError(): (error: unknown) => string | null {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError)) return null;
      if (error.status === 409 && error.code !== 'version_conflict') return t('writing.error.locked');
      if (error.status === 401) return t('writing.error.signedOut');
      if (error.status === 403) return t('writing.error.forbidden');
      if (error.status === 400) return t('writing.error.invalid', { message: error.message });
      return apiErrorText(error, t);
    },
    [t],
  );
}
