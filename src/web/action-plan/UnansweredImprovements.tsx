import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useContentLanguage } from '../language/content-language.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { AppLink } from '../ui/AppLink.js';
import { Markdown } from '../ui/Markdown.js';
import type { ActionPlan } from './action-plan-api.js';

export const UNANSWERED_HEADING_ID = 'plan-unanswered-heading';

/**
 * The report's improvement opportunities that no action answers yet, each under its area; editors
 * can add an action for one.
 */
export function UnansweredImprovements({ plan, areaLabel }: { plan: ActionPlan; areaLabel: (code: string) => string | null }) {
  const { t } = useTranslation();
  const contentLanguage = useContentLanguage();
  const open = plan.improvements.filter((item) => item.actionIds.length === 0);
  return (
    <section aria-labelledby={UNANSWERED_HEADING_ID} className="plan-unanswered">
      <Heading level={2} data-size="sm" id={UNANSWERED_HEADING_ID}>
        {t('actionPlan.unanswered.heading')}
      </Heading>
      {open.length === 0 ? (
        <Paragraph>{plan.improvements.length === 0 ? t('actionPlan.unanswered.noImprovements') : t('actionPlan.unanswered.none')}</Paragraph>
      ) : (
        <ul className="improvement-list">
          {open.map((item) => (
            <li key={`${item.areaCode}-${item.index}`}>
              <span className="improvement-list__area">{areaLabel(item.areaCode) ?? item.areaTitle}</span>
              <Markdown source={item.text} lang={contentLanguage} className="improvement-list__text" />
              {plan.canEdit ? (
                <AppLink to={paths.newAction(plan.evaluationId, { areaCode: item.areaCode, index: item.index })} label={t('actionPlan.unanswered.addLabel', { area: item.areaCode, number: item.index + 1 })}>
                  {t('actionPlan.unanswered.add')}
                </AppLink>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
