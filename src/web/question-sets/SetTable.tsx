import { Button, Heading, Table } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef } from 'react';
import { formatDateTime } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { AppLink } from '../ui/AppLink.js';
import { TableScroll } from '../ui/TableScroll.js';
import { questionSetsApi, type QuestionSetSummary } from './question-sets-api.js';
import { languageKey } from './set-texts.js';

export interface SetActions {
  canManage: boolean;
  /** The set whose removal is being confirmed. */
  confirming: string | null;
  /** The set a request is under way for. */
  pending: string | null;
  newVersion(item: QuestionSetSummary): Promise<void>;
  askRemove(item: QuestionSetSummary): void;
  cancelRemove(): void;
  remove(item: QuestionSetSummary): Promise<void>;
}

/** Confirming a removal: the question and its two answers; "Ja, ta bort" takes focus. */
function ConfirmRemove({ item, actions }: { item: QuestionSetSummary; actions: SetActions }) {
  const { t } = useTranslation();
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  const busy = actions.pending === item.id;
  return (
    <div role="group" aria-label={t('questionSets.confirmRemove', { title: item.title, versionNo: item.versionNo })} className="question-set-confirm">
      <span>{t('questionSets.confirmRemove', { title: item.title, versionNo: item.versionNo })}</span>
      <Button ref={yes} type="button" data-size="sm" data-color="danger" aria-disabled={busy || undefined} onClick={() => (busy ? undefined : void actions.remove(item))}>
        {t('questionSets.removeYes')}
      </Button>
      <Button type="button" data-size="sm" variant="secondary" onClick={actions.cancelRemove}>
        {t('questionSets.cancel')}
      </Button>
    </div>
  );
}

/** The sets of one model version: title, version, language, size, whether in use, files and actions. */
export function SetTable({ title, items, actions }: { title: string; items: QuestionSetSummary[]; actions: SetActions }) {
  const { t, language } = useTranslation();
  const captionId = useId();
  return (
    <section className="question-set-group" aria-labelledby={`${captionId}-heading`}>
      <Heading level={3} data-size="xs" id={`${captionId}-heading`}>
        {title}
      </Heading>
      <TableScroll labelledBy={captionId}>
        <Table className="question-set-table" data-size="sm">
          <caption id={captionId} className="ds-sr-only">
            {t('questionSets.caption', { framework: title })}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('questionSets.column.title')}</Table.HeaderCell>
              <Table.HeaderCell>{t('questionSets.column.version')}</Table.HeaderCell>
              <Table.HeaderCell>{t('questionSets.column.language')}</Table.HeaderCell>
              <Table.HeaderCell>{t('questionSets.column.size')}</Table.HeaderCell>
              <Table.HeaderCell>{t('questionSets.column.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('questionSets.column.files')}</Table.HeaderCell>
              {actions.canManage ? <Table.HeaderCell>{t('questionSets.column.actions')}</Table.HeaderCell> : null}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {items.map((item) => (
              <Table.Row key={item.id}>
                <Table.Cell>
                  <AppLink to={paths.questionSet(item.id)}>{item.title}</AppLink>
                  {item.demo ? <span className="question-set-mark"> {t('questionSets.demo')}</span> : null}
                </Table.Cell>
                <Table.Cell>
                  {t('questionSets.versionNo', { versionNo: item.versionNo })}
                  {item.latest ? <span className="question-set-mark"> {t('questionSets.latest')}</span> : null}
                </Table.Cell>
                <Table.Cell>{t(languageKey(item.language))}</Table.Cell>
                <Table.Cell>{t('questionSets.size', { sections: item.sections, questions: item.questions })}</Table.Cell>
                <Table.Cell>
                  {item.frozen ? `🔒 ${t('questionSets.frozenUsedBy', { count: item.usedBy })}` : t('questionSets.editable')}
                  <br />
                  <span className="muted">{t('questionSets.updated', { date: formatDateTime(item.updatedAt, language) })}</span>
                </Table.Cell>
                <Table.Cell>
                  <span className="question-set-files">
                    <a className="ds-link" href={questionSetsApi.fileUrl(item.id, 'json')} download aria-label={t('questionSets.exportJsonOf', { title: item.title, versionNo: item.versionNo })}>
                      JSON
                    </a>
                    <a className="ds-link" href={questionSetsApi.fileUrl(item.id, 'xlsx')} download aria-label={t('questionSets.exportXlsxOf', { title: item.title, versionNo: item.versionNo })}>
                      XLSX
                    </a>
                  </span>
                </Table.Cell>
                {actions.canManage ? (
                  <Table.Cell>
                    {actions.confirming === item.id ? (
                      <ConfirmRemove item={item} actions={actions} />
                    ) : (
                      <span className="question-set-actions">
                        <Button
                          type="button"
                          data-size="sm"
                          variant="secondary"
                          aria-disabled={actions.pending === item.id || undefined}
                          aria-label={t('questionSets.newVersionOf', { title: item.title, versionNo: item.versionNo })}
                          onClick={() => (actions.pending === item.id ? undefined : void actions.newVersion(item))}
                        >
                          {t('questionSets.newVersion')}
                        </Button>
                        {item.frozen ? null : (
                          <Button
                            type="button"
                            data-size="sm"
                            variant="tertiary"
                            aria-label={t('questionSets.removeOf', { title: item.title, versionNo: item.versionNo })}
                            onClick={() => actions.askRemove(item)}
                          >
                            {t('questionSets.remove')}
                          </Button>
                        )}
                      </span>
                    )}
                  </Table.Cell>
                ) : null}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}
