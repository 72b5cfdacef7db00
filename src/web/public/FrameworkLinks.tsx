import { api } from '../api/client.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { useTranslation } from '../language/language-context.js';
import { AppLink } from '../ui/AppLink.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { frameworkPeriod } from './framework-period.js';
import { paths } from '../paths.js';

/** The model versions as a short list of links, newest first. */
export function FrameworkLinks() {
  const { language, t } = useTranslation();
  const { state, retry } = useApiQuery({ queryKey: queryKeys.frameworks.list(language), queryFn: ({ signal }) => api.listFrameworks(language, signal) });
  if (state.status === 'loading') return <LoadingStatus />;
  if (state.status === 'error') return <ErrorAlert error={state.error} onRetry={retry} />;
  return (
    <ul className="framework-links">
      {state.data.items.map((framework) => (
        <li key={framework.id}>
          <AppLink to={paths.framework(framework.id)}>{framework.title}</AppLink>{' '}
          <span className="muted">({frameworkPeriod(framework, t)}{framework.current ? `, ${t('frameworks.current').toLowerCase()}` : ''})</span>
        </li>
      ))}
    </ul>
  );
}
