import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from '../../language/language-context.js';
import { paths } from '../../paths.js';
import { AppLink } from '../../ui/AppLink.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { useWorkspace } from '../workspace-context.js';
import { BaselineIntro } from './BaselineIntro.js';
import { baselineYear } from './baseline-view.js';
import { useBaseline } from './use-baseline.js';
import './follow-up.css';

/**
 * On a follow-up's overview: which evaluation it follows up (a link to it), the model version
 * that one used with the caveat when it differs, and for the team the way to judge its
 * improvement opportunities. Nothing for an evaluation without a baseline.
 */
export function FollowsUpSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const { evaluationId, evaluation, isTeam } = useWorkspace();
  const { query } = useBaseline();
  const baselineId = evaluation.baselineEvaluationId;
  if (baselineId === null) return null;
  const previous = query.data?.evaluation;
  const title = previous ? t('evaluation.titleFor', { name: previous.municipality.name, year: baselineYear(previous.reportDate) ?? t('evaluation.yearUnknown') }) : t('followUp.overview.previous');
  return (
    <section aria-labelledby={headingId} className="workspace-section follow-up-overview">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('followUp.overview.heading')}
      </Heading>
      <Paragraph>
        {t('followUp.overview.follows')} <AppLink to={paths.evaluation(baselineId)}>{title}</AppLink>.
      </Paragraph>
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {previous && query.data ? <BaselineIntro baseline={query.data} text={t('followUp.overview.model', { framework: previous.frameworkTitle })} /> : null}
      {isTeam ? (
        <Paragraph>
          <AppLink to={paths.workspace(evaluationId, 'uppfoljning')}>{t('followUp.overview.toReview')}</AppLink>
        </Paragraph>
      ) : null}
    </section>
  );
}
