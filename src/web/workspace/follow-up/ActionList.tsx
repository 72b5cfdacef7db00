import { Tag } from '@digdir/designsystemet-react';
import { formatPartialDate } from '../../../i18n/index.js';
import { useContentLanguage } from '../../language/content-language.js';
import { useTranslation } from '../../language/language-context.js';
import type { ActionBrief } from './follow-up-api.js';

/**
 * The municipality's actions answering one earlier improvement opportunity: title, where it
 * stands and how far it has come, when it is due (overdue flagged) and why a dropped one was dropped.
 */
export function ActionList({ actions }: { actions: readonly ActionBrief[] }) {
  const { language, t } = useTranslation();
  const contentLanguage = useContentLanguage();
  if (actions.length === 0) return <p className="follow-up-actions__none">{t('followUp.plan.noAction')}</p>;
  return (
    <ul className="follow-up-actions" aria-label={t('followUp.plan.actions')}>
      {actions.map((action) => (
        <li key={action.id} className="follow-up-actions__item" data-status={action.status}>
          <span className="follow-up-actions__title" lang={contentLanguage}>
            {action.title}
          </span>
          <span className="follow-up-actions__state">
            {t('followUp.action.state', { status: t(`actionPlan.status.${action.status}`), progress: action.progress })}
            {action.dueDate ? `, ${t('followUp.action.due', { date: formatPartialDate(action.dueDate, language) })}` : ''}
          </span>
          {action.overdue ? (
            <Tag data-color="warning" data-size="sm" className="inline-tag">
              {t('followUp.action.overdue')}
            </Tag>
          ) : null}
          {action.status === 'dropped' && action.statusReason ? (
            <span className="follow-up-actions__reason" lang={contentLanguage}>
              {t('followUp.action.reason', { reason: action.statusReason })}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
