import { COUNTRIES } from '../../domain/municipality.js';
import { countryName } from '../ui/municipality-text.js';
import { Alert, Button, Field, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { formatNumber } from '../../i18n/index.js';
import { ApiError } from '../api/api-error.js';
import { api } from '../api/client.js';
import type { FrameworkSummary } from '../api/types.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { comparisonsApi, type ReferenceAverage, type ReferenceAverageInput } from '../comparisons/comparisons-api.js';
import { showServerFieldErrors, useZodForm } from '../forms/zod-form.js';
import { useTranslation } from '../language/language-context.js';
import { ReferenceConflict } from './ReferenceConflict.js';
import { draftOf, emptyDraft, FIELD_ORDER, fieldOfPath, messageOf, referenceDraftSchema, type DraftField, type ReferenceDraft } from './reference-draft.js';
import { apiErrorText } from '../api/error-text.js';

interface Props {
  frameworks: readonly FrameworkSummary[];
  /** The figure being changed; none for a new one. */
  item?: ReferenceAverage;
  onSaved: (saved: ReferenceAverage, created: boolean) => void;
  /** The figure no longer exists (someone removed it). */
  onGone: (item: ReferenceAverage) => void;
  onCancel: () => void;
}

/** "must be at most 100 points" → 100 (the API's wording of the maximum). */
const maxOf = (message: string | undefined) => {
  const found = message?.match(/at most ([\d.]+) points/);
  return found ? Number(found[1]) : null;
};

/**
 * Adds or changes one reference average: framework version, label, scope, area (or the total),
 * mean, n, source and publication date, checked by the API's request schema before sending.
 * The server's validation messages appear at their fields; a stale save shows both versions
 * and lets the user choose.
 */
export function ReferenceAverageForm({ frameworks, item, onSaved, onGone, onCancel }: Props) {
  const { t, language } = useTranslation();
  const headingId = useId();
  const statusId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const current = frameworks.find((framework) => framework.current) ?? frameworks[0];
  const [version, setVersion] = useState(item?.version ?? 0);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ReferenceAverage | null>(null);
  const messages = {
    frameworkMissing: t('referenceAverages.error.framework'),
    labelMissing: t('referenceAverages.error.label'),
    meanInvalid: t('referenceAverages.error.mean'),
    nInvalid: t('referenceAverages.error.n'),
    sourceMissing: t('referenceAverages.error.source'),
    dateInvalid: t('referenceAverages.error.date'),
    dateNotReal: t('referenceAverages.error.dateNotReal'),
    other: (message: string) => t('referenceAverages.error.server', { message }),
  };
  const { register, control, handleSubmit, setError, setValue, reset, clearErrors, formState } = useZodForm(referenceDraftSchema, {
    defaultValues: item ? draftOf(item, language) : emptyDraft(current?.id ?? ''),
    text: (field, { message }) => messageOf(fieldOfPath(field) ?? 'scope', message, messages),
  });
  const errors = formState.errors;
  const saving = formState.isSubmitting;
  const draft = useWatch({ control }) as ReferenceDraft;
  const framework = useApiQuery({
    queryKey: queryKeys.frameworks.detail(draft.frameworkId, language),
    queryFn: ({ signal }) => (draft.frameworkId ? api.getFramework(draft.frameworkId, language, signal) : Promise.resolve(null)),
  });
  const areas = framework.state.status === 'ok' ? (framework.state.data?.areas ?? []) : [];
  const chosenFramework = frameworks.find((entry) => entry.id === draft.frameworkId);
  const area = areas.find((entry) => entry.code === draft.areaCode);
  const max = draft.areaCode === '' ? chosenFramework?.max : area?.max;
  const editing = item !== undefined;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const fieldId = (field: DraftField) => `${headingId}-${field}`;

  /** The server's validation details in the UI language where known. */
  const serverText = (field: DraftField, message: string) => {
    const limit = field === 'mean' ? maxOf(message) : null;
    if (limit !== null) return t('referenceAverages.error.meanMax', { max: formatNumber(limit, language) });
    if (field === 'publishedOn') return t('referenceAverages.error.dateNotReal');
    if (field === 'areaCode') return t('referenceAverages.error.area');
    if (field === 'frameworkId') return t('referenceAverages.error.framework');
    // The other fields' rules are the form's own (the draft schema pipes into the API's), so
    // the form's words for the field fit; the server's message is English and not shown.
    return messageOf(field, message, { ...messages, other: () => t('error.code.validation') });
  };

  const save = (sendVersion: number) =>
    handleSubmit(async (input) => {
      setFailure(null);
      const request: ReferenceAverageInput = { ...input, mean: String(input.mean) };
      try {
        const saved = item ? await comparisonsApi.changeReferenceAverage(item.id, request, sendVersion) : await comparisonsApi.createReferenceAverage(request);
        setConflict(null);
        onSaved(saved, !item);
      } catch (error) {
        if (!(error instanceof ApiError)) setFailure(t('referenceAverages.error.saveFailed'));
        else if (error.code === 'version_conflict' && error.extra.current && typeof error.extra.current === 'object') {
          setConflict(error.extra.current as ReferenceAverage);
        } else if (error.status === 404 && item) onGone(item);
        else if (!showServerFieldErrors(setError, error, FIELD_ORDER, (field, message) => serverText(field, message || error.message))) {
          setFailure(t('referenceAverages.error.server', { message: apiErrorText(error, t) }));
        }
      }
    });

  const text = (field: Exclude<DraftField, 'frameworkId' | 'country' | 'areaCode'>, options: { label: string; description?: string; short?: boolean; inputMode?: 'decimal' | 'numeric' }) => (
    <Textfield
      id={fieldId(field)}
      label={options.label}
      description={options.description}
      inputMode={options.inputMode}
      autoComplete="off"
      className={options.short ? 'reference-form__short' : undefined}
      {...register(field)}
      error={errors[field]?.message}
    />
  );

  return (
    <section aria-labelledby={headingId} className="panel reference-form">
      <Heading level={3} data-size="xs" id={headingId} ref={headingRef} tabIndex={-1} className="focus-target">
        {editing ? t('referenceAverages.editHeading', { label: item.label }) : t('referenceAverages.addHeading')}
      </Heading>
      <form
        noValidate
        aria-labelledby={headingId}
        onSubmit={(event) => {
          if (conflict || saving) event.preventDefault();
          else void save(version)(event);
        }}
        className="reference-form__form"
      >
        <Field>
          <Label htmlFor={fieldId('frameworkId')}>{t('referenceAverages.field.framework')}</Label>
          <Select
            id={fieldId('frameworkId')}
            aria-invalid={errors.frameworkId ? true : undefined}
            {...register('frameworkId', { onChange: () => setValue('areaCode', '') })}
          >
            {frameworks.map((entry) => (
              <Select.Option key={entry.id} value={entry.id}>
                {entry.title}
              </Select.Option>
            ))}
          </Select>
          {errors.frameworkId ? <ValidationMessage>{errors.frameworkId.message}</ValidationMessage> : null}
        </Field>
        <Field>
          <Label htmlFor={fieldId('country')}>{t('referenceAverages.field.country')}</Label>
          <Field.Description>{t('referenceAverages.field.countryHint')}</Field.Description>
          <Select id={fieldId('country')} {...register('country')}>
            {COUNTRIES.map((country) => (
              <Select.Option key={country} value={country}>
                {countryName(country, t)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {text('label', { label: t('referenceAverages.field.label'), description: t('referenceAverages.field.labelHint') })}
        {text('scope', { label: t('referenceAverages.field.scope'), description: t('referenceAverages.field.scopeHint') })}
        <Field>
          <Label htmlFor={fieldId('areaCode')}>{t('referenceAverages.field.area')}</Label>
          <Select id={fieldId('areaCode')} aria-invalid={errors.areaCode ? true : undefined} {...register('areaCode')} value={draft.areaCode}>
            <Select.Option value="">{t('referenceAverages.totalOption')}</Select.Option>
            {areas.map((entry) => (
              <Select.Option key={entry.code} value={entry.code}>
                {t('referenceAverages.areaOption', { code: entry.code, title: entry.title })}
              </Select.Option>
            ))}
            {draft.areaCode && !area ? <Select.Option value={draft.areaCode}>{draft.areaCode}</Select.Option> : null}
          </Select>
          {errors.areaCode ? <ValidationMessage>{errors.areaCode.message}</ValidationMessage> : null}
        </Field>
        {text('mean', {
          label: t('referenceAverages.field.mean'),
          description: max === undefined ? t('referenceAverages.field.meanHint') : t('referenceAverages.field.meanHintMax', { max: formatNumber(max, language) }),
          short: true,
          inputMode: 'decimal',
        })}
        {text('n', { label: t('referenceAverages.field.n'), description: t('referenceAverages.field.nHint'), short: true, inputMode: 'numeric' })}
        {text('source', { label: t('referenceAverages.field.source'), description: t('referenceAverages.field.sourceHint') })}
        {text('publishedOn', { label: t('referenceAverages.field.publishedOn'), description: t('referenceAverages.field.publishedOnHint'), short: true, inputMode: 'numeric' })}

        {conflict ? (
          <ReferenceConflict
            mine={draft}
            saved={conflict}
            frameworks={frameworks}
            saving={saving}
            onKeepMine={() => {
              setVersion(conflict.version);
              void save(conflict.version)();
            }}
            onUseSaved={() => {
              reset(draftOf(conflict, language));
              clearErrors();
              setVersion(conflict.version);
              setConflict(null);
              headingRef.current?.focus();
            }}
          />
        ) : null}

        {failure ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        ) : null}

        <div className="button-row">
          {conflict ? null : (
            <Button type="submit" aria-disabled={saving || undefined} aria-describedby={statusId}>
              {editing ? t('referenceAverages.saveChanges') : t('referenceAverages.save')}
            </Button>
          )}
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('referenceAverages.cancel')}
          </Button>
        </div>
        <p id={statusId} role="status" className="reference-form__status">
          {saving ? t('referenceAverages.saving') : ''}
        </p>
      </form>
    </section>
  );
}
