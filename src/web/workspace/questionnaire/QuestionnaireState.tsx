import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime, formatPartialDate } from '../../../i18n/index.js';
import { ApiError } from '../../api/api-error.js';
import { apiErrorText } from '../../api/error-text.js';
import { queryKeys } from '../../api/query-keys.js';
import { useTranslation } from '../../language/language-context.js';
import { paths } from '../../paths.js';
import { AppLink } from '../../ui/AppLink.js';
import { FactList } from '../../ui/FactList.js';
import { LiveNotice, type Notice } from '../../ui/LiveNotice.js';
import { InviteRespondent } from './InviteRespondent.js';
import { questionnaireTeamApi, questionnaireTeamQueries, type TeamQuestionnaire } from './questionnaire-team-api.js';
import { QuestionnaireSettingsForm } from './QuestionnaireSettingsForm.js';
import { DueText, ReminderIcon } from './DueText.js';
import { focusSoon, STATE_HEADING_ID } from './focus-ids.js';
import { SectionProgressTable } from './SectionProgressTable.js';

/** The sent questionnaire as the team follows it: where it stands, what it asks for, and what the team can do with it. */
export function QuestionnaireState({ questionnaire, locked }: { questionnaire: TeamQuestionnaire; locked: boolean }) {
  const { t, language } = useTranslation();
  const answers = useQuery(questionnaireTeamQueries.answers(questionnaire.evaluationId));
  const sectionTitles = new Map((answers.data?.items ?? []).map((item) => [item.sectionKey, item.sectionTitle]));
  const submitted = questionnaire.status === 'submitted';
  const setLanguage = questionnaire.questionSet.language;
  const [settingsNotice, setSettingsNotice] = useState<Notice | null>(null);

  return (
    <>
      <section aria-labelledby={STATE_HEADING_ID} className="questionnaire-team__state">
        <Heading level={3} data-size="xs" id={STATE_HEADING_ID} tabIndex={-1} className="focus-target" lang={setLanguage}>
          {questionnaire.questionSet.title}
        </Heading>
        <FactList
          facts={[
            {
              label: t('questionnaireTeam.fact.set'),
              value: (
                <>
                  <span lang={setLanguage}>{questionnaire.questionSet.title}</span>, {t('questionnaireTeam.fact.setVersion', { version: questionnaire.questionSet.versionNo })}
                </>
              ),
            },
            {
              label: t('questionnaireTeam.fact.status'),
              value:
                submitted && questionnaire.submittedAt
                  ? t('questionnaireTeam.status.submittedBy', { time: formatDateTime(questionnaire.submittedAt, language), name: questionnaire.submittedByName ?? '' })
                  : questionnaire.today < questionnaire.opensOn
                    ? t('questionnaireTeam.status.notYetOpen')
                    : t('questionnaireTeam.status.open'),
            },
            { label: t('questionnaireTeam.dates.opensOn'), value: formatPartialDate(questionnaire.opensOn, language) },
            {
              label: t('questionnaireTeam.dates.dueOn'),
              value: (
                <>
                  {formatPartialDate(questionnaire.dueOn, language)}
                  {submitted ? null : (
                    <>
                      {' '}
                      (<DueText daysLeft={questionnaire.daysLeft} />)
                    </>
                  )}
                </>
              ),
            },
            { label: t('questionnaireTeam.fact.answered'), value: t('questionnaireTeam.fact.answeredValue', { answered: questionnaire.progress.answered, visible: questionnaire.progress.visible }) },
            { label: t('questionnaireTeam.fact.requiredMissing'), value: String(questionnaire.progress.requiredMissing.length) },
            { label: t('questionnaireTeam.fact.files'), value: String(questionnaire.files) },
          ]}
        />
        {questionnaire.reminder ? (
          <Alert data-color="warning" data-size="sm" className="questionnaire-team__reminder">
            <Paragraph data-size="sm">
              <ReminderIcon />
              {questionnaire.daysLeft < 0
                ? t('questionnaireTeam.reminder.overdue', { count: -questionnaire.daysLeft })
                : t('questionnaireTeam.reminder.soon', { count: questionnaire.daysLeft })}
            </Paragraph>
          </Alert>
        ) : null}
        <ul className="questionnaire-team__links" aria-label={t('questionnaireTeam.links.label')}>
          <li>
            <AppLink to={paths.questionnaire(questionnaire.id)}>{t('questionnaireTeam.links.view')}</AppLink>
          </li>
          <li>
            <a className="ds-link" href={questionnaireTeamApi.exportUrl(questionnaire.evaluationId, 'docx', language)} download>
              {t('questionnaireTeam.links.docx')}
            </a>
          </li>
          <li>
            <a className="ds-link" href={questionnaireTeamApi.exportUrl(questionnaire.evaluationId, 'zip', language)} download>
              {t('questionnaireTeam.links.zip')}
            </a>
          </li>
        </ul>
        {submitted && !locked ? <ReopenQuestionnaire questionnaire={questionnaire} /> : null}
      </section>

      <SectionProgressTable progress={questionnaire.progress} titles={sectionTitles} setLanguage={setLanguage} />

      <QuestionnaireSettingsForm key={questionnaire.version} questionnaire={questionnaire} locked={locked} onNotice={setSettingsNotice} />
      <LiveNotice notice={settingsNotice} className="questionnaire-team__notice" />
      {locked ? null : <InviteRespondent evaluationId={questionnaire.evaluationId} />}
    </>
  );
}

/** Opening submitted answers for changes again, asked twice. */
function ReopenQuestionnaire({ questionnaire }: { questionnaire: TeamQuestionnaire }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const reopen = async () => {
    if (busy) return;
    setBusy(true);
    setNotice(null);
    try {
      const reopened = await questionnaireTeamApi.reopen(questionnaire.evaluationId, questionnaire.version);
      client.setQueryData(queryKeys.evaluation(questionnaire.evaluationId).teamQuestionnaire(), reopened);
      focusSoon(STATE_HEADING_ID);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') void client.invalidateQueries({ queryKey: queryKeys.evaluation(questionnaire.evaluationId).teamQuestionnaire() });
      setNotice({ color: 'danger', text: t('questionnaireTeam.reopen.failed'), detail: apiErrorText(error, t) });
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="questionnaire-team__reopen">
      {confirming ? (
        <div role="group" aria-label={t('questionnaireTeam.reopen.question')} className="button-row">
          <Paragraph data-size="sm">{t('questionnaireTeam.reopen.question')}</Paragraph>
          <Button type="button" data-size="sm" aria-disabled={busy || undefined} onClick={() => void reopen()}>
            {t('questionnaireTeam.reopen.confirm')}
          </Button>
          <Button type="button" variant="secondary" data-size="sm" onClick={() => setConfirming(false)}>
            {t('questionnaireTeam.cancel')}
          </Button>
        </div>
      ) : (
        <Button type="button" variant="secondary" data-size="sm" onClick={() => setConfirming(true)}>
          {t('questionnaireTeam.reopen.button')}
        </Button>
      )}
      <LiveNotice notice={notice} />
    </div>
  );
}
