import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { createNoteSchema } from '../../contract/action-plans.js';
import { formatPartialDate } from '../../i18n/index.js';
import { apiErrorText } from '../api/error-text.js';
import { useContentLanguage } from '../language/content-language.js';
import { useTranslation } from '../language/language-context.js';
import { LiveNotice, type Notice } from '../ui/LiveNotice.js';
import { ConfirmRemove } from './ConfirmRemove.js';
import { Markdown } from '../ui/Markdown.js';
import { actionPlanApi, type Action, type ActionNote, invalidatePlan } from './action-plan-api.js';

export const NOTES_HEADING_ID = 'action-notes-heading';

interface NoteErrors {
  notedOn?: string;
  text?: string;
  progress?: string;
}

/** A note of the list with its removal (asked twice) for editors. */
function NoteItem({ note, canEdit, onRemove }: { note: ActionNote; canEdit: boolean; onRemove: (note: ActionNote) => Promise<void> }) {
  const { t, language } = useTranslation();
  const contentLanguage = useContentLanguage();
  const date = formatPartialDate(note.notedOn, language);
  return (
    <li className="note-item">
      <p className="note-item__head">
        <strong>{date}</strong>
        {note.progress !== null ? <span>{t('actionPlan.notes.progressAt', { value: note.progress })}</span> : null}
        <span className="muted">{t('actionPlan.notes.by', { name: note.authorName })}</span>
      </p>
      <Markdown source={note.text} lang={contentLanguage} />
      {canEdit ? (
        <ConfirmRemove
          label={t('actionPlan.notes.removeLabel', { date })}
          question={t('actionPlan.notes.removeQuestion', { date })}
          yes={t('actionPlan.notes.removeYes')}
          onRemove={() => onRemove(note)}
        />
      ) : null}
    </li>
  );
}

/**
 * The action's dated progress notes, newest first; editors add one (a date, the text and, if they
 * like, the progress it reached, which becomes the action's) and remove one.
 */
export function ActionNotes({ evaluationId, action, canEdit, today, onChanged }: { evaluationId: string; action: Action; canEdit: boolean; today: string; onChanged: (action: Action) => void }) {
  const { t } = useTranslation();
  const contentLanguage = useContentLanguage();
  const client = useQueryClient();
  const formId = useId();
  const [notedOn, setNotedOn] = useState(today);
  const [text, setText] = useState('');
  const [progress, setProgress] = useState('');
  const [errors, setErrors] = useState<NoteErrors>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const refresh = () => void invalidatePlan(client, evaluationId);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const trimmed = progress.trim();
    const found: NoteErrors = {};
    if (trimmed !== '' && !(/^\d{1,3}$/.test(trimmed) && Number(trimmed) <= 100)) found.progress = t('actionPlan.error.progressInvalid');
    const parsed = createNoteSchema.safeParse({ notedOn: notedOn.trim(), text, progress: trimmed === '' ? null : Number(trimmed) });
    for (const issue of parsed.error?.issues ?? []) {
      const field = issue.path[0];
      if (field === 'notedOn' && !found.notedOn) found.notedOn = t('actionPlan.error.dateInvalid');
      if (field === 'text' && !found.text) found.text = issue.message.includes('at most') ? t('actionPlan.error.tooLong') : t('actionPlan.notes.textMissing');
    }
    setErrors(found);
    const first = (['notedOn', 'text', 'progress'] as const).find((field) => found[field]);
    if (first || !parsed.success) {
      if (first) document.getElementById(`${formId}-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setNotice(null);
    try {
      const changed = await actionPlanApi.addNote(evaluationId, action.id, parsed.data);
      setText('');
      setProgress('');
      setNotice({ color: 'success', text: t('actionPlan.notes.added') });
      onChanged(changed);
      refresh();
    } catch (error) {
      setNotice({ color: 'danger', text: t('actionPlan.notes.failed'), detail: apiErrorText(error, t) });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (note: ActionNote) => {
    setNotice(null);
    try {
      await actionPlanApi.deleteNote(evaluationId, action.id, note.id);
      setNotice({ color: 'success', text: t('actionPlan.notes.removed') });
    } catch (error) {
      setNotice({ color: 'danger', text: t('actionPlan.notes.removeFailed'), detail: apiErrorText(error, t) });
    }
    refresh();
    document.getElementById(NOTES_HEADING_ID)?.focus();
  };

  return (
    <section aria-labelledby={NOTES_HEADING_ID} className="action-notes">
      <Heading level={2} data-size="sm" id={NOTES_HEADING_ID} tabIndex={-1} className="focus-target">
        {t('actionPlan.notes.heading')}
      </Heading>
      <LiveNotice notice={notice} />
      {action.notes.length === 0 ? (
        <Paragraph>{t('actionPlan.notes.none')}</Paragraph>
      ) : (
        <ul className="note-list">
          {action.notes.map((note) => (
            <NoteItem key={note.id} note={note} canEdit={canEdit} onRemove={remove} />
          ))}
        </ul>
      )}
      {canEdit ? (
        <form noValidate className="panel note-form" aria-labelledby={`${formId}-heading`} onSubmit={(event) => void add(event)}>
          <Heading level={3} data-size="xs" id={`${formId}-heading`}>
            {t('actionPlan.notes.addHeading')}
          </Heading>
          <Textfield
            id={`${formId}-notedOn`}
            label={t('actionPlan.notes.date')}
            description={t('actionPlan.field.dateHint')}
            inputMode="numeric"
            autoComplete="off"
            className="action-form__short"
            value={notedOn}
            onChange={(event) => setNotedOn(event.target.value)}
            error={errors.notedOn}
          />
          <Textfield
            id={`${formId}-text`}
            label={t('actionPlan.notes.text')}
            description={t('actionPlan.notes.textHint')}
            multiline
            rows={3}
            lang={contentLanguage}
            spellCheck
            value={text}
            onChange={(event) => setText(event.target.value)}
            error={errors.text}
          />
          <Textfield
            id={`${formId}-progress`}
            label={t('actionPlan.notes.progress')}
            description={t('actionPlan.notes.progressHint')}
            inputMode="numeric"
            autoComplete="off"
            className="action-form__short"
            value={progress}
            onChange={(event) => setProgress(event.target.value)}
            error={errors.progress}
          />
          <div className="button-row">
            <Button type="submit" aria-disabled={busy || undefined}>
              {t('actionPlan.notes.add')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
