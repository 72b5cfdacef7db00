import { Checkbox, Field, Heading, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { DraftFramework } from '../../domain/framework-draft.js';
import { useTranslation } from '../language/language-context.js';
import { useEditor } from './editor-context.js';
import { LocalisedFields, NumberField } from './LocalisedFields.js';
import { fieldId, optionalText } from './version-draft.js';

const SCORE_STEPS = ['0.01', '0.5', '1'] as const;

/** The model's own fields: titles, revision, years, whether current, score step, note, example. */
export function ModelFields({ definition, onChange }: { definition: DraftFramework; onChange(definition: DraftFramework): void }) {
  const { t } = useTranslation();
  const { errors, readOnly } = useEditor();
  const headingId = useId();
  const revisionId = fieldId('revision');
  const stepId = fieldId('scoreStep');
  return (
    <section aria-labelledby={headingId} className="panel fv-model">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('frameworkAuthoring.model.heading')}
      </Heading>
      <fieldset disabled={readOnly} className="fv-fieldset">
      <LocalisedFields label={t('frameworkAuthoring.field.title')} path="title" value={definition.title} onChange={(title) => onChange({ ...definition, title })} />
      <div className="fv-row">
        <Textfield
          id={revisionId}
          label={t('frameworkAuthoring.field.revision')}
          value={definition.revision}
          autoComplete="off"
          error={errors.get(revisionId)}
          onChange={(event) => onChange({ ...definition, revision: event.target.value })}
        />
        <NumberField label={t('frameworkAuthoring.field.usedFrom')} path="usedFrom" value={definition.usedFrom} min={1990} max={2100} onChange={(usedFrom) => onChange({ ...definition, usedFrom: usedFrom ?? definition.usedFrom })} />
        <NumberField
          label={t('frameworkAuthoring.field.usedTo')}
          description={t('frameworkAuthoring.field.usedToHint')}
          path="usedTo"
          value={definition.usedTo}
          min={1990}
          max={2100}
          onChange={(usedTo) => onChange({ ...definition, usedTo: usedTo ?? null })}
        />
        <Field>
          <Label htmlFor={stepId}>{t('frameworkAuthoring.field.scoreStep')}</Label>
          <Select id={stepId} value={definition.scoreStep} onChange={(event) => onChange({ ...definition, scoreStep: event.target.value as DraftFramework['scoreStep'] })}>
            {SCORE_STEPS.map((step) => (
              <Select.Option key={step} value={step}>
                {step}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <Checkbox id={fieldId('current')} label={t('frameworkAuthoring.field.current')} checked={definition.current} onChange={(event) => onChange({ ...definition, current: event.target.checked })} />
      <Checkbox id={fieldId('example')} label={t('frameworkAuthoring.field.example')} checked={definition.example} onChange={(event) => onChange({ ...definition, example: event.target.checked })} />
      <LocalisedFields
        label={t('frameworkAuthoring.field.note')}
        description={t('frameworkAuthoring.field.noteHint')}
        path="note"
        value={definition.note}
        multiline
        onChange={(note) => onChange({ ...definition, note: optionalText(note) })}
      />
      </fieldset>
    </section>
  );
}
