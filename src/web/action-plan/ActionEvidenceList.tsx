import { Button, Field, Heading, Label, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { createLinkSchema } from '../../contract/action-plans.js';
import { MAX_EVIDENCE_FILE_BYTES } from '../../domain/evidence.js';
import { formatFileSize } from '../../i18n/index.js';
import { ApiError } from '../api/api-error.js';
import { apiErrorText } from '../api/error-text.js';
import { useTranslation } from '../language/language-context.js';
import { LiveNotice, type Notice } from '../ui/LiveNotice.js';
import { ConfirmRemove } from './ConfirmRemove.js';
import { actionPlanApi, type Action, type ActionEvidence, invalidatePlan } from './action-plan-api.js';

export const EVIDENCE_HEADING_ID = 'action-evidence-heading';

/** One file (a download link with its size) or link, with its removal (asked twice) for editors. */
function EvidenceEntry({ item, evaluationId, canEdit, onRemove }: { item: ActionEvidence; evaluationId: string; canEdit: boolean; onRemove: (item: ActionEvidence) => Promise<void> }) {
  const { t, language } = useTranslation();
  const title = item.kind === 'file' ? (item.fileName ?? item.title) : item.title;
  return (
    <li className="evidence-entry">
      {item.kind === 'file' ? (
        <span>
          <a className="ds-link" href={actionPlanApi.fileUrl(evaluationId, item.id)} download={item.fileName ?? undefined}>
            {title}
          </a>{' '}
          <span className="muted">{t('actionPlan.evidence.fileFacts', { size: formatFileSize(item.sizeBytes ?? 0, language) })}</span>
        </span>
      ) : (
        <span>
          <a className="ds-link" href={item.url ?? undefined} rel="noopener noreferrer" target="_blank">
            {title}
            <span className="ds-sr-only"> {t('actionPlan.evidence.newWindow')}</span>
          </a>{' '}
          <span className="muted evidence-entry__url">{item.url}</span>
        </span>
      )}
      {canEdit ? (
        <ConfirmRemove
          label={t('actionPlan.evidence.removeLabel', { title })}
          question={t('actionPlan.evidence.removeQuestion', { title })}
          yes={t('actionPlan.evidence.removeYes')}
          onRemove={() => onRemove(item)}
        />
      ) : null}
    </li>
  );
}

/**
 * What shows the action's work: files (downloaded as attachments) and links. Editors add a link
 * (title and web address) or upload a file, and remove either.
 */
export function ActionEvidenceList({ evaluationId, action, canEdit, onChanged }: { evaluationId: string; action: Action; canEdit: boolean; onChanged: (action: Action) => void }) {
  const { t, language } = useTranslation();
  const client = useQueryClient();
  const formId = useId();
  const fileId = useId();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<{ title?: string; url?: string }>({});
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const maxSize = formatFileSize(MAX_EVIDENCE_FILE_BYTES, language);

  const refresh = () => void invalidatePlan(client, evaluationId);

  const addLink = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const parsed = createLinkSchema.safeParse({ title, url });
    const found: { title?: string; url?: string } = {};
    for (const issue of parsed.error?.issues ?? []) {
      const field = issue.path[0];
      if (field === 'title' && !found.title) found.title = issue.message.includes('at most') ? t('actionPlan.error.tooLong') : t('actionPlan.evidence.titleMissing');
      if (field === 'url' && !found.url) found.url = t('actionPlan.evidence.urlInvalid');
    }
    setErrors(found);
    if (!parsed.success) {
      document.getElementById(`${formId}-${found.title ? 'title' : 'url'}`)?.focus();
      return;
    }
    setBusy(true);
    setNotice(null);
    try {
      const changed = await actionPlanApi.addLink(evaluationId, action.id, parsed.data.title, parsed.data.url);
      setTitle('');
      setUrl('');
      setNotice({ color: 'success', text: t('actionPlan.evidence.linkAdded', { title: parsed.data.title }) });
      onChanged(changed);
      refresh();
    } catch (error) {
      setNotice({ color: 'danger', text: t('actionPlan.evidence.failed'), detail: apiErrorText(error, t) });
    } finally {
      setBusy(false);
    }
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen || uploading) return;
    setNotice(null);
    if (chosen.size > MAX_EVIDENCE_FILE_BYTES) {
      setFileProblem(t('actionPlan.evidence.fileTooLarge', { name: chosen.name, max: maxSize }));
      return;
    }
    if (chosen.size === 0) {
      setFileProblem(t('actionPlan.evidence.fileEmpty', { name: chosen.name }));
      return;
    }
    setFileProblem(null);
    setUploading(chosen.name);
    try {
      const changed = await actionPlanApi.uploadFile(evaluationId, action.id, chosen);
      setNotice({ color: 'success', text: t('actionPlan.evidence.fileAdded', { name: chosen.name }) });
      onChanged(changed);
      refresh();
    } catch (error) {
      setFileProblem(
        error instanceof ApiError && error.status === 413 ? t('actionPlan.evidence.fileTooLarge', { name: chosen.name, max: maxSize }) : t('actionPlan.evidence.uploadFailed', { name: chosen.name, message: apiErrorText(error, t) }),
      );
    } finally {
      setUploading(null);
    }
  };

  const remove = async (item: ActionEvidence) => {
    setNotice(null);
    try {
      await actionPlanApi.deleteEvidence(evaluationId, item.id);
      setNotice({ color: 'success', text: t('actionPlan.evidence.removed', { title: item.kind === 'file' ? (item.fileName ?? item.title) : item.title }) });
    } catch (error) {
      setNotice({ color: 'danger', text: t('actionPlan.evidence.removeFailed'), detail: apiErrorText(error, t) });
    }
    refresh();
    document.getElementById(EVIDENCE_HEADING_ID)?.focus();
  };

  return (
    <section aria-labelledby={EVIDENCE_HEADING_ID} className="action-evidence">
      <Heading level={2} data-size="sm" id={EVIDENCE_HEADING_ID} tabIndex={-1} className="focus-target">
        {t('actionPlan.evidence.heading')}
      </Heading>
      <LiveNotice notice={notice} />
      {action.evidence.length === 0 ? (
        <Paragraph>{t('actionPlan.evidence.none')}</Paragraph>
      ) : (
        <ul className="evidence-entries">
          {action.evidence.map((item) => (
            <EvidenceEntry key={item.id} item={item} evaluationId={evaluationId} canEdit={canEdit} onRemove={remove} />
          ))}
        </ul>
      )}
      {canEdit ? (
        <div className="action-evidence__forms">
          <form noValidate className="panel" aria-labelledby={`${formId}-heading`} onSubmit={(event) => void addLink(event)}>
            <Heading level={3} data-size="xs" id={`${formId}-heading`}>
              {t('actionPlan.evidence.linkHeading')}
            </Heading>
            <Textfield id={`${formId}-title`} label={t('actionPlan.evidence.linkTitle')} autoComplete="off" value={title} onChange={(event) => setTitle(event.target.value)} error={errors.title} />
            <Textfield
              id={`${formId}-url`}
              label={t('actionPlan.evidence.linkUrl')}
              description={t('actionPlan.evidence.linkUrlHint')}
              type="url"
              autoComplete="off"
              value={url}
              onChange={(event) => setUrl(event.target.value)}
              error={errors.url}
            />
            <div className="button-row">
              <Button type="submit" aria-disabled={busy || undefined}>
                {t('actionPlan.evidence.addLink')}
              </Button>
            </div>
          </form>
          <div className="panel">
            <Field>
              <Label htmlFor={fileId}>{t('actionPlan.evidence.file')}</Label>
              <Field.Description id={`${fileId}-hint`}>{t('actionPlan.evidence.fileHint', { max: maxSize })}</Field.Description>
              <input
                id={fileId}
                type="file"
                className="ds-input"
                aria-describedby={fileProblem ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
                aria-invalid={fileProblem ? true : undefined}
                onChange={(event) => void upload(event)}
              />
              <div aria-live="polite">{uploading ? t('actionPlan.evidence.uploading', { name: uploading }) : ''}</div>
              {fileProblem ? <ValidationMessage id={`${fileId}-error`}>{fileProblem}</ValidationMessage> : null}
            </Field>
          </div>
        </div>
      ) : null}
    </section>
  );
}
