import { Button, Field, Label, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState, type Ref } from 'react';
import { Markdown } from '../../ui/Markdown.js';
import { useTranslation } from '../../language/language-context.js';
import { useContentLanguage } from '../../language/content-language.js';

interface MarkdownFieldProps {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  textareaRef?: Ref<HTMLTextAreaElement>;
  rows?: number;
}

/**
 * A labelled Markdown text area (Swedish spell checking) with a preview the user opens and
 * closes with a button; the preview renders the text exactly as it will be shown.
 */
export function MarkdownField({ label, description, value, onChange, error, textareaRef, rows = 5 }: MarkdownFieldProps) {
  const contentLanguage = useContentLanguage();
  const { t } = useTranslation();
  const previewId = useId();
  const [preview, setPreview] = useState(false);
  return (
    <div className="markdown-field">
      <Field>
        <Label>{label}</Label>
        {description ? <Field.Description>{description}</Field.Description> : null}
        <Textarea
          ref={textareaRef}
          value={value}
          rows={rows}
          spellCheck="true"
          lang={contentLanguage}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      </Field>
      <Button type="button" variant="tertiary" data-size="sm" aria-expanded={preview} aria-controls={preview ? previewId : undefined} onClick={() => setPreview((open) => !open)}>
        {preview ? t('factCheck.preview.hide') : t('factCheck.preview.show')}
      </Button>
      {preview ? (
        <div id={previewId} role="region" aria-label={t('factCheck.preview.label', { label })} className="markdown-field__preview">
          {value.trim() ? <Markdown source={value} lang={contentLanguage} /> : <p className="muted">{t('factCheck.preview.empty')}</p>}
        </div>
      ) : null}
    </div>
  );
}

/** The message for a text the server would refuse (empty, or longer than `max`), or undefined. */
export function textProblem(value: string, max: number, t: (key: 'factCheck.text.missing' | 'factCheck.text.tooLong', params?: Record<string, number>) => string): string | undefined {
  const text = value.trim();
  if (!text) return t('factCheck.text.missing');
  if (text.length > max) return t('factCheck.text.tooLong', { max, length: text.length });
  return undefined;
}
