import { Alert, Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-error.js';
import { apiErrorText } from '../api/error-text.js';
import { useTranslation } from '../language/language-context.js';
import { frameworkVersionsApi, invalidateFrameworkVersions, versionFileFormatOf, type FrameworkVersionSummary, type FrameworkVersionView } from './framework-versions-api.js';

/** A problem of an imported file as the API names it: the cell (`Kriterier!C4`) or JSON path, and what is wrong. */
function problemText(detail: { field?: string; message?: string; where?: unknown }): string {
  const where = typeof detail.where === 'string' ? detail.where : detail.field?.replace(/^body\.?/, '');
  return where ? `${where}: ${detail.message ?? ''}` : (detail.message ?? '');
}

/**
 * Importing a version from a JSON or XLSX file (as exported, or written in a spreadsheet), as a
 * new draft or as the new content of a draft; the file's problems are listed one by one.
 */
export function ImportVersionForm({ versions, onImported }: { versions: readonly FrameworkVersionSummary[]; onImported: (imported: FrameworkVersionView) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const fileId = `${headingId}-file`;
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [replaces, setReplaces] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ text: string; problems: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const drafts = versions.filter((version) => version.origin === 'authored' && version.status === 'draft');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const format = file ? versionFileFormatOf(file.name) : null;
    if (!file || !format) {
      setFileError(t(file ? 'frameworkAuthoring.import.wrongType' : 'frameworkAuthoring.import.noFile'));
      document.getElementById(fileId)?.focus();
      return;
    }
    setFileError(null);
    setBusy(true);
    try {
      const draft = drafts.find((candidate) => candidate.id === replaces);
      const imported = await frameworkVersionsApi.importFile(file, format, draft ? { id: draft.id, version: draft.version } : undefined);
      await invalidateFrameworkVersions(queryClient);
      onImported(imported);
    } catch (error) {
      const problems = error instanceof ApiError ? error.details.map(problemText).filter(Boolean) : [];
      setFailure({ text: problems.length > 0 ? t('frameworkAuthoring.import.problems', { count: problems.length }) : apiErrorText(error, t), problems });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className="panel fv-tool">
      <Heading level={2} data-size="xs" id={headingId}>
        {t('frameworkAuthoring.import.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('frameworkAuthoring.import.intro')}</Paragraph>
      <form noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)} className="fv-tool__form">
        <Field>
          <Label htmlFor={fileId}>{t('frameworkAuthoring.import.file')}</Label>
          <Field.Description id={`${fileId}-hint`}>{t('frameworkAuthoring.import.fileHint')}</Field.Description>
          <input
            id={fileId}
            type="file"
            accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ''}`}
            aria-invalid={fileError ? true : undefined}
            className="fv-file"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileError(null);
            }}
          />
          {fileError ? (
            <p id={`${fileId}-error`} className="fv-error">
              {fileError}
            </p>
          ) : null}
        </Field>
        <Field>
          <Label htmlFor={`${headingId}-replaces`}>{t('frameworkAuthoring.import.replaces')}</Label>
          <Select id={`${headingId}-replaces`} value={replaces} onChange={(event) => setReplaces(event.target.value)}>
            <Select.Option value="">{t('frameworkAuthoring.import.asNew')}</Select.Option>
            {drafts.map((draft) => (
              <Select.Option key={draft.id} value={draft.id}>
                {t('frameworkAuthoring.import.replacesDraft', { title: draft.title })}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {failure ? (
          <Alert data-color="danger" role="alert" data-size="sm">
            <Paragraph data-size="sm">{failure.text}</Paragraph>
            {failure.problems.length > 0 ? (
              <ul className="fv-problems__list">
                {failure.problems.map((problem, index) => (
                  <li key={index}>{problem}</li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
        <div className="button-row">
          <Button type="submit" variant="secondary" aria-disabled={busy || undefined}>
            {busy ? t('frameworkAuthoring.import.busy') : t('frameworkAuthoring.import.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
