import { Heading } from '@digdir/designsystemet-react';
import { formatPartialDate } from '../../i18n/index.js';
import { useContentLanguage } from '../language/content-language.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { AppLink } from '../ui/AppLink.js';
import type { Action } from './action-plan-api.js';
import { OverdueFlag, priorityKey, ProgressMeter, StatusTag } from './ActionMarks.js';

/** The id of an action's heading in the plan's lists. */
export const actionCardId = (id: string) => `action-${id}`;

/**
 * One action in a view of the plan: its title (a link to the action's page), status in words,
 * priority, who is responsible, its dates (overdue said in words and with a sign) and progress.
 */
export function ActionCard({ action, evaluationId, headingLevel, areaLabel }: { action: Action; evaluationId: string; headingLevel: 3 | 4; areaLabel: string | null }) {
  const { t, language } = useTranslation();
  const contentLanguage = useContentLanguage();
  return (
    <article className={action.overdue ? 'action-card action-card--overdue' : 'action-card'} aria-labelledby={actionCardId(action.id)}>
      <Heading level={headingLevel} data-size="2xs" id={actionCardId(action.id)} className="action-card__title">
        <AppLink to={paths.action(evaluationId, action.id)}>
          <span lang={contentLanguage}>{action.title}</span>
        </AppLink>
      </Heading>
      <div className="action-card__marks">
        <StatusTag status={action.status} />
        {action.overdue ? <OverdueFlag /> : null}
        <span className="action-card__priority">{t('actionPlan.priorityLabel', { priority: t(priorityKey(action.priority)) })}</span>
      </div>
      <dl className="action-card__facts">
        {areaLabel ? (
          <div>
            <dt>{t('actionPlan.field.area')}</dt>
            <dd>{areaLabel}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('actionPlan.field.responsible')}</dt>
          <dd lang={action.responsible ? contentLanguage : undefined}>{action.responsible || t('actionPlan.notGiven')}</dd>
        </div>
        <div>
          <dt>{t('actionPlan.field.dueDate')}</dt>
          <dd>{action.dueDate ? formatPartialDate(action.dueDate, language) : t('actionPlan.notGiven')}</dd>
        </div>
        <div>
          <dt>{t('actionPlan.field.progress')}</dt>
          <dd>
            <ProgressMeter progress={action.progress} label={t('actionPlan.progressOf', { title: action.title })} />
          </dd>
        </div>
      </dl>
      {action.status === 'dropped' && action.statusReason ? (
        <p className="action-card__reason">
          {t('actionPlan.droppedBecause')} <span lang={contentLanguage}>{action.statusReason}</span>
        </p>
      ) : null}
    </article>
  );
}
