import { Field, Fieldset, Label, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { Controller, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from '../../language/language-context.js';
import type { EvidenceInput } from './evidence-api.js';
import type { DraftField, EvidenceDraft } from './evidence-draft.js';
import {
  channelKey,
  DOCUMENT_KINDS,
  documentKindKey,
  EVIDENCE_KINDS,
  groupKey,
  INTERVIEWEE_GROUPS,
  kindKey,
  OBSERVATION_CHANNELS,
  type EvidenceKind,
} from './evidence-texts.js';
import { FileField } from './FileField.js';

/** What every field group needs of the form. */
export interface KindFieldsProps {
  kind: EvidenceKind;
  register: UseFormRegister<EvidenceDraft>;
  errors: FieldErrors<EvidenceDraft>;
  fieldId: (field: DraftField) => string;
}

/** The kind of item: interview, document or observation; each shows its own fields. */
export function KindFieldset({ register, fieldId }: Pick<KindFieldsProps, 'register' | 'fieldId'>) {
  const { t } = useTranslation();
  return (
    <Fieldset id={fieldId('kind')} data-size="sm" className="evidence-kind-field">
      <Fieldset.Legend>{t('evidence.field.kindLegend')}</Fieldset.Legend>
      <div className="evidence-kind-field__options">
        {EVIDENCE_KINDS.map((kind) => (
          <Radio key={kind} value={kind} label={t(kindKey(kind))} {...register('kind')} />
        ))}
      </div>
    </Fieldset>
  );
}

function DateField({ kind, register, errors, fieldId }: KindFieldsProps) {
  const { t } = useTranslation();
  return (
    <Textfield
      id={fieldId('occurredOn')}
      label={kind === 'document' ? t('evidence.field.dateOptional') : t('evidence.field.date')}
      description={t('evidence.dateHint')}
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      className="evidence-form__short"
      {...register('occurredOn')}
      error={errors.occurredOn?.message}
    />
  );
}

function TitleField({ kind, register, errors, fieldId }: KindFieldsProps) {
  const { t } = useTranslation();
  return (
    <Textfield
      id={fieldId('title')}
      label={kind === 'interview' ? t('evidence.field.titleOptional') : t('evidence.field.title')}
      description={kind === 'interview' ? t('evidence.interviewTitleHint') : undefined}
      autoComplete="off"
      maxLength={300}
      {...register('title')}
      error={errors.title?.message}
    />
  );
}

function UrlField({ register, errors, fieldId }: KindFieldsProps) {
  const { t } = useTranslation();
  return (
    <Textfield
      id={fieldId('url')}
      label={t('evidence.field.urlOptional')}
      description={t('evidence.urlHint')}
      type="url"
      autoComplete="off"
      spellCheck={false}
      maxLength={2000}
      {...register('url')}
      error={errors.url?.message}
    />
  );
}

/** A choice among `options`, with an empty first option ("Välj …"). */
function ChoiceField<T extends string>({
  field,
  label,
  options,
  text,
  register,
  errors,
  fieldId,
}: Omit<KindFieldsProps, 'kind'> & { field: 'intervieweeGroup' | 'documentKind' | 'channel'; label: string; options: readonly T[]; text: (value: T) => string }) {
  const { t } = useTranslation();
  const error = errors[field]?.message;
  return (
    <Field className="evidence-form__select">
      <Label htmlFor={fieldId(field)}>{label}</Label>
      <Select id={fieldId(field)} aria-invalid={error ? true : undefined} {...register(field)}>
        <Select.Option value="">{t('evidence.chooseOption')}</Select.Option>
        {options.map((option) => (
          <Select.Option key={option} value={option}>
            {text(option)}
          </Select.Option>
        ))}
      </Select>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}

/** An interview: date, the group interviewed, how many people and an optional label. */
export function InterviewFields(props: KindFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <DateField {...props} />
      <ChoiceField {...props} field="intervieweeGroup" label={t('evidence.field.group')} options={INTERVIEWEE_GROUPS} text={(group) => t(groupKey(group))} />
      <Textfield
        id={props.fieldId('people')}
        label={t('evidence.field.people')}
        type="number"
        min={1}
        max={500}
        className="evidence-form__short"
        {...props.register('people')}
        error={props.errors.people?.message}
      />
      <TitleField {...props} />
    </>
  );
}

/** A document: title, kind of document, an optional date and address, and an uploaded file. */
export function DocumentFields({ control, evaluationId, onBusy, ...props }: KindFieldsProps & { control: Control<EvidenceDraft, unknown, EvidenceInput>; evaluationId: string; onBusy: (busy: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <TitleField {...props} />
      <ChoiceField {...props} field="documentKind" label={t('evidence.field.documentKind')} options={DOCUMENT_KINDS} text={(kind) => t(documentKindKey(kind))} />
      <DateField {...props} />
      <UrlField {...props} />
      <Controller
        control={control}
        name="file"
        render={({ field }) => (
          <FileField evaluationId={evaluationId} file={field.value} onChange={field.onChange} onBusy={onBusy} error={props.errors.file?.message} inputId={props.fieldId('file')} />
        )}
      />
    </>
  );
}

/** An observation: the channel, a title, the date and an optional address. */
export function ObservationFields(props: KindFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <ChoiceField {...props} field="channel" label={t('evidence.field.channel')} options={OBSERVATION_CHANNELS} text={(channel) => t(channelKey(channel))} />
      <TitleField {...props} />
      <DateField {...props} />
      <UrlField {...props} />
    </>
  );
}
