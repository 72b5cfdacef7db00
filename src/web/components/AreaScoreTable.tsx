import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { formatNumber, formatPercent } from '../../i18n/index.js';
import type { EvaluationArea } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { ExactCell, ExactHeaderCell, RoundingNote, useExactPoints } from './ExactPoints.js';
import { ScoreValue } from './ScoreValue.js';
import { TableScroll } from './TableScroll.js';

/** The anchor of an area's section, so overviews and notices can link to it. */
export const areaAnchor = (code: string) => `omrade-${code}`;

/**
 * One area of an evaluation: its sub-areas with achieved, max and percent, and the area total
 * in the footer. Areas scored as a whole (2010 model) show just the area's row. Rounded points
 * are noted below the table, with a column of exact points on demand. `children` (the report's
 * texts for the area) follow the table inside the area's section.
 */
export function AreaScoreTable({ area, children }: { area: EvaluationArea; children?: ReactNode }) {
  const { language, t } = useTranslation();
  const captionId = useId();
  const headingId = useId();
  const whole = area.subareas.length === 0;
  const exact = useExactPoints([area, ...area.subareas]);
  const percent = (value: number | null) => (value === null ? '–' : formatPercent(value, language));
  return (
    <section className="area-section" id={areaAnchor(area.code)} aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('evaluation.areaHeading', { code: area.code, title: area.title })}
      </Heading>
      {whole ? <Paragraph data-size="sm" className="muted">{t('evaluation.areaWhole')}</Paragraph> : null}
      <TableScroll labelledBy={captionId}>
        <Table className="data-table score-table" id={exact.tableId} aria-describedby={exact.describedBy}>
          <caption id={captionId} className="ds-sr-only">
            {whole ? t('evaluation.areaCaptionWhole', { code: area.code }) : t('evaluation.areaCaption', { code: area.code })}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col" className="code">{t('evaluation.code')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{whole ? t('evaluation.area') : t('evaluation.subarea')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">{t('evaluation.achieved')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">{t('evaluation.max')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">{t('evaluation.percent')}</Table.HeaderCell>
              <ExactHeaderCell exact={exact} />
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {whole ? (
              <Table.Row>
                <Table.HeaderCell scope="row" className="code">{area.code}</Table.HeaderCell>
                <Table.Cell>{area.title}</Table.Cell>
                <Table.Cell className="num"><ScoreValue shown={area.shown} exact={area.score} /></Table.Cell>
                <Table.Cell className="num">{formatNumber(area.max, language)}</Table.Cell>
                <Table.Cell className="num">{percent(area.percent)}</Table.Cell>
                <ExactCell exact={exact} score={area.complete ? area.score : null} />
              </Table.Row>
            ) : (
              area.subareas.map((subarea) => (
                <Table.Row key={subarea.code} data-code={subarea.code}>
                  <Table.HeaderCell scope="row" className="code">{subarea.code}</Table.HeaderCell>
                  <Table.Cell>{subarea.title}</Table.Cell>
                  <Table.Cell className="num">
                    {subarea.shown === null ? <span className="muted">{t('evaluation.noScore')}</span> : <ScoreValue shown={subarea.shown} exact={subarea.score} />}
                  </Table.Cell>
                  <Table.Cell className="num">{formatNumber(subarea.max, language)}</Table.Cell>
                  <Table.Cell className="num">{percent(subarea.percent)}</Table.Cell>
                  <ExactCell exact={exact} score={subarea.score} />
                </Table.Row>
              ))
            )}
          </Table.Body>
          {whole ? null : (
            <Table.Foot>
              <Table.Row className="total-row">
                <Table.HeaderCell scope="row" colSpan={2}>{t('evaluation.areaTotal', { code: area.code })}</Table.HeaderCell>
                <Table.Cell className="num"><ScoreValue shown={area.shown} exact={area.score} /></Table.Cell>
                <Table.Cell className="num">{formatNumber(area.max, language)}</Table.Cell>
                <Table.Cell className="num">{percent(area.percent)}</Table.Cell>
                <ExactCell exact={exact} score={area.score} />
              </Table.Row>
            </Table.Foot>
          )}
        </Table>
      </TableScroll>
      <RoundingNote exact={exact} />
      {children}
    </section>
  );
}
