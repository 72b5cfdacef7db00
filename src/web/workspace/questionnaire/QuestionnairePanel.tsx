import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isEditableStatus } from '../../../domain/access.js';
import { useTranslation } from '../../language/language-context.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { LoadingStatus } from '../../ui/LoadingStatus.js';
import { useWorkspace } from '../workspace-context.js';
import { questionnaireTeamQueries } from './questionnaire-team-api.js';
import { QuestionnaireState } from './QuestionnaireState.js';
import { SendQuestionnaireForm } from './SendQuestionnaireForm.js';
import './questionnaire-team.css';

export const QUESTIONNAIRE_HEADING_ID = 'questionnaire-team-heading';

/**
 * The team's questionnaire (workspace, "Frågeunderlag"): before it is sent, the form that sends a
 * question set of the evaluation's model version with its dates; afterwards its state (status,
 * dates, respondents and invitations, progress per section, reminder, reopening, exports and the
 * answers as the municipality sees them). Read-only once the evaluation is final or published.
 */
export function QuestionnairePanel() {
  const { evaluationId, evaluation, setSection } = useWorkspace();
  const { t } = useTranslation();
  useEffect(() => setSection('questionnaire'), [setSection]);
  const query = useQuery(questionnaireTeamQueries.questionnaire(evaluationId));
  const locked = !isEditableStatus(evaluation.status);

  return (
    <section aria-labelledby={QUESTIONNAIRE_HEADING_ID} className="questionnaire-team">
      <Heading level={2} data-size="sm" id={QUESTIONNAIRE_HEADING_ID} tabIndex={-1} className="focus-target">
        {t('questionnaireTeam.heading')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('questionnaireTeam.intro')}
      </Paragraph>
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isPending ? <LoadingStatus /> : null}
      {query.isSuccess ? (
        query.data === null ? (
          locked ? (
            <Paragraph>{t('questionnaireTeam.noneLocked', { status: t(`status.${evaluation.status}`) })}</Paragraph>
          ) : (
            <SendQuestionnaireForm evaluationId={evaluationId} frameworkId={evaluation.framework.id} />
          )
        ) : (
          <QuestionnaireState questionnaire={query.data} locked={locked} />
        )
      ) : null}
    </section>
  );
}
