import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../api/api-error.js';
import type { EvaluationDetail } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { useSession } from '../session/session-context.js';
import { AppLink } from '../ui/AppLink.js';
import { actionPlanQuery } from './action-plan-api.js';
import { StartPlan } from './StartPlan.js';
import { mayStartPlan } from './use-plan-page.js';

/** Where the action plan section of an evaluation's page is anchored. */
export const ACTION_PLAN_ANCHOR = 'handlingsplan';

/**
 * The evaluation page's way to the municipality's action plan: a link with where it stands when
 * the reader may read it, or — for its municipality's users and administrators, while there is
 * none — starting it from the report's improvement opportunities. Nothing for others.
 */
export function ActionPlanSection({ evaluation }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation();
  const { user, status } = useSession();
  const published = evaluation.status === 'published';
  const plan = useQuery({ ...actionPlanQuery(evaluation.id), enabled: published && status !== 'loading' });
  if (!published) return null;
  const missing = plan.isError && plan.error instanceof ApiError && plan.error.isNotFound;
  const mayStart = missing && mayStartPlan(user, evaluation);
  if (!plan.data && !mayStart) return null;
  const improvements = evaluation.areas.reduce((sum, area) => sum + area.improvements.length, 0);
  return (
    <section aria-labelledby={ACTION_PLAN_ANCHOR} className="action-plan-section">
      <Heading level={2} data-size="sm" id={ACTION_PLAN_ANCHOR}>
        {t('actionPlan.section.heading')}
      </Heading>
      {plan.data ? (
        <>
          <Paragraph>
            {t('actionPlan.section.status', { actions: plan.data.summary.actions, part: plan.data.summary.improvementsWithAction, whole: plan.data.summary.improvements })}{' '}
            {plan.data.summary.overdue > 0 ? t('actionPlan.section.overdue', { count: plan.data.summary.overdue }) : ''}
          </Paragraph>
          <Paragraph>
            <AppLink to={paths.actionPlan(evaluation.id)}>{t('actionPlan.section.link')}</AppLink>
          </Paragraph>
        </>
      ) : (
        <StartPlan evaluationId={evaluation.id} improvements={improvements} />
      )}
    </section>
  );
}
