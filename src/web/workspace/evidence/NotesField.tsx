import { Button, Field, Label, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { Markdown } from '../../ui/Markdown.js';
import { useTranslation } from '../../language/language-context.js';
import { useContentLanguage } from '../../language/content-language.js';

/** The notes of an item: Markdown in a Swedish-spellchecked text area, with a preview to toggle. */
export function NotesField({
  value,
  onChange,
  error,
  textareaId: inputId,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  textareaId: string;
}) {
  const contentLanguage = useContentLanguage();
  const { t } = useTranslation();
  const hintId = useId();
  const errorId = useId();
  const previewId = useId();
  const [preview, setPreview] = useState(false);
  return (
    <div className="evidence-notes-field">
      <Field>
        <Label htmlFor={inputId}>{t('evidence.field.notes')}</Label>
        <Field.Description id={hintId}>{t('evidence.notesHint')}</Field.Description>
        <Textarea
          id={inputId}
          rows={6}
          value={value}
          spellCheck="true"
          lang={contentLanguage}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
      </Field>
      <Button type="button" variant="tertiary" data-size="sm" aria-pressed={preview} aria-controls={previewId} onClick={() => setPreview((shown) => !shown)}>
        {t('evidence.preview')}
      </Button>
      <div id={previewId}>
        {preview ? (
          <section className="evidence-preview" aria-label={t('evidence.previewLabel')}>
            <p className="evidence-notes__label">{t('evidence.previewLabel')}</p>
            {value.trim() ? <Markdown source={value} lang={contentLanguage} /> : <p className="muted">{t('evidence.previewEmpty')}</p>}
          </section>
        ) : null}
      </div>
    </div>
  );
}
