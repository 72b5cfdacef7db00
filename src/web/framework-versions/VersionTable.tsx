import { Button, Table } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { AppLink } from '../ui/AppLink.js';
import { TableScroll } from '../ui/TableScroll.js';
import { frameworkVersionsApi, type FrameworkVersionSummary } from './framework-versions-api.js';
import { statusKey } from './status.js';

export interface VersionActions {
  /** The draft whose removal is being confirmed. */
  confirming: string | null;
  /** The version a request is under way for. */
  pending: string | null;
  newFrom(item: FrameworkVersionSummary): void;
  askRemove(item: FrameworkVersionSummary): void;
  cancelRemove(): void;
  remove(item: FrameworkVersionSummary): Promise<void>;
}

/** Confirming a removal: the question and its two answers; "Ja, ta bort" takes focus. */
function ConfirmRemove({ item, actions }: { item: FrameworkVersionSummary; actions: VersionActions }) {
  const { t } = useTranslation();
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  const busy = actions.pending === item.id;
  const question = t('frameworkAuthoring.confirmRemove', { title: item.title });
  return (
    <div role="group" aria-label={question} className="fv-confirm">
      <span>{question}</span>
      <Button ref={yes} type="button" data-size="sm" data-color="danger" aria-disabled={busy || undefined} onClick={() => (busy ? undefined : void actions.remove(item))}>
        {t('frameworkAuthoring.removeYes')}
      </Button>
      <Button type="button" data-size="sm" variant="secondary" onClick={actions.cancelRemove}>
        {t('frameworkAuthoring.cancel')}
      </Button>
    </div>
  );
}

/** Every model version: status, what it is based on, its use, its criteria, files and actions. */
export function VersionTable({ items, titleOf, actions }: { items: readonly FrameworkVersionSummary[]; titleOf(id: string): string; actions: VersionActions }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <Table className="fv-table" data-size="sm">
        <caption id={captionId} className="ds-sr-only">
          {t('frameworkAuthoring.caption')}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('frameworkAuthoring.column.version')}</Table.HeaderCell>
            <Table.HeaderCell>{t('frameworkAuthoring.column.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('frameworkAuthoring.column.basedOn')}</Table.HeaderCell>
            <Table.HeaderCell>{t('frameworkAuthoring.column.usedBy')}</Table.HeaderCell>
            <Table.HeaderCell>{t('frameworkAuthoring.column.criteria')}</Table.HeaderCell>
            <Table.HeaderCell>{t('frameworkAuthoring.column.files')}</Table.HeaderCell>
            <Table.HeaderCell>{t('frameworkAuthoring.column.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((item) => (
            <Table.Row key={item.id} id={`fv-row-${item.id}`}>
              <Table.Cell>
                <AppLink to={paths.frameworkVersion(item.id)}>{item.title}</AppLink>
                <br />
                <code className="fv-id">{item.id}</code>
              </Table.Cell>
              <Table.Cell>
                {t(statusKey(item))}
                {item.example ? (
                  <>
                    <br />
                    <span className="fv-mark">{t('frameworkAuthoring.example')}</span>
                  </>
                ) : null}
              </Table.Cell>
              <Table.Cell>{item.basedOn ? titleOf(item.basedOn) : t('frameworkAuthoring.none')}</Table.Cell>
              <Table.Cell>{t('frameworkAuthoring.usedBy', { count: item.usedBy })}</Table.Cell>
              <Table.Cell>{t('frameworkAuthoring.criteriaCount', { criteria: item.criteria, subareas: item.subareasWithCriteria })}</Table.Cell>
              <Table.Cell>
                <span className="fv-files">
                  <a className="ds-link" href={frameworkVersionsApi.fileUrl(item.id, 'json')} download aria-label={t('frameworkAuthoring.exportJsonOf', { title: item.title })}>
                    JSON
                  </a>
                  <a className="ds-link" href={frameworkVersionsApi.fileUrl(item.id, 'xlsx')} download aria-label={t('frameworkAuthoring.exportXlsxOf', { title: item.title })}>
                    XLSX
                  </a>
                </span>
              </Table.Cell>
              <Table.Cell>
                {actions.confirming === item.id ? (
                  <ConfirmRemove item={item} actions={actions} />
                ) : (
                  <span className="fv-actions">
                    <Button type="button" data-size="sm" variant="secondary" aria-label={t('frameworkAuthoring.newFromOf', { title: item.title })} onClick={() => actions.newFrom(item)}>
                      {t('frameworkAuthoring.newFrom')}
                    </Button>
                    {item.origin === 'authored' && item.status === 'draft' ? (
                      <Button id={`fv-remove-${item.id}`} type="button" data-size="sm" variant="tertiary" aria-label={t('frameworkAuthoring.removeOf', { title: item.title })} onClick={() => actions.askRemove(item)}>
                        {t('frameworkAuthoring.remove')}
                      </Button>
                    ) : null}
                  </span>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
