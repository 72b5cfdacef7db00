import { Link } from 'react-router';
import { formatNumber } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { atOffset, pageLinks, SEARCH_PAGE_SIZE, searchToQueryString, type SearchState } from './search-state.js';

/**
 * Links to the other pages of hits (previous, the pages around this one, next), each an address
 * of its own; following one moves focus to the hits' heading (`onNavigate`).
 */
export function SearchPaging({ search, total, onNavigate }: { search: SearchState; total: number; onNavigate: () => void }) {
  const { t, language } = useTranslation();
  const links = pageLinks(total, search.offset, SEARCH_PAGE_SIZE);
  if (links.length === 0) return null;
  const href = (offset: number) => paths.search(searchToQueryString(atOffset(search, offset)));
  const current = links.find((link) => link.current);
  const previous = current && current.page > 1 ? (current.page - 2) * SEARCH_PAGE_SIZE : null;
  const last = links[links.length - 1]!;
  const next = current && current.page < last.page ? current.page * SEARCH_PAGE_SIZE : null;
  return (
    <nav aria-label={t('textSearch.pages.label')} className="search-paging">
      <ul className="search-paging__list">
        {previous !== null ? (
          <li>
            <Link className="search-paging__link" to={href(previous)} onClick={onNavigate} rel="prev">
              {t('textSearch.pages.previous')}
            </Link>
          </li>
        ) : null}
        {links.map((link) => (
          <li key={link.page} className={link.gapBefore ? 'search-paging__item search-paging__item--gap' : 'search-paging__item'}>
            {link.gapBefore ? (
              <span className="search-paging__gap" aria-hidden="true">
                …
              </span>
            ) : null}
            {link.current ? (
              <span className="search-paging__link search-paging__link--current" aria-current="page">
                <span className="ds-sr-only">{t('textSearch.pages.current', { page: formatNumber(link.page, language) })}</span>
                <span aria-hidden="true">{formatNumber(link.page, language)}</span>
              </span>
            ) : (
              <Link
                className="search-paging__link"
                to={href(link.offset)}
                onClick={onNavigate}
                aria-label={t('textSearch.pages.page', { page: formatNumber(link.page, language) })}
              >
                {formatNumber(link.page, language)}
              </Link>
            )}
          </li>
        ))}
        {next !== null ? (
          <li>
            <Link className="search-paging__link" to={href(next)} onClick={onNavigate} rel="next">
              {t('textSearch.pages.next')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
