import { Alert, Button, Heading, Paragraph, Select, Field, Label, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { QUESTION_SET_LANGUAGES, type QuestionSetLanguage } from '../../domain/question-set-values.js';
import { api } from '../api/client.js';
import { apiErrorText } from '../api/error-text.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { useTranslation } from '../language/language-context.js';
import { invalidateQuestionSets, questionSetsApi, type QuestionSetView } from './question-sets-api.js';
import { languageKey } from './set-texts.js';

/** A new set: its model version, title and language; it starts with one empty section and opens in the editor. */
export function NewSetForm({ onCreated }: { onCreated: (created: QuestionSetView) => void }) {
  const { t, language } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const frameworks = useApiQuery({ queryKey: queryKeys.frameworks.list(language), queryFn: ({ signal }) => api.listFrameworks(language, signal) });
  const items = frameworks.state.status === 'ok' ? frameworks.state.data.items : [];
  const [frameworkId, setFrameworkId] = useState('');
  const [title, setTitle] = useState('');
  const [setLanguage, setSetLanguage] = useState<QuestionSetLanguage>(language);
  const [titleError, setTitleError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const chosen = frameworkId || (items.find((item) => item.current) ?? items[0])?.id || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    if (!title.trim()) {
      setTitleError(t('questionSets.error.titleMissing'));
      document.getElementById(`${headingId}-title`)?.focus();
      return;
    }
    setTitleError(undefined);
    setSaving(true);
    try {
      const created = await questionSetsApi.create({
        frameworkId: chosen,
        title: title.trim(),
        description: '',
        language: setLanguage,
        content: { sections: [{ key: '1', title: t('questionSets.firstSectionTitle'), intro: '', questions: [] }] },
      });
      await invalidateQuestionSets(queryClient);
      onCreated(created);
    } catch (error) {
      setFailure(apiErrorText(error, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className="panel question-set-tool">
      <Heading level={2} data-size="xs" id={headingId}>
        {t('questionSets.new.heading')}
      </Heading>
      <form noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)} className="question-set-tool__form">
        <Field>
          <Label htmlFor={`${headingId}-framework`}>{t('questionSets.field.framework')}</Label>
          <Select id={`${headingId}-framework`} value={chosen} onChange={(event) => setFrameworkId(event.target.value)}>
            {items.map((item) => (
              <Select.Option key={item.id} value={item.id}>
                {item.title}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield id={`${headingId}-title`} label={t('questionSets.field.title')} value={title} onChange={(event) => setTitle(event.target.value)} error={titleError} autoComplete="off" />
        <Field>
          <Label htmlFor={`${headingId}-language`}>{t('questionSets.field.language')}</Label>
          <Field.Description>{t('questionSets.field.languageHint')}</Field.Description>
          <Select id={`${headingId}-language`} value={setLanguage} onChange={(event) => setSetLanguage(event.target.value as QuestionSetLanguage)}>
            {QUESTION_SET_LANGUAGES.map((entry) => (
              <Select.Option key={entry} value={entry}>
                {t(languageKey(entry))}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {failure ? (
          <Alert data-color="danger" role="alert" data-size="sm">
            <Paragraph data-size="sm">{failure}</Paragraph>
          </Alert>
        ) : null}
        <div className="button-row">
          <Button type="submit" aria-disabled={saving || !chosen || undefined}>
            {t('questionSets.new.create')}
          </Button>
        </div>
      </form>
    </section>
  );
}
