import { Textfield } from '@digdir/designsystemet-react';
import type { DraftText } from '../../domain/framework-draft.js';
import type { Language } from '../../domain/framework.js';
import { useTranslation } from '../language/language-context.js';
import { useEditor } from './editor-context.js';
import { fieldId } from './version-draft.js';

/** The languages a model version is written in, Swedish first. */
export const TEXT_LANGUAGES: readonly Language[] = ['sv', 'nb', 'en'];

/**
 * One text of the model in Swedish, Norwegian and English: three fields labelled "Titel på
 * svenska" and so on, each marked with its language and showing the problem at its path.
 */
export function LocalisedFields({ label, path, value, onChange, multiline = false, description }: {
  label: string;
  /** The text's problem path ("areas.0.title"); each field adds its language. */
  path: string;
  value: DraftText | undefined;
  onChange(text: DraftText): void;
  multiline?: boolean;
  description?: string;
}) {
  const { t } = useTranslation();
  const { errors } = useEditor();
  const text = value ?? { sv: '', en: '', nb: '' };
  return (
    <div className="fv-texts">
      {TEXT_LANGUAGES.map((language) => {
        const id = fieldId(`${path}.${language}`);
        const common = {
          id,
          label: t('frameworkAuthoring.field.inLanguage', { field: label, language: t(`frameworkAuthoring.languageName.${language}`) }),
          description: language === 'sv' ? description : undefined,
          lang: language,
          value: text[language],
          error: errors.get(id),
        };
        return multiline ? (
          <Textfield key={language} {...common} multiline rows={2} onChange={(event) => onChange({ ...text, [language]: event.target.value })} />
        ) : (
          <Textfield key={language} {...common} autoComplete="off" onChange={(event) => onChange({ ...text, [language]: event.target.value })} />
        );
      })}
    </div>
  );
}

/** A whole-number field (max, weight, points, years); empty gives `undefined`. */
export function NumberField({ label, path, value, onChange, description, min, max }: {
  label: string;
  path: string;
  value: number | undefined | null;
  onChange(value: number | undefined): void;
  description?: string;
  min?: number;
  max?: number;
}) {
  const { errors } = useEditor();
  const id = fieldId(path);
  return (
    <Textfield
      id={id}
      label={label}
      description={description}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      step={1}
      value={value === undefined || value === null ? '' : String(value)}
      error={errors.get(id)}
      className="fv-number"
      onChange={(event) => {
        const raw = event.target.value.trim();
        const parsed = Number(raw);
        onChange(raw === '' || !Number.isFinite(parsed) ? undefined : Math.trunc(parsed));
      }}
    />
  );
}

/** A short code field (area, sub-area, criterion, level). */
export function CodeField({ label, path, value, onChange }: { label: string; path: string; value: string; onChange(value: string): void }) {
  const { errors } = useEditor();
  const id = fieldId(path);
  return <Textfield id={id} label={label} value={value} autoComplete="off" className="fv-code" error={errors.get(id)} onChange={(event) => onChange(event.target.value)} />;
}
