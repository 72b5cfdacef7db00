import type { ReactNode } from 'react';
import { ApiError } from '../api/api-error.js';
import type { ApiState } from '../api/query-state.js';
import { usePageTitle } from './use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { ErrorAlert } from './ErrorAlert.js';
import { LoadingStatus } from './LoadingStatus.js';
import { NotFoundContent } from './NotFoundContent.js';
import { PageHeading } from './PageHeading.js';

function PageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('error.title'));
  return (
    <div className="page page--narrow">
      <PageHeading>{t('error.title')}</PageHeading>
      <ErrorAlert error={error} onRetry={onRetry} />
    </div>
  );
}

/**
 * What a page shows before its data is there: an announced loading state, "not found" when the
 * API has no such thing, an error with a retry; otherwise the page itself.
 */
export function PageState<T>({ state, retry, children }: { state: ApiState<T>; retry: () => void; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (state.status === 'loading') {
    return (
      <div className="page" aria-busy="true">
        <LoadingStatus label={t('loading.page')} />
      </div>
    );
  }
  if (state.status === 'error') {
    if (state.error instanceof ApiError && state.error.isNotFound) return <NotFoundContent resource />;
    return <PageError error={state.error} onRetry={retry} />;
  }
  return <>{children(state.data)}</>;
}
