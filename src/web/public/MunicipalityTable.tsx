import { Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatNumber } from '../../i18n/index.js';
import type { MunicipalitySummary } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { AppLink } from '../ui/AppLink.js';
import { TableScroll } from '../ui/TableScroll.js';
import { paths } from '../paths.js';
import { countryName } from '../ui/municipality-text.js';

/** Municipalities with country (where both occur), code, county and how many evaluations Kompass holds of each. */
export function MunicipalityTable({ items, caption }: { items: MunicipalitySummary[]; caption: string }) {
  const { language, t } = useTranslation();
  const captionId = useId();
  const countries = new Set(items.map((item) => item.country)).size > 1;
  return (
    <TableScroll labelledBy={captionId}>
      <Table zebra className="data-table">
        <caption id={captionId} className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('municipality.name')}</Table.HeaderCell>
            {countries ? <Table.HeaderCell scope="col">{t('municipality.country')}</Table.HeaderCell> : null}
            <Table.HeaderCell scope="col">{t('municipality.code')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('municipality.county')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">{t('municipality.evaluationCount')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((item) => (
            <Table.Row key={item.id}>
              <Table.HeaderCell scope="row" className="row-header">
                <AppLink to={paths.municipality(item.id)}>{item.name}</AppLink>
              </Table.HeaderCell>
              {countries ? <Table.Cell>{countryName(item.country, t)}</Table.Cell> : null}
              <Table.Cell className="tabular">{item.code}</Table.Cell>
              <Table.Cell>{item.county.name}</Table.Cell>
              <Table.Cell className="num">{formatNumber(item.evaluationCount, language)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
