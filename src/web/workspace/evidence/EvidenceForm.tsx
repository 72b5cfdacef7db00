import { Alert, Button, Field, Fieldset, Heading, Label, Paragraph, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error.js';
import { useTranslation } from '../../language/language-context.js';
import { EvidenceConflict } from './EvidenceConflict.js';
import { evidenceApi, type Evidence, type EvidenceInput } from './evidence-api.js';
import { checkDraft, draftOf, emptyDraft, FIELD_ORDER, fieldOfDetail, inputOf, type DraftErrors, type DraftField, type EvidenceDraft } from './evidence-draft.js';
import {
  channelKey,
  DOCUMENT_KINDS,
  documentKindKey,
  EVIDENCE_KINDS,
  groupKey,
  INTERVIEWEE_GROUPS,
  kindKey,
  OBSERVATION_CHANNELS,
  type EvidenceUnit,
  type EvidenceUnitGroup,
} from './evidence-texts.js';
import { FileField } from './FileField.js';
import { NotesField } from './NotesField.js';
import { UnitCheckboxes } from './UnitCheckboxes.js';

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
 * the sub-areas it links to, an uploaded file for documents and Markdown notes. A stale save
 * shows both versions side by side; nothing typed is dropped without the user choosing so.
 */
export function EvidenceForm({ evaluationId, groups, units, item, initialUnits, onSaved, onUseSaved, onCancel }: EvidenceFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const statusId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState<EvidenceDraft>(() => (item ? draftOf(item) : emptyDraft('interview', initialUnits ?? [])));
  const [version, setVersion] = useState(item?.version ?? 0);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saving, setSaving] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const editing = item !== undefined;
  const unitOrder = groups.flatMap((group) => group.units.map((unit) => unit.code));

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const change = (next: Partial<EvidenceDraft>) => setDraft((current) => ({ ...current, ...next }));
  const fieldId = (field: DraftField) => `${headingId}-${field}`;

  const focusFirst = (found: DraftErrors) => {
    const first = FIELD_ORDER.find((field) => found[field]);
    if (!first) return;
    const element = document.getElementById(fieldId(first));
    if (element instanceof HTMLFieldSetElement) element.querySelector('input')?.focus();
    else element?.focus();
  };

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

  /** The server's validation details, in Swedish at the fields they name. */
  const serverErrors = (error: ApiError, input: EvidenceInput): DraftErrors | null => {
    if (error.code !== 'validation') return null;
    const found: DraftErrors = {};
    for (const detail of error.details) {
      const field = fieldOfDetail(detail.field);
      if (!field || found[field]) continue;
      if (field === 'unitCodes') {
        const index = Number(detail.field?.split('.')[2]);
        const code = Number.isInteger(index) ? input.unitCodes[index] : undefined;
        found.unitCodes = code ? t('evidence.error.unitUnknown', { code }) : messages.unitsMissing;
      } else if (field === 'occurredOn') found.occurredOn = messages.dateInvalid;
      else if (field === 'intervieweeGroup') found.intervieweeGroup = messages.groupMissing;
      else if (field === 'people') found.people = messages.peopleInvalid;
      else if (field === 'title') found.title = t('evidence.error.titleInvalid');
      else if (field === 'documentKind') found.documentKind = messages.documentKindMissing;
      else if (field === 'channel') found.channel = messages.channelMissing;
      else if (field === 'url') found.url = messages.urlInvalid;
      else if (field === 'file') found.file = t('evidence.error.fileUnknown');
      else if (field === 'notes') found.notes = t('evidence.error.notesTooLong');
      else found[field] = t('evidence.error.field', { message: detail.message ?? '' });
    }
    return Object.keys(found).length > 0 ? found : null;
  };

  const save = async (options: { version?: number; asNew?: boolean } = {}) => {
    if (saving) return;
    if (uploading) {
      setFailure({ kind: 'other', message: t('evidence.error.stillUploading') });
      return;
    }
    const found = checkDraft(draft, messages);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    const input = inputOf(draft, unitOrder);
    setFailure(null);
    setSaving(true);
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
        const fieldErrors = serverErrors(error, input);
        if (fieldErrors) {
          setErrors(fieldErrors);
          focusFirst(fieldErrors);
        } else setFailure({ kind: 'other', message: error.message });
      }
    } finally {
      setSaving(false);
    }
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (conflict) return;
    void save();
  };

  const keepMine = () => {
    if (!conflict) return;
    setVersion(conflict.currentVersion);
    void save({ version: conflict.currentVersion });
  };

  const kindFieldset = (
    <Fieldset id={fieldId('kind')} data-size="sm" className="evidence-kind-field">
      <Fieldset.Legend>{t('evidence.field.kindLegend')}</Fieldset.Legend>
      <div className="evidence-kind-field__options">
        {EVIDENCE_KINDS.map((kind) => (
          <Radio key={kind} name={`${headingId}-kind`} value={kind} label={t(kindKey(kind))} checked={draft.kind === kind} onChange={() => change({ kind })} />
        ))}
      </div>
    </Fieldset>
  );

  const dateField = (
    <Textfield
      id={fieldId('occurredOn')}
      label={draft.kind === 'document' ? t('evidence.field.dateOptional') : t('evidence.field.date')}
      description={t('evidence.dateHint')}
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      className="evidence-form__short"
      value={draft.occurredOn}
      onChange={(event) => change({ occurredOn: event.target.value })}
      error={errors.occurredOn}
    />
  );

  const titleField = (
    <Textfield
      id={fieldId('title')}
      label={draft.kind === 'interview' ? t('evidence.field.titleOptional') : t('evidence.field.title')}
      description={draft.kind === 'interview' ? t('evidence.interviewTitleHint') : undefined}
      autoComplete="off"
      maxLength={300}
      value={draft.title}
      onChange={(event) => change({ title: event.target.value })}
      error={errors.title}
    />
  );

  const urlField = (
    <Textfield
      id={fieldId('url')}
      label={t('evidence.field.urlOptional')}
      description={t('evidence.urlHint')}
      type="url"
      autoComplete="off"
      spellCheck={false}
      maxLength={2000}
      value={draft.url}
      onChange={(event) => change({ url: event.target.value })}
      error={errors.url}
    />
  );

  const select = <T extends string>(field: DraftField, label: string, value: T | '', options: readonly T[], text: (value: T) => string, onPick: (value: T | '') => void) => (
    <Field className="evidence-form__select">
      <Label htmlFor={fieldId(field)}>{label}</Label>
      <Select id={fieldId(field)} value={value} aria-invalid={errors[field] ? true : undefined} onChange={(event) => onPick(event.target.value as T | '')}>
        <Select.Option value="">{t('evidence.chooseOption')}</Select.Option>
        {options.map((option) => (
          <Select.Option key={option} value={option}>
            {text(option)}
          </Select.Option>
        ))}
      </Select>
      {errors[field] ? <ValidationMessage>{errors[field]}</ValidationMessage> : null}
    </Field>
  );

  return (
    <section aria-labelledby={headingId} className="panel evidence-form">
      <Heading level={3} data-size="xs" id={headingId} ref={headingRef} tabIndex={-1} className="focus-target">
        {editing ? t('evidence.editHeading', { title: item.title || t(kindKey(item.kind)) }) : t('evidence.addHeading')}
      </Heading>
      <form noValidate aria-labelledby={headingId} onSubmit={handleSubmit} className="evidence-form__form">
        {kindFieldset}
        {draft.kind === 'interview' ? (
          <>
            {dateField}
            {select('intervieweeGroup', t('evidence.field.group'), draft.intervieweeGroup, INTERVIEWEE_GROUPS, (group) => t(groupKey(group)), (intervieweeGroup) => change({ intervieweeGroup }))}
            <Textfield
              id={fieldId('people')}
              label={t('evidence.field.people')}
              type="number"
              min={1}
              max={500}
              className="evidence-form__short"
              value={draft.people}
              onChange={(event) => change({ people: event.target.value })}
              error={errors.people}
            />
            {titleField}
          </>
        ) : null}
        {draft.kind === 'document' ? (
          <>
            {titleField}
            {select('documentKind', t('evidence.field.documentKind'), draft.documentKind, DOCUMENT_KINDS, (kind) => t(documentKindKey(kind)), (documentKind) => change({ documentKind }))}
            {dateField}
            {urlField}
            <FileField
              evaluationId={evaluationId}
              file={draft.file}
              onChange={(file) => change({ file })}
              onBusy={setUploading}
              error={errors.file}
              inputId={fieldId('file')}
            />
          </>
        ) : null}
        {draft.kind === 'observation' ? (
          <>
            {select('channel', t('evidence.field.channel'), draft.channel, OBSERVATION_CHANNELS, (channel) => t(channelKey(channel)), (channel) => change({ channel }))}
            {titleField}
            {dateField}
            {urlField}
          </>
        ) : null}
        <UnitCheckboxes groups={groups} chosen={draft.unitCodes} onChange={(unitCodes) => change({ unitCodes })} error={errors.unitCodes} fieldsetId={fieldId('unitCodes')} />
        <NotesField value={draft.notes} onChange={(notes) => change({ notes })} error={errors.notes} textareaId={fieldId('notes')} />

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

        {failure ? (
          <Alert data-color="danger" role="alert">
            {failure.kind === 'gone' ? (
              <>
                <Paragraph>{t('evidence.error.gone')}</Paragraph>
                <Button type="button" variant="secondary" data-size="sm" onClick={() => void save({ asNew: true })}>
                  {t('evidence.saveAsNew')}
                </Button>
              </>
            ) : failure.kind === 'locked' ? (
              <Paragraph>{t('evidence.error.locked')}</Paragraph>
            ) : (
              <>
                <Paragraph>{t('evidence.error.saveFailed')}</Paragraph>
                {failure.message ? <Paragraph data-size="sm">{t('error.detail', { message: failure.message })}</Paragraph> : null}
              </>
            )}
          </Alert>
        ) : null}

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
