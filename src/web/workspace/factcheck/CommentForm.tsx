import { Button, Field, Heading, Label, Select } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState, type FormEvent } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { createCommentSchema, type CreateCommentInput } from '../../../contract/workflow.js';
import { ApiError } from '../../api/api-error.js';
import type { FrameworkDetail } from '../../api/types.js';
import { useTranslation } from '../../language/language-context.js';
import { factCommentsApi, FACT_TEXT_MAX, type FactComment } from './fact-comments-api.js';
import { commentTargets } from './fact-check-units.js';
import { MarkdownField, textProblem } from './MarkdownField.js';
import { LiveNotice, type Notice } from '../../ui/LiveNotice.js';
import { apiErrorText } from '../../api/error-text.js';

const WHOLE = '';

type CommentValues = z.input<typeof createCommentSchema>;

/** Adds a comment on facts: about the whole evaluation, an area or a sub-area; checked with the server's schema. */
export function CommentForm({ evaluationId, framework, onCreated }: { evaluationId: string; framework: FrameworkDetail; onCreated: (comment: FactComment) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [notice, setNotice] = useState<Notice | null>(null);
  const { control, handleSubmit, reset, getValues, formState } = useForm<CommentValues, unknown, CreateCommentInput>({
    defaultValues: { unitCode: WHOLE, body: '' },
    resolver: zodResolver(createCommentSchema),
    // As before: a problem is told when sending, and stays until the next try.
    reValidateMode: 'onSubmit',
  });
  const saving = formState.isSubmitting;
  // The server's message is in English; the field says it in the UI language.
  const error = formState.errors.body ? textProblem(getValues('body'), FACT_TEXT_MAX, t) : undefined;

  const send = async (values: CreateCommentInput) => {
    setNotice(null);
    try {
      const comment = await factCommentsApi.create(evaluationId, { unitCode: values.unitCode || null, body: values.body });
      onCreated(comment);
      reset({ unitCode: WHOLE, body: '' });
      setNotice({ color: 'success', text: t('factCheck.form.sent') });
    } catch (failure) {
      const forbidden = failure instanceof ApiError && failure.status === 403;
      const detail = apiErrorText(failure, t);
      setNotice({ color: 'danger', text: forbidden ? t('factCheck.error.forbidden') : t('factCheck.form.failed'), detail });
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    void handleSubmit(send, () => setNotice(null))(event);
  };

  const targets = commentTargets(framework);
  return (
    <section aria-labelledby={headingId} className="fact-check__form">
      <Heading level={3} data-size="xs" id={headingId}>
        {t('factCheck.form.heading')}
      </Heading>
      <form noValidate aria-labelledby={headingId} onSubmit={submit} className="fact-check__form-fields">
        <Field>
          <Label>{t('factCheck.form.unit')}</Label>
          <Field.Description>{t('factCheck.form.unitHint')}</Field.Description>
          <Controller
            control={control}
            name="unitCode"
            render={({ field }) => (
              <Select ref={field.ref} name={field.name} value={field.value ?? WHOLE} onChange={(event) => field.onChange(event.target.value)} onBlur={field.onBlur}>
                <Select.Option value={WHOLE}>{t('factCheck.whole')}</Select.Option>
                {framework.areas.map((area) => (
                  <Select.Optgroup key={area.code} label={t('factCheck.unit', { code: area.code, title: area.title })}>
                    {targets
                      .filter((target) => target.areaCode === area.code)
                      .map((target) => (
                        <Select.Option key={target.code} value={target.code}>
                          {target.isArea ? t('factCheck.unitArea', { code: target.code, title: target.title }) : t('factCheck.unit', { code: target.code, title: target.title })}
                        </Select.Option>
                      ))}
                  </Select.Optgroup>
                ))}
              </Select>
            )}
          />
        </Field>
        <Controller
          control={control}
          name="body"
          render={({ field }) => (
            <MarkdownField label={t('factCheck.form.body')} description={t('factCheck.form.bodyHint')} value={field.value} onChange={field.onChange} error={error} textareaRef={field.ref} rows={6} />
          )}
        />
        <div>
          <Button type="submit" aria-disabled={saving || undefined}>
            {t('factCheck.form.submit')}
          </Button>
        </div>
      </form>
      <LiveNotice notice={notice} status />
    </section>
  );
}
