import { Button, Field, Heading, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { createFollowUpSchema } from '../../contract/follow-ups.js';
import { api } from '../api/client.js';
import { apiErrorText } from '../api/error-text.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import type { EvaluationDetail, FrameworkSummary, User } from '../api/types.js';
import { showServerFieldErrors, useZodForm } from '../forms/zod-form.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { useSession } from '../session/session-context.js';
import { AppLink } from '../ui/AppLink.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { LiveNotice, type Notice } from '../ui/LiveNotice.js';
import { followUpApi } from '../workspace/follow-up/follow-up-api.js';
import { followUpFrameworks } from '../../domain/follow-up.js';
import '../workspace/follow-up/follow-up.css';

export const FOLLOW_UP_ANCHOR = 'uppfoljning';

/** Who may start a follow-up: administrators and evaluators (the server's create-evaluation rule). */
export const canStartFollowUp = (user: User | null, evaluation: EvaluationDetail): boolean =>
  evaluation.status === 'published' && user !== null && (user.role === 'admin' || user.role === 'evaluator');

function FollowUpForm({ evaluation, user, frameworks, onCancel }: { evaluation: EvaluationDetail; user: User; frameworks: readonly FrameworkSummary[]; onCancel(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [created, setCreated] = useState(false);
  const baselineFramework = frameworks.find((framework) => framework.id === evaluation.framework.id);
  const choices = baselineFramework ? followUpFrameworks(baselineFramework, frameworks) : [];
  const fieldText = () => t('workspace.new.error.framework');
  const { register, handleSubmit, setError, formState, setFocus } = useZodForm(createFollowUpSchema, {
    defaultValues: { frameworkId: choices.find((choice) => choice.current)?.id ?? choices[0]?.id ?? '' },
    text: fieldText,
  });
  useEffect(() => setFocus('frameworkId'), [setFocus]);
  const saving = formState.isSubmitting || created;
  const error = formState.errors.frameworkId?.message;

  const submit = handleSubmit(async ({ frameworkId }) => {
    setNotice(null);
    try {
      const followUp = await followUpApi.create(evaluation.id, frameworkId);
      setCreated(true);
      void client.invalidateQueries({ queryKey: queryKeys.evaluations.all });
      void client.invalidateQueries({ queryKey: queryKeys.evaluation(evaluation.id).detail() });
      void navigate(paths.workspace(followUp.id));
    } catch (failure) {
      if (!showServerFieldErrors(setError, failure, ['frameworkId'], fieldText)) setNotice({ color: 'danger', text: t('followUp.new.failed'), detail: apiErrorText(failure, t) });
    }
  });

  if (choices.length === 0) return <Paragraph>{t('followUp.new.noFramework')}</Paragraph>;
  return (
    <form
      className="follow-up-form"
      noValidate
      aria-label={t('followUp.new.formLabel')}
      onSubmit={(event) => {
        if (saving) event.preventDefault();
        else void submit(event);
      }}
    >
      <LiveNotice notice={notice} />
      <Field>
        <Label>{t('followUp.new.framework')}</Label>
        <Field.Description>{t('followUp.new.frameworkHint')}</Field.Description>
        <Select {...register('frameworkId')} aria-invalid={error ? true : undefined}>
          {choices.map((choice) => (
            <Select.Option key={choice.id} value={choice.id}>
              {choice.id === evaluation.framework.id
                ? t('followUp.new.frameworkSame', { title: choice.title })
                : choice.current
                  ? t('followUp.new.frameworkCurrent', { title: choice.title })
                  : choice.title}
            </Select.Option>
          ))}
        </Select>
        {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      </Field>
      <Paragraph data-size="sm">{user.role === 'evaluator' ? t('followUp.new.evaluatorSelf') : t('followUp.new.adminTeam')}</Paragraph>
      <div aria-live="polite">{saving ? <LoadingStatus label={t('followUp.new.saving')} /> : null}</div>
      <div className="button-row">
        <Button type="submit" aria-disabled={saving || undefined}>
          {t('followUp.new.submit')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('followUp.new.cancel')}
        </Button>
      </div>
    </form>
  );
}

function FormLoader(props: { evaluation: EvaluationDetail; user: User; onCancel(): void }) {
  const { language } = useTranslation();
  const frameworks = useApiQuery({ queryKey: queryKeys.frameworks.list(language), queryFn: ({ signal }) => api.listFrameworks(language, signal) });
  if (frameworks.state.status === 'loading') return <LoadingStatus />;
  if (frameworks.state.status === 'error') return <ErrorAlert error={frameworks.state.error} onRetry={frameworks.retry} />;
  return <FollowUpForm {...props} frameworks={frameworks.state.data.items} />;
}

/**
 * "Ny uppföljning" on a published evaluation's page, for administrators and evaluators: the
 * follow-ups started so far, and a form to start the next one (the model version: the same or a
 * newer one), which then opens in its workspace.
 */
export function NewFollowUp({ evaluation }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const headingId = useId();
  const startRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  if (!user || !canStartFollowUp(user, evaluation)) return null;
  const followUps = evaluation.followUps ?? [];
  return (
    <section aria-labelledby={FOLLOW_UP_ANCHOR} className="follow-up-start">
      <Heading level={2} data-size="sm" id={FOLLOW_UP_ANCHOR}>
        {t('followUp.new.heading')}
      </Heading>
      <Paragraph>{t('followUp.new.intro', { name: evaluation.municipality.name })}</Paragraph>
      {followUps.length > 0 ? (
        <>
          <Heading level={3} data-size="2xs" id={headingId}>
            {t('followUp.new.existing')}
          </Heading>
          <ul aria-labelledby={headingId}>
            {followUps.map((followUp, index) => (
              <li key={followUp.id}>
                <AppLink to={paths.evaluation(followUp.id)}>{t('followUp.new.existingItem', { number: index + 1, status: t(`status.${followUp.status}`) })}</AppLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {open ? (
        <div className="follow-up-start__form">
          <FormLoader
            evaluation={evaluation}
            user={user}
            onCancel={() => {
              setOpen(false);
              requestAnimationFrame(() => startRef.current?.focus());
            }}
          />
        </div>
      ) : (
        <Button ref={startRef} type="button" onClick={() => setOpen(true)}>
          {t('followUp.new.start')}
        </Button>
      )}
    </section>
  );
}
