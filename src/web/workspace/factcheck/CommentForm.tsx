import { Button, Field, Heading, Label, Select } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error.js';
import type { FrameworkDetail } from '../../api/types.js';
import { useTranslation } from '../../language/language-context.js';
import { factCommentsApi, FACT_TEXT_MAX, type FactComment } from './fact-comments-api.js';
import { commentTargets } from './fact-check-units.js';
import { MarkdownField, textProblem } from './MarkdownField.js';
import { LiveNotice, type Notice } from '../../ui/LiveNotice.js';

const WHOLE = '';

/** Adds a comment on facts: about the whole evaluation, an area or a sub-area. */
export function CommentForm({ evaluationId, framework, onCreated }: { evaluationId: string; framework: FrameworkDetail; onCreated: (comment: FactComment) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [unitCode, setUnitCode] = useState(WHOLE);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const problem = textProblem(body, FACT_TEXT_MAX, t);
    setError(problem);
    if (problem) {
      setNotice(null);
      bodyRef.current?.focus();
      return;
    }
    setSaving(true);
    setNotice(null);
    try {
      const comment = await factCommentsApi.create(evaluationId, { unitCode: unitCode === WHOLE ? null : unitCode, body: body.trim() });
      onCreated(comment);
      setBody('');
      setUnitCode(WHOLE);
      setNotice({ color: 'success', text: t('factCheck.form.sent') });
    } catch (failure) {
      const forbidden = failure instanceof ApiError && failure.status === 403;
      const detail = failure instanceof ApiError ? t('error.detail', { message: failure.message }) : undefined;
      setNotice({ color: 'danger', text: forbidden ? t('factCheck.error.forbidden') : t('factCheck.form.failed'), detail });
    } finally {
      setSaving(false);
    }
  };

  const targets = commentTargets(framework);
  return (
    <section aria-labelledby={headingId} className="fact-check__form">
      <Heading level={3} data-size="xs" id={headingId}>
        {t('factCheck.form.heading')}
      </Heading>
      <form noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)} className="fact-check__form-fields">
        <Field>
          <Label>{t('factCheck.form.unit')}</Label>
          <Field.Description>{t('factCheck.form.unitHint')}</Field.Description>
          <Select value={unitCode} onChange={(event) => setUnitCode(event.target.value)}>
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
        </Field>
        <MarkdownField label={t('factCheck.form.body')} description={t('factCheck.form.bodyHint')} value={body} onChange={setBody} error={error} textareaRef={bodyRef} rows={6} />
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
