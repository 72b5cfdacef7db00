import { Table } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { formatNumber, formatPercent } from '../../i18n/index.js';
import { ExactCell, ExactHeaderCell, RoundingNote, useExactPoints } from './ExactPoints.js';
import { ScoreValue } from './ScoreValue.js';
import { TableScroll } from './TableScroll.js';
import { useTranslation } from '../language/language-context.js';
import './score-table.css';

/** One row of a score table: points as the API shows them (`shown`, `score`, `rounded`), max and percent. */
export interface ScoreTableRow {
  key: string;
  /** The code, in a column of its own when the table has one (`codeHeader`). */
  code?: string;
  /** The row's name (the row header when the table has no code column). */
  label: ReactNode;
  /** Whole points shown; null for a unit not scored yet. */
  shown: number | null;
  /** The exact points ("19.50"). */
  score: string | null;
  /** The exact column's value when it differs from `score` (e.g. an incomplete area's). */
  exact?: string | null;
  rounded: boolean;
  max: number;
  percent: number | null;
  /** `data-code` of the row, for tests and links. */
  dataCode?: string;
}

export interface ScoreTableProps {
  caption: string;
  /** The caption is read by screen readers only (a heading above says it). */
  captionHidden?: boolean;
  /** Header of the names' column. */
  labelHeader: string;
  /** Header of a separate code column; without it the name is the row header. */
  codeHeader?: string;
  rows: readonly ScoreTableRow[];
  /** The footer row (the area's or the evaluation's total). */
  total?: { label: string } & Omit<ScoreTableRow, 'key' | 'code' | 'label' | 'dataCode'>;
  /** A bar before each row's percent (not the total's). */
  percentBars?: boolean;
}

/**
 * The one score table of the web app: a row per area or sub-area with achieved points, max and
 * percent, the total in the footer. Rounded points are noted once below it, with a column of
 * exact points on demand (src/domain/display-figures.ts decides what is shown).
 */
export function ScoreTable({ caption, captionHidden = false, labelHeader, codeHeader, rows, total, percentBars = false }: ScoreTableProps) {
  const { language, t } = useTranslation();
  const captionId = useId();
  const exact = useExactPoints(total ? [total, ...rows] : rows);
  const percentText = (value: number | null) => (value === null ? '–' : formatPercent(value, language));
  const points = (row: Pick<ScoreTableRow, 'shown' | 'score'>) =>
    row.shown === null ? <span className="muted">{t('evaluation.noScore')}</span> : <ScoreValue shown={row.shown} exact={row.score} />;
  const figures = (row: Omit<ScoreTableRow, 'key' | 'code' | 'label' | 'dataCode'>, bar: boolean) => (
    <>
      <Table.Cell className="num">{points(row)}</Table.Cell>
      <Table.Cell className="num">{formatNumber(row.max, language)}</Table.Cell>
      <Table.Cell className="num">
        {bar && row.percent !== null ? (
          <span className="percent-with-bar">
            <span className="mini-bar" aria-hidden="true">
              <span className="mini-bar__fill" style={{ width: `${Math.min(100, Math.max(0, row.percent))}%` }} />
            </span>
            {percentText(row.percent)}
          </span>
        ) : (
          percentText(row.percent)
        )}
      </Table.Cell>
      <ExactCell exact={exact} score={row.exact === undefined ? row.score : row.exact} />
    </>
  );
  return (
    <>
      <TableScroll labelledBy={captionId}>
        <Table className="data-table score-table" id={exact.tableId} aria-describedby={exact.describedBy}>
          <caption id={captionId} className={captionHidden ? 'ds-sr-only' : undefined}>
            {caption}
          </caption>
          <Table.Head>
            <Table.Row>
              {codeHeader !== undefined ? (
                <Table.HeaderCell scope="col" className="code">
                  {codeHeader}
                </Table.HeaderCell>
              ) : null}
              <Table.HeaderCell scope="col">{labelHeader}</Table.HeaderCell>
              {[t('evaluation.achieved'), t('evaluation.max'), t('evaluation.percent')].map((header) => (
                <Table.HeaderCell key={header} scope="col" className="num">
                  {header}
                </Table.HeaderCell>
              ))}
              <ExactHeaderCell exact={exact} />
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.key} data-code={row.dataCode}>
                {codeHeader !== undefined ? (
                  <>
                    <Table.HeaderCell scope="row" className="code">
                      {row.code}
                    </Table.HeaderCell>
                    <Table.Cell>{row.label}</Table.Cell>
                  </>
                ) : (
                  <Table.HeaderCell scope="row" className="row-header">
                    {row.label}
                  </Table.HeaderCell>
                )}
                {figures(row, percentBars)}
              </Table.Row>
            ))}
          </Table.Body>
          {total ? (
            <Table.Foot>
              <Table.Row className="total-row">
                <Table.HeaderCell scope="row" colSpan={codeHeader !== undefined ? 2 : undefined}>
                  {total.label}
                </Table.HeaderCell>
                {figures(total, false)}
              </Table.Row>
            </Table.Foot>
          ) : null}
        </Table>
      </TableScroll>
      <RoundingNote exact={exact} />
    </>
  );
}
