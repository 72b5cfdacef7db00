import { useEffect, useId, useRef } from 'react';
import { chartText, type ChartSpec } from '../../charts/builders.js';
import { useTranslation } from '../language/language-context.js';
import { TableScroll } from './TableScroll.js';
import './chart-figure.css';

/**
 * Draws the chart with ECharts (SVG) into `element`, following its width, until cleaned up.
 * ECharts is loaded on first use, so pages without charts never download it. Should loading
 * fail, the figure still has its text and table, which carry everything the drawing shows.
 */
function useChart(element: React.RefObject<HTMLDivElement | null>, spec: ChartSpec) {
  useEffect(() => {
    const target = element.current;
    if (!target) return undefined;
    let cleanup: (() => void) | null = null;
    let cancelled = false;
    void import('../../charts/echarts-setup.js')
      .then(({ echarts }) => {
        if (cancelled) return;
        const chart = echarts.init(target, null, { renderer: 'svg', height: spec.height });
        chart.setOption(spec.option);
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
  }, [element, spec]);
}

/**
 * One chart as a figure: the drawing (hidden from assistive technology, which gets the same
 * content as text), the text alternative, and the data as a real table behind a disclosure.
 * The title is drawn in the chart, so the caption carries it for screen readers only.
 */
export function ChartFigure({ spec }: { spec: ChartSpec }) {
  const { language } = useTranslation();
  const captionId = useId();
  const tableCaptionId = useId();
  const noteId = useId();
  const chartElement = useRef<HTMLDivElement>(null);
  useChart(chartElement, spec);
  const { columns, rows, hasTotalRow } = spec.table;
  // The total stays in the body (marked as a total row): the page's own score tables own tfoot.
  const renderRow = (cells: string[], index: number) => (
    <tr key={index} className={hasTotalRow && index === rows.length - 1 ? 'total-row' : undefined}>
      <th scope="row">{cells[0]}</th>
      {cells.slice(1).map((cell, column) => (
        <td key={columns[column + 1] ?? column} className="num">
          {cell}
        </td>
      ))}
    </tr>
  );
  return (
    <figure className="chart-figure" aria-labelledby={captionId} data-chart={spec.id}>
      <figcaption id={captionId} className="ds-sr-only">
        {spec.title}
      </figcaption>
      <div ref={chartElement} className="chart-figure__chart" style={{ height: spec.height, maxWidth: spec.width }} aria-hidden="true" />
      <p className="chart-figure__text">{spec.textAlternative}</p>
      <details className="chart-figure__data">
        <summary>{chartText(language, 'showTable')}</summary>
        <TableScroll labelledBy={tableCaptionId}>
          <table className="data-table chart-figure__table" aria-describedby={spec.table.note ? noteId : undefined}>
            <caption id={tableCaptionId}>{spec.table.caption}</caption>
            <thead>
              <tr>
                {columns.map((column, index) => (
                  <th key={column} scope="col" className={index === 0 ? undefined : 'num'}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{rows.map(renderRow)}</tbody>
          </table>
        </TableScroll>
        {spec.table.note ? (
          <p id={noteId} className="chart-figure__note">
            {spec.table.note}
          </p>
        ) : null}
      </details>
    </figure>
  );
}
