import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import { useTranslation } from '../../language/language-context.js';
import { evidenceApi, type Evidence } from './evidence-api.js';
import { EvidenceDetails, useEvidenceTitle } from './EvidenceDetails.js';
import type { EvidenceUnit } from './evidence-texts.js';
import { LiveNotice } from '../../ui/LiveNotice.js';

/** The id of an item's heading, so focus can return to it after a change. */
export const itemHeadingId = (id: string) => `evidence-item-${id}`;

type DeleteState = { step: 'idle' } | { step: 'confirm' } | { step: 'busy' } | { step: 'failed'; message: string };

/** One evidence item in the list, with change and delete for those who may. */
export function EvidenceItem({
  item,
  evaluationId,
  units,
  readOnly,
  onEdit,
  onDeleted,
  onStale,
}: {
  item: Evidence;
  evaluationId: string;
  units: ReadonlyMap<string, EvidenceUnit>;
  readOnly: boolean;
  onEdit: () => void;
  onDeleted: (item: Evidence) => void;
  /** The item changed since it was read: the list reads it again. */
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const titleOf = useEvidenceTitle();
  const [remove, setRemove] = useState<DeleteState>({ step: 'idle' });
  const title = titleOf(item);

  const confirmDelete = async () => {
    setRemove({ step: 'busy' });
    try {
      await evidenceApi.remove(evaluationId, item.id, item.version);
      onDeleted(item);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        setRemove({ step: 'failed', message: t('evidence.deleteStale') });
        onStale();
      } else if (error instanceof ApiError && error.status === 404) {
        onDeleted(item);
      } else {
        setRemove({ step: 'failed', message: error instanceof ApiError && error.status === 409 ? t('evidence.error.locked') : t('evidence.deleteFailed') });
      }
    }
  };

  return (
    <article className="evidence-item" aria-labelledby={itemHeadingId(item.id)}>
      <Heading level={4} data-size="2xs" id={itemHeadingId(item.id)} tabIndex={-1} className="focus-target evidence-item__title">
        {title}
      </Heading>
      <EvidenceDetails view={item} units={units} fileUrl={(fileId) => evidenceApi.fileUrl(evaluationId, fileId)} />
      {readOnly ? null : (
        <div className="evidence-item__actions">
          {remove.step === 'confirm' || remove.step === 'busy' ? (
            <div role="group" aria-label={t('evidence.deleteConfirmLabel', { title })} className="evidence-item__confirm">
              <Paragraph data-size="sm">{t('evidence.deleteQuestion', { title })}</Paragraph>
              <Button type="button" data-color="danger" data-size="sm" aria-disabled={remove.step === 'busy' || undefined} onClick={() => void (remove.step === 'busy' ? undefined : confirmDelete())}>
                {t('evidence.deleteConfirm')}
              </Button>
              <Button type="button" variant="secondary" data-size="sm" onClick={() => setRemove({ step: 'idle' })}>
                {t('evidence.cancel')}
              </Button>
            </div>
          ) : (
            <>
              <Button type="button" variant="secondary" data-size="sm" aria-label={t('evidence.editLabel', { title })} onClick={onEdit}>
                {t('evidence.edit')}
              </Button>
              <Button type="button" variant="tertiary" data-size="sm" aria-label={t('evidence.deleteLabel', { title })} onClick={() => setRemove({ step: 'confirm' })}>
                {t('evidence.delete')}
              </Button>
            </>
          )}
        </div>
      )}
      <LiveNotice notice={remove.step === 'failed' ? { color: 'danger', text: remove.message } : null} />
    </article>
  );
}
