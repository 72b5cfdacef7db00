import { Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatNumber, formatPercent } from '../../i18n/index.js';
import type { EvaluationSummary } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { AppLink } from '../ui/AppLink.js';
import { IncompleteMark } from '../evaluation/IncompleteNotice.js';
import { TableScroll } from '../ui/TableScroll.js';
import { paths } from '../paths.js';

/**
 * Evaluations as a table. On the start page each row names its municipality; on a
 * municipality's page the rows show their order among that municipality's evaluations.
 */
export function EvaluationsTable({ items, caption, variant }: { items: EvaluationSummary[]; caption: string; variant: 'latest' | 'municipality' }) {
  const { language, t } = useTranslation();
  const captionId = useId();
  const yearText = (item: EvaluationSummary) => (item.year === null ? t('evaluation.yearUnknown') : String(item.year));
  return (
    <TableScroll labelledBy={captionId}>
      <Table zebra className="data-table">
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            {variant === 'latest' ? <Table.HeaderCell scope="col">{t('evaluation.municipality')}</Table.HeaderCell> : null}
            <Table.HeaderCell scope="col">{t('evaluation.year')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('evaluation.framework')}</Table.HeaderCell>
            {variant === 'municipality' ? <Table.HeaderCell scope="col">{t('evaluation.position')}</Table.HeaderCell> : null}
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
              {variant === 'latest' ? (
                <Table.Cell>
                  <AppLink to={paths.municipality(item.municipality.id)}>{item.municipality.name}</AppLink>
                </Table.Cell>
              ) : null}
              <Table.HeaderCell scope="row" className="row-header">
                <AppLink to={paths.evaluation(item.id)}>
                  {yearText(item)}
                  <span className="ds-sr-only">, {item.municipality.name}</span>
                </AppLink>
              </Table.HeaderCell>
              <Table.Cell>{item.framework.title}</Table.Cell>
              {variant === 'municipality' ? (
                <Table.Cell>
                  {t('evaluation.positionValue', { position: item.position })}
                  {item.statedOrdinal !== null && item.statedOrdinal !== item.position ? (
                    <span className="muted"> ({t('evaluation.statedOrdinalValue', { ordinal: item.statedOrdinal })})</span>
                  ) : null}
                </Table.Cell>
              ) : null}
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
