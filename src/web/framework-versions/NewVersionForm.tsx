import { Alert, Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { forwardRef, useId, useState, type FormEvent } from 'react';
import { FRAMEWORK_ID_PATTERN } from '../../domain/framework-draft.js';
import { apiErrorText } from '../api/error-text.js';
import { useTranslation } from '../language/language-context.js';
import { frameworkVersionsApi, invalidateFrameworkVersions, type FrameworkVersionSummary, type FrameworkVersionView } from './framework-versions-api.js';

export interface NewVersionFormProps {
  /** The versions to start from (a picker); or `fixedBase`, the one version it starts from. */
  versions?: readonly FrameworkVersionSummary[];
  fixedBase?: { id: string; title: string };
  /** The version chosen from outside ("Ny version" in the list). */
  base?: string;
  onBaseChange?(id: string): void;
  onCreated(created: FrameworkVersionView): void;
  headingLevel?: 2 | 3;
}

/**
 * A new version from an existing one: which, its id and its Swedish title (Norwegian and English
 * may wait). It opens in the editor.
 */
export const NewVersionForm = forwardRef<HTMLInputElement, NewVersionFormProps>(function NewVersionForm({ versions = [], fixedBase, base = '', onBaseChange, onCreated, headingLevel = 2 }, idRef) {
  const { t } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const [id, setId] = useState('');
  const [title, setTitle] = useState({ sv: '', nb: '', en: '' });
  const [errors, setErrors] = useState<{ id?: string; title?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = fixedBase?.id ?? (base || versions.find((version) => version.status === 'published')?.id || versions[0]?.id || '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const found = {
      id: FRAMEWORK_ID_PATTERN.test(id.trim()) ? undefined : t('frameworkAuthoring.new.idInvalid'),
      title: title.sv.trim() ? undefined : t('frameworkAuthoring.new.titleMissing'),
    };
    setErrors(found);
    if (found.id || found.title) {
      document.getElementById(found.id ? `${headingId}-id` : `${headingId}-sv`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const created = await frameworkVersionsApi.create({ basedOn: chosen, id: id.trim(), title: { sv: title.sv.trim(), nb: title.nb.trim(), en: title.en.trim() } });
      await invalidateFrameworkVersions(queryClient);
      onCreated(created);
    } catch (error) {
      setFailure(apiErrorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className="panel fv-tool">
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        {fixedBase ? t('frameworkAuthoring.newFromOf', { title: fixedBase.title }) : t('frameworkAuthoring.new.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('frameworkAuthoring.new.intro')}</Paragraph>
      <form noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)} className="fv-tool__form">
        {fixedBase ? null : (
          <Field>
            <Label htmlFor={`${headingId}-base`}>{t('frameworkAuthoring.new.base')}</Label>
            <Select id={`${headingId}-base`} value={chosen} onChange={(event) => onBaseChange?.(event.target.value)}>
              {versions.map((version) => (
                <Select.Option key={version.id} value={version.id}>
                  {version.title}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
        <Textfield
          ref={idRef}
          id={`${headingId}-id`}
          label={t('frameworkAuthoring.new.id')}
          description={t('frameworkAuthoring.new.idHint')}
          value={id}
          autoComplete="off"
          spellCheck={false}
          error={errors.id}
          onChange={(event) => setId(event.target.value)}
        />
        <Textfield id={`${headingId}-sv`} lang="sv" label={t('frameworkAuthoring.new.titleSv')} value={title.sv} autoComplete="off" error={errors.title} onChange={(event) => setTitle({ ...title, sv: event.target.value })} />
        <Textfield id={`${headingId}-nb`} lang="nb" label={t('frameworkAuthoring.new.titleNb')} value={title.nb} autoComplete="off" onChange={(event) => setTitle({ ...title, nb: event.target.value })} />
        <Textfield id={`${headingId}-en`} lang="en" label={t('frameworkAuthoring.new.titleEn')} value={title.en} autoComplete="off" onChange={(event) => setTitle({ ...title, en: event.target.value })} />
        {failure ? (
          <Alert data-color="danger" role="alert" data-size="sm">
            <Paragraph data-size="sm">{failure}</Paragraph>
          </Alert>
        ) : null}
        <div className="button-row">
          <Button type="submit" aria-disabled={busy || !chosen || undefined}>
            {busy ? t('frameworkAuthoring.new.busy') : t('frameworkAuthoring.new.create')}
          </Button>
        </div>
      </form>
    </section>
  );
});
