import { Button, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatDecimalString, formatNumber, formatPartialDate } from '../../i18n/index.js';
import type { FrameworkSummary } from '../api/types.js';
import type { ReferenceAverage } from '../comparisons/comparisons-api.js';
import { TableScroll } from '../ui/TableScroll.js';
import { useTranslation } from '../language/language-context.js';

export interface ReferenceActions {
  /** The figure whose removal waits for confirmation, if any. */
  confirming: number | null;
  /** Figures with a change on its way. */
  pending: ReadonlySet<number>;
  edit(item: ReferenceAverage): void;
  askRemove(item: ReferenceAverage): void;
  remove(item: ReferenceAverage): void;
  cancelRemove(item: ReferenceAverage): void;
}

/** Element ids of a row's buttons, so focus can return to them. */
export const editButtonId = (id: number) => `reference-edit-${id}`;
export const removeButtonId = (id: number) => `reference-remove-${id}`;
const confirmButtonId = (id: number) => `reference-remove-confirm-${id}`;

/** Every stored reference average with its source and date, and what an administrator can do with each. */
export function ReferenceAverageTable({ items, frameworks, actions }: { items: readonly ReferenceAverage[]; frameworks: readonly FrameworkSummary[]; actions: ReferenceActions }) {
  const { t, language } = useTranslation();
  const captionId = useId();
  const titleOf = (id: string) => frameworks.find((framework) => framework.id === id)?.title ?? id;
  return (
    <TableScroll labelledBy={captionId}>
      <Table className="data-table reference-table">
        <caption id={captionId}>{t('referenceAverages.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('referenceAverages.column.label')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('referenceAverages.column.framework')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('referenceAverages.column.area')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('referenceAverages.column.mean')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('referenceAverages.column.n')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('referenceAverages.column.source')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('referenceAverages.column.publishedOn')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('referenceAverages.column.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((item) => {
            const area = item.areaCode ?? t('referenceAverages.total');
            const busy = actions.pending.has(item.id) || undefined;
            const named = { label: item.label, area };
            return (
              <Table.Row key={item.id} data-reference={item.id}>
                <Table.HeaderCell scope="row">
                  {item.label}
                  {item.scope ? <span className="muted reference-table__scope">{item.scope}</span> : null}
                </Table.HeaderCell>
                <Table.Cell>{titleOf(item.frameworkId)}</Table.Cell>
                <Table.Cell>{area}</Table.Cell>
                <Table.Cell className="num">{formatDecimalString(item.mean, language)}</Table.Cell>
                <Table.Cell className="num">{item.n === null ? t('referenceAverages.nUnknown') : formatNumber(item.n, language)}</Table.Cell>
                <Table.Cell>{item.source}</Table.Cell>
                <Table.Cell>{formatPartialDate(item.publishedOn, language)}</Table.Cell>
                <Table.Cell>
                  {actions.confirming === item.id ? (
                    <div className="reference-table__actions" role="group" aria-label={t('referenceAverages.removeQuestion', named)}>
                      <span>{t('referenceAverages.removeQuestion', named)}</span>
                      <Button id={confirmButtonId(item.id)} type="button" variant="primary" data-color="danger" data-size="sm" aria-disabled={busy} onClick={() => (busy ? undefined : actions.remove(item))}>
                        {t('referenceAverages.removeYes')}
                      </Button>
                      <Button type="button" variant="tertiary" data-size="sm" onClick={() => actions.cancelRemove(item)}>
                        {t('referenceAverages.cancel')}
                      </Button>
                    </div>
                  ) : (
                    <div className="reference-table__actions">
                      <Button id={editButtonId(item.id)} type="button" variant="secondary" data-size="sm" aria-label={t('referenceAverages.editLabel', named)} onClick={() => actions.edit(item)}>
                        {t('referenceAverages.edit')}
                      </Button>
                      <Button id={removeButtonId(item.id)} type="button" variant="tertiary" data-size="sm" aria-label={t('referenceAverages.removeLabel', named)} onClick={() => actions.askRemove(item)}>
                        {t('referenceAverages.remove')}
                      </Button>
                    </div>
                  )}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** Moves focus to the confirmation of a removal once it is shown. */
export function focusRemoveConfirmation(id: number): void {
  requestAnimationFrame(() => document.getElementById(confirmButtonId(id))?.focus());
}
