import { Button, Field, Label, Paragraph, Spinner, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState, type ChangeEvent } from 'react';
import { MAX_EVIDENCE_FILE_BYTES } from '../../../domain/evidence.js';
import { LOCALES } from '../../../i18n/index.js';
import { ApiError } from '../../api/api-error.js';
import { useTranslation } from '../../language/language-context.js';
import { useSession } from '../../session/session-context.js';
import type { DraftFile } from './evidence-draft.js';
import { uploadWithProgress } from './evidence-api.js';
import { formatBytes } from './evidence-texts.js';

/**
 * The file of a document: a native file input (keyboard and screen readers work as usual). A
 * chosen file is checked for size here (at most 20 MB) and uploaded at once; the item then
 * refers to it when saved.
 */
export function FileField({
  evaluationId,
  file,
  onChange,
  onBusy,
  error,
  inputId,
}: {
  evaluationId: string;
  file: DraftFile | null;
  onChange: (file: DraftFile | null) => void;
  onBusy: (busy: boolean) => void;
  error?: string;
  inputId: string;
}) {
  const { language, t } = useTranslation();
  const locale = LOCALES[language];
  const hintId = useId();
  const errorId = useId();
  const { session } = useSession();
  const [uploading, setUploading] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const shownError = problem ?? error;

  const handleChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setDone(null);
    if (chosen.size > MAX_EVIDENCE_FILE_BYTES) {
      setProblem(t('evidence.error.fileTooLarge', { name: chosen.name, size: formatBytes(chosen.size, locale), max: formatBytes(MAX_EVIDENCE_FILE_BYTES, locale) }));
      return;
    }
    if (chosen.size === 0) {
      setProblem(t('evidence.error.fileEmpty', { name: chosen.name }));
      return;
    }
    setProblem(null);
    setUploading(chosen.name);
    setProgress(0);
    onBusy(true);
    try {
      const uploaded = await uploadWithProgress(evaluationId, chosen, session?.csrfToken ?? null, setProgress);
      onChange({ id: uploaded.id, fileName: uploaded.fileName, mediaType: uploaded.mediaType, sizeBytes: uploaded.sizeBytes });
      setDone(t('evidence.uploaded', { name: uploaded.fileName }));
    } catch (failure) {
      const tooLarge = failure instanceof ApiError && failure.status === 413;
      setProblem(
        tooLarge
          ? t('evidence.error.fileTooLarge', { name: chosen.name, size: formatBytes(chosen.size, locale), max: formatBytes(MAX_EVIDENCE_FILE_BYTES, locale) })
          : t('evidence.error.uploadFailed', { name: chosen.name, message: failure instanceof ApiError ? failure.message : '' }),
      );
    } finally {
      setUploading(null);
      onBusy(false);
    }
  };

  return (
    <Field className="evidence-file-field">
      <Label htmlFor={inputId}>{t('evidence.field.file')}</Label>
      <Field.Description id={hintId}>{t('evidence.fileHint', { max: formatBytes(MAX_EVIDENCE_FILE_BYTES, locale) })}</Field.Description>
      {file ? (
        <div className="evidence-file-field__chosen">
          <Paragraph data-size="sm">
            {t('evidence.fileChosen', { name: file.fileName, size: formatBytes(file.sizeBytes, locale) })}
          </Paragraph>
          <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange(null)}>
            {t('evidence.fileRemove', { name: file.fileName })}
          </Button>
        </div>
      ) : null}
      <input
        id={inputId}
        type="file"
        className="ds-input evidence-file-field__input"
        aria-describedby={shownError ? `${hintId} ${errorId}` : hintId}
        aria-invalid={shownError ? true : undefined}
        onChange={(event) => void handleChange(event)}
      />
      <div aria-live="polite" className="evidence-file-field__status">
        {uploading ? (
          <span className="loading-status" aria-busy="true">
            <Spinner aria-hidden="true" data-size="sm" />
            <span>{t('evidence.uploading', { name: uploading })}</span>
          </span>
        ) : null}
        {done && !uploading ? <span>{done}</span> : null}
      </div>
      {uploading ? (
        <progress className="evidence-file-field__progress" max={100} value={Math.round(progress * 100)} aria-label={t('evidence.uploadProgress', { name: uploading })}>
          {Math.round(progress * 100)} %
        </progress>
      ) : null}
      {shownError ? <ValidationMessage id={errorId}>{shownError}</ValidationMessage> : null}
    </Field>
  );
}
