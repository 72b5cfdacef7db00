import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { formatNumber } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { TableScroll } from '../ui/TableScroll.js';
import { RankBadge } from './RankBadge.js';
import { DEFAULT_SORT, filterRows, nextSort, sortRows, type LatestRow, type SortKey, type SortState } from './statistics-view.js';

interface Props {
  rows: readonly LatestRow[];
  /** The chosen model's areas (the area columns). */
  areas: ReadonlyArray<{ code: string; title: string; max: number }>;
  modelTitle: string;
  /** Counties are län in Sweden, fylker in Norway. */
  country: 'se' | 'no';
  /** The name filter, as the address holds it. */
  filter: string;
  onFilter: (text: string) => void;
}

const DEBOUNCE_MS = 250;

/**
 * Every municipality's latest published evaluation: sortable by any column (buttons in the
 * headers, `aria-sort` on the sorted one), filtered by name, with the rank class in words and
 * pattern beside its colour.
 */
export function LatestTable({ rows, areas, modelTitle, country, filter, onFilter }: Props) {
  const { t, language } = useTranslation();
  const captionId = useId();
  const filterId = useId();
  const countId = useId();
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const [text, setText] = useState(filter);
  const [synced, setSynced] = useState(filter);
  if (synced !== filter) {
    setSynced(filter);
    if (text.trim() !== filter.trim()) setText(filter);
  }
  useEffect(() => {
    if (text.trim() === filter.trim()) return undefined;
    const timer = window.setTimeout(() => onFilter(text), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, filter, onFilter]);

  const shown = sortRows(filterRows(rows, filter), sort, language);
  const columns: Array<{ key: SortKey; label: string; numeric: boolean; title?: string }> = [
    { key: 'name', label: t('statistics.column.municipality'), numeric: false },
    { key: 'county', label: country === 'no' ? t('statistics.column.countyNo') : t('statistics.column.county'), numeric: false },
    { key: 'year', label: t('statistics.column.year'), numeric: true },
    { key: 'model', label: t('statistics.column.model'), numeric: false },
    { key: 'total', label: t('statistics.column.total'), numeric: true },
    { key: 'rankClass', label: t('statistics.column.rankClass'), numeric: false },
    ...areas.map((area) => ({ key: `area:${area.code}` as SortKey, label: t('statistics.column.area', { code: area.code }), numeric: true, title: area.title })),
  ];
  return (
    <div className="statistics-latest">
      <Textfield
        id={filterId}
        label={t('statistics.latest.filter')}
        type="search"
        value={text}
        maxLength={100}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={countId}
        autoComplete="off"
        className="statistics-latest__filter"
      />
      <Paragraph id={countId} role="status" data-size="sm" className="statistics-latest__count">
        {filter.trim()
          ? t('statistics.latest.countFiltered', { count: shown.length, total: rows.length })
          : t('statistics.latest.count', { count: rows.length })}
      </Paragraph>
      <TableScroll labelledBy={captionId}>
        <table className="data-table statistics-latest__table">
          <caption id={captionId}>{t('statistics.latest.caption', { model: modelTitle })}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const active = sort.key === column.key;
                return (
                  <th key={column.key} scope="col" className={column.numeric ? 'num' : undefined} aria-sort={active ? sort.direction : undefined}>
                    <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, column.key))} title={column.title}>
                      <span>{column.label}</span>
                      <span className="sort-button__mark" aria-hidden="true">
                        {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link to={paths.municipality(row.id)}>{row.name}</Link>
                </th>
                <td>{row.county}</td>
                <td className="num">{row.year ?? t('evaluation.yearUnknown')}</td>
                <td>{row.model}</td>
                <td className="num">
                  {t('evaluation.totalOf', { value: formatNumber(row.total, language), max: formatNumber(row.max, language) })}
                  {row.complete ? null : <span className="statistics-latest__incomplete"> {t('statistics.latest.incomplete')}</span>}
                </td>
                <td>
                  <RankBadge rankClass={row.rankClass} />
                </td>
                {areas.map((area) => (
                  <td key={area.code} className="num">
                    {row.areas[area.code] === undefined ? '–' : formatNumber(row.areas[area.code] ?? 0, language)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {shown.length === 0 ? <Paragraph>{t('statistics.latest.none', { query: filter.trim() })}</Paragraph> : null}
      <Paragraph data-size="sm" className="muted">
        {t('statistics.latest.note', { model: modelTitle })}
      </Paragraph>
    </div>
  );
}
