import { Button, Field, Heading, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { GOOD_EXAMPLE_TEXT_MAX } from '../../../domain/evaluation-texts.js';
import { ApiError } from '../../api/api-error.js';
import { AutosaveStatus } from '../../autosave/AutosaveStatus.js';
import { SaveConflict } from '../../autosave/SaveFeedback.js';
import { useVersionedSave } from '../../autosave/use-versioned-save.js';
import { AppLink } from '../../ui/AppLink.js';
import { Markdown } from '../../ui/Markdown.js';
import { useTranslation } from '../../language/language-context.js';
import { MarkdownField } from '../factcheck/MarkdownField.js';
import { useTextSaveError } from './save-error.js';
import { textsApi, type GoodExample } from './texts-api.js';
import { paths } from '../../paths.js';
import { LiveNotice } from '../../ui/LiveNotice.js';
import { useContentLanguage } from '../../language/content-language.js';
import { municipalityOption } from '../../ui/municipality-text.js';
import { municipalityIdParts, type Country } from '../../../domain/municipality.js';

export interface MunicipalityOption {
  id: string;
  country: Country;
  code: string;
  name: string;
}

/** A sub-area a good example can be tied to: one of its area's. */
export interface SubareaOption {
  unitCode: string;
  title: string;
}

interface ExampleForm {
  municipalityId: string;
  /** NONE: the area as a whole. */
  unitCode: string;
  text: string;
}

const NONE = '';
const sameForm = (a: ExampleForm, b: ExampleForm) => a.municipalityId === b.municipalityId && a.unitCode === b.unitCode && a.text === b.text;
const formOf = (example: Pick<GoodExample, 'municipality' | 'unitCode' | 'text'>): ExampleForm => ({
  municipalityId: example.municipality?.id ?? NONE,
  unitCode: example.unitCode ?? NONE,
  text: example.text,
});
const orNull = (value: string) => (value === NONE ? null : value);

/** What keeps a good example from being saved, per field (nothing when it can be). */
function problems(form: ExampleForm, t: ReturnType<typeof useTranslation>['t']): { municipality?: string; text?: string } {
  const text = form.text.trim();
  return {
    municipality: form.municipalityId === NONE ? t('writing.example.error.municipality') : undefined,
    text: !text ? t('writing.example.error.text') : text.length > GOOD_EXAMPLE_TEXT_MAX ? t('writing.example.error.tooLong', { max: GOOD_EXAMPLE_TEXT_MAX, length: text.length }) : undefined,
  };
}

function MunicipalitySelect({ value, onChange, options, error }: { value: string; onChange(code: string): void; options: readonly MunicipalityOption[]; error?: string }) {
  const { t } = useTranslation();
  return (
    <Field>
      <Label>{t('writing.example.municipality')}</Label>
      <Select value={value} aria-invalid={error ? true : undefined} onChange={(event) => onChange(event.target.value)}>
        <Select.Option value={NONE}>{t('writing.example.choose')}</Select.Option>
        {options.map((option) => (
          <Select.Option key={option.id} value={option.id}>
            {municipalityOption(option, t)}
          </Select.Option>
        ))}
      </Select>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}

/** The sub-area choice: the area as a whole, or one of its sub-areas (only where the area has them). */
function SubareaSelect({ value, onChange, subareas }: { value: string; onChange(unitCode: string): void; subareas: readonly SubareaOption[] }) {
  const { t } = useTranslation();
  if (subareas.length === 0) return null;
  return (
    <Field>
      <Label>{t('writing.example.subarea')}</Label>
      <Select value={value} onChange={(event) => onChange(event.target.value)}>
        <Select.Option value={NONE}>{t('writing.example.wholeArea')}</Select.Option>
        {subareas.map((subarea) => (
          <Select.Option key={subarea.unitCode} value={subarea.unitCode}>
            {t('writing.example.subareaOption', { code: subarea.unitCode, title: subarea.title })}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

function ExampleText({ example, subareas }: { example: Pick<GoodExample, 'municipality' | 'unitCode' | 'text'>; subareas: readonly SubareaOption[] }) {
  const contentLanguage = useContentLanguage();
  const { t } = useTranslation();
  const subarea = example.unitCode ? subareas.find((candidate) => candidate.unitCode === example.unitCode) : undefined;
  return (
    <>
      <p className="writing-example__municipality">
        {example.municipality ? <AppLink to={paths.municipality(example.municipality.id)}>{example.municipality.name}</AppLink> : t('writing.example.noMunicipality')}
        {example.unitCode ? <> · {t('writing.example.subareaOption', { code: example.unitCode, title: subarea?.title ?? '' })}</> : null}
      </p>
      <Markdown source={example.text} lang={contentLanguage} />
    </>
  );
}

interface ItemProps {
  evaluationId: string;
  example: GoodExample;
  number: number;
  options: readonly MunicipalityOption[];
  subareas: readonly SubareaOption[];
  onSaved(example: GoodExample): void;
  onRemoved(id: number): void;
}

/** An existing good example, autosaved; removing it sends the version last read. */
function ExampleItem({ evaluationId, example, number, options, subareas, onSaved, onRemoved }: ItemProps) {
  const { t } = useTranslation();
  const describeError = useTextSaveError();
  const [removeError, setRemoveError] = useState<string | null>(null);
  const nameOf = (id: string) => options.find((option) => option.id === id)?.name ?? id;
  const autosave = useVersionedSave<ExampleForm>(
    { value: formOf(example), version: example.version },
    {
      save: async (value, version) => {
        const saved = await textsApi.changeExample(
          evaluationId,
          example.id,
          { areaCode: example.areaCode, unitCode: orNull(value.unitCode), municipalityId: value.municipalityId, text: value.text },
          version,
        );
        onSaved(saved);
        return { value: formOf(saved), version: saved.version };
      },
      equals: sameForm,
      canSave: (value) => {
        const found = problems(value, t);
        return !found.municipality && !found.text;
      },
      fromConflict: (current) => {
        const record = current as Partial<GoodExample> | undefined;
        if (!record || typeof record.version !== 'number' || typeof record.text !== 'string') return null;
        return { value: formOf({ municipality: record.municipality ?? null, unitCode: record.unitCode ?? null, text: record.text }), version: record.version };
      },
      describeError,
    },
  );
  const found = autosave.dirty ? problems(autosave.value, t) : {};
  const title = t('writing.example.numbered', { number });

  const remove = async () => {
    setRemoveError(null);
    try {
      await textsApi.removeExample(evaluationId, example.id, autosave.version);
      onRemoved(example.id);
    } catch (error) {
      const stale = error instanceof ApiError && error.code === 'version_conflict';
      setRemoveError(stale ? t('writing.example.removeStale') : (describeError(error) ?? t('writing.example.removeFailed')));
    }
  };

  return (
    <li className="writing-example">
      <fieldset className="writing-example__fields" onBlur={() => autosave.flush()}>
        <legend className="writing-example__legend">{title}</legend>
        <MunicipalitySelect value={autosave.value.municipalityId} options={options} error={found.municipality} onChange={(municipalityId) => autosave.setValue({ ...autosave.value, municipalityId })} />
        <SubareaSelect value={autosave.value.unitCode} subareas={subareas} onChange={(unitCode) => autosave.setValue({ ...autosave.value, unitCode })} />
        <MarkdownField label={t('writing.example.text')} value={autosave.value.text} error={found.text} onChange={(text) => autosave.setValue({ ...autosave.value, text })} rows={3} />
        <AutosaveStatus autosave={autosave} />
        <div className="button-row">
          <Button type="button" variant="tertiary" data-size="sm" data-color="danger" aria-label={t('writing.example.removeNamed', { title })} onClick={() => void remove()}>
            {t('writing.example.remove')}
          </Button>
        </div>
        <LiveNotice notice={removeError ? { color: 'danger', text: removeError } : null} />
      </fieldset>
      <SaveConflict
        save={autosave}
        title={title}
        renderValue={(value) => (
          <ExampleText
            subareas={subareas}
            example={{ municipality: value.municipalityId ? { ...municipalityIdParts(value.municipalityId), name: nameOf(value.municipalityId) } : null, unitCode: orNull(value.unitCode), text: value.text }}
          />
        )}
        merge={{ textOf: (value) => value.text, apply: (text, mine) => ({ ...mine, text }) }}
      />
    </li>
  );
}

/** The form for a new good example. */
interface NewExampleProps {
  evaluationId: string;
  areaCode: string | null;
  options: readonly MunicipalityOption[];
  subareas: readonly SubareaOption[];
  onCreated(example: GoodExample): void;
}

function NewExample({ evaluationId, areaCode, options, subareas, onCreated }: NewExampleProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const describeError = useTextSaveError();
  const [form, setForm] = useState<ExampleForm>({ municipalityId: NONE, unitCode: NONE, text: '' });
  const [shown, setShown] = useState<{ municipality?: string; text?: string }>({});
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const found = problems(form, t);
    setShown(found);
    if (found.municipality || found.text) {
      setNotice(null);
      formRef.current?.querySelector<HTMLElement>(found.municipality ? 'select' : 'textarea')?.focus();
      return;
    }
    setSaving(true);
    try {
      const created = await textsApi.createExample(evaluationId, { areaCode, unitCode: orNull(form.unitCode), municipalityId: form.municipalityId, text: form.text.trim() });
      onCreated(created);
      setForm({ municipalityId: NONE, unitCode: NONE, text: '' });
      setNotice({ ok: true, text: t('writing.example.added', { name: created.municipality?.name ?? '' }) });
    } catch (error) {
      setNotice({ ok: false, text: describeError(error) ?? t('writing.example.addFailed') });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} className="writing-example-form" aria-labelledby={headingId} onSubmit={(event) => void submit(event)} noValidate>
      <Heading level={5} data-size="2xs" id={headingId}>
        {t('writing.example.newHeading')}
      </Heading>
      <MunicipalitySelect value={form.municipalityId} options={options} error={shown.municipality} onChange={(municipalityId) => setForm({ ...form, municipalityId })} />
      <SubareaSelect value={form.unitCode} subareas={subareas} onChange={(unitCode) => setForm({ ...form, unitCode })} />
      <MarkdownField label={t('writing.example.text')} description={t('writing.example.textHint')} value={form.text} error={shown.text} onChange={(text) => setForm({ ...form, text })} rows={3} />
      <div>
        <Button type="submit" variant="secondary" aria-disabled={saving || undefined}>
          {t('writing.example.add')}
        </Button>
      </div>
      <LiveNotice notice={notice ? { color: notice.ok ? 'success' : 'danger', text: notice.text } : null} />
    </form>
  );
}

interface GoodExamplesProps {
  evaluationId: string;
  /** The area the examples belong to, or null for the evaluation as a whole. */
  areaCode: string | null;
  examples: readonly GoodExample[];
  /** Other municipalities than the evaluated one. */
  options: readonly MunicipalityOption[];
  /** The area's sub-areas an example can be tied to (none for the evaluation as a whole). */
  subareas?: readonly SubareaOption[];
  editable: boolean;
  onSaved(example: GoodExample): void;
  onRemoved(id: number): void;
}

/** Good examples: another municipality and what to learn there; created, changed and removed with versions. */
export function GoodExamples({ evaluationId, areaCode, examples, options, subareas = [], editable, onSaved, onRemoved }: GoodExamplesProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const own = examples.filter((example) => example.areaCode === areaCode);
  return (
    <section className="writing-examples" aria-labelledby={headingId}>
      <Heading level={4} data-size="2xs" id={headingId}>
        {t('writing.example.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('writing.example.intro')}</Paragraph>
      {own.length === 0 ? <Paragraph data-size="sm" className="muted">{t('writing.example.none')}</Paragraph> : null}
      {own.length > 0 ? (
        editable ? (
          <ol className="writing-examples__list">
            {own.map((example, index) => (
              <ExampleItem key={example.id} evaluationId={evaluationId} example={example} number={index + 1} options={options} subareas={subareas} onSaved={onSaved} onRemoved={onRemoved} />
            ))}
          </ol>
        ) : (
          <ul className="writing-examples__list">
            {own.map((example) => (
              <li key={example.id} className="writing-example">
                <ExampleText example={example} subareas={subareas} />
              </li>
            ))}
          </ul>
        )
      ) : null}
      {editable ? <NewExample evaluationId={evaluationId} areaCode={areaCode} options={options} subareas={subareas} onCreated={onSaved} /> : null}
    </section>
  );
}
