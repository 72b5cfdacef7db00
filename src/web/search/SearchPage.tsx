import { Alert, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { formatNumber, quote } from '../../i18n/index.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery, type ApiState } from '../api/query-state.js';
import { useTranslation } from '../language/language-context.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { PageHeading } from '../ui/PageHeading.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { searchReports, type SearchResponse } from './search-api.js';
import { SearchFilters, WIDE } from './SearchFilters.js';
import { SearchHitItem } from './SearchHitItem.js';
import { SearchPaging } from './SearchPaging.js';
import {
  activeFilterCount,
  clearFilters,
  hasQuery,
  searchApiQuery,
  searchFromParams,
  searchToParams,
  setFilter,
  toggleKind,
  withQuery,
  type SearchState,
} from './search-state.js';
import { TextSearchForm } from './TextSearchForm.js';
import { queryFieldError } from './query-error.js';
import { useMediaQuery } from './use-media-query.js';
import './search.css';

/** The answer on show: the current one, or the last one while the next loads. */
function shown(state: ApiState<SearchResponse>): SearchResponse | undefined {
  if (state.status === 'ok') return state.data;
  if (state.status === 'loading') return state.previous;
  return undefined;
}

/** The hits of a search that found nothing: what to try instead. */
function EmptyResults({ filtered }: { filtered: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="search-empty">
      <Heading level={3} data-size="xs">
        {t('textSearch.empty.heading')}
      </Heading>
      <Paragraph>{t('textSearch.empty.intro')}</Paragraph>
      <ul className="search-empty__hints">
        <li>{t('textSearch.empty.spelling')}</li>
        <li>{t('textSearch.empty.fewer')}</li>
        <li>{t('textSearch.empty.or')}</li>
        {filtered ? <li>{t('textSearch.empty.filters')}</li> : null}
      </ul>
    </div>
  );
}

/**
 * Search in the texts of the published reports (`/sok`): the query text and every filter live in
 * the address, so a link reproduces the search and back and forward step through it. The filters
 * show how many hits each value would give; the hits link to their passage in the evaluation and
 * in the report.
 */
export function SearchPage() {
  const { t, language } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => searchFromParams(params), [params]);
  usePageTitle(search.q ? t('textSearch.titleFor', { query: quote(search.q, language) }) : t('textSearch.title'));
  const wide = useMediaQuery(WIDE);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);

  const go = (next: SearchState) => setParams(searchToParams(next));
  const enabled = hasQuery(search);
  const apiQuery = searchApiQuery(search, language);
  const { state, retry } = useApiQuery({
    queryKey: queryKeys.search.results(apiQuery),
    queryFn: ({ signal }) => searchReports(search, language, signal),
    enabled,
  });

  const answer = enabled ? shown(state) : undefined;
  const loading = enabled && state.status === 'loading';
  const error = enabled && state.status === 'error' ? state.error : undefined;
  const fieldError = error === undefined ? undefined : queryFieldError(error, t);
  const filters = activeFilterCount(search);

  let status = '';
  if (loading) status = t('loading.data');
  else if (fieldError) status = `${t('textSearch.error.field')}: ${fieldError}`;
  else if (answer) {
    const query = quote(search.q, language);
    status = filters > 0 ? t('textSearch.countFiltered', { count: answer.total, query, filters }) : t('textSearch.count', { count: answer.total, query });
  }

  // A refusal of what was just submitted takes the reader back to the field, where it is said.
  useEffect(() => {
    const field = fieldRef.current;
    if (fieldError && field && field.form?.contains(document.activeElement) && document.activeElement !== field) field.focus();
  }, [fieldError]);

  const focusResults = () => {
    window.requestAnimationFrame(() => resultsHeading.current?.focus());
  };

  const hits = answer?.hits ?? [];
  const from = (answer?.offset ?? 0) + 1;
  const to = (answer?.offset ?? 0) + hits.length;

  return (
    <div className="page search-page">
      <PageHeading>{t('textSearch.heading')}</PageHeading>
      <Paragraph className="intro">{t('textSearch.intro')}</Paragraph>
      <div className="panel">
        <TextSearchForm query={search.q} error={fieldError} inputRef={fieldRef} onSubmit={(q) => go(withQuery(search, q))} />
      </div>

      <p role="status" aria-live="polite" aria-atomic="true" className="search-status">
        {loading ? <Spinner aria-hidden="true" data-size="xs" className="search-status__spinner" /> : null}
        {status}
      </p>

      {!enabled ? <Paragraph className="search-start">{t('textSearch.start')}</Paragraph> : null}

      {enabled && !fieldError ? (
        <div className="search-layout">
          <SearchFilters
            search={search}
            facets={answer?.facets}
            caveat={answer?.caveat ?? null}
            onKind={(kind, on) => go(toggleKind(search, kind, on))}
            onFilter={(name, value) => go(setFilter(search, name, value))}
            onClear={() => go(clearFilters(search))}
          />
          <section aria-labelledby="search-results-heading" className="search-results" aria-busy={loading}>
            <Heading level={2} data-size="sm" id="search-results-heading" ref={resultsHeading} tabIndex={-1} className="search-results__heading">
              {t('textSearch.results.label')}
            </Heading>
            {error !== undefined ? <ErrorAlert error={error} onRetry={retry} /> : null}
            {answer?.caveat && !wide ? (
              <Alert data-color="warning" data-size="sm" className="search-results__caveat">
                <Paragraph data-size="sm">
                  <strong>{t('textSearch.caveat')}:</strong> {answer.caveat}
                </Paragraph>
              </Alert>
            ) : null}
            {answer && answer.total === 0 ? <EmptyResults filtered={filters > 0} /> : null}
            {hits.length > 0 ? (
              <>
                <Paragraph data-size="sm" className="muted search-results__range">
                  {t('textSearch.range', { from: formatNumber(from, language), to: formatNumber(to, language), total: formatNumber(answer!.total, language) })}
                </Paragraph>
                <ol className="search-hits" start={from}>
                  {hits.map((hit, index) => (
                    <SearchHitItem key={`${hit.evaluation.id}#${hit.anchor}#${index}`} hit={hit} />
                  ))}
                </ol>
              </>
            ) : null}
            {answer ? <SearchPaging search={search} total={answer.total} onNavigate={focusResults} /> : null}
          </section>
        </div>
      ) : null}
    </div>
  );
}
