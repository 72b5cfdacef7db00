import { Alert, Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-error.js';
import { apiErrorText } from '../api/error-text.js';
import { useTranslation } from '../language/language-context.js';
import { useFrameworkTitles } from './use-framework-titles.js';
import { fileFormatOf, questionSetsApi, type QuestionSetSummary, type QuestionSetView } from './question-sets-api.js';

/** A problem of an imported file as the API names it: the cell (`Frågor!F12`) or JSON path, and what is wrong. */
const problemText = (detail: { field?: string; message?: string }) => {
  const field = detail.field?.replace(/^body\.?/, '');
  return field ? `${field}: ${detail.message ?? ''}` : (detail.message ?? '');
};

/**
 * Importing a set from a JSON or XLSX file (as exported, or written in a spreadsheet), as a new
 * set or as the next version of one; the file's problems are listed cell by cell.
 */
export function ImportSetForm({ sets, onImported }: { sets: readonly QuestionSetSummary[]; onImported: (created: QuestionSetView) => void }) {
  const frameworkTitle = useFrameworkTitles();
  const { t } = useTranslation();
  const headingId = useId();
  const fileId = `${headingId}-file`;
  const [file, setFile] = useState<File | null>(null);
  const [replaces, setReplaces] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ text: string; problems: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const families = sets.filter((set) => set.latest);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const format = file ? fileFormatOf(file.name) : null;
    if (!file || !format) {
      setFileError(t(file ? 'questionSets.import.wrongType' : 'questionSets.import.noFile'));
      document.getElementById(fileId)?.focus();
      return;
    }
    setFileError(null);
    setBusy(true);
    try {
      onImported(await questionSetsApi.importFile(file, format, replaces || undefined));
    } catch (error) {
      const problems = error instanceof ApiError ? error.details.map(problemText).filter(Boolean) : [];
      setFailure({ text: problems.length > 0 ? t('questionSets.import.problems', { count: problems.length }) : apiErrorText(error, t), problems });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className="panel question-set-tool">
      <Heading level={2} data-size="xs" id={headingId}>
        {t('questionSets.import.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('questionSets.import.intro')}</Paragraph>
      <form noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)} className="question-set-tool__form">
        <Field>
          <Label htmlFor={fileId}>{t('questionSets.import.file')}</Label>
          <Field.Description id={`${fileId}-hint`}>{t('questionSets.import.fileHint')}</Field.Description>
          <input
            id={fileId}
            type="file"
            accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ''}`}
            aria-invalid={fileError ? true : undefined}
            className="question-set-file"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileError(null);
            }}
          />
          {fileError ? (
            <p id={`${fileId}-error`} className="question-set-file__error">
              {fileError}
            </p>
          ) : null}
        </Field>
        <Field>
          <Label htmlFor={`${headingId}-replaces`}>{t('questionSets.import.replaces')}</Label>
          <Select id={`${headingId}-replaces`} value={replaces} onChange={(event) => setReplaces(event.target.value)}>
            <Select.Option value="">{t('questionSets.import.asNew')}</Select.Option>
            {families.map((set) => (
              <Select.Option key={set.id} value={set.id}>
                {t('questionSets.import.nextVersionOf', { title: set.title, framework: frameworkTitle(set.frameworkId, set.frameworkTitle) })}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {failure ? (
          <Alert data-color="danger" role="alert" data-size="sm">
            <Paragraph data-size="sm">{failure.text}</Paragraph>
            {failure.problems.length > 0 ? (
              <ul className="question-set-problems">
                {failure.problems.map((problem, index) => (
                  <li key={index}>{problem}</li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
        <div className="button-row">
          <Button type="submit" variant="secondary" aria-disabled={busy || undefined}>
            {busy ? t('questionSets.import.busy') : t('questionSets.import.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
