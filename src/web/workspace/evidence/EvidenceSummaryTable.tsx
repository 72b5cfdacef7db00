import { Button, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { TableScroll } from '../../ui/TableScroll.js';
import { useTranslation } from '../../language/language-context.js';
import type { KindCounts } from './evidence-api.js';
import type { EvidenceUnitGroup } from './evidence-texts.js';

/**
 * Every sub-area with its evidence counted per kind; a sub-area without any says so in words.
 * Choosing a sub-area filters the list to it.
 */
export function EvidenceSummaryTable({
  groups,
  counts,
  selected,
  onChoose,
}: {
  groups: readonly EvidenceUnitGroup[];
  counts: Readonly<Record<string, KindCounts>>;
  selected: string | undefined;
  onChoose: (code: string) => void;
}) {
  const { t } = useTranslation();
  const captionId = useId();
  const units = groups.flatMap((group) => group.units);
  const missing = units.filter((unit) => (counts[unit.code]?.total ?? 0) === 0).length;
  return (
    <>
      <p className="evidence-summary__count">{missing === 0 ? t('evidence.summary.allCovered') : t('evidence.summary.missingCount', { count: missing, total: units.length })}</p>
      <TableScroll labelledBy={captionId}>
        <Table className="data-table evidence-summary-table" data-size="sm">
          <caption id={captionId}>{t('evidence.summary.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('evidence.summary.unit')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {t('evidence.summary.interviews')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {t('evidence.summary.documents')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {t('evidence.summary.observations')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('evidence.summary.total')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {units.map((unit) => {
              const count = counts[unit.code] ?? { interview: 0, document: 0, observation: 0, total: 0 };
              const empty = count.total === 0;
              return (
                <Table.Row key={unit.code} data-empty={empty || undefined} className={empty ? 'evidence-summary-table__empty' : undefined}>
                  <Table.HeaderCell scope="row">
                    <Button
                      type="button"
                      variant="tertiary"
                      data-size="sm"
                      className="evidence-summary-table__unit"
                      aria-pressed={selected === unit.code}
                      onClick={() => onChoose(unit.code)}
                    >
                      {unit.label}
                      <span className="ds-sr-only">{t('evidence.summary.showFor')}</span>
                    </Button>
                  </Table.HeaderCell>
                  <Table.Cell className="num">{count.interview}</Table.Cell>
                  <Table.Cell className="num">{count.document}</Table.Cell>
                  <Table.Cell className="num">{count.observation}</Table.Cell>
                  <Table.Cell>
                    {empty ? (
                      <span className="evidence-summary-table__missing">
                        <span aria-hidden="true">⚠ </span>
                        {t('evidence.summary.none')}
                      </span>
                    ) : (
                      count.total
                    )}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </TableScroll>
    </>
  );
}
