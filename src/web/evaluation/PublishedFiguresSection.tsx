import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatDecimalString } from '../../i18n/index.js';
import type { EvaluationDetail, PublishedFigures } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { CheckMark } from '../ui/CheckMark.js';
import { DifferenceList } from './DifferenceList.js';
import { TableScroll } from '../ui/TableScroll.js';

export const PUBLISHED_ANCHOR = 'publicerade-siffror';

const SOURCE_CODES = {
  'overview-table': 'published.sourceCode.overview-table',
  annex: 'published.sourceCode.annex',
  'published-report': 'published.sourceCode.published-report',
} as const;

const isSourceCode = (source: string): source is keyof typeof SOURCE_CODES => Object.hasOwn(SOURCE_CODES, source);

/**
 * The figures a published report printed, verbatim, beside the figures Kompass derives from
 * the stored sub-area scores, with every disagreement listed.
 */
export function PublishedFiguresSection({ evaluation, published }: { evaluation: EvaluationDetail; published: PublishedFigures }) {
  const { language, t } = useTranslation();
  const headingId = useId();
  const captionId = useId();
  const { differences } = evaluation;
  const hasChapters = Object.keys(published.chapterScores).length > 0;
  const areaCodes = [...new Set([...evaluation.areas.map((area) => area.code), ...Object.keys(published.areaTotals)])];
  const areaOk = (code: string) => !differences.some((difference) => difference.area === code);
  const totalOk = !differences.some((difference) => difference.kind === 'total-sum');
  const dash = <span aria-hidden="true">–</span>;
  const printed = (value: string | undefined) => value ?? dash;

  return (
    <section className="published-section" id={PUBLISHED_ANCHOR} aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('published.heading')}
      </Heading>
      <Paragraph>{t('published.intro')}</Paragraph>
      {published.source ? <Paragraph data-size="sm" className="muted">{t('published.source', { source: isSourceCode(published.source) ? t(SOURCE_CODES[published.source]) : published.source })}</Paragraph> : null}
      {differences.length > 0 ? (
        <DifferenceList differences={differences} />
      ) : (
        <Alert data-color="success">
          <Paragraph>
            <span className="ds-sr-only">{t('published.okLabel')}: </span>
            {t('published.noDifferences')}
          </Paragraph>
        </Alert>
      )}
      <TableScroll labelledBy={captionId}>
        <Table className="data-table score-table">
          <caption id={captionId}>{t('published.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('evaluation.area')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">{t('published.table')}</Table.HeaderCell>
              {hasChapters ? <Table.HeaderCell scope="col" className="num">{t('published.chapter')}</Table.HeaderCell> : null}
              <Table.HeaderCell scope="col" className="num">{t('published.derived')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('published.check')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {areaCodes.map((code) => {
              const area = evaluation.areas.find((candidate) => candidate.code === code);
              return (
                <Table.Row key={code}>
                  <Table.HeaderCell scope="row" className="row-header">
                    {area ? `${code}. ${area.title}` : code}
                  </Table.HeaderCell>
                  <Table.Cell className="num">{printed(published.areaTotals[code])}</Table.Cell>
                  {hasChapters ? <Table.Cell className="num">{printed(published.chapterScores[code])}</Table.Cell> : null}
                  <Table.Cell className="num">{area ? formatDecimalString(area.score, language) : dash}</Table.Cell>
                  <Table.Cell><CheckMark ok={areaOk(code)} /></Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
          <Table.Foot>
            <Table.Row className="total-row">
              <Table.HeaderCell scope="row">{t('published.total')}</Table.HeaderCell>
              <Table.Cell className="num">{printed(published.total)}</Table.Cell>
              {hasChapters ? <Table.Cell className="num">{dash}</Table.Cell> : null}
              <Table.Cell className="num">{formatDecimalString(evaluation.total.score, language)}</Table.Cell>
              <Table.Cell>{published.total === undefined ? dash : <CheckMark ok={totalOk} />}</Table.Cell>
            </Table.Row>
          </Table.Foot>
        </Table>
      </TableScroll>
    </section>
  );
}
