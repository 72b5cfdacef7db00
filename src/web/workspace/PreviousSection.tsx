import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatNumber, hasFraction } from '../../i18n/index.js';
import { AppLink } from '../ui/AppLink.js';
import { ExactCell, ExactHeaderCell, RoundingNote, useExactPoints } from '../ui/ExactPoints.js';
import { ScoreValue } from '../ui/ScoreValue.js';
import { TableScroll } from '../ui/TableScroll.js';
import { useTranslation } from '../language/language-context.js';
import type { PreviousComparison } from './workspace-api.js';
import { paths } from '../paths.js';

type Figure = PreviousComparison['areas'][number]['current'];

function FigureCell({ figure }: { figure: Figure }) {
  const { t } = useTranslation();
  if (!figure) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="ds-sr-only">{t('workspace.previous.missing')}</span>
      </>
    );
  }
  return <ScoreValue shown={figure.shown} exact={figure.score} />;
}

/** A difference with its sign: "+5", "−3" (a real minus sign), "±0". */
function DifferenceCell({ difference }: { difference: number | null }) {
  const { language, t } = useTranslation();
  if (difference === null) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="ds-sr-only">{t('workspace.previous.missing')}</span>
      </>
    );
  }
  const size = formatNumber(Math.abs(difference), language);
  const text = difference > 0 ? `+${size}` : difference < 0 ? `\u2212${size}` : `±${size}`;
  const words = difference > 0 ? t('workspace.previous.up', { value: difference }) : difference < 0 ? t('workspace.previous.down', { value: -difference }) : t('workspace.previous.same');
  return (
    <>
      <span aria-hidden="true">{text}</span>
      <span className="ds-sr-only">{words}</span>
    </>
  );
}

/**
 * Per area: the score now, at the previous evaluation and the difference. When the previous one
 * used another version of the model, the areas are linked through the area map and the caveat
 * says how far the figures compare.
 */
export function PreviousSection({ previous }: { previous: PreviousComparison | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  const captionId = useId();
  const year = previous?.year === null || previous?.year === undefined ? t('evaluation.yearUnknown') : String(previous.year);
  // A shown figure differs from its exact score exactly when the score has decimals (whole ones are never changed).
  const figures = (previous?.areas ?? []).flatMap((area) => [area.current, area.previous]).flatMap((figure) => (figure ? [{ rounded: hasFraction(figure.score) }] : []));
  const exact = useExactPoints(figures);
  return (
    <section aria-labelledby={headingId} className="workspace-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('workspace.previous.heading')}
      </Heading>
      {!previous ? (
        <Paragraph>{t('workspace.previous.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('workspace.previous.intro')} <AppLink to={paths.evaluation(previous.id)}>{t('workspace.previous.link', { year })}</AppLink>
          </Paragraph>
          {!previous.sameFramework ? (
            <Alert data-color="warning" className="workspace-caveat">
              <Heading level={3} data-size="2xs">
                {t('workspace.previous.caveatHeading')}
              </Heading>
              <Paragraph>{previous.caveat ?? t('workspace.previous.caveatFallback')}</Paragraph>
            </Alert>
          ) : null}
          <TableScroll labelledBy={captionId}>
            <Table className="data-table score-table comparison-table" id={exact.tableId} aria-describedby={exact.describedBy}>
              <caption id={captionId}>{t('workspace.previous.caption', { year })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('evaluation.area')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="num">
                    {t('workspace.previous.current')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="num">
                    {t('workspace.previous.previous', { year })}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="num">
                    {t('workspace.previous.difference')}
                  </Table.HeaderCell>
                  <ExactHeaderCell exact={exact} label={t('workspace.previous.exactOf', { column: t('workspace.previous.current') })} />
                  <ExactHeaderCell exact={exact} label={t('workspace.previous.exactOf', { column: t('workspace.previous.previous', { year }) })} />
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {previous.areas.map((area) => (
                  <Table.Row key={area.code}>
                    <Table.HeaderCell scope="row" className="row-header">
                      {area.code}. {area.title}
                      {!previous.sameFramework && area.mappedFrom.length > 0 ? (
                        <span className="comparison-table__mapped">{t('workspace.previous.mappedFrom', { codes: area.mappedFrom.join(', ') })}</span>
                      ) : null}
                    </Table.HeaderCell>
                    <Table.Cell className="num">
                      <FigureCell figure={area.current} />
                    </Table.Cell>
                    <Table.Cell className="num">
                      <FigureCell figure={area.previous} />
                    </Table.Cell>
                    <Table.Cell className="num">
                      <DifferenceCell difference={area.difference} />
                    </Table.Cell>
                    <ExactCell exact={exact} score={area.current?.score ?? null} />
                    <ExactCell exact={exact} score={area.previous?.score ?? null} />
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
          <RoundingNote exact={exact} text={t('workspace.previous.roundingNote')} />
        </>
      )}
    </section>
  );
}
