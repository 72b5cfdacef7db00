import { api } from '../api/client.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { useTranslation } from '../language/language-context.js';

/**
 * The model versions' titles in the reader's language (a set's own `frameworkTitle` is in the set's
 * language): a lookup that falls back to the title the set carries until the list has loaded.
 */
export function useFrameworkTitles(): (frameworkId: string, fallback: string) => string {
  const { language } = useTranslation();
  const frameworks = useApiQuery({ queryKey: queryKeys.frameworks.list(language), queryFn: ({ signal }) => api.listFrameworks(language, signal) });
  const titles = new Map(frameworks.state.status === 'ok' ? frameworks.state.data.items.map((item) => [item.id, item.title]) : []);
  return (frameworkId, fallback) => titles.get(frameworkId) ?? fallback;
}
