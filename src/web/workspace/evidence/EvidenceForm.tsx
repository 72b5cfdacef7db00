import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Controller, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { ApiError } from '../../api/api-error.js';
import { zodFormResolver } from '../../forms/zod-form.js';
import { useTranslation } from '../../language/language-context.js';
import { EvidenceConflict } from './EvidenceConflict.js';
import { evidenceApi, type Evidence, type EvidenceInput } from './evidence-api.js';
import { draftOf, emptyDraft, evidenceDraftSchema, FIELD_ORDER, fieldOfDetail, messageOf, type DraftField, type EvidenceDraft } from './evidence-draft.js';
import { kindKey, type EvidenceUnit, type EvidenceUnitGroup } from './evidence-texts.js';
import { DocumentFields, InterviewFields, KindFieldset, ObservationFields } from './EvidenceKindFields.js';
import { NotesField } from './NotesField.js';
import { UnitCheckboxes } from './UnitCheckboxes.js';
import { apiErrorText } from '../../api/error-text.js';

export interface EvidenceFormProps {
  evaluationId: string;
  groups: readonly EvidenceUnitGroup[];
  units: ReadonlyMap<string, EvidenceUnit>;
  /** The item being changed; none for a new one. */
  item?: Evidence;
  /** Sub-areas checked from the start in a new item (the sub-area the list is filtered by). */
  initialUnits?: string[];
  onSaved: (item: Evidence, created: boolean) => void;
  /** The user chose the saved version over theirs after a conflict. */
  onUseSaved: (current: Evidence) => void;
  onCancel: () => void;
}

interface Conflict {
  current: Evidence;
  currentVersion: number;
}

type Failure = { kind: 'gone' } | { kind: 'locked' } | { kind: 'other'; message: string | null };

/**
 * Adds or changes one evidence item: the kind (interview, document, observation) and its fields,
 * the sub-areas it links to, an uploaded file for documents and Markdown notes, checked by the
 * API's request schema before sending. A stale save shows both versions side by side; nothing
 * typed is dropped without the user choosing so.
 */
export function EvidenceForm({ evaluationId, groups, units, item, initialUnits, onSaved, onUseSaved, onCancel }: EvidenceFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const statusId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [version, setVersion] = useState(item?.version ?? 0);
  const [uploading, setUploading] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const editing = item !== undefined;
  const schema = useMemo(() => evidenceDraftSchema(groups.flatMap((group) => group.units.map((unit) => unit.code))), [groups]);
  const messages = {
    dateMissing: t('evidence.error.dateMissing'),
    dateInvalid: t('evidence.error.dateInvalid'),
    groupMissing: t('evidence.error.groupMissing'),
    peopleInvalid: t('evidence.error.peopleInvalid'),
    titleMissing: t('evidence.error.titleMissing'),
    documentKindMissing: t('evidence.error.documentKindMissing'),
    channelMissing: t('evidence.error.channelMissing'),
    urlInvalid: t('evidence.error.urlInvalid'),
    unitsMissing: t('evidence.error.unitsMissing'),
  };
  const { register, control, handleSubmit, setError, formState } = useForm<EvidenceDraft, unknown, EvidenceInput>({
    defaultValues: item ? draftOf(item) : emptyDraft('interview', initialUnits ?? []),
    resolver: zodFormResolver(schema, (path, { message }, values) => {
      const field = fieldOfDetail(`body.${path}`);
      if (field === 'notes') return t('evidence.error.notesTooLong');
      return (field && messageOf(field, values, messages)) ?? t('evidence.error.field', { message });
    }),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // The first invalid field in the order shown takes focus (fields come and go with the kind).
    shouldFocusError: false,
  });
  const draft = useWatch({ control }) as EvidenceDraft;
  const errors = formState.errors;
  const saving = formState.isSubmitting;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const fieldId = (field: DraftField) => `${headingId}-${field}`;

  const focusFirst = (found: FieldErrors<EvidenceDraft>) => {
    const first = FIELD_ORDER.find((field) => found[field]);
    if (!first) return;
    const element = document.getElementById(fieldId(first));
    if (element instanceof HTMLFieldSetElement) element.querySelector('input')?.focus();
    else element?.focus();
  };

  /** The server's validation details, in Swedish at the fields they name. */
  const serverErrors = (error: ApiError, input: EvidenceInput): Map<DraftField, string> => {
    const found = new Map<DraftField, string>();
    if (error.code !== 'validation') return found;
    for (const detail of error.details) {
      const field = fieldOfDetail(detail.field);
      if (!field || found.has(field)) continue;
      if (field === 'unitCodes') {
        const index = Number(detail.field?.split('.')[2]);
        const code = Number.isInteger(index) ? input.unitCodes[index] : undefined;
        found.set(field, code ? t('evidence.error.unitUnknown', { code }) : messages.unitsMissing);
      } else if (field === 'title') found.set(field, t('evidence.error.titleInvalid'));
      else if (field === 'file') found.set(field, t('evidence.error.fileUnknown'));
      else if (field === 'notes') found.set(field, t('evidence.error.notesTooLong'));
      else if (field === 'occurredOn') found.set(field, messages.dateInvalid);
      else found.set(field, messageOf(field, draft, messages) ?? t('evidence.error.field', { message: detail.message ?? '' }));
    }
    return found;
  };

  const send = async (input: EvidenceInput, options: { version?: number; asNew?: boolean }) => {
    setFailure(null);
    try {
      const asNew = !item || options.asNew;
      const saved = asNew ? await evidenceApi.create(evaluationId, input) : await evidenceApi.update(evaluationId, item.id, input, options.version ?? version);
      setConflict(null);
      onSaved(saved, Boolean(asNew));
    } catch (error) {
      if (!(error instanceof ApiError)) {
        setFailure({ kind: 'other', message: null });
      } else if (error.code === 'version_conflict' && error.extra.current && typeof error.extra.current === 'object') {
        setConflict({ current: error.extra.current as Evidence, currentVersion: error.numberOf('currentVersion') ?? (error.extra.current as Evidence).version });
      } else if (error.status === 404) {
        setFailure({ kind: 'gone' });
      } else if (error.status === 409) {
        setFailure({ kind: 'locked' });
      } else {
        const found = serverErrors(error, input);
        for (const field of FIELD_ORDER) if (found.has(field)) setError(field, { type: 'server', message: found.get(field) });
        if (found.size > 0) focusFirst(Object.fromEntries(found));
        else setFailure({ kind: 'other', message: apiErrorText(error, t) });
      }
    }
  };

  const save = (options: { version?: number; asNew?: boolean } = {}) => {
    if (saving) return;
    if (uploading) {
      setFailure({ kind: 'other', message: t('evidence.error.stillUploading') });
      return;
    }
    void handleSubmit((input) => send(input, options), focusFirst)();
  };

  const keepMine = () => {
    if (!conflict) return;
    setVersion(conflict.currentVersion);
    save({ version: conflict.currentVersion });
  };

  const kindProps = { kind: draft.kind, register, errors, fieldId };
  return (
    <section aria-labelledby={headingId} className="panel evidence-form">
      <Heading level={3} data-size="xs" id={headingId} ref={headingRef} tabIndex={-1} className="focus-target">
        {editing ? t('evidence.editHeading', { title: item.title || t(kindKey(item.kind)) }) : t('evidence.addHeading')}
      </Heading>
      <form
        noValidate
        aria-labelledby={headingId}
        onSubmit={(event) => {
          event.preventDefault();
          if (!conflict) save();
        }}
        className="evidence-form__form"
      >
        <KindFieldset register={register} fieldId={fieldId} />
        {draft.kind === 'interview' ? <InterviewFields {...kindProps} /> : null}
        {draft.kind === 'document' ? <DocumentFields {...kindProps} control={control} evaluationId={evaluationId} onBusy={setUploading} /> : null}
        {draft.kind === 'observation' ? <ObservationFields {...kindProps} /> : null}
        <Controller
          control={control}
          name="unitCodes"
          render={({ field }) => <UnitCheckboxes groups={groups} chosen={field.value} onChange={field.onChange} error={errors.unitCodes?.message} fieldsetId={fieldId('unitCodes')} />}
        />
        <Controller
          control={control}
          name="notes"
          render={({ field }) => <NotesField value={field.value} onChange={field.onChange} error={errors.notes?.message} textareaId={fieldId('notes')} />}
        />

        {conflict ? (
          <EvidenceConflict
            mine={draft}
            current={conflict.current}
            units={units}
            evaluationId={evaluationId}
            saving={saving}
            onKeepMine={keepMine}
            onUseSaved={() => onUseSaved(conflict.current)}
          />
        ) : null}

        {failure ? <FailureAlert failure={failure} onSaveAsNew={() => save({ asNew: true })} /> : null}

        <div className="evidence-form__actions">
          {conflict ? null : (
            <Button type="submit" aria-disabled={saving || uploading || undefined} aria-describedby={statusId}>
              {editing ? t('evidence.saveChanges') : t('evidence.save')}
            </Button>
          )}
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('evidence.cancel')}
          </Button>
        </div>
        <p id={statusId} role="status" className="evidence-form__status">
          {saving ? t('evidence.saving') : uploading ? t('evidence.waitUpload') : ''}
        </p>
      </form>
    </section>
  );
}

/** Why the save failed: the item is gone (save it as new), the evaluation is locked, or another error. */
function FailureAlert({ failure, onSaveAsNew }: { failure: Failure; onSaveAsNew: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="danger" role="alert">
      {failure.kind === 'gone' ? (
        <>
          <Paragraph>{t('evidence.error.gone')}</Paragraph>
          <Button type="button" variant="secondary" data-size="sm" onClick={onSaveAsNew}>
            {t('evidence.saveAsNew')}
          </Button>
        </>
      ) : failure.kind === 'locked' ? (
        <Paragraph>{t('evidence.error.locked')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('evidence.error.saveFailed')}</Paragraph>
          {failure.message ? <Paragraph data-size="sm">{failure.message}</Paragraph> : null}
        </>
      )}
    </Alert>
  );
}
