import { Field, Heading, Label, Select } from '@digdir/designsystemet-react';
import { useTranslation } from '../language/language-context.js';
import { useEditor } from './editor-context.js';
import { LevelsEditor } from './LevelsEditor.js';
import { CodeField, LocalisedFields, NumberField } from './LocalisedFields.js';
import { fieldId, optionalText, startingLevels, type DraftCriterion } from './version-draft.js';

/**
 * One criterion of a sub-area: code, text, guidance and typical evidence in three languages,
 * weight, and its scale (met / partly / not met, or levels with points).
 */
export function CriterionEditor({ path, criterion, onChange, tools }: { path: string; criterion: DraftCriterion; onChange(criterion: DraftCriterion): void; tools: React.ReactNode }) {
  const { t } = useTranslation();
  const { errors } = useEditor();
  const name = t('frameworkAuthoring.criterion.name', { code: criterion.code });
  const id = fieldId(path);
  const scaleId = fieldId(`${path}.scale`);
  return (
    <section className="fv-criterion" id={id} tabIndex={-1} aria-labelledby={`${id}-heading`}>
      <Heading level={5} data-size="2xs" id={`${id}-heading`}>
        {name}
      </Heading>
      <div className="fv-row">
        <CodeField label={`${name}: ${t('frameworkAuthoring.field.code')}`} path={`${path}.code`} value={criterion.code} onChange={(code) => onChange({ ...criterion, code })} />
        <NumberField
          label={`${name}: ${t('frameworkAuthoring.field.weight')}`}
          description={t('frameworkAuthoring.field.weightHint')}
          path={`${path}.weight`}
          value={criterion.weight}
          min={1}
          max={100}
          onChange={(weight) => onChange({ ...criterion, weight: weight ?? 1 })}
        />
        <Field>
          <Label htmlFor={scaleId}>{`${name}: ${t('frameworkAuthoring.field.scale')}`}</Label>
          <Select
            id={scaleId}
            value={criterion.scale.kind}
            aria-invalid={errors.has(scaleId) || undefined}
            onChange={(event) => onChange({ ...criterion, scale: event.target.value === 'levels' ? { kind: 'levels', levels: startingLevels() } : { kind: 'met' } })}
          >
            <Select.Option value="met">{t('frameworkAuthoring.scale.met')}</Select.Option>
            <Select.Option value="levels">{t('frameworkAuthoring.scale.levels')}</Select.Option>
          </Select>
          {errors.get(scaleId) ? <p className="fv-error">{errors.get(scaleId)}</p> : null}
        </Field>
      </div>
      <LocalisedFields label={`${name}: ${t('frameworkAuthoring.field.text')}`} path={`${path}.text`} value={criterion.text} multiline onChange={(text) => onChange({ ...criterion, text })} />
      <LocalisedFields
        label={`${name}: ${t('frameworkAuthoring.field.guidance')}`}
        path={`${path}.guidance`}
        value={criterion.guidance}
        multiline
        onChange={(text) => onChange({ ...criterion, guidance: optionalText(text) })}
      />
      <LocalisedFields
        label={`${name}: ${t('frameworkAuthoring.field.typicalEvidence')}`}
        path={`${path}.typicalEvidence`}
        value={criterion.typicalEvidence}
        multiline
        onChange={(text) => onChange({ ...criterion, typicalEvidence: optionalText(text) })}
      />
      {criterion.scale.kind === 'levels' ? (
        <LevelsEditor path={`${path}.scale`} criterionCode={criterion.code} levels={criterion.scale.levels} onChange={(levels) => onChange({ ...criterion, scale: { kind: 'levels', levels } })} />
      ) : null}
      {tools}
    </section>
  );
}
