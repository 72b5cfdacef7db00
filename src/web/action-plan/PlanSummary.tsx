import { Heading } from '@digdir/designsystemet-react';
import { formatPartialDate } from '../../i18n/index.js';
import { ACTION_STATUSES } from '../../domain/action-plan-values.js';
import { useTranslation } from '../language/language-context.js';
import type { ActionPlan } from './action-plan-api.js';
import { OverdueFlag, ProgressMeter, statusKey } from './ActionMarks.js';

export const SUMMARY_HEADING_ID = 'plan-summary-heading';

/**
 * How far the plan has come: how many improvement opportunities have an action and how many are
 * carried out, the actions by status, their mean progress, how many are overdue, and the next
 * follow-up.
 */
export function PlanSummary({ plan }: { plan: ActionPlan }) {
  const { t, language } = useTranslation();
  const { summary } = plan;
  return (
    <section aria-labelledby={SUMMARY_HEADING_ID} className="plan-summary">
      <Heading level={2} data-size="sm" id={SUMMARY_HEADING_ID}>
        {t('actionPlan.summary.heading')}
      </Heading>
      <ul className="plan-summary__figures">
        <li>
          <span className="plan-summary__figure">{t('actionPlan.summary.fraction', { part: summary.improvementsWithAction, whole: summary.improvements })}</span>
          <span>{t('actionPlan.summary.withAction', { count: summary.improvements })}</span>
        </li>
        <li>
          <span className="plan-summary__figure">{t('actionPlan.summary.fraction', { part: summary.improvementsDone, whole: summary.improvements })}</span>
          <span>{t('actionPlan.summary.improvementsDone', { count: summary.improvements })}</span>
        </li>
        <li>
          <span className="plan-summary__figure">{t('actionPlan.percent', { value: summary.meanProgress })}</span>
          <span>{t('actionPlan.summary.meanProgress')}</span>
          <ProgressMeter progress={summary.meanProgress} label={t('actionPlan.summary.meanProgress')} />
        </li>
        <li className={summary.overdue > 0 ? 'plan-summary__overdue' : undefined}>
          <span className="plan-summary__figure">{summary.overdue}</span>
          <span>{t('actionPlan.summary.overdue', { count: summary.overdue })}</span>
          {summary.overdue > 0 ? <OverdueFlag /> : null}
        </li>
      </ul>
      <p className="plan-summary__statuses">
        {t('actionPlan.summary.actions', { count: summary.actions })}{' '}
        {ACTION_STATUSES.map((status) => `${t(statusKey(status))}: ${summary.byStatus[status]}`).join(', ')}
      </p>
      <p className="plan-summary__follow-up">
        {plan.nextFollowUp ? t('actionPlan.summary.nextFollowUp', { date: formatPartialDate(plan.nextFollowUp, language) }) : t('actionPlan.summary.noFollowUp')}
      </p>
    </section>
  );
}
