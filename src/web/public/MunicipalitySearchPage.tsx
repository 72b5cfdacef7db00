import { MUNICIPALITY_SEARCH_LIMIT_MAX } from '../../contract/municipalities.js';
import { Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatNumber, quote } from '../../i18n/index.js';
import { api } from '../api/client.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery, type ApiState } from '../api/query-state.js';
import type { MunicipalityList } from '../api/types.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { MunicipalitySearchForm } from './MunicipalitySearchForm.js';
import { MunicipalityTable } from './MunicipalityTable.js';
import { PageHeading } from '../ui/PageHeading.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { AppLink } from '../ui/AppLink.js';
import { paths } from '../paths.js';
import { EMPTY_SEARCH, searchToQueryString, withQuery } from '../search/search-state.js';
import './public.css';

const DEBOUNCE_MS = 300;
/** Enough for every Swedish municipality (290), so browsing without a query lists them all. */
const RESULT_LIMIT = MUNICIPALITY_SEARCH_LIMIT_MAX;

function resultList(state: ApiState<MunicipalityList>): MunicipalityList | undefined {
  if (state.status === 'ok') return state.data;
  if (state.status === 'loading') return state.previous;
  return undefined;
}

/** Search municipalities by name or code as you type; the query lives in the address (?q=). */
export function MunicipalitySearchPage() {
  const { language, t } = useTranslation();
  usePageTitle(t('search.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const query = (searchParams.get('q') ?? '').trim();
  const [text, setText] = useState(searchParams.get('q') ?? '');
  const [syncedQuery, setSyncedQuery] = useState(query);
  const timer = useRef<number | undefined>(undefined);

  // Keep the field in step when the address changes (back/forward, a link to ?q=).
  if (syncedQuery !== query) {
    setSyncedQuery(query);
    if (text.trim() !== query) setText(query);
  }
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const applyQuery = (value: string) => {
    window.clearTimeout(timer.current);
    const trimmed = value.trim();
    if (trimmed === query) return;
    setSearchParams(trimmed ? { q: trimmed } : {}, { replace: true });
  };
  const handleChange = (value: string) => {
    setText(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => applyQuery(value), DEBOUNCE_MS);
  };

  const { state, retry } = useApiQuery({
    queryKey: queryKeys.municipalities.search({ q: query || undefined, limit: RESULT_LIMIT }),
    queryFn: ({ signal }) => api.searchMunicipalities({ q: query || undefined, limit: RESULT_LIMIT }, signal),
  });
  const results = resultList(state);
  const loading = state.status === 'loading';

  let countText = '';
  if (results && !loading) {
    const count = formatNumber(results.total, language);
    if (!query) countText = t('search.count.all', { count: results.total });
    else if (results.total === 0) countText = t('search.count.none', { query });
    else if (results.total === 1) countText = t('search.count.one', { query });
    else countText = t('search.count.other', { count, query });
  } else if (loading) {
    countText = t('loading.data');
  }

  return (
    <div className="page">
      <PageHeading>{t('search.heading')}</PageHeading>
      <div className="panel">
        <MunicipalitySearchForm value={text} onChange={handleChange} onSubmit={applyQuery} />
      </div>
      <p role="status" aria-live="polite" aria-atomic="true" className="result-count">
        {countText}
      </p>
      {query ? (
        <Paragraph className="text-search-link">
          <AppLink to={paths.search(searchToQueryString(withQuery(EMPTY_SEARCH, query)))}>{t('textSearch.fromMunicipalities', { query: quote(query, language) })}</AppLink>
        </Paragraph>
      ) : null}
      {state.status === 'error' ? <ErrorAlert error={state.error} onRetry={retry} /> : null}
      {results && results.items.length > 0 ? (
        <div aria-busy={loading}>
          <MunicipalityTable items={results.items} caption={query ? t('search.caption') : t('search.captionAll')} />
          {results.total > results.items.length ? (
            <Paragraph data-size="sm" className="muted">
              {t('search.showingFirst', { shown: formatNumber(results.items.length, language), count: formatNumber(results.total, language) })}
            </Paragraph>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
