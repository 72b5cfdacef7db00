import { Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatNumber, formatPercent } from '../../i18n/index.js';
import type { EvaluationDetail } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { areaAnchor } from './AreaScoreTable.js';
import { ExactCell, ExactHeaderCell, RoundingNote, useExactPoints } from './ExactPoints.js';
import { ScoreValue } from './ScoreValue.js';
import { TableScroll } from './TableScroll.js';

/** All areas on one table with the grand total, each area linking to its own section; rounded points noted below it. */
export function AreaOverviewTable({ evaluation }: { evaluation: EvaluationDetail }) {
  const { language, t } = useTranslation();
  const captionId = useId();
  const exact = useExactPoints([evaluation.total, ...evaluation.areas]);
  return (
    <>
      <TableScroll labelledBy={captionId}>
        <Table className="data-table score-table" id={exact.tableId} aria-describedby={exact.describedBy}>
          <caption id={captionId}>{t('evaluation.overviewCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('evaluation.area')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">{t('evaluation.achieved')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">{t('evaluation.max')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">{t('evaluation.percent')}</Table.HeaderCell>
              <ExactHeaderCell exact={exact} />
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {evaluation.areas.map((area) => (
              <Table.Row key={area.code}>
                <Table.HeaderCell scope="row" className="row-header">
                  <a className="ds-link" href={`#${areaAnchor(area.code)}`}>
                    {area.code}. {area.title}
                  </a>
                </Table.HeaderCell>
                <Table.Cell className="num"><ScoreValue shown={area.shown} exact={area.score} /></Table.Cell>
                <Table.Cell className="num">{formatNumber(area.max, language)}</Table.Cell>
                <Table.Cell className="num">
                  <span className="percent-with-bar">
                    <span className="mini-bar" aria-hidden="true">
                      <span className="mini-bar__fill" style={{ width: `${Math.min(100, Math.max(0, area.percent))}%` }} />
                    </span>
                    {formatPercent(area.percent, language)}
                  </span>
                </Table.Cell>
                <ExactCell exact={exact} score={area.score} />
              </Table.Row>
            ))}
          </Table.Body>
          <Table.Foot>
            <Table.Row className="total-row">
              <Table.HeaderCell scope="row">{t('evaluation.totalLabel')}</Table.HeaderCell>
              <Table.Cell className="num"><ScoreValue shown={evaluation.total.shown} exact={evaluation.total.score} /></Table.Cell>
              <Table.Cell className="num">{formatNumber(evaluation.total.max, language)}</Table.Cell>
              <Table.Cell className="num">{formatPercent(evaluation.total.percent, language)}</Table.Cell>
              <ExactCell exact={exact} score={evaluation.total.score} />
            </Table.Row>
          </Table.Foot>
        </Table>
      </TableScroll>
      <RoundingNote exact={exact} />
    </>
  );
}
