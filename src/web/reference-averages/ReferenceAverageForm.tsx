import { Alert, Button, Field, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formatNumber } from '../../i18n/index.js';
import { ApiError } from '../api/api-error.js';
import { api } from '../api/client.js';
import type { FrameworkSummary } from '../api/types.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { comparisonsApi, type ReferenceAverage } from '../comparisons/comparisons-api.js';
import { useTranslation } from '../language/language-context.js';
import { ReferenceConflict } from './ReferenceConflict.js';
import { checkDraft, draftOf, emptyDraft, FIELD_ORDER, fieldOfDetail, inputOf, type DraftErrors, type DraftField, type ReferenceDraft } from './reference-draft.js';

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
 * mean, n, source and publication date. The server's validation messages appear at their
 * fields; a stale save shows both versions and lets the user choose.
 */
export function ReferenceAverageForm({ frameworks, item, onSaved, onGone, onCancel }: Props) {
  const { t, language } = useTranslation();
  const headingId = useId();
  const statusId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const current = frameworks.find((framework) => framework.current) ?? frameworks[0];
  const [draft, setDraft] = useState<ReferenceDraft>(() => (item ? draftOf(item) : emptyDraft(current?.id ?? '')));
  const [version, setVersion] = useState(item?.version ?? 0);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ReferenceAverage | null>(null);
  const [saving, setSaving] = useState(false);
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
  const change = (patch: Partial<ReferenceDraft>) => setDraft((previous) => ({ ...previous, ...patch }));
  const focusFirst = (found: DraftErrors) => {
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) document.getElementById(fieldId(first))?.focus();
  };

  /** The server's validation details as messages at their fields (in the UI language where known). */
  const serverErrors = (error: ApiError): DraftErrors => {
    const found: DraftErrors = {};
    for (const detail of error.details) {
      const field = fieldOfDetail(detail.field);
      if (!field || found[field]) continue;
      const limit = field === 'mean' ? maxOf(detail.message) : null;
      if (limit !== null) found.mean = t('referenceAverages.error.meanMax', { max: formatNumber(limit, language) });
      else if (field === 'publishedOn') found.publishedOn = t('referenceAverages.error.dateNotReal');
      else if (field === 'areaCode') found.areaCode = t('referenceAverages.error.area');
      else if (field === 'frameworkId') found.frameworkId = t('referenceAverages.error.framework');
      else found[field] = t('referenceAverages.error.server', { message: detail.message ?? error.message });
    }
    return found;
  };

  const save = async (sendVersion = version) => {
    if (saving) return;
    const found = checkDraft(draft, {
      frameworkMissing: t('referenceAverages.error.framework'),
      labelMissing: t('referenceAverages.error.label'),
      meanInvalid: t('referenceAverages.error.mean'),
      nInvalid: t('referenceAverages.error.n'),
      sourceMissing: t('referenceAverages.error.source'),
      dateInvalid: t('referenceAverages.error.date'),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    setFailure(null);
    setSaving(true);
    try {
      const input = inputOf(draft);
      const saved = item ? await comparisonsApi.changeReferenceAverage(item.id, input, sendVersion) : await comparisonsApi.createReferenceAverage(input);
      setConflict(null);
      onSaved(saved, !item);
    } catch (error) {
      if (!(error instanceof ApiError)) setFailure(t('referenceAverages.error.saveFailed'));
      else if (error.code === 'version_conflict' && error.extra.current && typeof error.extra.current === 'object') {
        setConflict(error.extra.current as ReferenceAverage);
      } else if (error.status === 404 && item) onGone(item);
      else if (error.code === 'validation') {
        const fieldErrors = serverErrors(error);
        if (Object.keys(fieldErrors).length > 0) {
          setErrors(fieldErrors);
          focusFirst(fieldErrors);
        } else setFailure(t('referenceAverages.error.server', { message: error.message }));
      } else setFailure(t('referenceAverages.error.server', { message: error.message }));
    } finally {
      setSaving(false);
    }
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!conflict) void save();
  };

  const text = (field: Exclude<DraftField, 'frameworkId' | 'areaCode'>, options: { label: string; description?: string; short?: boolean; inputMode?: 'decimal' | 'numeric' }) => (
    <Textfield
      id={fieldId(field)}
      label={options.label}
      description={options.description}
      inputMode={options.inputMode}
      autoComplete="off"
      className={options.short ? 'reference-form__short' : undefined}
      value={draft[field]}
      onChange={(event) => change({ [field]: event.target.value })}
      error={errors[field]}
    />
  );

  return (
    <section aria-labelledby={headingId} className="panel reference-form">
      <Heading level={3} data-size="xs" id={headingId} ref={headingRef} tabIndex={-1} className="focus-target">
        {editing ? t('referenceAverages.editHeading', { label: item.label }) : t('referenceAverages.addHeading')}
      </Heading>
      <form noValidate aria-labelledby={headingId} onSubmit={handleSubmit} className="reference-form__form">
        <Field>
          <Label htmlFor={fieldId('frameworkId')}>{t('referenceAverages.field.framework')}</Label>
          <Select
            id={fieldId('frameworkId')}
            value={draft.frameworkId}
            aria-invalid={errors.frameworkId ? true : undefined}
            onChange={(event) => change({ frameworkId: event.target.value, areaCode: '' })}
          >
            {frameworks.map((entry) => (
              <Select.Option key={entry.id} value={entry.id}>
                {entry.title}
              </Select.Option>
            ))}
          </Select>
          {errors.frameworkId ? <ValidationMessage>{errors.frameworkId}</ValidationMessage> : null}
        </Field>
        {text('label', { label: t('referenceAverages.field.label'), description: t('referenceAverages.field.labelHint') })}
        {text('scope', { label: t('referenceAverages.field.scope'), description: t('referenceAverages.field.scopeHint') })}
        <Field>
          <Label htmlFor={fieldId('areaCode')}>{t('referenceAverages.field.area')}</Label>
          <Select id={fieldId('areaCode')} value={draft.areaCode} aria-invalid={errors.areaCode ? true : undefined} onChange={(event) => change({ areaCode: event.target.value })}>
            <Select.Option value="">{t('referenceAverages.totalOption')}</Select.Option>
            {areas.map((entry) => (
              <Select.Option key={entry.code} value={entry.code}>
                {t('referenceAverages.areaOption', { code: entry.code, title: entry.title })}
              </Select.Option>
            ))}
            {draft.areaCode && !area ? <Select.Option value={draft.areaCode}>{draft.areaCode}</Select.Option> : null}
          </Select>
          {errors.areaCode ? <ValidationMessage>{errors.areaCode}</ValidationMessage> : null}
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
              void save(conflict.version);
            }}
            onUseSaved={() => {
              setDraft(draftOf(conflict));
              setVersion(conflict.version);
              setConflict(null);
              setErrors({});
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
