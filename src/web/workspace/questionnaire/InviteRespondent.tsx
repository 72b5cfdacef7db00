import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { inviteRespondentSchema } from '../../../contract/questionnaires.js';
import { apiErrorText } from '../../api/error-text.js';
import { queryKeys } from '../../api/query-keys.js';
import { useZodForm } from '../../forms/zod-form.js';
import { useTranslation } from '../../language/language-context.js';
import { LiveNotice, type Notice } from '../../ui/LiveNotice.js';
import { OneTimeLink, type ShownLink } from '../../users/OneTimeLink.js';
import { questionnaireTeamApi } from './questionnaire-team-api.js';

/**
 * Inviting a respondent by name and e-mail: a new address gets an account of the municipality and
 * a one-time link, shown here once to pass on (there is no e-mail); an existing account of the
 * municipality is just added.
 */
export function InviteRespondent({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const headingId = useId();
  const [link, setLink] = useState<ShownLink | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { register, handleSubmit, formState, reset } = useZodForm(inviteRespondentSchema, {
    defaultValues: { name: '', email: '' },
    text: (field) => (field === 'name' ? t('questionnaireTeam.invite.nameInvalid') : t('questionnaireTeam.invite.emailInvalid')),
  });
  const sending = formState.isSubmitting;

  const invite = handleSubmit(async (input) => {
    setNotice(null);
    setLink(null);
    try {
      const { questionnaire, invitation } = await questionnaireTeamApi.invite(evaluationId, input);
      client.setQueryData(queryKeys.evaluation(evaluationId).teamQuestionnaire(), questionnaire);
      reset({ name: '', email: '' });
      if (invitation.url && invitation.expiresAt) setLink({ url: invitation.url, expiresAt: invitation.expiresAt, name: input.name, email: invitation.email });
      else setNotice({ color: 'success', text: t('questionnaireTeam.invite.existing', { name: input.name, email: invitation.email }) });
    } catch (error) {
      setNotice({ color: 'danger', text: t('questionnaireTeam.invite.failed'), detail: apiErrorText(error, t) });
    }
  });

  return (
    <section aria-labelledby={headingId} className="questionnaire-team__invite">
      <Heading level={3} data-size="xs" id={headingId}>
        {t('questionnaireTeam.invite.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('questionnaireTeam.invite.intro')}</Paragraph>
      <form
        noValidate
        aria-labelledby={headingId}
        className="questionnaire-team__form questionnaire-team__invite-form"
        onSubmit={(event) => {
          if (sending) event.preventDefault();
          else void invite(event);
        }}
      >
        <Textfield label={t('questionnaireTeam.invite.name')} autoComplete="off" {...register('name')} error={formState.errors.name?.message} />
        <Textfield label={t('questionnaireTeam.invite.email')} type="email" autoComplete="off" spellCheck={false} {...register('email')} error={formState.errors.email?.message} />
        <div className="button-row">
          <Button type="submit" variant="secondary" aria-disabled={sending || undefined}>
            {t('questionnaireTeam.invite.submit')}
          </Button>
        </div>
      </form>
      <LiveNotice notice={notice} />
      {link ? <OneTimeLink link={link} onHide={() => setLink(null)} /> : null}
    </section>
  );
}
