import { useEffect, useId, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { TableScroll } from '../ui/TableScroll.js';
import { statisticsApi, type MunicipalityBoundaries } from './statistics-api.js';
import { aspectScale, type LegendEntry } from './statistics-view.js';
import { BORDER, NO_DATA_FILL, NO_DATA_HATCH, rankColour } from './rank-colours.js';
import { RankBadge } from './RankBadge.js';
import './statistics.css';

/** One coloured municipality: its class and the figures the tooltip and the table show, formatted. */
export interface MapEntry {
  id: string;
  name: string;
  rankClass: number;
  total: string;
  year: string;
  model: string;
}

interface Props {
  country: 'se' | 'no';
  entries: readonly MapEntry[];
  legend: readonly LegendEntry[];
  /** What the map shows, e.g. "Senaste totalpoäng enligt Kommunkompassen 2020". */
  title: string;
  /** The text alternative: what the map shows, in a sentence or two with its numbers. */
  summary: string;
}

const HATCH = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4, color: NO_DATA_HATCH };

const prefersReducedMotion = () => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * Draws the map with ECharts (loaded with the map code on first use, only by this component) and
 * follows its width. Clicking a municipality opens its page; the table beside the map has the same
 * data and the links for keyboard and screen reader users, so the drawing is hidden from them.
 */
function useMap(element: React.RefObject<HTMLDivElement | null>, boundaries: MunicipalityBoundaries | undefined, entries: readonly MapEntry[], noResult: string) {
  const navigate = useNavigate();
  useEffect(() => {
    const target = element.current;
    if (!target || !boundaries) return undefined;
    let cleanup: (() => void) | null = null;
    let cancelled = false;
    const names = new Map(boundaries.features.map((feature) => [feature.properties.id, feature.properties.name]));
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    void import('../../charts/echarts-map-setup.js')
      .then(({ echarts }) => {
        if (cancelled) return;
        const mapName = `kompass-${boundaries.country}`;
        if (!echarts.getMap(mapName)) echarts.registerMap(mapName, boundaries as never);
        const chart = echarts.init(target, null, { renderer: 'svg' });
        const animation = !prefersReducedMotion();
        chart.setOption({
          animation,
          tooltip: {
            trigger: 'item',
            confine: true,
            transitionDuration: animation ? 0.4 : 0,
            formatter: (params: { name: string }) => {
              const name = escapeHtml(names.get(params.name) ?? params.name);
              const entry = byId.get(params.name);
              if (!entry) return `<strong>${name}</strong><br>${escapeHtml(noResult)}`;
              return `<strong>${name}</strong><br>${escapeHtml(entry.total)}<br>${escapeHtml(entry.year)} · ${escapeHtml(entry.model)}`;
            },
          },
          series: [
            {
              type: 'map',
              map: mapName,
              nameProperty: 'id',
              aspectScale: aspectScale(boundaries),
              roam: false,
              selectedMode: false,
              label: { show: false },
              itemStyle: { areaColor: NO_DATA_FILL, borderColor: BORDER, borderWidth: 0.4, decal: HATCH },
              // Hovering outlines the region; its fill stays (grey for no result, not ECharts' yellow).
              emphasis: { label: { show: false }, itemStyle: { areaColor: NO_DATA_FILL, borderColor: '#000000', borderWidth: 1.5 } },
              data: entries.map((entry) => ({
                name: entry.id,
                value: entry.rankClass,
                itemStyle: { areaColor: rankColour(entry.rankClass), decal: { symbol: 'none' } },
                emphasis: { itemStyle: { areaColor: rankColour(entry.rankClass) } },
              })),
            },
          ],
        });
        chart.on('click', (params) => {
          if (typeof params.name === 'string' && names.has(params.name)) void navigate(paths.municipality(params.name));
        });
        const observer = new ResizeObserver(() => chart.resize());
        observer.observe(target);
        cleanup = () => {
          observer.disconnect();
          chart.dispose();
        };
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, [element, boundaries, entries, noResult, navigate]);
}

/**
 * The map of a country's municipalities coloured by rank class, with its legend in words (each
 * class's range), a text alternative, the source of the boundaries, and the same data as a table.
 */
export function MunicipalityMap({ country, entries, legend, title, summary }: Props) {
  const { t } = useTranslation();
  const captionId = useId();
  const tableCaptionId = useId();
  const chartElement = useRef<HTMLDivElement>(null);
  const { state, retry } = useApiQuery({
    queryKey: queryKeys.statistics.boundaries(country),
    queryFn: ({ signal }) => statisticsApi.boundaries(country, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const boundaries = state.status === 'ok' ? state.data : undefined;
  useMap(chartElement, boundaries, entries, t('statistics.map.noResult'));
  const source = country === 'no' ? t('statistics.map.sourceNo') : t('statistics.map.sourceSe');

  return (
    <figure className="municipality-map" aria-labelledby={captionId} data-map={country}>
      <figcaption id={captionId} className="municipality-map__title">
        {title}
      </figcaption>
      <div className="municipality-map__layout">
        <div className="municipality-map__drawing">
          {state.status === 'loading' ? <LoadingStatus label={t('statistics.map.loading')} /> : null}
          {state.status === 'error' ? <ErrorAlert error={state.error} onRetry={retry} /> : null}
          <div ref={chartElement} className="municipality-map__chart" aria-hidden="true" data-ready={boundaries ? 'true' : undefined} />
        </div>
        <div className="municipality-map__side">
          <ul className="rank-legend" aria-label={t('statistics.legend.label')}>
            {legend.map((entry) => (
              <li key={entry.rankClass ?? 'none'} className="rank-legend__item">
                <span
                  className={`rank-legend__swatch${entry.rankClass === null ? ' rank-legend__swatch--none' : ''}`}
                  style={entry.rankClass === null ? undefined : { background: rankColour(entry.rankClass) }}
                  aria-hidden="true"
                />
                <span>{entry.text}</span>
              </li>
            ))}
          </ul>
          <p className="municipality-map__text">{summary}</p>
          <p className="municipality-map__source">{source}</p>
        </div>
      </div>
      <TableScroll labelledBy={tableCaptionId}>
        <table className="data-table municipality-map__table" data-map-table={country}>
          <caption id={tableCaptionId}>{t('statistics.map.tableCaption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statistics.column.municipality')}</th>
              <th scope="col">{t('statistics.column.rankClass')}</th>
              <th scope="col" className="num">
                {t('statistics.column.total')}
              </th>
              <th scope="col">{t('statistics.column.year')}</th>
              <th scope="col">{t('statistics.column.model')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <th scope="row">
                  <Link to={paths.municipality(entry.id)}>{entry.name}</Link>
                </th>
                <td>
                  <RankBadge rankClass={entry.rankClass} />
                </td>
                <td className="num">{entry.total}</td>
                <td>{entry.year}</td>
                <td>{entry.model}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </figure>
  );
}
