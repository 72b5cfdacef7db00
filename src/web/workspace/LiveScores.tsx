import { Heading, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatNumber, formatPercent } from '../../i18n/index.js';
import type { EvaluationDetail } from '../api/types.js';
import { ExactCell, ExactHeaderCell, RoundingNote, useExactPoints } from '../components/ExactPoints.js';
import { ScoreValue } from '../components/ScoreValue.js';
import { TableScroll } from '../components/TableScroll.js';
import { TotalScore } from '../components/TotalScore.js';
import { useTranslation } from '../language/language-context.js';

/** The area and total scores as they stand now, rounded as the evaluation page rounds them. */
export function LiveScores({ evaluation }: { evaluation: EvaluationDetail }) {
  const { language, t } = useTranslation();
  const headingId = useId();
  const captionId = useId();
  const exact = useExactPoints([evaluation.total, ...evaluation.areas]);
  return (
    <section aria-labelledby={headingId} className="workspace-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('workspace.scores.heading')}
      </Heading>
      <div className="workspace-scores">
        <TotalScore total={evaluation.total} complete={evaluation.complete} />
        <TableScroll labelledBy={captionId}>
          <Table className="data-table score-table" id={exact.tableId} aria-describedby={exact.describedBy}>
            <caption id={captionId}>{t('workspace.scores.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('evaluation.area')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('evaluation.achieved')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('evaluation.max')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('evaluation.percent')}
                </Table.HeaderCell>
                <ExactHeaderCell exact={exact} />
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {evaluation.areas.map((area) => (
                <Table.Row key={area.code}>
                  <Table.HeaderCell scope="row" className="row-header">
                    {area.code}. {area.title}
                  </Table.HeaderCell>
                  <Table.Cell className="num">
                    <ScoreValue shown={area.shown} exact={area.score} />
                  </Table.Cell>
                  <Table.Cell className="num">{formatNumber(area.max, language)}</Table.Cell>
                  <Table.Cell className="num">{formatPercent(area.percent, language)}</Table.Cell>
                  <ExactCell exact={exact} score={area.score} />
                </Table.Row>
              ))}
            </Table.Body>
            <Table.Foot>
              <Table.Row className="total-row">
                <Table.HeaderCell scope="row">{t('evaluation.totalLabel')}</Table.HeaderCell>
                <Table.Cell className="num">
                  <ScoreValue shown={evaluation.total.shown} exact={evaluation.total.score} />
                </Table.Cell>
                <Table.Cell className="num">{formatNumber(evaluation.total.max, language)}</Table.Cell>
                <Table.Cell className="num">{formatPercent(evaluation.total.percent, language)}</Table.Cell>
                <ExactCell exact={exact} score={evaluation.total.score} />
              </Table.Row>
            </Table.Foot>
          </Table>
        </TableScroll>
      </div>
      <RoundingNote exact={exact} />
      {!evaluation.complete ? (
        <p className="muted">{t('evaluation.incomplete')}</p>
      ) : null}
    </section>
  );
}
