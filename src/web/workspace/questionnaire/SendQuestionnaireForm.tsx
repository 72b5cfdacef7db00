import { Button, Checkbox, Field, Fieldset, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { compareText } from '../../../i18n/index.js';
import { ApiError } from '../../api/api-error.js';
import { apiErrorText } from '../../api/error-text.js';
import { queryKeys } from '../../api/query-keys.js';
import { useZodForm } from '../../forms/zod-form.js';
import { useTranslation } from '../../language/language-context.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { LiveNotice, type Notice } from '../../ui/LiveNotice.js';
import { LoadingStatus } from '../../ui/LoadingStatus.js';
import { questionnaireTeamApi, questionnaireTeamQueries } from './questionnaire-team-api.js';
import { focusSoon, SETTINGS_HEADING_ID } from './focus-ids.js';
import { addDays, DEFAULT_ANSWER_DAYS, localIsoDate, offeredSets, sendDraftSchema } from './send-draft.js';

/**
 * Sending the questionnaire: a question set of the evaluation's model version (latest versions
 * first), the date it opens, the due date and who of the municipality's users answer. More
 * respondents can be chosen and new ones invited afterwards, in the questionnaire's own view.
 */
export function SendQuestionnaireForm({ evaluationId, frameworkId }: { evaluationId: string; frameworkId: string }) {
  const { t, language } = useTranslation();
  const client = useQueryClient();
  const headingId = useId();
  const fieldId = useId();
  const sets = useQuery(questionnaireTeamQueries.sets(frameworkId));
  const candidates = useQuery(questionnaireTeamQueries.candidates(evaluationId));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (userId: string, on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(userId);
      else next.delete(userId);
      return next;
    });
  const offered = useMemo(() => offeredSets(sets.data?.items ?? [], (a, b) => compareText(a, b, language)), [sets.data, language]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const today = localIsoDate(new Date());
  const { register, handleSubmit, formState } = useZodForm(sendDraftSchema, {
    defaultValues: { questionSetId: '', opensOn: today, dueOn: addDays(today, DEFAULT_ANSWER_DAYS) },
    text: (field) =>
      field === 'questionSetId' ? t('questionnaireTeam.send.setMissing') : field === 'dueOn' ? t('questionnaireTeam.dates.dueInvalid') : t('questionnaireTeam.dates.invalid'),
  });
  const errors = formState.errors;
  const sending = formState.isSubmitting;

  const send = handleSubmit(async (input) => {
    setNotice(null);
    try {
      const sent = await questionnaireTeamApi.send(evaluationId, { ...input, respondentIds: [...chosen] });
      client.setQueryData(queryKeys.evaluation(evaluationId).teamQuestionnaire(), sent);
      // Next the team sees the respondents and dates, and may invite more.
      focusSoon(SETTINGS_HEADING_ID);
      void client.invalidateQueries({ queryKey: ['question-sets'] });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'questionnaire_exists') void client.invalidateQueries({ queryKey: queryKeys.evaluation(evaluationId).teamQuestionnaire() });
      setNotice({ color: 'danger', text: t('questionnaireTeam.send.failed'), detail: apiErrorText(error, t) });
    }
  });

  return (
    <section aria-labelledby={headingId} className="questionnaire-team__send">
      <Heading level={3} data-size="xs" id={headingId}>
        {t('questionnaireTeam.send.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('questionnaireTeam.send.intro')}</Paragraph>
      {sets.isError ? <ErrorAlert error={sets.error} onRetry={() => void sets.refetch()} /> : null}
      {sets.isPending ? <LoadingStatus /> : null}
      {sets.isSuccess && offered.length === 0 ? <Paragraph>{t('questionnaireTeam.send.noSets')}</Paragraph> : null}
      {sets.isSuccess && offered.length > 0 ? (
        <form
          noValidate
          aria-labelledby={headingId}
          className="questionnaire-team__form"
          onSubmit={(event) => {
            if (sending) event.preventDefault();
            else void send(event);
          }}
        >
          <Field>
            <Label htmlFor={`${fieldId}-set`}>{t('questionnaireTeam.send.set')}</Label>
            <Select id={`${fieldId}-set`} aria-invalid={errors.questionSetId ? true : undefined} {...register('questionSetId')}>
              <Select.Option value="">{t('questionnaireTeam.send.chooseSet')}</Select.Option>
              {offered.map((set) => (
                <Select.Option key={set.id} value={set.id} lang={set.language}>
                  {t(set.latest ? 'questionnaireTeam.send.setOptionLatest' : 'questionnaireTeam.send.setOption', { title: set.title, version: set.versionNo, questions: set.questions })}
                </Select.Option>
              ))}
            </Select>
            {errors.questionSetId ? <ValidationMessage>{errors.questionSetId.message}</ValidationMessage> : null}
          </Field>
          <Fieldset>
            <Fieldset.Legend>{t('questionnaireTeam.settings.respondents')}</Fieldset.Legend>
            <Fieldset.Description>{t('questionnaireTeam.settings.respondentsHint')}</Fieldset.Description>
            {candidates.isError ? <ErrorAlert error={candidates.error} onRetry={() => void candidates.refetch()} /> : null}
            {candidates.isSuccess && candidates.data.length === 0 ? <Paragraph data-size="sm">{t('questionnaireTeam.send.noCandidates')}</Paragraph> : null}
            {(candidates.data ?? []).map((person) => (
              <Checkbox
                key={person.userId}
                label={t('questionnaireTeam.settings.person', { name: person.name, email: person.email })}
                value={person.userId}
                checked={chosen.has(person.userId)}
                onChange={(event) => toggle(person.userId, event.target.checked)}
              />
            ))}
          </Fieldset>
          <Textfield
            label={t('questionnaireTeam.dates.opensOn')}
            description={t('questionnaireTeam.dates.hint')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={10}
            className="questionnaire-team__date"
            {...register('opensOn')}
            error={errors.opensOn?.message}
          />
          <Textfield
            label={t('questionnaireTeam.dates.dueOn')}
            description={t('questionnaireTeam.dates.hint')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={10}
            className="questionnaire-team__date"
            {...register('dueOn')}
            error={errors.dueOn?.message}
          />
          <div className="button-row">
            <Button type="submit" aria-disabled={sending || undefined}>
              {sending ? t('questionnaireTeam.send.sending') : t('questionnaireTeam.send.submit')}
            </Button>
          </div>
          <LiveNotice notice={notice} />
        </form>
      ) : null}
    </section>
  );
}
