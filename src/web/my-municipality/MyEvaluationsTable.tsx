import { Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatNumber, formatPercent } from '../../i18n/index.js';
import type { EvaluationSummary } from '../api/types.js';
import { IncompleteMark } from '../evaluation/IncompleteNotice.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { AppLink } from '../ui/AppLink.js';
import { TableScroll } from '../ui/TableScroll.js';

/** The municipality's evaluations, newest first: year, model version, status in words and total. */
export function MyEvaluationsTable({ items, municipalityName }: { items: readonly EvaluationSummary[]; municipalityName: string }) {
  const { language, t } = useTranslation();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <Table zebra className="data-table">
        <caption id={captionId}>{t('myMunicipality.evaluations.caption', { name: municipalityName })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('evaluation.year')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('evaluation.framework')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('myMunicipality.evaluations.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('evaluation.total')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('evaluation.percent')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((item) => (
            <Table.Row key={item.id}>
              <Table.HeaderCell scope="row" className="row-header">
                <AppLink to={paths.evaluation(item.id)}>{item.year === null ? t('evaluation.yearUnknown') : String(item.year)}</AppLink>
              </Table.HeaderCell>
              <Table.Cell>{item.framework.title}</Table.Cell>
              <Table.Cell>{t(`status.${item.status}`)}</Table.Cell>
              <Table.Cell className="num">
                {t('evaluation.totalOf', { value: formatNumber(item.total.shown, language), max: formatNumber(item.total.max, language) })}
                <IncompleteMark complete={item.complete} />
              </Table.Cell>
              <Table.Cell className="num">{formatPercent(item.total.percent, language)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
