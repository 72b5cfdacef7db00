import { Alert, Field, Fieldset, Label, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { MAX_EVIDENCE_FILE_BYTES } from '../../domain/evidence.js';
import { ANSWER_FILES_MAX, type Question } from '../../domain/question-set-values.js';
import { formatDateTime, formatFileSize } from '../../i18n/index.js';
import { ConfirmRemove } from '../action-plan/ConfirmRemove.js';
import { apiErrorText } from '../api/error-text.js';
import { useTranslation } from '../language/language-context.js';
import type { Notice } from '../ui/LiveNotice.js';
import { questionnaireApi, type AnswerFile } from './questionnaire-api.js';
import { QuestionHelp, QuestionLabel } from './QuestionLabel.js';

/** An uploaded document: its name (a download link), size and who uploaded it when. */
export function AnswerFileLine({ questionnaireId, file, children }: { questionnaireId: string; file: AnswerFile; children?: ReactNode }) {
  const { language, t } = useTranslation();
  return (
    <li className="answer-files__item">
      <a href={questionnaireApi.fileUrl(questionnaireId, file.id)} download={file.fileName}>
        {file.fileName}
      </a>{' '}
      <span className="muted">{t('questionnaire.files.about', { size: formatFileSize(file.sizeBytes, language), name: file.uploadedByName, date: formatDateTime(file.uploadedAt, language) })}</span>
      {children}
    </li>
  );
}

/**
 * A documents question: the documents uploaded (each downloadable and removable after asking),
 * a native file input for several files at once (each checked for size here, then uploaded one
 * after another) and, below, the note that may go with them.
 */
export function DocumentsInput({ questionnaireId, question, files, onFilesChanged, children }: { questionnaireId: string; question: Question; files: readonly AnswerFile[]; onFilesChanged: () => void; children: ReactNode }) {
  const { language, t } = useTranslation();
  const inputId = useId();
  const [notices, setNotices] = useState<Notice[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const max = formatFileSize(MAX_EVIDENCE_FILE_BYTES, language);
  const full = files.length >= ANSWER_FILES_MAX;

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = '';
    const said: Notice[] = [];
    let room = ANSWER_FILES_MAX - files.length;
    for (const file of chosen) {
      if (room <= 0) {
        said.push({ color: 'warning', text: t('questionnaire.files.full', { max: ANSWER_FILES_MAX }) });
        break;
      }
      if (file.size > MAX_EVIDENCE_FILE_BYTES) {
        said.push({ color: 'danger', text: t('questionnaire.files.tooLarge', { name: file.name, size: formatFileSize(file.size, language), max }) });
        continue;
      }
      if (file.size === 0) {
        said.push({ color: 'danger', text: t('questionnaire.files.empty', { name: file.name }) });
        continue;
      }
      setBusy(file.name);
      try {
        await questionnaireApi.upload(questionnaireId, question.key, file);
        said.push({ color: 'success', text: t('questionnaire.files.uploaded', { name: file.name }) });
        room -= 1;
      } catch (error) {
        said.push({ color: 'danger', text: t('questionnaire.files.failed', { name: file.name, message: apiErrorText(error, t) }) });
      }
    }
    setBusy(null);
    setNotices(said);
    onFilesChanged();
  };

  const remove = async (file: AnswerFile) => {
    try {
      await questionnaireApi.deleteFile(questionnaireId, file.id);
      setNotices([{ color: 'success', text: t('questionnaire.files.removed', { name: file.fileName }) }]);
    } catch (error) {
      setNotices([{ color: 'danger', text: t('questionnaire.files.removeFailed', { name: file.fileName }), detail: apiErrorText(error, t) }]);
    }
    onFilesChanged();
    document.getElementById(inputId)?.focus();
  };

  return (
    <Fieldset>
      <Fieldset.Legend>
        <QuestionLabel question={question} />
      </Fieldset.Legend>
      {question.help.trim() ? (
        <Fieldset.Description>
          <QuestionHelp question={question} />
        </Fieldset.Description>
      ) : null}
      {files.length === 0 ? (
        <Paragraph data-size="sm">{t('questionnaire.files.none')}</Paragraph>
      ) : (
        <ul className="answer-files">
          {files.map((file) => (
            <AnswerFileLine key={file.id} questionnaireId={questionnaireId} file={file}>
              <ConfirmRemove
                label={t('questionnaire.files.removeLabel', { name: file.fileName })}
                question={t('questionnaire.files.removeQuestion', { name: file.fileName })}
                yes={t('questionnaire.files.removeYes')}
                onRemove={() => remove(file)}
              />
            </AnswerFileLine>
          ))}
        </ul>
      )}
      {full ? (
        <Paragraph data-size="sm">{t('questionnaire.files.full', { max: ANSWER_FILES_MAX })}</Paragraph>
      ) : (
        <Field>
          <Label htmlFor={inputId}>{t('questionnaire.files.choose')}</Label>
          <Field.Description id={`${inputId}-hint`}>{t('questionnaire.files.hint', { max })}</Field.Description>
          <input id={inputId} aria-describedby={`${inputId}-hint`} type="file" multiple className="answer-files__input" disabled={busy !== null} onChange={(event) => void upload(event)} />
        </Field>
      )}
      <div aria-live="polite" className="answer-files__notices">
        {busy ? <Paragraph data-size="sm">{t('questionnaire.files.uploading', { name: busy })}</Paragraph> : null}
        {notices.map((notice, index) => (
          <Alert key={index} data-color={notice.color} data-size="sm">
            <Paragraph data-size="sm">{notice.text}</Paragraph>
            {notice.detail ? <Paragraph data-size="sm">{notice.detail}</Paragraph> : null}
          </Alert>
        ))}
      </div>
      {children}
    </Fieldset>
  );
}
